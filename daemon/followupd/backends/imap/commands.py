"""One IMAP command each, on a live session: the mailbox runs them inside its retries
(ImapMailbox._call), so a connection lost half-way is reopened and the command asked again.
Folders are only EXAMINEd (read-only), bodies only PEEKed: no flag of the user's mail changes.
"""

from __future__ import annotations

from array import array

from imap_tools import BaseMailBox
from imap_tools.errors import MailboxFolderStatusError
from imap_tools.utils import encode_folder

from followupd.backends.imap.bodystructure import Structure, parse_bodystructures
from followupd.backends.imap.connect import require_ok
from followupd.backends.imap.fetch_plan import Plan, fetch_items, sections_asked
from followupd.backends.imap.slim import answers_by_uid, rebuilt
from followupd.backends.imap.sync import (
    Fetched,
    FolderState,
    any_header_search,
    message_id_of,
    parse_fetch,
    parse_status,
    sizes_from,
    state_from,
    uid_set,
    uids_from_esearch,
    uids_from_search,
)

STATUS_ITEMS = "UIDNEXT UIDVALIDITY"  # all a poll compares: an idle poll's answer stays short


def state(box: BaseMailBox, name: str, items: str = STATUS_ITEMS) -> FolderState:
    if box.folder.get() == name:  # STATUS should not name the selected folder
        if "UNSELECT" not in box.client.capabilities:
            return state_by_examine(box, name)
        box.folder.unset()
    typ, data = box.client._simple_command("STATUS", encode_folder(name), f"({items})")
    typ, data = box.client._untagged_response(typ, data, "STATUS")
    if typ != "OK":
        raise MailboxFolderStatusError((typ, data), "OK")
    return parse_status(data)


def state_by_examine(box: BaseMailBox, name: str) -> FolderState:
    box.folder.set(name, readonly=True)
    codes = box.client.untagged_responses
    values = {
        key: last.decode("ascii", "replace")
        for key in ("UIDVALIDITY", "UIDNEXT", "HIGHESTMODSEQ", "EXISTS")
        if codes.get(key) and isinstance(last := codes[key][-1], bytes)
    }
    return state_from(values)


def examine(box: BaseMailBox, name: str) -> None:
    if box.folder.get() != name:
        box.folder.set(name, readonly=True)


def search(box: BaseMailBox, name: str, criteria: str) -> array[int]:
    """The UIDs matching, ascending; as compact ranges (ESEARCH) where the server has it, a
    long first scan's answer being a few bytes instead of one number per message."""
    examine(box, name)
    client = box.client
    if "ESEARCH" in client.capabilities:
        client.untagged_responses.pop("ESEARCH", None)
        typ, data = client.uid("SEARCH", "RETURN (ALL)", criteria)
        require_ok(typ, data, "UID SEARCH")
        return uids_from_esearch(client.untagged_responses.pop("ESEARCH", []))
    typ, data = client.uid("SEARCH", criteria)
    require_ok(typ, data, "UID SEARCH")
    return uids_from_search(data)


def uid_fetch(box: BaseMailBox, name: str, uids: list[int], parts: str) -> list[Fetched]:
    examine(box, name)
    typ, data = box.client.uid("FETCH", uid_set(uids), parts)
    require_ok(typ, data, "UID FETCH")
    return list(parse_fetch(data))


def structures(box: BaseMailBox, name: str, uids: list[int]) -> list[Structure]:
    examine(box, name)
    typ, data = box.client.uid("FETCH", uid_set(uids), "(UID BODYSTRUCTURE)")
    require_ok(typ, data, "UID FETCH")
    asked = set(uids)
    return [s for s in parse_bodystructures(data) if s.uid in asked]


def planned(box: BaseMailBox, name: str, plans: list[Plan]) -> list[tuple[Plan, bytes]]:
    """Messages with the same fetch items, in one FETCH, rebuilt; one whose answer lacks
    a part asked for is left out (fetched whole, or vanished)."""
    examine(box, name)
    items = fetch_items(plans[0].items)
    typ, data = box.client.uid("FETCH", uid_set(plan.uid for plan in plans), items)
    require_ok(typ, data, "UID FETCH")
    answers = answers_by_uid(data)
    found: list[tuple[Plan, bytes]] = []
    for plan in plans:
        answer = answers.get(plan.uid)
        message = rebuilt(answer, plan.structure, sections_asked(plan)) if answer else None
        if message is not None:
            found.append((plan, message))
    return found


def sizes_of(box: BaseMailBox, name: str, uids: list[int]) -> dict[int, int]:
    examine(box, name)
    typ, data = box.client.uid("FETCH", uid_set(uids), "(UID RFC822.SIZE)")
    require_ok(typ, data, "UID FETCH")
    return {uid: size for uid, size in sizes_from(data).items() if uid in set(uids)}


def draft_ids(box: BaseMailBox, name: str, message_ids: list[str]) -> set[str]:
    criteria = "UNDELETED " + any_header_search("Message-ID", message_ids)
    uids = search(box, name, criteria)
    if not uids:
        return set()
    parts = "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
    return {message_id_of(item.data) for item in uid_fetch(box, name, list(uids), parts)}
