"""One IDLE watcher per IMAP account: a thread holding IDLE on INBOX, which asks for a cycle of
its account as soon as mail arrives.

A lost connection is reopened with back-off (the account is "backing off" meanwhile, and its
INBOX polled every poll_interval as without IDLE); whenever IDLE holds (again) the account is
"idle" and one cycle runs at once, for what arrived before IDLE held. A server without IDLE,
or a backend without push (Exchange, Maildir), leaves the account "polling". A refused
sign-in or another permanent error is tried again after the back-off's cap. `stop` ends every
watcher within a second.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from followupd.config import ReauthorizationNeeded
from followupd.errors import (
    ConfigError,
    PermanentMailboxError,
    PushUnavailableError,
    TransientMailboxError,
)
from followupd.model import AccountSettings, FolderRole
from followupd.service.account_modes import Mode
from followupd.service.backoff import Backoff

log = logging.getLogger("followupd.service")
FULL_LOOK_EVERY = timedelta(hours=1)  # what a push watches is still looked at this often


class InboxWatch(Protocol):
    def run(
        self,
        arrived: Callable[[], None],
        stop: threading.Event,
        ready: Callable[[frozenset[FolderRole]], None],
    ) -> None: ...


WatchOpener = Callable[[AccountSettings], InboxWatch | None]


class Watchers:
    def __init__(
        self,
        opener: WatchOpener,
        arrived: Callable[[str], None],
        changed: Callable[[str], None],
        backoff: tuple[float, float],
    ) -> None:
        """`arrived(account)` asks for a cycle, `changed(account)` says its watch's state
        changed; `backoff`: the first and the longest wait before connecting again."""
        self._opener, self._arrived, self._changed = opener, arrived, changed
        self._backoff = backoff
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._watched: dict[str, frozenset[FolderRole]] = {}  # while IDLE holds
        self._looked: dict[str, datetime] = {}  # account -> its last full look
        self.states: dict[str, tuple[Mode, str]] = {}  # account -> its mode and why

    def start(self, accounts: tuple[AccountSettings, ...]) -> None:
        for account in accounts:
            thread = threading.Thread(
                target=self._watch, args=(account,), name=f"followupd-idle-{account.name}"
            )
            thread.daemon = True
            thread.start()
            self._threads.append(thread)

    def _set(self, account: str, mode: Mode, detail: str = "") -> None:
        self.states[account] = (mode, detail)
        self._changed(account)

    def quiet(self, account: str, at: datetime) -> frozenset[FolderRole]:
        """The folders a paced poll need not look at: what IDLE (and NOTIFY) watch now, but
        for a full look at least every FULL_LOOK_EVERY."""
        last = self._looked.get(account)
        if last is None or at - last >= FULL_LOOK_EVERY:
            return frozenset()
        return self.watched(account)

    def looked(self, account: str, at: datetime) -> None:
        """A cycle looked at every folder of the account."""
        self._looked[account] = at

    def watched(self, account: str) -> frozenset[FolderRole]:
        """The folders whose news IDLE (and NOTIFY) tell at once now; none while it is down."""
        return self._watched.get(account, frozenset())

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)

    def _watch(self, account: AccountSettings) -> None:
        name = account.name
        backoff = Backoff(*self._backoff)
        while not self._stop.is_set():
            watch = self._opener(account)
            if watch is None:
                self._set(name, "polling", "this backend has no push")
                return

            def ready(watched: frozenset[FolderRole]) -> None:
                self._watched[name] = watched
                self._set(name, "idle", _watching(watched))
                backoff.failures = 0
                self._arrived(name)  # what came before IDLE held (or while it was away)

            try:
                watch.run(lambda: self._arrived(name), self._stop, ready)
                return
            except PushUnavailableError as error:
                self._set(name, "polling", str(error))
                return
            except Exception as error:  # a watcher must never die: it says why, and waits
                mode, why, wait = _interrupted(name, error, backoff)
            finally:
                self._watched.pop(name, None)
            log.info("%s: IDLE interrupted (%s); again in %.0fs", name, why, wait)
            self._set(name, mode, f"{why}; IDLE again in {wait:.0f}s")
            self._stop.wait(wait)


def _watching(watched: frozenset[FolderRole]) -> str:
    if watched >= {FolderRole.SENT, FolderRole.DRAFTS}:
        return "IDLE on INBOX; NOTIFY for Sent and Drafts"
    return "IDLE on INBOX"


def _interrupted(name: str, error: Exception, backoff: Backoff) -> tuple[Mode, str, float]:
    """The mode an interrupted watch leaves its account in, why, and the wait before the next
    try: a permanent error (sign-in refused, a setting) waits the back-off's longest."""
    if isinstance(error, PermanentMailboxError | ConfigError | ReauthorizationNeeded):
        return "polling", str(error), backoff.cap
    if not isinstance(error, TransientMailboxError | OSError):
        log.error("%s: IDLE watcher failed", name, exc_info=error)
        return "backing off", type(error).__name__, backoff.next_delay()
    return "backing off", str(error), backoff.next_delay()
