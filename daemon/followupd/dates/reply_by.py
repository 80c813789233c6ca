"""The day an offer asks the candidate to answer by ("we'd love to have your answer by March 27").

The mirror of decision.py: there the employer promises its own answer; here it asks for the
candidate's. A day counts only in a clause that asks for the candidate's answer, acceptance or
signature, or says how long the offer stands ("valid until", "gültig bis"), or in the clause
right after one; never in a clause about the start date or the first day of work. "by/until/
bis/d'ici/antes del" phrases beat bare days, then the first one written wins. In English,
German, French and Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.days import find_days
from followupd.dates.periods import PERIODS
from followupd.dates.words import MONTHS, alternation, lowered

MAX_TEXT = 20_000
_ASKS = re.compile(
    r"\b(?:your\s+(?:answer|decision|response|reply|acceptance|signature|confirmation|thoughts)"
    r"|let\s+(?:us|me)\s+know|get\s+back\s+to\s+(?:us|me)|hear\s+(?:back\s+)?from\s+you"
    r"|respond|reply|accept|confirm|sign(?:ed)?\b|countersign|return\s+the"
    r"|(?:valid|open|stands?|available)\s+(?:until|till|through)|expire|deadline"
    r"|ihre?\s+(?:rückmeldung|antwort|entscheidung|zusage|unterschrift|bestätigung)"
    r"|(?:uns|mir)\s+(?:bitte\s+)?(?:bescheid|mit|rückmeldung|antwort)|zurückmelden|zusagen"
    r"|unterschr|unterzeichn|zurücksenden|gültig|befristet|frist|bescheid"
    r"|votre\s+(?:réponse|décision|retour|accord|signature|acceptation)"
    r"|(?:nous|me)\s+(?:faire\s+part|répondre|confirmer|revenir|indiquer|faire\s+savoir)"
    r"|valable\s+jusqu|sign(?:er|é)|retourner|accepter"
    r"|(?:su|tu)\s+(?:respuesta|decisión|confirmación|aceptación|firma)"
    r"|(?:nos|me)\s+(?:confirm|indiqu|dig|comuniqu|respond|contest|hag)|confirmar|aceptar"
    r"|firmar|responder|válid[ao]\s+hasta|vigente\s+hasta|plazo)"
)
# About the first day of work, not the answer: "start on April 6", "Eintritt zum 1. Mai".
_NOT_THE_ANSWER = re.compile(
    r"\b(?:start|starting|begin|first\s+day|join(?:ing)?\s+(?:us|the\s+team)|onboarding"
    r"|orientation|eintritt|arbeitsbeginn|beginn|anfangen|erste[rn]?\s+arbeitstag|starttermin"
    r"|prise\s+de\s+poste|début|démarr|commencer|arrivée|intégr"
    r"|incorpor|fecha\s+de\s+inicio|empezar|comenzar)"
)
# A full stop ends a sentence, except in an abbreviation ("p.m.") or a German date ("27. März").
_SENTENCE_END = re.compile(
    rf"(?<!\b[^\W\d])[.!?]+(?=\s|$)(?<!\d\.(?=\s+(?:{alternation(MONTHS)})\b))|\n\s*\n"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[-–—]\s|\s(?:and|but|so|und|aber|mais|pero)\s|\n")
_STRONG_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|on\s+or\s+before|bis(?:\s+zum)?|bis\s+spätestens"
    r"|spätestens(?:\s+am|\s+bis)?|d['’]ici(?:\s+le)?|avant(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?"
    r"|jusqu['’]au|antes\s+del?|a\s+más\s+tardar(?:\s+el)?|hasta\s+el|para\s+el)\s+(?:the\s+)?"
    r"(?:(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
    r"(?:\s+on)?[\s,]+)?$"
)
_WEEKDAYS_ONLY = BusinessCalendar()


@dataclass(frozen=True, slots=True)
class ReplyBy:
    day: date
    text: str  # the phrase it was read from ("by March 27")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    day: date
    strong: bool


def find_reply_by(
    text: str, sent: datetime, calendar: BusinessCalendar | None = None
) -> ReplyBy | None:
    """The day the text asks the candidate to answer by, if it names one."""
    text = text[:MAX_TEXT]
    scan = lowered(text)
    best: _Candidate | None = None
    for start, end in _sentences_asking(scan):
        clauses = list(_clauses(scan, start, end))
        window = (start, end)
        for candidate in _candidates(text, scan, sent, calendar or _WEEKDAYS_ONLY, window):
            if candidate.day < sent.date() or not _asks_in(scan, candidate, clauses):
                continue
            if best is None or (candidate.strong and not best.strong):
                best = candidate
    return ReplyBy(best.day, text[best.start : best.end]) if best else None


def _sentences_asking(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for end_mark in [*_SENTENCE_END.finditer(text), None]:
        end = end_mark.end() if end_mark else len(text)
        if _ASKS.search(text, start, end):
            yield start, end
        start = end


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        yield start, brk.start()
        start = brk.end()
    yield start, end


def _candidates(
    text: str, scan: str, sent: datetime, calendar: BusinessCalendar, window: tuple[int, int]
) -> Iterator[_Candidate]:
    start, end = window
    taken: list[tuple[int, int]] = []
    for pattern, resolve, strong, _keys in PERIODS:
        for match in pattern.finditer(scan, start, end):
            day = resolve(match, sent.date(), calendar)
            if day is not None:
                taken.append(match.span())
                yield _marked(scan, match.start(), match.end(), day, strong)
    for span in find_days(text, sent, windows=[(start, end)]):
        if not any(s <= span.start < e for s, e in taken):
            yield _marked(scan, span.start, span.end, span.day, False)


def _marked(text: str, start: int, end: int, day: date, strong: bool) -> _Candidate:
    marker = _STRONG_BEFORE.search(text, max(0, start - 40), start)
    if marker is None:
        return _Candidate(start, end, day, strong)
    return _Candidate(marker.start(), end, day, True)


def _asks_in(text: str, candidate: _Candidate, clauses: list[tuple[int, int]]) -> bool:
    """The candidate's clause asks for the answer (or the one before it does), and it is not
    about the first day of work."""
    index = next((i for i, (s, e) in enumerate(clauses) if s <= candidate.start < e), None)
    if index is None:
        return False
    start, end = clauses[index]
    if _NOT_THE_ANSWER.search(text, start, max(end, candidate.end)):
        return False
    if _ASKS.search(text, start, max(end, candidate.end)):
        return True
    return index > 0 and _ASKS.search(text, *clauses[index - 1]) is not None
