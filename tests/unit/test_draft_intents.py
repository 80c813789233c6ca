"""A draft's intent is recorded before it is saved: after a crash between the save and the ledger
row, a draft the user deleted is never made again, and one that never landed is made again.

A live local mailbox (drafts written to disk, as `backend = "maildir"` does) over the engine's
fixtures: an interview with Fernleaf on Tue Apr 7 2026, 2-3 pm ET; its thank-you falls due at 4.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_engine import NY, SETTINGS, THANK_YOU_DUE, build_mailbox

from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.store.database import Store

BEFORE = datetime(2026, 4, 1, 12, 0, tzinfo=NY)


def drafts(root: Path) -> list[Path]:
    folder = root / "Drafts"
    return sorted(folder.glob("*.eml")) if folder.is_dir() else []


def run(root: Path, store: Store, now: datetime) -> engine.CycleReport:
    with LocalMailbox(root) as mailbox:  # a fresh process's view each time
        return engine.run_cycle(mailbox, store, SETTINGS, now)


def crash_after_the_save(root: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daemon dies once the draft is on disk, before its ledger row."""
    with monkeypatch.context() as crash:
        crash.setattr(Store, "record_draft", lambda *a, **k: (_ for _ in ()).throw(OSError))
        with pytest.raises(OSError):
            run(root, store, THANK_YOU_DUE)
    assert store.ledger() == [] and len(drafts(root)) == 1
    assert len(store.draft_intents("local")) == 1


def test_a_draft_orphaned_by_a_crash_then_deleted_is_never_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_mailbox(tmp_path / "mail")
    with Store.open(":memory:") as store:
        run(root, store, BEFORE)
        crash_after_the_save(root, store, monkeypatch)
        orphan = drafts(root)[0]
        orphan.unlink()  # the user deletes it before the daemon runs again
        report = run(root, store, THANK_YOU_DUE + timedelta(minutes=5))
        assert report.drafts_made == [] and len(report.deleted) == 1
        assert [r.status for r in store.ledger()] == ["deleted"]
        for hours in (1, 5):
            assert run(root, store, THANK_YOU_DUE + timedelta(hours=hours)).drafts_made == []
        assert drafts(root) == [] and store.draft_intents("local") == []


def test_a_draft_orphaned_by_a_crash_and_kept_is_recorded_not_saved_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_mailbox(tmp_path / "mail")
    with Store.open(":memory:") as store:
        run(root, store, BEFORE)
        crash_after_the_save(root, store, monkeypatch)
        report = run(root, store, THANK_YOU_DUE + timedelta(minutes=5))
        assert [r.status for r in report.drafts_made] == ["made"]
        assert [r.status for r in store.ledger()] == ["made"] and len(drafts(root)) == 1


def test_a_draft_whose_save_never_landed_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_mailbox(tmp_path / "mail")
    with Store.open(":memory:") as store:
        run(root, store, BEFORE)
        with monkeypatch.context() as crash:  # killed before the draft reached the disk
            crash.setattr(LocalMailbox, "save_draft", lambda *a: (_ for _ in ()).throw(OSError))
            with pytest.raises(OSError):
                run(root, store, THANK_YOU_DUE)
        assert drafts(root) == [] and len(store.draft_intents("local")) == 1
        report = run(root, store, THANK_YOU_DUE + timedelta(minutes=5))
        assert [r.status for r in report.drafts_made] == ["made"] and report.deleted == ()
        assert len(drafts(root)) == 1 and [r.status for r in store.ledger()] == ["made"]


def test_the_local_drafts_mark_sees_a_draft_come_and_go(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail")
    with LocalMailbox(root) as mailbox:
        none_yet = mailbox.drafts_mark()
        assert mailbox.drafts_lost_since(none_yet) is False
        mailbox.save_draft(b"Message-ID: <a@x.example>\n\nhello\n", "<a@x.example>")
        assert mailbox.drafts_lost_since(none_yet) is True
        mark = mailbox.drafts_mark()
        assert mailbox.drafts_lost_since(mark) is False
