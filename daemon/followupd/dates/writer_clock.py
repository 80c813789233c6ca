"""The writer's own clock, for a time written without a zone and with none named in the text.

A time is wall-clock time where the writer is, so a fixed offset from the Date header is read
as the US or EU zone that showed it when sending (-05:00 on March 4 is New York, and "2pm" on
March 10 is then 14:00-04:00); an offset no such zone fits (-03:00, +05:30) stays fixed, and
US zones are not assumed for German/French/Spanish text (a -05:00 sender writing Spanish may be
in Bogotá). A sender at +00:00 is often a server's clock: then a single city named ("our
Denver office") or German/French/Spanish wording picks the zone, else UTC. Either way it is a
guess about the writer, which zone_choice.py weighs against the other plausible zones.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from followupd.dates.words import lowered, offset_hours
from followupd.dates.zone_words import zone_info

_EASTERN, _CENTRAL, _PACIFIC = "America/New_York", "America/Chicago", "America/Los_Angeles"
# Places whose clock a time means when the sender's own offset says nothing (+00:00).
_CITIES: dict[str, str] = {
    city: zone
    for zone, cities in (
        (_EASTERN, "New York|NYC|Boston|Washington|Atlanta|Miami|Philadelphia"),
        (_CENTRAL, "Chicago|Austin|Dallas|Houston|Minneapolis"),
        ("America/Denver", "Denver|Boulder|Salt Lake City"),
        ("America/Phoenix", "Phoenix"),
        (_PACIFIC, "San Francisco|Seattle|Los Angeles|Portland|San Diego"),
        (_PACIFIC, "Palo Alto|Mountain View|San Jose"),
        ("America/Toronto", "Toronto|Montreal"),
        ("America/Vancouver", "Vancouver"),
        ("Europe/London", "London|Manchester|Edinburgh"),
        ("Europe/Dublin", "Dublin"),
        ("Europe/Paris", "Paris|Lyon"),
        ("Europe/Berlin", "Berlin|Munich|München|Hamburg|Frankfurt|Köln|Cologne"),
        ("Europe/Madrid", "Madrid|Barcelona"),
        ("Europe/Amsterdam", "Amsterdam"),
        ("Europe/Lisbon", "Lisbon|Lisboa"),
        ("Europe/Zurich", "Zurich|Zürich"),
        ("Europe/Stockholm", "Stockholm"),
        ("Australia/Sydney", "Sydney|Melbourne"),
        ("Asia/Singapore", "Singapore"),
        ("Asia/Tokyo", "Tokyo"),
        ("Asia/Kolkata", "Bangalore|Bengaluru|Mumbai|Hyderabad"),
    )
    for city in cities.split("|")
}
_PLACE = re.compile(
    r"\b(?:in|at|our|the|from)\s+(?:our\s+|the\s+)?(?P<city>"
    + "|".join(re.escape(c) for c in sorted(_CITIES, key=len, reverse=True))
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
_US_CLOCKS = (_EASTERN, _CENTRAL, "America/Denver", _PACIFIC)
_EUROPEAN_CLOCKS = ("Europe/London", "Europe/Paris", "Europe/Athens")


def writer_clock(text: str, sent: datetime, zones_written: bool) -> tuple[tzinfo, str]:
    """The writer's zone as `sent` and the text show it, and a note saying how it was read
    ("" when it is simply the sender's). `zones_written`: the text writes zones (so a city it
    names is no clue to the writer's own)."""
    sender_zone = sent.tzinfo or UTC
    if isinstance(sender_zone, ZoneInfo):
        return sender_zone, ""
    if offset_hours(sent) != 0:
        clock = zone_of_offset(sent, text)
        return (ZoneInfo(clock), f"sender's offset read as {clock}") if clock else (sender_zone, "")
    guessed = None if zones_written else zone_of_place(text)
    if guessed is None:
        return sender_zone, ""
    return zone_info(guessed[1]), f"sender at +00:00; zone {guessed[1]} from {guessed[0]!r}"


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
    cities = {_CITIES[m["city"]]: m["city"] for m in _PLACE.finditer(text)}
    if len(cities) == 1:
        zone, city = cities.popitem()
        return city, zone
    return language_zone(text)


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
