"""The folders of an account's roles (INBOX, Sent, Drafts) on a live session: the config's
overrides, else LIST (SPECIAL-USE) where the server has it, else every folder by name."""

from __future__ import annotations

from imap_tools import BaseMailBox

from followupd.backends.imap.connect import require_ok
from followupd.backends.imap.folders import ListedFolder, find_roles, parse_list_response
from followupd.model import AccountSettings, FolderRole


def folder_roles(box: BaseMailBox, account: AccountSettings) -> dict[FolderRole, str]:
    overrides = {
        FolderRole.INBOX: account.inbox_folder,
        FolderRole.SENT: account.sent_folder,
        FolderRole.DRAFTS: account.drafts_folder,
    }
    capabilities = box.client.capabilities
    listing: list[ListedFolder] = []
    if "SPECIAL-USE" in capabilities and "LIST-EXTENDED" in capabilities:
        listing = _list(box, "(SPECIAL-USE)")
    roles = find_roles(listing, overrides)
    if not {FolderRole.SENT, FolderRole.DRAFTS} <= roles.keys():
        roles = find_roles(_list(box, None), overrides)
    return roles


def _list(box: BaseMailBox, selection: str | None) -> list[ListedFolder]:
    args = ([selection] if selection else []) + ['""', '"*"']
    typ, data = box.client._simple_command("LIST", *args)
    typ, data = box.client._untagged_response(typ, data, "LIST")
    require_ok(typ, data, "LIST")
    return parse_list_response(data)
