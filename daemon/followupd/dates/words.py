"""The words of dates and times (English, German, French, Spanish) and the zones they name.

Data only, plus the small lookups that turn a written word into a number or a zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo


def _numbered(words: str, first: int = 1) -> dict[str, int]:
    """{"january": 1, "february": 2, ...} from "january february ..."."""
    return {word: number for number, word in enumerate(words.split(), start=first)}


def _table(lines: str) -> dict[str, str]:
    """{"ET": "America/New_York", ...} from lines of "ET EST EDT = America/New_York"."""
    table: dict[str, str] = {}
    for line in lines.strip().splitlines():
        names, value = line.split("=")
        keys = names.split("|") if "|" in names else names.split()
        table.update(dict.fromkeys((key.strip() for key in keys), value.strip()))
    return table


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
    **{"Tues": 1, "Thur": 3, "Thurs": 3},
}

RELATIVE_DAYS: dict[str, int] = {
    **dict.fromkeys(("today", "tonight", "heute", "aujourd'hui", "aujourd’hui", "hoy"), 0),
    **dict.fromkeys(("tomorrow", "morgen", "demain", "mañana"), 1),
    **dict.fromkeys(("day after tomorrow", "übermorgen", "après-demain", "pasado mañana"), 2),
}

NUMBER_WORDS: dict[str, float] = {
    **_numbered("one two three four five six seven eight nine ten"),
    **_numbered("ein zwei drei vier fünf"),
    **_numbered("un deux trois quatre cinq"),
    **_numbered("uno dos tres cuatro cinco"),
    **dict.fromkeys(("a", "an", "eine", "einer", "einem", "une", "una"), 1),
    **dict.fromkeys(("couple of", "a couple of"), 2),
    **{"zehn": 10, "dix": 10, "diez": 10, "quinze": 15, "quince": 15},
    **{"half an": 0.5, "half a": 0.5, "one and a half": 1.5, "anderthalb": 1.5},
}

_EASTERN = "America/New_York"
_CENTRAL = "America/Chicago"
_PACIFIC = "America/Los_Angeles"

ZONE_ABBREVIATIONS: dict[str, str] = _table("""
    ET EST EDT = America/New_York
    CT CST CDT = America/Chicago
    MT MST MDT = America/Denver
    PT PST PDT = America/Los_Angeles
    AKST AKDT = America/Anchorage
    HST = Pacific/Honolulu
    GMT BST = Europe/London
    UTC Z = UTC
    WET WEST = Europe/Lisbon
    CET CEST MEZ MESZ = Europe/Paris
    EET EEST = Europe/Athens
    MSK = Europe/Moscow
    IST = Asia/Kolkata
    SGT = Asia/Singapore
    HKT = Asia/Hong_Kong
    JST = Asia/Tokyo
    KST = Asia/Seoul
    AEST AEDT AET = Australia/Sydney
    ACST ACDT = Australia/Adelaide
    AWST = Australia/Perth
    NZST NZDT = Pacific/Auckland
    SAST = Africa/Johannesburg
""")

# Written names, matched case-insensitively (longest first in the pattern built from them).
ZONE_NAMES: dict[str, str] = _table("""
    eastern|eastern time|eastern standard time|eastern daylight time = America/New_York
    new york time|nyc time = America/New_York
    central|central time|central standard time|central daylight time|chicago time = America/Chicago
    mountain|mountain time|mountain standard time|mountain daylight time = America/Denver
    pacific|pacific time|pacific standard time|pacific daylight time = America/Los_Angeles
    uk time|london time|british summer time|greenwich mean time = Europe/London
    central european time|central european summer time|paris time|heure de paris = Europe/Paris
    berlin time|deutscher zeit = Europe/Berlin
    hora peninsular|hora de madrid|hora española = Europe/Madrid
    india standard time = Asia/Kolkata
    sydney time = Australia/Sydney
""")

# Places whose clock a time means when the sender's own offset says nothing (+00:00).
ZONE_CITIES: dict[str, str] = _table("""
    New York|NYC|Boston|Washington|Atlanta|Miami|Philadelphia = America/New_York
    Chicago|Austin|Dallas|Houston|Minneapolis = America/Chicago
    Denver|Boulder|Salt Lake City = America/Denver
    Phoenix = America/Phoenix
    San Francisco|Seattle|Los Angeles|Portland|San Diego = America/Los_Angeles
    Palo Alto|Mountain View|San Jose = America/Los_Angeles
    Toronto|Montreal = America/Toronto
    Vancouver = America/Vancouver
    London|Manchester|Edinburgh = Europe/London
    Dublin = Europe/Dublin
    Paris|Lyon = Europe/Paris
    Berlin|Munich|München|Hamburg|Frankfurt|Köln|Cologne = Europe/Berlin
    Madrid|Barcelona = Europe/Madrid
    Amsterdam = Europe/Amsterdam
    Lisbon|Lisboa = Europe/Lisbon
    Zurich|Zürich = Europe/Zurich
    Stockholm = Europe/Stockholm
    Sydney|Melbourne = Australia/Sydney
    Singapore = Asia/Singapore
    Tokyo = Asia/Tokyo
    Bangalore|Bengaluru|Mumbai|Hyderabad = Asia/Kolkata
