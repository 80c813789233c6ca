"""The daemon: IDLE pushes, a poll every poll_interval, a wake-up at the next due moment,
back-off, signals.

APScheduler 3 runs the jobs on one worker thread, so cycles never overlap: `poll` (an
interval job: coalesced, one instance, a misfire grace of one interval, so a resumed laptop
polls once, not once per missed interval; it skips the folders IDLE and NOTIFY watch, but for
an hourly full look), `push-<account>` (at once, when an IDLE watcher says mail arrived),
`wake` (a date job at the earliest moment a follow-up falls due) and `retry-<account>`
(back-off after a transient server error: 30 s, doubling, capped at 30 min; the account is
left out of regular polls meanwhile). A permanent error (login refused, folder missing) is
logged and the account skipped until the next poll. Each account's mailbox stays open across
cycles; its IDLE watcher has a connection of its own (watchers.py), and how each account is
watched goes to the file `status` reads (account_modes.py). SIGTERM/SIGINT let the current
account's cycle finish, then `run` returns 0. SIGHUP (`systemctl reload`) reads the config and
the templates again at once; each cycle does when their files changed (reload.py): a broken
edit is logged and recorded for `status`, and the last good version keeps working.

`now()` below is the only reading of the wall clock in followupd: everything else is handed
`now`. Under systemd, the notify socket gets READY=1, a STATUS= line (with the progress of a
long first scan) and WATCHDOG=1 pings, which stop if a cycle makes no progress for
`stall_limit` seconds so that systemd restarts a hung daemon.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from types import FrameType

from followupd.config import ReauthorizationNeeded
from followupd.errors import (
    ConfigError,
    FollowupdError,
    PermanentMailboxError,
    StoreError,
    TransientMailboxError,
    about,
)
from followupd.model import AccountSettings, Settings
from followupd.service.account_modes import AccountModes, modes_path
from followupd.service.backoff import Backoff
from followupd.service.mailboxes import CycleRunner, MailboxPool, run_account_cycle
from followupd.service.progress import ScanProgress, TerminalLine
from followupd.service.reload import Reloader
from followupd.service.scheduling import make_scheduler, scheduler_job_defaults
from followupd.service.scheduling import watch_opener as default_watch_opener
from followupd.service.sdnotify import Notifier
from followupd.service.state_lock import state_lock
from followupd.service.watchers import Watchers, WatchOpener
from followupd.store import Store

log = logging.getLogger("followupd.service")
SIGN_IN_REMINDER = timedelta(hours=1)


def now() -> datetime:
    """The clock: aware UTC. The only `datetime.now()` in followupd."""
    return datetime.now(UTC)


class Service:
    def __init__(
        self,
        settings: Settings,
        *,
        config_path: Path | None = None,
        cycle_runner: CycleRunner | None = None,
        watch_opener: WatchOpener | None = None,
        clock: Callable[[], datetime] = now,
        notifier: Notifier | None = None,
        backoff_base: float | None = None,
        backoff_cap: float = 1800.0,
        stall_limit: float = 900.0,
    ) -> None:
        self.settings = settings
        self.mailboxes = MailboxPool()  # the default runner's mailboxes, kept across cycles
        self.cycle_runner = cycle_runner or partial(run_account_cycle, pool=self.mailboxes)
        self.next_due: dict[str, datetime | None] = {}  # per account, from its last cycle
        self.wake_at: datetime | None = None
        self.clock = clock
        self.notifier = notifier or Notifier()
        if backoff_base is None:  # (tests pass their own)
            backoff_base = settings.daemon.reconnect_after.total_seconds()
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.stall_limit = stall_limit
        self.stop_requested = threading.Event()
        self.reload_requested = threading.Event()
        self._nudge = threading.Event()  # wakes the main thread for a signal's work
        self.reloader = Reloader(config_path, settings)
        self.fatal: FollowupdError | None = None
        self.backoffs: dict[str, Backoff] = {}
        self._sign_in_logged: dict[str, datetime] = {}  # account -> when "sign in" was logged
        self._lock = threading.Lock()
        self._thread_state = threading.local()
        self._busy = False
        self._last_progress = time.monotonic()
        self._terminal = TerminalLine(sys.stderr) if sys.stderr.isatty() else None
        self.scheduler = make_scheduler(settings.daemon.poll_interval)
        self.modes = AccountModes(modes_path(settings.daemon.state_path), clock)
        self.watchers = Watchers(
            watch_opener or default_watch_opener(settings),
            arrived=self._arrived,
            changed=self._show_mode,
            backoff=(backoff_base, backoff_cap),
        )

    def run(self) -> int:
        """Run until SIGTERM/SIGINT; 0 after a clean stop, or raise the error that stopped it."""
        previous = {
            sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)
        }
        previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, self._on_hangup)
        try:
            self._start()
            self._wait_for_stop()
        finally:
            self.notifier.stopping()
            self.watchers.stop()
            # The step under way ends first. Only then the scheduler: its shutdown holds the
            # job-store lock while it waits for the job, and a step that ends by scheduling
            # its wake-up would wait for that lock for ever.
            with self._lock:
                if self.scheduler.running:
                    self.scheduler.shutdown(wait=True)
            self.mailboxes.close()
            self.modes.remove_file()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        if self.fatal is not None:
            raise self.fatal
        log.info("stopped")
        return 0

    def _start(self) -> None:
        poll = self.settings.daemon.poll_interval
        self.scheduler.add_job(
            self.cycle,
            "interval",
            id="poll",
            next_run_time=self.clock(),
            seconds=poll.total_seconds(),
            kwargs={"paced": True},
        )
        self.notifier.ready("starting the first cycle")
        for account in self.settings.accounts:
            self._show_mode(account.name)
        self.scheduler.start()
        self.watchers.start(self.settings.accounts)
        log.info("running: %d account(s), polling every %s", len(self.settings.accounts), poll)

    def _wait_for_stop(self) -> None:
        ping_every = self.notifier.watchdog_seconds
        while not self.stop_requested.is_set():
            nudged = self._nudge.wait(ping_every or 3600.0)
            self._nudge.clear()
            if self.reload_requested.is_set() and not self.stop_requested.is_set():
                self.reload_requested.clear()
                self.scheduler.add_job(self.reload, "date", id="reload", replace_existing=True)
            if ping_every and (not nudged or self.stop_requested.is_set()) and self.healthy():
                self.notifier.watchdog()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("%s received: stopping after the current step", signal.Signals(signum).name)
        self.notifier.status("stopping after the current step")
        self.stop_requested.set()
        self._nudge.set()
        # a second signal is not caught: it ends the process at once
        signal.signal(
            signum, signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
        )

    def _on_hangup(self, _signum: int, _frame: FrameType | None) -> None:
        self.reload_requested.set()  # the reload itself runs as a job, between cycles
        self._nudge.set()

    def reload(self) -> None:
        """SIGHUP: the config and the templates read again now, whether they changed or not."""
        with self._lock:
            self.notifier.notify("RELOADING=1")
            log.info("SIGHUP received: reading the config and the templates again")
            try:
                self._reload(self._store(), force=True)
            except StoreError as error:
                self._fail(error)
            finally:
                self.notifier.notify("READY=1")

    def _reload(self, store: Store, force: bool = False) -> None:
        """Take up what the reloader found changed; record its problems for `status`."""
        if self.reloader.check(force):
            before, self.settings = self.settings, self.reloader.settings
            poll = self.settings.daemon.poll_interval
            if poll != before.daemon.poll_interval and self.scheduler.get_job("poll"):
                self.scheduler.reschedule_job(
                    "poll", trigger="interval", seconds=poll.total_seconds()
                )
            if self.settings.daemon.log_level != before.daemon.log_level:
                logging.getLogger("followupd").setLevel(self.settings.daemon.log_level.upper())
        self.reloader.record(store, self.clock())

    def healthy(self) -> bool:
        """False when a cycle has made no progress for `stall_limit` seconds (hung)."""
        return not self._busy or time.monotonic() - self._last_progress < self.stall_limit

    def cycle(self, only: tuple[str, ...] | None = None, paced: bool = False) -> None:
        """One pass over the accounts (or over `only`, for a retry or a push), then the next
        wake-up. `paced`: the poll_interval's pass, which skips what a push watches."""
        if self.stop_requested.is_set():
            return
        with self._lock, self._state_held() as held:
            if not held:
                return
            self._busy, self._last_progress = True, time.monotonic()
            try:
                store = self._store()
                self._reload(store)
                for account in self._accounts_to_poll(only):
                    if self.stop_requested.is_set():
                        break
                    self._cycle_account(account, store, paced)
                if not self.stop_requested.is_set():
                    self._schedule_wake()
            except StoreError as error:
                self._fail(error)
            finally:
                self._busy = False
                if self.stop_requested.is_set():
                    self._close_store()
        if not self.stop_requested.is_set():
            self._tell_idle()

    def _state_held(self) -> AbstractContextManager[bool]:
        """The state file's lock for one cycle: a `followupd once` run meanwhile waits for
        this cycle to end, and this one for it."""
        return state_lock(
            self.settings.daemon.state_path, None, self._waiting, self.stop_requested.is_set
        )

    def _waiting(self, pid: int | None) -> None:
        who = f"another followupd (pid {pid})" if pid else "another followupd"
        log.info("%s is working on the same state; this cycle waits for it", who)
        self.notifier.status(f"waiting for {who}")

    def _store(self) -> Store:
        """The worker thread's store, kept open across cycles (sqlite connections stay in
        their thread), so the engine's plan cache holds while nothing changes."""
        store: Store | None = getattr(self._thread_state, "store", None)
        if store is None:
            store = Store.open(self.settings.daemon.state_path)
            self._thread_state.store = store
        return store

    def _close_store(self) -> None:
        store: Store | None = getattr(self._thread_state, "store", None)
        if store is not None:
            self._thread_state.store = None
            store.close()

    def _accounts_to_poll(self, only: tuple[str, ...] | None) -> list[AccountSettings]:
        if only is not None:
            return [a for a in self.settings.accounts if a.name in only]
        return [a for a in self.settings.accounts if a.name not in self.backoffs]

    def _cycle_account(self, account: AccountSettings, store: Store, paced: bool) -> None:
        self.notifier.status(f"{account.name}: polling")
        at = self.clock()
        quiet = self.watchers.quiet(account.name, at) if paced else frozenset()
        try:
            report = self.cycle_runner(
                account,
                store,
                self.settings,
                at,
                self._progress(account.name),
                quiet=quiet,
                templates=self.reloader.templates,
            )
        except ReauthorizationNeeded as error:
            self.backoffs.pop(account.name, None)
            self._sign_in_needed(account, error)
        except TransientMailboxError as error:
            self._back_off(account, error)
        except (PermanentMailboxError, ConfigError) as error:
            self.backoffs.pop(account.name, None)
            log.error("%s; skipped until the next poll", about(account.name, error))
        except StoreError:
            raise
        except FollowupdError as error:
            log.error("%s; skipped until the next poll", about(account.name, error))
        except Exception:
            log.exception("%s: unexpected error; skipped until the next poll", account.name)
        else:
            self.backoffs.pop(account.name, None)
            self._sign_in_logged.pop(account.name, None)
            self.next_due[account.name] = report.next_due
            if not quiet:
                self.watchers.looked(account.name, at)
        finally:
            if self._terminal is not None:
                self._terminal.end()
            self._show_mode(account.name)

    def _sign_in_needed(self, account: AccountSettings, error: ReauthorizationNeeded) -> None:
        """Said once an hour, not at every poll: nothing changes until the user signs in."""
        at = self.clock()
        last = self._sign_in_logged.get(account.name)
        if last is None or at - last >= SIGN_IN_REMINDER:
            self._sign_in_logged[account.name] = at
            log.error("%s (said again hourly until then)", about(account.name, error))
        self.notifier.status(
            f"{account.name}: sign-in needed: followupd login --account {account.name}"
        )

    def _back_off(self, account: AccountSettings, error: TransientMailboxError) -> None:
        backoff = self.backoffs.setdefault(
            account.name, Backoff(self.backoff_base, self.backoff_cap)
        )
        delay = max(backoff.next_delay(), error.back_off or 0.0)
        log.warning("%s; retrying in %.0fs", about(account.name, error), delay)
        self.notifier.status(f"{account.name}: server unavailable, retrying in {delay:.0f}s")
        self.scheduler.add_job(
            self.cycle,
            "date",
            id=f"retry-{account.name}",
            run_date=self.clock() + timedelta(seconds=delay),
            kwargs={"only": (account.name,)},
            replace_existing=True,
            misfire_grace_time=None,
        )

    def _arrived(self, account: str) -> None:
        """IDLE says mail came (or the watch is back after an outage): a cycle of it now."""
        self.scheduler.add_job(
            self.cycle,
            "date",
            id=f"push-{account}",
            run_date=self.clock(),
            kwargs={"only": (account,)},
            replace_existing=True,
            misfire_grace_time=None,
        )

    def _show_mode(self, account: str) -> None:
        """The account's mode for `status`: backing off (cycles or IDLE), idle or polling."""
        watch = self.watchers.states.get(account)
        if account in self.backoffs:
            self.modes.set(account, "backing off", "the server could not be reached")
        elif watch is not None:
            self.modes.set(account, *watch)
        elif not self.settings.daemon.idle:
            self.modes.set(account, "polling", "IDLE is turned off (daemon.idle)")
        else:
            self.modes.set(account, "polling")

    def _schedule_wake(self) -> None:
        at = self.clock()
        due = min((d for d in self.next_due.values() if d is not None and d > at), default=None)
        if due is None or due == self.wake_at:
            return
        self.wake_at = due
        self.scheduler.add_job(
            self.cycle,
            "date",
            id="wake",
            run_date=due,
            replace_existing=True,
            misfire_grace_time=None,
        )
        log.debug("next follow-up due at %s", due.isoformat(timespec="minutes"))

    def _progress(self, account: str) -> Callable[[int, int], None]:
        scan = ScanProgress.to(account, self.notifier, self._terminal)

        def report(done: int, total: int) -> None:
            self._last_progress = time.monotonic()
            scan(done, total)

        return report

    def _tell_idle(self) -> None:
        job = self.scheduler.get_job("poll")
        next_poll = getattr(job, "next_run_time", None)
        when = f"; next poll at {next_poll:%H:%M:%S %Z}" if next_poll else ""
        watched = [a.name for a in self.settings.accounts if self.watchers.watched(a.name)]
        pushed = f"; IDLE: {', '.join(watched)}" if watched else ""
        backing_off = f"; backing off: {', '.join(self.backoffs)}" if self.backoffs else ""
        self.notifier.status(f"idle{when}{pushed}{backing_off}")

    def _fail(self, error: FollowupdError) -> None:
        log.error("%s; stopping", error)
        self.fatal = error
        self.stop_requested.set()
        self._nudge.set()


__all__ = ["Backoff", "Service", "make_scheduler", "now", "scheduler_job_defaults"]
