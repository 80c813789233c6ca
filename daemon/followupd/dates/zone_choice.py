"""Which zone a time is in when none is written after it, and how sure that is.

The writer's word first, in order: the one zone written with the text's other times; the
text's zone line ("All times Eastern", "Zeitzone: MEZ"); the one zone named anywhere in it ("I'm
on Pacific time"); the one zone of the subject ("Interview Tues 3pm PT"), else of the signature
("Mountain Time" under the name). Any of these makes the zone known.

Failing them, the writer's clock (writer_clock.py), which is a guess: the time is uncertain when
another plausible zone reads it as another instant. Plausible are the zones named anywhere in
the message or in the thread it quotes, the reader's own zone (recruiters write in the
candidate's zone as often as in their own, and "2pm your time" is that zone), and UTC when the
Date said +00:00: that is often a server's clock, not a person's, so it alone never makes a zone
known. A written offset that is the writer's zone's standard offset while that zone is on summer
time ("15:00 (GMT+1)" from Berlin in July: Outlook labels Central European time so all year) is
read as the writer's zone, the literal offset kept as plausible.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.dates.times import TimeSpan, find_times
from followupd.dates.words import offset_hours
from followupd.dates.writer_clock import writer_clock
from followupd.dates.zone_phrases import YOURS, zones_named

MAX_AROUND = 2000  # of a subject, signature or quoted thread (newest first), this much is read


@dataclass(frozen=True, slots=True)
class ZoneContext:
    """What else may tell the zone of a time written without one (every field optional)."""

    subject: str = ""  # the message's subject: a zone there is the writer's
    signature: str = ""  # the writer's signature block ("Mountain Time" under the name)
    thread: str = ""  # the quoted history: a zone there is plausible, not known
    reader_zone: str = ""  # the IANA zone of the person the mail is to, "" when unknown
    server_clock: bool = False  # the Date header said +00:00 (`sent` may be moved by a guess)


@dataclass(frozen=True, slots=True)
class Moment:
    """A time read on its day: the start, its zone, other plausible starts, and why."""

    start: datetime
    zone: tzinfo
    notes: tuple[str, ...] = ()
    alternatives: tuple[datetime, ...] = ()  # the same clock time in other plausible zones
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class _Unwritten:
    zone: tzinfo
    note: str
    others: tuple[tzinfo, ...] = ()  # plausible zones besides `zone` (none: the zone is known)
    guessed: bool = False  # uncertain whatever the others say (a +00:00 Date)


class ZoneChoice:
    """The zones of one text's times; the costly search is made only for a time that needs it."""

    def __init__(
        self, text: str, sent: datetime, times: list[TimeSpan], context: ZoneContext
    ) -> None:
        self.text, self.sent, self.times, self.context = text, sent, times, context

    def read(self, day: date, span: TimeSpan) -> Moment:
        """The start of `span` on `day` in the zone it is in, with the other plausible ones."""
        if span.zone is not None:
            label = self._label(day, span)
            return label or Moment(datetime.combine(day, span.begin, tzinfo=span.zone), span.zone)
        reader, yours = self._reader, span.zone_name == YOURS
        if yours and reader is not None:
            start = datetime.combine(day, span.begin, tzinfo=reader)
            return Moment(start, reader, (f'"your time" read as {_name(reader)}',))
        unwritten = self._unwritten
        start = datetime.combine(day, span.begin, tzinfo=unwritten.zone)
        notes = (unwritten.note,) if unwritten.note else ()
        others = {datetime.combine(day, span.begin, tzinfo=z) for z in unwritten.others}
        alternatives = tuple(sorted(moment for moment in others if moment != start))
        if not (alternatives or unwritten.guessed or yours):
            return Moment(start, unwritten.zone, notes)
        could = ", ".join(_name(a.tzinfo) for a in alternatives)
        why = '"your time", and yours is not known' if yours else "a +00:00 Date"
        doubt = f"zone uncertain: read in {_name(unwritten.zone)}" + (
            f"; could be {could}" if could else f", from {why}"
        )
        return Moment(start, unwritten.zone, (*notes, doubt), alternatives, True)

    def _label(self, day: date, span: TimeSpan) -> Moment | None:
        """A written offset that is the writer's zone's standard offset while it is on summer
        time: the writer's zone, the literal offset plausible (see the module's docstring)."""
        if span.zone_name[:4] not in ("UTC+", "UTC-", "UTC−"):
            return None
        clock = self._writer_zone
        if clock is None:
            return None
        local = datetime.combine(day, span.begin, tzinfo=clock)
        literal = datetime.combine(day, span.begin, tzinfo=span.zone)
        summer, offset = local.dst(), local.utcoffset()
        if not summer or offset is None or offset - summer != literal.utcoffset():
            return None
        note = f"{span.zone_name} read as {_name(clock)}, whose standard offset it is"
        doubt = f"zone uncertain: read in {_name(clock)}; could be {span.zone_name}"
        return Moment(local, clock, (note, doubt), (literal,), True)

    @cached_property
    def _reader(self) -> tzinfo | None:
        return _zone(self.context.reader_zone)

    @cached_property
    def _server(self) -> bool:
        own = isinstance(self.sent.tzinfo, ZoneInfo)
        return self.context.server_clock or (not own and offset_hours(self.sent) == 0)

    @cached_property
    def _writer_zone(self) -> ZoneInfo | None:
        """The writer's clock as a region's zone, when their Date is a person's clock."""
        if self._server:
            return None
        zone, _ = writer_clock(self.text, self.sent, zones_written=True)
        return zone if isinstance(zone, ZoneInfo) else None

    @cached_property
    def _unwritten(self) -> _Unwritten:
        written = {t.zone_name: t.zone for t in self.times if t.zone is not None}
        if len(written) == 1:  # (a zone line that says otherwise is too rare to look for)
            name, zone = written.popitem()
            return _Unwritten(zone, f"zone {name} written elsewhere in the text")
        named = zones_named(self.text, self.sent)
        lines = {z.name: z for z in named if z.declared}
        if len(lines) == 1:
            line = next(iter(lines.values()))
            words = " ".join(self.text[line.start : line.end].split())
            return _Unwritten(_known(line.zone), f"zone {line.name} from {words!r}")
        in_text: dict[str, tzinfo | None] = {**{z.name: z.zone for z in named}, **written}
        if len(in_text) == 1:
            only, named_zone = in_text.popitem()
            return _Unwritten(_known(named_zone), f"zone {only} named in the text")
        around = {} if in_text else self._around()
        if isinstance(around, _Unwritten):
            return around
        clock, note = writer_clock(self.text, self.sent, bool(written))
        return _Unwritten(clock, note, self._plausible(clock, {**in_text, **around}), self._server)

    def _around(self) -> dict[str, tzinfo | None] | _Unwritten:
        """The subject's one zone, else the signature's (known); else all of theirs."""
        around: dict[str, tzinfo | None] = {}
        context = self.context
        for where, part in (("subject", context.subject), ("signature", context.signature)):
            zones = _zones_in(part, self.sent)
            if len(zones) == 1:
                name, zone = zones.popitem()
                return _Unwritten(_known(zone), f"zone {name} from the {where}")
            around.update(zones)
        return around

    def _plausible(self, chosen: tzinfo, named: dict[str, tzinfo | None]) -> tuple[tzinfo, ...]:
        zones = [z for z in named.values() if z is not None]
        zones += [z for z in _zones_in(self.context.thread, self.sent).values() if z is not None]
        zones += [self._reader] if self._reader is not None else []
        zones += [UTC] if self._server else []
        unique = {_name(z): z for z in zones}
        unique.pop(_name(chosen), None)
        return tuple(unique.values())


def _zones_in(text: str, sent: datetime) -> dict[str, tzinfo | None]:
    """Every zone written in `text`, after a time or on its own ("your time" is none)."""
    if not text:
        return {}
    text = text[:MAX_AROUND]
    zones: dict[str, tzinfo | None] = {z.name: z.zone for z in zones_named(text, sent)}
    zones.update({t.zone_name: t.zone for t in find_times(text, sent) if t.zone is not None})
    return zones


def _known(zone: tzinfo | None) -> tzinfo:
    assert zone is not None  # only YOURS has no zone, and it is never named on its own
    return zone


def _zone(name: str) -> tzinfo | None:
    if not name:
        return None
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _name(zone: tzinfo | None) -> str:
    if isinstance(zone, ZoneInfo):
        return zone.key
    return "UTC" if zone is UTC else str(zone)
