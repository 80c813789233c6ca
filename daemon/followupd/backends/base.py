"""The one port to mail storage: `Mailbox`, in the domain's words.

IMAP, Exchange and local Maildir / .eml folders implement it. Sync is headers first: `poll`
(or `poll_pages`, the same in pages for a long first scan) returns the headers of what is new
since a cursor, the engine decides which messages can matter, and `fetch` brings only what is
read of those: their text and calendar parts (a long text part only its start when asked,
`RawMessage.cut` then says so), or the whole message where a backend cannot do less.
`drafts_removed_since` lets a cycle skip looking for its drafts when nothing left Drafts.
Before saving a draft the engine takes `drafts_mark`; after a crash, `drafts_lost_since` tells
a draft that never landed from one the user deleted (store/intents.py).
Implementations translate their library's errors into `TransientMailboxError` /
`PermanentMailboxError`; nothing above catches library exceptions. No implementation can send
mail: the only writes are `save_draft` (into Drafts) and `leave_note` (the user's own note into
INBOX, replacing the day's earlier one).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Protocol, Self

from followupd.model import FolderRole

# Marks a message rebuilt without the parts that were not downloaded (big attachments): the
# reader then knows the message is not whole. Backends add it; nothing else writes it.
SKIPPED_HEADER = b"X-Followupd-Skipped"


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """A new message known by its header block only; `ref` fetches it whole."""

    folder: FolderRole
    ref: str  # backend identity within the folder, stable while the cursor is valid
    header: bytes  # the raw RFC 5322 header section
    size: int  # the whole message's size in bytes (0 if unknown)


@dataclass(frozen=True, slots=True)
class RawMessage:
    """A fetched message: whole, or its header and the parts that are read (attachments left
    out); `cut` when a text part was cut at the `text_cap` the fetch was asked with."""

    folder: FolderRole
    ref: str
    data: bytes
    cut: bool = False


@dataclass(frozen=True, slots=True)
class Poll:
    """What changed in one folder since a cursor."""

    new: tuple[HeaderBlock, ...]
    cursor: str  # opaque to callers; store it once `new` (and any page before) is recorded
    resynced: bool = False  # the old cursor was invalid (e.g. UIDVALIDITY changed)
    total: int | None = None  # poll_pages: messages in all the pages, when known (progress)


class Mailbox(Protocol):
    """One account's mail storage."""

    @property
    def name(self) -> str: ...

    def folders(self) -> Mapping[FolderRole, str]:
        """The server's name for each role found (INBOX, Sent, Drafts)."""
        ...

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        """Headers of messages new since `cursor`; without one, of those since `since`."""
        ...

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        """`poll` in pages, oldest first: each page's cursor covers it and every page before,
        so a caller may record page by page. The first page says `resynced` and `total`."""
        ...

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        """What is read of these messages, without marking them seen; refs that vanished are
        skipped. `text_cap`: bytes of each text part wanted, where the backend can cut."""
        ...

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        """Which of these draft Message-IDs are still in the Drafts folder."""
        ...

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        """Whether a message may have left Drafts since `state` (True when it cannot tell), and
        the state now: cheap, whatever the number of drafts."""
        ...

    def save_draft(self, message: bytes, message_id: str) -> bool:
        """Put a draft in Drafts unless one with `message_id` is there; True if it was added."""
        ...

    def leave_note(self, message: bytes, message_id: str) -> None:
        """Put the user's own note (from them, to them) in INBOX, unread and not a draft,
        replacing any message there with the same `message_id`: one note a day, never sent."""
        ...

    def drafts_mark(self) -> str:
        """Where Drafts stands, taken just before a draft is saved (opaque to the caller)."""
        ...

    def drafts_lost_since(self, mark: str) -> bool:
        """Whether something added to Drafts after `mark` may have left it since. False only
        when Drafts shows nothing did: a draft saved after `mark` that is absent then never
        landed. True when that cannot be ruled out: the user may have deleted it."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
