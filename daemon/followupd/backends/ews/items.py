"""The pure half of the EWS backend: cursors, header blocks from item properties, the slim
form of a very large message, Message-ID and threading headers, batches.

A cursor is "ews1:" + the folder's SyncFolderItems sync state, as the server gave it: the sync
state is the whole position, nothing else is kept. "ews1-first:" marks a first sync the server
interrupted (it got busy after some pages): the next poll goes on from that state and still
keeps only what arrived since the look-back day. Anything else (no cursor, an IMAP cursor left
from before a backend change) means "no position": the folder is synced from scratch.

An item's header block comes from its InternetMessageHeaders, which Exchange fills from the
headers a delivered message arrived with; Received, DKIM and Exchange's own X-MS-Exchange-*
lines are left out, as the IMAP backend leaves them out, and a Received line with the
delivery time and size stands in for them. Items without transport headers (what the user
sent, drafts) get a header block made from their properties: From, To, Cc, Subject, Date,
Message-ID, In-Reply-To, References, Thread-Index and Thread-Topic.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.parser import BytesHeaderParser
from email.utils import format_datetime, formataddr
from typing import Any, TypeVar

T = TypeVar("T")
CURSOR_PREFIX = "ews1:"
FIRST_SYNC_PREFIX = "ews1-first:"
HEADER_CAP = 64 * 1024  # bytes of a header block; the rest is junk or an attack
TEXT_CAP = 2 * 1024 * 1024  # bytes of text kept from a message too large to fetch whole
_DROPPED = ("received", "dkim-signature", "arc-", "x-ms-exchange-", "authentication-results")
_CONTENT = ("content-", "mime-version")

Address = tuple[str, str]  # (display name, address)


@dataclass(frozen=True, slots=True)
class HeaderFacts:
    """What GetItem says about a message, enough for its header block."""

    headers: tuple[tuple[str, str], ...] = ()  # InternetMessageHeaders, in order
    sender: Address | None = None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    subject: str | None = None
    sent: datetime | None = None
    received: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    conversation_index: bytes | None = None
    conversation_topic: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class ThreadHeaders:
    in_reply_to: str | None
    references: str | None
    thread_index: bytes | None


@dataclass(frozen=True, slots=True)
class Position:
    sync_state: str | None  # None: sync from scratch
    first_sync: bool = False  # a first sync not finished: keep the look-back filter


def encode_cursor(sync_state: str, *, first_sync: bool = False) -> str:
    return (FIRST_SYNC_PREFIX if first_sync else CURSOR_PREFIX) + sync_state


def decode_cursor(text: str | None) -> Position:
    """Where a cursor says a folder's sync stands; from scratch when it says nothing usable."""
    for prefix, first_sync in ((FIRST_SYNC_PREFIX, True), (CURSOR_PREFIX, False)):
        if text and text.startswith(prefix) and len(text) > len(prefix):
            return Position(text.removeprefix(prefix), first_sync)
    return Position(None)


def facts_of(item: Any) -> HeaderFacts:
    """HeaderFacts from an exchangelib item (any item type: missing properties are None)."""
    headers = getattr(item, "headers", None) or ()
    return HeaderFacts(
        headers=tuple((str(h.name), str(h.value or "")) for h in headers if h.name),
        sender=_address(getattr(item, "author", None)),
        to=tuple(a for a in map(_address, getattr(item, "to_recipients", None) or ()) if a),
        cc=tuple(a for a in map(_address, getattr(item, "cc_recipients", None) or ()) if a),
        subject=getattr(item, "subject", None),
        sent=getattr(item, "datetime_sent", None),
        received=getattr(item, "datetime_received", None),
        message_id=getattr(item, "message_id", None),
        in_reply_to=getattr(item, "in_reply_to", None),
        references=getattr(item, "references", None),
        conversation_index=getattr(item, "conversation_index", None),
        conversation_topic=getattr(item, "conversation_topic", None),
        size=int(getattr(item, "size", None) or 0),
    )


def _address(mailbox: Any) -> Address | None:
    address = getattr(mailbox, "email_address", None)
    return (str(getattr(mailbox, "name", None) or ""), str(address)) if address else None


