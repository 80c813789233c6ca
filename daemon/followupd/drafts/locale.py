"""Dates, weekdays and lists of names as the user's locale writes them, from CLDR (Babel).

The locale sets formats, the language sets words: an English draft for a US user says
"Tuesday, March 10", for a UK user "Tuesday, 10 March"; a German draft "Dienstag, 10. März".
A draft in another language than the user's locale uses that language's formats for the
user's country where CLDR has them (en_DE, es_US, fr_CA), else the language's own.

The user's locale is `[me] locale`, else derived: the country of `[me] holidays`, else the
country of `[me] timezone`, with that country's main official language ("US" -> en_US, "DE"
-> de_DE, "CH" -> de_CH); with neither, international English (en_001: "Tuesday 10 March").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date
from babel.lists import format_list
from babel.localedata import locale_identifiers

from followupd.model import Me

FALLBACK = "en_001"
_OFFICIAL = ("official", "de_facto_official")
_YEAR = re.compile(r"[\s,]*(?:'de'\s*)?y+")
# Spanish prose writes no comma between the weekday and the day ("el martes 10 de marzo").
_ES_WEEKDAY_COMMA = re.compile(r"^(\w+),")
# ...and "y" is "e" before an "i" sound ("Ana e Inés"), not before a diphthong ("y hierro").
_SPANISH_E = re.compile(r"h?[iíIÍ](?![aeoáéóu])", re.IGNORECASE)


@cache
def _known() -> frozenset[str]:
    return frozenset(locale_identifiers())


def _territory_of_zone(zone: str) -> str:
    territory = get_global("zone_territories").get(zone, "")
    return "" if territory in {"", "ZZ", "001"} else str(territory)


def _main_language(territory: str) -> str:
    spoken = get_global("territory_languages").get(territory, {})
    official = [lang for lang, info in spoken.items() if info.get("official_status") in _OFFICIAL]
    return official[0] if official else "en"


@cache
def user_locale(identifier: str, holidays: str, timezone: str) -> Locale:
    if identifier:
        try:
            return Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            pass
    territory = holidays.upper() or _territory_of_zone(timezone)
    if territory:
        candidate = f"{_main_language(territory)}_{territory}"
        if candidate in _known():
            return Locale.parse(candidate)
    return Locale.parse(FALLBACK)


@cache
def draft_locale(me: Me, language: str) -> Locale:
    """The formats of a draft in `language` for this user."""
    user = user_locale(me.locale, me.holidays, me.timezone)
    if user.language == language:
        return user
    candidate = f"{language}_{user.territory}"
    if user.territory and candidate in _known():
        return Locale.parse(candidate)
    return Locale.parse(language)


def prose_date(day: date, locale: Locale, with_year: bool) -> str:
    """A date as written in a sentence: weekday, day and month; the year only when asked."""
    pattern = str(locale.date_formats["full"].pattern)
    if not with_year:
        pattern = _YEAR.sub("", pattern).strip(" ,")
    text = format_date(day, pattern, locale=locale)
    if locale.language == "es":
        text = _ES_WEEKDAY_COMMA.sub(r"\1", text)
    return text


def weekday(day: date, locale: Locale) -> str:
    return format_date(day, "EEEE", locale=locale)


def join_names(names: Sequence[str], locale: Locale) -> str:
    """ "Dana Lee and Sam Roe"; "A, B, and C" in the US; Spanish "y" before "i-" is "e"."""
    if len(names) <= 1:
        return "".join(names)
    if locale.language == "es" and _SPANISH_E.match(names[-1]):
        return ", ".join(names[:-1]) + " e " + names[-1]
    return format_list(list(names), locale=locale)
