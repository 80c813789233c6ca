"""Itineraries: an interview day written line by line, each line a time, what happens, with whom.

    09:30–10:15 System design with Tomasz Wierzbicki, Staff Engineer
    10:00 - 10:45 | Coding | Ana Ruiz
    14h00–14h45 : entretien technique avec Julien Mercier (Lead Dev)
    10:00–10:45 Uhr Fachgespräch mit Dr. Jana Weber, Teamleitung
    de 10:00 a 10:45 entrevista técnica con Marta Gil

A line counts when it starts with a clock time (minutes or am/pm/Uhr/h written, so that a
numbered list is no itinerary), a range or a start alone (it then lasts until the next line).
What follows is split at "with"/"mit"/"avec"/"con" (the title before, the people after), else
at bars, spaced dashes, colons and tabs (the piece that names people, and the one that does
not: the title). Each line is placed on a day by the time the date reader found on it, else
on the day (and in the zone) of the line before, else of the interview's start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from followupd.dates import TimeMention
from followupd.understand.names import Named, clean_title, is_title, is_topic, people_in

_CLOCK = (
    r"(?P<h{n}>[01]?\d|2[0-3])(?:(?:[:.]|\s?h\s?)(?P<m{n}>[0-5]\d)|(?P<hh{n}>h)(?![a-z]))?"
    r"(?!\d)(?:\s?(?P<s{n}>[ap]\.?\s?m\b\.?|uhr\b))?"
)
_LINE = re.compile(
    r"^[ \t]*(?:[-*•·>][ \t]*)?(?:(?:from|von|de|desde|du|entre|ab)[ \t]+)?"
    + _CLOCK.format(n=1)
    + r"(?:[ \t]*(?:-|–|—|to|until|till|bis|à|a|al|hasta)[ \t]*"
    + _CLOCK.format(n=2)
    + r")?(?![\d/])",
    re.IGNORECASE | re.MULTILINE,
)
_WITH = re.compile(
    r"\s(?:together with|along with|zusammen mit|junto a|auprès de|with|w/|mit|avec|con)\s",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"\s*\|\s*|\s+[–—-]\s+|:\s+|\t+|\s{2,}")
MAX_LINES = 40
MAX_DAY = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Slot:
    """One itinerary line: its clock times, where it stands in the text, what, with whom."""

    begin: time
    finish: time | None  # None: it lasts until the next line
    first: int  # where the line starts in the text
    last: int  # where it ends
    title: str
    people: tuple[Named, ...]

    @property
    def matters(self) -> bool:
        """A line about the interview: people, or what happens (not "Office hours")."""
        return bool(self.people) or is_topic(self.title)


@dataclass(frozen=True, slots=True)
class Placed:
    slot: Slot
    start: datetime
    end: datetime | None


def itinerary(text: str, foreign: frozenset[str] = frozenset()) -> list[Slot]:
    """The lines of `text` that begin with a clock time, read."""
    slots: list[Slot] = []
    for match in _LINE.finditer(text):
        times = _times(match)
        if times is None:
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        title, people = _what(text[match.end() : line_end], foreign)
        slots.append(Slot(times[0], times[1], match.start(), line_end, title, tuple(people)))
        if len(slots) >= MAX_LINES:
            break
    return slots


def _times(match: re.Match[str]) -> tuple[time, time | None] | None:
    written = [
        match.group(f"m{n}") or match.group(f"s{n}") or match.group(f"hh{n}") for n in (1, 2)
    ]
    if not any(written):
        return None  # "1 - Coding": a numbered list, not a clock
    second = match.group("h2")
    end_suffix = (match.group("s2") or "").lower()
    end = _clock(second, match.group("m2"), end_suffix, "") if second else None
    start = _clock(
        match.group("h1"), match.group("m1"), (match.group("s1") or "").lower(), end_suffix
    )
    if end is not None and start > end and not match.group("s1"):
        start = time(start.hour - 12, start.minute) if start.hour >= 12 else start
    return start, end if end is None or end > start else None


def _clock(hour: str, minute: str | None, suffix: str, other: str) -> time:
    value, minutes = int(hour), int(minute or 0)
    meridiem = (suffix or other).replace(".", "").replace(" ", "")
    if meridiem in {"am", "pm"}:
        value = value % 12 + (12 if meridiem == "pm" else 0)
    elif value < 7 and not hour.startswith("0") and "uhr" not in (suffix, other):
        value += 12  # "2:00" with no am/pm in an interview day is the afternoon
    return time(value % 24, minutes)


def _what(rest: str, foreign: frozenset[str]) -> tuple[str, list[Named]]:
    """The line after its times: the session's title and the people it is with."""
    rest = re.sub(r"^\s*(?:uhr\b)?[\s:|–—\-•·,.]*", "", rest, flags=re.IGNORECASE).strip()
    joined = _WITH.search(f" {rest} ")
    if joined is not None:
        padded = f" {rest} "
        title, who = padded[: joined.start()], padded[joined.end() :]
        return clean_title(title), people_in(who, foreign)
    title, people = "", list[Named]()
    for segment in _SEGMENT.split(rest):
        found = [] if people else people_in(segment, foreign)
        if found:
            people = found
        elif people and is_title(segment) and not is_topic(segment) and not people[-1].job_title:
            last = people[-1]
            people[-1] = Named(last.name, clean_title(segment), last.address)
        elif not title:
            title = clean_title(segment)
    return title, people


