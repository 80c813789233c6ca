"""What a stored plan reads besides observations and the ledger: the user's corrections, whom
the user wrote to and the user's news. A change to any must make the next `once` plan again;
and the intents an interrupted cycle left are settled even when a push says Drafts is
unchanged."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta

from followupd.engine.deleted_drafts import notice_deleted_drafts
from followupd.engine.plan_memo import remember_plan, standing_plan
from followupd.model.corrections import Correction
from followupd.model.domain import DraftRecord, Stage
from followupd.model.news import NewsEvent
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

NOW = datetime(2026, 3, 2, 15, tzinfo=UTC)
SETTINGS = Settings(me=Me(name="Alice", addresses=("alice@example.com",)))


def planned(store: Store) -> None:
    remember_plan(store, "work", SETTINGS, NOW, NOW + timedelta(days=2))
    assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=1)) is not None


def test_a_correction_makes_the_stored_plan_stale() -> None:
    with Store.open(":memory:") as store:
        planned(store)
        store.add_correction(Correction("<m1@employer.example>", "kind", "rejection"))
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=1)) is None


def test_a_new_person_written_to_makes_the_stored_plan_stale() -> None:
    with Store.open(":memory:") as store:
        planned(store)
        store.record_written_to("work", {"dana@employer.example"})
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=1)) is None


def test_the_users_news_said_or_undone_makes_the_stored_plan_stale() -> None:
    """`followupd news offer ...` then `followupd once`: the updates are planned at once."""
    with Store.open(":memory:") as store:
        planned(store)
        event = store.add_news(NewsEvent("offer", "acme.example", ("<o@acme.example>",), NOW))
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=1)) is None
        planned(store)
        store.remove_news(event.id)
        assert standing_plan(store, "work", SETTINGS, NOW + timedelta(hours=1)) is None


class QuietDrafts:
    """A mailbox whose Drafts a push vouches unchanged: asked about intents only."""

    def __init__(self, present: set[str]) -> None:
        self.present = present
        self.states_asked = 0

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        return self.present & set(message_ids)

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        self.states_asked += 1
        return False, "state"

    def drafts_lost_since(self, mark: str) -> bool:
        return False


def test_an_intent_is_settled_even_when_drafts_is_quiet() -> None:
    record = DraftRecord(
        process_id="p1",
        stage=Stage.THANK_YOU,
        recipient="dana@employer.example",
        occurrence=0,
        message_id="<draft-1@followupd>",
        at=NOW,
        status="made",
    )
    mailbox = QuietDrafts({record.message_id})
    with Store.open(":memory:") as store:
        store.record_intent(record, "work", "1:5")
        gone, landed = notice_deleted_drafts(mailbox, store, "work", look=False)  # type: ignore[arg-type]
        assert (gone, landed) == ([], [record])
        assert mailbox.states_asked == 0
        assert [r.message_id for r in store.ledger("work")] == [record.message_id]
        assert store.draft_intents("work") == []
