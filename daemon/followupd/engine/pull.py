"""Pull what is new from a mailbox into the store: the polls, page by page, and the chunks.

For INBOX and Sent (but the folders a push channel vouches for): poll from the stored cursor
(first run: `lookback_days` back), page by page, the two folders merged by date in chunks of a
few thousand (scan.py), each chunk read and recorded before the next (sync.py), so a first
scan of years of mail holds one chunk at a time. With nothing new, nothing more is loaded:
what parses and understands mail (sync.py and all it needs) is imported only when there is
mail to read, so an idle `once` starts in a fraction of the time. A first scan (no cursor
stored) will read: it loads them on a thread while the server is asked for the first pages,
which is mostly waiting on the network.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from itertools import chain

from followupd.backends import Mailbox, Poll
from followupd.engine.scan import Chunk, Merge
from followupd.model import AccountSettings, FolderRole, Observation, Settings
from followupd.store import Store

SYNCED_FOLDERS = (FolderRole.INBOX, FolderRole.SENT)
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Pulled:
    """What one pull brought: how many new messages were seen, and the new observations."""

    seen: int
    observed: tuple[Observation, ...]
    quarantined: int = 0  # messages that could not be read, set aside


def account_settings(settings: Settings, name: str) -> AccountSettings:
    found = next((account for account in settings.accounts if account.name == name), None)
    return found or AccountSettings(name=name)


def pull_changes(
    mailbox: Mailbox,
    store: Store,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
    *,
    quiet: frozenset[FolderRole] = frozenset(),
) -> Pulled:
    """What is new in INBOX and Sent, but for the `quiet` folders (known unchanged)."""
    account = mailbox.name
    since = (now - timedelta(days=account_settings(settings, account).lookback_days)).date()
    streams: dict[FolderRole, tuple[str | None, Poll, Iterator[Poll]]] = {}
    total = 0
    folders = [f for f in SYNCED_FOLDERS if f not in quiet]
    stored_cursors = {folder: store.cursor(account, folder) for folder in folders}
    first_scan = any(cursor is None for cursor in stored_cursors.values())
    preparing = _prepare_reading_meanwhile() if first_scan else None
    for folder in folders:
        stored = stored_cursors[folder]
        pages = mailbox.poll_pages(folder, stored, since)
        first = next(pages)
        if first.total == 0 and first.cursor == stored:
            continue  # nothing new, nothing to record
        total += first.total or len(first.new)
        unseen = _unseen(store, account, chain([first], pages))
        streams[folder] = (stored, next(unseen), unseen)
    if preparing is not None:
        preparing.join()
    if not streams:
        return Pulled(seen=0, observed=())  # nothing new: no lookups, no write
    from followupd.engine import sync  # the parser and the classifier: only for mail to read

    scan = Scan(total, progress)
    guard = sync.Quarantine(store, account, now)
    observed: list[Observation] = []
    with _settled(), sync.reader_for(settings, total) as reader:
        # the reader forks before the fetch thread starts; chunks are read one at a time
        merge = Merge(streams, partial(sync.read_heads, reader), now)
        with closing(merge):
            for chunk in merge.chunks():
                observed += sync.pull_chunk(
                    mailbox, store, settings, chunk, reader=reader, scan=scan, guard=guard
                )
    return Pulled(scan.seen - scan.notes, tuple(observed), len(guard.quarantined))


def _prepare_reading_meanwhile() -> threading.Thread:
    """The parser and the classifier's tables, loaded on a thread of their own (joined before
    anything is read: the tables are made lazily, by one thread at a time)."""

    def prepare() -> None:
        try:
            from followupd import understand
            from followupd.engine import sync  # noqa: F401  (what reading imports)

            understand.prepare_classifier()
        except Exception:  # noqa: S110  (reading, on the caller's thread, raises it again)
            pass

    thread = threading.Thread(target=prepare, name="followupd-prepare", daemon=True)
    thread.start()
    return thread


def _unseen(store: Store, account: str, pages: Iterator[Poll]) -> Iterator[Poll]:
    """The pages without the messages seen already."""
    for page in pages:
        refs = [block.ref for block in page.new]
        already = store.seen_refs(account, page.new[0].folder, refs) if refs else set()
        yield replace(page, new=tuple(b for b in page.new if b.ref not in already))


@dataclass(slots=True)
class Scan:
    """A pull's progress over its messages, chunk by chunk."""

    total: int
    progress: Progress | None
    seen: int = 0
    notes: int = 0  # of those, followupd's own INBOX notes (note.py): no mail to count

    def within(self, chunk: Chunk) -> Progress | None:
        if self.progress is None:
            return None
        report, start, size = self.progress, self.seen, len(chunk.items)
        return lambda done, of: report(
            min(start + done * size // max(of, 1), self.total), self.total
        )

    def chunk_done(self, chunk: Chunk, notes: int = 0) -> None:
        self.seen += len(chunk.items)
        self.notes += notes
        if self.progress is not None and chunk.items:
            self.progress(min(self.seen, self.total), self.total)


@contextmanager
def _settled() -> Iterator[None]:
    """What exists now (the modules, the classifier's tables: some 100,000 objects) set aside
    from the cyclic garbage collector until the end of the pull: else every full collection,
    triggered over and over by the parsing, walks them all again. Each chunk sets aside its
    own header blocks likewise (sync.pull_chunk), once the garbage before it is collected."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
