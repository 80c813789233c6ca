"""`followupd run` in a subprocess over a local mailbox: SIGTERM mid-cycle -> the step
finishes, then exit 0."""

from __future__ import annotations

import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from service_cli import followupd_process, local_mailbox, maildir_config

MESSAGES = 1000  # the first cycle takes a good while to scan them: time for the signal


def fill_inbox(inbox: Path, count: int) -> None:
    date = format_datetime(datetime.now(UTC) - timedelta(days=1))
    for i in range(count):
        (inbox / f"friend-{i:04d}.eml").write_text(
            f"From: Friend {i} <friend{i}@mail{i % 40}.example>\n"
            f"To: alice@example.com\nSubject: Lunch {i}\nDate: {date}\n"
            f"Message-ID: <lunch-{i}@mail.example>\nContent-Type: text/plain\n\n"
            "Are we still on for lunch on Friday?\n"
        )


@contextmanager
def daemon_with_notify_socket(
    config: Path,
) -> Iterator[tuple[subprocess.Popen[str], socket.socket]]:
    """`followupd run` with $NOTIFY_SOCKET bound here, so a test can wait on its reports."""
    with tempfile.TemporaryDirectory(prefix="sdn", dir="/tmp") as folder:
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify.bind(f"{folder}/notify")
        notify.settimeout(30)
        process = followupd_process(
            ["run", "--config", str(config)], NOTIFY_SOCKET=f"{folder}/notify"
        )
        try:
            yield process, notify
        finally:
            process.kill()
            notify.close()


def test_sigterm_during_a_cycle_finishes_it_and_exits_0(tmp_path: Path) -> None:
    mailbox = local_mailbox(tmp_path / "mail")
    fill_inbox(mailbox / "INBOX", MESSAGES)
    with daemon_with_notify_socket(maildir_config(tmp_path, mailbox)) as (process, notify):
        while b"STATUS=local: polling" not in notify.recv(4096):  # the step has begun
            pass
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    lines = err.splitlines()
    signalled = next(i for i, line in enumerate(lines) if "SIGTERM received" in line)
    finished = next(i for i, line in enumerate(lines) if "cycle done" in line)
    assert signalled < finished, err  # the step finished after the signal
    assert f"{MESSAGES + 2} messages seen" in lines[finished]
    assert lines[-1].endswith("followupd.service: stopped")
    assert sum("cycle done" in line for line in lines) == 1  # no further cycle began


def test_run_keeps_polling_until_stopped(tmp_path: Path) -> None:
    mailbox = local_mailbox(tmp_path / "mail")
    with daemon_with_notify_socket(maildir_config(tmp_path, mailbox)) as (process, notify):
        idle = 0
        while idle < 2:  # poll_interval is 1s: wait for the end of a second cycle
            idle += b"STATUS=idle" in notify.recv(4096)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert sum("cycle done" in line for line in err.splitlines()) >= 2
    assert "draft made: stage=rejection_reply" in err
