"""Clock times said in words: "halb drei", "Viertel nach zwei", "half past two", "three
o'clock", "à trois heures et demie", "a las tres y media".

People who write two lines from a phone say the hour as they would aloud. Each form is read
only where its words cannot be a count or a length: a bare number word needs "at", "um", "à"
or "a las" before it and the end of a clause after it ("at three?", "um drei bei euch"); a
French hour needs "à", "vers" or "dès" ("deux heures" alone is a length). No am/pm is
written, so times.py's rule for a bare clock applies (one to six is the afternoon), and words
after it ("de la tarde", "du matin") decide as they do for digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_HOURS = {
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "de": "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "fr": "une deux trois quatre cinq six sept huit neuf dix onze douze",
    "es": "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
}
HOUR_WORDS: dict[str, int] = {
    word: number for words in _HOURS.values() for number, word in enumerate(words.split(), start=1)
}
_EN, _DE, _FR, _ES = (f"(?P<h>{_HOURS[lang].replace(' ', '|')})" for lang in _HOURS)
# The clause goes on with no more of a number: punctuation, the line's end, or a word that
# follows a time ("um drei bei euch", "at three your time"); not "um zwei, drei Tage".
_CLAUSE_END = (
    rf"(?!\s*,\s*(?:{_HOURS['de'].replace(' ', '|')}|\d))"
    r"(?=\s*(?:[.,!?;)\n]|$|(?:uhr|bei|im|in|am|auf|statt|passt|geht|klappt|ok|okay|works"
    r"|then|your|my|our|uk|cet|cest|et|pt|ct|gmt|utc|sounds|suits|instead|is|if|please|on"
    r"|ce|au|chez|en|por|si|te|le|nos|me)\b))"
)
# A French hour alone is a time only where the clause ends or a time's words follow ("à
# trois heures.", "à deux heures du matin"), not "à deux heures de route".
_FR_HOUR_END = (
    r"(?=\s*(?:[.,!?;)\n]|$|(?:du matin|de l'après-midi|du soir|pile|précises|pour|avec|chez"
    r"|au|en|par|ou|et(?! demie| quart)|ça|cela|c'est|si|ce|me|vous|te|je|on)\b))"
)
# "à une heure et demie de route", "à deux heures en train": a distance
_NOT_A_WAY = (
    r"(?!\s+(?:de (?!l'après-midi|préférence|pr[ée]f[ée]rence)\w+|en (?:train|voiture|avion|car"
    r"|bus|métro|tgv)))"
)
# (pattern, minutes after the named hour, whether the hour named is the next one, whether the
# form is a number word alone: "at three", "um drei", "à trois heures", "a las tres")
_FORMS: tuple[tuple[str, int, bool, bool], ...] = (
    (rf"\b(?:um |gegen |ab )?halb {_DE.replace('eins', 'eins|ein')}\b", 30, True, False),
    (rf"\b(?:um |gegen |ab )?viertel nach {_DE}\b", 15, False, False),
    (rf"\b(?:um |gegen |ab )?(?:viertel vor|dreiviertel) {_DE}\b", 45, True, False),
    (rf"\bum {_DE}(?: uhr\b|{_CLAUSE_END})", 0, False, True),
    (r"\bum ein uhr\b", 0, False, False),
    (rf"\b(?:at |around |about )?half past {_EN}\b", 30, False, False),
    (rf"\b(?:at |around |about )?(?:a )?quarter past {_EN}\b", 15, False, False),
    (rf"\b(?:at |around |about )?(?:a )?quarter to {_EN}\b", 45, True, False),
    (rf"\b(?:at |around |about )?{_EN} o'?clock\b", 0, False, False),
    (rf"\bat {_EN}(?:ish)?{_CLAUSE_END}", 0, False, True),
    (rf"\b(?:à|vers|dès) {_FR} heures? et demie\b{_NOT_A_WAY}", 30, False, False),
    (rf"\b(?:à|vers|dès) {_FR} heures? et quart\b{_NOT_A_WAY}", 15, False, False),
    (rf"\b(?:à|vers|dès) {_FR} heures? moins (?:le )?quart\b{_NOT_A_WAY}", 45, True, False),
    (rf"\b(?:à|vers|dès) {_FR} heures?{_FR_HOUR_END}", 0, False, True),
    (rf"\ba las? {_ES} y media\b", 30, False, False),
    (rf"\ba las? {_ES} y cuarto\b", 15, False, False),
    (rf"\ba las? {_ES} menos cuarto\b", 45, True, False),
    (
        rf"\ba las? {_ES}(?: en punto\b|{_CLAUSE_END}|(?= de la (?:mañana|tarde|noche)))",
        0,
        False,
        True,
    ),
)
# What makes a number word alone a clock time: a day or a meeting written before it in its
# sentence ("Tuesday at three", "te llamo el lunes a las diez"), not "ranked at two", "we're a
# team of twelve", "hemos invitado a las dos".
_CLOCK_CONTEXT = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tomorrow|tonight|heute|morgen"
    r"|übermorgen|demain|aujourd'hui|ce soir|hoy|mañana)\b|(?:mon|diens|mittwo|donners|frei|sams"
    r"|sonn)tag|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles"
    r"|jueves|viernes|sábado|domingo)\b|\b(?:call|ring|phone|meet|see you|speak|talk|chat"
    r"|interview|start|begin|join|ruf|anruf|telefon|treff|sehen|gespräch|termin|beginn|appel"
    r"|rendez-vous|entretien|entrevue|voit|voir|rencontr|commen|llam|vemos|veo|quedamos"
    r"|entrevista|reunión|cita|charla|empez|comenz|hablamos)"
)
_CONTEXT_REACH = 60
# a rank or a topic, not a clock: "ranked at two", "es geht um zwei"
_NO_CLOCK_BEFORE = re.compile(r"\b(?:ranked|placed|rated|listed|scored|es geht)\s+$")
# "hemos invitado a las dos", "se lo he dicho a las tres": people, not a clock ("hemos quedado a
# las diez" is one)
_DONE_TO = re.compile(
    r"\b(?:invitad|escrit|dich|avisad|enviad|mandad|preguntad|contestad|respondid|comentad"
    r"|contad)[oa]s?\s+$"
)
_PATTERN = re.compile(
    "|".join(
        f"(?P<f{n}>{form.replace('(?P<h>', '(?:')})" for n, (form, _, _, _) in enumerate(_FORMS)
    )
)
_FORM_GROUPS = tuple(re.compile(form) for form, _, _, _ in _FORMS)
MAX_HINTS = 50  # a text holding more number words after "at" is no message about a meeting


_WORDS = "|".join(sorted(HOUR_WORDS, key=len, reverse=True))
# The word before the hour or the word after it: the forms above are looked for only around
# these (the whole alternation over a long text costs a millisecond and more).
_HINT = re.compile(
    rf"(?:um|at|à|vers|dès|las?|halb|viertel|nach|vor|past|to) (?:{_WORDS}|ein uhr)\b"
)
_CLOCK_HINT = re.compile(rf"(?:{_WORDS}) o'?clock")
_BEFORE, _AFTER = 40, 30  # the most a form writes before and after its hour word


def may_say_a_time(low: str) -> bool:
    """Whether `low` may say a clock time in words (cheap: the forms' hour and the word before
    it, or "o'clock")."""
    return _HINT.search(low) is not None or ("clock" in low and _CLOCK_HINT.search(low) is not None)


def word_times(low: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, hour 1-12, minute) of each clock time said in words in `low` (lowercased
    text); the hour as said: the caller makes it a 24-hour time."""
    seen = -1
    hints = list(_HINT.finditer(low))
    if "clock" in low:
        hints = sorted(hints + list(_CLOCK_HINT.finditer(low)), key=_start)
    for hint in hints[:MAX_HINTS]:
        for found in _PATTERN.finditer(low, max(seen, hint.start() - _BEFORE), hint.end() + _AFTER):
            if found.start() >= seen:
                seen = found.end()
                said = _said(low, found)
                if said is not None:
                    yield said


def _said(low: str, found: re.Match[str]) -> tuple[int, int, int, int] | None:
    index = next(n for n in range(len(_FORMS)) if found[f"f{n}"] is not None)
    _, minute, next_hour, alone = _FORMS[index]
    if alone and not _in_context(low, found.start()):
        return None
    inner = _FORM_GROUPS[index].match(low, found.start())
    word = inner.groupdict().get("h") or "ein" if inner is not None else "ein"
    hour = HOUR_WORDS.get(word, 1)
    if next_hour:
        hour = 12 if hour == 1 else hour - 1
    return found.start(), found.end(), hour, minute


def _start(found: re.Match[str]) -> int:
    return found.start()


def _in_context(low: str, start: int) -> bool:
    """A day or a meeting is written before `start` in its clause, and the number word is not
    the object of a verb done ("hemos invitado a las dos": both of them)."""
    floor = max(0, start - _CONTEXT_REACH)
    cut = max(low.rfind(stop, floor, start) for stop in ".\n?;")
    if _DONE_TO.search(low, max(0, start - 20), start) or _NO_CLOCK_BEFORE.search(
        low, max(0, start - 24), start
    ):
        return False
    return _CLOCK_CONTEXT.search(low, max(floor, cut + 1), start) is not None
