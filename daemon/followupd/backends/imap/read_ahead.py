"""An iterator run ahead on a thread of its own, a few items at most, so a server prepares the
next page of a long poll while the caller reads this one.

The thread only talks to its own connection (the caller's session is left alone), stops when
the caller stops asking (the iterator is closed), and an error it meets is raised to the
caller at the item where it happened.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from typing import Generic, TypeVar

T = TypeVar("T")
_DONE = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class ReadAhead(Generic[T]):
    """Items of `produce()` from a thread, at most `depth` waiting; `close` stops it."""

    def __init__(
        self, produce: Callable[[], Iterator[T]], depth: int, on_exit: Callable[[], None]
    ) -> None:
        self._items: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._produce, self._on_exit = produce, on_exit
        self._thread = threading.Thread(target=self._run, name="followupd-read-ahead", daemon=True)
        self._thread.start()

    def __iter__(self) -> Iterator[T]:
        while True:
            item = self._items.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]

    def close(self) -> None:
        self._stop.set()
        while self._thread.is_alive():
            with suppress(queue.Empty):  # make room: a thread waiting to put sees the stop
                self._items.get(timeout=0.05)
        self._thread.join()

    def _run(self) -> None:
        try:
            for item in self._produce():
                if not self._put(item):
                    return
            self._put(_DONE)
        except BaseException as error:  # handed to the caller, who raises it
            self._put(_Failed(error))
        finally:
            self._on_exit()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False
