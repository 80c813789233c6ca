"""How long an interview of several conversations lasts, from what the text says.

"45 minutes each" with two people named: 90 minutes back to back; "two one-hour
conversations", "three 45-minute interviews", "zwei Gespräche à 45 Minuten", "deux entretiens
de 45 minutes", "dos entrevistas de 45 minutos": the count times the length. A length alone
("a 45-minute call") is no panel: extract.py reads it as the one meeting's length.
"""

from __future__ import annotations

import re
from datetime import timedelta

_NUMBER = (
    r"\d{1,3}(?:[.,]5)?|half an?|an?|one and a half|one|two|ein(?:e|er|em)?|une?|una?|anderthalb"
)
_UNIT = (
    r"minutes?|mins?|hours?|hrs?|h|minuten|minütige\w*|stunden?|stündige\w*|heures?|minutos?"
    r"|horas?"
)
LENGTH = rf"(?<![\w-])(?:{_NUMBER})\s?-?\s?(?:{_UNIT})\b"
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
}  # fmt: skip
_COUNT = r"(?P<count>[2-6]|" + "|".join(_COUNT_WORDS) + r")"
_MEETINGS = (
    r"(?:interviews?|conversations?|sessions?|calls?|chats?|rounds?|meetings?|slots?|gespräche"
    r"|interviews|termine|entretiens|échanges|rendez-vous|entrevistas|conversaciones|reuniones"
    r"|sesiones|charlas)"
)
_EACH = re.compile(
    rf"(?P<len>{LENGTH})\s+(?:each|apiece|per (?:interview|session|person|conversation|call))"
    rf"|\beach (?:lasting|of|about|for)\s+(?:about\s+)?(?P<len2>{LENGTH})"
    rf"|\bjeweils\s+(?:ca\.\s+)?(?P<len3>{LENGTH})|(?P<len4>{LENGTH})\s+jeweils"
    rf"|(?P<len5>{LENGTH})\s+(?:chacun|chacune|chaque)"
    rf"|\bchacun(?:e)?\s+(?:de|d'une durée de|d’une durée de)\s+(?P<len6>{LENGTH})"
    rf"|(?P<len7>{LENGTH})\s+cada\s+un[ao]|\bcada\s+un[ao]\s+de\s+(?P<len8>{LENGTH})",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    rf"\b{_COUNT}\s+(?:back[- ]to[- ]back\s+|consecutive\s+|aufeinanderfolgende\s+)?"
    rf"(?:(?P<len>{LENGTH})\s+)?(?:back[- ]to[- ]back\s+)?{_MEETINGS}\b"
    rf"(?:\s+(?:of|von|à|a|de|of about|d'environ|von je)\s+(?P<len2>{LENGTH}))?",
    re.IGNORECASE,
)
_HALF = re.compile(r"half an?", re.IGNORECASE)
_WORD_VALUE = {"an": 1.0, "a": 1.0, "one": 1.0, "ein": 1.0, "eine": 1.0, "einer": 1.0,
               "einem": 1.0, "un": 1.0, "une": 1.0, "una": 1.0, "uno": 1.0,
               "one and a half": 1.5, "anderthalb": 1.5, "two": 2.0}  # fmt: skip
MAX_EACH = timedelta(hours=3)
MAX_TOTAL = timedelta(hours=10)


def parse_length(text: str) -> timedelta | None:
    """ "45 minutes", "one-hour", "einstündige", "1,5 Stunden" as a length."""
    match = re.match(rf"\s*(?P<n>{_NUMBER})\s?-?\s?(?P<unit>{_UNIT})", text, re.IGNORECASE)
    if match is None:
        return None
    number = match.group("n").lower()
    if _HALF.fullmatch(number):
        amount = 0.5
    elif number[0].isdigit():
        amount = float(number.replace(",", "."))
    else:
        amount = _WORD_VALUE.get(number, 1.0)
    unit = match.group("unit").lower()
    minutes = amount if unit.startswith("min") else amount * 60
    return timedelta(minutes=minutes) if 10 <= minutes <= MAX_EACH.total_seconds() / 60 else None


# Every match of _EACH holds one of these words; the pattern is costly over a whole text (its
# lengths start at any "a"), so it runs only around them.
_EACH_WORDS = ("each", "apiece", "per ", "jeweils", "chacun", "chaque", "cada")
_EACH_WORD = re.compile("|".join(_EACH_WORDS), re.IGNORECASE)
_AROUND = 80  # characters either side of the word: more than a match reaches


def each_length(text: str) -> timedelta | None:
    """The length the text gives each conversation ("45 minutes each")."""
    lowered = text.lower()
    if not any(word in lowered for word in _EACH_WORDS):
        return None  # (most mail has none of the words)
    for word in _EACH_WORD.finditer(text):
        match = _EACH.search(text, max(word.start() - _AROUND, 0), word.end() + _AROUND)
        if match is not None:
            written = next(group for group in match.groups() if group)
            return parse_length(written)
    return None


_PLURALS = (
    "interviews", "conversations", "sessions", "calls", "chats", "rounds", "meetings", "slots",
    "gespräche", "termine", "entretiens", "échanges", "rendez-vous", "entrevistas",
    "conversaciones", "reuniones", "sesiones", "charlas",
)  # fmt: skip


def counted_length(text: str) -> tuple[int, timedelta] | None:
    """A number of conversations and the length of each ("two one-hour conversations")."""
    lowered = text.lower()
    if not any(word in lowered for word in _PLURALS):
        return None  # (no meetings counted in the plural: no costly pattern to run)
    for match in _COUNTED.finditer(text):
        written = match.group("len") or match.group("len2")
        length = parse_length(written) if written else each_length(text[match.start() :])
        if length is None:
            continue
        count_text = match.group("count").lower()
        count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
        return count, length
    return None


def back_to_back(text: str, people: int) -> tuple[timedelta, str] | None:
    """The whole length of conversations held back to back, and how it was read."""
    counted = counted_length(text)
    if counted is not None:
        count, length = counted
        total = count * length
        how = f"{count} conversations of {_minutes(length)} min back to back"
    else:
        each = each_length(text)
        if each is None or people < 2:
            return None
        total, length = people * each, each
        how = f"{people} people, {_minutes(length)} min each, back to back"
    return (total, how) if total <= MAX_TOTAL else None


def _minutes(length: timedelta) -> int:
    return int(length.total_seconds() // 60)
