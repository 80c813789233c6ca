"""EwsMailbox against the test EWS server (ews_server): folders, header-first sync with sync
states, fetching MIME, drafts, throttling. Every request the server gets is checked against the
EWS schema rules (ews_server.rules); a test fails if one breaks them or tries to send."""

from __future__ import annotations

import base64
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
import requests
from ews_server import EwsServer, running
from ews_server.store import MSGFLAG_READ, MSGFLAG_UNSENT
from ews_server.testing import mailbox, message

from followupd.backends.ews import calls as ews_requests
from followupd.backends.ews import mailbox as ews_module
from followupd.backends.ews.errors import ServerBusyError
from followupd.backends.ews.session import forget_versions
from followupd.model import FolderRole

NOW = datetime.now(UTC)
LOOK_BACK = (NOW - timedelta(days=30)).date()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EwsServer]:
    forget_versions()  # a port used again by a later server must not skip version detection
    with running(tmp_path) as ews:
        yield ews
    assert not ews.violations, ews.violations
    assert not ews.sends, ews.sends


def header(block: bytes, name: str) -> str:
    return str(BytesHeaderParser().parsebytes(block).get(name, ""))


def draft(message_id: str, *, answering: str = "<1@acme.example>") -> bytes:
    mail = EmailMessage()
    mail["From"] = "Alice Example <alice@example.org>"
    mail["To"] = "Dana Lee <dana@acme.example>"
    mail["Subject"] = "Re: Interview invitation"
    mail["Message-ID"] = message_id
    mail["In-Reply-To"] = answering
    mail["References"] = f"<0@acme.example> {answering}"
    mail["Thread-Topic"] = "Interview invitation"
    mail["Thread-Index"] = base64.b64encode(bytes(range(22)) + bytes(range(5))).decode()
    mail.set_content("Thank you for your time today.\n")
    return bytes(mail)


def test_folders_are_the_distinguished_folders_by_their_display_names(server: EwsServer) -> None:
    with mailbox(server) as box:
        assert box.folders() == {
            FolderRole.INBOX: "Inbox",
            FolderRole.SENT: "Sent Items",
            FolderRole.DRAFTS: "Drafts",
        }
    assert server.operations() == ["ConvertId", "GetFolder"]


def test_first_poll_returns_the_headers_of_every_message_in_the_look_back(
    server: EwsServer,
) -> None:
    recent = server.deliver(message("Interview invitation", body="BODY " * 2000))
    server.deliver(message("Old newsletter"), received=NOW - timedelta(days=200))
    sent = server.deliver(
        message("Re: Interview invitation", sender="alice@example.org", to="dana@acme.example"),
        folder="sentitems",
    )
    with mailbox(server) as box:
        inbox = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        outbox = box.poll(FolderRole.SENT, None, LOOK_BACK)
    assert [block.ref for block in inbox.new] == [recent.id]
    block = inbox.new[0]
    assert block.folder is FolderRole.INBOX
    assert block.size == len(recent.mime)
    assert header(block.header, "Subject") == "Interview invitation"
    assert header(block.header, "Message-ID") == recent.header_value("Message-ID")
    assert header(block.header, "Received").startswith(f"by ews (size {len(recent.mime)});")
    assert b"BODY" not in block.header
    assert not inbox.resynced
    # Sent Items carry no transport headers: the block is made from the item's properties
    assert [b.ref for b in outbox.new] == [sent.id]
    made_up = outbox.new[0].header
    assert header(made_up, "From") == "alice@example.org"
    assert header(made_up, "Message-ID") == sent.header_value("Message-ID")
    assert header(made_up, "Subject") == "Re: Interview invitation"


def test_an_idle_poll_is_one_sync_per_folder_and_returns_nothing(server: EwsServer) -> None:
    for n in range(30):
        server.deliver(message(f"Message {n}"))
    with mailbox(server) as box:
        cursors = {
            f: box.poll(f, None, LOOK_BACK).cursor for f in (FolderRole.INBOX, FolderRole.SENT)
        }
        server.forget_requests()
        polls = {f: box.poll(f, cursors[f], LOOK_BACK) for f in cursors}
    assert server.operations() == ["SyncFolderItems", "SyncFolderItems"]
    assert all(poll.new == () for poll in polls.values())
    assert all(polls[f].cursor == cursors[f] for f in cursors)
    assert all(len(exchange.request) < 2048 for exchange in server.exchanges)


