"""iCalendar text (a text/calendar part or an .ics attachment) -> CalendarEvent values.

A small reader of its own rather than icalendar's: icalendar caches time zones by name for the
whole process, so a second sender's custom zone could silently take the first one's offset.
Zones are resolved per call (ics_zones). Input is capped in size, lines and events.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import partial

from followupd.mail.ics_syntax import Component, Prop, components, unescape
from followupd.mail.ics_zones import (
    Observance,
    RuleZone,
    apply_rrule,
    display_zone,
    named_zone,
    parse_offset,
)
from followupd.mail.mime_headers import is_address
from followupd.model import CalendarEvent, Person

MAX_ICS_BYTES = 1_000_000
MAX_EVENTS = 50
MAX_ATTENDEES = 200

_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
_DURATION = re.compile(r"^([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
# A calendar's own VTIMEZONE zones by TZID, read only when a TZID is no zone known by name.
Zones = Callable[[], dict[str, tzinfo]]
# C0 and C1 controls (U+0085 NEL among them) and the Unicode line and paragraph separators;
# tab and line feed are kept where text may have lines (a description)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_ROOM_NAME = re.compile(
    r"\b(room|rooms|conference|conf\.?|boardroom|meeting ?room|huddle|auditorium|salle de"
    r"|raum|besprechungsraum|sala de|sala reuniones)\b|\(\d{1,4}\)\s*$",
    re.IGNORECASE,
)
_ROOM_ADDRESS = re.compile(r"^(room|rm|conf|res|resource)[-._]|[-._](room|conf)\b", re.IGNORECASE)


def read_events(data: bytes | str, method_hint: str = "") -> tuple[CalendarEvent, ...]:
    """Every VEVENT in `data`; `method_hint` is the Content-Type method= of the part, if any."""
    return CalendarData(data).events(method_hint)


class CalendarData:
    """Calendar data read once, its events made for any method hint: an invitation often
    carries the same data twice (text/calendar with method=, and an .ics attachment)."""

    __slots__ = ("_calendars", "_made", "_notes", "_zones")

    def __init__(self, data: bytes | str) -> None:
        text = _to_text(data)
        self._notes: list[str] = []
        if len(text) > MAX_ICS_BYTES:
            text = text[:MAX_ICS_BYTES]
            self._notes.append("calendar data truncated")
        self._calendars = [c for c in components(text) if c.name == "VCALENDAR"]
        self._zones: dict[int, dict[str, tzinfo]] = {}  # by calendar, when first needed
        self._made: dict[tuple[str, ...], tuple[CalendarEvent, ...]] = {}  # by their methods

    def events(self, method_hint: str = "") -> tuple[CalendarEvent, ...]:
        hint = method_hint.strip().upper()
        methods = tuple(c.text("METHOD").strip().upper() or hint for c in self._calendars)
        made = self._made.get(methods)
        if made is None:
            made = self._made[methods] = self._events(methods)
        return made

    def _events(self, methods: tuple[str, ...]) -> tuple[CalendarEvent, ...]:
        events: list[CalendarEvent] = []
        for index, (calendar, method) in enumerate(zip(self._calendars, methods, strict=True)):
            zones = partial(self._zones_of, index, calendar)
            for child in calendar.children:
                if child.name != "VEVENT":
                    continue
                if len(events) >= MAX_EVENTS:
                    return tuple(events)
                events.append(_event(child, method, zones, self._notes))
        return tuple(events)

    def _zones_of(self, index: int, calendar: Component) -> dict[str, tzinfo]:
        """The calendar's own zones, read when a time's TZID is no zone known by name."""
        if index not in self._zones:
            self._zones[index] = _zones(calendar)
        return self._zones[index]


def _to_text(data: bytes | str) -> str:
    """Text of the calendar: UTF-8 (or UTF-16 with a byte-order mark), else cp1252."""
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    raw = bytes(data[: MAX_ICS_BYTES + 1])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace").lstrip("\ufeff")
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _zones(calendar: Component) -> dict[str, tzinfo]:
    """This calendar's own VTIMEZONE blocks as zones, keyed by TZID (for this call only)."""
    zones: dict[str, tzinfo] = {}
    for child in calendar.children:
        if child.name != "VTIMEZONE":
            continue
        tzid = child.text("TZID").strip()
        observances = tuple(
            obs for part in child.children if (obs := _observance(part)) is not None
        )
        if tzid and observances:
            zones[tzid] = RuleZone(tzid, observances)
    return zones


def _observance(part: Component) -> Observance | None:
    if part.name not in ("STANDARD", "DAYLIGHT"):
        return None
    offset_prop, start_prop = part.first("TZOFFSETTO"), part.first("DTSTART")
    offset = parse_offset(offset_prop.value) if offset_prop else None
    start = _naive(start_prop.value) if start_prop else datetime(1601, 1, 1)
    if offset is None or start is None:
        return None
    obs = Observance(start, offset)
    rrule = part.first("RRULE")
    if rrule is None:
        return obs
    until_text = ""
    if "UNTIL" in rrule.value:
        until_text = next(
            (v for k, v in (i.partition("=")[::2] for i in rrule.value.split(";")) if k == "UNTIL"),
            "",
        )
    return apply_rrule(obs, rrule.value, _naive(until_text) if until_text else None)


