"""The pure half of IMAP sync: cursors, folder states, and reading imaplib's FETCH data.

A cursor is "imap1:<UIDVALIDITY>:<last UID>:<HIGHESTMODSEQ or ->": every message with a UID up
to `last UID` has been reported (or was older than the look-back). A folder needs no further
command when its UIDVALIDITY is the cursor's and its UIDNEXT is not past `last UID + 1`. A
first scan recorded page by page leaves cursors with a fifth part, the look-back day
("...:-:20260901"): the scan goes on from there with the same look-back.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from email.parser import BytesHeaderParser
from itertools import pairwise
from typing import TypeVar

T = TypeVar("T")
CURSOR_PREFIX = "imap1"
HEADER_CAP = 64 * 1024  # bytes of a header section fetched; the rest is junk or an attack
MESSAGE_CAP = 32 * 1024 * 1024  # bytes of a whole message fetched
BATCH_BYTES = 4 * 1024 * 1024  # whole messages per UID FETCH, by their sizes
BATCH_MESSAGES = 50
HEADER_BATCH = 500  # header sections per UID FETCH
# The header fields anything downstream reads (parse, triage, classify, people, sender_zone),
# and a few kept for evidence. Received and DKIM lines, most of a header section's bytes, are
# left out: the server's INTERNALDATE stands in for them (see with_internal_date).
HEADER_FIELDS = (
    "From Sender To Cc Reply-To Subject Date Message-ID In-Reply-To References "
    "MIME-Version Content-Type Content-Transfer-Encoding Content-Language "
    "List-Id List-Unsubscribe List-Post Precedence Auto-Submitted X-Autoreply X-Autorespond "
    "X-Auto-Response-Suppress Delivered-To X-Original-To Return-Path Thread-Index Thread-Topic "
    "X-Mailer X-MS-Has-Attach X-MS-Exchange-Calendar-Series-Instance-ID Feedback-ID "
    "X-Microsoft-Original-Message-ID "
    "List-Unsubscribe-Post X-Campaign X-Campaign-Id X-CampaignID X-MC-User X-Mailin-Campaign "
    "X-Roving-Id X-SFMC-Stack X-Newsletter"
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ServerResponseError(ValueError):
    """The server answered OK with something we cannot read."""


@dataclass(frozen=True, slots=True)
class Cursor:
    uidvalidity: int
    last_uid: int
    highest_modseq: int | None = None
    since: date | None = None  # the look-back of a first scan not finished yet

    def encode(self) -> str:
        modseq = "-" if self.highest_modseq is None else str(self.highest_modseq)
        text = f"{CURSOR_PREFIX}:{self.uidvalidity}:{self.last_uid}:{modseq}"
        return text if self.since is None else f"{text}:{self.since:%Y%m%d}"


def decode_cursor(text: str | None) -> Cursor | None:
    """The cursor in `text`; None when absent or not one of ours (then the folder resyncs)."""
    if not text:
        return None
    parts = text.split(":")
    if len(parts) not in (4, 5) or parts[0] != CURSOR_PREFIX:
        return None
    numbers = parts[1:3] + ([] if parts[3] == "-" else [parts[3]])
    if not all(part.isdigit() for part in numbers):
        return None
    modseq = None if parts[3] == "-" else int(parts[3])
    since = None
    if len(parts) == 5:
        try:
            since = date(int(parts[4][:4]), int(parts[4][4:6]), int(parts[4][6:]))
        except ValueError:
            return None
    return Cursor(int(parts[1]), int(parts[2]), modseq, since)


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int
    highest_modseq: int | None = None
    messages: int | None = None  # when asked


_STATUS_ITEMS = re.compile(rb"\((?P<items>[^()]*)\)\s*$")


def parse_status(data: Sequence[object]) -> FolderState:
    """imaplib's STATUS data (b'INBOX (UIDNEXT 5 UIDVALIDITY 7 HIGHESTMODSEQ 9)')."""
    for item in data:
        line = item[0] + item[1] if isinstance(item, tuple) else item
        if not isinstance(line, bytes) or (match := _STATUS_ITEMS.search(line)) is None:
            continue
        words = match["items"].decode("ascii", "replace").upper().split()
        values = dict(zip(words[::2], words[1::2], strict=False))
        if "UIDVALIDITY" in values and "UIDNEXT" in values:
            return state_from(values)
    raise ServerResponseError("no UIDVALIDITY/UIDNEXT in the STATUS response")


