"""The secret never comes back out of a server's answer, and a password outside ASCII against a
server without AUTH=PLAIN gets a clear error, not a traceback naming a character of it. Against
a fake IMAP server of our own on 127.0.0.1 (fake_imap.py) that repeats what it was sent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_imap import HANG_UP, fake_imap
from service_cli import REPO

from followupd.backends import scrub
from followupd.backends.ews.errors import translated_errors as ews_errors
from followupd.backends.imap.mailbox import ImapMailbox
from followupd.errors import PermanentMailboxError, TransientMailboxError
from followupd.model import AccountSettings, FolderRole

ASCII_SECRET = 'pa"ss\\word-7Qx'  # a quote and a backslash: IMAP escapes them when quoting
UNICODE_SECRET = "Pässwörd-Ünïcode-42"


def account(port: int, username: str = "alice@example.com") -> AccountSettings:
    return AccountSettings(
        name="personal", host="127.0.0.1", port=port, security="plain", username=username
    )


def sign_in(port: int, secret: str) -> Exception:
    mailbox = ImapMailbox(account(port), lambda: secret)
    with mailbox, pytest.raises((PermanentMailboxError, TransientMailboxError)) as raised:
        mailbox.poll(FolderRole.INBOX, None, __import__("datetime").date(2026, 1, 1))
    return raised.value


def leaks(text: str, secret: str) -> list[str]:
    """Any piece of the secret (6 characters or more) left in `text`."""
    return [secret[i : i + 6] for i in range(len(secret) - 5) if secret[i : i + 6] in text]


def test_a_refusal_repeating_the_login_line_is_scrubbed() -> None:
    with fake_imap() as server:
        error = sign_in(server.port, ASCII_SECRET)
    assert any("LOGIN" in line for line in server.received)  # it was sent, and echoed
    assert "login refused" in str(error) and "***" in str(error)
    assert leaks(str(error), ASCII_SECRET) == []


def test_a_hang_up_repeating_the_login_line_is_scrubbed() -> None:
    with fake_imap(how=HANG_UP) as server:
        error = sign_in(server.port, ASCII_SECRET)
    assert isinstance(error, TransientMailboxError) and "***" in str(error)
    assert leaks(str(error), ASCII_SECRET) == []


def test_an_echoed_authenticate_plain_line_is_scrubbed() -> None:
    with fake_imap("IMAP4rev1 AUTH=PLAIN") as server:
        error = sign_in(server.port, UNICODE_SECRET)
    echoed = server.received[-1]
    assert str(error).count("***") == 1 and echoed[:12] not in str(error)
    assert leaks(str(error), UNICODE_SECRET) == []


def test_a_non_ascii_password_without_auth_plain_is_a_clear_error() -> None:
    with fake_imap("IMAP4rev1 AUTH=LOGIN") as server:
        error = sign_in(server.port, UNICODE_SECRET)
    assert isinstance(error, PermanentMailboxError)
    assert "outside ASCII" in str(error) and "AUTH=PLAIN" in str(error)
    assert not {char for char in str(error) if not char.isascii()}  # names no character
    assert not any("LOGIN" in line for line in server.received)  # nothing of it was sent


def test_the_command_line_shows_neither_a_traceback_nor_the_secret(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    with fake_imap() as server:
        config.write_text(
            f"""
[me]
name = "Alice Example"
addresses = ["alice@example.com"]
timezone = "UTC"

[[accounts]]
name = "personal"
host = "127.0.0.1"
port = {server.port}
security = "plain"
username = "alice@example.com"
password_env = "FAKE_IMAP_PASSWORD"

[daemon]
state_path = "{tmp_path / "state.db"}"
""",
            encoding="utf-8",
        )
        outputs = []
        for secret in (ASCII_SECRET, UNICODE_SECRET):
            done = subprocess.run(
                [sys.executable, "-m", "followupd", "-v", "once", "--config", str(config)],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                env={
                    **os.environ,
                    "PYTHONPATH": str(REPO / "daemon"),
                    "FAKE_IMAP_PASSWORD": secret,
                },
            )
            outputs.append((secret, done))
    for secret, done in outputs:
        shown = done.stdout + done.stderr
        assert done.returncode == 1, shown
        assert "Traceback" not in shown and leaks(shown, secret) == []
    assert "outside ASCII" in outputs[1][1].stdout + outputs[1][1].stderr


def test_exchange_errors_are_scrubbed_too() -> None:
    import requests

    with (
        pytest.raises(TransientMailboxError) as raised,
        ews_errors("work (mail.corp.example)", ASCII_SECRET, "CORP\\alice"),
    ):
        raise requests.ConnectionError(f"refused: Authorization: {ASCII_SECRET}")
    assert "***" in str(raised.value) and leaks(str(raised.value), ASCII_SECRET) == []


def test_every_wire_form_of_a_secret_is_scrubbed() -> None:
    import base64

    basic = base64.b64encode(f"alice:{UNICODE_SECRET}".encode()).decode()
    plain = base64.b64encode(f"\0alice\0{UNICODE_SECRET}".encode()).decode()
    shown = repr(UNICODE_SECRET.encode())
    text = f"a {UNICODE_SECRET} b {basic} c {plain} d {shown}"
    assert scrub(text, UNICODE_SECRET, "alice") == "a *** b *** c *** d b'***'"
    assert scrub("pin 123 said", "123") == "pin 123 said"  # too short to be told from text
