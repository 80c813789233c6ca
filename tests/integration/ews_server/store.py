"""The test server's mailbox, in memory: three distinguished folders, their items, and a change
log from which SyncFolderItems answers."""

from __future__ import annotations

import base64
import gzip
import itertools
import json
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import cached_property

MSGFLAG_READ = 0x1
MSGFLAG_UNSENT = 0x8
FOLDERS = {  # distinguished id -> display name
    "inbox": "Inbox",
    "sentitems": "Sent Items",
    "drafts": "Drafts",
}


class InvalidSyncState(ValueError):
    pass


@dataclass
class Item:
    id: str
    change_key: str
    folder: str  # distinguished id
    mime: bytes
    received: datetime
    flags: int  # PR_MESSAGE_FLAGS
    transport_headers: bool  # InternetMessageHeaders filled (delivered mail), or not
    properties: dict[str, str] = field(default_factory=dict)  # set by CreateItem
    extended: dict[str, str] = field(default_factory=dict)  # "0x0e07" -> value as sent

    @cached_property
    def header(self) -> Message:  # an item's MIME never changes
        return BytesHeaderParser(policy=policy.compat32).parsebytes(self.mime)

    @property
    def is_draft(self) -> bool:
        return bool(self.flags & MSGFLAG_UNSENT)

    @property
    def is_read(self) -> bool:
        return bool(self.flags & MSGFLAG_READ)

    def header_value(self, name: str) -> str | None:
        value = self.header.get(name)
        return None if value is None else " ".join(str(value).split())

    def headers(self) -> list[tuple[str, str]]:
        """(name, value) of every header field, unfolded, as InternetMessageHeaders lists them."""
        return [(k, " ".join(str(v).split())) for k, v in self.header.items()]

    def addresses(self, name: str) -> list[tuple[str, str]]:
        return getaddresses([str(v) for v in self.header.get_all(name, [])])

    def sent_at(self) -> datetime:
        date = self.header_value("Date")
        try:
            return parsedate_to_datetime(date) if date else self.received
        except (TypeError, ValueError):
            return self.received

    def text_body(self) -> str:
        parsed = message_from_bytes(self.mime, policy=policy.default)
        part = parsed.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""  # type: ignore[union-attr]


@dataclass(frozen=True)
class Change:
    kind: str  # "create" | "delete"
    item_id: str
    seq: int


class Store:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.items: dict[str, Item] = {}
        self._log: list[tuple[int, str, str, str]] = []  # (seq, folder, kind, item id)
        self._seq = itertools.count(1)
        self._numbers = itertools.count(1)
        self.epoch = 1
        self.denied: set[str] = set()  # folders the signed-in user may not open
        self.created: set[str] = set()  # items made by CreateItem (drafts, the user's note)
        self.folder_ids = {
            name: base64.b64encode(os.urandom(30)).decode() for name in (*FOLDERS, "root")
        }

    # -- changes to the mailbox -----------------------------------------------------------

    def add(
        self,
        folder: str,
        mime: bytes,
        *,
        received: datetime | None = None,
        flags: int = MSGFLAG_READ,
        transport_headers: bool | None = None,
        properties: dict[str, str] | None = None,
        extended: dict[str, str] | None = None,
    ) -> Item:
        with self.lock:
            number = next(self._numbers)
            item = Item(
                id=base64.b64encode(os.urandom(24) + number.to_bytes(4, "big")).decode(),
                change_key="CQAAABYAAAA" + base64.b64encode(number.to_bytes(3, "big")).decode(),
                folder=folder,
                mime=mime,
                received=received or datetime.now(UTC),
                flags=flags,
                transport_headers=folder == "inbox"
                if transport_headers is None
                else transport_headers,
                properties=dict(properties or {}),
                extended=dict(extended or {}),
            )
            self.items[item.id] = item
            self._log.append((next(self._seq), folder, "create", item.id))
            return item

    def delete(self, item_id: str) -> None:
        with self.lock:
            item = self.items.pop(item_id)
            self._log.append((next(self._seq), item.folder, "delete", item_id))

    def in_folder(self, folder: str) -> list[Item]:
        with self.lock:
            return [item for item in self.items.values() if item.folder == folder]

    def invalidate_sync_states(self) -> None:
        """Every sync state handed out so far becomes invalid (as after a mailbox move)."""
        with self.lock:
            self.epoch += 1

    # -- sync states ----------------------------------------------------------------------

    def sync(self, folder: str, state: str | None, most: int) -> tuple[list[Change], str, bool]:
        """One SyncFolderItems page: the changes, the new sync state, IncludesLastItemInRange."""
        with self.lock:
            after = self._decode(folder, state) if state else 0
            pending = self._changes(folder, after)
            page = pending[:most]
            done = len(pending) <= most
            last = self._last_seq() if done else page[-1].seq
            return page, self._encode(folder, max(last, after)), done

    def _changes(self, folder: str, after: int) -> list[Change]:
        """Creates of items still there and deletes of items created before `after`; an item
        created and deleted inside the window is not reported at all."""
        created: dict[str, int] = {}
        changes: list[Change] = []
        for seq, where, kind, item_id in self._log:
            if where != folder:
                continue
            if kind == "create" and seq > after:
                created[item_id] = seq
            elif kind == "delete" and seq > after:
                if item_id in created:
                    del created[item_id]
                else:
                    changes.append(Change("delete", item_id, seq))
        changes += [Change("create", item_id, seq) for item_id, seq in created.items()]
        return sorted(changes, key=lambda change: change.seq)

    def _last_seq(self) -> int:
        return self._log[-1][0] if self._log else 0

    def _encode(self, folder: str, seq: int) -> str:
        data = json.dumps({"f": folder, "s": seq, "e": self.epoch}).encode()
        return base64.b64encode(gzip.compress(data, mtime=0)).decode()

    def _decode(self, folder: str, state: str) -> int:
        try:
            data = json.loads(gzip.decompress(base64.b64decode(state, validate=True)))
            seq, epoch, where = int(data["s"]), int(data["e"]), str(data["f"])
        except (ValueError, KeyError, TypeError, OSError, EOFError) as error:
            raise InvalidSyncState(f"unreadable sync state: {error}") from None
        if epoch != self.epoch or where != folder:
            raise InvalidSyncState("sync state from another epoch or folder")
        return seq
