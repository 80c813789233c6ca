"""Clock times and lengths written in prose: "2pm ET", "3:30-4:15 PM PT", "14h30", "45 minutes".

A `TimeSpan` is a time of day (or a range) with the zone written after it, if any (zone_choice.py
gives the zone of one without); a `DurationSpan` is a length. Neither knows its day: mentions.py
pairs them with days.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from followupd.dates.word_times import word_times
from followupd.dates.words import WEEKDAYS, alternation, lowered, number_value
from followupd.dates.zone_phrases import zone_after

MAX_INTERVIEW = timedelta(hours=8)
_DEADLINE_MINUTE = time(23, 59)


@dataclass(frozen=True, slots=True)
class TimeSpan:
    start: int
    end: int
    begin: time
    finish: time | None  # end of a written range
    zone: tzinfo | None  # None: nothing written (zone_choice.py says which applies)
    zone_name: str  # IANA name, "UTC+hh:mm", YOURS ("2pm your time"), or "" when none written
    bare: bool  # a lone hour ("at 11"): a time only right after a day


@dataclass(frozen=True, slots=True)
class DurationSpan:
    start: int
    end: int
    length: timedelta


_I = re.IGNORECASE
# ("a las 11 hs", "15 hrs": an hour in Argentina and Mexico, a 24-hour clock; without "at" a
# length, "dura 2 hs")
_SUFFIX = r"(?P<s{n}>\s?[ap]\.?\s?m\b\.?|\s?uhr\b|\s?h\b(?!\s?\d)|\s?hr?s\b|\s?noon\b)"
_CLOCK = (
    r"(?P<h{n}>[01]?\d|2[0-3])(?!\d)(?:(?P<sep{n}>[:.]|\s?h\s?)(?P<m{n}>[0-5]\d)(?::[0-5]\d)?)?"
)
_TIME_PATTERN = (
    r"(?<![\w$€£¥.,:/+#-])(?:(?P<noon>noon|midday|mittag|midi|mediodía)\b|"
    + _CLOCK.format(n=1)
    + "(?:"
    + _SUFFIX.format(n=1)
    + r")?)(?:\s*(?P<conn>{connectors})\s*"
    + _CLOCK.format(n=2)
    + "(?:"
    + _SUFFIX.format(n=2)
    + "(?![\\w-]))?)?(?![\\w:/]|[.,]\\d)"
)
_TIME = re.compile(  # lowercase: run on lowered text
    _TIME_PATTERN.format(
        connectors=r"-|–|—|to|until|till|through|bis|à|a(?:\s+las)?|and|und|et|y(?:\s+las)?"
    )
)
# One clock time, no range: "10 Uhr" of "um 10 Uhr und 14 Uhr", two times.
_ONE_TIME = re.compile(_TIME_PATTERN.format(connectors="(?!)"))
# Only "between" makes these a range: "zwischen 9 und 11 Uhr", "entre 9h et 11h".
_AND_BETWEEN_ONLY = ("und", "et")
_LENGTH_AFTER = re.compile(
    r"\s*(?:minutes?|mins?|hours?|hr?s|hr|stunden?|minuten|heures?|minutos?|horas?)\b",
    re.IGNORECASE,
)
_DAYPART_AFTER = re.compile(
    r"\s*(?:(?P<morning>in\s+the\s+morning|de\s+la\s+mañana|morgens|vormittags|du\s+matin)"
    r"|in\s+the\s+(?:afternoon|evening)|de\s+la\s+(?:tarde|noche)|abends|nachmittags"
    r"|du\s+soir|de\s+l['’]après-midi)\b",
    re.IGNORECASE,
)
# "jueves 16 a las 11", "jeudi 16 à 11h": the number after a weekday is the day of the month,
# not the start of a range that ends at 11.
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:" + alternation(WEEKDAYS) + r"|lun|mar|mer|jeu|ven|mié|mie|jue|vie)\.?,?\s*$", _I
)
_AT_BEFORE = re.compile(r"\b(?:at|um|à|a\s+las|@)\s*$", _I)
_CLOCK_AFTER = re.compile(
    r"\.?,?\s*(?:at|um|à|a\s+las?|from|von|de|dès|ab)\s+\d|\.?,?\s*\d{1,2}(?:[:h.]\d\d)?\s*(?:am|pm"
    r"|a\.m\.|p\.m\.|uhr|h\b|hs\b)",
    _I,
)
_TODAY_BEFORE = re.compile(
    r"\b(?:today|tomorrow|tmrw|heute|morgen|aujourd'hui|demain|hoy|mañana)\s*$", _I
)
_HOUR_BEFORE = re.compile(r"\b(?:um|à|a\s+las|a\s+la)\s*$", _I)
_FROM_HOUR_BEFORE = re.compile(r"\b(?:de|from|entre|von)\s*$", _I)  # "de 10 a 12 hs"
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre(?:\s+las)?|zwischen)\s*$", _I)
_AND = ("and", "und", "et", "y", "y las")
_FRENCH_H_BEFORE = re.compile(r"\b(?:à|vers|dès|entre|de)\s*$", _I)
# "une vingtaine de minutes", "una treintena de minutos": about that many
_ABOUT = {
    **dict.fromkeys(("dizaine", "decena"), 10),
    **dict.fromkeys(("quinzaine", "quincena"), 15),
    **dict.fromkeys(("vingtaine", "veintena"), 20),
    **dict.fromkeys(("trentaine", "treintena"), 30),
    **dict.fromkeys(("quarantaine", "cuarentena"), 40),
    **dict.fromkeys(("cinquantaine", "cincuentena"), 50),
    **dict.fromkeys(("soixantaine", "sesentena"), 60),
}
_NUMBER = (
    r"(?:une|una)\s+(?:" + "|".join(_ABOUT) + r")\s+de|"
    r"\d+(?:[.,]\d+)?|"
    + r"a\s+couple\s+of|couple\s+of|half\s+an?|one\s+and\s+a\s+half|"
    + (
        r"an?|one|two|three|four|five|six|seven|eight|ein(?:e|er)?|zwei|drei|une?|deux|trois|una?|d"
        r"os|tres"
    )
)
_DURATION = re.compile(
    rf"(?<![\w.])(?:(?P<n>{_NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<n2>\d+))?[\s-]*"
    r"(?P<unit>hours?|hrs?|hs|minutes?|mins?|stunden?|minuten|heures?|minutos?|horas?)\b"
    r"(?P<half>\s+(?:and\s+a\s+half|et\s+demie|y\s+media))?"
    r"(?P<quarter>\s+(?:and\s+a\s+quarter|et\s+quart|y\s+cuarto))?"
    r"|(?P<fixed>half[\s-]an?[\s-]hour|half-hour|halbe\s+stunde|demi-heure|media\s+hora))",
)
_NOT_A_LENGTH_BEFORE = re.compile(
    r"\b(?:within|in|after|every|per|up\s+to|innerhalb|binnen|sous|dans|dentro)"
    r"(?:\s+(?:the|der|les|los|las|de))?(?:\s+(?:next|last|past|coming))?\s*$",
    _I,
)


_A_WAY_AFTER = re.compile(
    r"\s*(?:de (?:route|trajet|train|voiture|vol|marche)|en (?:train|voiture|avion|car|bus|tgv)"
    r"|(?:by|of) (?:train|car|plane|bus|road)|(?:drive|flight|ride|away|entfernt|fahrt)\b"
    r"|mit dem (?:auto|zug)|de viaje|en coche|de camino"
    # a time to come ahead, not the meeting's length: "please arrive 15 minutes early"
    r"|early|before(?:hand)?|ahead|in advance|prior|earlier|vorher|früher|à l'avance|en avance"
    r"|avant|antes|de antelación|de anticipación)",
    re.IGNORECASE,
)


def find_times(text: str, sent: datetime) -> list[TimeSpan]:
    """Every clock time or time range in `text`, with the zone written after it."""
    spans = []
    low, position = lowered(text), 0
    while (match := _TIME.search(low, position)) is not None:
        position = match.end()
        if _is_day_of_month(match, text):
            position = match.start("conn")  # read on from "a las 11"
            continue
        if (match["conn"] or "").strip() in _AND_BETWEEN_ONLY and not _between(match, text):
            match = _ONE_TIME.match(low, match.start()) or match  # two times: read the first
            position = match.end()
        span = _time_span(match, text, sent)
        if span is not None:
            spans.append(span)
    said = [span for span in _said_times(text, low, sent) if not _overlaps(span, spans)]
    return sorted(spans + said, key=_start) if said else spans


def _said_times(text: str, low: str, sent: datetime) -> Iterator[TimeSpan]:
    """Clock times said in words ("halb drei", "half past two", word_times.py)."""
    for start, end, hour, minute in word_times(low):
        begin = time(_hour24(hour, _meridiem(None, _daypart(text, end))), minute)
        written = zone_after(text, end, sent)
        if written is None:
            yield TimeSpan(start, end, begin, None, None, "", False)
        else:
            yield TimeSpan(start, written.end, begin, None, written.zone, written.name, False)


def _overlaps(span: TimeSpan, spans: list[TimeSpan]) -> bool:
    return any(other.start < span.end and span.start < other.end for other in spans)


def _start(span: TimeSpan) -> int:
    return span.start


def _is_day_of_month(match: re.Match[str], text: str) -> bool:
    """A bare number after a weekday, then "a las" or "à" (which introduce a clock time, where a
    range says "de 10 a 11", "de 10h à 11h"): "jueves 16 a las 11" is the 16th at 11."""
    # (or a day and month: "jueves 12.03 a las 10:00")
    if not match["h2"] or (match["m1"] and match["sep1"] != ".") or match["s1"]:
        return False
    if " ".join(match["conn"].split()) not in ("a las", "à"):
        return False
    return _WEEKDAY_BEFORE.search(text, max(0, match.start() - 14), match.start()) is not None


def _between(match: re.Match[str], text: str) -> bool:
    return _BETWEEN_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None


def _time_span(match: re.Match[str], text: str, sent: datetime) -> TimeSpan | None:
    between = bool(match["conn"]) and _between(match, text)
    if _not_a_time(match, text, between):
        return None
    clock = _clock(match, _daypart(text, match.end()))
    # ("bis 23:59 Uhr", "by 11:59 PM": a deadline's last minute, no meeting)
    if clock is None or _is_decimal(match, text) or clock[0] == _DEADLINE_MINUTE:
        return None
    begin, finish, bare = clock
    if _wants_a_word_before(match, text, bare, between):
        return None
    if not bare and _is_french_length(match, text):
        return None
    written = zone_after(text, match.end(), sent)
    if written is None:
        return TimeSpan(match.start(), match.end(), begin, finish, None, "", bare)
    return TimeSpan(match.start(), written.end, begin, finish, written.zone, written.name, bare)


def _wants_a_word_before(match: re.Match[str], text: str, bare: bool, between: bool) -> bool:
    """A lone number is a time only after "at" ("Wednesday at 11") or "between"; "11 hs" only
    after a word that brings an hour ("a las 11 hs"): "2 to 3 hrs", "de 2 a 3 hs", "capped at
    3 hrs" are lengths ("de 10 a 12 hs" is a range of hours)."""
    before = text[max(0, match.start() - 8) : match.start()]
    if _hours_word(match):
        if match["h2"]:
            return int(match["h1"]) < 7 or not _FROM_HOUR_BEFORE.search(before)
        return not _HOUR_BEFORE.search(before)
    return bare and not (between or _AT_BEFORE.search(before))


