"""Fetching what a pull reads, round by round: bounded bytes in memory, the next round's
download overlapping with the reading of this one, and only the start of long text parts.

A round is consecutive candidates whose bodies stay under FETCH_BYTES together (counted at
most ROUND_ESTIMATE each: a fetch brings a message's text and calendar parts, not its
attachments). Each message comes with its text parts cut at TEXT_START bytes; one whose start
reads as hiring mail (or speaks of applications, interviews, offers) is fetched again whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from followupd.backends import HeaderBlock, Mailbox
from followupd.engine.reading import start_says_more
from followupd.model import FolderRole, Mail

# Bodies held in memory at once, by their expected sizes: one fetch round (and so one folder
# switch on IMAP) per this many bytes, not per handful of messages.
FETCH_BYTES = 16 * 1024 * 1024
FETCH_MAX = 2_000  # candidates per round
FIRST_ROUND_BYTES = 1024 * 1024
ROUND_GROWTH = 4  # each round's bound this many times the last's, up to FETCH_BYTES
UNKNOWN_SIZE = 256 * 1024  # counted for a message whose size the poll did not give
TEXT_START = 64 * 1024  # bytes of a text part fetched first: enough to tell hiring mail
ROUND_ESTIMATE = 2 * TEXT_START  # most a message is counted for (its text parts' starts)


class Fetchable(Protocol):
    @property
    def block(self) -> HeaderBlock: ...

    @property
    def head(self) -> Mail: ...


C = TypeVar("C", bound=Fetchable)


def prefetched(
    mailbox: Mailbox, rounds: Sequence[list[C]], wanted: set[int], me: frozenset[str]
) -> Iterator[tuple[list[C], dict[tuple[FolderRole, str], bytes]]]:
    """Each round with its bodies; the next round's download (on one worker thread, the only
    user of the mailbox meanwhile) overlaps with the classifying of this one."""

    def bodies_of(batch: list[C]) -> dict[tuple[FolderRole, str], bytes]:
        return _fetch(mailbox, [candidate for candidate in batch if id(candidate) in wanted], me)

    if not rounds:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="followupd-fetch") as pool:
        pending = pool.submit(bodies_of, rounds[0])
        for index, batch in enumerate(rounds):
            bodies = pending.result()
            if index + 1 < len(rounds):
                pending = pool.submit(bodies_of, rounds[index + 1])
            yield batch, bodies


def fetch_rounds(candidates: Sequence[C], wanted: set[int]) -> Iterator[list[C]]:
    """Consecutive candidates whose wanted bodies stay under FETCH_BYTES together; the first
    round is small, as nothing can be read before it arrives, and each later one grows by
    ROUND_GROWTH: a round's download then fits in the reading of the round before it."""
    batch: list[C] = []
    size, budget = 0, FIRST_ROUND_BYTES
    for candidate in candidates:
        expected = min(candidate.block.size or UNKNOWN_SIZE, ROUND_ESTIMATE)
        body = expected if id(candidate) in wanted else 0
        if batch and (size + body > budget or len(batch) >= FETCH_MAX):
            yield batch
            batch, size, budget = [], 0, min(budget * ROUND_GROWTH, FETCH_BYTES)
        batch.append(candidate)
        size += body
    if batch:
        yield batch


def _fetch(
    mailbox: Mailbox, wanted: Iterable[C], me: frozenset[str]
) -> dict[tuple[FolderRole, str], bytes]:
    """What is read of each message: the start of its text parts, and all of them for a
    message whose start says it is hiring mail (read here, on the fetch thread: such long
    messages are few)."""
    refs: dict[FolderRole, list[str]] = {}
    heads: dict[tuple[FolderRole, str], Mail] = {}
    for candidate in wanted:
        refs.setdefault(candidate.block.folder, []).append(candidate.block.ref)
        heads[(candidate.block.folder, candidate.block.ref)] = candidate.head
    bodies: dict[tuple[FolderRole, str], bytes] = {}
    more: dict[FolderRole, list[str]] = {}
    for folder, folder_refs in refs.items():
        for raw in mailbox.fetch(folder, folder_refs, TEXT_START):
            key = (raw.folder, raw.ref)
            bodies[key] = raw.data
            if raw.cut and start_says_more(heads[key], raw.data, me):
                more.setdefault(folder, []).append(raw.ref)
    for folder, folder_refs in more.items():
        bodies.update(
            ((raw.folder, raw.ref), raw.data) for raw in mailbox.fetch(folder, folder_refs)
        )
    return bodies
