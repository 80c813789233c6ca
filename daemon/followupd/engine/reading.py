"""Reading fetched messages (parse, then classify), shared with helper processes.

A first scan reads a few thousand messages whole, and reading is pure CPU: with more than one
core, helper processes read alongside this one. The messages go out in chunks: helpers take
them from the front, a couple at a time each, while this process reads from the back whenever
the chunk it must hand on next is still with a helper; results come out in order. Reading
never raises: a message whose parsing or classifying fails comes back as `Unread` with the
reason, in whichever process read it (quarantine.py retries and sets it aside). Small polls
start no helper.

While the daemon runs a single thread (`once`), it forks its helpers itself, its classifier's
tables made and set aside from the garbage collector first: they share its memory, and no
other process is started. Otherwise (the service, whose scheduler and watchers run threads)
helpers start from a clean process: forking the daemon then would fork its threads' state
while they run, and a lock another thread held at that moment would stay locked in the child
for ever. A fork server (multiprocessing's "forkserver"), started once per daemon with the
reading code and the classifier's compiled rules already loaded (helper_preload.py), forks
each of them. It is single-threaded, and exits once the daemon and its helpers have.

Helpers ignore SIGINT and SIGTERM (the daemon finishes its step, then closes them) and end when
the daemon ends (a thread of theirs watches it; Linux PR_SET_PDEATHSIG covers their parent), so
a SIGKILLed daemon leaves none behind. A helper that dies anyway (the OOM killer) only costs
time: the others are killed and what was not read yet is read here (or given up, for the
caller to retry alone).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import Generic, Self, TypeVar

from followupd import understand
from followupd.backends import SKIPPED_HEADER, HeaderBlock
from followupd.closable import Closes
from followupd.engine.helper_start import helper_context, helper_started
from followupd.errors import ParseError
from followupd.mail import parse_header_block, parse_message
from followupd.model import Kind, Mail, Signal
from followupd.understand import NO_CONTEXT, ThreadContext, mentions_hiring

log = logging.getLogger("followupd.sync")

PARALLEL_FROM = 200  # messages in one pull before helpers pay for their start
MAX_AUTO_HELPERS = 3  # beyond this, downloading is the bottleneck, not reading
CHUNK = 24  # messages handed out at once
HEADER_SCAN = 256 * 1024  # bytes of a fetched message searched for the backend's own header

T = TypeVar("T")
R = TypeVar("R")


def read_head(block: HeaderBlock) -> Mail | None:
    """A polled header block, parsed; None if it cannot be."""
    try:
        return parse_header_block(block.header)
    except ParseError:
        return None


@dataclass(frozen=True, slots=True)
class Unread:
    """A message whose reading failed, and why: the exception's type and where it was raised
    (never its text, which may quote the mail)."""

    reason: str


def read_message(
    item: tuple[Mail, bytes, ThreadContext], me: frozenset[str], zone: str | None = None
) -> Signal | Unread:
    """What a fetched message means (understand.classify), or why it could not be read: any
    exception in parsing or classifying is caught here, in whichever process reads it.
    `item`: the message's header block, already parsed, the message, and its thread's
    context; `zone`: the user's."""
    head, data, thread = item
    try:
        mail = parse_message(data, head)
        if data.find(SKIPPED_HEADER + b":", 0, HEADER_SCAN) >= 0:  # big, without attachments
            mail = replace(mail, notes=(*mail.notes, "attachments not downloaded"))
        return understand.classify(mail, me, thread, reader_zone=zone)
    except Exception as error:  # one message must never stop the others (quarantine.py)
        return Unread(failure_reason(error))


def failure_reason(error: BaseException) -> str:
    """ "ValueError in understand/rules.py:123": the type and the innermost line of followupd
    that raised it; a ParseError says what could not be read."""
    if isinstance(error, ParseError):
        return str(error)
    where = ""
    for frame in traceback.extract_tb(error.__traceback__):
        path = frame.filename.replace("\\", "/")
        if "/followupd/" in path:
            where = f" in {path.rsplit('/followupd/', 1)[1]}:{frame.lineno}"
    return f"{type(error).__name__}{where}"


def start_says_more(head: Mail, data: bytes, me: frozenset[str]) -> bool:
    """Is a message whose text was cut worth fetching whole? Yes when its start reads as
    hiring mail or speaks of applications, interviews or offers (or cannot be read)."""
    try:
        mail = parse_message(data, head)
    except ParseError:
        return True
    if mentions_hiring(mail.text) or mentions_hiring(mail.envelope.subject):
        return True
    return understand.classify(mail, me, NO_CONTEXT).kind is not Kind.OTHER