def state_from(values: Mapping[str, str]) -> FolderState:
    if not (values.get("UIDVALIDITY", "").isdigit() and values.get("UIDNEXT", "").isdigit()):
        raise ServerResponseError(f"no UIDVALIDITY/UIDNEXT in {dict(values)}")
    modseq = values.get("HIGHESTMODSEQ")
    messages = values.get("MESSAGES", values.get("EXISTS"))
    return FolderState(
        uidvalidity=int(values["UIDVALIDITY"]),
        uidnext=int(values["UIDNEXT"]),
        highest_modseq=int(modseq) if modseq and modseq.isdigit() else None,
        messages=int(messages) if messages and messages.isdigit() else None,
    )


def nothing_new(cursor: Cursor | None, state: FolderState) -> bool:
    return (
        cursor is not None
        and cursor.uidvalidity == state.uidvalidity
        and state.uidnext <= cursor.last_uid + 1
    )


def next_cursor(state: FolderState, found_uids: Iterable[int], previous: Cursor | None) -> Cursor:
    """Everything below UIDNEXT was looked at, plus whatever arrived while we looked."""
    last = max([state.uidnext - 1, *found_uids], default=0)
    if previous is not None and previous.uidvalidity == state.uidvalidity:
        last = max(last, previous.last_uid)
    return Cursor(state.uidvalidity, last, state.highest_modseq)


def message_ref(uidvalidity: int, uid: int) -> str:
    """A message's ref: its UID within one UIDVALIDITY epoch.

    A bare UID is not enough: after a UIDVALIDITY change the server numbers from 1 again,
    and a new message would look like one already seen.
    """
    return f"{uidvalidity}:{uid}"


def ref_uid(ref: str, uidvalidity: int) -> int | None:
    """The UID a ref names in the current epoch; None for another epoch or a malformed ref."""
    epoch, _, uid = ref.partition(":")
    if not (epoch.isdigit() and uid.isdigit()) or int(epoch) != uidvalidity:
        return None
    return int(uid)


def search_since(day: date) -> str:
    return f"SINCE {day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def search_after(valid: Cursor | None, since: date) -> tuple[str, int, date | None]:
    """SEARCH criteria for what a poll reports after a cursor still valid (none: a first
    scan since `since`), the UID every result must be above, and the look-back a page's
    cursor keeps while the scan is not finished."""
    if valid is None:
        return search_since(since), 0, since
    criteria = f"UID {valid.last_uid + 1}:*"
    if valid.since is not None:  # a first scan recorded page by page goes on
        criteria += f" {search_since(valid.since)}"
    return criteria, valid.last_uid, valid.since


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    size: int  # RFC822.SIZE, 0 when not asked
    data: bytes  # the one literal asked for (header section or whole message)
    internal_date: str = ""  # INTERNALDATE as sent ("17-Jul-1996 02:44:25 -0700"), if asked


_UID = re.compile(rb"\bUID (\d+)", re.I)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.I)
_INTERNAL_DATE = re.compile(rb'\bINTERNALDATE "([^"\r\n]{1,40})"', re.I)


def parse_fetch(data: Sequence[object]) -> Iterator[Fetched]:
    """imaplib's UID FETCH data: (prefix, literal) tuples, each followed by its closing bytes.

    Servers may put UID before or after the literal; bare bytes items without a literal are
    unsolicited FLAGS updates or items with no data, and items without a UID are dropped.
    """
    items = list(data)
    for index, item in enumerate(items):
        if not (isinstance(item, tuple) and len(item) == 2):
            continue
        prefix, literal = bytes(item[0]), bytes(item[1])
        after = items[index + 1] if index + 1 < len(items) else b""
        meta = prefix + (after if isinstance(after, bytes) else b"")
        uid = _UID.search(meta)
        if uid is None:
            continue
        size = _SIZE.search(meta)
        internal = _INTERNAL_DATE.search(meta)
        when = internal[1].decode("ascii", "replace") if internal else ""
        yield Fetched(int(uid[1]), int(size[1]) if size else 0, literal, when)