def _naive(value: str) -> datetime | None:
    value = value.strip()
    match = _DATETIME.match(value)
    try:
        if match:
            parts = [int(g) for g in match.groups()[:6]]
            return datetime(*parts)  # type: ignore[arg-type]
        day = _DATE.match(value)
        if day:
            return datetime(int(day[1]), int(day[2]), int(day[3]))
    except ValueError:
        return None
    return None


def _moment(prop: Prop | None, zones: Zones, notes: list[str]) -> tuple[datetime | None, bool]:
    """(aware datetime, all-day?) for DTSTART/DTEND; all-day dates are midnight UTC."""
    if prop is None:
        return None, False
    value = prop.value.strip()
    naive = _naive(value)
    if naive is None:
        notes.append(f"unreadable time {value[:40]!r}")
        return None, False
    if _DATE.match(value) or prop.params.get("VALUE", "").upper() == "DATE":
        return naive.replace(tzinfo=UTC), True
    if value.endswith("Z"):
        return naive.replace(tzinfo=UTC), False
    return _localised(naive, _zone_for(prop.params.get("TZID", ""), zones, notes)), False


def _localised(naive: datetime, zone: tzinfo | None) -> datetime | None:
    if zone is None:
        return None
    if isinstance(zone, RuleZone):  # a plain fixed offset: no message-made object leaks out
        return naive.replace(tzinfo=timezone(zone.utcoffset(naive)))
    return naive.replace(tzinfo=zone)


def _zone_for(tzid: str, zones_of: Zones, notes: list[str]) -> tzinfo | None:
    if not tzid:
        zones = zones_of()
        if len(zones) == 1:
            notes.append("floating time read in the calendar's only zone")
            return next(iter(zones.values()))
        notes.append("floating time without a zone")
        return None
    zone = named_zone(tzid)
    if zone is None:
        zones = zones_of()
        zone = zones.get(tzid) or zones.get(tzid.strip('"')) or display_zone(tzid)
    if zone is None:
        notes.append(f"unknown time zone {_CONTROL.sub('', tzid)[:60]!r}")
    return zone


def _duration(value: str) -> timedelta | None:
    match = _DURATION.match(value.strip().upper())
    if not match or not any(match.groups()[1:]):
        return None
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    total = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    if total > timedelta(days=3660):
        return None
    return -total if match.group(1) == "-" else total


def _event(vevent: Component, method: str, zones: Zones, notes: list[str]) -> CalendarEvent:
    own_notes = list(notes)
    start, all_day = _moment(vevent.first("DTSTART"), zones, own_notes)
    end, _ = _moment(vevent.first("DTEND"), zones, own_notes)
    duration_prop = vevent.first("DURATION")
    if end is None and start is not None and duration_prop is not None:
        duration = _duration(duration_prop.value)
        end = start + duration if duration is not None else None
    if end is None and start is not None and all_day and vevent.first("DTEND") is None:
        end = start + timedelta(days=1)
    return CalendarEvent(
        method=method,
        uid=vevent.text("UID").strip()[:500],
        sequence=_sequence(vevent.text("SEQUENCE")),
        start=start,
        end=end,
        all_day=all_day,
        summary=_one_line(vevent.text("SUMMARY")),
        description=_CONTROL.sub("", vevent.text("DESCRIPTION")).strip(),
        location=_one_line(vevent.text("LOCATION")),
        organizer=_person(vevent.first("ORGANIZER")),
        attendees=_attendees(vevent),
        status=vevent.text("STATUS").strip().upper()[:20],
        notes=tuple(dict.fromkeys(own_notes)),
        recurring=vevent.first("RRULE") is not None,
    )


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())[:1000]


def _sequence(value: str) -> int:
    value = value.strip()
    return int(value) if value.isdigit() and len(value) < 10 else 0


def _person(prop: Prop | None) -> Person | None:
    if prop is None:
        return None
    value = prop.value.strip()
    address = value[7:] if value.lower().startswith("mailto:") else value
    if "@" not in address:
        address = prop.params.get("EMAIL", "")
    address = address.strip().strip("<>").lower()
    if not is_address(address):
        return None  # a line break or a control character in it: not an address
    name = " ".join(_CONTROL.sub(" ", unescape(prop.params.get("CN", ""))).split())
    return Person(address, name[:200] if name != address else "")


def is_room(prop: Prop, person: Person) -> bool:
    """A room or resource: by CUTYPE, or by an unmistakable room name or address."""
    if prop.params.get("CUTYPE", "").upper() in ("ROOM", "RESOURCE"):
        return True
    local, _, domain = person.address.partition("@")
    resource_domain = domain.startswith(("resource.", "resources."))  # resource.calendar.google.com
    return bool(resource_domain or _ROOM_NAME.search(person.name) or _ROOM_ADDRESS.search(local))


def _attendees(vevent: Component) -> tuple[Person, ...]:
    people: dict[str, Person] = {}
    for prop in vevent.props:
        if prop.name != "ATTENDEE" or len(people) >= MAX_ATTENDEES:
            continue
        person = _person(prop)
        if person is not None and not is_room(prop, person):
            people.setdefault(person.address, person)
    return tuple(people.values())
