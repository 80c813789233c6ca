"""Header values of untrusted mail: raw 8-bit text, RFC 2047 words, addresses, dates, ids.

Decoding is our own (on compat32 raw values) because email.policy.default raises on some
malformed headers and carries state we do not want; every function here returns a value for
any input and never raises.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from followupd.mail.address_list import address_pairs
from followupd.mail.charsets import codec_for
from followupd.model import Person

MAX_HEADER_CHARS = 4_000
MAX_ADDRESSES = 200
MAX_REFERENCES = 100

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MSG_ID = re.compile(r"<([^<>\s]{1,900})>")
_ID_SEPARATORS = re.compile(r"[<>\s\"(),;:]+")
_BARE_ID = re.compile(r"^[^@]{1,900}@[^@]{1,255}$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The usual Date form, read without email.utils (which handles every odd one, slowly).
_COMMON_DATE = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) (" + "|".join(_MONTHS) + r") ([1-9]\d{3}) (\d{2}):(\d{2})"
    r"(?::(\d{2}))? ([+-])(\d{2})(\d{2})",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]{1,64}@[^@\s<>\"(),;:]{1,255}$")


def raw_to_text(raw: str) -> str:
    """A compat32 raw header (8-bit bytes kept as surrogates) as text: UTF-8, else cp1252."""
    if raw.isascii():  # what the round trip below would give back
        return raw
    try:
        data = raw.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return raw
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_word(charset: str, encoding: str, payload: str) -> bytes:
    if encoding.lower() == "b":
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
        try:
            return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
        except (binascii.Error, ValueError):
            return payload.encode("ascii", "replace")
    text = payload.replace("_", " ")
    return binascii.a2b_qp(text.encode("ascii", "replace"))


def _bytes_to_text(data: bytes, charset: str) -> str:
    codec = codec_for(charset) or "utf-8"
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")


def decode_words(value: str) -> str:
    """RFC 2047 encoded words decoded; adjacent words of one charset joined before decoding."""
    if "=?" not in value:  # in every encoded word
        return value
    value = _BETWEEN_WORDS.sub(r"\1\2", value)
    pieces: list[str] = []
    position = 0
    pending: tuple[str, bytearray] | None = None
    for match in _ENCODED_WORD.finditer(value):
        if match.start() > position:
            if pending:
                pieces.append(_bytes_to_text(bytes(pending[1]), pending[0]))
                pending = None
            pieces.append(value[position : match.start()])
        charset, encoding, payload = match.groups()
        data = _decode_word(charset, encoding, payload)
        if pending and pending[0].lower() == charset.lower():
            pending[1].extend(data)
        else:
            if pending:
                pieces.append(_bytes_to_text(bytes(pending[1]), pending[0]))
            pending = (charset, bytearray(data))
        position = match.end()
    if pending:
        pieces.append(_bytes_to_text(bytes(pending[1]), pending[0]))
    pieces.append(value[position:])
    return "".join(pieces)


def clean(text: str, limit: int = MAX_HEADER_CHARS) -> str:
    """One line: control characters (CR, LF, bidi overrides...) to spaces, runs collapsed."""
    text = text[: limit * 2]
    if text.isprintable():  # no control character, and no blank but the plain space
        return (text.strip() if "  " not in text else " ".join(text.split()))[:limit]
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]


def header_text(raw: str) -> str:
    """A header value as one clean line of text: 8-bit bytes and encoded words decoded."""
    raw = raw[: MAX_HEADER_CHARS * 4]
    if raw.isascii() and "=?" not in raw:
        return clean(raw)
    return clean(decode_words(raw_to_text(raw)))


def is_address(text: str) -> bool:
    """A plain addr-spec: one "@", no whitespace, no control character (CR, LF, U+0085...),
    nothing that would split or quote it, at most 254 characters."""
    return len(text) <= 254 and text.isprintable() and bool(_ADDRESS.match(text))


def addresses(raw_values: list[str]) -> tuple[Person, ...]:
    """Every well-formed address in these header values, lowercase, with decoded names."""
    if not raw_values:
        return ()
    text = ", ".join(raw_to_text(v[: MAX_HEADER_CHARS * 8]) for v in raw_values)
    people: dict[str, Person] = {}
    for name, found in address_pairs(text.replace("\r", " ").replace("\n", " ")):
        address = found.strip().strip("<>").lower()
        if len(people) >= MAX_ADDRESSES:
            break
        if not _ADDRESS.match(address):
            continue
        display = clean(decode_words(name), 200).strip("'\" ")
        previous = people.get(address)
        if previous is None or (display and not previous.name):
            people[address] = Person(address, "" if display.lower() == address else display)
    return tuple(people.values())


def message_ids(raw: str, limit: int = MAX_REFERENCES) -> tuple[str, ...]:
    """The <id> tokens of a Message-ID / In-Reply-To / References value (bare a@b wrapped)."""
    text = raw_to_text(raw[:100_000])
    if "=?" in text:  # some mailers (Python's own, on long lines) encode the ids as words
        text = decode_words(text)
    found = [f"<{m}>" for m in _MSG_ID.findall(text)]
    if not found and "@" in text:
        found = [f"<{token}>" for token in _ID_SEPARATORS.split(text) if _BARE_ID.match(token)]
    unique = list(dict.fromkeys(found))
    if len(unique) > limit:  # keep the thread root and the most recent ones
        unique = unique[:1] + unique[-(limit - 1) :]
    return tuple(unique)


def synthetic_message_id(header_section: bytes) -> str:
    digest = hashlib.sha256(header_section).hexdigest()[:32]
    return f"<{digest}@followupd.invalid>"


def parse_date(raw: str) -> datetime | None:
    """An aware datetime in the sender's own offset, or None when absent, naive or invalid."""
    text = clean(raw_to_text(raw), 200)
    if not text:
        return None
    if common := _COMMON_DATE.fullmatch(text):
        return _common_date(common)
    try:
        moment = parsedate_to_datetime(text)  # naive for "-0000" or no zone at all
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    return moment if moment.tzinfo is not None else None


def _common_date(found: re.Match[str]) -> datetime | None:
    """What parsedate_to_datetime makes of "Mon, 2 Nov 2026 10:00:00 +0100", sooner."""
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    offset = int(zone_hours) * 3600 + int(zone_minutes) * 60
    if sign == "-" and not offset:
        return None  # "-0000": local time of an unknown zone
    try:
        zone = timezone(timedelta(seconds=-offset if sign == "-" else offset))
        return datetime(
            int(year),
            _MONTHS.index(month.lower()) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def received_date(raw_values: list[str]) -> datetime | None:
    """The newest date among Received headers (the text after each one's last ';')."""
    dates = [parse_date(raw.rpartition(";")[2]) for raw in raw_values if ";" in raw]
    known = [d for d in dates if d is not None]
    return max(known) if known else None
