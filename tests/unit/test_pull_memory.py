"""A long pull holds what one chunk needs, not what the whole scan saw: the garbage of earlier
chunks is collected before a chunk sets its own objects aside from the collector, and the
store's lookups keep a few statement shapes whatever the number of values."""

from __future__ import annotations

import gc
import weakref
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import pull, scan, sync
from followupd.model.domain import FolderRole
from followupd.model.settings import Me, Settings
from followupd.store.database import Store
from followupd.store.in_lists import IN_CHUNK, IN_SIZES, in_chunks

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SETTINGS = Settings(me=Me(name="Sam", addresses=("sam@example.org",), timezone="UTC"))


def mailbox_of(root: Path, count: int) -> LocalMailbox:
    inbox = root / "INBOX"
    inbox.mkdir(parents=True)
    for n in range(count):
        (inbox / f"{n:03d}.eml").write_bytes(
            f"From: Kim <kim{n}@friends.example>\nTo: sam@example.org\nSubject: photos {n}\n"
            f"Date: Mon, 04 May 2026 0{n % 10}:00:00 +0000\nMessage-ID: <p{n}@friends.example>"
            f"\n\nHere are the photos from the weekend, number {n}.\n".encode()
        )
    return LocalMailbox(root, clock=lambda: NOW)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _old_garbage() -> weakref.ref[_Cycle]:
    """A reference cycle that survived a full collection while reachable, then dropped: only a
    full collection finds it (a frozen one never)."""
    kept = [_Cycle()]
    gc.collect()
    found = weakref.ref(kept[0])
    kept.clear()
    return found


def test_no_chunk_keeps_the_garbage_left_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox = mailbox_of(tmp_path / "mail", 40)
    monkeypatch.setattr(pull, "Merge", partial(scan.Merge, chunk=10))
    chunk = sync.pull_chunk
    alive_after: list[bool] = []

    def watched(*args: Any, **kwargs: Any) -> list[Any]:
        garbage = _old_garbage()
        found = chunk(*args, **kwargs)
        alive_after.append(garbage() is not None)
        return found

    monkeypatch.setattr(sync, "pull_chunk", watched)
    with Store.open(":memory:") as store:
        pulled = pull.pull_changes(mailbox, store, SETTINGS, NOW)
    assert pulled.seen == 40
    assert len(alive_after) >= 4
    assert not any(alive_after)  # collected, not frozen until the end of the pull


@pytest.mark.parametrize("count", [0, 1, 2, 5, 17, 64, 65, 499, 500, 501, 1000, 1234])
def test_in_lists_come_in_a_few_sizes_and_keep_every_value(count: int) -> None:
    values = [f"<m{n}@example.org>" for n in range(count)]
    chunks = list(in_chunks(values))
    assert [v for _, bound in chunks for v in dict.fromkeys(bound)] == values
    for marks, bound in chunks:
        assert marks.count("?") == len(bound) in IN_SIZES
        assert len(bound) <= IN_CHUNK


def test_lookups_of_any_length_find_exactly_what_was_seen() -> None:
    seen = [(FolderRole.INBOX, f"7:{n}", f"<m{n}@example.org>") for n in range(0, 1400, 2)]
    with Store.open(":memory:") as store:
        store.record_sync("work", seen, (), {})
        for count in (1, 3, 30, 255, 700, 1400):
            asked = [f"<m{n}@example.org>" for n in range(count)]
            expected = {mid for mid in asked if int(mid[2:].split("@")[0]) % 2 == 0}
            assert store.seen_message_ids("work", asked) == expected
            refs = [f"7:{n}" for n in range(count)]
            assert store.seen_refs("work", FolderRole.INBOX, refs) == {
                ref for ref in refs if int(ref[2:]) % 2 == 0
            }