def test_the_version_is_asked_once_per_endpoint(server: EwsServer) -> None:
    for _ in range(3):
        with mailbox(server) as box:
            box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert server.operations().count("ConvertId") == 1


def test_new_mail_appears_on_the_next_poll(server: EwsServer) -> None:
    server.deliver(message("First"))
    with mailbox(server) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        old = server.deliver(
            message("Moved in from an archive"), received=NOW - timedelta(days=400)
        )
        new = server.deliver(message("Second"))
        second = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        third = box.poll(FolderRole.INBOX, second.cursor, LOOK_BACK)
    # after the first sync everything new in the folder counts, whatever its date (as with UIDs)
    assert [b.ref for b in second.new] == [old.id, new.id]
    assert third.new == ()


def test_many_changes_come_in_pages(server: EwsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ews_requests, "SYNC_PAGE", 3)
    delivered = [server.deliver(message(f"Message {n}")) for n in range(8)]
    gone = server.deliver(message("Deleted before we looked"))
    server.delete(gone)
    with mailbox(server) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert [b.ref for b in poll.new] == [item.id for item in delivered]
    assert server.operations().count("SyncFolderItems") == 3


def test_an_invalid_sync_state_resyncs_without_duplicates(server: EwsServer) -> None:
    seen = [server.deliver(message(f"Seen {n}")) for n in range(3)]
    with mailbox(server) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        later = server.deliver(message("Arrived while the state was lost"))
        server.invalidate_sync_states()
        again = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        after = box.poll(FolderRole.INBOX, again.cursor, LOOK_BACK)
    refs = [b.ref for b in again.new]
    assert again.resynced
    assert len(refs) == len(set(refs))
    # the refs are item ids: the same as before the resync, so the caller drops what it has
    assert set(refs) == {b.ref for b in first.new} | {later.id}
    assert {b.ref for b in first.new} == {item.id for item in seen}
    assert after.new == () and not after.resynced


def test_a_cursor_from_another_backend_means_a_resync(server: EwsServer) -> None:
    item = server.deliver(message("Hello"))
    with mailbox(server) as box:
        poll = box.poll(FolderRole.INBOX, "imap1:7:42:-", LOOK_BACK)
    assert poll.resynced
    assert [b.ref for b in poll.new] == [item.id]


def test_fetch_returns_the_mime_bytes_unchanged(server: EwsServer) -> None:
    mail = EmailMessage()
    mail["From"] = "Zoë Müller <zoe@acme.example>"
    mail["To"] = "alice@example.org"
    mail["Subject"] = "Entretien — jeudi"
    mail["Message-ID"] = "<unicode@acme.example>"
    mail.set_content("Bonjour Alice,\nÀ jeudi, 14 h.\n", cte="8bit")
    mail.add_attachment(bytes(range(256)) * 8, maintype="application", subtype="pdf")
    data = bytes(mail).replace(b"\n", b"\r\n")
    item = server.deliver(data)
    with mailbox(server) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        server.delete(vanished := server.deliver(message("Gone before the fetch")))
        fetched = list(box.fetch(FolderRole.INBOX, [poll.new[0].ref, vanished.id]))
    assert [(m.ref, m.data) for m in fetched] == [(item.id, data)]
    assert fetched[0].folder is FolderRole.INBOX


def test_fetch_without_a_poll_asks_the_sizes_first(server: EwsServer) -> None:
    items = [server.deliver(message(f"Message {n}")) for n in range(3)]
    with mailbox(server) as box:
        fetched = list(box.fetch(FolderRole.INBOX, [i.id for i in items]))
    assert [m.data for m in fetched] == [i.mime for i in items]
    assert server.operations()[1:] == ["GetItem", "GetItem"]  # sizes, then the messages


