"""The engine's cycle over EwsMailbox and the test EWS server: an interview confirmation in the
Inbox becomes one thank-you draft in Drafts, threaded, unsent, made once, even when the process
dies between saving the draft and writing its ledger row."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from pathlib import Path

import pytest
from ews_server import EwsServer, running
from ews_server.store import MSGFLAG_UNSENT
from ews_server.testing import account, mailbox

from followupd.backends.ews import EwsMailbox
from followupd.engine import run_cycle
from followupd.model import Me, Settings
from followupd.store import Store

ME = ("Alex Morgan", "alice@example.org")
INTERVIEWER = ("Sam Ortiz", "sam.ortiz@harborlight.example")
INVITATION_ID = "<invite-7f3a@mail.harborlight.example>"
NOW = datetime.now(UTC).replace(second=0, microsecond=0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EwsServer]:
    with running(tmp_path) as ews:
        end = NOW - timedelta(hours=2)
        ews.deliver(invitation(end - timedelta(hours=1), end), received=NOW - timedelta(days=3))
        yield ews
    assert not ews.violations and not ews.sends


def invitation(start: datetime, end: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = f"{INTERVIEWER[0]} <{INTERVIEWER[1]}>"
    message["To"] = f"{ME[0]} <{ME[1]}>"
    message["Subject"] = "Interview confirmation: Platform Engineer at Harborlight"
    message["Date"] = format_datetime(NOW - timedelta(days=3))
    message["Message-ID"] = INVITATION_ID
    message.set_content(
        "Hi Alex,\n\nThank you for your interest in the Platform Engineer role at Harborlight. "
        f"I'm happy to confirm our interview on {start:%A, %B %d, %Y} from {start:%H:%M} to "
        f"{end:%H:%M} UTC. The calendar invitation is attached.\n\nBest regards,\n"
        f"{INTERVIEWER[0]}\nEngineering Manager, Harborlight\n"
    )
    stamp = "%Y%m%dT%H%M%SZ"
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Harborlight//Scheduling//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:interview-7f3a@harborlight.example",
            f"DTSTAMP:{(NOW - timedelta(days=3)).strftime(stamp)}",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            "SUMMARY:Interview: Platform Engineer - Alex Morgan",
            f"ORGANIZER;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={INTERVIEWER[0]};ROLE=CHAIR:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT:mailto:{ME[1]}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message.add_attachment(
        ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"}
    )
    return message.as_bytes()


def settings(server: EwsServer) -> Settings:
    me = Me(name=ME[0], addresses=(ME[1],), timezone="UTC", holidays="")
    return Settings(me=me, accounts=(replace(account(server), lookback_days=30),))


def cycle(box: EwsMailbox, server: EwsServer, tmp_path: Path) -> list[str]:
    with Store.open(tmp_path / "state.db") as store:
        report = run_cycle(box, store, settings(server), NOW)
    return [str(draft.stage) for draft in report.drafts_made]


def test_a_cycle_makes_one_threaded_unsent_thank_you(server: EwsServer, tmp_path: Path) -> None:
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == ["thank_you"]
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == []
    (draft,) = server.folder("drafts")
    headers = BytesHeaderParser().parsebytes(draft.mime)
    assert draft.flags & MSGFLAG_UNSENT
    assert headers["To"].endswith(f"<{INTERVIEWER[1]}>")
    assert headers["In-Reply-To"] == INVITATION_ID
    assert INVITATION_ID in headers["References"]
    assert draft.properties["InReplyTo"] == INVITATION_ID
    assert server.folder("sentitems") == []


def test_a_crash_between_saving_and_the_ledger_makes_no_second_draft(
    server: EwsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = EwsMailbox.save_draft

    def save_then_crash(self: EwsMailbox, message: bytes, message_id: str) -> bool:
        saved(self, message, message_id)
        raise SystemExit("killed before the ledger was written")

    with monkeypatch.context() as patched:
        patched.setattr(EwsMailbox, "save_draft", save_then_crash)
        with mailbox(server) as box, pytest.raises(SystemExit):
            cycle(box, server, tmp_path)
    assert len(server.folder("drafts")) == 1
    with mailbox(server) as box:
        cycle(box, server, tmp_path)
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == []
    assert len(server.folder("drafts")) == 1


def notes(server: EwsServer) -> list[object]:
    return [
        item
        for item in server.folder("inbox")
        if BytesHeaderParser().parsebytes(item.mime)["X-Followupd-Note"] is not None
    ]


def holding_reply() -> bytes:
    message = EmailMessage()
    message["From"] = f"{INTERVIEWER[0]} <{INTERVIEWER[1]}>"
    message["To"] = f"{ME[0]} <{ME[1]}>"
    message["Subject"] = "Re: Interview confirmation: Platform Engineer at Harborlight"
    message["Date"] = format_datetime(NOW - timedelta(minutes=30))
    message["Message-ID"] = "<holding-1@mail.harborlight.example>"
    message["In-Reply-To"] = INVITATION_ID
    message.set_content(
        "Hi Alex,\n\nThanks for your time today. We are still interviewing other candidates "
        "and will get back to you next week.\n\nSam\n"
    )
    return message.as_bytes()


def test_the_inbox_note_is_left_unread_not_a_draft_once_a_day_and_never_read_back(
    server: EwsServer, tmp_path: Path
) -> None:
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == ["thank_you"]
    (note,) = notes(server)
    headers = BytesHeaderParser().parsebytes(note.mime)  # type: ignore[attr-defined]
    assert not note.flags & MSGFLAG_UNSENT and not note.is_read  # type: ignore[attr-defined]
    assert headers["From"] == headers["To"] == f"{ME[0]} <{ME[1]}>"
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == []  # the note is not news
    assert len(notes(server)) == 1
    server.deliver(holding_reply(), received=NOW - timedelta(minutes=30))
    with mailbox(server) as box:
        assert cycle(box, server, tmp_path) == ["holding_ack"]
    (replaced,) = notes(server)  # the day's note, replaced by one that says both
    text = replaced.mime.decode()  # type: ignore[attr-defined]
    assert "2 follow-ups are waiting" in text and "holding_ack" in text and "thank_you" in text
    with Store.open(tmp_path / "state.db") as store:
        ids = {o.envelope.message_id for o in store.observations()}
    assert not any(i.startswith("<followupd-note.") for i in ids)
    assert server.folder("sentitems") == []
