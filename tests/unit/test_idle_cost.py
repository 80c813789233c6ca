"""Idle cost independent of history: the revision a plan stands on, the plan kept across
processes, Drafts looked up only when something may have left it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_engine import NY, SETTINGS, THANK_YOU_DUE, Clock, build_mailbox

from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.engine.deleted_drafts import notice_deleted_drafts
from followupd.engine.plan_memo import remember_plan, standing_plan
from followupd.model.domain import DraftRecord, FolderRole, Stage
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def record(message_id: str, status: str = "made") -> DraftRecord:
    return DraftRecord(
        process_id="acme.example",
        stage=Stage.CHECK_IN,
        recipient="dana@acme.example",
        occurrence=int(message_id.strip("<>").split("@")[0][1:]),
        message_id=message_id,
        at=NOW,
        status=status,  # type: ignore[arg-type]
    )


def test_every_change_to_the_ledger_bumps_the_revision_whatever_writes_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state.db") as store:
        before = store.revision()
        store.record_draft(record("<d1@x.example>"), "work")
        assert store.revision() == before + 1
        store.record_draft(record("<d1@x.example>"), "work")  # already there: no change
        assert store.revision() == before + 1
        store.mark_drafts_deleted(["<d1@x.example>"])
        assert store.revision() == before + 2
        with Store.open(tmp_path / "state.db") as other:  # another connection sees it
            assert other.revision() == before + 2


def test_a_stored_plan_stands_until_the_store_settings_clock_or_a_day_says_otherwise(
    tmp_path: Path,
) -> None:
    due = NOW + timedelta(hours=5)
    with Store.open(tmp_path / "state.db") as store:
        assert standing_plan(store, "work", SETTINGS, NOW) is None
        remember_plan(store, "work", SETTINGS, NOW, due)
        with Store.open(tmp_path / "state.db") as fresh:  # as a new `once` opens it
            stands = standing_plan(fresh, "work", SETTINGS, NOW + timedelta(hours=1))
            assert stands is not None and stands.next_due == due
            assert standing_plan(fresh, "work", SETTINGS, due) is None  # a stage falls due
            assert standing_plan(fresh, "other", SETTINGS, NOW) is None
            changed = Settings(me=Me(name="Sam", timezone="Europe/Paris"))
            assert standing_plan(fresh, "work", changed, NOW) is None
        remember_plan(store, "work", SETTINGS, NOW, None)
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=23)) is not None
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=25)) is None
        store.record_draft(record("<d2@x.example>"), "work")  # new input: plan again
        assert standing_plan(store, "work", SETTINGS, NOW) is None


def test_a_fresh_once_with_nothing_new_does_not_plan_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    mailbox = LocalMailbox(build_mailbox(tmp_path / "mail"), clock=clock)
    path = tmp_path / "state.db"
    with Store.open(path) as store:
        first = engine.run_cycle(mailbox, store, SETTINGS, clock.now)
    assert first.next_due == THANK_YOU_DUE
    planned: list[int] = []
    real = engine._plan_and_draft
    monkeypatch.setattr(
        engine,
        "_plan_and_draft",
        lambda *a: planned.append(1) or real(*a),  # type: ignore[func-returns-value]
    )
    clock.now += timedelta(hours=2)
    with Store.open(path) as store:  # a new process: no plan in memory
        again = engine.run_cycle(mailbox, store, SETTINGS, clock.now)
    assert planned == [] and again.next_due == THANK_YOU_DUE
    clock.now = THANK_YOU_DUE
    with Store.open(path) as store:
        due = engine.run_cycle(mailbox, store, SETTINGS, clock.now)
    assert planned == [1] and [r.stage for r in due.drafts_made] == [Stage.THANK_YOU]


class DraftsSpy:
    """A mailbox's Drafts side: whether anything left, and which drafts are there."""

    def __init__(self, present: set[str]) -> None:
        self.present = present
        self.removed = False
        self.lookups: list[list[str]] = []

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        return (state is None or self.removed), "state-now"

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        self.lookups.append(sorted(message_ids))
        return self.present & set(message_ids)


def test_drafts_are_looked_up_only_when_one_may_have_left() -> None:
    ids = [f"<d{n}@x.example>" for n in range(1, 6)]
    spy = DraftsSpy(set(ids))
    with Store.open(":memory:") as store:
        assert notice_deleted_drafts(spy, store, "work") == ([], [])  # type: ignore[arg-type]
        assert spy.lookups == [] and store.cursor("work", FolderRole.DRAFTS) == "state-now"
        store.set_cursor("work", FolderRole.DRAFTS, "before-any-draft")
        assert notice_deleted_drafts(spy, store, "work") == ([], [])  # type: ignore[arg-type]
        assert store.cursor("work", FolderRole.DRAFTS) == "before-any-draft"  # not asked
        store._db.execute("DELETE FROM cursors")
        for message_id in ids:
            store.record_draft(record(message_id), "work")
        assert notice_deleted_drafts(spy, store, "work") == ([], [])  # type: ignore[arg-type]
        assert len(spy.lookups) == 1  # no state stored yet: one look
        assert store.cursor("work", FolderRole.DRAFTS) == "state-now"
        for _ in range(3):
            assert notice_deleted_drafts(spy, store, "work") == ([], [])  # type: ignore[arg-type]
        assert len(spy.lookups) == 1
        spy.removed, spy.present = True, set(ids) - {ids[2]}
        assert notice_deleted_drafts(spy, store, "work") == ([ids[2]], [])  # type: ignore[arg-type]
        assert len(spy.lookups) == 2 and ids[2] not in spy.lookups[1][-1:]
        assert [r.status for r in store.ledger("work")].count("deleted") == 1
        spy.removed = True
        notice_deleted_drafts(spy, store, "work")  # type: ignore[arg-type]
        assert ids[2] not in spy.lookups[-1]  # only drafts still "made" are looked for
