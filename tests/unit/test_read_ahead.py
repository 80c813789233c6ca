"""ReadAhead: items come in order from a thread a few ahead, an error is raised where it
happened, and closing stops a producer waiting to hand on more."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from followupd.backends.imap.read_ahead import ReadAhead


def test_items_come_in_order_and_the_thread_cleans_up() -> None:
    closed = threading.Event()
    ahead = ReadAhead(lambda: iter(range(10)), depth=2, on_exit=closed.set)
    assert list(ahead) == list(range(10))
    ahead.close()
    assert closed.is_set()


def test_an_error_is_raised_after_the_items_before_it() -> None:
    def produce() -> Iterator[int]:
        yield 1
        yield 2
        raise ConnectionError("lost")

    ahead = ReadAhead(produce, depth=4, on_exit=lambda: None)
    got: list[int] = []
    with pytest.raises(ConnectionError, match="lost"):
        for item in ahead:
            got.append(item)
    assert got == [1, 2]
    ahead.close()


def test_closing_early_stops_a_producer_that_waits_with_a_full_queue() -> None:
    made: list[int] = []

    def produce() -> Iterator[int]:
        for n in range(1000):
            made.append(n)
            yield n

    closed = threading.Event()
    ahead = ReadAhead(produce, depth=2, on_exit=closed.set)
    first = next(iter(ahead))
    ahead.close()
    assert first == 0 and closed.is_set()
    assert len(made) < 10  # it never ran far ahead of what was asked
