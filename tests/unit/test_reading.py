"""Reading shared with forked helpers: the same answers, in order, whatever happens to them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from functools import partial
from pathlib import Path

import pytest

from followupd.backends.base import HeaderBlock
from followupd.model import FolderRole, Kind
from followupd.reading import PARALLEL_FROM, Reader, helper_count, read_head, read_message

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
        pairs = [(head, data) for head, (_, data) in zip(heads, items, strict=True)]
        signals = list(reader.map(partial(read_message, me=ME), pairs))
    return [
        (block.ref, signal.kind if signal else None)
        for (block, _), signal in zip(items, signals, strict=True)
    ]


def test_helpers_read_what_one_process_reads_in_the_same_order() -> None:
    alone = _read_all(0)
    assert {kind for _, kind in alone} - {Kind.OTHER, None}, "fixtures hold hiring mail"
    assert _read_all(2) == alone


def _square_unless_helper_dies(value: int) -> int:
    if value == 7 and os.getpid() != PARENT:
        os._exit(1)  # a helper killed half-way (the OOM killer)
    return value * value


def test_a_helper_that_dies_costs_time_not_answers() -> None:
    with Reader(1) as reader:
        assert list(reader.map(_square_unless_helper_dies, range(200))) == [
            n * n for n in range(200)
        ]
        assert list(reader.map(_square_unless_helper_dies, range(5))) == [0, 1, 4, 9, 16]


def test_small_pulls_and_single_cores_do_without_helpers() -> None:
    assert helper_count(None, PARALLEL_FROM - 1) == 0
    assert helper_count(3, PARALLEL_FROM - 1) == 0
    assert helper_count(0, 10_000) == 0
    assert helper_count(3, 10_000) == 3
    cores = len(os.sched_getaffinity(0))
    assert helper_count(None, 10_000) == cores - 1


def _helper_pids(reader: Reader) -> list[int]:
    pool = reader._pool  # the test looks at the processes it forked
    assert pool is not None
    return list(pool._processes)


def test_helpers_ignore_the_signals_that_stop_the_daemon() -> None:
    with Reader(1) as reader:
        (pid,) = _helper_pids(reader)
        os.kill(pid, signal.SIGTERM)
        os.kill(pid, signal.SIGINT)
        time.sleep(0.2)
        os.kill(pid, 0)  # still there
        assert list(reader.map(abs, [-1, -2])) == [1, 2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_helpers_die_with_a_killed_daemon() -> None:
    script = textwrap.dedent(
        """
        import os, sys
        from followupd.reading import Reader
        reader = Reader(1).__enter__()
        print(*reader._pool._processes, flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == -signal.SIGKILL
    helper = int(done.stdout.split()[0])
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
