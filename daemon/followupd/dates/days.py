"""Days written in prose ("Tuesday, March 10", "10/03/2026", "the 14th", "tomorrow") as dates.

Each day found is a `DaySpan`: where it is in the text and the calendar date it names, resolved
against the sent date (the rules are in mentions.py's docstring).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from followupd.dates.words import (
    MONTHS,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
    lowered,
    offset_hours,
)
from followupd.dates.zone_words import US_ZONES

# A month and day without year may lie this far in the past ("our call on March 2", written on
# March 17) before it is taken as next year's: mail refers back to recent days far more often
# than it schedules ten months ahead.
PAST_GRACE = timedelta(days=45)


@dataclass(frozen=True, slots=True)
class DaySpan:
    start: int
    end: int
    day: date
    notes: tuple[str, ...] = ()
    weekday_only: bool = False  # named by a weekday alone ("Thursday"), no date written


_I = re.IGNORECASE
_MONTH = alternation(MONTHS)
_WEEKDAY = alternation(WEEKDAYS)
_ABBREVIATED = alternation(WEEKDAY_ABBREVIATIONS)
_ORDINAL = r"(?:st|nd|rd|th)"

_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d){_ORDINAL}?(?![\d:]|\.\d)"
    r"(?:,?\s+(?P<y>20\d\d)(?!\d))?",
)
_DAY_MONTH = re.compile(
    rf"(?<![\w.,/:-])(?P<d>[0-3]?\d)(?:{_ORDINAL}|er|\.)?\s*(?:of\s+|de\s+)?(?P<m>{_MONTH})\b\.?"
    r"(?:,?\s+(?:de\s+)?(?P<y>20\d\d)(?!\d))?",
)
_NUMERIC = re.compile(
    r"(?<![\w./:,-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:20)?\d\d)"
    r"(?![\d/-]|\.\d)"
)
_ISO = re.compile(r"(?<![\w./:-])(?P<y>20\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])")
_SHORT_NUMERIC = re.compile(
    r"(?<![\w./:,-])(?P<a>[0-3]?\d)(?:(?P<sep>/)(?P<b>[0-3]?\d)(?![\w/]|[.,]\d)"
    r"|(?P<dot>\.)(?P<b2>[01]?\d)\.(?![\d.]))"
)
_SHORT_ANCHOR = re.compile(
    rf"(?:\b(?:on|by|before|until|am|bis|zum|le|el|del)|{_WEEKDAY}|{_ABBREVIATED}"
    r"|(?-i:\b(?:Mo|Di|Mi|Do|Fr|Sa|So)))[\s,.]*$",
    _I,
)
_ORDINAL_DAY = re.compile(
    rf"\b(?:the\s+(?P<d>[0-3]?\d){_ORDINAL}|el\s+d[ií]a\s+(?P<d2>[0-3]?\d))\b"
    rf"(?!\s+(?:of\s+|de\s+)?(?:{_MONTH})\b)"
    # "the 2nd stage", "the 3rd round": an ordinal of something else than a day
    r"(?!\s+(?:stage|round|interview|step|phase|call|meeting|time|floor|year|place|attempt|part"
    r"|session|conversation|chat|option|choice|person|candidate|one)s?\b)",
)
_WEEKDAY_PREFIX = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY})|(?-i:\b(?P<abbr>{_ABBREVIATED})))\.?,?\s*"
    r"(?:the\s+|le\s+|el\s+|den\s+|dem\s+|\(\s*)?$",
    _I,
)
_WEEKDAY_ALONE = re.compile(
    r"\b(?:(?P<mod>next\s+week|nächste\s+woche|next|this|coming|last|past|nächsten|kommenden"
    r"|letzten|diesen|este|ce),?\s+)?"
    rf"(?P<wd>{_WEEKDAY})\b(?:\s+(?P<post>dernier|pasado))?"
    # "Friday of next week", "vendredi de la semaine prochaine", "Freitag nächster Woche",
    # "el viernes de la semana que viene": that weekday in next week
    r"(?P<nextweek>,?\s+(?:of\s+next\s+week|next\s+week|(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)"
    r"\s+woche|de\s+la\s+semaine\s+prochaine|de\s+la\s+(?:semana\s+que\s+viene"
    r"|próxima\s+semana)))?",
)
# "jueves 16", "jeudi 16", "Donnerstag, 16.": a weekday and the day of the month, no month
# written (a time after the number is not a day: "jueves 16:00", "jueves 10 h").
_WEEKDAY_NUMBER = re.compile(
    rf"\b(?P<wd>{_WEEKDAY})\.?,?\s+(?:el\s+|le\s+|den\s+|the\s+)?(?P<d>[0-3]?\d)(?:{_ORDINAL}|er)?"
    r"(?![\d:]|\.\d|h\d|\s*(?:h|hs|hrs|uhr|am|pm)\b|\s*[ap]\.\s?m)\.?"
)
# "Thu 3:30pm", "Wed at 2pm": an abbreviation, capitalised, right before a time.
_ABBREVIATED_BEFORE_TIME = re.compile(rf"\b(?P<abbr>{_ABBREVIATED})\b\.?,?(?=\s+(?:at\s+|@\s*)?\d)")
# "Do 9:30 passt", "Di., 14 Uhr": German two-letter abbreviations, capitalised, right before a
# time (not a date: "Do., 23.07., 10:00"); not before an English question's verb ("Do 9:30 or
# 10 work for you?", tested on the whole text: a window may end before the verb).
_GERMAN_BEFORE_TIME = re.compile(
    r"\b(?P<gabbr>Mo|Di|Mi|Do|Fr)\b\.?,?\s+(?=(?:um\s+|ab\s+)?\d{1,2}(?::\d\d|\.\d\d(?![.\d])"
    r"|\s*(?i:uhr)\b))"
)
_ENGLISH_QUESTION_AFTER = re.compile(
    r"[^\n]{0,30}\b(?:work|works|suit|suits|fit|fits|sound|sounds)\b"
)
_GERMAN_ABBREVIATIONS = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4}
# Texting's French and Spanish abbreviations: "lun. 14h passe à mar. 10h" (French with its
# dot), "del jue 12 a las 16h al vie 13" (Spanish, before the day of the month or a time).
_CHAT_DAYS = {
    **{"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4},
    **{"mié": 2, "mie": 2, "jue": 3, "vie": 4},
}
_CHAT_BEFORE_TIME = re.compile(
    r"\b(?:(?P<fr>lun|mar|mer|jeu|ven)\.|(?P<es>lun|mié|mie|jue|vie))\s*"
    r"(?=(?:à\s+|a\s+las\s+)?\d{1,2}(?::\d\d|\s*h\b|h\d\d|\s*hs\b))",
    _I,
)
# English typed lowercase, the day of the month with its ordinal: "could we do mon 19th".
_CHAT_ENGLISH = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3}
_CHAT_ENGLISH |= {"thurs": 3, "fri": 4}
# Every short form a weekday is typed in, in the four languages (same_time.py reads them where
# a sentence moves a meeting to one: "push our call to Mon same time?", "auf Do schieben")
SHORT_WEEKDAYS = {**WEEKDAY_ABBREVIATIONS, **_GERMAN_ABBREVIATIONS, **_CHAT_DAYS}
_CHAT_DAY_NUMBER = re.compile(
    r"\b(?P<cwd>lun|mar|mer|jeu|ven|mié|mie|jue|vie)\.?\s+(?P<d>[0-3]?\d)"
    r"(?=\s+(?:a\s+las|à|de\s+\w+|\d{1,2}(?:h|:)))"
    r"|\b(?P<ewd>mon|tues?|weds?|thu(?:rs?)?|fri)\.?\s+(?P<ed>[0-3]?\d)(?:st|nd|rd|th)\b",
    _I,
)
_RELATIVE = re.compile(rf"\b(?P<rel>{alternation(RELATIVE_DAYS)})(?![\w’'])")
_RANGE_BEFORE = re.compile(
    rf"\b(?:{_WEEKDAY}|{_ABBREVIATED})\s*(?:-|–|—|to|through|thru|bis|à|au|a|al)\s*$", _I
)
_RANGE_AFTER = re.compile(
    rf"\s*(?:-|–|—|to|through|thru|bis|à|au|a|al)\s*(?:{_WEEKDAY}|{_ABBREVIATED})\b", _I
)
_MORNING_BEFORE = re.compile(r"\b(?:la|esta|cada|guten|am|jeden)\s+$", _I)
# A capitalised "Morgen" that starts a sentence is tomorrow ("Morgen um halb drei klappt",
# "Morgen, 14 Uhr"), unless a greeting follows; inside one it is the noun ("einen schönen
# Morgen").
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
# (the greeting: "Morgen!", "Morgen zusammen,", "Morgen, Sam!", "Morgen Herr Dr. Lee,",
# "Morgen Sam" alone on its line)
_GREETING = re.compile(
    r",?\s*(?:(?:zusammen|allerseits|alle|leute|team|ihr)\b|(?:[A-ZÄÖÜ][\w-]*\.?[^\S\n]*){1,3})"
    r"[^\S\n]*(?:[,!]|\n|$)|[^\S\n]*[!,.]?[^\S\n]*(?:\n|$)"
)
# ...and tomorrow when a time follows in its clause ("Morgen 14 Uhr passt", "Morgen treffen wir
# uns um 14 Uhr", "Morgen, 14 Uhr")
_TIME_FOLLOWS = re.compile(
    r"[^\n.!?]{0,40}?\b(?:um|gegen|ab|früh|vormittag|nachmittag|abend|mittag|\d{1,2}(?:[:.]\d\d)?"
    r"\s*uhr|\d{1,2}[:.]\d\d)\b",
    re.IGNORECASE,
)


def prefers_day_first(sent: datetime, zones: Iterable[str] = ()) -> bool:
    """Whether "10/03" means 10 March: not for US senders or when a US zone is written."""
    written = set(zones)
    if written & US_ZONES:
        return False
    if written:
        return True
    return not -10 <= offset_hours(sent) <= -4


_CASED = (_ABBREVIATED_BEFORE_TIME, _GERMAN_BEFORE_TIME)


def find_days(
    text: str,
    sent: datetime,
    day_first: bool | None = None,
    windows: Iterable[tuple[int, int]] | None = None,
) -> list[DaySpan]:
    """Every day written in `text` (or in the given (start, end) windows of it), in order,
    overlapping readings removed. Windows keep the scan short: the patterns are costly."""
    first = prefers_day_first(sent) if day_first is None else day_first
    today = sent.date()
    scan = lowered(text)  # the scanning patterns are lowercase: much faster than IGNORECASE
    found: list[DaySpan] = []
    for start, end in [(0, len(text))] if windows is None else windows:
        holds = scan[start:end].__contains__
        for pattern, read, written_date, keys in _READERS:
            if keys and not any(map(holds, keys)):
                continue
            cased = pattern in _CASED  # patterns of abbreviations, which need capitals
            for match in pattern.finditer(text if cased else scan, start, end):
                span = read(match, text, today, first)
                if span is not None:
                    found.append(_with_weekday(span, text) if written_date else span)
    return without_overlaps(found)


def without_overlaps(spans: list[DaySpan]) -> list[DaySpan]:
    """The spans in order, a longer reading kept over a shorter one starting at the same place."""
    kept: list[DaySpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _with_weekday(span: DaySpan, text: str) -> DaySpan:
    """Extend a written date over a weekday just before it, and check that they agree."""
    prefix = _WEEKDAY_PREFIX.search(text, max(0, span.start - 20), span.start)
    if prefix is None or prefix.end() != span.start:
        return span
    named = WEEKDAYS.get(
        (prefix["wd"] or "").lower(), WEEKDAY_ABBREVIATIONS.get(prefix["abbr"] or "")
    )
    notes = span.notes
    if named is not None and named != span.day.weekday():
        notes += (f"weekday {prefix[0].strip(' ,.(')!r} does not match {span.day.isoformat()}",)
    return DaySpan(prefix.start(), span.end, span.day, notes)


def month_day(month: int, day: int, year: int | None, today: date) -> date | None:
    """The date of a month and day; without year, the first one on or after today - 45 days."""
    if year is not None:
        return _valid(year + 2000 if year < 100 else year, month, day)
    for candidate_year in (today.year - 1, today.year, today.year + 1):
        candidate = _valid(candidate_year, month, day)
        if candidate is not None and candidate >= today - PAST_GRACE:
            return candidate
    return None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(match: re.Match[str]) -> int | None:
    return int(match["y"]) if match["y"] else None


def _read_month_name(match: re.Match[str], text: str, today: date, _first: bool) -> DaySpan | None:
    if match["m"] in ("may", "march") and text[match.start("m")].islower():
        return None  # "2 may be", "we march 10 miles": English months are capitalised
    month = MONTHS[match["m"].lower()]
    day = month_day(month, int(match["d"]), _year(match), today)
    return None if day is None else DaySpan(match.start(), match.end(), day)


def _read_numeric(match: re.Match[str], _text: str, today: date, first: bool) -> DaySpan | None:
    a, b = int(match["a"]), int(match["b"])
    day_first = first or match["sep"] == "."
    day, month = (a, b) if day_first else (b, a)
    found = month_day(month, day, _year(match), today) if month <= 12 else None
    if found is None and day <= 12:  # "13/03" read the only way it can be
        found = month_day(day, month, _year(match), today)
    return None if found is None else DaySpan(match.start(), match.end(), found)


def _read_iso(match: re.Match[str], _text: str, today: date, _first: bool) -> DaySpan | None:
    day = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    return None if day is None else DaySpan(match.start(), match.end(), day)


def _read_short_numeric(
    match: re.Match[str], text: str, today: date, first: bool
) -> DaySpan | None:
    if not _SHORT_ANCHOR.search(text, max(0, match.start() - 14), match.start()):
        return None  # "24/7", scores and ratios: a bare "a/b" is a date only after "on", "by"...
    a, b = int(match["a"]), int(match["b"] or match["b2"])
    day_first = first or bool(match["dot"])
    day, month = (a, b) if day_first else (b, a)
    found = month_day(month, day, None, today) if month <= 12 else None
    if found is None and day <= 12:
        found = month_day(day, month, None, today)
    return None if found is None else DaySpan(match.start(), match.end(), found)


def _read_ordinal(match: re.Match[str], _text: str, today: date, _first: bool) -> DaySpan | None:
    wanted = int(match["d"] or match["d2"])
    month_start = today.replace(day=1)
    for months_ahead in range(3):
        year, month = divmod(month_start.month - 1 + months_ahead, 12)
        candidate = _valid(month_start.year + year, month + 1, wanted)
        if candidate is not None and candidate >= today:
            return DaySpan(match.start(), match.end(), candidate)
    return None


def _read_weekday_number(
    match: re.Match[str], _text: str, today: date, _first: bool
) -> DaySpan | None:
    """The date near `today` with that day of the month falling on that weekday; None when
    none does (the number is then something else, and the weekday is read alone)."""
    day = _day_of_month_on(today, WEEKDAYS[match["wd"].lower()], int(match["d"]))
    return None if day is None else DaySpan(match.start(), match.end(), day)


def _day_of_month_on(today: date, weekday: int, wanted: int) -> date | None:
    """The date near `today` whose day of the month is `wanted` and falls on `weekday`."""
    candidates = []
    for months_ahead in (-1, 0, 1, 2):
        year, month = divmod(today.month - 1 + months_ahead, 12)
        candidate = _valid(today.year + year, month + 1, wanted)
        if candidate is not None and candidate.weekday() == weekday:
            candidates.append(candidate)
    recent = [c for c in candidates if c >= today - timedelta(days=7)]
    if not recent:
        return None
    return min(recent, key=lambda c: (c < today, abs((c - today).days)))


def weekday_after(today: date, weekday: int, modifier: str = "") -> date:
    """The day a weekday names, seen from `today` (rules in mentions.py's docstring)."""
    ahead = (weekday - today.weekday()) % 7
    modifier = modifier.lower()
    if modifier in ("last", "past", "letzten", "dernier", "pasado"):
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    if modifier == "next" and today.weekday() < weekday:
        return today + timedelta(days=ahead + 7)  # "next Friday" on a Monday: not this week's
    if ahead == 0 and modifier not in ("this", "diesen", "este", "ce"):
        ahead = 7  # "Friday" written on a Friday means next week's: today would be "today"
    return today + timedelta(days=ahead)


def _read_chat_day_number(
    match: re.Match[str], _text: str, today: date, _first: bool
) -> DaySpan | None:
    """ "jue 12 a las 16h": the 12th when it falls on a Thursday (as _read_weekday_number)."""
    if match["ewd"]:
        weekday, number = _CHAT_ENGLISH[match["ewd"].lower()], match["ed"]
    else:
        weekday, number = _CHAT_DAYS[match["cwd"].lower()], match["d"]
    day = _day_of_month_on(today, weekday, int(number))
    return None if day is None else DaySpan(match.start(), match.end(), day)


def _read_weekday(match: re.Match[str], text: str, today: date, _first: bool) -> DaySpan | None:
    if match.re is _CHAT_BEFORE_TIME:
        weekday = _CHAT_DAYS[(match["fr"] or match["es"]).lower()]
        return DaySpan(
            match.start(), match.end(), weekday_after(today, weekday, ""), weekday_only=True
        )
    if match.re is _ABBREVIATED_BEFORE_TIME:
        weekday = WEEKDAY_ABBREVIATIONS[match["abbr"]]
    elif match.re is _GERMAN_BEFORE_TIME:
        if _ENGLISH_QUESTION_AFTER.match(text, match.end()):
            return None
        weekday = _GERMAN_ABBREVIATIONS[match["gabbr"]]
    else:
        weekday = WEEKDAYS[match["wd"].lower()]
    if _RANGE_BEFORE.search(text, max(0, match.start() - 24), match.start()) or _RANGE_AFTER.match(
        text, match.end()
    ):
        return None  # "Monday to Friday, 9am-5pm": opening hours, not a day
    abbreviated = match.re is _ABBREVIATED_BEFORE_TIME or match.re is _GERMAN_BEFORE_TIME
    modifier = "" if abbreviated else match["mod"] or match["post"] or ""
    if match.re is _WEEKDAY_ALONE and (match["nextweek"] or modifier.endswith(("week", "woche"))):
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return DaySpan(match.start(), match.end(), monday + timedelta(days=weekday))
    day = weekday_after(today, weekday, modifier)
    return DaySpan(match.start(), match.end(), day, weekday_only=True)


def _read_relative(match: re.Match[str], text: str, today: date, _first: bool) -> DaySpan | None:
    word = text[match.start("rel") : match.end("rel")]
    if word.lower() in ("morgen", "mañana") and (
        (word == "Morgen" and not _tomorrow_opening(text, match.start(), match.end()))
        or _MORNING_BEFORE.search(text, max(0, match.start() - 10), match.start())
    ):
        return None  # "Guten Morgen", "esta mañana": the morning, not tomorrow
    offset = RELATIVE_DAYS[" ".join(word.lower().split())]
    return DaySpan(match.start(), match.end(), today + timedelta(days=offset))


def _tomorrow_opening(text: str, start: int, end: int) -> bool:
    """A sentence opened by "Morgen" that is no greeting ("Morgen um 14 Uhr passt")."""
    return bool(
        _SENTENCE_START.search(text, max(0, start - 6), start)
        and not _GREETING.match(text, end)
        and _TIME_FOLLOWS.match(text, end)
    )


_Reader = Callable[[re.Match[str], str, date, bool], DaySpan | None]
# Weekday names all hold one of these: a cheap test that spares the scan in most windows.
_WEEKDAY_KEYS = ("day", "tag", "woch", "abend", "di", "es", "bado", "domingo")
_RELATIVE_KEYS = ("to", "tm", "heute", "morgen", "aujourd", "demain", "hoy", "mañana")
# (pattern, reader, whether it reads a written date (a weekday may precede it), words one of
# which the window must hold for the pattern to be tried; () for always)
_READERS: tuple[tuple[re.Pattern[str], _Reader, bool, tuple[str, ...]], ...] = (
    (_MONTH_DAY, _read_month_name, True, ()),
    (_DAY_MONTH, _read_month_name, True, ()),
    (_NUMERIC, _read_numeric, True, ("/", ".", "-")),
    (_ISO, _read_iso, True, ("-",)),
    (_SHORT_NUMERIC, _read_short_numeric, True, ("/", ".")),
    (_ORDINAL_DAY, _read_ordinal, True, ("the", "el d")),
    (_WEEKDAY_NUMBER, _read_weekday_number, False, _WEEKDAY_KEYS),
    (_WEEKDAY_ALONE, _read_weekday, False, _WEEKDAY_KEYS),
    (
        _ABBREVIATED_BEFORE_TIME,
        _read_weekday,
        False,
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    ),
    (_GERMAN_BEFORE_TIME, _read_weekday, False, ("mo", "di", "mi", "do", "fr")),
    (_CHAT_DAY_NUMBER, _read_chat_day_number, False, (*_CHAT_DAYS, *_CHAT_ENGLISH)),
    (_CHAT_BEFORE_TIME, _read_weekday, False, tuple(_CHAT_DAYS)),
    (_RELATIVE, _read_relative, False, _RELATIVE_KEYS),
)
