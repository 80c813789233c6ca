"""German spelling and the word classes the German phrase modules share (de.py, de_waits.py,
de_logistics.py, de_traps.py).

Patterns are written as German is spelled, with umlauts and "ß"; `spelled` lets each also
match what keyboards and Swiss mail write instead ("ae", "oe", "ue", "ss"). Gendered forms
("Bewerber*in", "Kandidat:innen", "BewerberInnen", "Bewerber/-innen") are one word: PERSON
and GENDER take the suffix along.
"""

from __future__ import annotations

_SPELLINGS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def spelled(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """Each pattern with "ä", "ö", "ü" and "ß" also matching "ae", "oe", "ue" and "ss"
    (never put these letters inside a character class)."""
    return tuple("".join(_SPELLINGS.get(c, c) for c in p) for p in patterns)


OPENING = r"(?<![^\n])[\s*•·>–-]*"  # the start of a sentence or list item
GENDER = r"[\w*:/_-]*"  # "kandidat*innen", "bewerber:in", "bewerber/-innen"
# (with the participles that name people without a gender: "Bewerbende", "Kandidierende")
PERSON = (
    r"(?:bewerber|kandidat|mitbewerber|person|profil|interessent|bewerbend|mitbewerbend"
    r"|kandidierend|interessierend)" + GENDER
)
# A hiring meeting by its German names (compounds included: "Kennenlerngespräch").
MEETING = (
    r"(?:\w*gespräch\w*|\w*interview\w*|termin\w*|kennenlern\w*|telefonat\w*|\w*-?call"
    r"|treffen|meeting|hospitation|probe ?arbeit\w*|probetag|assessment[\w-]*|probevortrag\w*)"
)
# Someone's own meeting ("Ihr/unser/das Gespräch"), not meetings in general.
OWN = (
    r"(?:ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem|unser|unsere|unseren|unserem|das|den"
    r"|dem|der|die|dieses|diesen|diesem|heutige[ns]?|morgige[ns]?|geplante[ns]?|vereinbarte[ns]?)"
)
DAY_NAMES = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen"
DAYS = f"(?:{DAY_NAMES})"
YOU = r"(?:sie|dich|euch|ihnen|dir)"
# The application or the candidate, as the object of a decision.
APPLICATION = (
    r"(?:sie|dich|euch|ihnen|dir|(?:ihre?[nmrs]?|deine?[nmrs]?) (?:\w+)?(?:bewerbung|kandidatur"
    r"|unterlagen|profil|lebenslauf))"
)
