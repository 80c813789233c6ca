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
# follows a time ("um drei bei euch", "at three your time").
_CLAUSE_END = (
    r"(?=\s*(?:[.,!?;:)\n]|$|(?:uhr|bei|im|in|am|auf|statt|passt|geht|klappt|ok|okay|works"
    r"|then|your|my|our|uk|cet|cest|et|pt|ct|gmt|utc|sounds|suits|instead|is|if|please|on"
    r"|ce|au|chez|en|por|si|te|le|nos|me)\b))"
)
# (pattern, minutes after the named hour, whether the hour named is the next one)
_FORMS: tuple[tuple[str, int, bool], ...] = (
    (rf"\b(?:um |gegen |ab )?halb {_DE.replace('eins', 'eins|ein')}\b", 30, True),
    (rf"\b(?:um |gegen |ab )?viertel nach {_DE}\b", 15, False),
    (rf"\b(?:um |gegen |ab )?(?:viertel vor|dreiviertel) {_DE}\b", 45, True),
    (rf"\bum {_DE}(?: uhr\b|{_CLAUSE_END})", 0, False),
    (r"\bum ein uhr\b", 0, False),
    (rf"\b(?:at |around |about )?half past {_EN}\b", 30, False),
    (rf"\b(?:at |around |about )?(?:a )?quarter past {_EN}\b", 15, False),
    (rf"\b(?:at |around |about )?(?:a )?quarter to {_EN}\b", 45, True),
    (rf"\b(?:at |around |about )?{_EN} o'?clock\b", 0, False),
    (rf"\bat {_EN}(?:ish)?{_CLAUSE_END}", 0, False),
    (rf"\b(?:à|vers|dès) {_FR} heures? et demie\b", 30, False),
    (rf"\b(?:à|vers|dès) {_FR} heures? et quart\b", 15, False),
    (rf"\b(?:à|vers|dès) {_FR} heures? moins (?:le )?quart\b", 45, True),
    (rf"\b(?:à|vers|dès) {_FR} heures?\b", 0, False),
    (rf"\ba las? {_ES} y media\b", 30, False),
    (rf"\ba las? {_ES} y cuarto\b", 15, False),
    (rf"\ba las? {_ES} menos cuarto\b", 45, True),
    (rf"\ba las? {_ES}(?: en punto\b|{_CLAUSE_END}|(?= de la (?:mañana|tarde|noche)))", 0, False),
)
_PATTERN = re.compile(
    "|".join(f"(?P<f{n}>{form.replace('(?P<h>', '(?:')})" for n, (form, _, _) in enumerate(_FORMS))
)
_FORM_GROUPS = tuple(re.compile(form) for form, _, _ in _FORMS)


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
    for hint in hints:
        for found in _PATTERN.finditer(low, max(seen, hint.start() - _BEFORE), hint.end() + _AFTER):
            if found.start() >= seen:
                seen = found.end()
                yield _said(low, found)


def _said(low: str, found: re.Match[str]) -> tuple[int, int, int, int]:
    index = next(n for n in range(len(_FORMS)) if found[f"f{n}"] is not None)
    _, minute, next_hour = _FORMS[index]
    inner = _FORM_GROUPS[index].match(low, found.start())
    word = inner.groupdict().get("h") or "ein" if inner is not None else "ein"
    hour = HOUR_WORDS.get(word, 1)
    if next_hour:
        hour = 12 if hour == 1 else hour - 1
    return found.start(), found.end(), hour, minute


def _start(found: re.Match[str]) -> int:
    return found.start()
