"""The EWS requests the backend makes, one function each, on an open session.

GetFolder of the distinguished folders' display names; SyncFolderItems in pages until the folder
is in sync; GetItem of chosen properties; FindItem in Drafts (or Inbox) by InternetMessageId;
CreateItem of a draft (or of the user's INBOX note), MessageDisposition="SaveOnly"; DeleteItem
of the day's earlier note, followupd's own. Each raises exchangelib's errors as they come
(EwsMailbox translates them), except the two this module handles: a refused sync state
(SyncStateRefused) and a server that gets busy in the middle of a long sync (the pages done so
far are kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exchangelib.errors import ErrorInvalidSyncStateData, ErrorServerBusy
from exchangelib.fields import FieldPath
from exchangelib.folders import Folder
from exchangelib.items import HARD_DELETE, ID_ONLY, SAVE_ONLY, SHALLOW, Message
from exchangelib.properties import ItemId
from exchangelib.restriction import Q, Restriction
from exchangelib.services import FindItem, GetFolder, SyncFolderItems

from followupd.backends.ews.draft import draft_item, note_item
from followupd.backends.ews.session import EwsSession
from followupd.model import FolderRole

SYNC_PAGE = 512  # the most changes SyncFolderItems returns at once
SYNC_FIELDS = ("datetime_received", "size")
FIND_PAGE = 100


@dataclass(frozen=True, slots=True)
class Created:
    ref: str  # the item's id
    received: datetime | None
    size: int


@dataclass(frozen=True, slots=True)
class Synced:
    created: tuple[Created, ...]
    sync_state: str
    complete: bool  # False: the server got busy; the state is where the sync stopped


class SyncStateRefusedError(Exception):
    """The server no longer knows the sync state (corrupt, expired, mailbox moved)."""


def display_names(session: EwsSession) -> dict[FolderRole, str]:
    roles = list(session.folders)
    name_field = FieldPath(field=Folder.get_field_by_fieldname("name"))
    found = GetFolder(account=session.account).call(
        folders=[session.folders[role] for role in roles],
        additional_fields={name_field},
        shape=ID_ONLY,
    )
    return {
        role: str(folder.name or role.value)
        for role, folder in zip(roles, list(found), strict=True)
        if not isinstance(folder, Exception)
    }


def sync_folder(session: EwsSession, folder: FolderRole, state: str | None) -> Synced:
    """The items created since `state` (all of them without one), page after page."""
    target = session.folders[folder]
    fields = {f for f in target.normalize_fields(SYNC_FIELDS) if not f.field.is_attribute}
    created: dict[str, Created] = {}
    current = state
    service = SyncFolderItems(account=session.account)
    while True:
        try:
            changes = list(
                service.call(
                    folder=target,
                    shape=ID_ONLY,
                    additional_fields=fields,
                    sync_state=current,
                    ignore=None,
                    max_changes_returned=SYNC_PAGE,
                    sync_scope="NormalItems",
                )
            )
        except ErrorInvalidSyncStateData:
            raise SyncStateRefusedError from None
        except ErrorServerBusy:
            if current == state:  # no page done yet: nothing to keep
                raise
            return Synced(tuple(created.values()), current or "", complete=False)
        _apply(created, changes)
        new_state = service.sync_state or current or ""
        if service.includes_last_item_in_range or new_state == current:
            return Synced(tuple(created.values()), new_state, complete=True)
        current = new_state


def _apply(created: dict[str, Created], changes: list[tuple[str, Any]]) -> None:
    for kind, item in changes:
        if kind == SyncFolderItems.CREATE:
            received = getattr(item, "datetime_received", None)
            size = int(getattr(item, "size", None) or 0)
            created[item.id] = Created(item.id, received, size)
        elif kind == SyncFolderItems.DELETE:
            created.pop(item.id, None)


def drafts_changed(session: EwsSession, state: str) -> bool:
    """Whether SyncFolderItems reports any change in Drafts since `state`: a draft created and
    deleted since is not reported (as Exchange does), but any other change is."""
    service = SyncFolderItems(account=session.account)
    try:
        changes = list(
            service.call(
                folder=session.folders[FolderRole.DRAFTS],
                shape=ID_ONLY,
                additional_fields=set(),
                sync_state=state,
                ignore=None,
                max_changes_returned=1,
                sync_scope="NormalItems",
            )
        )
    except ErrorInvalidSyncStateData:
        raise SyncStateRefusedError from None
    return bool(changes)


def get_items(
    session: EwsSession, folder: FolderRole, refs: list[str], fields: Sequence[str]
) -> list[Any]:
    """GetItem: one item per ref, in order, or the exception the server answered for it.
    The folder only validates the fields (without it exchangelib would fetch the root)."""
    found = session.account.fetch(
        ids=[ItemId(id=ref) for ref in refs],
        folder=session.folders[folder],
        only_fields=list(fields),
        chunk_size=len(refs),
    )
    return list(found)


def draft_ids(session: EwsSession, message_ids: list[str]) -> set[str]:
    """Which of these InternetMessageIds are in Drafts: one FindItem."""
    items = items_with_ids(session, FolderRole.DRAFTS, message_ids)
    return {str(item.message_id).strip() for item in items if item.message_id}


def items_with_ids(session: EwsSession, folder: FolderRole, message_ids: list[str]) -> list[Any]:
    """The items of `folder` whose InternetMessageId is one of these: one FindItem. Not a
    QuerySet, which counts InternetMessageId as a "complex" field and would add a GetItem (via
    the root) for it."""
    target = session.folders[folder]
    query = Q(message_id__in=message_ids)
    found = FindItem(account=session.account, page_size=FIND_PAGE).call(
        folders=[target],
        additional_fields={FieldPath(field=Message.get_field_by_fieldname("message_id"))},
        restriction=Restriction(query, folders=[target], applies_to=Restriction.ITEMS),
        order_fields=None,
        shape=ID_ONLY,
        query_string=None,
        depth=SHALLOW,
        calendar_view=None,
        max_items=None,
        offset=0,
    )
    items = list(found)
    _raise_any(items)
    wanted = {m.strip() for m in message_ids}
    return [item for item in items if item.message_id and str(item.message_id).strip() in wanted]


def create_draft(session: EwsSession, message: bytes) -> None:
    """CreateItem into Drafts, saved only: an unsent draft the user sends themselves."""
    results = session.account.bulk_create(
        folder=session.folders[FolderRole.DRAFTS],
        items=[draft_item(session.account, message)],
        message_disposition=SAVE_ONLY,
    )
    _raise_any(results)


def create_note(session: EwsSession, message: bytes) -> None:
    """CreateItem into Inbox, saved only: the user's own note, unread and not a draft."""
    results = session.account.bulk_create(
        folder=session.folders[FolderRole.INBOX],
        items=[note_item(session.account, message)],
        message_disposition=SAVE_ONLY,
    )
    _raise_any(results)


def delete_items(session: EwsSession, items: list[Any]) -> None:
    """DeleteItem of followupd's own earlier notes (found by their InternetMessageId)."""
    results = session.account.bulk_delete(ids=items, delete_type=HARD_DELETE)
    _raise_any([r for r in results if r is not True])


def _raise_any(results: list[Any]) -> None:
    for result in results:
        if isinstance(result, Exception):
            raise result
