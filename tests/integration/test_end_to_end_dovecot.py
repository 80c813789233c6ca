"""`followupd once` against a real Dovecot: the thank-you draft after an interview, made once.

Each test runs the real command in a subprocess (config file, password from the environment,
state database in tmp_path) over a mailbox written as a mail client would, then reads Drafts
as the user's mail client would.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

import pytest
from dovecot_server import PASSWORD, oauth_token
from imap_client import ImapUser

pytestmark = pytest.mark.dovecot
REPO = Path(__file__).resolve().parents[2]
# The hiring manager books the interview himself: the thank-you answers his own message.
INTERVIEWER = ("Sam Ortiz", "sam.ortiz@harborlight.example")
ME_NAME = "Alex Morgan"
INVITATION_ID = "<invite-7f3a@mail.harborlight.example>"

# Runs `followupd once` with save_draft patched to die by SIGKILL right after the APPEND
# returned, before the engine can write its ledger row: the crash the search-before-APPEND
# must make harmless.
KILLED_AFTER_APPEND = """
import os, signal, sys
from followupd.backends.imap import mailbox as imap
from followupd.cli import main

saved = imap.ImapMailbox.save_draft

def save_then_die(self, message, message_id):
    added = saved(self, message, message_id)
    os.kill(os.getpid(), signal.SIGKILL)
    return added

imap.ImapMailbox.save_draft = save_then_die
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class Setup:
    user: ImapUser
    config: Path
    me: str
    interview_end: datetime


def address(person: tuple[str, str]) -> str:
    return f"{person[0]} <{person[1]}>"