""")
_PLACE = re.compile(
    r"\b(?:in|at|our|the|from)\s+(?:our\s+|the\s+)?(?P<city>"
    + "|".join(re.escape(c) for c in sorted(ZONE_CITIES, key=len, reverse=True))
    + r")\b(?!,\s*[A-Z]{2}\b)"
)
# Words that mark a text as German (capitalised nouns: matched as written), French or Spanish.
_LANGUAGE_WORDS: tuple[tuple[str, bool, tuple[str, ...]], ...] = (  # (zone, fold case, words)
    ("Europe/Berlin", False, ("Uhr", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")),
    ("Europe/Berlin", False, ("Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Termin")),
    ("Europe/Paris", True, ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "entretien")),
    ("Europe/Paris", True, ("janvier", "février", "avril", "juin", "juillet", "août", "octobre")),
    ("Europe/Madrid", True, ("lunes", "martes", "miércoles", "jueves", "viernes", "entrevista")),
    ("Europe/Madrid", True, ("enero", "febrero", "marzo", "junio", "julio", "octubre")),
)


def language_zone(text: str) -> tuple[str, str] | None:
    """(a word, the zone) when the text is German, French or Spanish; None otherwise.

    Plain substring search first (fast), then a check that the hit is a whole word."""
    folded = lowered(text)
    for zone, fold, words in _LANGUAGE_WORDS:
        haystack = folded if fold else text
        for word in words:
            if _has_word(haystack, word):
                return word, zone
    return None


def _has_word(haystack: str, word: str) -> bool:
    at = haystack.find(word)
    while at >= 0:
        before = haystack[at - 1] if at else " "
        after = haystack[at + len(word) : at + len(word) + 1] or " "
        if not before.isalnum() and not after.isalnum():
            return True
        at = haystack.find(word, at + 1)
    return False


def zone_of_place(text: str) -> tuple[str, str] | None:
    """(the words, the IANA zone) of the one city named in the text, or of its language."""
    cities = {ZONE_CITIES[m["city"]]: m["city"] for m in _PLACE.finditer(text)}
    if len(cities) == 1:
        zone, city = cities.popitem()
        return city, zone
    return language_zone(text)


_US_CLOCKS = (_EASTERN, _CENTRAL, "America/Denver", _PACIFIC)
_EUROPEAN_CLOCKS = ("Europe/London", "Europe/Paris", "Europe/Athens")


def zone_of_offset(sent: datetime, text: str) -> str | None:
    """The zone whose clock showed the sender's offset at the moment of sending, among the US
    and EU zones (whose DST rules then carry a written time across a DST change); None at
    +00:00 (often a server's clock) or when no such zone fits. US zones are not assumed for
    text in German, French or Spanish (a -05:00 sender writing Spanish may be in Bogotá)."""
    offset = sent.utcoffset()
    if not offset:
        return None
    foreign = language_zone(text) is not None
    candidates = _EUROPEAN_CLOCKS if foreign else _US_CLOCKS + _EUROPEAN_CLOCKS
    return next((n for n in candidates if sent.astimezone(ZoneInfo(n)).utcoffset() == offset), None)


US_ZONES = frozenset(
    {_EASTERN, _CENTRAL, "America/Denver", _PACIFIC, "America/Anchorage", "Pacific/Honolulu"}
)


def lowered(text: str) -> str:
    """text.lower() with every character kept at its index (a few lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def offset_hours(moment: datetime) -> float:
    offset = moment.utcoffset()
    return 0.0 if offset is None else offset.total_seconds() / 3600


def zone_named(abbreviation: str, sent: datetime) -> str:
    """The IANA zone an abbreviation means for this sender (IST and CST are ambiguous)."""
    hours = offset_hours(sent)
    if abbreviation == "IST" and hours in (0.0, 1.0):
        return "Europe/Dublin"
    if abbreviation == "IST" and hours in (2.0, 3.0):
        return "Asia/Jerusalem"
    if abbreviation == "CST" and hours == 8.0:
        return "Asia/Shanghai"
    return ZONE_ABBREVIATIONS.get(abbreviation) or ZONE_NAMES[abbreviation.lower()]


def zone_info(name: str) -> tzinfo:
    return UTC if name == "UTC" else ZoneInfo(name)


def fixed_offset(sign: str, hours: str, minutes: str) -> tzinfo:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign in "-−" else delta)


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
