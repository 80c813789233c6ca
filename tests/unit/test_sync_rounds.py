"""sync fetches bodies in rounds bounded by their sizes (one folder switch per round on IMAP,
not per handful of messages), and a fetched body is parsed with its header block's envelope."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followupd.backends.base import Poll, RawMessage
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import fetching, sync
from followupd.mail.parse import parse_message
from followupd.model.domain import FolderRole
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SETTINGS = Settings(me=Me(name="Sam", addresses=("sam@example.org",), timezone="UTC"))
PARSE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def personal(n: int) -> bytes:
    return (
        f"From: Kim <kim{n}@friends.example>\nTo: sam@example.org\nSubject: photos {n}\n"
        f"Date: Mon, 04 May 2026 0{n % 10}:00:00 +0000\nMessage-ID: <p{n}@friends.example>\n\n"
        f"Here are the photos from the weekend, number {n}.\n" + "x" * 3000 + "\n"
    ).encode()


class CountingMailbox:
    """A local mailbox that records the refs of every fetch call."""

    def __init__(self, inner: LocalMailbox) -> None:
        self.inner = inner
        self.name = inner.name
        self.fetches: list[list[str]] = []

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        return self.inner.poll(folder, cursor, since)

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        return self.inner.poll_pages(folder, cursor, since)

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        self.fetches.append(list(refs))
        return self.inner.fetch(folder, refs, text_cap)

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        return self.inner.drafts_removed_since(state)

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        return self.inner.drafts_present(message_ids)

    def save_draft(self, message: bytes, message_id: str) -> bool:
        return self.inner.save_draft(message, message_id)

    def drafts_mark(self) -> str:
        return self.inner.drafts_mark()

    def drafts_lost_since(self, mark: str) -> bool:
        return self.inner.drafts_lost_since(mark)


def mailbox_of(root: Path, count: int) -> CountingMailbox:
    inbox = root / "INBOX"
    inbox.mkdir(parents=True)
    for n in range(count):
        (inbox / f"{n:03d}.eml").write_bytes(personal(n))
    return CountingMailbox(LocalMailbox(root, clock=lambda: NOW))


def test_bodies_are_fetched_in_few_rounds_when_they_are_small(tmp_path: Path) -> None:
    mailbox = mailbox_of(tmp_path / "mail", 250)
    with Store.open(":memory:") as store:
        pulled = sync.pull_changes(mailbox, store, SETTINGS, NOW)  # type: ignore[arg-type]
    assert pulled.seen == 250
    assert sum(map(len, mailbox.fetches)) == 250
    assert len(mailbox.fetches) == 1  # 250 small bodies: one round, not one per 100


def rounds_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: int, later: int
) -> CountingMailbox:
    """40 messages, rounds bounded to `first` and then `later` messages' worth of bytes."""
    size = len(personal(10))
    monkeypatch.setattr(fetching, "FIRST_ROUND_BYTES", first * size)
    monkeypatch.setattr(fetching, "FETCH_BYTES", later * size)
    return mailbox_of(tmp_path / "mail", 40)


def test_a_round_holds_no_more_bytes_than_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = rounds_bounded(tmp_path, monkeypatch, first=5, later=5)
    calls: list[tuple[int, int]] = []
    with Store.open(":memory:") as store:
        sync.pull_changes(
            mailbox,  # type: ignore[arg-type]
            store,
            SETTINGS,
            NOW,
            lambda *done: calls.append(done),
        )
    assert sorted(ref for refs in mailbox.fetches for ref in refs) == sorted(
        {ref for refs in mailbox.fetches for ref in refs}
    )
    assert sum(map(len, mailbox.fetches)) == 40
    assert all(len(refs) <= 5 for refs in mailbox.fetches)
    assert calls[-1] == (40, 40)


@pytest.mark.parametrize("name", sorted(p.name for p in PARSE_FIXTURES.glob("*.eml")))
def test_a_body_parsed_with_its_parsed_head_equals_a_plain_parse(name: str) -> None:
    data = (PARSE_FIXTURES / name).read_bytes()
    end = data.find(b"\r\n\r\n")
    head_block = data[: end + 4] if end >= 0 else data[: data.find(b"\n\n") + 2]
    head = parse_message(head_block)
    assert parse_message(data, head) == parse_message(data)


def test_the_first_round_is_small_so_reading_starts_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = rounds_bounded(tmp_path, monkeypatch, first=3, later=20)
    with Store.open(":memory:") as store:
        sync.pull_changes(mailbox, store, SETTINGS, NOW)  # type: ignore[arg-type]
    # each round's download fits in the reading of the one before: it grows to the bound
    assert [len(refs) for refs in mailbox.fetches] == [3, 12, 20, 5]
