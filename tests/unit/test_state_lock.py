"""One followupd at a time on a state file: the lock waits, names its holder, ends with the
holder's process, and a new state file is migrated once however many runs open it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from followupd.service import StateBusy, state_lock
from followupd.store import Store
from followupd.store.schema import SCHEMA_VERSION

HOLD = """
import sys, time
from followupd.service import state_lock
with state_lock(sys.argv[1], 5) as held:
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_holder_waits_then_gives_up_naming_the_first(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    waited_for: list[int | None] = []
    with state_lock(state, 1) as held:
        assert held
        with pytest.raises(StateBusy) as busy, state_lock(state, 0.3, waited_for.append):
            pytest.fail("the lock was given twice")
    assert waited_for == [os.getpid()]
    assert f"pid {os.getpid()}" in str(busy.value)
    assert busy.value.exit_code == 75
    with state_lock(state, 0) as held:  # free again once the first let go
        assert held


def test_a_wait_ends_when_the_waiter_is_asked_to_stop(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    asked = threading.Event()
    with state_lock(state, 1):
        threading.Timer(0.3, asked.set).start()
        with state_lock(state, None, stop=asked.is_set) as held:
            assert not held


def test_the_lock_ends_with_the_process_that_held_it(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(state)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StateBusy, match=f"pid {holder.pid}"), state_lock(state, 0.2):
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with state_lock(state, 2) as held:
        assert held
    assert (tmp_path / "state.db.lock").stat().st_mode & 0o777 == 0o600


def test_a_state_in_memory_needs_no_lock() -> None:
    with state_lock(":memory:", 0) as held, state_lock(":memory:", 0) as again:
        assert held and again


def test_a_new_state_file_opened_by_many_at_once_is_migrated_once(tmp_path: Path) -> None:
    for attempt in range(5):
        state = tmp_path / f"state{attempt}.db"
        start = threading.Barrier(6)
        errors: list[BaseException] = []

        threads = [threading.Thread(target=_open, args=(state, start, errors)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with Store.open(state) as store:
            assert store.schema_version() == SCHEMA_VERSION


def _open(path: Path, barrier: threading.Barrier, errors: list[BaseException]) -> None:
    barrier.wait()
    try:
        Store.open(path).close()
    except BaseException as error:
        errors.append(error)


@pytest.mark.parametrize("content", ["", "\n", "not a pid\n", "\xff"])
def test_a_lock_file_caught_empty_or_unreadable_names_no_holder(
    tmp_path: Path, content: str
) -> None:
    from followupd.service.state_lock import holder

    path = tmp_path / "state.db.lock"
    path.write_bytes(content.encode("latin-1"))  # (as its holder truncates it to write its pid)
    assert holder(path) is None
    path.write_text("4242\n", encoding="ascii")
    assert holder(path) == 4242
