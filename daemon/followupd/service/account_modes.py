"""How `run` watches each account, written where `status` can read it: a small JSON file next
to the state database ("state.db-daemon.json"), replaced atomically at each change.

Modes: "idle" (an IMAP IDLE connection on INBOX tells of new mail at once), "polling" (the
server has no IDLE, the backend has none, or it is turned off: INBOX is polled every
poll_interval), "backing off" (the server could not be reached: retried with back-off). The
file names the daemon's process id, so `status` tells a daemon that stopped from one that runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

Mode = Literal["idle", "polling", "backing off"]


def modes_path(state_path: Path) -> Path:
    return state_path.with_name(f"{state_path.name}-daemon.json")


@dataclass(frozen=True, slots=True)
class AccountMode:
    mode: Mode
    since: datetime
    detail: str = ""


class AccountModes:
    """The modes of a running daemon's accounts, kept in memory and in the file."""

    def __init__(self, path: Path, clock: Callable[[], datetime]) -> None:
        self.path, self._clock = path, clock
        self._modes: dict[str, AccountMode] = {}
        self._lock = threading.Lock()

    def set(self, account: str, mode: Mode, detail: str = "") -> None:
        with self._lock:
            current = self._modes.get(account)
            if current is not None and (current.mode, current.detail) == (mode, detail):
                return
            since = current.since if current is not None and current.mode == mode else None
            self._modes[account] = AccountMode(mode, since or self._clock(), detail)
            self._write()

    def get(self, account: str) -> AccountMode | None:
        with self._lock:
            return self._modes.get(account)

    def remove_file(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()

    def _write(self) -> None:
        data = {
            "pid": os.getpid(),
            "accounts": {
                name: {"mode": m.mode, "since": m.since.isoformat(), "detail": m.detail}
                for name, m in sorted(self._modes.items())
            },
        }
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(data, file)
            os.replace(temporary, self.path)
        except OSError:  # a status file is a courtesy: never stop the daemon for it
            with contextlib.suppress(OSError):
                temporary.unlink()


def read_modes(state_path: Path) -> dict[str, Any] | None:
    """The running daemon's account modes, or None when no daemon runs for this state file."""
    try:
        data = json.loads(modes_path(state_path).read_text(encoding="utf-8"))
        pid = int(data["pid"])
        _signal_zero(pid)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    accounts = data.get("accounts")
    return {"pid": pid, "accounts": accounts if isinstance(accounts, dict) else {}}


def _signal_zero(pid: int) -> None:
    """Raises OSError when no process `pid` runs (one of another user's does run)."""
    with contextlib.suppress(PermissionError):
        os.kill(pid, 0)
