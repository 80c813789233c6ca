"""One followupd at a time works on a state file.

A cycle (of `followupd once`, or each cycle of `followupd run`) holds an exclusive lock on
`<state file>.lock` (flock, released by the kernel when the process dies, so a crash never
leaves it held). A second run waits for it and then finds the drafts the first one made in
the ledger: two runs started together never both draft. The lock file holds the pid of its
holder, for the message a waiting run prints.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from followupd.errors import StoreError

POLL_SECONDS = 0.2


class StateBusy(StoreError):
    """Another process held the state file for longer than this one would wait."""

    exit_code = 75  # EX_TEMPFAIL: try again later


def lock_path(state_path: Path | str) -> Path | None:
    """Where the lock of a state file lives; None for a state kept in memory."""
    if str(state_path) == ":memory:":
        return None
    state = Path(state_path).expanduser()
    return state.with_name(state.name + ".lock")


def holder(path: Path) -> int | None:
    """The pid written in a lock file, if one is."""
    with contextlib.suppress(OSError, ValueError):
        # empty while its holder is between truncating it and writing its pid
        words = path.read_text(encoding="ascii").split()
        return int(words[0]) if words else None
    return None


@contextlib.contextmanager
def state_lock(
    state_path: Path | str,
    wait: float | None,
    on_wait: Callable[[int | None], None] = lambda pid: None,
    stop: Callable[[], bool] = lambda: False,
) -> Iterator[bool]:
    """Hold the state file's lock for the `with` block. Waits at most `wait` seconds (None:
    as long as it takes, or until `stop()` says so), calling `on_wait(pid of the holder)`
    once when it has to. Yields True when held, False when `stop()` ended the wait; raises
    StateBusy when `wait` ran out."""
    path = lock_path(state_path)
    if path is None:
        yield True
        return
    descriptor = _open(path)
    try:
        held = _acquire(descriptor, path, wait, on_wait, stop)
        if held:
            os.ftruncate(descriptor, 0)
            os.pwrite(descriptor, f"{os.getpid()}\n".encode("ascii"), 0)
        yield held
    finally:
        os.close(descriptor)  # releases the lock


def _open(path: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as error:
        raise StoreError(f"cannot open the state's lock file {path}: {error.strerror}") from error


def _acquire(
    descriptor: int,
    path: Path,
    wait: float | None,
    on_wait: Callable[[int | None], None],
    stop: Callable[[], bool],
) -> bool:
    deadline = None if wait is None else time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            pass
        if not told:
            on_wait(holder(path))
            told = True
        if stop():
            return False
        if deadline is not None and time.monotonic() >= deadline:
            pid = holder(path)
            who = f"another followupd (pid {pid})" if pid else "another followupd"
            raise StateBusy(
                f"{who} is still working on the state file {path.with_suffix('')}; "
                f"waited {wait:.0f} s, try again later"
            )
        time.sleep(POLL_SECONDS)
