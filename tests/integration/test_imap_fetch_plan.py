"""The fetch plan against Dovecot: only text and calendar parts, long text cut when asked,
pages of a long poll with their cursors, Drafts told unchanged by one STATUS, and fetches that
keep switching folders moved to a session of their own."""

from __future__ import annotations

import imaplib
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from dovecot_server import PASSWORD
from imap_client import ImapUser, make_message

from followupd.backends.imap.mailbox import OWN_SESSION_AFTER, ImapMailbox
from followupd.backends.imap.sync import decode_cursor
from followupd.mail.parse import parse_message
from followupd.model.domain import FolderRole

pytestmark = pytest.mark.dovecot
LOOK_BACK = datetime.now(UTC).date() - timedelta(days=30)


def mailbox(user: ImapUser) -> ImapMailbox:
    return ImapMailbox(user.account(), lambda: PASSWORD)


def with_attachment(kib: int) -> bytes:
    message = EmailMessage()
    message["From"] = "Kim <kim@friends.example>"
    message["To"] = "user@example.org"
    message["Subject"] = "photos"
    message["Message-ID"] = f"<photos-{kib}@friends.example>"
    message["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    message.set_content("Here are the photos from Saturday.")
    data = random.Random(kib).randbytes(kib * 1024)
    message.add_attachment(data, maintype="application", subtype="pdf", filename="photos.pdf")
    return message.as_bytes()


def test_a_small_message_comes_without_its_attachment(imap_user: ImapUser) -> None:
    original = with_attachment(60)  # small enough that it used to be fetched whole
    imap_user.append("INBOX", original)
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.INBOX, [poll.new[0].ref], text_cap=65536)
    assert len(fetched.data) < 2048 < len(original)
    whole, read = parse_message(original), parse_message(fetched.data)
    assert read.text == whole.text and read.attachments == ("photos.pdf",)


def test_a_long_text_part_is_cut_when_asked_and_whole_when_not(imap_user: ImapUser) -> None:
    text = "".join(f"line {n} of a long personal letter\n" for n in range(5000))  # ~170 KB
    imap_user.append("INBOX", make_message("a long letter", body=text))
    with mailbox(imap_user) as box:
        ref = box.poll(FolderRole.INBOX, None, LOOK_BACK).new[0].ref
        (start,) = box.fetch(FolderRole.INBOX, [ref], text_cap=16384)
        (whole,) = box.fetch(FolderRole.INBOX, [ref])
    assert start.cut and not whole.cut
    assert len(start.data) < 20_000 < len(whole.data)
    assert parse_message(start.data).text.startswith("line 0 of a long personal letter")
    assert "line 4999 of" in parse_message(whole.data).text


def test_a_long_poll_comes_in_pages_each_with_a_cursor_that_resumes_it(
    imap_user: ImapUser,
) -> None:
    client = imap_user.client()
    for n in range(1100):
        client.append("INBOX", None, None, make_message(f"m{n}", body="x"))
    client.logout()
    with mailbox(imap_user) as box:
        pages = list(box.poll_pages(FolderRole.INBOX, None, LOOK_BACK))
        assert [len(page.new) for page in pages] == [500, 500, 100]
        assert pages[0].total == 1100 and pages[1].total is None
        middle = decode_cursor(pages[0].cursor)
        assert middle is not None and middle.since == LOOK_BACK  # the look-back goes on
        rest = list(box.poll_pages(FolderRole.INBOX, pages[0].cursor, LOOK_BACK))
        assert [block.ref for page in rest for block in page.new] == [
            block.ref for page in pages[1:] for block in page.new
        ]
        assert rest[-1].cursor == pages[-1].cursor
        final = decode_cursor(pages[-1].cursor)
        assert final is not None and final.since is None
        assert box.poll(FolderRole.INBOX, pages[-1].cursor, LOOK_BACK).new == ()


def test_drafts_state_tells_whether_a_draft_may_have_gone(imap_user: ImapUser) -> None:
    keys = [f"<state.{n}@followupd.test>" for n in range(3)]
    with mailbox(imap_user) as box:
        removed, empty = box.drafts_removed_since(None)
        assert removed  # nothing known before: look
        for key in keys:
            box.save_draft(make_message("Re: x", sender="user@example.org", message_id=key), key)
        assert box.drafts_removed_since(empty)[0] is False  # only added since
        removed, state = box.drafts_removed_since(empty)
        assert box.drafts_removed_since(state) == (False, state)
        imap_user.append("Drafts", make_message("the user's own draft"), "\\Draft")
        assert box.drafts_removed_since(state)[0] is False
        imap_user.delete_by_message_id("Drafts", keys[1])
        assert box.drafts_removed_since(state)[0] is True


def test_fetches_that_keep_switching_folders_go_on_a_session_of_their_own(
    imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long scan's rounds alternate between INBOX and Sent: past a few switches, the folder
    fetched from gets its own session (each switch makes the server open the folder again),
    which the next poll ends."""
    for n in range(3):
        imap_user.append("INBOX", make_message(f"in {n}", body=f"letter {n}\n" * 50))
        imap_user.append("Sent", make_message(f"out {n}", sender="user@example.org"), "\\Seen")
    sent: list[str] = []
    original = imaplib.IMAP4._command

    def counting(self: imaplib.IMAP4, name: str, *args: object) -> object:
        sent.append(name)
        return original(self, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", counting)
    rounds = 10
    with mailbox(imap_user) as box:
        refs = {
            folder: [block.ref for block in box.poll(folder, None, LOOK_BACK).new]
            for folder in (FolderRole.INBOX, FolderRole.SENT)
        }
        first = {f: [m.data for m in box.fetch(f, refs[f], text_cap=65536)] for f in refs}
        sent.clear()
        for _ in range(rounds):
            for folder, wanted in refs.items():
                fetched = [m.data for m in box.fetch(folder, wanted, text_cap=65536)]
                assert fetched == first[folder]
        assert sent.count("LOGIN") == 1  # one session more, once
        assert sent.count("EXAMINE") <= OWN_SESSION_AFTER + 2 < 2 * rounds
        box.poll(FolderRole.INBOX, None, LOOK_BACK)
        assert sent.count("LOGOUT") == 1  # a new cycle's fetches start on the first session
    assert all(len(first[folder]) == 3 for folder in refs)
