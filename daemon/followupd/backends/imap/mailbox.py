"""`ImapMailbox`: the Mailbox port over IMAP, headers first, read-only on the user's mail.

Commands per folder and poll (after login and one LIST per session):
- idle: one STATUS (UIDNEXT UIDVALIDITY); nothing else when UIDNEXT has not moved past the
  cursor, whatever the folder's size;
- new mail: STATUS, EXAMINE, UID SEARCH UID last+1:*, then UID FETCH of header sections
  (BODY.PEEK[HEADER.FIELDS (...)] of the fields anything reads, RFC822.SIZE, INTERNALDATE)
  in pages of 500 (`poll_pages` hands each page over as it comes, with its cursor);
- first run or UIDVALIDITY changed: the same with UID SEARCH SINCE <look-back>.
`fetch` follows a plan per message (fetch_plan.py): BODYSTRUCTURE of each, then only its text
and calendar parts, a text part capped at the `text_cap` asked (slim.py rebuilds the message);
only a message whose structure cannot be read comes whole. Attachments stay on the server.
A long first scan fetches from INBOX and Sent round after round; each switch makes the server
open the folder again (Dovecot re-reads a Maildir's list of files: a cost that grows with the
folder), so past OWN_SESSION_AFTER switches in a cycle the folder fetched from gets a session
of its own, which stays on it until the next poll: no more switches, one login more.
Drafts: `drafts_removed_since` is one STATUS (UIDNEXT MESSAGES UIDVALIDITY) compared with the
last (drafts_state.py); `drafts_present` one SEARCH per 200 Message-IDs, only when that says a
draft may have gone. Folders are only EXAMINEd and bodies only PEEKed, so no flag of the user's
mail changes; the writes are APPEND to Drafts, after a search for the draft's Message-ID (and a
STATUS of Drafts before it: the mark that tells, after a crash, a draft that never landed from
one the user deleted), and the user's own INBOX note (note.py). imap-tools' flag(), delete(),
move() and fetch() are never used: they expunge whole folders, set \\Seen, or fetch everything
on an empty UID list. A dropped connection is reopened once per call; then
TransientMailboxError.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import suppress
from datetime import date
from functools import partial
from typing import TypeVar

from imap_tools import BaseMailBox

from followupd.backends import HeaderBlock, Poll, RawMessage
from followupd.backends.imap import commands
from followupd.backends.imap.connect import (
    check_account,
    close_quietly,
    open_session,
    translated_errors,
)
from followupd.backends.imap.drafts_state import (
    DraftsState,
    decode_drafts_state,
    removed_since,
)
from followupd.backends.imap.fetch_plan import (
    HEADER_ITEMS,
    batches,
    plan_for,
)
from followupd.backends.imap.note import leave_note
from followupd.backends.imap.read_ahead import ReadAhead
from followupd.backends.imap.roles import folder_roles
from followupd.backends.imap.sync import (
    BATCH_BYTES,
    BATCH_MESSAGES,
    HEADER_BATCH,
    MESSAGE_CAP,
    Cursor,
    batches_by_size,
    chunked,
    decode_cursor,
    message_id_of,
    message_ref,
    next_cursor,
    nothing_new,
    ref_uid,
    search_after,
    searchable_message_id,
    with_internal_date,
)
from followupd.closable import Closes
from followupd.errors import PermanentMailboxError, TransientMailboxError
from followupd.model import AccountSettings, FolderRole

log = logging.getLogger(__name__)
T = TypeVar("T")
DRAFT_FLAGS = ("\\Draft", "\\Seen")
IDS_PER_SEARCH = 200  # Message-IDs per SEARCH: one or a few commands for every draft made
STRUCTURES_PER_FETCH = 500
PAGES_AHEAD = 4  # header pages a long poll reads ahead of its caller
OWN_SESSION_AFTER = 4  # fetches that switch folders in a cycle before one gets its own session


class ImapMailbox(Closes):
    def __init__(self, account: AccountSettings, credential: Callable[[], str]) -> None:
        check_account(account)
        self._account = account
        self._credential = credential
        self._where = f"{account.name} ({account.host}:{account.port})"
        self._box: BaseMailBox | None = None
        self._roles: dict[FolderRole, str] | None = None
        self._epochs: dict[FolderRole, int] = {}  # UIDVALIDITY seen by the last poll
        self._secret = ""  # the last one signed in with: scrubbed from the server's words
        self._switches = 0  # fetches since the last poll that made this session switch folders
        self._own: dict[FolderRole, ImapMailbox] = {}  # folders fetched on sessions of their own

    @property
    def name(self) -> str:
        return self._account.name

    def close(self) -> None:
        self._end_own_sessions()
        if self._box is not None:
            close_quietly(self._box)
            self._box = None

    # -- the Mailbox port -------------------------------------------------------------

    def folders(self) -> Mapping[FolderRole, str]:
        return dict(self._call(self._find_roles))

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        pages = list(self.poll_pages(folder, cursor, since))
        blocks = tuple(block for page in pages for block in page.new)
        return Poll(blocks, pages[-1].cursor, pages[0].resynced, pages[0].total)

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        self._end_own_sessions()  # a new cycle: its fetches start on this session again
        name = self._folder_name(folder)
        previous = decode_cursor(cursor)
        state = self._call(lambda box: commands.state(box, name))
        if nothing_new(previous, state):
            yield Poll((), next_cursor(state, (), previous).encode(), total=0)
            return
        valid = previous if previous and previous.uidvalidity == state.uidvalidity else None
        criteria, floor, scan_since = search_after(valid, since)
        found = self._call(lambda box: commands.search(box, name, criteria))
        uids = array("I", (uid for uid in found if uid > floor))  # "n:*" matches the last one
        self._epochs[folder] = state.uidvalidity
        resynced = valid is None and cursor is not None
        log.debug("poll %s: %d new", folder, len(uids))
        pages = max((len(uids) + HEADER_BATCH - 1) // HEADER_BATCH, 1)
        epoch = state.uidvalidity

        def page(index: int) -> list[int]:
            return list(uids[index * HEADER_BATCH : (index + 1) * HEADER_BATCH])

        def after(index: int) -> str:
            if index == pages - 1:
                return next_cursor(state, uids[-1:], valid).encode()
            return Cursor(epoch, page(index)[-1], None, scan_since).encode()

        first = tuple(self._headers(folder, name, page(0), epoch))
        yield Poll(first, after(0), resynced, len(uids))
        if pages > 1:
            later = self._read_ahead(folder, name, (page(i) for i in range(1, pages)), epoch)
            for index, blocks in enumerate(later, start=1):
                yield Poll(blocks, after(index))

    def _read_ahead(
        self, folder: FolderRole, name: str, pages: Iterator[list[int]], epoch: int
    ) -> Iterator[tuple[HeaderBlock, ...]]:
        """Pages of header blocks read ahead on a second connection while the caller reads
        (and fetches bodies on this one)."""
        sibling = ImapMailbox(self._account, self._credential)
        sibling._roles = self._roles

        def produce() -> Iterator[tuple[HeaderBlock, ...]]:
            return (tuple(sibling._headers(folder, name, page, epoch)) for page in pages)

        ahead = ReadAhead(produce, depth=PAGES_AHEAD, on_exit=sibling.close)
        try:
            yield from ahead
        finally:
            ahead.close()

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        name = self._folder_name(folder)
        own = self._own.get(folder) or self._own_session_if_switching(folder, name)
        if own is not None:
            yield from own.fetch(folder, refs, text_cap)
            return
        epoch = self._epochs.get(folder)
        if epoch is None:
            epoch = self._call(lambda box: commands.state(box, name)).uidvalidity
        wanted_uids = (ref_uid(ref, epoch) for ref in refs)
        uids = sorted({uid for uid in wanted_uids if uid is not None})
        for chunk in chunked(uids, STRUCTURES_PER_FETCH):
            structures = self._call(partial(commands.structures, name=name, uids=chunk))
            done: set[int] = set()
            for batch in batches(plan_for(structure, text_cap) for structure in structures):
                for plan, data in self._call(partial(commands.planned, name=name, plans=batch)):
                    done.add(plan.uid)
                    yield RawMessage(folder, message_ref(epoch, plan.uid), data, cut=plan.cut)
            # an unreadable structure or a part not sent as a literal: the message whole
            for uid, data in self._whole(name, [uid for uid in chunk if uid not in done]):
                yield RawMessage(folder, message_ref(epoch, uid), data)

    def _own_session_if_switching(self, folder: FolderRole, name: str) -> ImapMailbox | None:
        """A session of the folder's own once this one has switched folders to fetch more than
        OWN_SESSION_AFTER times since the last poll (a long scan's rounds alternate between
        INBOX and Sent); None meanwhile, or when this session is on the folder already."""
        selected = self._box.folder.get() if self._box is not None else None
        if selected is None or selected == name:
            return None
        self._switches += 1
        if self._switches <= OWN_SESSION_AFTER:
            return None
        own = ImapMailbox(self._account, self._credential)
        own._roles, own._epochs = self._roles, self._epochs  # shared: the same account's
        self._own[folder] = own
        log.debug("fetching %s on a session of its own", folder)
        return own

    def _end_own_sessions(self) -> None:
        own, self._own, self._switches = self._own, {}, 0
        for session in own.values():
            session.close()

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        name = self._folder_name(FolderRole.DRAFTS)
        asked = {mid.strip(): mid for mid in message_ids if searchable_message_id(mid)}
        present: set[str] = set()
        for group in chunked(sorted(asked), IDS_PER_SEARCH):
            found = self._call(partial(commands.draft_ids, name=name, message_ids=group))
            present |= {asked[mid] for mid in found if mid in asked}
        return present

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        name = self._folder_name(FolderRole.DRAFTS)
        items = "UIDNEXT MESSAGES UIDVALIDITY"
        found = self._call(lambda box: commands.state(box, name, items))
        if found.messages is None:
            return True, ""
        now = DraftsState(found.uidvalidity, found.uidnext, found.messages)
        return removed_since(decode_drafts_state(state), now), now.encode()

    def save_draft(self, message: bytes, message_id: str) -> bool:
        key = message_id.strip()
        if message_id_of(message) != key or not searchable_message_id(key):
            raise ValueError("the draft's Message-ID header is not the ledger key")
        name = self._folder_name(FolderRole.DRAFTS)

        def append_unless_present(box: BaseMailBox) -> bool:
            # searched again on a retry: the APPEND may have landed before the connection broke
            if commands.draft_ids(box, name, [key]):
                return False
            box.append(message, name, flag_set=DRAFT_FLAGS)
            return True

        return self._call(append_unless_present)

    def leave_note(self, message: bytes, message_id: str) -> None:
        key = message_id.strip()
        if message_id_of(message) != key or not searchable_message_id(key):
            raise ValueError("the note's Message-ID header is not the one given")
        name = self._folder_name(FolderRole.INBOX)
        self._call(partial(leave_note, name=name, message=message, message_id=key))

    def drafts_mark(self) -> str:
        """ "UIDVALIDITY:UIDNEXT" of Drafts: the UID the next draft saved there gets, or more."""
        name = self._folder_name(FolderRole.DRAFTS)
        state = self._call(lambda box: commands.state(box, name, "UIDNEXT UIDVALIDITY"))
        return f"{state.uidvalidity}:{state.uidnext}"

    def drafts_lost_since(self, mark: str) -> bool:
        """UIDs are never given twice: every UID handed out since the mark still there (and
        not flagged deleted) means nothing added since has gone. A new UIDVALIDITY (the folder
        was rebuilt) or a server that skips UIDs (Gmail) rules nothing out."""
        epoch, _, start = mark.partition(":")
        if not (epoch.isdigit() and start.isdigit()):
            return True
        name = self._folder_name(FolderRole.DRAFTS)
        state = self._call(lambda box: commands.state(box, name, "UIDNEXT UIDVALIDITY"))
        first = int(start)
        if state.uidvalidity != int(epoch):
            return True
        if state.uidnext <= first:
            return False
        criteria = f"UID {first}:* UNDELETED"
        kept = self._call(lambda box: commands.search(box, name, criteria))
        return len([uid for uid in kept if first <= uid < state.uidnext]) < state.uidnext - first

    # -- sessions and retries ------------------------------------------------------------

    def _call(self, operation: Callable[[BaseMailBox], T]) -> T:
        """Run `operation` on a live session; a lost connection is reopened once."""
        for attempt in (1, 2):
            try:
                with translated_errors(self._where, self._secret, self._account.username):
                    return operation(self._session())
            except TransientMailboxError as error:
                self._drop()
                if attempt == 2:
                    raise
                log.info("%s: %s; trying once more on a new connection", self._where, error)
        raise AssertionError("unreachable")

    def _session(self) -> BaseMailBox:
        if self._box is None:
            self._box = open_session(self._account, self._remembered)
        return self._box

    def _remembered(self) -> str:
        self._secret = self._credential()
        return self._secret

    def _drop(self) -> None:
        if self._box is not None:
            with suppress(OSError):
                self._box.client.shutdown()
            self._box = None

    # -- IMAP commands (each runs inside _call) ------------------------------------------

    def _folder_name(self, folder: FolderRole) -> str:
        roles = self._roles if self._roles is not None else self.folders()
        if folder not in roles:
            setting = f"{folder.value}_folder"
            raise PermanentMailboxError(
                f"{self._where}: no {folder.value} folder found; set accounts.{setting}"
            )
        return roles[folder]

    def _find_roles(self, box: BaseMailBox) -> dict[FolderRole, str]:
        if self._roles is None:
            self._roles = folder_roles(box, self._account)
        return self._roles

    def _headers(
        self, folder: FolderRole, name: str, uids: list[int], epoch: int
    ) -> Iterator[HeaderBlock]:
        if not uids:
            return
        parts = f"({HEADER_ITEMS})"
        for chunk in chunked(uids, HEADER_BATCH):
            wanted = set(chunk)
            for item in self._call(partial(commands.uid_fetch, name=name, uids=chunk, parts=parts)):
                if item.uid in wanted:
                    wanted.discard(item.uid)
                    header = with_internal_date(item.data, item.internal_date, item.size)
                    yield HeaderBlock(folder, message_ref(epoch, item.uid), header, item.size)

    def _whole(self, name: str, uids: list[int]) -> Iterator[tuple[int, bytes]]:
        if not uids:
            return
        sizes = self._call(lambda box: commands.sizes_of(box, name, uids))
        parts = f"(UID BODY.PEEK[]<0.{MESSAGE_CAP}>)"
        for batch in batches_by_size(list(sizes), sizes, BATCH_BYTES, BATCH_MESSAGES):
            wanted = set(batch)
            for item in self._call(partial(commands.uid_fetch, name=name, uids=batch, parts=parts)):
                if item.uid in wanted:
                    wanted.discard(item.uid)
                    yield item.uid, item.data