def _hours_word(match: re.Match[str]) -> bool:
    """ "hs" or "hrs" written after a number without minutes, on either end of a range."""
    return any(not match[f"m{n}"] and (match[f"s{n}"] or "").strip() in ("hs", "hrs") for n in "12")


def _not_a_time(match: re.Match[str], text: str, between: bool) -> bool:
    """ "2pm and 4pm": two times, not a range; "between 20 and 30 minutes": a length (not
    "12:00 hrs", a clock time)."""
    if match["conn"] and " ".join(match["conn"].lower().split()) in _AND and not between:
        return True
    return not (match["m1"] or match["s1"]) and _LENGTH_AFTER.match(text, match.end()) is not None


def _is_decimal(match: re.Match[str], text: str) -> bool:
    """'2.10' or '3.50' without am/pm/Uhr, "at" ("at 14.30") or a day ("Thursday 10.30",
    "tomorrow 9.15") before it, is a number."""
    dotted = [n for n in "12" if (match[f"sep{n}"] or "") == "."]
    if not dotted or match["s1"] or match["s2"]:
        return False
    before = max(0, match.start() - 14)
    after_a_day = _WEEKDAY_BEFORE.search(text, before, match.start()) or _TODAY_BEFORE.search(
        text, before, match.start()
    )
    # ("Donnerstag, 10.03." and "10.03.2026" are dates; no month is 00 or past 12)
    minute = int(match["m1"] or 0)
    # ("Thursday 12.03 at 2pm": a date, the time after it)
    if after_a_day and _CLOCK_AFTER.match(text, match.end()):
        return True
    if after_a_day and (not 1 <= minute <= 12 or not text.startswith(".", match.end())):
        return False
    return not _AT_BEFORE.search(text, max(0, match.start() - 8), match.start())


