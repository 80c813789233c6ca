"""A new day "at the same time": the clock time of a meeting already fixed, on another day.

"Could we do Friday instead, same time?", "gleiche Uhrzeit am Freitag", "même heure jeudi",
"el viernes a la misma hora": the day is written, the time is the one the thread fixed.
"""

from __future__ import annotations

import re
from datetime import datetime

from followupd.dates.days import find_days

_SAME_TIME = re.compile(
    r"\b(?:(?:the )?same (?:time|hour|slot)|at that time too|gleiche[nr]? (?:uhrzeit|zeit)"
    r"|selbe[nr]? (?:uhrzeit|zeit)|m(?:ê|e)me heure|m(?:ê|e)me horaire|m(?:ê|e)me cr(?:é|e)neau"
    r"|misma hora|mismo horario)\b",
    re.IGNORECASE,
)


def same_time_on_day(text: str, sent: datetime, fixed: datetime) -> datetime | None:
    """The first day written in `text` at `fixed`'s clock time, when the text says "same
    time"; None otherwise (or when the day is `fixed`'s own)."""
    if _SAME_TIME.search(text) is None:
        return None
    for span in find_days(text, sent):
        moved = fixed.replace(year=span.day.year, month=span.day.month, day=span.day.day)
        if moved.date() != fixed.date():
            return moved
    return None
