"""People's names as a salutation needs them: given name, surname, and what the mail says of
their title and gender, never guessed from the name itself.

A display name may carry an honorific ("Dr. Dana Lee", "Frau Anna Weber", "Mme Claire Dubois",
"Sra. Lucía García") or pronouns ("Dana Lee (she/her)", "Anna Weber (sie/ihr)"); that is the
only place a gender is taken from. A name that is not a person's ("Talent Acquisition Team",
"no-reply", an address) is no name; "Lee, Dana" becomes "Dana Lee".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from followupd.drafts.headers import MAX_NAME, clean_text

# honorific (lowercase, without its dot) -> gender it states ("" none), academic title or ""
_HONORIFICS: dict[str, tuple[str, str]] = {
    # not "M." (Monsieur, or an initial?) nor "Don" (Señor, or Don Smith?)
    **dict.fromkeys(("ms", "mrs", "miss", "frau", "madame", "mme", "mlle"), ("f", "")),
    **dict.fromkeys(("mademoiselle", "sra", "señora", "srta", "señorita", "doña"), ("f", "")),
    **dict.fromkeys(("mr", "herr", "monsieur", "sr", "señor"), ("m", "")),
    "mx": ("", ""),
    "dr": ("", "Dr."),
    "dra": ("f", "Dr."),
    "prof": ("", "Prof."),
    "professor": ("", "Prof."),
}
_PRONOUNS = {
    "f": re.compile(r"\b(?:she/her|she/they|sie/ihr|elle|ella)\b", re.IGNORECASE),
    "m": re.compile(r"\b(?:he/him|he/they|er/ihm|il/lui|él)\b", re.IGNORECASE),
}
_CREDENTIALS = {"phd", "ph.d.", "mba", "md", "jr", "jr.", "sr", "sr.", "cpa", "pmp", "ii", "iii"}
_NOT_A_PERSON = re.compile(
    r"\b(team|recruit\w*|talent|careers?|hiring|hr|no-?reply|do-?not-?reply|notifications?"
    r"|jobs?|people|support|admin\w*|acquisition|calendar|scheduling|human resources|info"
    r"|workday|greenhouse|icims|taleo|smartrecruiters|personal\w*|recrutement|rrhh|empleo)\b",
    re.IGNORECASE,
)
_PLACEHOLDER_NAMES = {"none", "null", "undefined", "unknown", "n/a", "nil"}
_TRAILING_AFFILIATION = re.compile(r"\s+(?:via|from|at|\||-|–|—)\s+.*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[{<][^)\]}>]*[)\]}>]")
_PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "del", "du", "des", "la", "le", "zu"}
_PARTICLES |= {"ten", "ter", "dos", "das", "y"}


@dataclass(frozen=True, slots=True)
class Name:
    """A person's name and what their mail says about how to address them."""

    words: tuple[str, ...]  # the name without honorifics: ("Anna", "von", "Berg")
    gender: str = ""  # "f" or "m" when an honorific or pronouns said so, else ""
    academic: str = ""  # "Dr." or "Prof." when the mail gave one

    @property
    def full(self) -> str:
        return " ".join(self.words)

    @property
    def given(self) -> str:
        """The given name; the full name when it starts with an initial ("J. Park")."""
        first = self.words[0]
        return self.full if len(first) <= 2 or first.endswith(".") else first

    def surname(self, language: str = "en") -> str:
        """The family name: Spanish names keep both surnames ("García López")."""
        words = list(self.words)
        if len(words) == 1:
            return words[0]
        if language == "es" and len(words) in {3, 4}:
            return " ".join(words[-2:])
        tail = [words.pop()]
        while len(words) > 1 and words[-1].lower() in _PARTICLES:
            tail.insert(0, words.pop())
        return " ".join(tail)


def parse_name(raw: str) -> Name | None:
    """The person named by a display name, or None when it names no person."""
    text = clean_text(raw, MAX_NAME)
    gender = next((g for g, pattern in _PRONOUNS.items() if _in_brackets(pattern, text)), "")
    name = _BRACKETED.sub("", text).strip(" \"'`")
    name = _TRAILING_AFFILIATION.sub("", name).strip(" ,;")
    words = _reorder_last_first(name).split()
    academic = ""
    while len(words) > 1 and _honorific(words[0]) is not None:
        stated, title = _honorific(words.pop(0)) or ("", "")
        gender = gender or stated
        academic = " ".join(t for t in (academic, title) if t)
    name = " ".join(words)
    if not _is_a_person(name):
        return None
    if name.isupper() or name.islower():
        words = [word.capitalize() for word in words]
    return Name(tuple(words), gender, academic)


def _in_brackets(pattern: re.Pattern[str], text: str) -> bool:
    return any(pattern.search(group) for group in _BRACKETED.findall(text))


def _honorific(word: str) -> tuple[str, str] | None:
    return _HONORIFICS.get(word.lower().rstrip("."))


def _is_a_person(name: str) -> bool:
    if not name or len(name) > 64 or "@" in name or any(c.isdigit() for c in name):
        return False
    if name.lower() in _PLACEHOLDER_NAMES or _NOT_A_PERSON.search(name):
        return False
    return sum(c.isalpha() for c in name) >= 2


def _reorder_last_first(name: str) -> str:
    """ "Lee, Dana" -> "Dana Lee"; "Dana Lee, PhD" -> "Dana Lee"."""
    if name.count(",") != 1:
        return name
    left, right = (part.strip() for part in name.split(","))
    if right.lower() in _CREDENTIALS or not right:
        return left
    if left and len(left.split()) <= 2 and len(right.split()) <= 2:
        return f"{right} {left}"
    return name


def person_name(raw: str) -> str:
    """A display name fit for a salutation, without honorifics ("" when not a person's)."""
    name = parse_name(raw)
    return name.full if name is not None else ""


def first_name(full_name: str) -> str:
    """The given name of a name as `person_name` gives it."""
    name = parse_name(full_name)
    return name.given if name is not None else full_name
