"""`ImapMailbox`: the Mailbox port over IMAP, headers first, read-only on the user's mail.

Commands per folder and poll (after login and one LIST per session):
- idle: one STATUS (UIDNEXT UIDVALIDITY [HIGHESTMODSEQ]); nothing else when UIDNEXT has not
  moved past the cursor, whatever the folder's size;
- new mail: STATUS, EXAMINE, UID SEARCH UID last+1:*, then UID FETCH of header sections
  (BODY.PEEK[HEADER.FIELDS (...)] of the fields anything reads, RFC822.SIZE, INTERNALDATE)
  in batches of 500;
- first run or UIDVALIDITY changed: the same with UID SEARCH SINCE <look-back>.
`fetch` brings whole messages (BODY.PEEK[]) in batches of a few MB, except messages over
256 KB: for those, BODYSTRUCTURE first, then only the header, text and calendar parts
(imap_bodystructure, imap_slim), so attachments stay on the server. Folders are only EXAMINEd
and bodies only PEEKed, so no flag of the user's mail changes; the writes are APPEND to
Drafts, after a search for the draft's Message-ID (and a STATUS of Drafts before it: the
mark that tells, after a crash, a draft that never landed from one the user deleted), and
the user's own INBOX note (note.py).
imap-tools' flag(), delete(), move() and fetch() are never used: they expunge whole folders,
set \\Seen, or fetch everything on an empty UID list. A dropped connection is reopened once per
call; then TransientMailboxError.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import suppress
from datetime import date
from functools import partial
from typing import TypeVar

from imap_tools import BaseMailBox
from imap_tools.errors import MailboxFolderStatusError
from imap_tools.utils import encode_folder

from followupd.backends import HeaderBlock, Poll, RawMessage
from followupd.backends.imap.bodystructure import Structure, parse_bodystructures
from followupd.backends.imap.connect import (
    check_account,
    close_quietly,
    open_session,
    require_ok,
    translated_errors,
)
from followupd.backends.imap.folders import ListedFolder, find_roles, parse_list_response
from followupd.backends.imap.note import leave_note
from followupd.backends.imap.slim import slim_fetch_items, slim_messages
from followupd.backends.imap.sync import (
    BATCH_BYTES,
    BATCH_MESSAGES,
    HEADER_BATCH,
    HEADER_CAP,
    HEADER_FIELDS,
    MESSAGE_CAP,
    Fetched,
    FolderState,
    any_header_search,
    batches_by_size,
    chunked,
    decode_cursor,
    message_id_of,
    message_ref,
    next_cursor,
    nothing_new,
    parse_fetch,
    parse_status,
    ref_uid,
    search_since,
    searchable_message_id,
    sizes_from,
    state_from,
    uid_set,
    with_internal_date,
)
from followupd.closable import Closes
from followupd.errors import PermanentMailboxError, TransientMailboxError
from followupd.model import AccountSettings, FolderRole

log = logging.getLogger(__name__)
T = TypeVar("T")
DRAFT_FLAGS = ("\\Draft", "\\Seen")
IDS_PER_SEARCH = 20
LARGE_MESSAGE = 256 * 1024  # bigger: only its header, text and calendar parts are fetched
STRUCTURES_PER_FETCH = 200
SECTION_CAP = 2 * 1024 * 1024  # bytes of one text or calendar part
SLIM_PER_FETCH = 50  # big messages whose text parts come in one FETCH


class ImapMailbox(Closes):
    def __init__(self, account: AccountSettings, credential: Callable[[], str]) -> None:
        check_account(account)
        self._account = account
        self._credential = credential
        self._where = f"{account.name} ({account.host}:{account.port})"
        self._box: BaseMailBox | None = None
        self._roles: dict[FolderRole, str] | None = None
        self._sizes: dict[tuple[FolderRole, int], int] = {}
        self._epochs: dict[FolderRole, int] = {}  # UIDVALIDITY seen by the last poll
        self._secret = ""  # the last one signed in with: scrubbed from the server's words

    @property
    def name(self) -> str:
        return self._account.name

    def close(self) -> None:
        if self._box is not None:
            close_quietly(self._box)
            self._box = None

    # -- the Mailbox port -------------------------------------------------------------

    def folders(self) -> Mapping[FolderRole, str]:
        return dict(self._call(self._find_roles))

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        name = self._folder_name(folder)
        previous = decode_cursor(cursor)
        state = self._call(lambda box: self._state(box, name))
        if nothing_new(previous, state):
            return Poll((), next_cursor(state, (), previous).encode())
        valid = previous if previous and previous.uidvalidity == state.uidvalidity else None
        if valid is None:
            criteria, floor = search_since(since), 0
        else:
            criteria, floor = f"UID {valid.last_uid + 1}:*", valid.last_uid
        uids = self._call(lambda box: self._search(box, name, criteria))
        uids = [uid for uid in uids if uid > floor]  # "n:*" always matches the last message
        self._epochs[folder] = state.uidvalidity
        blocks = tuple(self._headers(folder, name, uids, state.uidvalidity))
        log.debug("poll %s: %d new", folder, len(blocks))
        return Poll(
            new=blocks,
            cursor=next_cursor(state, uids, valid).encode(),
            resynced=valid is None and cursor is not None,
        )

    def fetch(self, folder: FolderRole, refs: Sequence[str]) -> Iterator[RawMessage]:
        name = self._folder_name(folder)
        epoch = self._epochs.get(folder)
        if epoch is None:
            epoch = self._call(lambda box: self._state(box, name)).uidvalidity
        wanted_uids = (ref_uid(ref, epoch) for ref in refs)
        uids = sorted({uid for uid in wanted_uids if uid is not None})
        if not uids:
            return
        sizes = self._known_sizes(folder, name, uids)
        large = [uid for uid, size in sizes.items() if size > LARGE_MESSAGE]
        for uid, data in self._slimmed(name, large, sizes):
            del sizes[uid]
            yield RawMessage(folder, message_ref(epoch, uid), data)
        parts = f"(UID BODY.PEEK[]<0.{MESSAGE_CAP}>)"
        for batch in batches_by_size(list(sizes), sizes, BATCH_BYTES, BATCH_MESSAGES):
            wanted = set(batch)
            for item in self._call(partial(self._uid_fetch, name=name, uids=batch, parts=parts)):
                if item.uid in wanted:
                    wanted.discard(item.uid)
                    yield RawMessage(folder, message_ref(epoch, item.uid), item.data)

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        name = self._folder_name(FolderRole.DRAFTS)
        asked = {mid.strip(): mid for mid in message_ids if searchable_message_id(mid)}
        present: set[str] = set()
        for group in chunked(sorted(asked), IDS_PER_SEARCH):
            found = self._call(partial(self._draft_ids, name=name, message_ids=group))
            present |= {asked[mid] for mid in found if mid in asked}
        return present

    def save_draft(self, message: bytes, message_id: str) -> bool:
        key = message_id.strip()
        if message_id_of(message) != key or not searchable_message_id(key):
            raise ValueError("the draft's Message-ID header is not the ledger key")
        name = self._folder_name(FolderRole.DRAFTS)

        def append_unless_present(box: BaseMailBox) -> bool:
            # searched again on a retry: the APPEND may have landed before the connection broke
            if self._draft_ids(box, name, [key]):
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
        state = self._call(lambda box: self._state(box, name))
        return f"{state.uidvalidity}:{state.uidnext}"

    def drafts_lost_since(self, mark: str) -> bool:
        """UIDs are never given twice: every UID handed out since the mark still there (and
        not flagged deleted) means nothing added since has gone. A new UIDVALIDITY (the folder
        was rebuilt) or a server that skips UIDs (Gmail) rules nothing out."""
        epoch, _, start = mark.partition(":")
        if not (epoch.isdigit() and start.isdigit()):
            return True
        name = self._folder_name(FolderRole.DRAFTS)
        state = self._call(lambda box: self._state(box, name))
        first = int(start)
        if state.uidvalidity != int(epoch):
            return True
        if state.uidnext <= first:
            return False
        criteria = f"UID {first}:* UNDELETED"
        kept = self._call(lambda box: self._search(box, name, criteria))
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
            account = self._account
            overrides = {
                FolderRole.INBOX: account.inbox_folder,
                FolderRole.SENT: account.sent_folder,
                FolderRole.DRAFTS: account.drafts_folder,
            }
            capabilities = box.client.capabilities
            listing: list[ListedFolder] = []
            if "SPECIAL-USE" in capabilities and "LIST-EXTENDED" in capabilities:
                listing = self._list(box, "(SPECIAL-USE)")
            roles = find_roles(listing, overrides)
            if not {FolderRole.SENT, FolderRole.DRAFTS} <= roles.keys():
                roles = find_roles(self._list(box, None), overrides)
            self._roles = roles
        return self._roles

    def _list(self, box: BaseMailBox, selection: str | None) -> list[ListedFolder]:
        args = ([selection] if selection else []) + ['""', '"*"']
        typ, data = box.client._simple_command("LIST", *args)
        typ, data = box.client._untagged_response(typ, data, "LIST")
        require_ok(typ, data, "LIST")
        return parse_list_response(data)

    def _state(self, box: BaseMailBox, name: str) -> FolderState:
        if box.folder.get() == name:  # STATUS should not name the selected folder
            if "UNSELECT" not in box.client.capabilities:
                return self._state_by_examine(box, name)
            box.folder.unset()
        items = "UIDNEXT UIDVALIDITY"
        if "CONDSTORE" in box.client.capabilities:
            items += " HIGHESTMODSEQ"
        typ, data = box.client._simple_command("STATUS", encode_folder(name), f"({items})")
        typ, data = box.client._untagged_response(typ, data, "STATUS")
        if typ != "OK":
            raise MailboxFolderStatusError((typ, data), "OK")
        return parse_status(data)

    def _state_by_examine(self, box: BaseMailBox, name: str) -> FolderState:
        box.folder.set(name, readonly=True)
        codes = box.client.untagged_responses
        values = {
            key: last.decode("ascii", "replace")
            for key in ("UIDVALIDITY", "UIDNEXT", "HIGHESTMODSEQ")
            if codes.get(key) and isinstance(last := codes[key][-1], bytes)
        }
        return state_from(values)

    def _examine(self, box: BaseMailBox, name: str) -> None:
        if box.folder.get() != name:
            box.folder.set(name, readonly=True)

    def _search(self, box: BaseMailBox, name: str, criteria: str) -> list[int]:
        self._examine(box, name)
        return sorted(int(uid) for uid in box.uids(criteria, charset=None))

    def _uid_fetch(self, box: BaseMailBox, name: str, uids: list[int], parts: str) -> list[Fetched]:
        self._examine(box, name)
        typ, data = box.client.uid("FETCH", uid_set(uids), parts)
        require_ok(typ, data, "UID FETCH")
        return list(parse_fetch(data))

    def _headers(
        self, folder: FolderRole, name: str, uids: list[int], epoch: int
    ) -> Iterator[HeaderBlock]:
        fields = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]<0.{HEADER_CAP}>"
        parts = f"(UID RFC822.SIZE INTERNALDATE {fields})"
        for chunk in chunked(uids, HEADER_BATCH):
            wanted = set(chunk)
            for item in self._call(partial(self._uid_fetch, name=name, uids=chunk, parts=parts)):
                if item.uid in wanted:
                    wanted.discard(item.uid)
                    self._sizes[(folder, item.uid)] = item.size
                    header = with_internal_date(item.data, item.internal_date, item.size)
                    yield HeaderBlock(folder, message_ref(epoch, item.uid), header, item.size)

    def _known_sizes(self, folder: FolderRole, name: str, uids: list[int]) -> dict[int, int]:
        """UID -> size for the UIDs still there, from the last poll or one FETCH RFC822.SIZE."""
        known = {uid: self._sizes[(folder, uid)] for uid in uids if (folder, uid) in self._sizes}
        unknown = [uid for uid in uids if uid not in known]
        if unknown:
            known.update(self._call(lambda box: self._sizes_of(box, name, unknown)))
        return {uid: known[uid] for uid in uids if uid in known}

    def _sizes_of(self, box: BaseMailBox, name: str, uids: list[int]) -> dict[int, int]:
        self._examine(box, name)
        typ, data = box.client.uid("FETCH", uid_set(uids), "(UID RFC822.SIZE)")
        require_ok(typ, data, "UID FETCH")
        return {uid: size for uid, size in sizes_from(data).items() if uid in set(uids)}

    def _slimmed(
        self, name: str, uids: list[int], sizes: Mapping[int, int]
    ) -> Iterator[tuple[int, bytes]]:
        """Big messages rebuilt from their text and calendar parts; a message whose structure
        is unreadable, or mostly text anyway, is left out and so fetched whole."""
        for chunk in chunked(uids, STRUCTURES_PER_FETCH):
            alike: dict[tuple[str, ...], list[Structure]] = {}
            for structure in self._call(partial(self._structures, name=name, uids=chunk)):
                if structure.wanted_bytes() * 2 <= sizes.get(structure.uid, 0):
                    alike.setdefault(tuple(structure.sections()), []).append(structure)
            for sections, structures in alike.items():
                for group in chunked(structures, SLIM_PER_FETCH):
                    fetch = partial(self._slim_messages, name=name, sections=sections)
                    yield from self._call(partial(fetch, structures=group))

    def _structures(self, box: BaseMailBox, name: str, uids: list[int]) -> list[Structure]:
        self._examine(box, name)
        typ, data = box.client.uid("FETCH", uid_set(uids), "(UID BODYSTRUCTURE)")
        require_ok(typ, data, "UID FETCH")
        asked = set(uids)
        return [s for s in parse_bodystructures(data) if s.uid in asked]

    def _slim_messages(
        self, box: BaseMailBox, name: str, sections: tuple[str, ...], structures: list[Structure]
    ) -> list[tuple[int, bytes]]:
        """Messages with the same wanted parts, in one FETCH."""
        self._examine(box, name)
        parts = slim_fetch_items(sections, HEADER_CAP, SECTION_CAP)
        typ, data = box.client.uid("FETCH", uid_set(s.uid for s in structures), parts)
        require_ok(typ, data, "UID FETCH")
        return slim_messages(data, structures, sections)

    def _draft_ids(self, box: BaseMailBox, name: str, message_ids: list[str]) -> set[str]:
        criteria = "UNDELETED " + any_header_search("Message-ID", message_ids)
        uids = self._search(box, name, criteria)
        if not uids:
            return set()
        parts = "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
        return {message_id_of(item.data) for item in self._uid_fetch(box, name, uids, parts)}