def test_a_huge_message_comes_as_its_headers_and_text(
    server: EwsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ews_module, "LARGE_MESSAGE", 4096)
    mail = EmailMessage()
    mail["From"] = "dana@acme.example"
    mail["To"] = "alice@example.org"
    mail["Subject"] = "Your offer"
    mail["Message-ID"] = "<offer@acme.example>"
    mail.set_content("We are delighted to offer you the role.\n")
    mail.add_attachment(b"%PDF" + bytes(20_000), maintype="application", subtype="pdf")
    item = server.deliver(bytes(mail))
    with mailbox(server) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.INBOX, [b.ref for b in poll.new])
    slim = message_from_bytes(fetched.data)
    assert fetched.ref == item.id
    assert len(fetched.data) < 2048
    assert slim["Subject"] == "Your offer" and slim["Message-ID"] == "<offer@acme.example>"
    assert slim.get_content_type() == "text/plain"
    assert "delighted to offer" in slim.get_payload(decode=True).decode()


def test_save_draft_creates_an_unsent_threaded_draft_once(server: EwsServer) -> None:
    data = draft("<d1@example.org>")
    with mailbox(server) as box:
        assert box.save_draft(data, "<d1@example.org>")
        assert not box.save_draft(data, "<d1@example.org>")
    (saved,) = server.folder("drafts")
    assert saved.flags == MSGFLAG_READ | MSGFLAG_UNSENT  # a real draft: unsent, and read
    assert saved.mime == data
    assert saved.properties == {
        "InReplyTo": "<1@acme.example>",
        "References": "<0@acme.example> <1@acme.example>",
    }
    thread_index = BytesHeaderParser().parsebytes(data)["Thread-Index"]
    assert saved.extended["0x71"] == thread_index
    assert server.operations().count("CreateItem") == 1
    assert server.folder("inbox") == [] and server.folder("sentitems") == []


def test_a_saved_draft_read_back_keeps_its_threading_headers(server: EwsServer) -> None:
    with mailbox(server) as box:
        box.save_draft(draft("<d2@example.org>"), "<d2@example.org>")
        poll = box.poll(FolderRole.DRAFTS, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.DRAFTS, [b.ref for b in poll.new])
    parsed = BytesHeaderParser().parsebytes(fetched.data)
    assert parsed["In-Reply-To"] == "<1@acme.example>"
    assert parsed["References"] == "<0@acme.example> <1@acme.example>"
    assert parsed["Thread-Index"]


def test_save_draft_refuses_a_message_whose_message_id_is_not_the_key(
    server: EwsServer,
) -> None:
    with mailbox(server) as box, pytest.raises(ValueError, match="Message-ID"):
        box.save_draft(draft("<d3@example.org>"), "<other@example.org>")
    assert server.folder("drafts") == []


def test_drafts_present_finds_drafts_and_forgets_deleted_ones(server: EwsServer) -> None:
    ids = [f"<d{n}@example.org>" for n in range(25)]
    with mailbox(server) as box:
        for mid in ids[:3]:
            box.save_draft(draft(mid), mid)
        server.deliver(message("Not a draft", message_id=ids[3]))  # in the Inbox: not counted
        server.forget_requests()
        assert box.drafts_present(ids) == set(ids[:3])
        assert server.operations() == ["FindItem", "FindItem"]  # 20 ids per request
        server.delete(server.folder("drafts")[0])
        assert box.drafts_present(ids) == set(ids[1:3])
        assert box.drafts_present([]) == set()


def test_the_drafts_mark_says_whether_drafts_changed_since(server: EwsServer) -> None:
    """Exchange does not report an item created and deleted since a sync state: a change of
    anything else in Drafts is what rules out that a draft saved after the mark never landed."""
    with mailbox(server) as box:
        box.save_draft(draft("<d0@example.org>"), "<d0@example.org>")
        mark = box.drafts_mark()
        assert box.drafts_lost_since(mark) is False
        box.save_draft(draft("<d1@example.org>"), "<d1@example.org>")
        assert box.drafts_lost_since(mark) is True
        assert box.drafts_lost_since(box.drafts_mark()) is False
        assert box.drafts_lost_since("") is True
        assert box.drafts_lost_since("H4sInot-a-state") is True