def with_internal_date(header: bytes, internal_date: str, size: int = 0) -> bytes:
    """The server's INTERNALDATE (and size) added to a header section as a Received line.

    Received lines are not fetched. parse falls back to the newest Received date when the
    Date header is missing or unreadable, and the synthetic Message-ID of a message without
    one hashes the header section: the delivery time and size keep two such messages apart.
    """
    if not internal_date:
        return header
    day = internal_date.strip().replace("-", " ", 2)  # "17-Jul-1996 ..." -> "17 Jul 1996 ..."
    line = f"Received: by imap (size {size}); {day}\r\n".encode("ascii", "replace")
    body = header.rstrip(b"\r\n")
    return (body + b"\r\n" if body else b"") + line + b"\r\n"


def sizes_from(data: Sequence[object]) -> dict[int, int]:
    """UID -> RFC822.SIZE from a literal-free FETCH response."""
    sizes: dict[int, int] = {}
    for item in data:
        if isinstance(item, bytes) and (uid := _UID.search(item)) and (size := _SIZE.search(item)):
            sizes[int(uid[1])] = int(size[1])
    return sizes


_ESEARCH_ALL = re.compile(rb"\bALL\s+([0-9:,]+)", re.I)


def uids_from_search(data: Sequence[object]) -> array[int]:
    """imaplib's UID SEARCH data (b"3 4 9"), ascending."""
    found = array(
        "I", (int(uid) for line in data if isinstance(line, bytes) for uid in line.split())
    )
    return found if _ascending(found) else array("I", sorted(found))


def uids_from_esearch(lines: Sequence[object]) -> array[int]:
    """ESEARCH answers (b'(TAG "A4") UID ALL 1:500,502'): the UIDs of their ALL sets."""
    found = array("I")
    for line in lines:
        if isinstance(line, bytes) and (match := _ESEARCH_ALL.search(line)) is not None:
            for run in match[1].split(b","):
                first, _, last = run.partition(b":")
                low, high = sorted((int(first), int(last or first)))
                found.extend(range(low, high + 1))
    return found if _ascending(found) else array("I", sorted(set(found)))


def _ascending(uids: array[int]) -> bool:
    return all(a < b for a, b in pairwise(uids))


def uid_set(uids: Iterable[int]) -> str:
    """Compact IMAP sequence set: [1, 2, 3, 7, 9, 10] -> "1:3,7,9:10"."""
    ordered = sorted(set(uids))
    if not ordered:
        raise ValueError("an empty UID set would fetch the whole folder")
    runs: list[str] = []
    start = previous = ordered[0]
    for uid in [*ordered[1:], None]:
        if uid is not None and uid == previous + 1:
            previous = uid
            continue
        runs.append(str(start) if start == previous else f"{start}:{previous}")
        if uid is not None:
            start = previous = uid
    return ",".join(runs)


def chunked(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def batches_by_size(
    uids: Sequence[int], sizes: Mapping[int, int], max_bytes: int, max_count: int
) -> Iterator[list[int]]:
    """Consecutive groups under `max_bytes` in total; a message bigger than that goes alone."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        size = min(sizes.get(uid, max_bytes), MESSAGE_CAP)
        if batch and (total + size > max_bytes or len(batch) >= max_count):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


def imap_quoted(text: str) -> str:
    """An IMAP quoted string; refuses what cannot be one (CR, LF, NUL, non-ASCII)."""
    if not text.isascii() or any(ch in text for ch in "\r\n\0"):
        raise ValueError(f"cannot quote {text!r} for IMAP")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def any_header_search(header: str, values: Sequence[str]) -> str:
    """SEARCH criteria matching a message whose `header` contains any of `values`."""
    keys = [f"HEADER {header} {imap_quoted(value)}" for value in values]
    if not keys:
        raise ValueError("nothing to search for")
    criteria = keys[-1]
    for key in reversed(keys[:-1]):
        criteria = f"OR {key} {criteria}"
    return criteria


def searchable_message_id(message_id: str) -> bool:
    """Could this be one of our Message-IDs, safe inside a quoted SEARCH string?"""
    text = message_id.strip()
    return bool(text) and text.isascii() and not any(ch in text for ch in '\r\n\0"\\')


def message_id_of(data: bytes) -> str:
    """The Message-ID header of a message or header block ("" when none)."""
    return str(BytesHeaderParser().parsebytes(data).get("Message-ID", "")).strip()
