"""Zones as they are written: right after a time ("2pm PT", "14h (heure de Paris)", "10:00
Madrid", "(UTC+01:00) Amsterdam, Berlin"), and anywhere else in a text ("All times Eastern",
"Times shown in CET", "Mountain Time" under a name, "Zeitzone: MEZ").

One grammar serves both: an optional offset, then an IANA name, an abbreviation, "your time",
or a clock named in words. A clock in words is a region, nationality or place (zone_words.py)
with a time word before it ("heure de", "hora del", "time in") or after it ("time", "Zeit").
Without a time word only a US region or a place counts, and only where it cannot be something
else: right after a time (a place then at the end of its clause: "2pm Sydney will call" is a
person) or in a zone line; never "Central America" or "Eastern Europe".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.dates.words import alternation, lowered
from followupd.dates.zone_words import (
    ABBREVIATIONS,
    BARE_REGIONS,
    FREE_ABBREVIATIONS,
    abbreviation_zone,
    every_form,
    fixed_offset,
    is_bare_zone,
    is_place,
    region_zone,
    zone_info,
    zone_key,
)

YOURS = "yours"  # the zone name of "2pm your time": the reader's zone

_OFFSET = (
    r"(?P<off>(?:UTC|GMT)[ \t]?(?P<sign>[+\-−])[ \t]?(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?"
    r"|(?P<rsign>[+\-−])(?P<roh>\d\d)(?P<rom>\d\d)(?!\d))"
)
_IANA = (
    r"(?P<iana>(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
    r"/[A-Za-z_]+(?:/[A-Za-z_]+)?)"
)
_ONE_ABBREVIATION = alternation(ABBREVIATIONS)
_ABBREVIATION = rf"(?P<abbr>{_ONE_ABBREVIATION}(?:/{_ONE_ABBREVIATION})*)(?![\w+\-−])"
_LEAD = (
    r"(?P<lead>heure(?:\s+locale)?(?:\s+(?:de|du|des)\s+|\s+d['’]\s*|\s+)"
    r"|hora(?:\s+local)?(?:\s+(?:de|del)\s+|\s+)|horario(?:\s+(?:de|del)\s+|\s+)"
    r"|(?:local\s+)?time\s+in\s+(?:the\s+)?|ortszeit\s+(?:in\s+)?|zeit\s+in\s+"
    # (right after a time, "de" names the clock too: "a las 15 hs de Argentina")
    r"|(?P<at>(?:in|à|en|de|del)\s+(?:our\s+|the\s+)?))"
)
_TAIL = (
    r"(?P<tail>(?:[ \t]+(?:local[ \t]+)?(?:(?:standard|daylight|summer|savings?)[ \t]+)?time"
    r"(?:[ \t]+zone)?|[ \t]*-?[ \t]*(?:orts|sommer|winter|normal|standard)?zeit)\b)"
)
_KEY = alternation(every_form()).replace("'", "['’]")
_NAME = rf"(?i:{_LEAD}?(?P<key>{_KEY})\b{_TAIL}?)"
_YOURS = (
    r"(?P<yours>(?i:your\s+(?:local\s+)?time|(?:ihrer|deiner)\s+(?:orts)?zeit"
    r"|votre\s+heure(?:\s+locale)?|(?:su|tu)\s+hora(?:\s+local)?)\b)"
)
_US_AND_CANADA = r"(?:(?<=\w)[ \t]*-?[ \t]*\(?US[ \t]*(?:&|and)[ \t]*Canada\)?)?(?:(?<=\w)\))?"


# The patterns below are large; compiled on first use, so that starting the daemon (or a
# command that never reads a zone) does not pay for them.
@cache
def _after_time() -> re.Pattern[str]:
    return re.compile(
        r"[ \t]*(?:\n[ \t]*)?(?P<comma>,[ \t]*)?(?:\(\s*)?"
        rf"(?:{_OFFSET}\)?[ \t]*(?:\(\s*)?)?"
        rf"(?:{_IANA}|{_ABBREVIATION}|{_YOURS}|{_NAME})?" + _US_AND_CANADA
    )


_DECLARATION = (
    r"(?P<decl>(?i:(?:all\s+)?(?:the\s+)?times(?:\s*:\s*|\s+)(?:(?:are|is)\s+)?(?:(?:shown|listed|g"
    r"iven|"
    r"displayed|quoted|stated|noted|indicated|written|expressed|mentioned)\s+)?(?:(?:in|as)\s+)?"
    r"(?:the\s+)?|time[\s-]?zone\s*(?:is\s*)?[:\-–]?\s*"
    r"|(?:alle\s+)?(?:uhr)?zeit(?:en|angaben)(?:\s*:\s*|\s+)(?:sind\s+)?(?:in\s+)?(?:der\s+)?"
    r"|zeitzone\s*[:\-–]?\s*|(?:toutes\s+les\s+)?heures\s+(?:sont\s+)?(?:(?:indiquées|données|"
    r"exprimées|affichées|mentionnées)\s+)?(?:en\s+)?|fuseau(?:\s+horaire)?\s*[:\-–]?\s*"
    r"|(?:todas\s+las\s+)?horas\s+(?:son\s+|están\s+)?(?:(?:indicadas|expresadas|mostradas)\s+)?"
    r"(?:en\s+)?|(?:zona|huso)\s+horari[oa]\s*[:\-–]?\s*|horarios?\s*(?:en\s+|:\s*))"
    r"[ \t]*(?:\(\s*)?)"
)


@cache
def _zone_line() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w/]){_DECLARATION}(?:{_OFFSET}(?:\)[ \t]*|[ \t]+)(?:\(\s*)?)?"
        rf"(?:{_IANA}|{_ABBREVIATION}|{_NAME})?{_US_AND_CANADA}"
    )


@cache
def _zone_words() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/])(?:{_IANA}|{_ABBREVIATION}|{_NAME}){_US_AND_CANADA}")


# What every zone written on its own holds, and so where to look for one: a time word, with
# the clock's name before it ("Pacific time", "Berliner Zeit") or after it ("heure de Paris"),
# a zone line's word ("All times", "Zeitzone:"), an abbreviation or an IANA name. Found with
# str.find and a plain pattern, and checked by hand: a regex of them all costs more than the
# search it saves.
_CAPITALS = re.compile(r"[A-Z][A-Z]{1,4}(?![A-Za-z])|[A-Z][a-z]{3,9}/(?=[A-Z])")
_STEMS = ("time", "zeit", "heure", "hora", "fuseau")
_LINE_ENDINGS = ("angaben", "zone", " zone", "-zone", "rio", "ria")
_BEFORE_TAIL = frozenset(
    {form.lower().replace("’", "'").split()[-1] for form in every_form()}
    | {"standard", "daylight", "summer", "saving", "savings", "local"}
)
_ZEIT_PREFIXES = ("orts", "sommer", "winter", "normal", "standard")
_LINE_BEFORE, _LINE_AFTER, _NAME_BEFORE = 25, 70, 45
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[).,;:/\n(–\-!?])")


@dataclass(frozen=True, slots=True)
class WrittenZone:
    """A zone written in the text: its IANA name (or "UTC+hh:mm", or YOURS), and where."""

    start: int
    end: int
    name: str
    zone: tzinfo | None  # None for YOURS: the reader's zone, which the text does not say
    declared: bool = False  # a zone line: the zone of every time in the text ("All times ET")


# An abbreviation typed in lowercase right after a time, closing its clause: "10am cet)",
# "3pm est." (never before a word: "15h cet après-midi" is French for "this afternoon").
_TYPED_ZONES = frozenset(  # (not "ist", German for "is")
    {"cet", "cest", "gmt", "utc", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"}
    | {"aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "sgt", "hkt", "jst", "kst", "sast"}
    | {"eet", "eest", "mez", "mesz", "msk", "akst", "akdt", "hst", "wib"}
)
_TYPED_LOWER = re.compile(r"[ \t]+\(?(?P<low>[a-z]{2,5})(?=[ \t]*(?:[),.;!?]|$))", re.MULTILINE)


def zone_after(text: str, end: int, sent: datetime) -> WrittenZone | None:
    """The zone written right after a time that ends at `end`, if one is."""
    typed = _TYPED_LOWER.match(text, end)
    if typed is not None and typed["low"] in _TYPED_ZONES:
        text = text[: typed.start("low")] + typed["low"].upper() + text[typed.end("low") :]
    match = _after_time().match(text, end)
    if match is None:
        return None
    if match["comma"] and match["key"] and not (match["tail"] or match["lead"]):
        return None  # "at 2pm, Madrid office": a bare word after a comma is no zone
    return _written(match, text, sent, after_time=True)


def zones_named(text: str, sent: datetime) -> list[WrittenZone]:
    """Every zone written anywhere in `text` that is a zone on its own: zone lines ("All
    times Eastern"), clocks named with a time word, IANA names and the abbreviations that
    are never anything else ("CET", not "PT")."""
    found: dict[int, WrittenZone] = {}
    for match in _candidates(text):
        written = _written(match, text, sent, after_time=False)
        if written is not None and written.start not in found:
            found[written.start] = written
    return [found[start] for start in sorted(found)]


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of the zone patterns near the anchors, where alone they can be."""
    low = lowered(text)
    for kind, at in _word_anchors(low):
        if kind == "line":  # ("Mountain Time Zone" is no zone line, but a zone)
            start, stop = max(0, at - _LINE_BEFORE), min(len(text), at + _LINE_AFTER)
            yield from _zone_line().finditer(text, start, stop)
            yield from _zone_words().finditer(text, start, stop)
        elif kind == "tail":
            yield from _zone_words().finditer(text, max(0, at - _NAME_BEFORE), at + 20)
        else:
            yield from _matched(_zone_words(), text, at)
    for capitals in _CAPITALS.finditer(text):
        at, word = capitals.start(), capitals.group()
        alone = at == 0 or not text[at - 1].isalpha()
        if alone and (word in FREE_ABBREVIATIONS or word.endswith("/")):
            yield from _matched(_zone_words(), text, at)


def _matched(pattern: re.Pattern[str], text: str, at: int) -> Iterator[re.Match[str]]:
    found = pattern.match(text, at)
    if found is not None:
        yield found


def _word_anchors(low: str) -> list[tuple[str, int]]:
    """("line" | "lead" | "tail", index) of each word a zone written on its own leans on."""
    anchors = []
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            kind, where = _anchor_kind(low, stem, at)
            if kind:
                anchors.append((kind, where))
            at = low.find(stem, at + len(stem))
    return anchors


def _anchor_kind(low: str, stem: str, at: int) -> tuple[str, int]:
    """What the time word at `at` can hold (a zone line, a zone after it, one before it:
    "" for none), and where the word starts ("Ortszeit" before its "zeit")."""
    end = at + len(stem)
    following = low[end : end + 7] + " "
    plural = following[0] in "sn" and not following[1].isalpha()  # times, heures, horas
    plural = plural or (following[:2] == "en" and not following[2].isalpha())  # Zeiten
    if plural or stem == "fuseau" or following.startswith(_LINE_ENDINGS):
        return "line", at  # Zeiten, Zeitzone, time zone, horario, zona horaria
    if following[0].isalpha() or following[0] in "'’":
        return "", at  # timeline, timely, Zeitraum
    word = _without_prefix(low, at) if stem == "zeit" else at
    if word > 0 and low[word - 1].isalpha():
        return "", at  # meantime, anytime, Arbeitszeit
    if stem in ("heure", "hora") or following.startswith(" in ") or low.startswith("orts", word):
        return "lead", word
    return ("tail", at) if _word_before(low, word) in _BEFORE_TAIL else ("", at)


def _without_prefix(low: str, at: int) -> int:
    """Where "Sommerzeit", "Ortszeit" start, given where their "zeit" does."""
    for prefix in _ZEIT_PREFIXES:
        if low.endswith(prefix, 0, at):
            return at - len(prefix)
    return at


def _word_before(low: str, at: int) -> str:
    end = at
    while end > 0 and low[end - 1] in " \t-":
        end -= 1
    start = end
    while start > 0 and (low[start - 1].isalpha() or low[start - 1] in "'’"):
        start -= 1
    return low[start:end].replace("’", "'")


def _written(
    match: re.Match[str], text: str, sent: datetime, *, after_time: bool
) -> WrittenZone | None:
    declared = bool(_group(match, "decl"))
    zone: tuple[str, tzinfo | None] | None = None
    if match["iana"]:
        zone = _iana(match["iana"])
    if zone is None and match["abbr"]:
        zone = _abbreviation(match["abbr"], sent, free=not (after_time or declared))
    if zone is None and _group(match, "yours"):
        zone = (YOURS, None) if after_time else None
    if (
        zone is None
        and match["key"]
        and _counts(match, text, after_time=after_time, declared=declared)
    ):
        name = region_zone(match["key"])
        zone = (name, zone_info(name)) if name else None
    if zone is None and _group(match, "off") and (after_time or declared):
        sign, hours = match["sign"] or match["rsign"], match["oh"] or match["roh"]
        minutes = match["om"] or match["rom"] or "00"
        zone = (f"UTC{sign}{int(hours):02d}:{minutes}", fixed_offset(sign, hours, minutes))
    if zone is None:
        return None
    return WrittenZone(match.start(), match.end(), zone[0], zone[1], declared)


def _group(match: re.Match[str], name: str) -> str | None:
    """A group of a match, None also when its pattern has no such group."""
    return match[name] if name in match.re.groupindex else None


def _iana(name: str) -> tuple[str, tzinfo] | None:
    try:
        return name, ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # "America/Nowhere": not a zone; an offset written with it may still be


def _abbreviation(written: str, sent: datetime, *, free: bool) -> tuple[str, tzinfo] | None:
    first = written.partition("/")[0]
    if free and first not in FREE_ABBREVIATIONS:
        return None
    name = abbreviation_zone(first, sent)
    return name, zone_info(name)


def _counts(match: re.Match[str], text: str, *, after_time: bool, declared: bool) -> bool:
    """Whether a clock named in words is a zone here (see the module's docstring)."""
    key = match["key"]
    if match["at"] and not (after_time or match["tail"]):
        return False  # "our office in London" says where, not which clock
    if match["tail"] or (match["lead"] and not match["at"]):
        return True
    if not (after_time or declared) or not is_bare_zone(key):
        return False
    if _CAPITALISED_NEXT.match(text, match.end("key")):
        return False  # "Central America", "Eastern Europe", "Pacific Northwest"
    if zone_key(key) in BARE_REGIONS or match["at"] or declared:
        return True
    return is_place(key) and key[0].isupper() and bool(_CLAUSE_END.match(text, match.end("key")))
