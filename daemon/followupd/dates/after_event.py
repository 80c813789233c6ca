"""An answer promised relative to an event whose day is written: "the committee meets on Monday,
October 12; I'll come back to you shortly after that meeting", "le comité se réunira le 12 juin
... nous vous communiquerons sa décision dans la semaine qui suivra", "vier Wochen nach
Fristende" (the deadline's day written before).

Only a promise tied closely to the event gives a day: "shortly/right/straight after" is the
event's day, "the week after" the last business day of the week after the event's, "N days
after" the event's day plus N days. A plain "after the panel meets on Thursday" gives none, nor
do "im Anschluss daran" and "à l'issue": the answer may come any time after (decision.py).
The event's day is the first one written right after the phrase ("right after the panel on
Thursday"), else the last one written before it in its sentence, or a dated one in the
sentence just before ("on Monday" there may be a past one); never one further back, which is
likely another event's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from followupd.dates.alternation import by_first_letter, split_alternatives
from followupd.dates.business_days import BusinessCalendar
from followupd.dates.days import DaySpan, find_days
from followupd.dates.week_ends import last_business_day_of_week, monday_of
from followupd.dates.words import number_value

MAX_AHEAD_DAYS = 366
REACH_AFTER = 60  # how far after "right after" it may be ("right after the panel on Thursday")
_IMMEDIATELY = (
    r"(?:shortly|soon|right|straight|immediately|directly|just|promptly)\s+after(?:wards)?"
    r"|(?:kurz|direkt|gleich|unmittelbar|sofort)\s+(?:danach|nach|im\s+anschluss)"
    r"|(?:juste|peu(?:\s+de\s+temps)?|tout\s+de\s+suite|immédiatement|aussitôt)\s+après"
    r"|dans\s+la\s+foulée|dès\s+la\s+fin"
    r"|(?:justo|poco|inmediatamente|nada\s+más|enseguida)\s+(?:después|tras)"
)
_WEEK_AFTER = (
    r"the\s+(?:week\s+after|following\s+week)|woche\s+(?:danach|darauf)|darauffolgenden\s+woche"
    r"|folgenden\s+woche|semaine\s+(?:suivante|d['’]après|qui\s+(?:suit|suivra))"
    r"|semana\s+(?:siguiente|posterior|después)"
)
# The unit of "two weeks after", "vier Wochen nach", "dix jours ouvrés après": its count is
# read before it (_COUNT_BEFORE).
_UNIT_AFTER = (
    r"(?:days?|weeks?|tage?n?|wochen?|jours?|semaines?|días?|semanas?)"
    r"(?:\s+(?:ouvrés|ouvrables|hábiles|laborables))?"
    r"\s+(?:after|following|of|nach|après|suivant|después\s+de|tras)\b"
)
_PHRASE = re.compile(
    by_first_letter(
        a for group in (_IMMEDIATELY, _WEEK_AFTER, _UNIT_AFTER) for a in split_alternatives(group)
    )
)
_IMMEDIATE = re.compile(_IMMEDIATELY)
_WEEK = re.compile(_WEEK_AFTER)
_COUNT_BEFORE = re.compile(
    r"(?P<n>\d+|[a-zäöüßéèáíóúñ]+)\s+(?P<biz>(?:business|working)\s+|werk|arbeits)?$"
)
_KEYS = (
    *("after", "follow", "nach", "darauf", "anschluss", "après", "suit", "suiv", "foulée"),
    *("dès la", "después", "tras", "siguiente", "posterior", "days of", "weeks of"),
)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|but|und|aber|mais|et|pero|y)\s")


def may_follow_event(sentence: str) -> bool:
    """Whether a (lowercased) sentence holds a word of "shortly after", "the week after"...: a
    cheap test before the scan."""
    return any(map(sentence.__contains__, _KEYS))


def after_event_days(
    text: str,
    scan: str,
    sent: datetime,
    calendar: BusinessCalendar,
    window: tuple[int, int, int],
) -> Iterator[tuple[int, int, date]]:
    """(start, end, day) of each answer promised in the sentence text[start:end] relative to
    an event dated there or in the sentence before, which begins at `before`: (before, start,
    end) is the window."""
    before, start, end = window
    days: list[DaySpan] | None = None
    for match in _PHRASE.finditer(scan, start, end):
        if days is None:  # read once, and only when a phrase is there: the scan is costly
            days = find_days(text, sent, windows=[(before, end)])
        event = _event(scan, match, days, start, sent.date())
        found = None if event is None else _resolve(scan, match, event.day, calendar)
        if event is not None and found is not None:
            first, day = found
            yield first, max(match.end(), event.end), day


def _event(
    scan: str, match: re.Match[str], days: list[DaySpan], sentence_start: int, today: date
) -> DaySpan | None:
    """The event's day: right after the phrase in its clause, else the last one before it."""
    clause_end = _CLAUSE_END.search(scan, match.end(), match.end() + REACH_AFTER)
    limit = clause_end.start() if clause_end else match.end() + REACH_AFTER
    after = [d for d in days if match.end() <= d.start < limit and d.day >= today]
    if after:
        return after[0]
    before = [
        d
        for d in days
        if d.end <= match.start()
        and d.day >= today
        and (d.start >= sentence_start or not d.weekday_only)
    ]
    return before[-1] if before else None


def _resolve(
    scan: str, match: re.Match[str], event: date, calendar: BusinessCalendar
) -> tuple[int, date] | None:
    """(where the phrase starts, the day it names) counted from the event's day."""
    phrase = match[0]
    if _IMMEDIATE.fullmatch(phrase):
        return match.start(), event
    if _WEEK.fullmatch(phrase):
        return match.start(), last_business_day_of_week(monday_of(event, 1), calendar)
    count = _COUNT_BEFORE.search(scan, max(0, match.start() - 30), match.start())
    amount = None if count is None else number_value(count["n"])
    weeks = phrase.startswith(("w", "sem"))
    if count is None or amount is None or amount * (7 if weeks else 1) > MAX_AHEAD_DAYS:
        return None
    if count["biz"] or any(map(phrase.__contains__, ("ouvr", "hábil", "labor"))):
        return count.start(), calendar.add_business_days(event, round(amount))
    return count.start(), event + timedelta(days=round(amount * (7 if weeks else 1)))
