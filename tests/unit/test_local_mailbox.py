"""LocalMailbox: Maildir and .eml folders, live and replay modes, cursors and drafts."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from followupd.backends.local import files as local_files
from followupd.backends.local import mailbox as local
from followupd.backends.local.mailbox import LocalMailbox
from followupd.errors import PermanentMailboxError
from followupd.model.domain import FolderRole

SINCE = date(2020, 1, 1)


def eml(message_id: str, when: datetime | None, subject: str = "Hello") -> bytes:
    date_line = f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S %z')}\n" if when else ""
    return (
        f"From: Dana <dana@acme.example>\nTo: sam@example.com\nSubject: {subject}\n"
        f"{date_line}Message-ID: {message_id}\n\nBody of {message_id}\n"
    ).encode()


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def eml_tree(tmp_path: Path) -> Path:
    (tmp_path / "INBOX").mkdir()
    (tmp_path / "Sent").mkdir()
    (tmp_path / "INBOX" / "a.eml").write_bytes(eml("<a@x>", at(2)))
    (tmp_path / "INBOX" / "b.eml").write_bytes(eml("<b@x>", at(5)))
    (tmp_path / "Sent" / "c.eml").write_bytes(eml("<c@x>", at(3)))
    (tmp_path / "INBOX" / "notes.txt").write_text("not mail")
    return tmp_path


def maildir(root: Path) -> Path:
    for part in ("cur", "new", "tmp"):
        (root / part).mkdir(parents=True, exist_ok=True)
    return root


def refs(poll: local.Poll) -> list[str]:
    return [block.ref for block in poll.new]


def test_eml_folders_are_found_by_role(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree)
    assert mailbox.folders() == {FolderRole.INBOX: "INBOX", FolderRole.SENT: "Sent"}


def test_a_folder_without_mail_folders_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PermanentMailboxError, match="INBOX"):
        LocalMailbox(tmp_path)
    with pytest.raises(PermanentMailboxError, match="not a folder"):
        LocalMailbox(tmp_path / "missing")


def test_replay_reveals_only_messages_that_arrived_by_the_clock(eml_tree: Path) -> None:
    now = [at(3)]
    mailbox = LocalMailbox(eml_tree, clock=lambda: now[0])
    first = mailbox.poll(FolderRole.INBOX, None, SINCE)
    assert refs(first) == ["a.eml"]
    assert refs(mailbox.poll(FolderRole.INBOX, first.cursor, SINCE)) == []
    now[0] = at(6)
    later = mailbox.poll(FolderRole.INBOX, first.cursor, SINCE)
    assert refs(later) == ["b.eml"]
    assert refs(mailbox.poll(FolderRole.INBOX, later.cursor, SINCE)) == []


def test_replay_lists_arrivals_of_inbox_and_sent_in_order(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(1))
    assert mailbox.arrival_times() == [at(2), at(3), at(5)]


def test_a_message_without_date_arrives_at_its_file_time(eml_tree: Path) -> None:
    path = eml_tree / "INBOX" / "undated.eml"
    path.write_bytes(eml("<u@x>", None))
    stamp = at(4).timestamp()
    os.utime(path, (stamp, stamp))
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(4, 10))
    assert refs(mailbox.poll(FolderRole.INBOX, None, SINCE)) == ["a.eml", "undated.eml"]


def test_the_first_poll_looks_back_only_to_since(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(30))
    assert refs(mailbox.poll(FolderRole.INBOX, None, date(2026, 3, 4))) == ["b.eml"]


def test_header_blocks_hold_the_header_section_only(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(30))
    block = mailbox.poll(FolderRole.INBOX, None, SINCE).new[0]
    assert block.header.startswith(b"From: Dana")
    assert b"Body of" not in block.header
    assert block.size == (eml_tree / "INBOX" / "a.eml").stat().st_size


def test_fetch_returns_whole_messages_and_skips_vanished_refs(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree)
    mailbox.poll(FolderRole.INBOX, None, SINCE)
    fetched = list(mailbox.fetch(FolderRole.INBOX, ["a.eml", "gone.eml"]))
    assert [raw.ref for raw in fetched] == ["a.eml"]
    assert fetched[0].data == (eml_tree / "INBOX" / "a.eml").read_bytes()


def test_live_maildir_polls_return_only_new_deliveries(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    (root / "cur" / "1.host:2,S").write_bytes(eml("<1@x>", at(2)))
    mailbox = LocalMailbox(root)
    first = mailbox.poll(FolderRole.INBOX, None, SINCE)
    assert refs(first) == ["1.host"]
    assert refs(mailbox.poll(FolderRole.INBOX, first.cursor, SINCE)) == []
    (root / "new" / "2.host").write_bytes(eml("<2@x>", at(3)))
    assert refs(mailbox.poll(FolderRole.INBOX, first.cursor, SINCE)) == ["2.host"]


def test_live_idle_poll_does_not_rescan_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = maildir(tmp_path / "Mail")
    for n in range(20):
        (root / "cur" / f"{n}.host:2,S").write_bytes(eml(f"<{n}@x>", at(2)))
    first = LocalMailbox(root).poll(FolderRole.INBOX, None, SINCE)
    scans: list[object] = []
    monkeypatch.setattr(
        local_files, "message_files", lambda folder: scans.append(folder) or iter(())
    )
    again = LocalMailbox(root).poll(FolderRole.INBOX, first.cursor, SINCE)
    assert refs(again) == [] and scans == []


def test_a_maildir_ref_survives_the_move_from_new_to_cur(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    (root / "new" / "7.host").write_bytes(eml("<7@x>", at(2)))
    mailbox = LocalMailbox(root)
    assert refs(mailbox.poll(FolderRole.INBOX, None, SINCE)) == ["7.host"]
    (root / "new" / "7.host").rename(root / "cur" / "7.host:2,S")
    assert [raw.ref for raw in mailbox.fetch(FolderRole.INBOX, ["7.host"])] == ["7.host"]


def test_maildir_subfolders_are_found(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    maildir(root / ".Sent")
    maildir(root / ".Drafts")
    assert LocalMailbox(root).folders() == {
        FolderRole.INBOX: ".",
        FolderRole.SENT: ".Sent",
        FolderRole.DRAFTS: ".Drafts",
    }


def test_live_maildir_drafts_are_written_with_the_draft_flag_once(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    mailbox = LocalMailbox(root)
    draft = eml("<draft-1@example.com>", at(9))
    assert mailbox.save_draft(draft, "<draft-1@example.com>")
    assert not mailbox.save_draft(draft, "<draft-1@example.com>")
    files = list((root / ".Drafts" / "cur").iterdir())
    assert len(files) == 1 and files[0].name.endswith(":2,D")
    assert files[0].read_bytes() == draft
    assert mailbox.drafts_present(["<draft-1@example.com>", "<x@y>"]) == {"<draft-1@example.com>"}
    files[0].unlink()
    assert mailbox.drafts_present(["<draft-1@example.com>"]) == set()


def test_eml_drafts_go_to_a_drafts_folder(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree)
    assert mailbox.save_draft(eml("<d@example.com>", at(9)), "<d@example.com>")
    assert [p.suffix for p in (eml_tree / "Drafts").iterdir()] == [".eml"]
    assert LocalMailbox(eml_tree).drafts_present(["<d@example.com>"]) == {"<d@example.com>"}


def test_replay_drafts_stay_in_memory(eml_tree: Path) -> None:
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(9))
    assert mailbox.save_draft(b"draft", "<d@example.com>")
    assert not mailbox.save_draft(b"draft", "<d@example.com>")
    assert mailbox.saved_drafts == {"<d@example.com>": b"draft"}
    assert not (eml_tree / "Drafts").exists()
    mailbox.delete_draft("<d@example.com>")
    assert mailbox.drafts_present(["<d@example.com>"]) == set()


def test_a_missing_sent_folder_polls_empty(tmp_path: Path) -> None:
    (tmp_path / "INBOX").mkdir()
    mailbox = LocalMailbox(tmp_path, clock=lambda: at(9))
    poll = mailbox.poll(FolderRole.SENT, None, SINCE)
    assert poll.new == () and poll.cursor


def test_oversized_messages_are_not_fetched(
    eml_tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_files, "MAX_MESSAGE_BYTES", 10)
    mailbox = LocalMailbox(eml_tree, clock=lambda: at(9) + timedelta(days=30))
    assert list(mailbox.fetch(FolderRole.INBOX, ["a.eml"])) == []


def test_a_maildir_replays_by_date_like_eml_folders(tmp_path: Path) -> None:
    root = maildir(tmp_path / "Mail")
    maildir(root / ".Sent")
    (root / "cur" / "9.host:2,S").write_bytes(eml("<late@x>", at(8)))
    (root / "new" / "1.host").write_bytes(eml("<early@x>", at(2)))
    (root / ".Sent" / "cur" / "5.host:2,S").write_bytes(eml("<sent@x>", at(4)))
    mailbox = LocalMailbox(root, clock=lambda: at(5))
    assert refs(mailbox.poll(FolderRole.INBOX, None, SINCE)) == ["1.host"]
    assert refs(mailbox.poll(FolderRole.SENT, None, SINCE)) == ["5.host"]
    assert mailbox.arrival_times() == [at(2), at(4), at(8)]
