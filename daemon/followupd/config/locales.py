"""The config's locale-like values: the user's locale, time zone names, draft languages.

A mistyped value gets a did-you-mean, the way an unknown key does ("Europe/Pari" -> did you
mean "Europe/Paris"?; "en-us" is taken as "en_US").
"""

from __future__ import annotations

import difflib
import zoneinfo
from collections.abc import Sequence
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

from followupd.config.reader import TableReader
from followupd.model import DRAFT_LANGUAGES, SALUTATIONS

__all__ = ["SALUTATIONS", "check_timezone", "checked_locale", "closest_zone", "draft_languages"]


@cache
def _zone_names() -> dict[str, str]:
    """Every IANA zone name, by its lowercase spelling."""
    return {name.lower(): name for name in zoneinfo.available_timezones()}


def closest_zone(name: str) -> str | None:
    """The IANA zone a mistyped name most likely meant ("europe/pari" -> "Europe/Paris")."""
    names = _zone_names()
    wanted = name.strip().lower().replace(" ", "_")
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.75)
    return names[close[0]] if close else None


def check_timezone(table: TableReader, name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        close = closest_zone(name)
        hint = f'did you mean "{close}"?' if close else "an IANA name, e.g. Europe/Paris"
        table.problem("timezone", f"unknown time zone {name!r} ({hint})")


def checked_locale(table: TableReader, value: str) -> str:
    """A CLDR locale identifier ("en_US"), or "" (derived from holidays and time zone)."""
    if not value:
        return ""
    normalised = value.strip().replace("-", "_").replace("_UK", "_GB")
    known = _locales()
    try:
        parsed = str(Locale.parse(normalised))
    except (UnknownLocaleError, ValueError, TypeError):
        parsed = ""
    if parsed.lower() in known:
        return known[parsed.lower()]
    close = difflib.get_close_matches(normalised.lower(), list(known), n=1, cutoff=0.6)
    hint = f'did you mean "{known[close[0]]}"?' if close else 'e.g. "en_US", "en_GB", "de_DE"'
    table.problem("locale", f"unknown locale {value!r} ({hint})")
    return ""


@cache
def _locales() -> dict[str, str]:
    return {name.lower(): name for name in locale_identifiers()}


def draft_languages(table: TableReader, values: Sequence[str]) -> tuple[str, ...]:
    """The languages drafts may be written in; English stays the fallback either way."""
    chosen: list[str] = []
    for index, value in enumerate(values):
        code = value.strip().lower()
        if code not in DRAFT_LANGUAGES:
            known = ", ".join(f'"{c}"' for c in DRAFT_LANGUAGES)
            table.problem(f"languages[{index}]", f"{value!r} is not one of {known}")
        elif code not in chosen:
            chosen.append(code)
    return tuple(chosen) or ("en",)
