"""People the prose of a message introduces as met (panel.py gathers them into sessions).

After a phrase that introduces people ("You'll meet Rafael Ortiz (Head of Data) and Ines
Carvalho", "Sie sprechen mit ...", "vous rencontrerez ...", "te reunirás con ..."), or in the
list under such a phrase ending its line; under a label at the start of a line ("Interviewers:",
"With:", "Jury :"); before "will join" ("Sophie Adeyemi from our risk team will join us"); after
a plain "with" in a sentence about the interview ("at 10:00 (UK time) with Martin Cole"). A
sentence looking back ("thanks for your call with Dana") or about reaching someone introduces
nobody. The phrases are matched on lowercased text (several times faster than IGNORECASE);
the names are read from the text as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from followupd.dates import by_first_letter, letter_first, split_alternatives
from followupd.understand.names import Named, people_in, same_person
from followupd.understand.sentences import split_sentences, unwrap

# (every pattern below is lowercase: it runs on lowercased text)
_MEETS = (
    r"\byou(?:'ll|’ll| will)(?: also)?(?: be)? (?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?"
    r"|chat(?:ting)?|interview(?:ing)?)(?: (?:with|to))?\b"
    r"|\byou(?:'re|’re| are) (?:scheduled|booked|set up|confirmed)"
    r" (?:to (?:meet|speak|talk) )?with\b"
    r"|\b(?:interviews?|conversations?|calls?|chats?|sessions?|meetings?|screen|discussion|panel)"
    r"(?: will be| is| are)? with\b"
    r"|\byour interviewers? (?:will be|is|are|include|includes)\b"
    r"|\bthe panel (?:will )?(?:include|includes|consists? of|is|will be)\b"
    r"|\bthe (?:interview )?(?:panel|board) (?:will )?(?:comprise|be made up of|consist of)\b"
    r"|\b(?:der|dem) (?:auswahl|berufungs)?(?:kommission|jury|gremium) (?:gehören|gehört)\b"
    r"|\b(?:le jury|la commission|le comité)(?: de sélection| d'entretien| de recrutement)?"
    r" (?:sera|est) composée? de\b"
    r"|\b(?:el tribunal|la comisión|el comité)(?: de selección| evaluador)? (?:estará|está)"
    r" (?:formad|compuest|integrad)[oa] por\b"
    r"|\bjoined by\b"
    r"|\bsie (?:treffen|sprechen mit|lernen)\b"
    r"|\b(?:gespräch\w*|interview\w*|termin|austausch|telefonat|videocall|call|kennenlernen)"
    r"\s+mit\b"
    r"|\bgesprächspartner(?:in|innen)?\s*(?:sind|ist|:|werden)"
    r"|\bvous (?:rencontrerez|allez rencontrer|échangerez avec|allez échanger avec"
    r"|serez reçue? par|verrez|aurez (?:un |des )?(?:entretiens?|échanges?) avec)"
    r"|\b(?:entretiens?|échanges?|rendez-vous|rencontres?|appel|visio|discussion)\s+avec\b"
    r"|\ben présence de\b"
    r"|\b(?:te reunirás|se reunirá|conocerás a|hablarás con|te entrevistarán?|vas a conocer a"
    r"|vas a hablar con|tendrás (?:una )?(?:entrevistas?|reuniones?|charlas?) con)\b"
    r"|\b(?:entrevistas?|reuniones?|reunión|charlas?|conversación|conversaciones|llamada"
    r"|videollamada)\s+con\b"
    r"|\b(?:chaired|led|conducted|run|hosted|facilitated|geleitet|animé|animée|dirigida)"
    r" (?:by|von|par|por)\b"
    # (the interview named first: not "ein Familienbetrieb, geführt von Herrn Huber")
    r"|\b(?:gespräch|interview)\w* (?:\w+ ){0,4}?(?:geführt|durchgeführt) (?:von|durch)\b"
    r"|\bentretien\w* (?:\w+ ){0,3}?(?:mené|menée|conduit) par\b|\bil sera (?:mené|conduit) par\b"
    r"|\bentrevista\w* (?:\w+ ){0,3}?(?:realizada|conducida|hecha) por\b"
    # "Das Gespräch führen Herr Mag. Stefan Gruber, ... sowie Herr Mag. Peter Novak"
    r"|\b(?:das|ihr|dein) (?:\w+)?(?:gespräch|interview) (?:führen|führt)\b"
    r"|\b(?:nehmen|nimmt)(?: (?:auch|außerdem|ebenfalls))?\b"
    r"|\bnous serons(?: (?:deux|trois|quatre))?\s*:"
    r"|\bvous serez (?:reçue?|accueillie?) par\b"
    r"|\b(?:estaremos|estarán|vas a estar con|estarás con|te atender(?:á|án)|participar(?:á|án)"
    r"|te entrevistar(?:emos|án)|(?:la|lo) har(?:emos|án)"
    r"|te acompañar(?:á|án))\b"
)
# "Sophie Adeyemi from our risk team will join us": the people come before the words.
_JOINING = (
    r"\b(?:will|'ll|’ll)(?: also)? (?:join|be joining|sit in)\b|\b(?:is|are)(?: also)? joining\b"
    r"|\b(?:wird|werden)(?: auch| ebenfalls)? (?:dabei sein|teilnehmen|dazukommen|fragen stellen"
    r"|zugeschaltet)\b|\b(?:will|'ll|’ll)(?: also)? (?:dial in|ask (?:some )?questions)\b"
    r"|\b(?:posera|poseront) (?:également |aussi )?des questions\b"
    r"|\b(?:hará|harán) (?:también )?(?:algunas )?preguntas\b"
    r"|\b(?:se joindr(?:a|ont)|nous rejoindr(?:a|ont)"
    r"|sera(?:nt)? (?:également |aussi )?présente?s?)"
    r"|\b(?:se unir(?:á|án)|estar(?:á|án) (?:también )?presentes?)\b"
)


def _grouped(pattern: str) -> re.Pattern[str]:
    """`pattern`, alternatives that each start at a word edge, grouped by first letter."""
    alternatives = split_alternatives(pattern)
    if not all(a.startswith(r"\b") for a in alternatives):
        raise ValueError("every alternative must start with \\b")
    return re.compile(letter_first(r"\b" + by_first_letter(a[2:] for a in alternatives)))


_MEET = _grouped(_MEETS)
_JOINS = _grouped(_JOINING)
# Plain "with" in a sentence about the interview: "at 10:00 (UK time) with Martin Cole".
_WITH = re.compile(letter_first(r"\b(?:with|mit|avec|con)\s+(?=\S)"))
_ANY_TRIGGER = _grouped(f"{_MEETS}|{_JOINING}")
_ABOUT_INTERVIEW = re.compile(
    r"\b(?:interview\w*|call|chat|screen|conversation|meeting|onsite|panel|gespräch\w*|termin"
    r"|vorstellungsgespräch\w*|entretien\w*|échange|rendez-vous|entrevista\w*|reunión"
    r"|llamada|charla|join\w*|dabei|rejoindr\w*|unir\w*)\b",
)
# A label over the people met, at the start of a line ("Interviewers:", "With:", "Jury :").
_LABEL_TEXT = (
    r"[ \t]*(?:[-*•][ \t]*)?(?:interviewers?|panel(?:ists?| members?)?|participants?|attendees|with"
    r"|interviewer(?:in|innen)?|teilnehm\w*|gesprächsteilnehm\w*|gesprächspartner(?:in|innen)?"
    r"|interlocut\w*|intervenants?|jury|recruteu\w*|entrevistador(?:a|es|as)?|participantes"
    r"|staff member|hosts?|membre du personnel|mitarbeiter(?:in)?|anfitri[oó]n)\s*:"
)
_LABEL = re.compile(_LABEL_TEXT)  # matched at a line's start
# Searched for in "\n" + text: a pattern starting with a newline lets re skip from one line
# to the next, where "(?m)^" is tried at every position. Each match starts where its line
# starts in the text.
_LABEL_LINE = re.compile("\n" + _LABEL_TEXT)
# A sentence looking back, or about reaching someone, introduces no one met.
_NOT_MEETING = re.compile(
    r"\b(?:thank\w*|enjoyed|following your|after your|last week|yesterday|earlier|previous"
    r"|contact|reach out|questions?|danke|vielen dank|nach ihrem|merci|suite à|après votre"
    r"|gracias|tras tu|tras su|después de|if you need|kontaktieren|contactez|contacta)\b",
)
# "nehmen ... teil:", "der Kommission gehören an:"
_LEADING_TEIL = re.compile(r"^(?:(?:teil|an)\b)?\s*:?\s*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")
# A list item's role before its name: "- Vocal: D. Andrés Pineda", "Vorsitz: Prof. Anna Weber".
_ROLE_LABEL = re.compile(r"^[^\W\d_][\w.'’ -]{0,30}?\s?:\s+(?=\S)")
MAX_LIST_LINES = 12


class _Reader:
    """people_in for one text: the phrases of one sentence often hand it the same words."""

    __slots__ = ("foreign", "read")

    def __init__(self, foreign: frozenset[str]) -> None:
        self.foreign = foreign
        self.read: dict[str, list[Named]] = {}

    def __call__(self, text: str) -> list[Named]:
        found = self.read.get(text)
        if found is None:
            found = self.read[text] = people_in(text, self.foreign)
        return list(found)


def introduced(text: str, foreign: frozenset[str] = frozenset()) -> list[Named]:
    """The people prose introduces as met: after a meeting phrase to the end of its sentence
    (or in the list under a phrase that ends its line), before "will join", or after a plain
    "with" in a sentence about the interview."""
    people = _Reader(foreign)
    found: list[Named] = []
    raw = text.split("\n")
    for index in _lines_hit(_starts(raw), _LABEL_LINE.finditer(f"\n{lowered(text)}")):
        line = raw[index]
        label = _LABEL.match(lowered(line))
        if label is not None:
            rest = line[label.end() :].strip()
            _add(found, people(rest) if rest else _listed(raw[index + 1 :], people))
    unwrapped = unwrap(text)
    low_text = lowered(unwrapped)
    lines = unwrapped.split("\n")
    starts = _starts(lines)
    hit = _lines_hit(starts, _ANY_TRIGGER.finditer(low_text))
    with_lines = _lines_hit(starts, _WITH.finditer(low_text)) - hit
    hit |= {i for i in with_lines if _about_interview(low_text[starts[i] : starts[i + 1]])}
    for index in sorted(hit):  # (one scan of the text finds them: most lines hold none)
        for sentence in _sentences(lines[index]):
            low = lowered(sentence)
            _add(found, _after_phrase(sentence, low, lines[index + 1 :], people))
            _add(found, _before_joining(sentence, low, people))
            _add(found, _after_with(sentence, low, people))
    return found


def _starts(lines: list[str]) -> list[int]:
    """Where each line of a text split at newlines begins, and where the text ends."""
    return list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))


def _lines_hit(starts: list[int], matches: Iterator[re.Match[str]]) -> set[int]:
    """The indexes of the lines (by their `starts`) where `matches` begin."""
    return {bisect.bisect_right(starts, match.start()) - 1 for match in matches}


def lowered(text: str) -> str:
    """`text` in lowercase, of the same length (so positions found in it hold in `text`)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _add(found: list[Named], people: list[Named]) -> None:
    found += [p for p in people if not any(same_person(p.name, q.name) for q in found)]


