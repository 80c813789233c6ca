"""Reading shared with helpers (forked by the daemon while it runs one thread, else by a fork
server): the same answers, in order, whatever happens to them."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from followupd.backends.base import HeaderBlock
from followupd.engine.helper_start import forks_itself
from followupd.engine.reading import (
    MAX_AUTO_HELPERS,
    PARALLEL_FROM,
    Reader,
    helper_count,
    read_head,
    read_message,
)
from followupd.model.domain import FolderRole, Kind
from followupd.understand import NO_CONTEXT

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "classify"
ME = frozenset({"alex.candidate@example.com"})
PARENT = os.getpid()


def _items() -> list[tuple[HeaderBlock, bytes]]:
    """Every fixture, its header block cut off it as a header-first poll brings it, many times
    over so that the work is shared out in many chunks."""
    items = []
    for path in sorted(FIXTURES.glob("*.eml")):
        data = path.read_bytes()
        header = data.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
        items.append((HeaderBlock(FolderRole.INBOX, path.stem, header, len(data)), data))
    return items * 8


def _read_all(helpers: int) -> list[tuple[str, Kind | None]]:
    items = _items()
    with Reader(helpers) as reader:
        heads = list(reader.map(read_head, [block for block, _ in items]))
        assert all(head is not None for head in heads)
        pairs = [(head, data, NO_CONTEXT) for head, (_, data) in zip(heads, items, strict=True)]
        signals = list(reader.map(partial(read_message, me=ME), pairs))
    return [
        (block.ref, signal.kind if signal else None)
        for (block, _), signal in zip(items, signals, strict=True)
    ]


@pytest.fixture(params=["single-threaded", "threaded"])
def daemon_threads(request: pytest.FixtureRequest) -> Iterator[str]:
    """This process as `once` runs (one thread) or as the service runs (more)."""
    if request.param == "single-threaded":
        yield request.param
        return
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        yield request.param
    finally:
        stop.set()
        other.join()


def _parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[1])


def test_one_thread_forks_its_helpers_itself_and_more_threads_use_the_fork_server(
    daemon_threads: str,
) -> None:
    # (a thread another test left running makes this process threaded too: the rule holds)
    alone = forks_itself()
    with Reader(1) as reader:
        (helper,) = _helper_pids(reader)
        parent = _parent_of(helper)
        assert list(reader.map(abs, range(-300, 0))) == list(range(300, 0, -1))
    assert (parent == PARENT) == alone
    if daemon_threads == "threaded":
        assert not alone


def test_helpers_read_what_one_process_reads_in_the_same_order(daemon_threads: str) -> None:
    alone = _read_all(0)
    assert {kind for _, kind in alone} - {Kind.OTHER, None}, "fixtures hold hiring mail"
    assert _read_all(2) == alone


def _square_unless_in_a_helper(value: int) -> int:
    if multiprocessing.parent_process() is not None:
        os._exit(1)  # every helper dies on its first chunk (the OOM killer)
    return value * value


def test_helpers_that_die_cost_time_not_answers_and_leave_no_process_behind(
    daemon_threads: str,
) -> None:
    for _ in range(20):
        with Reader(2) as reader:
            pids = _helper_pids(reader)
            assert list(reader.map(_square_unless_in_a_helper, range(300))) == [
                n * n for n in range(300)
            ]
            assert list(reader.map(_square_unless_in_a_helper, range(5))) == [0, 1, 4, 9, 16]
        assert not [pid for pid in pids if _alive(pid)]


def _pid_and_work(value: int) -> tuple[int, int]:
    return os.getpid(), sum(range(20_000 + value % 7))


def test_helpers_do_share_the_work(daemon_threads: str) -> None:
    with Reader(1) as reader:
        (helper,) = _helper_pids(reader)
        workers = {pid for pid, _ in reader.map(_pid_and_work, range(2_000))}
    assert workers == {PARENT, helper}


def test_a_map_given_up_half_way_leaves_the_helpers_free() -> None:
    with Reader(1) as reader:
        (helper,) = _helper_pids(reader)
        given_up = reader.map(_pid_and_work, range(2_000))
        next(given_up)
        given_up.close()
        workers = {pid for pid, _ in reader.map(_pid_and_work, range(2_000))}
    assert helper in workers


def test_small_pulls_and_single_cores_do_without_helpers() -> None:
    assert helper_count(None, PARALLEL_FROM - 1) == 0
    assert helper_count(3, PARALLEL_FROM - 1) == 0
    assert helper_count(0, 10_000) == 0
    assert helper_count(3, 10_000) == 3
    cores = len(os.sched_getaffinity(0))
    assert helper_count(None, 10_000) == min(cores - 1, MAX_AUTO_HELPERS)


def _helper_pids(reader: Reader) -> list[int]:
    pool = reader._pool  # the test looks at the processes it forked
    assert pool is not None
    return list(pool._processes)


def test_helpers_ignore_the_signals_that_stop_the_daemon(daemon_threads: str) -> None:
    with Reader(1) as reader:
        (pid,) = _helper_pids(reader)
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGINT)
        time.sleep(0.2)
        os.kill(pid, 0)  # still there
        assert list(reader.map(abs, [-1, -2])) == [1, 2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("threads", [1, 2])
def test_helpers_die_with_a_killed_daemon(threads: int) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys, threading
        from followupd.engine.reading import Reader
        for _ in range({threads} - 1):
            threading.Thread(target=threading.Event().wait, daemon=True).start()
        reader = Reader(1).__enter__()
        (helper,) = reader._pool._processes
        parent = open(f"/proc/{{helper}}/stat").read().split(")")[-1].split()[1]
        print(helper, parent, os.getpid(), flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == -signal.SIGKILL
    helper, parent, daemon = map(int, done.stdout.split())
    # one thread: forked by the daemon itself; more: by the fork server
    assert (parent == daemon) == (threads == 1)
    deadline = time.monotonic() + 5
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(helper), "the helper outlived its SIGKILLed parent"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"
