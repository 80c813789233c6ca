"""The day by which an employer says it will decide or get back ("by Friday", "end of next week").

Candidates are days (dates_days) and periods ("within two weeks", "early next week"); one
counts only in a clause about the employer's answer, or right after one, and never in a clause
that asks the candidate for something or is about start dates, applications or meetings.
"by/before/within/end of" candidates beat bare ones; then the first one written wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from followupd.business_days import BusinessCalendar
from followupd.dates_days import find_days
from followupd.dates_words import MONTHS, alternation, lowered, number_value


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    day: date
    strong: bool
    notes: tuple[str, ...] = ()


_CUE = re.compile(
    r"\b(?:decision|decid|get\s+back|come\s+back\s+to\s+you|circle\s+back|revert|"
    r"hear\s+(?:back\s+)?from\s+(?:us|me)|you(?:'ll|’ll|\s+will|\s+should)\s+hear|"
    r"let\s+you\s+know|inform\s+you|notify\s+you|(?:an?|any|more|further|some)\s+update|"
    r"update\s+you|news|answer|respond\s+to\s+you|response|feedback|outcome|result|next\s+steps|"
    r"be\s+in\s+touch|get\s+in\s+touch|reach\s+out|contact\s+you|follow\s+up\s+with\s+you|"
    r"wrap(?:ping)?\s+(?:\w+\s+)?up|finali[sz]|conclu|"
    r"make\s+(?:a\s+|an\s+|our\s+)?(?:final\s+)?(?:call|choice|selection|offer)|"
    r"entscheid|melden|rückmeldung|bescheid|antwort|zurückkommen|décision|décid|reviendr|"
    r"revenir\s+vers|réponse|retour|nouvelles|recontact|au\s+courant|decisión|decidir|"
    r"respuesta|escribir|contactar|noticias|novedades|informar)"
)
_NOT_OURS = re.compile(
    r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you|let\s+(?:us|me)\s+know|availab|apply|"
    r"your\s+(?:answer|decision|response|reply|acceptance|signature|thoughts|feedback)|"
    r"hear\s+(?:back\s+)?from\s+you|"
    r"applications?\s+(?:deadline|close)|deadline|start(?:ing)?\s+(?:on|date)|your\s+start|join\s+us|"
    r"onboarding|submit|complete\s+the|interview(?:s)?\s+(?:on|at|is|will\s+be)|call\s+on|"
    r"meet(?:s|ing)?\s+(?:on|at)|webinar|bitte|merci\s+de|veuillez|por\s+favor|disponib|verfügbar)"
)
# A day after "after" is when the answer starts to be possible, not when it is due.
_AFTER = re.compile(r"\b(?:after|following(?!\s+up)|once|nach|après|después)\b[^,;]*$")
# Not after a digit ("27. März") nor a one-letter word ("p.m.", "e.g.").
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b\w)[.!?]+(?=\s|$)|\n\s*\n")
SENTENCE_REACH = 400
MAX_AHEAD_DAYS = 366
_CLAUSE_BREAK = re.compile(
    r"[,;:]\s|\s[-–—]\s|\s(?:and|but|so|while|und|aber|mais|pero)\s|\set\s|\sy\s|\n"
)
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:by|before|until|till|no\s+later\s+than|on\s+or\s+before|ahead\s+of|bis(?:\s+zum)?|"
    r"spätestens(?:\s+am|\s+bis)?|d'ici|d’ici|avant(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|antes\s+del?|"
    r"a\s+más\s+tardar(?:\s+el)?|para\s+el|hasta\s+el)\s+(?:the\s+)?"
    r"(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
    r"(?:\s+on)?[\s,]+)?)$"
)

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
_PERIODS: tuple[tuple[re.Pattern[str], _Resolver, bool, tuple[str, ...]], ...] = tuple(
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


def decision_day(
    text: str, sent: datetime, calendar: BusinessCalendar
) -> tuple[date, int, int, tuple[str, ...]] | None:
    """(day, start, end, notes) of the employer's decision date, or None."""
    today = sent.date()
    scan = lowered(text)  # every pattern here is lowercase: faster than IGNORECASE
    best: _Candidate | None = None
    for start, end in _cue_sentences(scan):
        clauses = list(_clauses(scan, start, end))
        found = _candidates(text, scan, sent, calendar, (start, end))
        for candidate in sorted(found, key=_position):
            if candidate.day < today or not _is_about_our_answer(scan, candidate, clauses):
                continue
            if best is None or (candidate.strong and not best.strong):
                best = candidate
    if best is None:
        return None
    return best.day, best.start, best.end, best.notes


def _position(candidate: _Candidate) -> int:
    return candidate.start


def _cue_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence that speaks of an answer: only there can the date be."""
    cues = _CUE.finditer(text)
    last_end = -1
    for cue in cues:
        if cue.start() < last_end:
            continue
        floor = max(0, cue.start() - SENTENCE_REACH)
        start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, floor, cue.start())), default=floor
        )
        after = _SENTENCE_END.search(text, cue.end(), cue.end() + SENTENCE_REACH)
        last_end = after.end() if after else min(len(text), cue.end() + SENTENCE_REACH)
        yield start, last_end


def _candidates(
    text: str, scan: str, sent: datetime, calendar: BusinessCalendar, window: tuple[int, int]
) -> Iterator[_Candidate]:
    today = sent.date()
    start, end = window
    sentence = scan[start:end]
    taken: list[tuple[int, int]] = []
    for pattern, resolve, strong_phrase, keys in _PERIODS:
        if not any(key in sentence for key in keys):
            continue
        for match in pattern.finditer(scan, start, end):
            if any(s <= match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            day = resolve(match, today, calendar)
            if day is not None:
                first, last, strong = _with_marker(scan, match.start(), match.end(), strong_phrase)
                yield _Candidate(first, last, day, strong)
    for span in find_days(text, sent, windows=[(start, end)]):
        if not any(s <= span.start < e or span.start <= s < span.end for s, e in taken):
            first, last, strong = _with_marker(scan, span.start, span.end, False)
            yield _Candidate(first, last, span.day, strong, span.notes)


def _with_marker(text: str, start: int, end: int, strong: bool) -> tuple[int, int, bool]:
    """Widen a candidate over a "by", "before", "by end of day" written before it."""
    marker = _STRONG_BEFORE.search(text, max(0, start - 40), start)
    if marker is None:
        return start, end, strong
    return marker.start(), end, True


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of every clause of the sentence text[start:end]."""
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        yield start, brk.start()
        start = brk.end()
    yield start, end


def _is_about_our_answer(text: str, candidate: _Candidate, clauses: list[tuple[int, int]]) -> bool:
    index = next(
        (i for i, (s, e) in enumerate(clauses) if s <= candidate.start < max(e, s + 1)), None
    )
    if index is None:
        return False
    start, end = clauses[index]
    end = max(end, candidate.end)
    if _NOT_OURS.search(text, start, end) or _AFTER.search(text, start, candidate.start):
        return False
    if _CUE.search(text, start, end):
        return True
    # "We'll be in touch, hopefully by Friday": the answer is spoken of just before; or
    # "By Friday, we'll have an answer": a by-phrase opening the sentence.
    neighbours = [clauses[index - 1]] if index > 0 else []
    if index == 0 and candidate.strong and len(clauses) > 1:
        neighbours.append(clauses[1])
    return any(_CUE.search(text, s, e) and not _NOT_OURS.search(text, s, e) for s, e in neighbours)
