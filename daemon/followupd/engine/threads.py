"""Each message read with what its thread already established, every message still read once.

The earlier messages of a thread are known by their signals: those the store holds, and
those of the same pull read before. A pull reads its messages in waves: first every message
whose thread has no unread message of the same round, then the replies to those, and so on;
each wave is shared with the reading helpers like any other batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from followupd.model import Envelope, Observation, Signal
from followupd.understand import (
    Earlier,
    ThreadContext,
    domain_of,
    employer_keys,
    thread_context,
    thread_keys,
)

T = TypeVar("T")
MAX_WAVES = 8  # a thread deeper than this within one round is read with what is known by then


class ThreadIndex:
    """Message-ID -> the earlier message as a thread context is made of; and who has written
    about an application before (their next message is read as hiring mail)."""

    def __init__(self, observations: Iterable[Observation]) -> None:
        self._by_id: dict[str, Earlier] = {}
        self._employers: set[str] = set()  # addresses, and domains (understand.employer_keys)
        for o in observations:
            self.add(o.envelope, o.signal, o.from_user)

    def add(self, envelope: Envelope, signal: Signal, from_user: bool) -> None:
        self._by_id.setdefault(envelope.message_id, Earlier(envelope, signal, from_user))
        sender = envelope.sender
        if not from_user and sender is not None:
            self._employers.update(employer_keys(sender.address, signal))

    def forget(self, message_ids: Iterable[str]) -> None:
        """These messages are read again: what they meant before must not be their context."""
        for message_id in message_ids:
            self._by_id.pop(message_id, None)

    def context(self, envelope: Envelope) -> ThreadContext:
        earlier = [self._by_id[key] for key in thread_keys(envelope) if key in self._by_id]
        context = thread_context(earlier)
        sender = envelope.sender
        if sender is not None and (
            sender.address in self._employers or domain_of(sender.address) in self._employers
        ):
            context = replace(context, known_employer=True)
        return context


def waves(items: Sequence[T], envelope_of: Iterable[Envelope]) -> Iterator[list[T]]:
    """`items` (with their envelopes, in the same order) in waves: a message comes after the
    messages of its thread that are among `items`."""
    envelopes = list(envelope_of)
    pending = {envelope.message_id for envelope in envelopes}
    left = list(zip(items, envelopes, strict=True))
    for _ in range(MAX_WAVES):
        if not left:
            return
        ready = [
            pair
            for pair in left
            if not pending.intersection(k for k in thread_keys(pair[1]) if k != pair[1].message_id)
        ]
        if not ready:
            break
        yield [item for item, _ in ready]
        done = {id(pair) for pair in ready}
        pending -= {envelope.message_id for _, envelope in ready}
        left = [pair for pair in left if id(pair) not in done]
    if left:
        yield [item for item, _ in left]