def invitation(me: str, start: datetime, end: datetime, sent: datetime) -> bytes:
    """An interview confirmation with a calendar invitation, as a scheduling tool sends it."""
    message = EmailMessage()
    message["From"] = address(INTERVIEWER)
    message["To"] = f"{ME_NAME} <{me}>"
    message["Subject"] = "Interview confirmation: Platform Engineer at Harborlight"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = INVITATION_ID
    day = start.strftime("%A, %B %d, %Y")
    message.set_content(
        f"Hi Alex,\n\nThank you for your interest in the Platform Engineer role at "
        f"Harborlight. I'm happy to confirm our interview on {day} from {start:%H:%M} "
        f"to {end:%H:%M} UTC. The calendar invitation is attached.\n\nBest regards,\n"
        f"{INTERVIEWER[0]}\nEngineering Manager, Harborlight\n"
    )
    ics = calendar_request(me, start, end, sent)
    message.add_attachment(
        ics.encode(),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return message.as_bytes()


def calendar_request(me: str, start: datetime, end: datetime, sent: datetime) -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Harborlight//Scheduling//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:interview-7f3a@harborlight.example",
            "SEQUENCE:0",
            f"DTSTAMP:{sent.strftime(stamp)}",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            "SUMMARY:Interview: Platform Engineer - Alex Morgan",
            f"ORGANIZER;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={INTERVIEWER[0]};ROLE=CHAIR:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT:mailto:{me}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def own_thank_you(me: str, sent: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = f"{ME_NAME} <{me}>"
    message["To"] = address(INTERVIEWER)
    message["Subject"] = "Thank you for today's interview"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<own-thanks-1@mail.example.org>"
    message["In-Reply-To"] = INVITATION_ID
    message["References"] = INVITATION_ID
    message.set_content(
        "Hi Sam,\n\nThank you for taking the time to talk with me today about the "
        "Platform Engineer role.\n\nBest,\nAlex\n"
    )
    return message.as_bytes()


@pytest.fixture
def setup(imap_user: ImapUser, tmp_path: Path) -> Setup:
    me = f"{imap_user.name}@example.org"
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    end = now - timedelta(hours=2)
    start = end - timedelta(hours=1)
    imap_user.append("INBOX", invitation(me, start, end, sent=now - timedelta(days=3)))
    imap_user.append("INBOX", _newsletter(me), "\\Seen")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[me]
name = "{ME_NAME}"
addresses = ["{me}"]
timezone = "UTC"
holidays = ""

[[accounts]]
name = "work"
backend = "imap"
host = "127.0.0.1"
port = {imap_user.server.plain_port}
security = "plain"
username = "{imap_user.name}"
password_env = "FOLLOWUPD_TEST_PASSWORD"
lookback_days = 30

[daemon]
state_path = "{tmp_path / "state.db"}"
"""
    )
    return Setup(imap_user, config, me, end)


def _newsletter(me: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Weekly Digest <news@digest.example>"
    message["To"] = me
    message["Subject"] = "This week in gardening"
    message["List-Id"] = "<weekly.digest.example>"
    message["List-Unsubscribe"] = "<mailto:unsubscribe@digest.example>"
    message["Message-ID"] = "<digest-42@digest.example>"
    message["Date"] = format_datetime(datetime.now(UTC) - timedelta(days=1))
    message.set_content("Tomatoes, again.\n")
    return message.as_bytes()


def once(setup: Setup, program: Sequence[str] = ("-m", "followupd")) -> dict[str, object]:
    environment = dict(os.environ, FOLLOWUPD_TEST_PASSWORD=PASSWORD)
    daemon_path = str(REPO / "daemon")
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (daemon_path, environment.get("PYTHONPATH")) if p
    )
    command = [sys.executable, *program, "once", "--config", str(setup.config), "--json"]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    if program[0] == "-c":
        assert done.returncode == -signal.SIGKILL, done.stderr
        return {}
    assert done.returncode == 0, done.stderr + done.stdout
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def drafts(setup: Setup) -> list[Message]:
    client = setup.user.client()
    try:
        client.select("Drafts", readonly=True)
        _, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
        return [message_from_bytes(item[1]) for item in data if isinstance(item, tuple)]
    finally:
        client.logout()


def recipients(message: Message) -> list[str]:
    return [addr.lower() for _, addr in getaddresses(message.get_all("To", []))]


def test_a_thank_you_draft_is_made_once_threaded_to_the_interviewer(setup: Setup) -> None:
    inbox_flags = setup.user.flags("INBOX")
    first = once(setup)
    assert first["messages_seen"] == 2 and first["drafts_made"] == 1
    made = drafts(setup)
    assert len(made) == 1
    draft = made[0]
    assert recipients(draft) == [INTERVIEWER[1]]
    assert draft["In-Reply-To"] == INVITATION_ID
    assert INVITATION_ID in draft["References"]
    assert draft["Subject"] == "Re: Interview confirmation: Platform Engineer at Harborlight"
    assert setup.me in draft["From"]

    second = once(setup)
    assert second["messages_seen"] == 0 and second["drafts_made"] == 0
    assert len(drafts(setup)) == 1
    flags = setup.user.flags("INBOX")  # the user's mail as it was; and followupd's own note
    assert {k: v for k, v in flags.items() if k in inbox_flags} == inbox_flags
    assert setup.user.flags("Drafts")[draft["Message-ID"]] == "\\Draft \\Seen"


def test_a_draft_the_user_deleted_is_not_made_again(setup: Setup) -> None:
    once(setup)
    [draft] = drafts(setup)
    setup.user.delete_by_message_id("Drafts", draft["Message-ID"])
    once(setup)
    once(setup)
    assert drafts(setup) == []


def test_no_draft_when_the_user_already_thanked_the_interviewer(setup: Setup) -> None:
    thanked = setup.interview_end + timedelta(minutes=20)
    setup.user.append("Sent", own_thank_you(setup.me, thanked), "\\Seen")
    once(setup)
    assert drafts(setup) == []


def test_a_crash_between_append_and_ledger_leaves_one_draft(setup: Setup) -> None:
    once(setup, program=("-c", KILLED_AFTER_APPEND))
    [draft] = drafts(setup)  # the APPEND happened, the ledger row did not
    restarted = once(setup)  # plans the same draft again; the search finds it in Drafts
    assert [d["message_id"] for d in restarted["drafts"]] == [draft["Message-ID"]]  # type: ignore[index, union-attr]
    assert len(drafts(setup)) == 1
    assert once(setup)["drafts_made"] == 0


def test_once_signs_in_with_a_token_from_the_oauth2_token_command(setup: Setup) -> None:
    """Gmail and Microsoft 365 take no password: the token command's output is the token."""
    token = oauth_token(setup.user.name)
    command = f'["{sys.executable}", "-c", "print(\'{token}\')"]'
    config = setup.config.read_text().replace(
        'password_env = "FOLLOWUPD_TEST_PASSWORD"',
        f'auth = "xoauth2"\noauth2_token_command = {command}',
    )
    setup.config.write_text(config)
    report = once(setup)
    assert report["drafts_made"] == 1
    introspection = setup.user.server.introspection
    assert introspection is not None and token in introspection.asked
