"""The title the mail gives a person: "Ihr Gespräch mit Herrn Dr. Brandt", "avec Madame
Dubois", "con la Sra. García", "you'll meet Dr. Lee".

Only a title written right before that person's surname counts, and only for the people the
message names (interviewers, the contact); it is kept in front of their name ("Herr Dr. Felix
Brandt"), where the drafts' salutation finds it. Nothing is guessed from a first name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followupd.model import Person

_TITLES = {
    "frau": "Frau",
    "herr": "Herr",
    "herrn": "Herr",
    "ms": "Ms.",
    "mrs": "Mrs.",
    "mr": "Mr.",
    "madame": "Madame",
    "mme": "Mme",
    "monsieur": "Monsieur",
    "sra": "Sra.",
    "señora": "Sra.",
    "sr": "Sr.",
    "señor": "Sr.",
}
_ACADEMIC = {"dr": "Dr.", "dra": "Dra.", "prof": "Prof."}
_TITLE_WORDS = "|".join(sorted({*_TITLES, *_ACADEMIC}, key=len, reverse=True))
_HONORIFIC_START = re.compile(rf"^(?:{_TITLE_WORDS})\b\.?", re.IGNORECASE)
MAX_TEXT_CHARS = 8000


def _pattern(person: Person) -> re.Pattern[str] | None:
    words = person.name.split()
    if len(words) < 2 or _HONORIFIC_START.match(person.name):
        return None
    given, surname = re.escape(words[0]), re.escape(words[-1])
    return re.compile(
        rf"(?<![\w.])((?:(?:{_TITLE_WORDS})\.?\s+){{1,3}})(?:{given}\s+)?{surname}\b",
        re.IGNORECASE,
    )


def _title(words: str) -> str:
    """ "Herrn Dr." -> "Herr Dr."; "la Sra." -> "Sra."; "" when only noise matched."""
    kept = []
    for word in words.split():
        key = word.rstrip(".").lower()
        kept.append(_TITLES.get(key) or _ACADEMIC.get(key, ""))
    return " ".join(k for k in kept if k)


def _may_name(low: str, person: Person) -> bool:
    """Whether the ASCII text `low` (lowercased) may write `person`'s surname: if not, the
    pattern (which tries every position of the text) cannot match."""
    surname = person.name.split()[-1]
    return not surname.isascii() or surname.lower() in low


def titled(people: Iterable[Person], text: str) -> tuple[Person, ...]:
    """`people`, each with the title the text gives them in front of their name."""
    text = text[:MAX_TEXT_CHARS]
    low = text.lower() if text.isascii() else ""
    result = []
    for person in people:
        pattern = _pattern(person)
        if pattern is None or (low and not _may_name(low, person)):
            found = None
        else:
            found = pattern.search(text)
        title = _title(found.group(1)) if found else ""
        result.append(Person(person.address, f"{title} {person.name}") if title else person)
    return tuple(result)
