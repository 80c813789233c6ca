"""The INBOX note against a real Dovecot: `followupd once` after a cycle that drafted leaves one
note from the user to the user in INBOX, unread, with no \\Draft flag; a later cycle the same
day that drafts more replaces it (UID EXPUNGE of that one message only); followupd never reads
it back as mail; and no connection goes anywhere but the IMAP server on 127.0.0.1.
"""

from __future__ import annotations

import imaplib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from dovecot_server import PASSWORD
from imap_client import ImapUser
from test_end_to_end_dovecot import INTERVIEWER, INVITATION_ID, ME_NAME, Setup, invitation

from followupd.backends.imap.connect import open_session
from followupd.backends.imap.note import leave_note

pytestmark = pytest.mark.dovecot
REPO = Path(__file__).resolve().parents[2]
# `followupd once`, with every socket connection it opens written down (an audit hook).
AUDITED = """
import json, os, sys
connections = []

def audit(event, args):
    if event == "socket.connect":
        connections.append(list(args[1]) if isinstance(args[1], tuple) else [str(args[1])])

sys.addaudithook(audit)
from followupd.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open(os.environ["FOLLOWUPD_CONNECTIONS"], "w") as out:
        json.dump(connections, out)
sys.exit(code)
"""


@pytest.fixture
def setup(imap_user: ImapUser, tmp_path: Path) -> Setup:
    me = f"{imap_user.name}@example.org"
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    end = now - timedelta(hours=2)
    imap_user.append(
        "INBOX", invitation(me, end - timedelta(hours=1), end, now - timedelta(days=3))
    )
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

[notify]
desktop = false
"""
    )
    return Setup(imap_user, config, me, end)


def once(setup: Setup, connections: Path) -> dict[str, object]:
    environment = dict(
        os.environ,
        FOLLOWUPD_TEST_PASSWORD=PASSWORD,
        FOLLOWUPD_CONNECTIONS=str(connections),
        PYTHONPATH=os.pathsep.join(
            p for p in (str(REPO / "daemon"), os.environ.get("PYTHONPATH")) if p
        ),
    )
    command = [sys.executable, "-c", AUDITED, "once", "--config", str(setup.config), "--json"]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr + done.stdout
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def inbox_notes(setup: Setup) -> dict[str, tuple[str, str]]:
    """Message-ID -> (flags, text) of each followupd note in INBOX."""
    client = setup.user.client()
    try:
        client.select("INBOX", readonly=True)
        _, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[])")
    finally:
        client.logout()
    found = {}
    for item in data:
        if not isinstance(item, tuple):
            continue
        message = message_from_bytes(item[1])
        if message["X-Followupd-Note"] is None:
            continue
        flags = item[0].split(b"FLAGS (", 1)[1].split(b")", 1)[0].decode()
        body = message.get_payload(decode=True)
        assert isinstance(body, bytes)
        kept = " ".join(sorted(f for f in flags.split() if f != "\\Recent"))
        found[str(message["Message-ID"])] = (kept, body.decode())
        assert message["From"] == message["To"]
    return found


def holding_reply(me: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"{INTERVIEWER[0]} <{INTERVIEWER[1]}>"
    message["To"] = f"{ME_NAME} <{me}>"
    message["Subject"] = "Re: Interview confirmation: Platform Engineer at Harborlight"
    message["Date"] = format_datetime(datetime.now(UTC) - timedelta(minutes=5))
    message["Message-ID"] = "<holding-1@mail.harborlight.example>"
    message["In-Reply-To"] = INVITATION_ID
    message.set_content(
        "Hi Alex,\n\nThanks for your time today. We are still interviewing other candidates "
        "and will get back to you next week.\n\nSam\n"
    )
    return message.as_bytes()


def test_one_unread_note_a_day_replaced_never_read_and_nothing_leaves(
    setup: Setup, tmp_path: Path
) -> None:
    runs = [tmp_path / f"connections-{n}.json" for n in range(3)]
    first = once(setup, runs[0])
    assert first["drafts_made"] == 1
    [(flags, text)] = inbox_notes(setup).values()
    assert flags == ""  # unread, not a draft: neither \\Seen nor \\Draft
    assert "1 follow-up is waiting in your Drafts folder" in text and "thank_you" in text

    again = once(setup, runs[1])  # nothing new: no second note, the note is not mail
    assert again["drafts_made"] == again["messages_seen"] == 0 and again["signals_by_kind"] == {}
    assert len(inbox_notes(setup)) == 1

    setup.user.append("INBOX", holding_reply(setup.me))
    third = once(setup, runs[2])
    assert third["drafts_made"] == 1
    [(flags, text)] = inbox_notes(setup).values()  # the day's note, replaced
    assert flags == ""
    assert "2 follow-ups are waiting" in text and "holding_ack" in text and "thank_you" in text

    port = setup.user.server.plain_port
    for run in runs:  # every connection of every run: the IMAP server on this machine
        assert {tuple(c) for c in json.loads(run.read_text())} == {("127.0.0.1", port)}
    client = setup.user.client()
    try:
        _, sent = client.select("Sent", readonly=True)
    finally:
        client.logout()
    assert sent == [b"0"]  # nothing was sent, not even a copy


def note_with_id(message_id: str, day: datetime, text: str) -> bytes:
    message = EmailMessage()
    message["From"] = message["To"] = f"{ME_NAME} <alex@example.org>"
    message["Subject"] = "followupd: drafts waiting"
    message["Date"] = format_datetime(day)
    message["Message-ID"] = message_id
    message.set_content(text)
    return message.as_bytes()


def test_the_earlier_note_is_looked_for_among_the_last_days_mail_only(
    imap_user: ImapUser,
) -> None:
    """The server reads the headers of the mail since two days before the note's Date, not of
    the whole INBOX: an earlier note that arrived the day before (a server in another zone) is
    replaced; mail of that Message-ID from long before is not the day's note, and stays."""
    now = datetime.now(UTC).replace(microsecond=0)
    message_id = "<note-2026-12-07.abc@followupd.invalid>"
    client = imap_user.client()
    try:
        for arrived, text in (
            (now - timedelta(days=1), "yesterday"),
            (now - timedelta(days=9), "old"),
        ):
            typ, data = client.append(
                "INBOX",
                None,
                imaplib.Time2Internaldate(arrived),
                note_with_id(message_id, arrived, text),
            )
            assert typ == "OK", data
    finally:
        client.logout()
    box = open_session(imap_user.account(), lambda: PASSWORD)
    try:
        leave_note(box, "INBOX", note_with_id(message_id, now, "today"), message_id)
    finally:
        box.logout()
    client = imap_user.client()
    try:
        client.select("INBOX", readonly=True)
        _, data = client.uid("FETCH", "1:*", "(BODY.PEEK[TEXT])")
    finally:
        client.logout()
    texts = sorted(item[1].decode().strip() for item in data if isinstance(item, tuple))
    assert texts == ["old", "today"]
