"""service.Service with a fake cycle: back-off, skips, signals, wake-ups, watchdog, scheduling."""

from __future__ import annotations

import itertools
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from followupd.errors import PermanentMailboxError, StoreError, TransientMailboxError
from followupd.model.settings import AccountSettings, DaemonSettings, Settings
from followupd.service.daemon import Backoff, Service, make_scheduler, now, scheduler_job_defaults
from followupd.service.sdnotify import Notifier

Runner = Callable[..., Any]


def settings_for(tmp_path: Path, *names: str, poll: float = 3600) -> Settings:
    return Settings(
        accounts=tuple(AccountSettings(name=n, backend="maildir", path=tmp_path) for n in names),
        daemon=DaemonSettings(
            poll_interval=timedelta(seconds=poll), state_path=tmp_path / "state.db"
        ),
    )


def report(next_due: datetime | None = None) -> SimpleNamespace:
    return SimpleNamespace(next_due=next_due)


class Calls:
    """Records which account each cycle ran for, and when."""

    def __init__(self) -> None:
        self.log: list[tuple[str, float]] = []

    def names(self) -> list[str]:
        return [name for name, _ in self.log]

    def record(self, account: AccountSettings) -> int:
        self.log.append((account.name, time.monotonic()))
        return sum(1 for name, _ in self.log if name == account.name)


def terminate_self() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


def test_backoff_doubles_up_to_the_cap() -> None:
    backoff = Backoff(base=30, cap=300)
    assert [backoff.next_delay() for _ in range(6)] == [30, 60, 120, 240, 300, 300]


def test_job_defaults_coalesce_one_instance_and_grace() -> None:
    assert scheduler_job_defaults(timedelta(minutes=5)) == {
        "coalesce": True,
        "max_instances": 1,
        "misfire_grace_time": 300,
    }
    assert scheduler_job_defaults(timedelta(seconds=5))["misfire_grace_time"] == 60


def test_scheduler_applies_the_defaults_to_jobs() -> None:
    scheduler = make_scheduler(timedelta(minutes=10))
    scheduler.add_job(print, "interval", seconds=600, id="poll")
    scheduler.start(paused=True)
    try:
        job = scheduler.get_job("poll")
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 600)
    finally:
        scheduler.shutdown(wait=False)


def test_the_clock_is_aware_utc() -> None:
    assert now().tzinfo is UTC


def test_transient_errors_back_off_exponentially_then_recover(tmp_path: Path) -> None:
    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        if calls.record(account) <= 3:
            raise TransientMailboxError("connection refused")
        terminate_self()
        return report()

    service = Service(
        settings_for(tmp_path, "a"), cycle_runner=runner, backoff_base=0.1, backoff_cap=0.25
    )
    assert service.run() == 0
    times = [at for _, at in calls.log]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(gaps) == 3
    # a retry never comes before its delay (0.1, 0.2, then capped at 0.25); on a loaded
    # machine it may come later, so only the lower bounds and a loose ceiling are checked
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2 and gaps[2] >= 0.25
    assert max(gaps) < 2
    assert service.backoffs == {}


def test_a_server_that_asks_for_a_longer_wait_gets_it(tmp_path: Path) -> None:
    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        if calls.record(account) == 1:
            raise TransientMailboxError("throttled", back_off=0.6)
        terminate_self()
        return report()

    service = Service(settings_for(tmp_path, "a"), cycle_runner=runner, backoff_base=0.05)
    assert service.run() == 0
    assert calls.log[1][1] - calls.log[0][1] >= 0.6  # not the 0.05 s of its own back-off


def test_a_sign_in_that_needs_the_user_is_said_once_an_hour_not_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from followupd.config import LoginRequired

    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        calls.record(account)
        raise LoginRequired("the sign-in was revoked: run `followupd login --account a` again")

    service = Service(settings_for(tmp_path, "a"), cycle_runner=runner)
    with caplog.at_level("ERROR", logger="followupd.service"):
        for _ in range(3):
            service.cycle()
    assert len(calls.log) == 3  # asked at each poll: the user may have signed in meanwhile
    assert service.backoffs == {}  # no retry storm
    said = [r for r in caplog.records if "followupd login" in r.getMessage()]
    assert len(said) == 1


