"""The day by which an employer says it will decide or get back ("by Friday", "end of next week").

Candidates are days (dates_days), periods ("within two weeks", "early next week", "bis Ende
Monat"), named weeks ("Ende KW 17", "the week of July 6", named_weeks) and answers promised
relative to a dated event ("shortly after that meeting", after_event); one counts only in a
clause about the employer's answer, or right after one, and never in a clause that asks the
candidate for something or is about start dates, applications or meetings.
"by/before/within/end of/at the latest" candidates beat bare ones; then the first one written
wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from followupd.dates.after_event import after_event_days, may_follow_event
from followupd.dates.alternation import by_first_letter, split_alternatives
from followupd.dates.business_days import BusinessCalendar
from followupd.dates.days import DaySpan, find_days
from followupd.dates.named_weeks import NAMED_WEEKS, week_of, week_of_day
from followupd.dates.periods import PERIODS, Period, Resolver
from followupd.dates.words import lowered

_Run = tuple[tuple[str, ...], tuple[tuple[re.Pattern[str], Resolver, bool], ...]]


def _runs(periods: tuple[Period, ...]) -> tuple[_Run, ...]:
    """The periods in order, each run of them that share their key words as one: a sentence
    is tested for the words once per run, not once per pattern."""
    runs: list[tuple[tuple[str, ...], list[tuple[re.Pattern[str], Resolver, bool]]]] = []
    for pattern, resolve, strong, keys in periods:
        if not runs or runs[-1][0] is not keys:
            runs.append((keys, []))
        runs[-1][1].append((pattern, resolve, strong))
    return tuple((keys, tuple(patterns)) for keys, patterns in runs)


_PERIOD_RUNS = _runs(NAMED_WEEKS + PERIODS)  # "in week 17" is week 17, not "in a week"


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    day: date
    strong: bool
    notes: tuple[str, ...] = ()
    marked: bool = False  # a "by", "before", "at the latest" is written with it


# (grouped by first letter: alternation.py)
_CUE_WORDS = (
    r"decision|decid|get\s+back|come\s+back\s+to\s+you|circle\s+back|revert|"
    r"hear\s+(?:back\s+)?from\s+(?:us|me)|you(?:'ll|’ll|\s+will|\s+should)\s+hear|"
    r"let\s+you\s+know|inform\s+you|notify\s+you|(?:an?|any|more|further|some)\s+update|"
    r"update\s+you|news|answer|respond\s+to\s+you|response|feedback|outcome|result|next\s+steps|"
    r"be\s+in\s+touch|get\s+in\s+touch|back\s+in\s+touch|reach\s+out|contact\s+you|"
    r"follow\s+up\s+with\s+you|know\s+more|weiß\s+(?:ich|wir)|wissen\s+wir|"
    r"en\s+saur\w+\s+(?:plus|davantage)|en\s+savoir\s+(?:plus|davantage)|sabr[ée]\w*\s+más|"
    r"wrap(?:ping)?\s+(?:\w+\s+)?up|finali[sz]|conclu|"
    r"make\s+(?:a\s+|an\s+|our\s+)?(?:final\s+)?(?:call|choice|selection|offer)|"
    r"(?:(?:aim|hope|try|expect|plan)\s+to|will|shall|ll)\s+(?:respond|reply)|reconnect|"
    r"touch\s+base|ping\s+you|yes\s+or\s+no|"
    r"who\s+(?:moves|goes|progresses|proceeds)\s+(?:on|forward|through)|wie\s+es\s+weitergeht|"
    r"drop\s+you\s+a\s+(?:line|note)|keep\s+you\s+(?:posted|updated|informed)|clarity|"
    r"(?:complet|finish|clos)(?:e|es|ed|ing)?\s+(?:our|the|this)\s+(?:\w+\s+)?"
    r"(?:review|process|search|selection|assessment|interviews)|"
    r"entscheid|melden|meld(?:e|et)\s+(?:mich|uns|sich)|rückmeldung|bescheid|antwort|zurückkommen|k"
    r"larheit|informieren|"
    r"benachrichtig|ergebnis|neuigkeiten|zwischenstand|in\s+verbindung|von\s+uns\s+hören|"
    r"nachricht\s+(?:geben|zukommen|senden|schicken)|"
    r"hören\s+von\s+uns|(?:sie|du)\s+hören|hören\s+(?:sie|du)\b|abschließ|abzuschließen|"
    r"abgeschlossen\s+(?:sein|haben)|"
    # more time asked for is the answer's delay ("gib uns noch zwei Wochen", "another week")
    r"(?:need|give\s+us|allow\s+us|take)\s+(?:another|\w+\s+more)|"
    r"(?:brauchen|benötigen|gib\s+uns|geben\s+sie\s+uns)\s+noch|"
    r"(?:faut|besoin\s+d[e']|laissez-nous|laisse-nous)\s+encore|"
    r"(?:necesitamos|danos|denos|dennos)\s+(?:otr[oa]s|\w+\s+(?:semanas|días)\s+más)|"
    r"serez\s+informée?s?|(?:te|le|os)\s+escrib(?:iré|iremos|imos)|"
    # the user will learn it ("erfahren Sie bis spätestens", "vous saurez", "le estaré contando")
    r"erfahr(?:en|st|t)\s+(?:sie|du|ihr)\s+(?:\w+\s+)?(?:bis|spätestens|innerhalb|in\s+den|zeitnah"
    r"|bald|am)|(?:sie|du)\s+erfahr\w*\s+(?:\w+\s+)?(?:bis|spätestens|innerhalb|in\s+den|zeitnah"
    r"|bald|am)|you(?:'ll|’ll|\s+will)\s+know\s+(?:for\s+sure\s+|more\s+)?(?:by|before|within|on"
    r"|no\s+later)|"
    r"vous\s+saurez|tu\s+sauras|"
    r"(?:te|le|les|os)\s+estar(?:é|emos)\s+(?:contando|escribiendo|avisando|informando"
    r"|confirmando)(?!\s+para\s+(?:pedir|solicitar|que|hablar))|"
    # ("en cuanto tengamos algo te escribo, calculo que antes del viernes"; not "te escribo
    # porque...", the writing of now)
    r"(?:te|le|os)\s+escribo(?=\s*[,.;]|\s*$|\s+(?:en\s+cuanto|cuando|apenas|antes|mañana))|"
    r"décision|décid|tranch(?:er|era|erons|eront|é|ons|e)\b(?!\s+(?:horaire|d['’]|de\b))|reviendr|r"
    r"evenir\s+vers|reviens\s+vers|revenons\s+vers|réponse|répondr|retour|"
    r"nouvelles|recontact|"
    r"au\s+courant|communiquer|vous\s+informer|tiendr\w*\s+inform|tenir\s+inform|clarté|"
    r"visibilité|(?:faire|ferons|ferai|fera)\s+signe|"
    r"(?:vous|te)\s+(?:dirai|dirons|dis\s+(?:ça|cela|quoi|tout))|"
    r"boucler|clôtur|(?:terminer|compléter|achever)\s+(?:le|notre|ce|cette|les|nos)\s+(?:\w+\s+)?"
    r"(?:processus|recrutement|sélection|entretiens|étape|analyse)|"
    r"decisión|decidir|respuesta|escribir|contactar|noticias|novedades|informar|responder|"
    r"respondemos|contestamos|"
    r"(?:te|le|les|os)\s+(?:digo\s+algo|diré|diremos|dirá|avisar|avisamos|comunicar|contestar|"
    r"contesto|cuento)|"
    r"defini(?:ción|r|remos|mos)|claridad|resolución|cierre\s+del\s+proceso|"
    r"(?:cerrar|cerraremos|terminar|terminaremos|completar|completaremos)\s+(?:el|la|los|este|esta)"
    r"\s+(?:\w+\s+)?(?:proceso|selección|entrevistas|evaluación)"
)
_CUE = re.compile(r"\b" + by_first_letter(split_alternatives(_CUE_WORDS)))
_NOT_OURS = re.compile(
    r"\b(?:please|kindly|could\s+you|can\s+you|would\s+you|let\s+(?:us|me)\s+know|availab|apply|"
    r"your\s+(?:answer|decision|response|reply|acceptance|signature|thoughts|feedback)|"
    r"vo(?:tre|s)\s+(?:réponse|décision|retour|accord|signature)|tu\s+(?:respuesta|decisión)|"
    r"hear\s+(?:back\s+)?from\s+you|"
    # someone away until the day ("está de viaje hasta el 20", "im Urlaub bis zum 14.")
    r"de\s+viaje|de\s+vacaciones|travell?ing|on\s+(?:holiday|vacation|leave)|away\s+until|"
    r"out\s+of\s+(?:the\s+)?office|im\s+urlaub|auf\s+dienstreise|en\s+(?:congé|déplacement|"
    r"vacances)|"
    r"applications?\s+(?:deadline|close)|deadline|start(?:ing)?\s+(?:on|date)|"
    r"your\s+start|join\s+us|"
    # a job board's tip about employers in general ("viele Arbeitgeber melden sich innerhalb
    # von 14 Tagen"), not this employer's word
    r"(?:many|most)\s+(?:employers|companies)|(?:employers|companies|recruiters)\s+(?:usually|"
    r"typically|"
    r"often|generally)|viele\s+arbeitgeber|die\s+meisten\s+(?:arbeitgeber|unternehmen)|"
    r"la\s+plupart\s+des\s+(?:recruteurs|employeurs|entreprises)|muchas\s+empresas|las\s+empresas\s"
    r"+suelen|(?:arbeitgeber|unternehmen|firmen)\s+(?:melden|antworten)\w*\s+(?:sich\s+)?(?:in\s+de"
    r"r\s+regel|meist|oft|normalerweise)|les\s+(?:recruteurs|entreprises)\s+\w+\s+(?:généralement|s"
    r"ouvent)|"
    r"onboarding|submit|complete\s+the|interview(?:s)?\s+(?:on|at|is|will\s+be)|call\s+on|"
    r"meet(?:s|ing)?\s+(?:on|at)|sitzung\s+am|tagt\s+am|réuni\w*\s+(?:le|du)|réunion\s+(?:le|du)|"
    r"reún\w*\s+el|reunión\s+del?|webinar|bitte|merci\s+de|veuillez|por\s+favor|disponib|verfügbar|"
    r"confirmed\s+for|confirmée?\s+pour|confirmad[ao]\s+para|bestätigt\s+für|"
    r"you\s+(?:can|may)(?!\s+expect)|"
    r"vous\s+(?:pouvez|pourrez)(?!\s+(?:vous\s+)?(?:attendre|compter))|"
    r"puedes(?!\s+esperar)|podrás(?!\s+esperar)|puede\s+usted|"
    r"request\b|requesting|demande\s+de|solicitar|anfordern|beantragen|"
    # other candidates' interviews ("two more candidates coming in early next week"; not "we'll
    # decide by Friday once we have met the other candidates")
    r"(?:other|more|further)\s+candidates\s+(?:coming|come|in\s+for|next)|coming\s+in\b|"
    r"weitere\s+(?:kandidat|bewerber)\w*\s+(?:kommen|kommt)|autres\s+candidats?\s+(?:passent|vienne"
    r"nt)"
    r"|otr[oa]s\s+candidat\w*\s+(?:vienen|pasan))"
)
# The date that will be missed, in the clause that names it: "nous ne sommes pas en mesure de
# vous répondre aujourd'hui comme prévu", "not by Friday as promised".
_MISSED = re.compile(
    r"(?:\bnot\s+(?:be\s+)?able|\bunable|\bcan(?:no|')t|\bwon't\s+be\s+able|\bpas\s+en\s+mesure"
    r"|\b(?:not|won't\s+be|will\s+not\s+be)\s+(?:yet\s+)?in\s+a\s+position"
    r"|\bne\s+(?:pourrons|pouvons|pourrai|peux)\s+pas|\bnicht\s+in\s+der\s+lage|\bkönnen\s+"
    r"(?:\w+\s+){0,3}nicht|\bno\s+(?:podremos|podemos|vamos\s+a\s+poder|podré|puedo)"
    r"|\bno\s+(?:estaremos|estamos|estaré|estoy)\s+en\s+(?:condiciones|disposición))\b[^.\n]{0,80}"
    r"\b(?:as\s+(?:planned|promised|announced|(?:we|i)(?:'d|\s+had|\s+would)?\s+(?:hoped|expected"
    r"|said|mentioned|anticipated))|comme\s+(?:prévu|promis|annoncé|(?:nous|je)\s+l['’](?:avions"
    r"|avais|espérions|espérais)(?:\s+(?:prévu|espéré|annoncé|indiqué))?)|wie\s+(?:geplant"
    r"|versprochen|angekündigt|erhofft|gehofft|vorgesehen|zugesagt)|como\s+(?:estaba\s+)?"
    r"(?:previsto|prometido|prometimos|anunciado|esperábamos|habíamos\s+previsto))\b"
)
# Someone away until the day, the "until" in the candidate: "she's away until Monday".
_AWAY_BEFORE = re.compile(
    r"\b(?:away|abroad|on\s+leave|out\s+of\s+(?:the\s+)?office|abwesend|verreist|absente?"
    r"|fuera|ausente|de\s+viaje)\s*$"
)
_OFF_BEFORE = re.compile(r"\b(?:off|out)\s*$")
_UNTIL = re.compile(r"(?:until|till|bis|jusqu|hasta)\b")
# A promise made before and broken in the same sentence: "ich hatte Ihnen eine Rückmeldung bis
# morgen, 23. Oktober, zugesagt – diesen Termin werden wir leider nicht halten können".
_PROMISED_BEFORE = re.compile(
    r"\b(?:(?:i|we) (?:told|promised) you|(?:had|hatte|hatten|avais|avait|avions|había|habíamos)"
    r"\b[^\n]{0,100}?\b(?:promised"
    r"|said|told you|committed|zugesagt|versprochen|angekündigt|promis|annoncé|indiqué|prometido"
    r"|dicho|indicado|comprometido))\b"
)
# (the promise itself not kept: not "I can't share interim feedback before then")
_CANNOT = re.compile(
    r"\b(?:won't|will not|can't|cannot|unable to|not be able to|won't be able to|not going to)"
    r" (?:make|keep|meet"
    r"|hold to|stick to|manage|honou?r)\b|\bnicht (?:halten|einhalten|schaffen)\b|\bne (?:pourrons"
    r"|pourrai|pouvons|pourra) pas (?:tenir|respecter|honorer)\b|\bpas (?:en mesure|possible) de"
    r" (?:tenir|respecter)\b|\bno (?:podremos|podré|vamos a poder|podemos) (?:cumplir|mantener"
    r"|respetar)\b|\bno vamos a poder[.!]|\b(?:das|dies) ist (?:leider |aber )?nicht (?:möglich"
    r"|machbar)\b|\bce n'est (?:malheureusement |hélas )?pas possible\b|\bno (?:es|será) posible\b"
    r"|\b(?:no longer|not) possible\b|\bklappt (?:leider |aber )?nicht\b|\bpas possible\b"
)
# A day after "after" is when the answer starts to be possible, not when it is due; unless
# a main clause has begun in between ("After this call we expect to decide by Friday").
_AFTER = re.compile(
    r"\b(?:after|following(?!\s+up)|once|après|después"
    # (not "nach jetzigem Stand", "nach Plan": as things stand)
    r"|nach(?!\s+(?:(?:dem\s+)?(?:jetzige[mn]|aktuelle[mn]|derzeitige[mn]|heutige[mn]|momentane[mn]"
    r"|bisherige[mn]|unsere[mn])\s+(?:stand|kenntnisstand|planungsstand|plan|zeitplan)|aktueller\s+"
    r"planung|plan|möglichkeit)\b))\b(?=[^,;]*$)"
)
# "the end of the week after your interview": a week counted from an event, not from the
# message's day (a day written for it is read by after_event.py); "the week after next" is not.
_FROM_EVENT = re.compile(
    r"\s+(?:after|following|nach|après|suivant|qui\s+suit|después\s+de|tras)\s+(?:the|your|our|"
    r"dem|der|ihrem|ihrer|deinem|deiner|unserem|unserer|votre|ton|notre|la|le|l['’]|vos|tu|su|el|"
    r"nuestra|nuestro)\b"
)
_NAMES_NOW = re.compile(
    r"\b(?:next|this|coming|current|nächst|kommend|dies|laufend|prochain|cette|ce|próxim|este|"
    r"esta|que\s+viene)"
)
_MAIN_CLAUSE = re.compile(
    r"\b(?:we|i|you|they|wir|nous)(?:['’](?:ll|d)|\s+(?:will|shall|should|would|expect|hope|plan|"
    r"aim|intend|are\s+(?:aiming|planning|hoping|going|looking)|werden|allons|pensons|comptons|"
    r"espérons|prévoyons))\b"
)
# Not after a digit ("27. März") nor a one-letter word ("p.m.", "e.g.").
# (each alternative starts with its literal, the lookbehinds after it: re then skips to
# the stops instead of trying every position of the text)
_SENTENCE_END = re.compile(
    "|".join(rf"\{stop}(?<!\d\{stop})(?<!\b\w\{stop})[.!?]*(?=\s|$)" for stop in ".!?")
    + r"|\n\s*\n"
)
SENTENCE_REACH = 400
_CLAUSE_BREAK = re.compile(
    r"[,;:]\s|\s[-–—]\s|\s(?:and|but|so|while|und|aber|mais|pero)\s|\set\s|\sy\s|\n"
)
# A new main clause joined on ("... until the 20th and is the one who decides"): what it says
# is not about the date before it.
_JOINS_CLAUSES = re.compile(r"\s(?:and|but|so|while|und|aber|mais|pero|et|y)\s|[;:]")
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:by|before|until|till|no\s+later\s+than|on\s+or\s+before|ahead\s+of|bis(?:\s+zum)?|"
    r"spätestens(?:\s+am|\s+bis)?|d['’]ici(?:\s+le)?|avant(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|ant"
    r"es\s+del?|"
    r"a\s+más\s+tardar(?:\s+el)?|para\s+el|hasta\s+el)\s+(?:the\s+)?"
    r"(?:(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
    r"(?:\s+on)?[\s,]+)?)$"
)
# "Friday at the latest", "vendredi au plus tard", "el miércoles como muy tarde".
_STRONG_AFTER = re.compile(
    r"[\s,]*(?:(?:prochain|próximo|que\s+viene),?\s*)?(?:at\s+the\s+(?:very\s+)?latest"
    r"|au\s+plus\s+tard|(?:aller)?spätestens|como\s+(?:muy\s+tarde|máximo)|a\s+más\s+tardar"
    r"|lo\s+más\s+tarde)\b"
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
        broken = _broken_at(scan, start, end)
        for candidate in sorted(found, key=_position):
            if candidate.day < today or not _is_about_our_answer(scan, candidate, clauses):
                continue
            if candidate.start < broken:
                continue
            if best is None or (candidate.strong and not best.strong):
                best = candidate
    if best is None:
        return None
    return best.day, best.start, best.end, best.notes


def _broken_at(scan: str, start: int, end: int) -> int:
    """Where a sentence says a promise it made before will not be kept (the days before that
    are the promise's), or -1."""
    promised = _PROMISED_BEFORE.search(scan, start, end)
    cannot = _CANNOT.search(scan, promised.end(), end) if promised else None
    return cannot.start() if cannot else -1


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
    if may_follow_event(sentence):
        before = _sentence_before(scan, start)
        for first, last, event in after_event_days(text, scan, sent, calendar, (before, *window)):
            taken.append((first, last))
            yield _Candidate(first, last, event, True)
    for keys, patterns in _PERIOD_RUNS:
        if not any(map(sentence.__contains__, keys)):
            continue
        for pattern, resolve, strong_phrase in patterns:
            for match in pattern.finditer(scan, start, end):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                if _counted_from_event(scan, match):
                    continue
                day = resolve(match, today, calendar)
                if day is not None:
                    first, last, marked = _with_marker(scan, match.start(), match.end())
                    yield _Candidate(first, last, day, strong_phrase or marked, marked=marked)
    for span in find_days(text, sent, windows=[(start, end)]):
        if not any(s <= span.start < e or span.start <= s < span.end for s, e in taken):
            yield _day_candidate(scan, span, calendar)


def _counted_from_event(scan: str, match: re.Match[str]) -> bool:
    return bool(_FROM_EVENT.match(scan, match.end())) and not _NAMES_NOW.search(match.group())


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one starting at `start` starts."""
    floor = max(0, start - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, start) if m.end() < start]
    return ends[-1] if ends else floor


def _day_candidate(scan: str, span: DaySpan, calendar: BusinessCalendar) -> _Candidate:
    """A day written in the sentence; "the week of July 6" is that week's last business day."""
    week_start = week_of_day(scan, span.start)
    if week_start is None:
        first, last, marked = _with_marker(scan, span.start, span.end)
        return _Candidate(first, last, span.day, marked, span.notes, marked)
    first, last, marked = _with_marker(scan, week_start, span.end)
    return _Candidate(first, last, week_of(span.day, calendar), True, span.notes, marked)


def _with_marker(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """(start, end, whether marked) of a candidate widened over a "by", "before", "by end of
    day" written before it or an "at the latest" written after it."""
    after = _STRONG_AFTER.match(text, end)
    end = after.end() if after else end
    marker = _STRONG_BEFORE.search(text, max(0, start - 40), start)
    if marker is None:
        return start, end, after is not None
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
    # (not inside the candidate: "shortly after the meeting on June 8" names a meeting)
    around = ((start, candidate.start), (candidate.end, end))
    if any(_NOT_OURS.search(text, s, e) for s, e in around) or _MISSED.search(text, start, end):
        return False
    if _someone_away(text, start, candidate.start):
        return False
    if _after_clause(text, start, candidate.start):
        return False
    if _CUE.search(text, start, end):
        return True
    # "We'll be in touch, hopefully by Friday": the answer is spoken of just before; or
    # "By Friday, March 20, we'll have an answer": a by-phrase opening the sentence; a
    # deadline ("we finish interviews by Friday, and..."), not a span inside a clause about
    # something else ("we see two more over the next fortnight, and...").
    neighbours = [clauses[index - 1]] if index > 0 else []
    opens = candidate.marked or len(text[start : candidate.start].split()) <= 1
    # (or a "by" date set off by commas before the verb: "Ihnen bis spätestens Freitag, den
    # 8. Mai, eine Rückmeldung geben")
    after = [c for c in clauses if c[0] >= candidate.end][:1]
    gap = text[candidate.end : after[0][0]] if after else ""
    set_off = bool(after) and len(gap.split()) <= 3 and not _JOINS_CLAUSES.search(gap)
    if (index == 0 and candidate.strong and opens) or (candidate.marked and set_off):
        neighbours += after
    return any(_CUE.search(text, s, e) and not _NOT_OURS.search(text, s, e) for s, e in neighbours)


def _someone_away(text: str, start: int, at: int) -> bool:
    """Whether the day at `at` is someone's return: "she's away until Monday", "off until
    Monday" (not "sign off Friday")."""
    if _AWAY_BEFORE.search(text, max(start, at - 30), at):
        return True
    return bool(_OFF_BEFORE.search(text, max(start, at - 10), at) and _UNTIL.match(text, at))


def _after_clause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends inside an "after ..." phrase (no main clause begun since)."""
    return any(
        not _MAIN_CLAUSE.search(text, a.end(), end) for a in _AFTER.finditer(text, start, end)
    )
