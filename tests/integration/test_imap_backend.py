"""ImapMailbox against a real Dovecot: folders, header-first sync, cursors, flags, drafts."""

from __future__ import annotations

import imaplib
import random
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser

import pytest
from dovecot_server import DOVEADM, PASSWORD
from imap_client import ImapUser, make_message
from imap_tools.imap_utf7 import utf7_encode

from followupd.backends.imap.mailbox import ImapMailbox
from followupd.mail.parse import parse_message
from followupd.model.domain import FolderRole

pytestmark = pytest.mark.dovecot
TODAY = datetime.now(UTC).date()
LOOK_BACK = TODAY - timedelta(days=30)


def mailbox(user: ImapUser, **changes: object) -> ImapMailbox:
    return ImapMailbox(user.account(**changes), lambda: PASSWORD)


def message_id(header: bytes) -> str:
    return str(BytesHeaderParser().parsebytes(header)["Message-ID"])


def draft(mid: str, subject: str = "Re: Interview") -> bytes:
    return make_message(
        subject, sender="user@example.org", to="dana@employer.example", message_id=mid
    )


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every IMAP command the client sends, with the UID subcommand ("UID FETCH")."""
    sent: list[str] = []
    original = imaplib.IMAP4._command

    def counting(self: imaplib.IMAP4, name: str, *args: object) -> object:
        sub = f" {str(args[0]).upper()}" if name == "UID" and args else ""
        sent.append(name + sub)
        return original(self, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", counting)
    yield sent


def test_special_use_folders_are_found_by_their_flags(imap_user: ImapUser) -> None:
    with mailbox(imap_user) as box:
        assert box.folders() == {
            FolderRole.INBOX: "INBOX",
            FolderRole.SENT: "Sent",
            FolderRole.DRAFTS: "Drafts",
        }


def test_a_localised_drafts_folder_in_modified_utf7_takes_the_draft(imap_user: ImapUser) -> None:
    client = imap_user.client()
    typ, _ = client.create(utf7_encode("Entwürfe"))
    client.logout()
    assert typ == "OK"
    with mailbox(imap_user, drafts_folder="Entwürfe") as box:
        assert box.folders()[FolderRole.DRAFTS] == "Entwürfe"
        assert box.save_draft(draft("<d1@followupd.test>"), "<d1@followupd.test>")
    assert list(imap_user.flags(utf7_encode("Entwürfe"))) == ["<d1@followupd.test>"]
    assert imap_user.flags("Drafts") == {}


def test_first_poll_reads_headers_of_the_look_back_only(imap_user: ImapUser) -> None:
    recent = make_message("Interview invitation", body="BODY-TEXT " * 500)
    old = make_message("Old newsletter")
    imap_user.append("INBOX", recent)
    client = imap_user.client()
    old_day = datetime.now(UTC) - timedelta(days=90)
    client.append("INBOX", None, imaplib.Time2Internaldate(old_day), old)
    client.logout()
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert [message_id(block.header) for block in poll.new] == [message_id(recent)]
    block = poll.new[0]
    assert b"Subject: Interview invitation" in block.header
    assert b"BODY-TEXT" not in block.header
    assert block.size == len(recent.replace(b"\n", b"\r\n"))
    assert poll.resynced is False


def test_fetch_brings_what_is_read_and_skips_refs_that_vanished(imap_user: ImapUser) -> None:
    bodies = [make_message(f"Message {n}", body=f"text number {n}\n" * 300) for n in range(3)]
    for body in bodies:
        imap_user.append("INBOX", body)
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        refs = [block.ref for block in poll.new]
        fetched = list(box.fetch(FolderRole.INBOX, [*refs, "999999"]))
    assert [m.ref for m in fetched] == refs
    for body, block, message in zip(bodies, poll.new, fetched, strict=True):
        assert message.data.startswith(block.header)  # the poll's header block, to the byte
        whole, read = parse_message(body), parse_message(message.data)
        assert (read.envelope, read.text) == (whole.envelope, whole.text)
        assert not message.cut


def test_poll_and_fetch_leave_every_flag_of_the_users_mail_as_it_was(imap_user: ImapUser) -> None:
    for n, flags in enumerate(["", "\\Flagged", "\\Seen", "\\Answered $Label1"]):
        imap_user.append("INBOX", make_message(f"Flags {n}"), flags)
    before = imap_user.flags("INBOX")
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        assert len(list(box.fetch(FolderRole.INBOX, [b.ref for b in poll.new]))) == 4
        box.poll(FolderRole.INBOX, poll.cursor, LOOK_BACK)
    after = imap_user.flags("INBOX")
    assert after == before
    assert sum("\\Seen" in flags for flags in after.values()) == 1


def test_a_later_poll_returns_only_what_arrived_since_the_cursor(imap_user: ImapUser) -> None:
    imap_user.append("INBOX", make_message("first"))
    with mailbox(imap_user) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        newer = make_message("second")
        imap_user.append("INBOX", newer)
        second = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        third = box.poll(FolderRole.INBOX, second.cursor, LOOK_BACK)
    assert len(first.new) == 1
    assert [message_id(b.header) for b in second.new] == [message_id(newer)]
    assert third.new == ()
    assert third.cursor == second.cursor


def test_an_idle_poll_is_one_status_per_folder(imap_user: ImapUser, commands: list[str]) -> None:
    for n in range(30):
        imap_user.append("INBOX", make_message(f"m{n}"))
    with mailbox(imap_user) as box:
        inbox = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        sent = box.poll(FolderRole.SENT, None, LOOK_BACK)
        commands.clear()
        assert box.poll(FolderRole.INBOX, inbox.cursor, LOOK_BACK).new == ()
        assert box.poll(FolderRole.SENT, sent.cursor, LOOK_BACK).new == ()
    # Sent was still selected from the first poll, and STATUS must not name it
    assert commands == ["STATUS", "UNSELECT", "STATUS", "LOGOUT"]
    commands.clear()
    with mailbox(imap_user) as box:  # a new session, as `followupd once` opens
        assert box.poll(FolderRole.INBOX, inbox.cursor, LOOK_BACK).new == ()
        assert box.poll(FolderRole.SENT, sent.cursor, LOOK_BACK).new == ()
    # imaplib itself asks CAPABILITY before login
    assert commands == ["CAPABILITY", "LOGIN", "LIST", "STATUS", "STATUS", "LOGOUT"]


def test_an_idle_session_moves_the_same_bytes_at_any_mailbox_size(imap_user: ImapUser) -> None:
    sessions = 0

    def session_out_bytes() -> int:
        nonlocal sessions
        sessions += 1
        found = imap_user.server.wait_for_logouts(sessions, imap_user.name)
        assert len(found) == sessions
        return found[-1][1]

    def idle_session_bytes(cursors: dict[FolderRole, str]) -> int:
        with mailbox(imap_user) as box:
            for role, cursor in cursors.items():
                assert box.poll(role, cursor, LOOK_BACK).new == ()
            box.drafts_present(["<nothing@followupd.test>"])
        return session_out_bytes()

    def catch_up() -> dict[FolderRole, str]:
        with mailbox(imap_user) as box:
            roles = (FolderRole.INBOX, FolderRole.SENT)
            cursors = {role: box.poll(role, None, LOOK_BACK).cursor for role in roles}
        session_out_bytes()
        return cursors

    imap_user.append("INBOX", make_message("one"))
    session_out_bytes()
    small = idle_session_bytes(catch_up())
    client = imap_user.client()
    for n in range(300):
        client.append("INBOX", None, None, make_message(f"bulk {n}", body="x" * 2000))
    client.logout()
    session_out_bytes()
    large = idle_session_bytes(catch_up())
    # the same commands and answers; only numbers and Dovecot's "(0.001 + 0.000 secs)"
    # timings in each OK line change length, where 300 header sections would be 300 KB
    assert abs(large - small) <= 200
    assert large < 4096


def test_a_changed_uidvalidity_resyncs_the_folder_without_repeats(imap_user: ImapUser) -> None:
    sent = [make_message(f"sent {n}", sender="user@example.org") for n in range(2)]
    for body in sent:
        imap_user.append("Sent", body, "\\Seen")
    with mailbox(imap_user) as box:
        first = box.poll(FolderRole.SENT, None, LOOK_BACK)
    client = imap_user.client()  # the folder is deleted and made again: a new UIDVALIDITY
    assert client.delete("Sent")[0] == "OK"
    assert client.create("Sent")[0] == "OK"
    client.logout()
    extra = make_message("sent later", sender="user@example.org")
    for body in [*sent, extra]:
        imap_user.append("Sent", body, "\\Seen")
    with mailbox(imap_user) as box:
        again = box.poll(FolderRole.SENT, first.cursor, LOOK_BACK)
        after = box.poll(FolderRole.SENT, again.cursor, LOOK_BACK)
    assert again.resynced is True
    ids = [message_id(b.header) for b in again.new]
    assert sorted(ids) == sorted(message_id(m) for m in [*sent, extra])
    assert len({b.ref for b in again.new}) == 3
    assert after.new == () and after.resynced is False


def test_saving_the_same_draft_twice_leaves_one_draft(imap_user: ImapUser) -> None:
    key = "<thank-you.1@followupd.test>"
    with mailbox(imap_user) as box:
        assert box.save_draft(draft(key), key) is True
        assert box.save_draft(draft(key), key) is False
    with mailbox(imap_user) as box:  # a restarted daemon, before its ledger knew the draft
        assert box.save_draft(draft(key), key) is False
    drafts = imap_user.flags("Drafts")
    assert list(drafts) == [key]
    assert drafts[key] == "\\Draft \\Seen"


def test_drafts_present_notices_a_draft_the_user_deleted(imap_user: ImapUser) -> None:
    keys = [f"<check-in.{n}@followupd.test>" for n in range(3)]
    with mailbox(imap_user) as box:
        for key in keys:
            box.save_draft(draft(key), key)
        assert box.drafts_present(keys) == set(keys)
        imap_user.delete_by_message_id("Drafts", keys[1])
        assert box.drafts_present([*keys, "<never@followupd.test>"]) == {keys[0], keys[2]}
        assert box.drafts_present([]) == set()


def test_drafts_present_checks_many_ids_in_batches(imap_user: ImapUser) -> None:
    keys = [f"<batch.{n}@followupd.test>" for n in range(45)]
    with mailbox(imap_user) as box:
        for key in keys[::2]:
            box.save_draft(draft(key), key)
        assert box.drafts_present(keys) == set(keys[::2])


def test_the_drafts_mark_tells_a_draft_that_never_landed_from_one_the_user_deleted(
    imap_user: ImapUser,
) -> None:
    """After a crash between the save and the ledger row, an absent draft was deleted by the
    user only if something added to Drafts since the mark has gone: the UIDs tell."""
    with mailbox(imap_user) as box:
        box.save_draft(draft("<before@followupd.test>"), "<before@followupd.test>")
        mark = box.drafts_mark()
        assert box.drafts_lost_since(mark) is False  # nothing added since
        box.save_draft(draft("<landed@followupd.test>"), "<landed@followupd.test>")
        imap_user.append("Drafts", draft("<users-own@mail.test>"), "\\Draft")
        assert box.drafts_lost_since(mark) is False  # added, and all still there
        imap_user.delete_by_message_id("Drafts", "<before@followupd.test>")
        assert box.drafts_lost_since(mark) is False  # gone, but it was there before the mark
        imap_user.delete_by_message_id("Drafts", "<landed@followupd.test>")
        assert box.drafts_lost_since(mark) is True  # saved after the mark, then deleted
        assert box.drafts_lost_since(box.drafts_mark()) is False
        assert box.drafts_lost_since("not a mark") is True


def test_save_draft_refuses_a_message_whose_id_is_not_the_key(imap_user: ImapUser) -> None:
    with mailbox(imap_user) as box, pytest.raises(ValueError, match="Message-ID"):
        box.save_draft(draft("<other@followupd.test>"), "<key@followupd.test>")
    assert imap_user.flags("Drafts") == {}


def test_a_connection_dropped_by_the_server_is_reopened_once(imap_user: ImapUser) -> None:
    imap_user.append("INBOX", make_message("before"))
    with mailbox(imap_user) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        kick = [DOVEADM, "-c", str(imap_user.server.config_path), "kick", imap_user.name]
        subprocess.run(kick, check=True, capture_output=True)
        imap_user.append("INBOX", make_message("after"))
        second = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
    assert len(second.new) == 1


def test_since_is_a_date_not_a_moment(imap_user: ImapUser) -> None:
    imap_user.append("INBOX", make_message("today"))
    with mailbox(imap_user) as box:
        assert len(box.poll(FolderRole.INBOX, None, TODAY).new) == 1
        assert box.poll(FolderRole.INBOX, None, TODAY + timedelta(days=2)).new == ()


def test_an_unreadable_cursor_means_a_fresh_look_back(imap_user: ImapUser) -> None:
    imap_user.append("INBOX", make_message("one"))
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, "ews:something-else", date(2000, 1, 1))
    assert len(poll.new) == 1 and poll.resynced is True


def test_a_server_without_unselect_gets_its_state_by_examine(
    imap_user: ImapUser, commands: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followupd.backends.imap import connect as imap_connect

    opened = imap_connect.open_session

    def without_unselect(*args: object) -> object:
        box = opened(*args)  # type: ignore[arg-type]
        box.client.capabilities = tuple(c for c in box.client.capabilities if c != "UNSELECT")
        return box

    monkeypatch.setattr("followupd.backends.imap.mailbox.open_session", without_unselect)
    imap_user.append("INBOX", make_message("one"))
    with mailbox(imap_user) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)  # leaves INBOX selected
        imap_user.append("INBOX", make_message("two"))
        commands.clear()
        second = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        third = box.poll(FolderRole.INBOX, second.cursor, LOOK_BACK)
    assert "UNSELECT" not in commands
    assert len(second.new) == 1 and third.new == ()


def test_a_connection_lost_just_after_append_does_not_make_a_second_draft(
    imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imap_tools import BaseMailBox

    original = BaseMailBox.append
    appends: list[int] = []

    def append_then_lose_the_connection(self: BaseMailBox, *args: object, **kw: object) -> object:
        appends.append(1)
        result = original(self, *args, **kw)  # type: ignore[arg-type]
        if len(appends) == 1:  # the server stored it, but its answer never arrives
            self.client.shutdown()
            raise imaplib.IMAP4.abort("socket error: EOF")
        return result

    monkeypatch.setattr(BaseMailBox, "append", append_then_lose_the_connection)
    key = "<lost-answer@followupd.test>"
    with mailbox(imap_user) as box:
        assert box.save_draft(draft(key), key) is False  # found there on the retry
        assert box.drafts_present([key]) == {key}
    assert list(imap_user.flags("Drafts")) == [key]
    assert appends == [1]


INVITE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Test//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:big-attachment-invite@employer.example\r
DTSTAMP:20300101T090000Z\r
DTSTART:20300115T140000Z\r
DTEND:20300115T150000Z\r
SUMMARY:Interview with Employer\r
ORGANIZER:mailto:dana@employer.example\r
ATTENDEE:mailto:user@example.org\r
END:VEVENT\r
END:VCALENDAR\r
"""


