"""What an offer states for the candidate's answer: the role offered and the day to answer by.

The role: "offer you the position of Data Analyst", "die Stelle als Datenanalystin", "le poste
de chef de projet", "el puesto de analista de datos": the words after the noun, up to the
company, a place or the end of the clause. The day: dates.find_reply_by ("we'd love to have
your answer by March 27"), kept apart from the employer's own decision date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from followupd.dates import find_reply_by
from followupd.model import Mail

MAX_TEXT_CHARS = 6000
_STOP = (
    r"(?=\s+(?:at|with|in|on|for|within|starting|here|bei|in|im|zu|zum|ab|mit|anbieten|au\s+sein"
    r"|chez|à|au|dans|pour|en|con|para|dentro)\b|\s*[,.;:!?()\n]|\s+[-–—]|$)"
)
_ROLE = (
    re.compile(
        r"\b(?:offer\s+you\s+)?the\s+(?:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+)?"
        rf"(?P<role>[A-Z][\w&/+.'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&/+.'-]*){{0,5}}){_STOP}"
    ),
    re.compile(
        r"\b(?:die|der|diese)\s+(?:Position|Stelle|Rolle|Funktion)\s+(?:als|des|der)\s+"
        rf"(?P<role>[\w&/+.'-]+(?:\s+[\w&/+.'-]+){{0,4}}?){_STOP}"
    ),
    re.compile(
        r"\b(?:le|au|du|ce)\s+poste\s+d(?:e\s+|['’])"
        rf"(?P<role>[\w&/+.'-]+(?:\s+[\w&/+.'’-]+){{0,5}}?){_STOP}",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:el|del|la|este|esta)\s+(?:puesto|posición|vacante|cargo|rol)\s+(?:de|como)\s+"
        rf"(?P<role>[\w&/+.'-]+(?:\s+[\w&/+.'-]+){{0,5}}?){_STOP}",
        re.IGNORECASE,
    ),
)
_NOT_A_ROLE = re.compile(r"^(?:the|a|an|our|your|this|that|it|them|ihre?|votre|su|tu)\b", re.I)


@dataclass(frozen=True, slots=True)
class OfferTerms:
    role: str | None = None
    reply_by: date | None = None
    evidence: tuple[str, ...] = ()


def offer_terms(mail: Mail) -> OfferTerms:
    """The role the offer names and the day it asks an answer by, each if stated."""
    text = mail.text[:MAX_TEXT_CHARS]
    role = offer_role(text)
    sent = mail.envelope.date
    found = find_reply_by(text, sent) if sent is not None else None
    evidence = [f'role from "{role}"'] if role else []
    if found is not None:
        evidence.append(f'reply-by date from "{found.text.strip()[:60]}"')
    return OfferTerms(role, found.day if found else None, tuple(evidence))


def offer_role(text: str) -> str | None:
    for pattern in _ROLE:
        for found in pattern.finditer(text):
            role = " ".join(found.group("role").split()).strip(" .,'’-")
            if 2 <= len(role) <= 60 and not _NOT_A_ROLE.match(role):
                return role
    return None
