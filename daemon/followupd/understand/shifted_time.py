"""A move written as an amount, not a time: "Can we push it back an hour?", "start 30 minutes
later", "eine Stunde später", "décaler d'une demi-heure", "retrasarla media hora".

The new time is the interview the thread fixed, shifted by that amount (extract.thread_time).
Later and back are forward in time; earlier, forward, up and sooner are back. Only amounts of
four hours at most are read: more is a new day, which a move writes as one.
"""

from __future__ import annotations

import re
from datetime import timedelta

MAX_SHIFT = timedelta(hours=4)

_ONE = r"(?:an?|one|eine[nr]?|une|una|un)"
_AMOUNT = (
    r"(?P<amount>\d{1,3}|" + _ONE + r"|two|zwei|deux|dos|half an?|a half|eine halbe|une demi"
    r"|media|thirty|fifteen|forty-five|dreißig|fünfzehn|trente|quinze|treinta|quince)"
)
_UNIT = r"[\s-]*(?P<unit>hours?|hrs?|minutes?|mins?|stunden?|minuten|heures?|horas?|minutos)"
_LATER = r"(?P<later>later|after|später|plus tard|más tarde|después)"
_EARLIER = r"(?P<earlier>earlier|sooner|früher|plus tôt|antes|más temprano)"
_MOVE_BACK = (
    r"(?P<back>push\w*|bump\w*|shift\w*|move\w*|repouss\w*|recul\w*|décal\w*|retras\w*|atras\w*"
    r"|aplaz\w*|verschieb\w*)"
)
_MOVE_SOONER = r"(?P<sooner>bring\w*|pull\w*|avanc\w*|adelant\w*|vorzieh\w*|vorverleg\w*)"

_SHIFTS = (
    # "push it back (by) an hour", "bring it forward 30 minutes"
    re.compile(
        r"\b(?:" + _MOVE_BACK + "|" + _MOVE_SOONER + r")\b[^.\n?!]{0,25}?\b(?P<way>back|forward"
        r"|up|later|earlier)\s+(?:by\s+)?" + _AMOUNT + _UNIT + r"\b",
        re.IGNORECASE,
    ),
    # "an hour later", "30 Minuten früher", "une heure plus tard", "media hora más tarde"
    re.compile(r"\b" + _AMOUNT + _UNIT + r"\s+(?:" + _LATER + "|" + _EARLIER + r")\b", re.I),
    # "décaler d'une heure", "retrasar media hora", "um eine Stunde verschieben"
    re.compile(
        r"\b(?:" + _MOVE_BACK + "|" + _MOVE_SOONER + r")\b\s+(?:(?:la|lo|le|l'|it|us|das|den)\s*)?"
        r"(?:de |d'|um |by )?" + _AMOUNT + _UNIT + r"\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bum\s+" + _AMOUNT + _UNIT + r"\s+(?:nach hinten|(?P<ahead>nach vorne|vor))\b", re.I
    ),
)
_WORD_AMOUNTS = {
    "half an": 0.5, "half a": 0.5, "a half": 0.5, "eine halbe": 0.5, "une demi": 0.5,
    "media": 0.5, "two": 2, "zwei": 2, "deux": 2, "dos": 2, "thirty": 30, "fifteen": 15,
    "forty-five": 45, "dreißig": 30, "fünfzehn": 15, "trente": 30, "quinze": 15, "treinta": 30,
    "quince": 15,
}  # fmt: skip


def shift_of(text: str) -> timedelta | None:
    """The amount a move written in `text` shifts the interview by (negative: earlier)."""
    for pattern in _SHIFTS:
        found = pattern.search(text)
        if found is None:
            continue
        length = _length(found)
        if length is None or not timedelta(0) < length <= MAX_SHIFT:
            continue
        return -length if _earlier(found) else length
    return None


def _length(found: re.Match[str]) -> timedelta | None:
    amount, unit = found.group("amount").lower(), found.group("unit").lower()
    number = float(amount) if amount.isdigit() else _WORD_AMOUNTS.get(amount, 1.0)
    minutes = number if unit.startswith("min") else number * 60
    return timedelta(minutes=minutes)


def _earlier(found: re.Match[str]) -> bool:
    groups = found.groupdict()
    way = (groups.get("way") or "").lower()
    if way:
        return way not in {"back", "later"}
    if groups.get("earlier") or groups.get("ahead"):
        return True
    return not groups.get("later") and bool(groups.get("sooner"))


__all__ = ["MAX_SHIFT", "shift_of"]
