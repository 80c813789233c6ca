"""The pull in chunks: INBOX and Sent merged by date across pages, a cursor recorded with
each chunk only for pages handed on whole, and long text fetched whole only when its start
says hiring."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from followupd.backends.base import HeaderBlock, Poll, RawMessage
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import fetching, sync
from followupd.engine.reading import read_head
from followupd.engine.scan import Merge
from followupd.model.domain import FolderRole
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

START = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)
INBOX, SENT = FolderRole.INBOX, FolderRole.SENT


def block(folder: FolderRole, n: int, hours: int) -> HeaderBlock:
    header = (
        f"From: a@b.example\r\nSubject: m{n}\r\nMessage-ID: <{folder.value}{n}@b.example>\r\n"
        f"Date: {format_datetime(START + timedelta(hours=hours))}\r\n\r\n"
    ).encode()
    return HeaderBlock(folder, f"{n}", header, 100)


def pages(folder: FolderRole, hours: Sequence[int], size: int) -> list[Poll]:
    blocks = [block(folder, n, h) for n, h in enumerate(hours)]
    return [
        Poll(tuple(blocks[i : i + size]), f"{folder.value}@{min(i + size, len(blocks))}")
        for i in range(0, len(blocks), size)
    ]


def merge(streams: dict[FolderRole, list[Poll]], chunk: int) -> Merge:
    def heads(blocks: Sequence[HeaderBlock]) -> list[object]:
        return [read_head(b) for b in blocks]

    first = {f: (None, p[0], iter(p[1:])) for f, p in streams.items()}
    return Merge(first, heads, START + timedelta(days=30), chunk)  # type: ignore[arg-type]


def test_inbox_and_sent_come_out_merged_by_date_in_chunks() -> None:
    inbox = pages(INBOX, [0, 2, 4, 6, 8, 10], size=2)
    sent = pages(SENT, [1, 3, 5, 7], size=2)
    chunks = list(merge({INBOX: inbox, SENT: sent}, chunk=3).chunks())
    order = [head.envelope.subject + block.folder.value for c in chunks for block, head in c.items]
    assert order == [f"m{n // 2}{'inbox' if n % 2 == 0 else 'sent'}" for n in range(8)] + [
        "m4inbox",
        "m5inbox",
    ]
    assert all(len(c.items) <= 3 for c in chunks)


def test_a_cursor_goes_with_the_chunk_that_hands_on_its_whole_page() -> None:
    inbox = pages(INBOX, list(range(10)), size=4)
    recorded: list[dict[FolderRole, str]] = []
    handed = 0
    for chunk in merge({INBOX: inbox}, chunk=3).chunks():
        handed += len(chunk.items)
        recorded.append(chunk.cursors)
        for cursor in chunk.cursors.values():  # never ahead of what was handed on
            assert int(cursor.partition("@")[2]) <= handed
    assert [c.get(INBOX) for c in recorded] == [None, "inbox@4", "inbox@8", "inbox@10"]


def test_a_folder_with_nothing_new_but_a_moved_cursor_records_it() -> None:
    moved = [Poll((), "sent@moved", total=0)]
    chunks = list(merge({SENT: moved}, chunk=10).chunks())
    assert [(c.items, c.cursors) for c in chunks] == [((), {SENT: "sent@moved"})]


class PagedMailbox:
    """A local mailbox whose polls come in pages of three, as IMAP's long polls do."""

    def __init__(self, inner: LocalMailbox) -> None:
        self.inner, self.name = inner, inner.name
        self.fetched: list[tuple[str, int | None]] = []

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        poll = self.inner.poll(folder, cursor, since)
        for i in range(0, max(len(poll.new), 1), 3):
            last = i + 3 >= len(poll.new)
            yield Poll(
                poll.new[i : i + 3], poll.cursor if last else f"page{i}", total=len(poll.new)
            )

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        for raw in self.inner.fetch(folder, refs):
            self.fetched.append((raw.ref, text_cap))
            cut = text_cap is not None and len(raw.data) > text_cap
            yield RawMessage(raw.folder, raw.ref, raw.data[: text_cap or None], cut=cut)


def letter(n: int, text: str) -> bytes:
    when = format_datetime(START + timedelta(hours=n))
    return (
        f"From: Kim <kim@friends.example>\nTo: sam@example.org\nSubject: letter {n}\n"
        f"Date: {when}\nMessage-ID: <l{n}@friends.example>\n\n{text}\n"
    ).encode()


def test_a_long_message_is_read_whole_only_when_its_start_speaks_of_hiring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "TEXT_START", 400)
    inbox = tmp_path / "mail" / "INBOX"
    inbox.mkdir(parents=True)
    filler = "we walked along the river and talked about the garden. " * 40
    (inbox / "1.eml").write_bytes(letter(1, "Hello!\n" + filler))
    (inbox / "2.eml").write_bytes(letter(2, "About your application to Acme: " + filler))
    (inbox / "3.eml").write_bytes(letter(3, "Short note."))
    mailbox = PagedMailbox(LocalMailbox(tmp_path / "mail", clock=lambda: START + timedelta(days=1)))
    settings = Settings(me=Me(addresses=("sam@example.org",)))
    with Store.open(":memory:") as store:
        pulled = sync.pull_changes(mailbox, store, settings, START + timedelta(days=1))  # type: ignore[arg-type]
    assert pulled.seen == 3
    assert sorted(mailbox.fetched, key=str) == [
        ("1.eml", 400),
        ("2.eml", 400),
        ("2.eml", None),
        ("3.eml", 400),
    ]


def test_a_pull_in_pages_records_every_message_and_the_last_cursor(tmp_path: Path) -> None:
    inbox = tmp_path / "mail" / "INBOX"
    inbox.mkdir(parents=True)
    for n in range(8):
        (inbox / f"{n}.eml").write_bytes(letter(n, "hello"))
    now = START + timedelta(days=1)
    mailbox = PagedMailbox(LocalMailbox(tmp_path / "mail", clock=lambda: now))
    with Store.open(":memory:") as store:
        pulled = sync.pull_changes(mailbox, store, Settings(), now)  # type: ignore[arg-type]
        assert pulled.seen == 8
        since = (now - timedelta(days=90)).date()
        assert store.cursor("local", INBOX) == mailbox.inner.poll(INBOX, None, since).cursor
        again = sync.pull_changes(mailbox, store, Settings(), now)  # type: ignore[arg-type]
        assert again.seen == 0