def header_block(facts: HeaderFacts) -> bytes:
    """The message's header section, ending with the blank line."""
    lines = _header_lines(facts)
    if facts.received is not None:
        when = format_datetime(facts.received)
        lines.append(f"Received: by ews (size {facts.size}); {when}")
    return _joined(lines)


def slim_message(facts: HeaderFacts, text: str) -> bytes:
    """A message too large to fetch whole, as its headers and its plain text only."""
    lines = [line for line in _header_lines(facts) if not line.lower().startswith(_CONTENT)]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    body = "\r\n".join(text.splitlines()).encode("utf-8", "replace")[:TEXT_CAP]
    return _joined(lines) + body + b"\r\n"


def _header_lines(facts: HeaderFacts) -> list[str]:
    if facts.headers:
        return [
            f"{name}: {_one_line(value)}"
            for name, value in facts.headers
            if _one_line(name) == name and not name.lower().startswith(_DROPPED)
        ]
    return _made_up_lines(facts)


def _made_up_lines(facts: HeaderFacts) -> list[str]:
    found: list[tuple[str, str | None]] = [
        ("From", _addresses((facts.sender,) if facts.sender else ())),
        ("To", _addresses(facts.to)),
        ("Cc", _addresses(facts.cc)),
        ("Subject", _encoded(facts.subject)),
        ("Date", format_datetime(facts.sent) if facts.sent else None),
        ("Message-ID", facts.message_id),
        ("In-Reply-To", facts.in_reply_to),
        ("References", facts.references),
        ("Thread-Index", _base64(facts.conversation_index)),
        ("Thread-Topic", _encoded(facts.conversation_topic)),
    ]
    return [f"{name}: {_one_line(value)}" for name, value in found if value]


def _addresses(addresses: Sequence[Address]) -> str | None:
    if not addresses:
        return None
    return ", ".join(
        formataddr((_one_line(n), _one_line(a)), charset="utf-8") for n, a in addresses
    )


def _encoded(text: str | None) -> str | None:
    if not text:
        return None
    text = _one_line(text)
    return text if text.isascii() else Header(text, "utf-8").encode()


def _base64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data else None


def _one_line(text: str) -> str:
    return " ".join(text.replace("\0", " ").split())


def _joined(lines: list[str]) -> bytes:
    block, total = [], 0
    for line in lines:
        data = line.encode("utf-8", "replace") + b"\r\n"
        if total + len(data) > HEADER_CAP:
            break
        block.append(data)
        total += len(data)
    return b"".join(block) + b"\r\n"


def message_id_of(data: bytes) -> str:
    """The Message-ID header of a message or header block ("" when none)."""
    return str(BytesHeaderParser().parsebytes(data).get("Message-ID", "")).strip()


def searchable_message_id(message_id: str) -> bool:
    """Could this be one of our Message-IDs, fit for an EWS restriction's constant?"""
    text = message_id.strip()
    return bool(text) and text.isascii() and text.isprintable()


def thread_headers(message: bytes) -> ThreadHeaders:
    """In-Reply-To, References and the decoded Thread-Index of a draft, for its properties."""
    parsed = BytesHeaderParser().parsebytes(message)
    in_reply_to = _one_line(str(parsed.get("In-Reply-To", ""))) or None
    references = _one_line(str(parsed.get("References", ""))) or None
    index_text = _one_line(str(parsed.get("Thread-Index", "")))
    try:
        index = base64.b64decode(index_text, validate=True) if index_text else None
    except (binascii.Error, ValueError):
        index = None
    return ThreadHeaders(in_reply_to, references, index or None)


def chunked(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def batches_by_size(
    refs: Sequence[str], sizes: Mapping[str, int], max_bytes: int, max_count: int
) -> Iterator[list[str]]:
    """Consecutive groups under `max_bytes` in total; a message bigger than that goes alone."""
    batch: list[str] = []
    total = 0
    for ref in refs:
        size = sizes.get(ref, max_bytes)
        if batch and (total + size > max_bytes or len(batch) >= max_count):
            yield batch
            batch, total = [], 0
        batch.append(ref)
        total += size
    if batch:
        yield batch
