"""Time zones of iCalendar data, resolved per message and never from a cache keyed by name.

A TZID is read, in order, as an IANA name (zoneinfo), a Windows zone name (the CLDR table that
icalendar ships), the zone the message itself defines in a VTIMEZONE (its STANDARD/DAYLIGHT
observances with TZOFFSETTO and yearly RRULE), or a "(UTC-05:00) ..." display name.
Two senders may use the same custom TZID with different rules; each message's own VTIMEZONE
wins, because zones are built from the text handed in and dropped afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_OFFSET = re.compile(r"^([+-])(\d{2})(\d{2})(\d{2})?$")
_UTC_DISPLAY = re.compile(r"\(\s*(?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2}))?\s*\)")
_BYDAY = re.compile(r"^([+-]?\d{0,2})(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True, slots=True)
class Observance:
    """One STANDARD or DAYLIGHT block: from `start` (local wall time) the offset is `offset`."""

    start: datetime  # naive, local wall time before the change
    offset: timedelta
    month: int = 0  # 0: no yearly rule, a one-off change
    weekday: int = -1  # 0=Monday; -1: fixed day of month (the DTSTART's)
    nth: int = 0  # 1..5 or -1..-5 (last); 0 with monthdays
    monthdays: tuple[int, ...] = ()
    until: datetime | None = None


def parse_offset(value: str) -> timedelta | None:
    match = _OFFSET.match(value.strip())
    if not match:
        return None
    sign, hours, minutes, seconds = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    if delta >= timedelta(hours=24):
        return None
    return -delta if sign == "-" else delta


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day if day.month == month else None
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    day = last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    return day if day.month == month else None


def _onset_in_year(obs: Observance, year: int) -> datetime | None:
    """The moment (local wall time) the observance begins in `year`, by its yearly rule."""
    day: date | None
    if obs.monthdays and obs.weekday >= 0:
        candidates = [date(year, obs.month, d) for d in obs.monthdays if 1 <= d <= 28]
        day = next((d for d in candidates if d.weekday() == obs.weekday), None)
    elif obs.weekday >= 0 and obs.nth:
        day = _nth_weekday(year, obs.month, obs.weekday, obs.nth)
    else:
        try:
            day = date(year, obs.month, obs.start.day)
        except ValueError:
            day = None
    if day is None:
        return None
    return datetime.combine(day, obs.start.time())


def _latest_onset(obs: Observance, local: datetime) -> datetime | None:
    """The latest moment not after `local` (nor the rule's UNTIL) this observance began."""
    if local < obs.start:
        return None
    if not obs.month:
        return obs.start
    last = min(local, obs.until) if obs.until is not None else local
    for year in (last.year, last.year - 1):
        onset = _onset_in_year(obs, year)
        if onset is not None and obs.start <= onset <= last:
            return onset
    return obs.start


class RuleZone(tzinfo):
    """A zone from one message's VTIMEZONE: the observance begun most recently applies."""

    def __init__(self, name: str, observances: tuple[Observance, ...]) -> None:
        self._name = name
        self._observances = observances

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None or not self._observances:
            return self._observances[0].offset if self._observances else timedelta(0)
        local = dt.replace(tzinfo=None)
        best: tuple[datetime, timedelta] | None = None
        for obs in self._observances:
            onset = _latest_onset(obs, local)
            if onset is not None and (best is None or onset > best[0]):
                best = (onset, obs.offset)
        if best is None:  # before every observance: the earliest one's offset
            return min(self._observances, key=lambda o: o.start).offset
        return best[1]

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return self._name


def rule_fields(rrule: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in rrule.split(";"):
        key, _, value = item.partition("=")
        fields[key.strip().upper()] = value.strip().upper()
    return fields


def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().lstrip("+-").isdigit())


def apply_rrule(obs: Observance, rrule: str, until: datetime | None) -> Observance:
    """`obs` with the yearly rule of an RRULE; unchanged when the rule is not yearly/readable."""
    fields = rule_fields(rrule)
    if fields.get("FREQ") != "YEARLY":
        return obs
    months = _ints(fields.get("BYMONTH", ""))
    month = months[0] if months else obs.start.month
    monthdays = _ints(fields.get("BYMONTHDAY", ""))
    if not 1 <= month <= 12:
        return obs
    weekday, nth = -1, 0
    match = _BYDAY.match(fields.get("BYDAY", "").split(",")[0])
    if match:
        weekday = _WEEKDAYS[match.group(2)]
        nth = int(match.group(1)) if match.group(1) not in ("", "+", "-") else 0
        if not -5 <= nth <= 5:
            return obs
    return Observance(obs.start, obs.offset, month, weekday, nth, monthdays, until)


@lru_cache(maxsize=256)
def _zoneinfo(name: str) -> tzinfo | None:
    # Safe to cache: IANA zones are the same for every sender (unlike custom TZIDs).
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        return None


@lru_cache(maxsize=1)
def _windows_table() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return {str(k).lower(): str(v) for k, v in WINDOWS_TO_OLSON.items()}


def named_zone(tzid: str) -> tzinfo | None:
    """The zone an IANA or Windows name means, or None for a name neither knows."""
    name = tzid.strip().strip('"').lstrip("/")
    if not name or len(name) > 100 or ".." in name:
        return None
    if "/" in name or name.upper() == "UTC":
        zone = _zoneinfo(name)
        if zone is not None:
            return zone
    olson = _windows_table().get(name.lower())
    return _zoneinfo(olson) if olson else None


def display_zone(tzid: str) -> tzinfo | None:
    """A fixed offset from an Outlook display name such as "(UTC-05:00) Eastern Time"."""
    match = _UTC_DISPLAY.search(tzid)
    if not match:
        return None
    sign, hours, minutes = match.groups()
    if hours is None:
        return UTC
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=24):
        return None
    return timezone(-delta if sign == "-" else delta)
