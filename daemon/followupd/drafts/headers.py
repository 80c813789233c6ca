"""Header-safe values for drafts: text, addresses, Message-IDs and subjects from untrusted mail.

Everything that reaches a draft's header from an incoming message (a display name, a subject,
an address, a Message-ID) passes through here first. Python's `email` package decodes RFC 2047
encoded words when a header value is set, so a subject such as ``=?utf-8?q?x=0D=0ABcc:_y?=``
would turn into a real line break and a forged header on output: encoded words are decoded
here, control characters removed, and any ``=?`` left over is broken up, so the value set is
plain text that cannot be reinterpreted.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.policy import Policy
from typing import Any

MAX_NAME = 100
MAX_SUBJECT = 400
MAX_TEXT = 200
MAX_MESSAGE_ID = 250
MAX_REFERENCES = 20  # kept: the first one and the last MAX_REFERENCES - 1

_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|sv|vs|antw|odp|rif|r|fw|fwd|wg|tr|enc|rv)(?:\s*\[\d+\])?\s*[:：]\s*",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$"
)
_MESSAGE_ID = re.compile(r"^<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$")
_LINE_BREAKS = {"\u2028", "\u2029", "\x85"}


def decode_encoded_words(text: str) -> str:
    """Decode RFC 2047 encoded words (twice at most: nested encodings are a trick, not mail)."""
    for _ in range(2):
        if "=?" not in text:
            break
        try:
            text = str(make_header(decode_header(text)))
        except (ValueError, LookupError, UnicodeError):
            break
    return text


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """One line of plain text: no control characters, no encoded words, at most `limit` chars."""
    text = decode_encoded_words(text)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in _LINE_BREAKS or category in {"Cc", "Zl", "Zp"}:
            kept.append(" ")
        elif category not in {"Cf", "Cs", "Co", "Cn"}:
            kept.append(char)
    single_line = " ".join("".join(kept).split())
    single_line = single_line.replace("=?", "= ?")
    return shorten(single_line, limit)


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary near `limit`, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def clean_address(address: str) -> str | None:
    """A lowercase ASCII addr-spec, or None when it is not one we can safely put in a header."""
    candidate = address.strip().lower()
    if len(candidate) > 254 or "=?" in candidate or not _ADDRESS.match(candidate):
        return None
    return candidate


def domain_of(address: str) -> str:
    """The domain of an address, for the draft's Message-ID ("followupd.invalid" if unusable)."""
    clean = clean_address(address)
    return clean.rpartition("@")[2] if clean else "followupd.invalid"


def clean_message_id(message_id: str) -> str | None:
    """A "<left@right>" Message-ID safe to repeat in In-Reply-To/References, else None."""
    candidate = message_id.strip()
    if len(candidate) > MAX_MESSAGE_ID or "=?" in candidate or not _MESSAGE_ID.match(candidate):
        return None
    return candidate


def trim_references(ids: Sequence[str], limit: int = MAX_REFERENCES) -> list[str]:
    """Valid, de-duplicated ids; when too many, the first and the most recent (RFC 5322 3.6.4)."""
    seen: set[str] = set()
    valid: list[str] = []
    for raw in ids:
        clean = clean_message_id(raw)
        if clean and clean not in seen:
            seen.add(clean)
            valid.append(clean)
    if len(valid) <= limit:
        return valid
    return [valid[0], *valid[-(limit - 1) :]]


def base_subject(subject: str) -> str:
    """The subject without reply/forward prefixes ("Re: RE: Fwd: AW: SV: x" -> "x")."""
    text = clean_text(subject, MAX_SUBJECT)
    while True:
        stripped = _REPLY_PREFIX.sub("", text, count=1)
        if stripped == text:
            return text.strip()
        text = stripped


def reply_subject(subject: str) -> str:
    """One "Re: " before the base subject; "" when there is no subject to answer."""
    base = base_subject(subject)
    return f"Re: {base}" if base else ""


class _MessageIdListHeader:
    """In-Reply-To / References: one id per folded line, never turned into encoded words.

    The stock unstructured header would encode a long Message-ID (Outlook's often pass 78
    characters) as an RFC 2047 word, which no client recognises as an id and breaks threading.
    """

    max_count = 1

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        kwds["decoded"] = " ".join(value.split())
        kwds["parse_tree"] = None

    def fold(self, *, policy: Policy) -> str:
        name = self.name  # type: ignore[attr-defined]
        ids = str(self).split()
        return f"{name}: " + f"{policy.linesep} ".join(ids) + policy.linesep


_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_THREAD_INDEX_HEADER = 22  # bytes: FILETIME's high 48 bits, then the conversation GUID
_THREAD_INDEX_CHILD = 5
_THREAD_INDEX_MAX = _THREAD_INDEX_HEADER + 100 * _THREAD_INDEX_CHILD


def reply_thread_index(parent: str, moment: datetime, salt: bytes) -> str | None:
    """Outlook's Thread-Index for a reply: the parent's, plus one 5-byte child block.

    [MS-OXOMSG] 2.2.1.3: a child block holds a 1-bit code, 31 bits of the time since the
    header's moment (FILETIME, coarsened by 18 or 23 bits) and 8 bits of randomness (taken
    from `salt`, so the same draft gets the same value). Outlook and Exchange put messages
    whose first 22 bytes agree in one conversation. None when `parent` is not a valid index.
    """
    try:
        raw = base64.b64decode(parent.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    children = len(raw) - _THREAD_INDEX_HEADER
    if children < 0 or children % _THREAD_INDEX_CHILD or len(raw) >= _THREAD_INDEX_MAX:
        return None
    header_time = int.from_bytes(raw[:6], "big") << 16
    delta = max(0, _filetime(moment) - header_time)
    child = _time_delta_word(delta).to_bytes(4, "big") + (salt[:1] or b"\0")
    return base64.b64encode(raw + child).decode("ascii")


def _time_delta_word(delta: int) -> int:
    """Delta code 0: bits 18..48 of the delta; code 1 (over ~1.8 years): bits 23..53."""
    if delta < 1 << 49:
        return (delta >> 18) & 0x7FFFFFFF
    return (1 << 31) | ((delta >> 23) & 0x7FFFFFFF)


def _filetime(moment: datetime) -> int:
    """100-nanosecond intervals since 1601-01-01 UTC (Windows FILETIME)."""
    elapsed = moment.astimezone(UTC) - _FILETIME_EPOCH
    return (elapsed.days * 86_400 + elapsed.seconds) * 10_000_000 + elapsed.microseconds * 10


def _draft_header_registry() -> HeaderRegistry:
    registry = HeaderRegistry(base_class=BaseHeader)
    registry.map_to_type("in-reply-to", _MessageIdListHeader)  # type: ignore[arg-type]
    registry.map_to_type("references", _MessageIdListHeader)  # type: ignore[arg-type]
    return registry


# SMTP flavour (CRLF, what IMAP APPEND wants) with the id-list headers above.
DRAFT_POLICY = policy.SMTP.clone(header_factory=_draft_header_registry())