def placed(
    slots: Sequence[Slot], mentions: Sequence[TimeMention], start: datetime | None
) -> list[Placed]:
    """The lines that matter, on the interview's day. With the interview's start known, the
    lines are read on its day and in its zone; when the first line's clock is the start's
    shifted by whole half-hours (an invitation in UTC, the lines in local time), each line is
    placed from the start by its distance from the first. Without a start, the date reader's
    time for a line, else the day and zone of the line before."""
    lines = [(index, slot) for index, slot in enumerate(slots) if slot.matters]
    if not lines:
        return []
    if start is not None:
        begins = _from_start(start, [slot for _, slot in lines])
    else:
        begins = _from_mentions([slot for _, slot in lines], mentions)
    out: list[Placed] = []
    for (index, slot), begin in zip(lines, begins, strict=True):
        if begin is None:
            continue
        finish = slot.finish or (slots[index + 1].begin if index + 1 < len(slots) else None)
        end = begin + _between(slot.begin, finish) if finish else None
        out.append(Placed(slot, begin, end if end is not None and end > begin else None))
    first = out[0].start if out else None
    return [p for p in out if first is not None and timedelta(0) <= p.start - first < MAX_DAY]


def _between(earlier: time, later: time) -> timedelta:
    minutes = (later.hour * 60 + later.minute) - (earlier.hour * 60 + earlier.minute)
    return timedelta(minutes=minutes)


def _from_start(start: datetime, slots: Sequence[Slot]) -> list[datetime | None]:
    wall = start.timetz()
    shift = _between(time(wall.hour, wall.minute), slots[0].begin)
    if shift != timedelta(0) and shift.total_seconds() % 1800 == 0:
        return [start + _between(slots[0].begin, slot.begin) for slot in slots]
    return [datetime.combine(start.date(), slot.begin, tzinfo=start.tzinfo) for slot in slots]


def _from_mentions(slots: Sequence[Slot], mentions: Sequence[TimeMention]) -> list[datetime | None]:
    base = mentions[0].start if mentions else None
    begins: list[datetime | None] = []
    for slot in slots:
        mention = _mention_on(slot, mentions)
        if mention is not None:
            base = mention.start
            begins.append(mention.start)
        elif base is not None:
            begins.append(datetime.combine(base.date(), slot.begin, tzinfo=base.tzinfo))
        else:
            begins.append(None)
    return begins


def _mention_on(slot: Slot, mentions: Sequence[TimeMention]) -> TimeMention | None:
    for mention in mentions:
        on_line = slot.first <= mention.end_index <= slot.last
        clock = (mention.start.hour, mention.start.minute)
        if on_line and clock == (slot.begin.hour, slot.begin.minute):
            return mention
    return None


def last_end(spots: Sequence[Placed]) -> datetime | None:
    ends = [p.end or p.start for p in spots]
    return max(ends, default=None)
