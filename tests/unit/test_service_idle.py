"""The service with IDLE watchers (fakes for the watch and the cycle): a cycle of the account
as soon as its watch says mail arrived, reconnection with back-off, polling where there is no
push, and the modes `status` reads."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from followupd.errors import PushUnavailableError, TransientMailboxError
from followupd.model.domain import FolderRole
from followupd.model.settings import AccountSettings, DaemonSettings, Settings
from followupd.service import read_modes
from followupd.service.daemon import Service
from followupd.service.watchers import InboxWatch


def settings_for(tmp_path: Path, *names: str) -> Settings:
    return Settings(
        accounts=tuple(AccountSettings(name=n, host="imap.example") for n in names),
        daemon=DaemonSettings(poll_interval=timedelta(hours=1), state_path=tmp_path / "s.db"),
    )


class FakeWatch:
    """Holds IDLE until stopped; `plan` says what each connection does first."""

    def __init__(self, plan: list[str], log: list[str]) -> None:
        self.plan, self.log = plan, log

    def run(
        self,
        arrived: Callable[[], None],
        stop: threading.Event,
        ready: Callable[[frozenset[FolderRole]], None],
    ) -> None:
        step = self.plan.pop(0) if self.plan else "hold"
        self.log.append(step)
        if step == "lost":
            raise TransientMailboxError("connection lost")
        if step == "no idle":
            raise PushUnavailableError("the server has no IMAP IDLE")
        ready(frozenset({FolderRole.INBOX, FolderRole.SENT, FolderRole.DRAFTS}))
        if step == "mail":
            arrived()
        stop.wait()


def run_until(service: Service, done: Callable[[], bool], seconds: float = 20) -> None:
    def stop_when_done() -> None:
        deadline = time.monotonic() + seconds
        while not done() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=stop_when_done, daemon=True).start()
    assert service.run() == 0


def test_mail_told_by_idle_runs_a_cycle_of_that_account_at_once(tmp_path: Path) -> None:
    cycles: list[str] = []
    log: list[str] = []
    plans = {"a": ["mail"], "b": ["hold"]}

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        cycles.append(account.name)
        return SimpleNamespace(next_due=None)

    service = Service(
        settings_for(tmp_path, "a", "b"),
        cycle_runner=runner,
        watch_opener=lambda account: FakeWatch(plans[account.name], log),  # type: ignore[return-value]
    )
    run_until(service, lambda: cycles.count("a") >= 2 and cycles.count("b") >= 2)
    # the first poll, then at least one cycle for what IDLE told (its start, the mail)
    assert 2 <= cycles.count("a") <= 3 and cycles.count("b") == 2
    assert service.modes.get("a").mode == "idle"  # type: ignore[union-attr]


def test_a_lost_watch_backs_off_then_holds_again_and_catches_up(tmp_path: Path) -> None:
    cycles: list[str] = []
    log: list[str] = []
    modes_seen: list[str] = []
    plan = ["lost", "lost", "hold"]

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        cycles.append(account.name)
        return SimpleNamespace(next_due=None)

    service = Service(
        settings_for(tmp_path, "a"),
        cycle_runner=runner,
        watch_opener=lambda _: FakeWatch(plan, log),  # type: ignore[return-value]
        backoff_base=0.1,
        backoff_cap=0.2,
    )
    real_set = service.modes.set

    def spying_set(account: str, mode: Any, detail: str = "") -> None:
        modes_seen.append(mode)
        real_set(account, mode, detail)

    service.modes.set = spying_set  # type: ignore[method-assign]
    run_until(service, lambda: len(cycles) >= 2)
    assert log == ["lost", "lost", "hold"]
    assert "backing off" in modes_seen and modes_seen[-1] == "idle"
    assert len(cycles) == 2  # the first poll, and the catch-up once IDLE held


def test_a_server_without_idle_is_polled_and_status_says_so(tmp_path: Path) -> None:
    cycles: list[str] = []
    seen_by_status: list[object] = []

    def runner(account: AccountSettings, *_: Any, **__: Any) -> SimpleNamespace:
        cycles.append(account.name)
        return SimpleNamespace(next_due=None)

    service = Service(
        settings_for(tmp_path, "a"),
        cycle_runner=runner,
        watch_opener=lambda _: FakeWatch(["no idle"], []),  # type: ignore[return-value]
    )

    def polled() -> bool:
        modes = read_modes(tmp_path / "s.db")
        state = modes["accounts"].get("a", {}) if modes else {}
        if state.get("mode") == "polling" and state.get("detail"):
            seen_by_status.append(state)
            return bool(cycles)
        return False

    run_until(service, polled)
    assert seen_by_status, "status never saw the account polling"
    assert "IDLE" in seen_by_status[0]["detail"]  # type: ignore[index]
    assert read_modes(tmp_path / "s.db") is None  # the daemon stopped: its file is gone


def test_a_backend_without_push_is_polled(tmp_path: Path) -> None:
    service = Service(
        settings_for(tmp_path, "a"),
        cycle_runner=lambda *_, **__: SimpleNamespace(next_due=None),
        watch_opener=lambda _: None,
    )
    run_until(service, lambda: (m := service.modes.get("a")) is not None and bool(m.detail))
    mode = service.modes.get("a")
    assert mode is not None and mode.mode == "polling" and "no push" in mode.detail


def fake_watch_type_checks(watch: FakeWatch) -> InboxWatch:
    return watch


def test_the_paced_poll_skips_what_idle_watches_but_looks_at_everything_hourly(
    tmp_path: Path,
) -> None:
    quiet_seen: list[frozenset[FolderRole]] = []

    def runner(
        account: AccountSettings, *_: Any, quiet: Any = frozenset(), **__: Any
    ) -> SimpleNamespace:
        quiet_seen.append(quiet)
        return SimpleNamespace(next_due=None)

    clock = [datetime(2026, 5, 4, 12, 0, tzinfo=UTC)]
    service = Service(settings_for(tmp_path, "a"), cycle_runner=runner, clock=lambda: clock[0])
    watched = frozenset({FolderRole.INBOX, FolderRole.SENT, FolderRole.DRAFTS})
    service.watchers._watched["a"] = watched  # IDLE and NOTIFY hold
    service.cycle(paced=True)
    assert quiet_seen[-1] == frozenset()  # no full look yet: one now
    service.cycle(paced=True)
    assert quiet_seen[-1] == watched
    service.cycle()  # a push or a due moment's wake-up looks at everything
    assert quiet_seen[-1] == frozenset()
    clock[0] += timedelta(minutes=59)
    service.cycle(paced=True)
    assert quiet_seen[-1] == watched
    clock[0] += timedelta(minutes=2)
    service.cycle(paced=True)
    assert quiet_seen[-1] == frozenset()  # an hour without a full look: one now
    service.watchers._watched.pop("a")  # IDLE lost: everything is polled
    service.cycle(paced=True)
    assert quiet_seen[-1] == frozenset()
