"""Which folder is Sent and which is Drafts: overrides, special-use flags, common names."""

from __future__ import annotations

from followupd.backends.imap.folders import ListedFolder, find_roles, parse_list_response
from followupd.model.domain import FolderRole

NO_OVERRIDES: dict[FolderRole, str | None] = {}


def listed(name: str, *flags: str, delimiter: str = "/") -> ListedFolder:
    return ListedFolder(name, delimiter, frozenset(f.lower() for f in flags))


def test_flags_win_over_names() -> None:
    listing = [
        listed("INBOX"),
        listed("Sent"),  # an old folder kept by the user
        listed("[Gmail]/Sent Mail", "\\Sent"),
        listed("[Gmail]/Drafts", "\\Drafts", "\\HasNoChildren"),
        listed("[Gmail]", "\\Noselect"),
    ]
    assert find_roles(listing, NO_OVERRIDES) == {
        FolderRole.INBOX: "INBOX",
        FolderRole.SENT: "[Gmail]/Sent Mail",
        FolderRole.DRAFTS: "[Gmail]/Drafts",
    }


def test_localised_names_are_found_without_flags() -> None:
    listing = [
        listed("INBOX", delimiter="."),
        listed("INBOX.Entwürfe", delimiter="."),
        listed("INBOX.Gesendete Objekte", delimiter="."),
    ]
    roles = find_roles(listing, NO_OVERRIDES)
    assert roles[FolderRole.DRAFTS] == "INBOX.Entwürfe"
    assert roles[FolderRole.SENT] == "INBOX.Gesendete Objekte"


def test_names_compare_without_case_and_prefer_the_most_common_then_the_shallowest() -> None:
    listing = [
        listed("Projects/Sent"),
        listed("SENT ITEMS"),
        listed("sent"),
        listed("Archive/Drafts"),
        listed("BROUILLONS"),
    ]
    roles = find_roles(listing, NO_OVERRIDES)
    assert roles[FolderRole.SENT] == "sent"
    assert roles[FolderRole.DRAFTS] == "Archive/Drafts"


def test_overrides_are_taken_as_written() -> None:
    listing = [listed("Drafts", "\\Drafts"), listed("Sent", "\\Sent")]
    overrides = {FolderRole.DRAFTS: "Follow-ups", FolderRole.INBOX: "Jobs"}
    assert find_roles(listing, overrides) == {
        FolderRole.INBOX: "Jobs",
        FolderRole.SENT: "Sent",
        FolderRole.DRAFTS: "Follow-ups",
    }


def test_a_role_nothing_matches_is_left_out_and_noselect_folders_never_match() -> None:
    listing = [listed("INBOX"), listed("Drafts", "\\Noselect"), listed("Archive")]
    assert find_roles(listing, NO_OVERRIDES) == {FolderRole.INBOX: "INBOX"}


def test_list_lines_are_decoded_from_modified_utf7_with_quotes_and_literals() -> None:
    data = [
        b'(\\HasNoChildren \\Drafts) "/" "Entw&APw-rfe"',
        b'(\\HasNoChildren) "." INBOX.Sent',
        (b'(\\HasNoChildren) "/" {9}', b'say "hi"!'),
        b"(\\Noselect) NIL Flat",
        b"garbage",
    ]
    folders = parse_list_response(data)
    assert folders == [
        ListedFolder("Entwürfe", "/", frozenset({"\\hasnochildren", "\\drafts"})),
        ListedFolder("INBOX.Sent", ".", frozenset({"\\hasnochildren"})),
        ListedFolder('say "hi"!', "/", frozenset({"\\hasnochildren"})),
        ListedFolder("Flat", "", frozenset({"\\noselect"})),
    ]
    assert folders[1].leaf == "Sent"
    assert not folders[3].selectable