def _is_french_length(match: re.Match[str], text: str) -> bool:
    """'2h' is a length more often than a time, unless after 'à', 'vers', 'de'..."""
    suffix = (match["s1"] or "").strip().lower()
    if suffix != "h" or int(match["h1"]) >= 8:
        return False
    return not _FRENCH_H_BEFORE.search(text, max(0, match.start() - 8), match.start())


def _daypart(text: str, end: int) -> str:
    """'am' or 'pm' when words after the time say so ("de la tarde", "in the morning")."""
    found = _DAYPART_AFTER.match(text, end)
    if found is None:
        return ""
    return "am" if found["morning"] else "pm"


def _clock(match: re.Match[str], daypart: str = "") -> tuple[time, time | None, bool] | None:
    """(start, end of range or None, whether it is a lone hour) in 24-hour time."""
    if match["noon"]:
        return time(12), None, False
    if not match["h2"]:
        start = _minutes(match["h1"], match["m1"], _meridiem(match["s1"], daypart))
        return _as_time(start), None, not (match["m1"] or match["s1"])
    if not (match["m1"] or match["s1"] or match["m2"] or match["s2"]):
        return None  # "2 to 3": no clock written
    second = _meridiem(match["s2"], daypart)
    first = _meridiem(match["s1"], daypart) if match["s1"] else second
    start = _minutes(match["h1"], match["m1"], first)
    end = _minutes(match["h2"], match["m2"], second or first)
    if first in ("am", "pm") and not match["s1"] and start >= end:  # "11-1pm", "11:30-12:15pm"
        start = _minutes(match["h1"], match["m1"], "am" if first == "pm" else "pm")
    if end <= start and end < 12 * 60:  # "11:30am-1": the end is after noon
        end += 12 * 60
    return _as_time(start), (_as_time(end) if start < end < 24 * 60 else None), False


