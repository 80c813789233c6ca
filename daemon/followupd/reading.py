"""Reading fetched messages (parse, then classify), shared with forked helper processes.

A first scan reads a few thousand messages whole, and reading is pure CPU: with more than one
core, helper processes read alongside this one. The messages go out in chunks, in order, and
each chunk is read by whoever reaches it first: a helper, or this process when it gets to a
chunk no helper has taken yet, so no one waits while work is left. Helpers are forked, not
spawned, so they start in milliseconds with the code already loaded; they ignore SIGINT and
SIGTERM (the daemon finishes its step, then closes them) and die with their parent (Linux
PR_SET_PDEATHSIG), so a SIGKILLed daemon leaves none behind. A helper that dies anyway (the
OOM killer) only costs time: what it had taken is read here. Small polls never fork.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Self, TypeVar

from followupd import classify, parse
from followupd.backends.base import HeaderBlock
from followupd.backends.imap_slim import SKIPPED_HEADER
from followupd.closing import Closes
from followupd.errors import ParseError
from followupd.model import Mail, Signal

log = logging.getLogger("followupd.sync")

PARALLEL_FROM = 200  # messages in one pull before helpers pay for their start
CHUNK = 24  # messages handed out at once
HEADER_SCAN = 256 * 1024  # bytes of a fetched message searched for the backend's own header
_PR_SET_PDEATHSIG = 1

T = TypeVar("T")
R = TypeVar("R")


def read_head(block: HeaderBlock) -> Mail | None:
    """A polled header block, parsed; None if it cannot be."""
    try:
        return parse.parse_header_block(block.header)
    except ParseError:
        return None


def read_message(item: tuple[Mail, bytes], me: frozenset[str]) -> Signal | None:
    """What a fetched message means (classify.classify); None if it cannot be parsed.
    `item`: the message's header block, already parsed, and the message."""
    head, data = item
    try:
        mail = parse.parse_message(data, head)
    except ParseError:
        return None
    if data.find(SKIPPED_HEADER + b":", 0, HEADER_SCAN) >= 0:  # a big one, without attachments
        mail = replace(mail, notes=(*mail.notes, "attachments not downloaded"))
    return classify.classify(mail, me)


def _each(function: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [function(item) for item in chunk]


def _helper_started() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def helper_count(setting: int | None, messages: int) -> int:
    """Helper processes for a pull of `messages`: none for a small pull or where processes
    cannot fork. `setting`: the configured count, None for one per core but this one's."""
    if messages < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 0
    if setting is not None:
        return setting
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max((cores or 1) - 1, 0)


class Reader(Closes):
    """Maps a function over items in order, here and on `helpers` forked processes (0: here
    only).

    Enter it before starting any thread: forking a process that runs other threads could
    hand the child a lock one of them held."""

    def __init__(self, helpers: int) -> None:
        self.helpers = helpers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Self:
        if self.helpers > 0:
            pool = ProcessPoolExecutor(
                self.helpers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_helper_started,
            )
            try:
                pool.submit(int).result()  # forks every helper now
            except (BrokenProcessPool, OSError) as error:
                log.warning("reading in one process: helpers did not start (%s)", error)
                pool.shutdown(cancel_futures=True)
            else:
                self._pool = pool
        return self

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """`function` of each item, in the items' order. Helpers take chunks from the front;
        while the next chunk due is still with a helper, this process works from the back.
        `function` must pickle (a module's function, or a partial of one)."""
        chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
        futures = self._offer(function, chunks)
        done: dict[int, list[R]] = {}
        back = len(chunks) - 1
        for front, chunk in enumerate(chunks):
            future = futures[front]
            while front not in done and future is not None and not future.done() and back > front:
                last = futures[back]
                if last is None or last.cancel():  # no helper has taken it
                    done[back] = _each(function, chunks[back])
                    back -= 1
                else:
                    break  # every chunk left is with a helper: wait for this one
            yield from done.pop(front, None) or self._result(function, chunk, future)

    def _offer(
        self, function: Callable[[T], R], chunks: list[Sequence[T]]
    ) -> list[Future[list[R]] | None]:
        pool = self._pool
        if pool is None:
            return [None] * len(chunks)
        try:
            return [pool.submit(_each, function, chunk) for chunk in chunks]
        except BrokenProcessPool:
            self._lost_helper()
            return [None] * len(chunks)

    def _result(
        self, function: Callable[[T], R], chunk: Sequence[T], future: Future[list[R]] | None
    ) -> list[R]:
        """A helper's work on `chunk`, or this process's if no helper has taken it yet."""
        if future is None or future.cancel():
            return _each(function, chunk)
        try:
            return future.result()
        except BrokenProcessPool:
            self._lost_helper()
            return _each(function, chunk)

    def _lost_helper(self) -> None:
        if self._pool is not None:
            log.warning("a reading helper process died; reading on in this process")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


__all__ = ["PARALLEL_FROM", "Reader", "helper_count", "read_head", "read_message"]