def test_throttling_gives_a_transient_error_with_the_back_off(server: EwsServer) -> None:
    server.deliver(message("Hello"))
    server.throttle(30_000, operation="SyncFolderItems")
    started = time.monotonic()
    with mailbox(server) as box, pytest.raises(ServerBusyError) as caught:
        box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert caught.value.back_off == 30.0
    assert "30s" in str(caught.value)
    assert time.monotonic() - started < 5  # exchangelib did not sleep
    assert server.operations().count("SyncFolderItems") == 1  # and did not try again


def test_a_full_queue_gives_the_retry_after_as_the_back_off(server: EwsServer) -> None:
    server.throttle(7_000, status=503, operation="FindItem")
    with mailbox(server) as box, pytest.raises(ServerBusyError) as caught:
        box.drafts_present(["<d1@example.org>"])
    assert caught.value.back_off == 7.0


def test_a_first_sync_cut_short_by_a_busy_server_goes_on_next_time(
    server: EwsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ews_requests, "SYNC_PAGE", 2)
    old = server.deliver(message("Old"), received=NOW - timedelta(days=300))
    recent = [server.deliver(message(f"Recent {n}")) for n in range(4)]
    server.throttle(1000, operation="SyncFolderItems", after=1)
    with mailbox(server) as box:
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        second = box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        third = box.poll(FolderRole.INBOX, second.cursor, LOOK_BACK)
    assert first.cursor.startswith("ews1-first:")  # still the first sync: look-back applies
    reported = [b.ref for b in (*first.new, *second.new)]
    assert reported == [item.id for item in recent]
    assert old.id not in reported
    assert second.cursor.startswith("ews1:") and third.new == ()


def test_no_send_disposition_ever_reaches_the_server(server: EwsServer) -> None:
    server.deliver(message("Hello"))
    with mailbox(server) as box:
        for role in (FolderRole.INBOX, FolderRole.SENT):
            poll = box.poll(role, None, LOOK_BACK)
            list(box.fetch(role, [b.ref for b in poll.new]))
        box.save_draft(draft("<d1@example.org>"), "<d1@example.org>")
        box.drafts_present(["<d1@example.org>"])
    operations = [operation_of(e.request) for e in server.exchanges]
    assert {op.tag.rpartition("}")[2] for op in operations} <= {
        "ConvertId",
        "GetFolder",
        "SyncFolderItems",
        "GetItem",
        "FindItem",
        "CreateItem",
    }
    created = [op for op in operations if op.tag.endswith("}CreateItem")]
    assert [op.get("MessageDisposition") for op in created] == ["SaveOnly"]


def test_the_server_catches_a_send(tmp_path: Path) -> None:
    """The guard the other tests rely on: a send disposition fails the request and is recorded."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" '
        'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">'
        '<s:Header><t:RequestServerVersion Version="Exchange2016"/></s:Header><s:Body>'
        '<m:CreateItem MessageDisposition="SendAndSaveCopy"><m:Items><t:Message>'
        "<t:Subject>x</t:Subject></t:Message></m:Items></m:CreateItem></s:Body></s:Envelope>"
    )
    with running(tmp_path) as ews:
        answer = requests.post(
            ews.url,
            data=body.encode(),
            auth=(ews.login, ews.password),
            headers={"Content-Type": "text/xml; charset=utf-8"},
            verify=str(ews.ca_file),
            timeout=10,
        )
    assert answer.status_code == 500 and b"ErrorInvalidOperation" in answer.content
    assert ews.sends == ["CreateItem MessageDisposition='SendAndSaveCopy'"]
    assert ews.folder("drafts") == ews.folder("sentitems") == []


def operation_of(request: bytes) -> ET.Element:
    body = ET.fromstring(request).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
    assert body is not None and len(body) == 1
    return body[0]