def invite_with_big_attachment() -> bytes:
    message = EmailMessage()
    message["From"] = "Dana <dana@employer.example>"
    message["To"] = "user@example.org"
    message["Subject"] = "Interview invitation"
    message["Message-ID"] = "<big-invite@employer.example>"
    message["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    message.set_content("Hello, please find the invitation for Thursday attached. Grüße, Dana")
    message.add_alternative("<p>Hello, please find the <b>invitation</b> attached.</p>", "html")
    message.add_attachment(
        random.Random(7).randbytes(1_000_000),
        maintype="application",
        subtype="pdf",
        filename="job description.pdf",
    )
    message.add_attachment(INVITE.encode(), maintype="text", subtype="calendar", filename="i.ics")
    return message.as_bytes()


def test_a_big_message_is_fetched_without_its_attachments(imap_user: ImapUser) -> None:
    original = invite_with_big_attachment()
    imap_user.append("INBOX", original)
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.INBOX, [block.ref for block in poll.new])
    assert len(fetched.data) < len(original) // 20
    whole, slim = parse_message(original), parse_message(fetched.data)
    assert slim.events == whole.events and len(slim.events) == 1
    assert slim.text == whole.text and "Grüße, Dana" in slim.text
    assert slim.envelope == whole.envelope
    assert slim.attachments == whole.attachments == ("job description.pdf", "i.ics")
    assert imap_user.flags("INBOX") == {"<big-invite@employer.example>": ""}


def test_a_big_message_of_attachments_only_keeps_their_names(imap_user: ImapUser) -> None:
    message = EmailMessage()
    message["From"] = "kim@friends.example"
    message["Message-ID"] = "<photos@friends.example>"
    message.add_attachment(
        random.Random(3).randbytes(600_000), maintype="image", subtype="jpeg", filename="a.jpg"
    )
    original = message.as_bytes()
    imap_user.append("INBOX", original)
    with mailbox(imap_user) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.INBOX, [block.ref for block in poll.new])
    assert len(fetched.data) < 2000
    assert parse_message(fetched.data).attachments == ("a.jpg",)
