"""`followupd run` with IMAP IDLE against Dovecot: mail appended to INBOX is classified and its
draft saved within seconds, though the poll interval is an hour; the daemon keeps going when
its connections are dropped and when the server restarts; `status` says how each account is
watched."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from dovecot_server import DOVEADM, PASSWORD, DovecotServer
from imap_client import ImapUser

pytestmark = pytest.mark.dovecot
REPO = Path(__file__).resolve().parents[2]
ARRIVAL_BOUND = 30.0  # seconds: generous for a loaded machine (IDLE itself takes well under 5)


EMPLOYERS = ("Harborlight", "Quillfeather", "Tidewater", "Marrowby", "Ostrander", "Velloway")
PEOPLE = ("Dana Lee", "Sam Ortiz", "Ines Moreau", "Kofi Mensah", "Lena Park", "Ravi Shah")


def rejection(me: str, n: int) -> bytes:
    company, person = EMPLOYERS[n % len(EMPLOYERS)], PEOPLE[n % len(PEOPLE)]
    address = f"{person.split()[0].lower()}@{company.lower()}.example"
    return (
        f"From: {person} <{address}>\r\nTo: Alex Morgan <{me}>\r\n"
        f"Subject: Your application for Platform Engineer\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: <reject-{n}@{company.lower()}.example>\r\n\r\n"
        f"Hi Alex,\r\n\r\nThank you for your interest in the Platform Engineer role at "
        f"{company}. After careful consideration, we have decided not to move forward with "
        f"your application.\r\n\r\nBest regards,\r\n{person}\r\n"
    ).encode()


def config(user: ImapUser, folder: Path, **daemon: str) -> Path:
    path = folder / "config.toml"
    extra = "".join(f"{key} = {value}\n" for key, value in daemon.items())  # TOML values
    path.write_text(
        f'[me]\nname = "Alex Morgan"\naddresses = ["{user.name}@example.org"]\n'
        f'timezone = "UTC"\nholidays = ""\n\n[[accounts]]\nname = "work"\nbackend = "imap"\n'
        f'host = "127.0.0.1"\nport = {user.server.plain_port}\nsecurity = "plain"\n'
        f'username = "{user.name}"\npassword_env = "FOLLOWUPD_TEST_PASSWORD"\ntimeout = 10\n\n'
        f'[daemon]\nstate_path = "{folder / "state.db"}"\npoll_interval = "1h"\n{extra}'
    )
    return path


def environment() -> dict[str, str]:
    env = dict(os.environ, FOLLOWUPD_TEST_PASSWORD=PASSWORD)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "daemon"), env.get("PYTHONPATH")) if p
    )
    return env


def followupd(*args: str) -> list[str]:
    return [sys.executable, "-m", "followupd", *args]


class Daemon:
    def __init__(self, config_path: Path) -> None:
        self.config = config_path
        self.log = open(config_path.parent / "run.log", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            followupd("run", "--config", str(config_path)),
            env=environment(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def status(self) -> dict[str, object]:
        done = subprocess.run(
            followupd("status", "--json", "--config", str(self.config)),
            env=environment(),
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    def mode(self) -> str | None:
        daemon = self.status().get("daemon")
        if not isinstance(daemon, dict):
            return None
        return str(daemon["accounts"].get("work", {}).get("mode"))  # type: ignore[union-attr]

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        finally:
            self.log.close()

    def output(self) -> str:
        return (self.config.parent / "run.log").read_text(errors="replace")


def wait_for(condition: Callable[[], bool], seconds: float, what: str, daemon: Daemon) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        if daemon.process.poll() is not None:
            pytest.fail(f"the daemon exited while waiting for {what}:\n{daemon.output()}")
        time.sleep(0.1)
    pytest.fail(f"no {what} within {seconds}s:\n{daemon.output()[-3000:]}")


def drafts_count(user: ImapUser) -> int:
    client = user.client()
    try:
        typ, data = client.select("Drafts", readonly=True)
        return int(data[0]) if typ == "OK" else 0
    finally:
        client.logout()


@pytest.fixture
def daemon(imap_user: ImapUser, tmp_path: Path) -> Iterator[Daemon]:
    # (IDLE renewed, and a lost server tried again, sooner than a user's defaults)
    running = Daemon(config(imap_user, tmp_path, idle_renew='"15s"', reconnect_after='"2s"'))
    try:
        yield running
    finally:
        if running.process.poll() is None:
            running.stop()


def test_mail_arriving_in_inbox_is_drafted_within_seconds(
    imap_user: ImapUser, daemon: Daemon
) -> None:
    me = f"{imap_user.name}@example.org"
    wait_for(lambda: daemon.mode() == "idle", 60, "IDLE", daemon)
    time.sleep(1)  # past the first cycle, which found an empty mailbox
    imap_user.append("INBOX", rejection(me, 1))
    latency = wait_for(lambda: drafts_count(imap_user) == 1, ARRIVAL_BOUND, "draft", daemon)
    print(f"arrival to draft: {latency:.2f}s")
    time.sleep(20)  # IDLE issued again (every 15 s here): new mail is still told
    imap_user.append("INBOX", rejection(me, 2))
    wait_for(lambda: drafts_count(imap_user) == 2, ARRIVAL_BOUND, "second draft", daemon)
    # Dovecot offers NOTIFY: a message the user sends is seen as soon as it is in Sent
    seen = daemon.output().count("1 messages seen")
    imap_user.append("Sent", own_reply(me), "\\Seen")
    told = lambda: daemon.output().count("1 messages seen") > seen  # noqa: E731
    wait_for(told, ARRIVAL_BOUND, "a cycle for the sent message", daemon)
    assert daemon.stop() == 0


def own_reply(me: str) -> bytes:
    return (
        f"From: Alex Morgan <{me}>\r\nTo: Dana Lee <dana@harborlight.example>\r\n"
        f"Subject: Re: Your application for Platform Engineer\r\n"
        f"Date: {format_datetime(datetime.now(UTC))}\r\nMessage-ID: <reply-1@example.org>\r\n"
        "In-Reply-To: <reject-0@harborlight.example>\r\n\r\nThank you, Dana.\r\n"
    ).encode()


def test_a_dropped_connection_is_reopened_and_mail_is_still_told(
    imap_user: ImapUser, daemon: Daemon
) -> None:
    me = f"{imap_user.name}@example.org"
    wait_for(lambda: daemon.mode() == "idle", 60, "IDLE", daemon)
    kick = [DOVEADM, "-c", str(imap_user.server.config_path), "kick", imap_user.name]
    subprocess.run(kick, check=True, capture_output=True)
    imap_user.append("INBOX", rejection(me, 3))  # while the daemon is away
    wait_for(lambda: drafts_count(imap_user) == 1, 60, "draft after the kick", daemon)
    wait_for(lambda: daemon.mode() == "idle", 60, "IDLE again", daemon)
    imap_user.append("INBOX", rejection(me, 4))
    wait_for(lambda: drafts_count(imap_user) == 2, ARRIVAL_BOUND, "draft after", daemon)
    assert daemon.stop() == 0


def test_run_survives_a_server_restart(tmp_path: Path) -> None:
    root = Path(tempfile.mkdtemp(prefix="followupd-restart-"))
    server = DovecotServer(root, users=("restart",))
    server.start()
    user = ImapUser(server, "restart")
    running = Daemon(config(user, tmp_path, reconnect_after='"2s"'))
    try:
        wait_for(lambda: running.mode() == "idle", 60, "IDLE", running)
        server.stop()
        wait_for(lambda: running.mode() == "backing off", 60, "backing off", running)
        server.start()
        wait_for(lambda: running.mode() == "idle", 90, "IDLE after the restart", running)
        user.append("INBOX", rejection("restart@example.org", 5))
        wait_for(lambda: drafts_count(user) == 1, ARRIVAL_BOUND, "draft", running)
        assert running.stop() == 0
    finally:
        if running.process.poll() is None:
            running.stop()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_status_says_polling_where_idle_is_turned_off(imap_user: ImapUser, tmp_path: Path) -> None:
    running = Daemon(config(imap_user, tmp_path, idle="false"))
    try:
        wait_for(lambda: running.mode() == "polling", 60, "polling", running)
    finally:
        assert running.stop() == 0
    assert running.status().get("daemon") is None  # stopped: no daemon to speak of
