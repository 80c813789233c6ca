"""A new day "at the same time": the clock time of a meeting already fixed, on another day.

"Could we do Friday instead, same time?", "gleiche Uhrzeit am Freitag", "même heure jeudi",
"el viernes a la misma hora": the day is written, the time is the one the thread fixed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from followupd.dates.days import SHORT_WEEKDAYS, find_days, weekday_after

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

# A day shortened as people type it, right after the word that moves a meeting to it ("push our
# call to Mon same time?", "auf Do schieben, gleiche Uhrzeit", "on passe à jeu. même heure",
# "lo pasamos al jue a la misma hora"): read only in a sentence that says "same time".
_AWAY = re.compile(r"\b(?:off|away|out|busy|not|nicht|pas|no)\s*$")
_SHORT_DAY = re.compile(
    r"\b(?:to|on|till|until|auf|am|bis|zum|au|à|pour|al|el|para el|hasta el)\s+(?P<day>"
    + "|".join(sorted(map(re.escape, SHORT_WEEKDAYS), key=len, reverse=True))
    + r")\b\.?(?!\w)"
)


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
        days = [span.day for span in find_days(sentence, sent)] + _short_days(sentence, sent)
        for day in days:
            moved = fixed.replace(year=day.year, month=day.month, day=day.day)
            if moved.date() != fixed.date():
                return moved
    return None


def _short_days(sentence: str, sent: datetime) -> list[date]:
    return [
        weekday_after(sent.date(), SHORT_WEEKDAYS[found["day"]])
        for found in _SHORT_DAY.finditer(sentence)
        if not _AWAY.search(sentence, 0, found.start())  # "I'm off on Mon": not the day met
    ]


def _said(text: str) -> re.Match[str] | None:
    """Where the text says "same time" of a meeting (not "At the same time, ...")."""
    for found in _SAME_TIME.finditer(text):
        if text[found.end() : found.end() + 1] == "," and _ADVERB.search(text, 0, found.start()):
            continue
        return found
    return None
