"""A move written as an amount, not a time: "Can we push it back an hour?", "start 30 minutes
later", "eine Stunde später", "décaler d'une demi-heure", "retrasarla media hora"; or as a bare
hour on the same day: "Make it 3:30 instead", "lieber um halb vier... 15:30 statt", "mejor a
las 4 en vez de a las 3" (clock_on_day).

The new time is the interview the thread fixed, shifted by that amount (extract.thread_time).
Later and back are forward in time; earlier, forward, up and sooner are back. Only amounts of
four hours at most are read: more is a new day, which a move writes as one.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

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


# A sentence that replaces the time: "instead", "statt(dessen)", "plutôt", "en vez / en lugar".
_INSTEAD = re.compile(
    r"\b(?:instead|stattdessen|(?:statt|anstatt) (?:um )?\d|lieber (?:um|gegen) \d|plutôt|au"
    r" lieu|en vez|en lugar|mejor)",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?<![\d:./-])(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?\s*(?P<half>am|pm|a\.m\."
    r"|p\.m\.|uhr|h)?(?![\d:./%-])",
    re.IGNORECASE,
)
_DAY_WORD = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|demain|lunes|martes|miércoles|jueves|viernes|sábado|mañana)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?!\d)|$)")


# A word that changes the time, in the sentence: "make it", "push", "lieber", "on fait".
_MOVE_VERB = re.compile(
    r"\b(?:make it|let's (?:do|make it|say)|(?:can|could|shall) we (?:do|make it|say)|push"
    r"|move|shift|switch|bump|verschieb\w*|verleg\w*|machen wir|(?:können|sollen|wollen) wir"
    r"|lieber (?:um|gegen)|décal\w*|on fait|disons"
    r"|passons|mejor|pasamos|cambiamos|movemos|lo hacemos)\b",
    re.IGNORECASE,
)
# The time replaced, right before the clock ("instead of the 3:30 slot"): not the new one.
_REPLACED = re.compile(
    r"(?:instead of|en vez de|en lugar de|au lieu de|statt|anstatt|anstelle)(?:\s+(?:the|a|la|las"
    r"|le|les|der|die|das|um|à|a)){0,2}\s*$",
    re.IGNORECASE,
)
# A clock for arriving, dialling in or travelling, not the meeting's.
_ERRAND = re.compile(
    r"\b(?:arriv\w*|ankommen|empfang|accueil|einwahl|dial[ -]?in|opens?|öffnet|train|zug|bus"
    r"|badge|sign in|llega\w*|present\w*-vous)\b[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# A zone after the clock: another clock than the interview's, not read here.
_ZONE_AFTER = re.compile(r"\s*(?:[A-Z]{1,4}T\b|UTC\b|GMT\b|(?i:hora de|heure de|your time))")
# A move on a condition or of a side plan: "If you're driving, make it 1:30 instead".
_SIDE_PLAN = re.compile(
    r"\b(?:if|wenn|falls|si|lunch|coffee|dinner|drinks|parking|train|mittagessen|déjeuner"
    r"|almuerzo|comida)\b",
    re.IGNORECASE,
)


def clock_on_day(text: str, fixed: datetime) -> datetime | None:
    """The interview `fixed` on its own day at the hour a sentence that replaces the time
    writes bare ("Make it 3:30 instead, same place."); no day written in that sentence. An
    hour without am/pm is the one nearest the fixed time (3:30 after a 3pm interview is
    15:30). Minutes only with a colon, a dot or "h" ("3:30", "15.30", "15h30"), or a bare hour
    with am/pm, "Uhr" or "h"."""
    for sentence in _SENTENCE.finditer(text[:4000]):
        words = sentence.group()
        if not _INSTEAD.search(words) or not _MOVE_VERB.search(words) or _DAY_WORD.search(words):
            continue
        if _SIDE_PLAN.search(words):
            continue
        for found in _CLOCK.finditer(words):
            if found["minute"] is None and found["half"] is None:
                continue  # a bare number is no hour ("3 people", "room 4")
            if _REPLACED.search(words, 0, found.start()) or _ERRAND.search(words, 0, found.start()):
                continue
            if _ZONE_AFTER.match(words, found.end()):
                return None
            moved = _on_fixed_day(found, fixed)
            if moved is not None and moved != fixed and abs(moved - fixed) <= MAX_SHIFT:
                return moved
    return None


def _on_fixed_day(found: re.Match[str], fixed: datetime) -> datetime | None:
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    half = (found["half"] or "").lower().replace(".", "")
    if half in {"am", "pm"}:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
        return fixed.replace(hour=hour, minute=minute, second=0, microsecond=0)
    options = [hour] if hour > 12 or hour == 0 else [hour, (hour + 12) % 24]
    moments = [fixed.replace(hour=h, minute=minute, second=0, microsecond=0) for h in options]
    return min(moments, key=lambda moment: abs(moment - fixed))


__all__ = ["MAX_SHIFT", "clock_on_day", "shift_of"]
