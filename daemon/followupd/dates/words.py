"""The words of dates and times (English, German, French, Spanish); zones are in zone_words.py.

Data only, plus the small lookups that turn a written word into a number, and the regex trie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any


def _numbered(words: str, first: int = 1) -> dict[str, int]:
    """{"january": 1, "february": 2, ...} from "january february ..."."""
    return {word: number for number, word in enumerate(words.split(), start=first)}


MONTHS: dict[str, int] = {
    **_numbered(
        "january february march april may june july august september october november december"
    ),
    **_numbered("jan feb mar apr may jun jul aug sep oct nov dec"),
    **_numbered(
        "januar februar märz april mai juni juli august september oktober november dezember"
    ),
    **_numbered(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    **_numbered(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    **{"sept": 9, "jänner": 1, "maerz": 3, "fevrier": 2, "aout": 8, "decembre": 12, "setiembre": 9},
}

WEEKDAYS: dict[str, int] = {
    **_numbered("monday tuesday wednesday thursday friday saturday sunday", 0),
    **_numbered("montag dienstag mittwoch donnerstag freitag samstag sonntag", 0),
    **_numbered("lundi mardi mercredi jeudi vendredi samedi dimanche", 0),
    **_numbered("lunes martes miércoles jueves viernes sábado domingo", 0),
    **{"sonnabend": 5, "miercoles": 2, "sabado": 5},
}

# Abbreviations count only when capitalised and directly before a date ("Tue, Mar 10"):
# "Sat", "Sun", "Wed" and "Mon" are otherwise ordinary words or parts of them.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    **_numbered("Mon Tue Wed Thu Fri Sat Sun", 0),
    **{"Tues": 1, "Weds": 2, "Thur": 3, "Thurs": 3},
    # typed in lowercase on a phone; not "mon", "wed", "sat", "sun": words of their own
    **{"tues": 1, "weds": 2, "thur": 3, "thurs": 3, "fri": 4},
}

RELATIVE_DAYS: dict[str, int] = {
    **dict.fromkeys(("today", "tonight", "heute", "aujourd'hui", "aujourd’hui", "hoy"), 0),
    **dict.fromkeys(("tomorrow", "tmrw", "tmw", "tmrrw", "morgen", "demain", "mañana"), 1),
    **dict.fromkeys(("day after tomorrow", "übermorgen", "après-demain", "pasado mañana"), 2),
}

NUMBER_WORDS: dict[str, float] = {
    **_numbered("one two three four five six seven eight nine ten eleven twelve"),
    **_numbered("ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"),
    **_numbered("un deux trois quatre cinq six sept huit neuf dix onze douze"),
    **_numbered("uno dos tres cuatro cinco seis siete ocho nueve diez once doce"),
    **dict.fromkeys(("a", "an", "eine", "einer", "einem", "einen", "eines", "une", "una"), 1),
    **dict.fromkeys(("couple of", "a couple of", "un par de"), 2),
    **dict.fromkeys(("fourteen", "vierzehn", "quatorze", "catorce"), 14),
    **dict.fromkeys(("fifteen", "fünfzehn", "quinze", "quince"), 15),
    **dict.fromkeys(("twenty", "zwanzig", "vingt", "veinte"), 20),
    **dict.fromkeys(("thirty", "dreißig", "trente", "treinta"), 30),
    **{"half an": 0.5, "half a": 0.5, "one and a half": 1.5, "anderthalb": 1.5},
}


def lowered(text: str) -> str:
    """text.lower() with every character kept at its index (a few lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def offset_hours(moment: datetime) -> float:
    offset = moment.utcoffset()
    return 0.0 if offset is None else offset.total_seconds() / 3600


def number_value(word: str) -> float | None:
    """'3' -> 3, 'two' -> 2, '1.5' -> 1.5; None for words that are no number ("few")."""
    cleaned = " ".join(word.lower().split())
    if cleaned.replace(".", "", 1).isdigit():
        return float(cleaned)
    return NUMBER_WORDS.get(cleaned)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, the longest it can ("sept" before "sep").

    Written as a trie ("s(?:ep(?:t(?:ember)?)?)") rather than "september|sept|sep": Python's
    engine then tries a handful of first letters instead of every word at each position.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    ends_here = "" in node
    body = "|".join(branches)
    if len(branches) > 1 or ends_here:
        body = f"(?:{body})"
    return body + ("?" if ends_here else "")