def _minutes(hour: str, minute: str | None, meridiem: str) -> int:
    if not meridiem and len(hour) == 2 and hour.startswith("0"):
        meridiem = "24"  # "01:14", "02:30": a leading zero writes a 24-hour clock
    return _hour24(int(hour), meridiem) * 60 + int(minute or 0)


def _as_time(minutes: int) -> time:
    return time((minutes // 60) % 24, minutes % 60)


def _meridiem(suffix: str | None, daypart: str = "") -> str:
    """'am', 'pm', '24' (Uhr/h: a 24-hour clock) or '' (nothing written); words after the
    time ("8 Uhr abends", "8 de la tarde") decide when no am/pm is written."""
    letters = (suffix or "").lower().replace(".", "").replace(" ", "")
    written = {"am": "am", "pm": "pm", "uhr": "24", "h": "24", "hs": "24", "hrs": "24"}.get(
        letters, "pm" if letters == "noon" else ""
    )
    return written if written in ("am", "pm") else daypart or written


def _hour24(hour: int, meridiem: str) -> int:
    if meridiem == "am":
        return 0 if hour == 12 else hour
    if meridiem == "pm":
        return hour if hour == 12 else hour + 12
    if meridiem == "" and 1 <= hour <= 6:
        return hour + 12  # a bare "2:30" for an interview is in the afternoon
    return hour


def find_durations(
    text: str, windows: Iterable[tuple[int, int]] | None = None
) -> list[DurationSpan]:
    """Lengths that could be an interview's: 10 minutes to 8 hours, not "within 2 hours"."""
    spans: list[DurationSpan] = []
    for start, end in [(0, len(text))] if windows is None else windows:
        spans.extend(_durations_in(text, start, end))
    return spans


def _durations_in(text: str, start: int, end: int) -> Iterator[DurationSpan]:
    for match in _DURATION.finditer(lowered(text), start, end):
        if _NOT_A_LENGTH_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _A_WAY_AFTER.match(text, match.end()):
            continue  # "à une heure et demie de route", "two hours by train": a journey's
        length = _length(match)
        if length is not None and timedelta(minutes=10) <= length <= MAX_INTERVIEW:
            yield DurationSpan(match.start(), match.end(), length)


def _length(match: re.Match[str]) -> timedelta | None:
    if match["fixed"]:
        return timedelta(minutes=30)
    words = match["n"].split()
    about = _ABOUT.get(words[1]) if len(words) == 3 else None
    amount = about or number_value(match["n2"] or match["n"].replace(",", "."))
    if amount is None:
        return None
    if match["half"]:
        amount += 0.5
    if match["quarter"]:
        amount += 0.25
    unit = match["unit"].lower()
    minutes = amount if unit.startswith("min") else amount * 60
    return timedelta(minutes=round(minutes))