def test_an_account_backing_off_is_left_out_of_regular_polls(tmp_path: Path) -> None:
    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        calls.record(account)
        if account.name == "down":
            raise TransientMailboxError("timed out")
        return report()

    service = Service(settings_for(tmp_path, "down", "up"), cycle_runner=runner)
    service.cycle()
    assert "down" in service.backoffs
    service.cycle()
    assert calls.names() == ["down", "up", "up"]
    service.cycle(only=("down",))  # what the retry job runs
    assert calls.names()[-1] == "down"
    assert service.backoffs["down"].failures == 2


def test_permanent_errors_are_logged_and_skipped_without_retry(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        calls.record(account)
        if account.name == "bad":
            raise PermanentMailboxError("authentication refused")
        return report()

    service = Service(settings_for(tmp_path, "bad", "good"), cycle_runner=runner)
    with caplog.at_level(logging.ERROR, logger="followupd"):
        service.cycle()
        service.cycle()
    assert calls.names() == ["bad", "good", "bad", "good"]
    assert service.backoffs == {}
    assert "bad: authentication refused; skipped until the next poll" in caplog.text


def test_a_log_line_names_the_account_once_when_the_error_already_does(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        where = f"{account.name} (127.0.0.1:1)"
        if account.name == "down":
            raise TransientMailboxError(f"{where}: cannot reach the server")
        raise PermanentMailboxError(f"{where}: authentication refused")

    service = Service(settings_for(tmp_path, "down", "bad"), cycle_runner=runner)
    with caplog.at_level(logging.WARNING, logger="followupd"):
        service.cycle()
    lines = [record.getMessage() for record in caplog.records]
    assert any(line.startswith("down (127.0.0.1:1): cannot reach the server;") for line in lines)
    assert "bad (127.0.0.1:1): authentication refused; skipped until the next poll" in lines
    assert not any("down: down" in line or "bad: bad" in line for line in lines)


def test_unexpected_errors_do_not_stop_the_other_accounts(tmp_path: Path) -> None:
    calls = Calls()

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        calls.record(account)
        if account.name == "buggy":
            raise RuntimeError("bug")
        return report()

    Service(settings_for(tmp_path, "buggy", "fine"), cycle_runner=runner).cycle()
    assert calls.names() == ["buggy", "fine"]


def test_sigterm_during_a_cycle_finishes_the_step_and_exits_0(tmp_path: Path) -> None:
    calls = Calls()
    finished: list[str] = []

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        calls.record(account)
        terminate_self()
        time.sleep(0.2)  # the signal arrives while this step is still running
        finished.append(account.name)
        return report()

    service = Service(settings_for(tmp_path, "first", "second"), cycle_runner=runner)
    assert service.run() == 0
    assert calls.names() == ["first"]
    assert finished == ["first"]


STOP_WHILE_A_WAKE_UP_IS_DUE = """
import os, signal, sys, time
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from followupd.service.daemon import Service, now
from followupd.model.settings import AccountSettings, DaemonSettings, Settings

folder = Path(sys.argv[1])
settings = Settings(
    accounts=(AccountSettings(name="only", backend="maildir", path=folder),),
    daemon=DaemonSettings(poll_interval=timedelta(hours=1), state_path=folder / "state.db"),
)

def runner(*_, **__):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(0.5)  # the main thread stops the scheduler meanwhile
    return SimpleNamespace(next_due=now() + timedelta(hours=2))  # a wake-up to schedule

sys.exit(Service(settings, cycle_runner=runner).run())
"""


def test_a_stop_while_the_step_ends_by_scheduling_its_wake_up_does_not_hang(
    tmp_path: Path,
) -> None:
    """The scheduler's shutdown holds its job-store lock while it waits for the job; a job
    that then schedules its wake-up would wait for that lock for ever."""
    done = subprocess.run(
        [sys.executable, "-c", STOP_WHILE_A_WAKE_UP_IS_DUE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_wake_up_is_scheduled_at_the_earliest_next_due_moment(tmp_path: Path) -> None:
    fixed = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    dues = {"a": fixed + timedelta(hours=5), "b": fixed + timedelta(minutes=30), "c": None}

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        return report(dues[account.name])

    service = Service(
        settings_for(tmp_path, "a", "b", "c"), cycle_runner=runner, clock=lambda: fixed
    )
    service.cycle()
    assert service.wake_at == fixed + timedelta(minutes=30)
    service.scheduler.start(paused=True)
    try:
        assert service.scheduler.get_job("wake").next_run_time == fixed + timedelta(minutes=30)
    finally:
        service.scheduler.shutdown(wait=False)


def test_a_stalled_cycle_is_unhealthy_until_it_makes_progress(tmp_path: Path) -> None:
    seen: list[bool] = []

    def runner(account: AccountSettings, *args: Any, **__: Any) -> SimpleNamespace:
        progress = args[-1]
        seen.append(service.healthy())
        time.sleep(0.6)  # longer than the stall limit; the first check had 0.5 s of slack
        seen.append(service.healthy())
        progress(1, 10)
        seen.append(service.healthy())
        return report()

    service = Service(settings_for(tmp_path, "a"), cycle_runner=runner, stall_limit=0.5)
    service.cycle()
    assert seen == [True, False, True]
    assert service.healthy()  # idle


def test_an_unusable_state_database_stops_the_daemon(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, "a")
    (tmp_path / "state.db").mkdir()  # a folder where the database should be
    service = Service(settings, cycle_runner=lambda *_, **__: report())
    with pytest.raises(StoreError):
        service.run()


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    with tempfile.TemporaryDirectory(prefix="sdn", dir="/tmp") as folder:
        address = str(Path(folder) / "notify")
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
            server.bind(address)
            server.settimeout(2)
            yield server, address


def test_under_systemd_ready_status_watchdog_and_stopping_are_sent(
    tmp_path: Path, notify_socket: tuple[socket.socket, str]
) -> None:
    server, address = notify_socket
    messages: list[str] = []

    def read() -> None:  # datagram queues are short: read while the daemon runs
        while not messages or messages[-1] != "STOPPING=1":
            messages.append(server.recv(4096).decode())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    notifier = Notifier({"NOTIFY_SOCKET": address, "WATCHDOG_USEC": "100000"})
    service = Service(
        settings_for(tmp_path, "a"), cycle_runner=lambda *_, **__: report(), notifier=notifier
    )
    timer = threading.Timer(0.4, terminate_self)
    timer.start()
    try:
        assert service.run() == 0
    finally:
        timer.cancel()
    reader.join(timeout=5)
    assert messages[0].startswith("READY=1")
    assert "STATUS=a: polling" in messages
    assert messages.count("WATCHDOG=1") >= 2
    assert any(m.startswith("STATUS=idle; next poll at") for m in messages)
    assert messages[-1] == "STOPPING=1"


def test_a_reader_that_does_not_read_never_hangs_the_daemon(
    notify_socket: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from followupd.service import sdnotify

    monkeypatch.setattr(sdnotify, "SEND_TIMEOUT_SECONDS", 0.02)
    queue = Path("/proc/sys/net/unix/max_dgram_qlen")
    queue_length = int(queue.read_text()) if queue.exists() else 10
    _, address = notify_socket
    notifier = Notifier({"NOTIFY_SOCKET": address})
    results = [notifier.watchdog() for _ in range(queue_length + 3)]
    assert results[0] is True
    assert results[-1] is False