def _each(function: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [function(item) for item in chunk]


def helper_count(setting: int | None, messages: int) -> int:
    """Helper processes for a pull of `messages`: none for a small pull or where there is no
    fork server. `setting`: the configured count, None for one per core but this one's."""
    if messages < PARALLEL_FROM or "forkserver" not in multiprocessing.get_all_start_methods():
        return 0
    if setting is not None:
        return setting
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(max((cores or 1) - 1, 0), MAX_AUTO_HELPERS)


class Reader(Closes):
    """Maps a function over items in order, here and on `helpers` processes forked by the
    fork server (0: here only)."""

    def __init__(self, helpers: int) -> None:
        self.helpers = helpers
        self._pool: ProcessPoolExecutor | None = None
        self._frozen = False

    def __enter__(self) -> Self:
        if self.helpers > 0:
            understand.prepare_classifier()  # here; the fork server has its own (helper_preload.py)
            context = helper_context()
            if context.get_start_method() == "fork":
                # Out of the collector's sight until close, as the fork server does: a helper's
                # collections then never touch (and so copy) the pages it shares with this one.
                gc.collect()
                gc.freeze()
                self._frozen = True
            pool: ProcessPoolExecutor | None = None
            try:
                pool = ProcessPoolExecutor(
                    self.helpers,
                    mp_context=context,
                    initializer=helper_started,
                    initargs=(os.getpid(),),
                )
                pool.submit(int).result()  # starts every helper now
            except (BrokenProcessPool, OSError) as error:
                log.warning("reading in one process: helpers did not start (%s)", error)
                if pool is not None:
                    _stop(pool)
            else:
                self._pool = pool
        return self

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def map(
        self,
        function: Callable[[T], R],
        items: Sequence[T],
        if_lost: Callable[[T], R] | None = None,
    ) -> Iterator[R]:
        """`function` of each item, in the items' order. `function` must pickle (a module's
        function, or a partial of one). The items a helper held when it died are read here
        again, or given `if_lost` of them (here) when it is set."""
        chunks = [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]
        sharing = _Sharing(self, function, chunks, if_lost or function)
        for index in range(len(chunks)):
            yield from sharing.result(index)

    def submit(self, function: Callable[[T], R], chunk: Sequence[T]) -> Future[list[R]] | None:
        """A helper's future work on `chunk`; None when no helper is left."""
        if self._pool is None:
            return None
        try:
            return self._pool.submit(_each, function, chunk)
        except BrokenProcessPool:
            self._lost_helper()
            return None

    def _lost_helper(self) -> None:
        if self._pool is not None:
            log.warning("a reading helper process died; reading on in this process")
            _stop(self._pool)
            self._pool = None


class _Sharing(Generic[T, R]):
    """One map's chunks: [0, front) handed to helpers, (back, end] read here, the rest free.
    At most two chunks a helper wait in the pool at a time, so none is ever cancelled (a
    cancelled future breaks Python 3.11's clean-up of a broken pool) and a map given up
    half-way leaves a helper little to finish."""

    def __init__(
        self,
        reader: Reader,
        function: Callable[[T], R],
        chunks: list[Sequence[T]],
        if_lost: Callable[[T], R],
    ):
        self.reader, self.function, self.chunks = reader, function, chunks
        self.if_lost = if_lost
        self.front, self.back = 0, len(chunks) - 1
        self.handed: dict[int, Future[list[R]]] = {}
        self.done: dict[int, list[R]] = {}

    def result(self, index: int) -> list[R]:
        """Chunk `index`'s results: while it is still with a helper, read from the back."""
        while index not in self.done:
            self._hand_out()
            future = self.handed.get(index)
            if future is None:  # nobody has it: read it here
                self.done[index] = _each(self.function, self.chunks[index])
                self.front = max(self.front, index + 1)
            elif future.done() or self.back < self.front:
                self._collect(index, future)
            else:
                self.done[self.back] = _each(self.function, self.chunks[self.back])
                self.back -= 1
        return self.done.pop(index)

    def _hand_out(self) -> None:
        while len(self.handed) < 2 * self.reader.helpers and self.front <= self.back:
            future = self.reader.submit(self.function, self.chunks[self.front])
            if future is None:
                return
            self.handed[self.front] = future
            self.front += 1

    def _collect(self, index: int, future: Future[list[R]]) -> None:
        del self.handed[index]
        try:
            self.done[index] = future.result()
        except BrokenProcessPool:
            self.reader._lost_helper()  # then what the helpers had is read here (or given up)
            for lost in [index, *self.handed]:
                self.done[lost] = _each(self.if_lost, self.chunks[lost])
            self.handed.clear()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill a broken or half-started pool's helpers and wait for them. Python 3.11 can leave
    the survivors of a broken pool waiting forever (its manager thread fails on a future we
    cancelled), and interpreter exit would then wait for them."""
    helpers = list((pool._processes or {}).values())  # (no public way to them)
    for helper in helpers:
        with contextlib.suppress(OSError, ValueError):
            helper.kill()
    for helper in helpers:
        with contextlib.suppress(OSError, ValueError, AssertionError):
            helper.join(5)
    pool.shutdown(wait=False, cancel_futures=True)


__all__ = [
    "PARALLEL_FROM",
    "Reader",
    "Unread",
    "failure_reason",
    "helper_count",
    "read_head",
    "read_message",
    "start_says_more",
]
