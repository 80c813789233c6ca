"""A new day "at the same time": the clock time of a meeting already fixed, on another day.

"Could we do Friday instead, same time?", "gleiche Uhrzeit am Freitag", "même heure jeudi",
"el viernes a la misma hora": the day is written, the time is the one the thread fixed.
"""

from __future__ import annotations

import re
from datetime import datetime

from followupd.dates.days import find_days

_SAME_TIME = re.compile(
    r"\b(?:(?:the )?same (?:time|hour|slot)(?! ?zone)|at that time too|gleiche[nr]? (?:uhrzeit"
    r"|zeit)|selbe[nr]? (?:uhrzeit|zeit)|m(?:ê|e)me heure|m(?:ê|e)me horaire|m(?:ê|e)me cr(?:é|e)ne"
    r"au"
    r"|misma hora|mismo horario)\b",
    re.IGNORECASE,
)
# "At the same time, I've added Dana to the panel": an adverb opening a sentence, no time
_ADVERB = re.compile(r"(?:^|[.!?\n])\s*at\s+(?:the\s*)?$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<!\d)\.(?=\s)|[!?\n]")


def same_time_on_day(text: str, sent: datetime, fixed: datetime) -> datetime | None:
    """The first day written in the sentence of `text` that says "same time" (else in the
    sentence before it: "können wir auf Donnerstag gehen? Gleiche Uhrzeit"), at `fixed`'s clock
    time; None otherwise (or when the day is `fixed`'s own)."""
    said = _said(text)
    if said is None:
        return None
    # (a number's point ends no sentence: "auf Montag, 9. März, gleiche Uhrzeit")
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, said.start())]
    start = starts[-1] if starts else 0
    before = starts[-2] if len(starts) > 1 else 0
    end = _SENTENCE_END.search(text, said.end())
    stop = end.start() if end else len(text)
    for sentence in (text[start:stop], text[before:start]):
        for span in find_days(sentence, sent):
            moved = fixed.replace(year=span.day.year, month=span.day.month, day=span.day.day)
            if moved.date() != fixed.date():
                return moved
    return None


def _said(text: str) -> re.Match[str] | None:
    """Where the text says "same time" of a meeting (not "At the same time, ...")."""
    for found in _SAME_TIME.finditer(text):
        if text[found.end() : found.end() + 1] == "," and _ADVERB.search(text, 0, found.start()):
            continue
        return found
    return None
