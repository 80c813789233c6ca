"""Periods an employer may promise an answer within ("within two weeks", "early next week",
"end of May", "bis Monatsende"), as patterns over lowercased text and the day each resolves to.

Rules (mentions.py's docstring): "early next week" is Tuesday of next week, "mid next week"
Wednesday, "(end of) next week"/"this week" the week's last business day, "end of the month"
its last business day, "mid-April" the 15th, "within two weeks" sent + 14 days. Months as
weeks: "(end of) next month" its last business day, "early next month"/"early May" the end of
its first week (as "the first week of May"), "mid next month" the 15th; "within a month" the
same day a month on.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.week_ends import (
    last_business_day_of_week,
    monday_of,
    month_after,
    month_end,
    month_week_end,
)
from followupd.dates.words import MONTHS, alternation, number_value

MAX_AHEAD_DAYS = 366

_NUMBER = r"\d+|a\s+couple\s+of|couple\s+of|un\s+par\s+de|[a-zäöüßéèáíóúñ]+"
_MONTH = alternation(MONTHS)
_NEXT_WEEK = r"(?:next|the\s+following|the\s+coming)\s+week"
_DE_NEXT = r"(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+woche"
_FR_NEXT = r"(?:la\s+)?semaine\s+prochaine"
_ES_NEXT = r"(?:la\s+)?(?:semana\s+que\s+viene|próxima\s+semana)"
_ANY_NEXT = rf"(?:{_NEXT_WEEK}|{_DE_NEXT}|{_FR_NEXT}|{_ES_NEXT})"
_THIS_WEEK = (
    r"(?:the|this)\s+week|(?:der|dieser)\s+woche|(?:la|cette)\s+semaine|(?:la|esta)\s+semana"
)
_NEXT_MONTH = (
    r"(?:(?:the\s+)?(?:next|following|coming)\s+month|(?:nächsten|kommenden)\s+monats?"
    r"|(?:le\s+)?mois\s+prochain|(?:el\s+)?(?:mes\s+que\s+viene|próximo\s+mes|mes\s+próximo"
    r"|mes\s+siguiente))"
)
# Spanish "mes" followed by a word only when that word could follow it in Spanish: "à la fin de
# mes congés" is French, "my leave".
_ES_MES = r"mes(?![ \t]+(?!(?:y|o|para|te|le|les|nos|se|con|en|a|al|que|cuando|pero|así)\b)\w)"
_THIS_MONTH = (
    r"(?:(?:the\s+|this\s+|the\s+current\s+)?month|(?:dieses\s+|laufenden\s+)?monats?"
    rf"|(?:ce\s+)?mois(?:\s+en\s+cours)?|este\s+mes|{_ES_MES})"
)
# Each before the month, a week or a month's name, joined by _OF ("fin du mois", "Ende des
# nächsten Monats", "principios del próximo mes", "mi-mai").
_END_OF = r"(?:(?:the\s+)?end\s+of|ende|fin|finales|final)"
_EARLY = (
    r"(?:early|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|anfang|beginn|début|principios"
    r"|comienzos|inicios)"
)
_MID = r"(?:mid|(?:the\s+)?middle\s+of|mitte|mi(?=-)|milieu|mediados)"  # not "mi" (es: "my")
_OF = r"(?:[\s-]+(?:de|del|du|des|d['’]))?[\s-]+"
_BY_MONTH_END = r"\b(?:by|before|at|until)\s+(?:the\s+)?month[-\s]end\b|\bmonatsende\b"


def _week_end(today: date, weeks_ahead: int, calendar: BusinessCalendar) -> date:
    """The last business day of a week (this week's, or next week's once this one is over)."""
    end = last_business_day_of_week(monday_of(today, weeks_ahead), calendar)
    if end < today:
        return _week_end(today, weeks_ahead + 1, calendar)
    return end


def _named_month(match: re.Match[str], today: date) -> tuple[int, int]:
    month = MONTHS[match["m"].lower()]
    year = today.year + (1 if month < today.month - 1 else 0)
    return year, month


Resolver = Callable[[re.Match[str], date, BusinessCalendar], date | None]
Period = tuple[re.Pattern[str], Resolver, bool, tuple[str, ...]]
# Days in one of a unit, by how its word starts ("quinzaine": a fortnight, "huitaine": a week).
_UNIT_DAYS = (("fortnight", 14), ("quinz", 15), ("huit", 8), ("w", 7), ("sem", 7))
_HOURS = ("h", "stund", "heur", "hora")
_UNITS_ALONE = ("fortnight", "quinz", "huit")


def _within(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date | None:
    written = match["n2"] or match["n"]
    if not written and not match["unit"].startswith(_UNITS_ALONE):
        return None  # "in week 17" is no span; "within a fortnight", "sous huitaine" are
    amount = 2.0 if match.groupdict().get("or") else number_value(written) if written else 1.0
    if amount is None or amount > MAX_AHEAD_DAYS:
        return None  # "in the next few days": too vague to hold anyone to; "9999 days": silly
    if match["biz"]:
        return calendar.add_business_days(today, round(amount))
    unit = match["unit"].lower()
    if unit.startswith(("hour", "stunde", "heure", "hora")) and amount < 24:
        return None  # "ich melde mich in zwei Stunden": within the day, no date to hold to
    return _span_on(today, amount, unit)


def _more_time(match: re.Match[str], today: date, _calendar: BusinessCalendar) -> date | None:
    """The day `today` plus the time asked for ("another two weeks"); None for "a few more"."""
    written = match["n"] or match["n2"] or match["n3"]
    amount = number_value(written)
    if amount is None or amount > 12:
        return None
    return _span_on(today, amount, match["unit"] or match["u2"] or match["u3"])


def _span_on(today: date, amount: float, unit: str) -> date | None:
    """`today` plus `amount` of `unit` (days, weeks, hours, months... in any of the languages)."""
    if unit.startswith(("mo", "mes")):
        return _months_on(today, round(amount)) if amount <= 12 else None
    if unit.startswith(_HOURS) and not unit.startswith("huit"):
        return today + timedelta(days=max(1, round(amount / 24)))
    per_unit = next((days for prefix, days in _UNIT_DAYS if unit.startswith(prefix)), 0)
    if not per_unit:
        return today + timedelta(days=round(amount))
    return today + timedelta(days=min(amount * per_unit, MAX_AHEAD_DAYS))


def _months_on(today: date, months: int) -> date:
    """The same day `months` months on (the month's last day when it is shorter)."""
    year, month = month_after(today, months)
    return date(year, month, min(today.day, monthrange(year, month)[1]))


def _this_month_end(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date:
    return month_end(today.year, today.month, calendar)


def _next_month_end(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date:
    return month_end(*month_after(today), calendar)


_QUARTER_WORDS = {
    **dict.fromkeys(("first", "erste", "ersten", "premier", "primer"), 1),
    **dict.fromkeys(("second", "zweite", "zweiten", "deuxième", "segundo"), 2),
    **dict.fromkeys(("third", "dritte", "dritten", "troisième", "tercer"), 3),
    **dict.fromkeys(("fourth", "vierte", "vierten", "quatrième", "cuarto"), 4),
}


def _quarter_end(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date:
    """The end of the quarter named ("end of Q1", "fin du premier trimestre"): this year's, or
    next year's once this year's is over."""
    quarter = int(match["q"]) if match["q"] else _QUARTER_WORDS[match["qw"]]
    end = month_end(today.year, 3 * quarter, calendar)
    return end if end >= today else month_end(today.year + 1, 3 * quarter, calendar)


def _next_month_early(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date:
    return month_week_end(*month_after(today), 1, calendar)


def _next_month_mid(match: re.Match[str], today: date, calendar: BusinessCalendar) -> date:
    return date(*month_after(today), 15)


_WEEK = ("week", "woche", "semaine", "semana")
_MONTH_WORDS = ("month", "monat", "mois", "mes")
_MONTH_PART = ("end", "fin", "mid", "mitte", "mediados", "mi-")
_EARLY_KEYS = ("early", "start", "beginn", "anfang", "début", "principios", "comienzos", "inicios")
_WITHIN_KEYS = ("day", "week", "hour", "month", "fortnight")
# "antes del 15", "by the 20th", "d'ici le 12", "bis zum 14.": a day of the month alone, the
# next one to come (no clock time, amount or month after it: those are other readings)
_DAY_ALONE = (
    r"\b(?:(?:antes\s+del?|para\s+el|hasta\s+el|a\s+más\s+tardar\s+el|d['’]ici\s+le|avant\s+le)"
    r"(?:\s+d[ií]a)?\s+(?P<day>[1-9]|[12]\d|3[01])"
    r"(?![.,]?\d|h\b|(?:e|er|ère|ème|º|ª|o|a|ro|do|to)\b)"
    # (English and German say the day as an ordinal: "by the 20th", "bis zum 14."; not "before
    # the 3 interviews")
    r"|(?:by\s+the|before\s+the)\s+(?P<en>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"|bis\s+zum\s+(?P<de>[1-9]|[12]\d|3[01])\.(?!\d))"
    r"(?!\s*(?:%|€|\$|uhr|am\b|pm\b|[:h]\d|hora|heure|hour|minut|day|día|jour|tag|week|semana"
    r"|mois|month|mes|monat|year|año|an\b|jahr|de\s+\w|of\s+\w|"
    rf"{alternation(MONTHS)}|kalenderwoche|kw\b|stock|piso|planta|floor|étage|etage))"
)
_DAY_ALONE_KEYS = (
    "antes",
    "para el",
    "hasta el",
    "tardar",
    "bis zum",
    "ici le",
    "avant le",
    "by the",
    "before the",
)


def _day_alone(match: re.Match[str], today: date, _calendar: BusinessCalendar) -> date | None:
    """The next day of the month numbered so (today's own included)."""
    day = int(match["day"] or match["en"] or match["de"])
    year, month = today.year, today.month
    for _ in range(2):
        if day <= monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


# (pattern, resolver, strong, words one of which the sentence must hold for the pattern to be
# tried: a cheap substring test that spares most regex scans). Lowercase: run on lowered text.
PERIODS: tuple[Period, ...] = tuple(
    (re.compile(pattern), resolver, strong, keys)
    for pattern, resolver, strong, keys in (
        (_DAY_ALONE, _day_alone, True, _DAY_ALONE_KEYS),
        (
            rf"\b(?:end\s+of|ende|fin\s+de|finales\s+de)\s+{_ANY_NEXT}\b",
            lambda m, t, c: _week_end(t, 1, c),
            True,
            _WEEK,
        ),
        (
            rf"\b(?:early|beginning\s+of|start\s+of|anfang|début\s+de|principios\s+de)\s+{_ANY_NEXT}\b",
            lambda m, t, c: monday_of(t, 1) + timedelta(days=1),
            True,
            _WEEK,
        ),
        (r"\bfirst\s+thing\s+next\s+week\b", lambda m, t, c: monday_of(t, 1), True, _WEEK),
        (
            rf"\b(?:mid|middle\s+of|mitte|milieu\s+de|mediados\s+de)[\s-]+{_ANY_NEXT}\b",
            lambda m, t, c: monday_of(t, 1) + timedelta(days=2),
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
            rf"\b{_END_OF}{_OF}{_NEXT_MONTH}\b",
            _next_month_end,
            True,
            _MONTH_WORDS,
        ),
        (
            rf"\b{_EARLY}{_OF}{_NEXT_MONTH}\b",
            _next_month_early,
            True,
            _MONTH_WORDS,
        ),
        (
            rf"\b{_MID}{_OF}{_NEXT_MONTH}\b",
            _next_month_mid,
            True,
            _MONTH_WORDS,
        ),
        (rf"\b{_NEXT_MONTH}\b", _next_month_end, False, _MONTH_WORDS),
        (
            r"\b(?:(?:the\s+)?end\s+of|ende|fin(?:\s+d[ue])?|finales\s+del?|cierre\s+del?|final"
            r"\s+del?|(?:by|before)\s+(?:the\s+)?end\s+of)\s+(?:the\s+|des\s+|el\s+)?(?:[qt](?P<q>[1-4])"
            r"|(?P<qw>first|second|third|fourth|erste[ns]?|zweite[ns]?|dritte[ns]?|vierte[ns]?"
            r"|premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto)\s+(?:quarter"
            r"|quartals?|trimestre))\b",
            _quarter_end,
            True,
            ("q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "quarter", "quartal", "trimestre"),
        ),
        (
            rf"\b{_END_OF}{_OF}(?:the\s+month|(?:le\s+)?mois|(?:el\s+)?mes|monats)"
            rf"(?:\s+of\s+|{_OF})(?P<m>{_MONTH})\b",
            lambda m, t, c: month_end(*_named_month(m, t), c),
            True,
            _MONTH_WORDS,
        ),
        (
            rf"\b{_END_OF}{_OF}{_THIS_MONTH}\b(?!{_OF}(?:{_MONTH})\b)|{_BY_MONTH_END}",
            _this_month_end,
            True,
            _MONTH_WORDS,
        ),
        (
            rf"\b(?:(?:the\s+)?end\s+of|ende|fin(?:\s+de)?|finales\s+de)\s+(?P<m>{_MONTH})\b",
            lambda m, t, c: month_end(*_named_month(m, t), c),
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
            rf"\b{_EARLY}{_OF}(?P<m>{_MONTH})\b",
            lambda m, t, c: month_week_end(*_named_month(m, t), 1, c),
            True,
            _EARLY_KEYS,
        ),
        (
            rf"\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?"
            rf"(?:about\s+|around\s+|roughly\s+|approximately\s+)?(?:(?P<n>{_NUMBER})"
            r"(?:\s*(?:-|–|to|or)\s*(?P<n2>\d+|two|three|four|five|six))?\s+)?"
            r"(?P<biz>business\s+|working\s+)?"
            r"(?P<unit>days?|weeks?|hours?|months?|fortnights?)\b(?P<or>\s+or\s+(?:two|2)\b)?"
            r"(?!\s+(?:of|after|following|from)\b)",
            _within,
            True,
            _WITHIN_KEYS,
        ),
        (
            # more time asked for: "another two weeks", "two more weeks", "noch zwei Wochen",
            # "encore deux semaines", "dos semanas más", "otras dos semanas"
            rf"\b(?:another|noch|encore|otr[oa]s)\s+(?P<n>{_NUMBER})\s+(?P<unit>days?|weeks?"
            r"|tage|wochen|jours|semaines|días|semanas)\b(?P<biz>)"
            rf"|\b(?P<n2>{_NUMBER})\s+more\s+(?P<u2>days|weeks)\b"
            rf"|\b(?P<n3>{_NUMBER})\s+(?P<u3>días|semanas)\s+más\b",
            _more_time,
            True,
            ("another", "more", "noch", "encore", "otr", "más"),
        ),
        (
            r"\b(?:innerhalb|innert|binnen|in\s+den\s+(?:nächsten|kommenden)|im\s+laufe\s+der"
            r"\s+nächsten|in)"
            r"\s+(?:von\s+)?(?:der\s+(?:nächsten|kommenden)\s+)?(?:(?:etwa|circa|ca\.|ungefähr|rund"
            r")\s*)?"
            rf"(?P<n>{_NUMBER})(?:\s*(?:-|–|bis|oder)\s*(?P<n2>\d+|zwei|drei|vier|fünf|sechs))?"
            r"\s+(?P<biz>werk|arbeits)?(?P<unit>tag(?:e[ns]?)?|wochen?|stunden|monat(?:en?|s)?)\b"
            r"(?!\s+nach\b)",
            _within,
            True,
            ("tag", "woche", "stunden", "monat"),
        ),
        (
            r"\b(?:sous|dans\s+les|dans(?:\s+un\s+délai(?:\s+(?:maximum|maximal))?\s+d[e'’])?|d['’]"
            r"ici)"
            r"\s*(?:(?:environ|à\s+peu\s+près)\s+)?"
            rf"(?:(?P<n>{_NUMBER})(?:\s*(?:-|–|à|ou)\s*(?P<n2>\d+|deux|trois|quatre|cinq|six))?\s+)?"
            r"(?:prochain(?:e)?s\s+)?(?P<unit>jours?|semaines?|heures|mois|(?:quinz|huit)aine"
            r"(?:\s+de\s+jours)?)(?P<biz>\s+ouvr(?:és|ables))?\b(?!\s+après\b)",
            _within,
            True,
            ("jour", "semaine", "heure", "mois", "aine"),
        ),
        (
            r"\b(?:en|dentro\s+de|en\s+(?:un|el)\s+plazo\s+(?:máximo\s+)?de|antes\s+de)\s+"
            r"(?:l[oa]s\s+)?(?:(?:próxim[oa]s|siguientes)\s+)?(?:(?:unos|unas|aproximadamente)\s+)?"
            rf"(?P<n>{_NUMBER})(?:\s*(?:-|–|a|o)\s*(?P<n2>\d+|dos|tres|cuatro|cinco|seis))?\s+"
            r"(?P<unit>días?|semanas?|horas|mes(?:es)?)(?:\s+(?:próxim[oa]s|siguientes))?"
            r"(?P<biz>\s+(?:hábiles|laborables))?\b(?!\s+(?:después|tras)\b)",
            _within,
            True,
            ("día", "semana", "hora", "mes"),
        ),
    )
)
