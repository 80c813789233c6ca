"""Periods an employer may promise an answer within ("within two weeks", "early next week",
"end of May"), as patterns over lowercased text and the day each resolves to.

Rules (mentions.py's docstring): "early next week" is Tuesday of next week, "mid next week"
Wednesday, "(end of) next week"/"this week" the week's last business day, "end of the month"
its last business day, "mid-April" the 15th, "within two weeks" sent + 14 days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.words import MONTHS, alternation, number_value

MAX_AHEAD_DAYS = 366

_NUMBER = r"\d+|a\s+couple\s+of|couple\s+of|[a-zäöüéè]+"
_MONTH = alternation(MONTHS)
_NEXT_WEEK = r"(?:next|the\s+following|the\s+coming)\s+week"
_DE_NEXT = r"(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+woche"
_FR_NEXT = r"(?:la\s+)?semaine\s+prochaine"
_ES_NEXT = r"(?:la\s+)?(?:semana\s+que\s+viene|próxima\s+semana)"
_ANY_NEXT = rf"(?:{_NEXT_WEEK}|{_DE_NEXT}|{_FR_NEXT}|{_ES_NEXT})"
_THIS_WEEK = (
    r"(?:the|this)\s+week|(?:der|dieser)\s+woche|(?:la|cette)\s+semaine|(?:la|esta)\s+semana"
)


def _monday(today: date, weeks_ahead: int) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)


def _week_end(today: date, weeks_ahead: int, calendar: BusinessCalendar) -> date:
    """The last business day of a week (Friday, earlier for a holiday or a Fri-Sat weekend)."""
    monday = _monday(today, weeks_ahead)
    days = [monday + timedelta(days=i) for i in range(4, -1, -1)]  # Friday back to Monday
    end = next((d for d in days if calendar.is_business_day(d)), monday + timedelta(days=4))
    if end < today:
        return _week_end(today, weeks_ahead + 1, calendar)
    return end


def _month_end(year: int, month: int, calendar: BusinessCalendar) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last = first_of_next - timedelta(days=1)
    while not calendar.is_business_day(last) and last.day > 20:
        last -= timedelta(days=1)
    return last


def _named_month(match: re.Match[str], today: date) -> tuple[int, int]:
    month = MONTHS[match["m"].lower()]
    year = today.year + (1 if month < today.month - 1 else 0)
    return year, month


_Resolver = Callable[[re.Match[str], date, BusinessCalendar], date | None]


def _within(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date | None:
    amount = 2.0 if match.groupdict().get("or") else number_value(match["n2"] or match["n"])
    if amount is None or amount > MAX_AHEAD_DAYS:
        return None  # "in the next few days": too vague to hold anyone to; "9999 days": silly
    unit = match["unit"].lower()
    whole = round(amount)
    if match["biz"]:
        return calendar.add_business_days(today, whole)
    if unit.startswith(("h", "stund", "heur", "hora")):
        return today + timedelta(days=max(1, round(amount / 24)))
    if unit.startswith(("w", "sem")):
        return today + timedelta(weeks=min(amount, MAX_AHEAD_DAYS / 7))
    return today + timedelta(days=whole)


_WEEK = ("week", "woche", "semaine", "semana")
_MONTH_WORDS = ("month", "monat", "mois", "mes")
_MONTH_PART = ("end", "fin", "mid", "mitte", "mediados", "mi-")
# (pattern, resolver, strong, words one of which the sentence must hold for the pattern to be
# tried: a cheap substring test that spares most regex scans). Lowercase: run on lowered text.
PERIODS: tuple[tuple[re.Pattern[str], _Resolver, bool, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), resolver, strong, keys)
    for pattern, resolver, strong, keys in (
        (
            rf"\b(?:end\s+of|ende|fin\s+de|finales\s+de)\s+{_ANY_NEXT}\b",
            lambda m, t, c: _week_end(t, 1, c),
            True,
            _WEEK,
        ),
        (
            rf"\b(?:early|beginning\s+of|start\s+of|anfang|début\s+de|principios\s+de)\s+{_ANY_NEXT}\b",
            lambda m, t, c: _monday(t, 1) + timedelta(days=1),
            True,
            _WEEK,
        ),
        (r"\bfirst\s+thing\s+next\s+week\b", lambda m, t, c: _monday(t, 1), True, _WEEK),
        (
            rf"\b(?:mid|middle\s+of|mitte|milieu\s+de|mediados\s+de)[\s-]+{_ANY_NEXT}\b",
            lambda m, t, c: _monday(t, 1) + timedelta(days=2),
            True,
            _WEEK,
        ),
        (
            rf"\b(?:(?:the\s+)?end\s+of|later|ende|fin\s+de|finales\s+de)\s+(?:{_THIS_WEEK})\b",
            lambda m, t, c: _week_end(t, 0, c),
            True,
            _WEEK,
        ),
        (rf"\b(?:{_ANY_NEXT})\b", lambda m, t, c: _week_end(t, 1, c), False, _WEEK),
        (
            r"\b(?:this\s+week|diese\s+woche|cette\s+semaine|esta\s+semana)\b",
            lambda m, t, c: _week_end(t, 0, c),
            False,
            _WEEK,
        ),
        (
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|ende\s+(?:des|dieses)\s+monats|"
            r"fin\s+(?:du|de\s+ce)\s+mois|finales\s+de(?:l|\s+este)\s+mes)\b",
            lambda m, t, c: _month_end(t.year, t.month, c),
            True,
            _MONTH_WORDS,
        ),
        (
            rf"\b(?:(?:the\s+)?end\s+of|ende|fin(?:\s+de)?|finales\s+de)\s+(?P<m>{_MONTH})\b",
            lambda m, t, c: _month_end(*_named_month(m, t), c),
            True,
            _MONTH_PART,
        ),
        (
            rf"\b(?:mid|middle\s+of|mitte|mi|mediados\s+de)[\s-]+(?P<m>{_MONTH})\b",
            lambda m, t, c: date(*_named_month(m, t), 15),
            True,
            _MONTH_PART,
        ),
        (
            rf"\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?"
            rf"(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?P<n>{_NUMBER})"
            r"(?:\s*(?:-|–|to|or)\s*(?P<n2>\d+|two|three|four))?\s+(?P<biz>business\s+|working\s+)?"
            r"(?P<unit>days?|weeks?|hours?)\b(?P<or>\s+or\s+(?:two|2)\b)?"
            r"(?!\s+(?:of|after|following|from)\b)",
            _within,
            True,
            ("day", "week", "hour"),
        ),
        (
            rf"\b(?:innerhalb|binnen|in\s+den\s+nächsten)\s+(?:von\s+)?(?:der\s+nächsten\s+)?"
            rf"(?P<n>{_NUMBER})\s+(?P<n2>)?(?P<biz>werk|arbeits)?(?P<unit>tagen?|wochen)\b",
            _within,
            True,
            ("tag", "woche"),
        ),
        (
            rf"\b(?:sous|dans\s+les|d['’]ici)\s+(?P<n>{_NUMBER})\s+(?P<n2>)?(?:prochain(?:e)?s\s+)?"
            r"(?P<unit>jours|semaines)(?P<biz>\s+ouvr(?:és|ables))?\b",
            _within,
            True,
            ("jour", "semaine"),
        ),
        (
            rf"\b(?:en|dentro\s+de)\s+(?:l[oa]s\s+)?(?:próxim[oa]s\s+)?(?P<n>{_NUMBER})\s+(?P<n2>)?"
            r"(?P<unit>días|semanas)(?P<biz>\s+(?:hábiles|laborables))?\b",
            _within,
            True,
            ("día", "semana"),
        ),
    )
)
