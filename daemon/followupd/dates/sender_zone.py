"""The sender's clock, when the Date header does not tell it.

Mail servers that stamp every Date in UTC (Exchange Online, many ATS platforms) hide the zone a
writer means by "10:00 am". Only when Date says +0000 do we look for a better reading: the
Content-Language region ("de-DE" -> Europe/Berlin), else a US address with a state and ZIP
code ("Denver, CO 80202"), else the language of the text (German, French, Spanish wording
-> that country's main zone). The result is a zone-aware `sent` for the prose date reader;
a zone written in the text still wins there.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from followupd.model import Mail

_LANGUAGE_ZONES = {
    "de": "Europe/Berlin", "de-at": "Europe/Vienna", "de-ch": "Europe/Zurich",
    "fr": "Europe/Paris", "fr-ca": "America/Toronto", "fr-be": "Europe/Brussels",
    "fr-ch": "Europe/Zurich", "es": "Europe/Madrid", "es-mx": "America/Mexico_City",
    "es-ar": "America/Argentina/Buenos_Aires", "es-co": "America/Bogota",
    "en-gb": "Europe/London", "en-ie": "Europe/Dublin", "it": "Europe/Rome",
    "nl": "Europe/Amsterdam", "pt": "Europe/Lisbon", "pt-br": "America/Sao_Paulo",
    "pl": "Europe/Warsaw", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen",
}  # fmt: skip
_STATE_ZONES = {
    "America/New_York": "CT DC DE FL GA IN KY MA MD ME MI NC NH NJ NY OH PA RI SC VA VT WV",
    "America/Chicago": "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI",
    "America/Denver": "CO MT NM UT WY ID",
    "America/Phoenix": "AZ",
    "America/Los_Angeles": "CA NV OR WA",
    "America/Anchorage": "AK",
    "Pacific/Honolulu": "HI",
}
_ZONE_OF_STATE = {state: zone for zone, states in _STATE_ZONES.items() for state in states.split()}
_US_ADDRESS = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*, ([A-Z]{2}) \d{5}\b")
_LANGUAGE_WORDS = {
    "de": re.compile(r"\b(?:und|wir|ihre?n?|sie|vielen dank|gr(?:ü|ue)(?:ß|ss)en|termin|uhr)\b"),
    "fr": re.compile(r"\b(?:nous|vous|votre|bonjour|merci|cordialement|entretien|avec)\b"),
    "es": re.compile(r"\b(?:nosotros|usted|gracias|saludos|entrevista|hola|para|con)\b"),
}
_MIN_LANGUAGE_HITS = 4


def local_sent(mail: Mail) -> datetime | None:
    """The message Date, moved into the writer's zone when Date is UTC and a hint says where."""
    sent = mail.envelope.date
    if sent is None or sent.utcoffset() is None or sent.utcoffset().total_seconds() != 0:  # type: ignore[union-attr]
        return sent
    zone = writer_zone(mail)
    return sent.astimezone(ZoneInfo(zone)) if zone else sent


def writer_zone(mail: Mail) -> str | None:
    language = (mail.header("content-language") or "").strip().lower().split(",")[0]
    if language and not language.startswith("en-us") and language != "en":
        zone = _LANGUAGE_ZONES.get(language) or _LANGUAGE_ZONES.get(language[:2])
        if zone:
            return zone
    states = _US_ADDRESS.findall(mail.text[:6000])
    zones = {_ZONE_OF_STATE[s] for s in states if s in _ZONE_OF_STATE}
    if len(zones) == 1:
        return zones.pop()
    return _zone_from_wording(mail.text[:3000].lower()) if not language else None


def _zone_from_wording(text: str) -> str | None:
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _LANGUAGE_WORDS.items()}
    language, hits = max(counts.items(), key=lambda item: item[1])
    return _LANGUAGE_ZONES[language] if hits >= _MIN_LANGUAGE_HITS else None
