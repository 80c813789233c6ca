"""`EwsMailbox`: the Mailbox port over Exchange Web Services (on-premises Exchange Server),
headers first, read-only on the user's mail.

Requests per folder and poll (after one ConvertId per process and endpoint, which tells the
server's version):
- idle: one SyncFolderItems with the folder's sync state, answered with no changes;
- new mail: SyncFolderItems (pages of 512 changes, IdOnly + DateTimeReceived + Size), then
  GetItem of the new items' header properties (InternetMessageHeaders and the addressing
  properties) in batches of 100;
- first run, or a sync state the server refuses: the same from no sync state, keeping only what
  arrived since the look-back day. Refs are EWS item ids, which stay the same across a resync,
  so the caller's "seen" check drops what it already has (`Poll.resynced` says it happened);
  a first sync the server cuts short (busy) returns what it has and goes on at the next poll.
`fetch` brings MimeContent in batches of a few MB; a message over 10 MB comes as its headers and
plain text instead. `drafts_present` is FindItem in Drafts with a restriction on
InternetMessageId (20 ids per request). `save_draft` looks its Message-ID up the same way, then
CreateItem with MessageDisposition="SaveOnly" into Drafts (see ews_draft: an unsent draft, read,
threaded). `leave_note` puts the user's own note in Inbox the same way (CreateItem SaveOnly,
unread, not a draft) and deletes the day's earlier one (FindItem by its Message-ID,
DeleteItem). Nothing here can submit a message for delivery. A failed connection is retried
once per call; a busy server is not retried: its back-off goes up in ServerBusyError. The requests
themselves are in ews_requests; this module keeps the port, the batching and the retries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time
from functools import partial
from typing import Any, TypeVar

from exchangelib.errors import ErrorItemNotFound

from followupd.backends import HeaderBlock, Poll, RawMessage
from followupd.backends.ews.calls import (
    Created,
    SyncStateRefusedError,
    create_draft,
    create_note,
    delete_items,
    display_names,
    draft_ids,
    drafts_changed,
    get_items,
    items_with_ids,
    sync_folder,
)
from followupd.backends.ews.endpoint import EwsEndpoint, ews_endpoint
from followupd.backends.ews.errors import ServerBusyError, SignInRefusedError, translated_errors
from followupd.backends.ews.items import (
    batches_by_size,
    chunked,
    decode_cursor,
    encode_cursor,
    facts_of,
    header_block,
    message_id_of,
    searchable_message_id,
    slim_message,
)
from followupd.backends.ews.session import (
    EwsSession,
    close_session,
    open_session,
    remember_version,
)
from followupd.closable import Closes
from followupd.errors import PermanentMailboxError, TransientMailboxError
from followupd.model import FolderRole

__all__ = ["EwsEndpoint", "EwsMailbox", "ews_endpoint"]  # what the service needs
log = logging.getLogger(__name__)
T = TypeVar("T")
HEADER_FIELDS = (
    "headers",
    "size",
    "datetime_received",
    "datetime_sent",
    "author",
    "to_recipients",
    "cc_recipients",
    "subject",
    "message_id",
    "in_reply_to",
    "references",
    "conversation_index",
    "conversation_topic",
)
SLIM_FIELDS = (*HEADER_FIELDS, "text_body")
HEADER_BATCH = 100  # items per GetItem of header properties
SIZE_BATCH = 500  # items per GetItem of sizes only
BATCH_BYTES = 4 * 1024 * 1024  # whole messages per GetItem, by their sizes
BATCH_MESSAGES = 50
LARGE_MESSAGE = 10 * 1024 * 1024  # bigger: its headers and plain text only
IDS_PER_FIND = 20
FOLDERS = (FolderRole.INBOX, FolderRole.SENT, FolderRole.DRAFTS)


class EwsMailbox(Closes):
    def __init__(self, endpoint: EwsEndpoint, credential: Callable[[], str]) -> None:
        self._endpoint = endpoint
        self._credential = credential
        self._where = endpoint.where
        self._session: EwsSession | None = None
        self._sizes: dict[tuple[FolderRole, str], int] = {}
        self._drafts_state: str | None = None  # Drafts' sync state at the last mark
        self._secret = ""  # the last one signed in with: scrubbed from the server's words

    @property
    def name(self) -> str:
        return self._endpoint.name

    def close(self) -> None:
        if self._session is not None:
            close_session(self._session)
            self._session = None

    # -- the Mailbox port -------------------------------------------------------------------

    def folders(self) -> Mapping[FolderRole, str]:
        return self._call(display_names)

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        self._check(folder)
        position = decode_cursor(cursor)
        try:
            synced = self._call(partial(sync_folder, folder=folder, state=position.sync_state))
            refused = False
        except SyncStateRefusedError:
            log.info("%s: the %s sync state was refused; syncing again", self._where, folder)
            synced = self._call(partial(sync_folder, folder=folder, state=None))
            refused = True
        fresh = position.sync_state is None or refused or position.first_sync
        floor = datetime.combine(since, time(), UTC)
        created = [
            c for c in synced.created if not fresh or c.received is None or c.received >= floor
        ]
        blocks = tuple(self._headers(folder, created))
        log.debug("poll %s: %d new%s", folder, len(blocks), "" if synced.complete else " so far")
        return Poll(
            new=blocks,
            cursor=encode_cursor(synced.sync_state, first_sync=fresh and not synced.complete),
            resynced=cursor is not None and (position.sync_state is None or refused),
        )

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        poll = self.poll(folder, cursor, since)
        yield replace(poll, total=len(poll.new))

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        """MIME content whole (`text_cap` is not used: EWS cuts no part short)."""
        self._check(folder)
        wanted = list(dict.fromkeys(refs))
        sizes = self._known_sizes(folder, wanted)
        large = [ref for ref in wanted if sizes.get(ref, 0) > LARGE_MESSAGE]
        for ref, data in self._slimmed(folder, large):
            yield RawMessage(folder, ref, data)
        whole = [ref for ref in wanted if ref in sizes and ref not in set(large)]
        for batch in batches_by_size(whole, sizes, BATCH_BYTES, BATCH_MESSAGES):
            for ref, item in zip(batch, self._get(folder, batch, ("mime_content",)), strict=True):
                mime = getattr(item, "mime_content", None)
                if mime:
                    yield RawMessage(folder, ref, bytes(mime))

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        asked = {mid.strip(): mid for mid in message_ids if searchable_message_id(mid)}
        present: set[str] = set()
        for group in chunked(sorted(asked), IDS_PER_FIND):
            found = self._call(partial(draft_ids, message_ids=group))
            present |= {asked[mid] for mid in found if mid in asked}
        return present

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        return True, ""  # FindItem by InternetMessageId is what tells

    def save_draft(self, message: bytes, message_id: str) -> bool:
        key = message_id.strip()
        if message_id_of(message) != key or not searchable_message_id(key):
            raise ValueError("the draft's Message-ID header is not the ledger key")

        def create_unless_present(session: EwsSession) -> bool:
            # looked up again on a retry: the CreateItem may have landed before the error
            if draft_ids(session, [key]):
                return False
            create_draft(session, message)
            return True

        return self._call(create_unless_present)

    def leave_note(self, message: bytes, message_id: str) -> None:
        key = message_id.strip()
        if message_id_of(message) != key or not searchable_message_id(key):
            raise ValueError("the note's Message-ID header is not the one given")

        def replace_note(session: EwsSession) -> None:
            # the new note first, then the earlier ones (a retry finds both, keeps the newest)
            earlier = items_with_ids(session, FolderRole.INBOX, [key])
            create_note(session, message)
            if earlier:
                delete_items(session, earlier)

        self._call(replace_note)

    def drafts_mark(self) -> str:
        """Drafts' sync state now (synced on from the last mark's: a few changes at most)."""
        try:
            synced = self._call(
                partial(sync_folder, folder=FolderRole.DRAFTS, state=self._drafts_state)
            )
        except SyncStateRefusedError:
            synced = self._call(partial(sync_folder, folder=FolderRole.DRAFTS, state=None))
        self._drafts_state = synced.sync_state
        return synced.sync_state

    def drafts_lost_since(self, mark: str) -> bool:
        """Any change in Drafts since the mark rules nothing out. Exchange does not report an
        item created and deleted since a sync state, so a draft that landed and was deleted with
        nothing else changing there looks like one that never landed: it is made again."""
        if not mark:
            return True
        try:
            return self._call(partial(drafts_changed, state=mark))
        except SyncStateRefusedError:
            return True

    # -- sessions and retries --------------------------------------------------------------------

    def _call(self, operation: Callable[[EwsSession], T]) -> T:
        """Run `operation` with a session: a failed connection, or an OAuth token the server
        refused (it may have expired), gets one more try on a new session."""
        for attempt in (1, 2):
            try:
                with translated_errors(self._where, self._secret, self._endpoint.username):
                    session = self._open()
                    result = operation(session)
                remember_version(session)
                return result
            except ServerBusyError:
                raise  # honour the back-off: no second request now
            except (TransientMailboxError, SignInRefusedError) as error:
                self.close()
                oauth = self._endpoint.auth == "oauth2"
                if attempt == 2 or (isinstance(error, SignInRefusedError) and not oauth):
                    raise
                log.info("%s: %s; trying once more on a new connection", self._where, error)
        raise AssertionError("unreachable")

    def _open(self) -> EwsSession:
        if self._session is None:
            self._secret = self._credential()
            self._session = open_session(self._endpoint, self._secret)
        return self._session

    def _check(self, folder: FolderRole) -> None:
        if folder not in FOLDERS:
            raise PermanentMailboxError(f"{self._where}: no {folder.value} folder on Exchange")

    # -- batches of GetItem --------------------------------------------------------------------

    def _headers(self, folder: FolderRole, created: list[Created]) -> Iterator[HeaderBlock]:
        for chunk in chunked(created, HEADER_BATCH):
            items = self._get(folder, [c.ref for c in chunk], HEADER_FIELDS)
            for change, item in zip(chunk, items, strict=True):
                if item is None:
                    continue  # gone since the sync
                facts = facts_of(item)
                size = facts.size or change.size
                self._sizes[(folder, change.ref)] = size
                yield HeaderBlock(folder, change.ref, header_block(facts), size)

    def _known_sizes(self, folder: FolderRole, refs: list[str]) -> dict[str, int]:
        """Ref -> size for the refs still there, from the last poll or GetItem of sizes."""
        known = {ref: self._sizes[(folder, ref)] for ref in refs if (folder, ref) in self._sizes}
        unknown = [ref for ref in refs if ref not in known]
        for chunk in chunked(unknown, SIZE_BATCH):
            for ref, item in zip(chunk, self._get(folder, chunk, ("size",)), strict=True):
                if item is not None:
                    known[ref] = self._sizes[(folder, ref)] = int(getattr(item, "size", None) or 0)
        return {ref: known[ref] for ref in refs if ref in known}

    def _slimmed(self, folder: FolderRole, refs: list[str]) -> Iterator[tuple[str, bytes]]:
        for chunk in chunked(refs, BATCH_MESSAGES):
            for ref, item in zip(chunk, self._get(folder, chunk, SLIM_FIELDS), strict=True):
                if item is not None:
                    text = str(getattr(item, "text_body", None) or "")
                    yield ref, slim_message(facts_of(item), text)

    def _get(self, folder: FolderRole, refs: list[str], fields: Sequence[str]) -> list[Any]:
        """GetItem: one item per ref, in order; None for one the server cannot give."""
        found = self._call(partial(get_items, folder=folder, refs=refs, fields=fields))
        return [self._item_or_none(item) for item in found]

    def _item_or_none(self, item: Any) -> Any:
        """GetItem answers a vanished or unreadable item with an exception instance, in place."""
        if not isinstance(item, Exception):
            return item
        if not isinstance(item, ErrorItemNotFound):
            log.warning("%s: an item was skipped: %s", self._where, type(item).__name__)
        return None
