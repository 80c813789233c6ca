"""Weeks named rather than counted from today: calendar weeks ("KW 17", "week 46", "semaine 46",
"semana 46"), a week's place in a month ("the first week of January", "in der ersten
Januarwoche", "la dernière semaine de juin"), and the week of a day ("the week of July 6", "la
semaine du 8 juin", "la semana del 15", "die Woche vom 15.").

Each is the week's last business day, as "next week" is (periods.py); "early/Anfang/début KW 17"
its Tuesday and "mid/Mitte KW 17" its Wednesday, as for next week. Calendar weeks are ISO 8601
weeks (Monday to Sunday, week 1 holds the year's first Thursday), of this year unless that week
is over, then of next year when that is within six months (else none: a week gone by). A week
of a month is the one its Thursday falls in (week_ends.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.periods import Period
from followupd.dates.week_ends import last_business_day_of_week, monday_of, month_week_end
from followupd.dates.words import MONTHS, alternation

_MONTH = alternation(MONTHS)
_PART = (
    r"(?:(?P<end>(?:the\s+)?end\s+of|ende|fin\s+de|finales\s+de)"
    r"|(?P<early>early|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|anfang|beginn|début\s+de"
    r"|principios\s+de)|(?P<mid>mid|(?:the\s+)?middle\s+of|mitte|milieu\s+de|mediados\s+de))"
    r"[\s-]+(?:(?:der|la)\s+)?$"
)
_PART_BEFORE = re.compile(_PART)
_YEAR = r"(?:\s*[/,]\s*|\s+(?:of\s+|de\s+)?)(?P<{}>20\d\d)(?!\d)"
# The week's number after its word, or (German) before it: "KW 17", "17. KW", "week 46".
_CALENDAR_WEEK = re.compile(
    r"(?:kw|kalenderwoche|calendar\s+week|week|wk|cw|woche|semaine|semana)"
    r"(?:\s*(?:n[°ºo]\.?|no\.|number|nummer|número|#)?)\s*-?\s*(?P<n>[0-5]?\d)"
    rf"(?:{_YEAR.format('y')})?(?![\d.,:/]\d|\s*(?:of|in|de|del|des|du|der)\b)"
    rf"|(?P<n_first>[0-5]?\d)\.\s*(?:kw|kalenderwoche)(?:{_YEAR.format('y2')})?"
)
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "erste", "ersten", "première", "1re", "1ère", "primera"), 1),
    **dict.fromkeys(("second", "2nd", "zweite", "zweiten", "deuxième", "seconde", "segunda"), 2),
    **dict.fromkeys(("third", "3rd", "dritte", "dritten", "troisième", "tercera"), 3),
    **dict.fromkeys(("fourth", "4th", "vierte", "vierten", "quatrième", "cuarta"), 4),
    **dict.fromkeys(("last", "final", "letzte", "letzten", "dernière", "última", "ultima"), -1),
}
_ORDINAL = alternation(_ORDINALS)
# "the first week of January", "ersten Januarwoche", "ersten Woche im Januar", "la première
# semaine de janvier", "la primera semana de enero".
_WEEK_OF_MONTH = re.compile(
    rf"(?P<o>{_ORDINAL})\s+(?:(?:week|woche|semaine|semana)\s+(?:of|in|im|des|von|de|d['’]|du"
    rf"\s+mois\s+d[e'’]|del\s+mes\s+de)\s*(?:the\s+month\s+of\s+)?(?P<m>{_MONTH})"
    rf"|(?P<m_first>{_MONTH})woche)\b"
)
# "the week of July 6", "w/c 6 July", "die Woche vom 15. Juni", "la semaine du 8 juin": a day
# written right after it is read by days.py; this is what comes before that day.
_WEEK_OF_BEFORE = re.compile(
    r"(?:week\s+(?:of|commencing|beginning|starting)(?:\s+(?:on|the))?|w/c|woche\s+(?:vom|ab)"
    r"|semaine\s+du|semana\s+del?)\s+$"
)
# "la semana del 15", "la semaine du 15", "die Woche vom 15.": the day of the month alone.
_WEEK_OF_NUMBER = re.compile(
    r"(?:semana\s+del?|semaine\s+du|woche\s+vom|week\s+of\s+the)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th"
    rf"|er|\.)?(?![\d/:.]|\s*(?:de\s+|of\s+)?(?:{_MONTH})\b|\s*(?:h|uhr)\b)"
)
NEXT_YEAR_REACH = timedelta(days=183)  # "KW 2" in December is next year's; "KW 12" in May past
REACH_BEFORE = 24  # how far before a week or a day its "end of" or "the week of" is written


def _weekday_of(match: re.Match[str], monday: date, calendar: BusinessCalendar) -> date:
    """The week's last business day, or its Tuesday/Wednesday after "early"/"mid"."""
    part = _PART_BEFORE.search(match.string, max(0, match.start() - REACH_BEFORE), match.start())
    if part is not None and part["early"]:
        return monday + timedelta(days=1)
    if part is not None and part["mid"]:
        return monday + timedelta(days=2)
    return last_business_day_of_week(monday, calendar)


def _calendar_week(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date | None:
    number = int(match["n"] or match["n_first"])
    written = match["y"] or match["y2"]
    written_year = int(written) if written else None
    for year in (written_year,) if written_year else (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:  # week 0, or 53 in a year of 52
            return None
        day = _weekday_of(match, monday, calendar)
        if today <= day <= today + NEXT_YEAR_REACH:
            return day
    return None


def _week_of_month(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date | None:
    month = MONTHS[match["m"] or match["m_first"]]
    year = today.year + (1 if month < today.month - 1 else 0)
    return month_week_end(year, month, _ORDINALS[match["o"]], calendar)


def _week_of_number(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date | None:
    """The week of the next day with that number whose week is not over yet."""
    wanted = int(match["d"])
    for months_ahead in range(3):
        year, month = divmod(today.month - 2 + months_ahead, 12)
        try:
            day = date(today.year + year, month + 1, wanted)
        except ValueError:
            continue
        end = last_business_day_of_week(monday_of(day), calendar)
        if end >= today:
            return end
    return None


def week_of_day(text: str, start: int) -> int | None:
    """Where a "the week of"/"la semaine du" written right before text[start:] starts, or None."""
    found = _WEEK_OF_BEFORE.search(text, max(0, start - REACH_BEFORE), start)
    return None if found is None else found.start()


def week_of(day: date, calendar: BusinessCalendar) -> date:
    """The last business day of the week `day` falls in."""
    return last_business_day_of_week(monday_of(day), calendar)


_KEYS = ("week", "woche", "kw", "wk", "cw", "semaine", "semana")
# As periods.PERIODS: (pattern, resolver, strong, words one of which the sentence must hold).
NAMED_WEEKS: tuple[Period, ...] = (
    (_CALENDAR_WEEK, _calendar_week, True, _KEYS),
    (_WEEK_OF_MONTH, _week_of_month, True, _KEYS),
    (_WEEK_OF_NUMBER, _week_of_number, True, _KEYS),
)
