"""Reading that no message can stop: a failure is retried once, then the message is quarantined;
a reader killed while reading (for memory, say) costs two runs at most, never the account.

Every message of a wave is marked "being read" (attempt 1) in the store before the wave is
read, on the helpers and here, and the marks are removed once it was. A message whose reading
raised (any exception, in parsing or classifying, here or in a helper: reading.Unread), or that
a helper held when it died, is read again alone, here, as attempt 2, marked first; failing
again, it is quarantined: recorded with the reason and the classifier version
(store.Quarantined), skipped from then on (its seen row is written as for any message read),
listed by `status` under "could not read". A run that dies while reading leaves its marks: the
next run reads those messages one at a time, each marked with its next attempt first, and
quarantines unread one already tried twice. Everything else of the pull flows on.

After an upgrade of the classifier, the re-read (reread.py) reads quarantined messages once
more: one that reads now is released, one that fails again is quarantined under the new
version, so it is tried once per upgrade.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from followupd.engine.reading import Reader, Unread
from followupd.model import Envelope, FolderRole, Signal
from followupd.store import Quarantined, Store
from followupd.understand import CLASSIFIER_VERSION, short_id

log = logging.getLogger("followupd.sync")
T = TypeVar("T")
HELPER_DIED = "a reading helper process died while it held this message"
RUN_DIED = "followupd stopped twice while reading it (killed: out of memory?)"
MAX_SUBJECT = 200


@dataclass(frozen=True, slots=True)
class Item:
    """One message to read: where it is, and its envelope (from its header block)."""

    folder: FolderRole
    ref: str
    envelope: Envelope


class Quarantine:
    """One account's reading guard for one pull or re-read (see the module docstring)."""

    def __init__(self, store: Store, account: str, now: datetime) -> None:
        self.store, self.account, self.now = store, account, now
        stored = store.quarantined(account)
        self._skipped = {q.message_id for q in stored if q.version == CLASSIFIER_VERSION}
        self._retried = {q.message_id for q in stored if q.version != CLASSIFIER_VERSION}
        self.quarantined: list[Quarantined] = []  # set aside by this guard

    def read(
        self,
        function: Callable[[T], Signal | Unread],
        about: Sequence[Item],
        items: Sequence[T],
        reader: Reader,
    ) -> list[Signal | None]:
        """`function` of each item (in order) on `reader`, guarded; None where a message is
        quarantined (now or before)."""
        ids = [item.envelope.message_id for item in about]
        tried = self.store.reading_attempts(self.account, ids)
        fresh = [i for i, mid in enumerate(ids) if mid not in tried and mid not in self._skipped]
        results: list[Signal | Unread | None] = [None] * len(items)
        if fresh:
            self.store.start_reading(self.account, {ids[i]: 1 for i in fresh})
            bulk = reader.map(function, [items[i] for i in fresh], _given_up)
            for i, result in zip(fresh, bulk, strict=True):
                results[i] = result
        first = set(fresh)
        for i, mid in enumerate(ids):
            if mid in self._skipped or (i in first and not isinstance(results[i], Unread)):
                continue
            attempt = 2 if i in first else tried[mid] + 1
            results[i] = self._alone(function, about[i], items[i], attempt)
        read = [ids[i] for i in fresh if isinstance(results[i], Signal)]
        self.store.finish_reading(self.account, read)
        self.store.release(self.account, [m for m in ids if m in self._retried])
        return [result if isinstance(result, Signal) else None for result in results]

    def _alone(
        self, function: Callable[[T], Signal | Unread], about: Item, item: T, attempt: int
    ) -> Signal | None:
        """One more attempt, here and alone, marked first; quarantined when it fails."""
        mid = about.envelope.message_id
        if attempt > 2:
            self._set_aside(about, RUN_DIED)
            return None
        self.store.start_reading(self.account, {mid: attempt})
        result = function(item)
        if isinstance(result, Unread):
            self._set_aside(about, result.reason)
            return None
        self.store.finish_reading(self.account, [mid])
        return result

    def _set_aside(self, about: Item, reason: str) -> None:
        envelope = about.envelope
        entry = Quarantined(
            account=self.account,
            message_id=envelope.message_id,
            folder=about.folder,
            ref=about.ref,
            sender=envelope.sender.address if envelope.sender else "",
            subject=printable(envelope.subject)[:MAX_SUBJECT],
            reason=reason,
            version=CLASSIFIER_VERSION,
            at=self.now,
        )
        self.store.quarantine(entry)
        self._skipped.add(envelope.message_id)
        self._retried.discard(envelope.message_id)
        self.quarantined.append(entry)
        log.warning(
            "%s: could not read message %s (%s): quarantined; it is read again after an upgrade",
            self.account,
            short_id(envelope.message_id),
            reason,
        )


def printable(text: str) -> str:
    """One line without control characters (CR, LF, U+0085, ESC...): safe to print."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _given_up(_item: object) -> Unread:
    return Unread(HELPER_DIED)