_HONORIFIC_END = re.compile(r"(?:^|\s)(?:M|Mme|Mlle|Dr|Prof|Mag|Sr|Sra|Dña|Hr|Fr|[A-Z])\.$")


def _sentences(line: str) -> list[str]:
    """The line's sentences, none ending at an honorific's dot ("reçue par M. Jaquet")."""
    joined: list[str] = []
    for sentence in split_sentences(line):
        if joined and _HONORIFIC_END.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


def _after_phrase(
    sentence: str, low: str, following: Sequence[str], people_in: _Reader
) -> list[Named]:
    for meet in _MEET.finditer(low):
        if _NOT_MEETING.search(low, 0, meet.start()):
            return []
        rest = _until_not_meeting(sentence, low, meet.end())
        rest = _LEADING_TEIL.sub("", rest)
        people = people_in(rest) if rest else _listed(following, people_in)
        if people:
            return people
    return []


def _until_not_meeting(sentence: str, low: str, start: int) -> str:
    """The sentence from `start` up to words that look back or are about reaching someone."""
    stop = _NOT_MEETING.search(low, start)
    return sentence[start : stop.start() if stop else len(sentence)].strip()


def _before_joining(sentence: str, low: str, people_in: _Reader) -> list[Named]:
    joins = _JOINS.search(low)
    if joins is None:
        return []
    begin = low.rfind(":", 0, joins.start()) + 1
    if _NOT_MEETING.search(low, begin, joins.start()):
        return []
    return people_in(sentence[begin : joins.start()])


def _about_interview(low: str) -> bool:
    return _ABOUT_INTERVIEW.search(low) is not None


def _after_with(sentence: str, low: str, people_in: _Reader) -> list[Named]:
    if not _about_interview(low):
        return []
    people: list[Named] = []
    for joined in _WITH.finditer(low):
        if _NOT_MEETING.search(low, 0, joined.start()):
            break
        people += people_in(_until_not_meeting(sentence, low, joined.end()))
    return people


def _listed(following: Sequence[str], people_in: _Reader) -> list[Named]:
    people: list[Named] = []
    for line in [line for line in following if line.strip()][:MAX_LIST_LINES]:
        item = _LIST_ITEM.sub("", line)
        found = people_in(item)
        role = None if found else _ROLE_LABEL.match(item)
        if role is not None:
            found = people_in(item[role.end() :])
        if not found:
            break
        people += found
    return people
