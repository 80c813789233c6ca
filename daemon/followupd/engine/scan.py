"""The new mail of INBOX and Sent as one stream, oldest first, in chunks: a first scan of
100,000 messages holds one chunk's header blocks at a time, never the whole mailbox.

Each folder's pages come in UID order, that is nearly in order of arrival. The pages are
merged by date: a message is handed on once every folder that still has pages has reached
its date (the folder that lags is read next), so a reply comes after what it answers, across
folders, whenever the two are not far apart in a folder's order. Each chunk says, per folder,
the cursor to record with it: that of the last page all of whose messages were handed on,
so a crash half-way resumes from the last chunk recorded and never leaves a hole.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from followupd.backends import HeaderBlock, Poll
from followupd.model import FolderRole, Mail

CHUNK = 2_000  # messages handed on together (their header blocks are held until recorded)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
HeadReader = Callable[[Sequence[HeaderBlock]], list[Mail | None]]


@dataclass(slots=True)
class _Page:
    cursor: str
    left: int  # messages of the page not handed on yet


@dataclass(order=True, slots=True)
class _Item:
    when: datetime
    order: int
    block: HeaderBlock = field(compare=False)
    head: Mail | None = field(compare=False)
    page: _Page = field(compare=False)


@dataclass(frozen=True, slots=True)
class Chunk:
    items: tuple[tuple[HeaderBlock, Mail | None], ...]  # oldest first
    cursors: dict[FolderRole, str]  # per folder, the cursor that may be recorded with it


@dataclass(slots=True)
class _Folder:
    pages: Iterator[Poll]
    cursor: str | None  # the last cursor all of whose pages were handed on
    held: deque[_Page] = field(default_factory=deque)
    reached: datetime = _EARLIEST  # the latest date read so far
    done: bool = False


class Merge:
    """Chunks of about `chunk` messages from each folder's pages (see the module docstring).
    `streams`: per folder, the cursor stored before, its first page (already asked for: it
    says whether anything is new) and the pages after it."""

    def __init__(
        self,
        streams: Mapping[FolderRole, tuple[str | None, Poll, Iterator[Poll]]],
        read_heads: HeadReader,
        now: datetime,
        chunk: int = CHUNK,
    ) -> None:
        self._read_heads, self._now, self._chunk = read_heads, now, chunk
        self._folders: dict[FolderRole, _Folder] = {}
        self._heap: list[_Item] = []
        self._order = 0
        for folder, (stored, page, rest) in streams.items():
            self._folders[folder] = _Folder(rest, cursor=stored)
            self._add(folder, page)

    def chunks(self) -> Iterator[Chunk]:
        while True:
            while self._ready() < self._chunk and self._pull_lagging():
                pass
            bound = self._bound()
            taken: list[_Item] = []
            while self._heap and self._heap[0].when <= bound and len(taken) < self._chunk:
                item = heapq.heappop(self._heap)
                item.page.left -= 1
                taken.append(item)
            cursors = self._cursors()
            if not taken and all(f.done for f in self._folders.values()) and not self._heap:
                if cursors:
                    yield Chunk((), cursors)
                return
            yield Chunk(tuple((item.block, item.head) for item in taken), cursors)

    def close(self) -> None:
        """Stop reading pages (a backend reading ahead stops its reader)."""
        for state in self._folders.values():
            close = getattr(state.pages, "close", None)
            if close is not None:
                close()

    def _add(self, folder: FolderRole, page: Poll) -> None:
        state = self._folders[folder]
        held = _Page(page.cursor, len(page.new))
        state.held.append(held)
        heads = self._read_heads(page.new) if page.new else []
        for block, head in zip(page.new, heads, strict=True):
            when = _EARLIEST if head is None else head.envelope.date or self._now
            state.reached = max(state.reached, when)
            self._order += 1
            heapq.heappush(self._heap, _Item(when, self._order, block, head, held))

    def _pull_lagging(self) -> bool:
        """Read the next page of the folder that lags behind; False when none is left."""
        open_folders = [(state.reached, role) for role, state in self._folders.items()]
        for _, role in sorted(f for f in open_folders if not self._folders[f[1]].done):
            page = next(self._folders[role].pages, None)
            if page is None:
                self._folders[role].done = True
                continue
            self._add(role, page)
            return True
        return False

    def _bound(self) -> datetime:
        """Messages up to this date may go: every folder with pages left has reached it."""
        reached = [s.reached for s in self._folders.values() if not s.done]
        return min(reached, default=datetime.max.replace(tzinfo=UTC))

    def _ready(self) -> int:
        bound = self._bound()
        return sum(1 for item in self._heap if item.when <= bound)

    def _cursors(self) -> dict[FolderRole, str]:
        """Each folder's cursor after its pages handed on in full; only those that moved."""
        moved: dict[FolderRole, str] = {}
        for role, state in self._folders.items():
            while state.held and state.held[0].left == 0:
                page = state.held.popleft()
                if page.cursor != state.cursor:
                    state.cursor = moved[role] = page.cursor
        return moved
