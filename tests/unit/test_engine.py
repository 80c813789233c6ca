"""engine.run_cycle over a local mailbox: drafts once ever, crash safety, deletions, stale mail.

The mailbox is assembled from tests/fixtures/engine: base/ (an interview invitation from
Fernleaf on Apr 1 for Tue Apr 7 2-3 pm ET with Omar Diaz, and the user's reply), plus
optional pieces (newsletter/, holding/, rejection/, offer/, after/).
"""

from __future__ import annotations

import shutil
from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followupd.backends.base import Poll, RawMessage
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.model.domain import FolderRole, Stage
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine"
NY = ZoneInfo("America/New_York")
ME = "sam.reyes@example.com"
SETTINGS = Settings(
    me=Me(name="Sam Reyes", addresses=(ME,), timezone="America/New_York", holidays="US")
)
THANK_YOU_DUE = datetime(2026, 4, 7, 16, 0, tzinfo=NY)  # the interview ends at 15:00


def build_mailbox(root: Path, *pieces: str) -> Path:
    for piece in ("base", *pieces):
        for source in (FIXTURES / piece).rglob("*.eml"):
            target = root / source.relative_to(FIXTURES / piece)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return root


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def cycle(mailbox: LocalMailbox, store: Store, clock: Clock, now: datetime) -> engine.CycleReport:
    clock.now = now
    return engine.run_cycle(mailbox, store, SETTINGS, now)


@pytest.fixture
def replay(tmp_path: Path) -> Iterator[tuple[LocalMailbox, Store, Clock]]:
    clock = Clock(datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    with Store.open(":memory:") as store:
        yield LocalMailbox(build_mailbox(tmp_path / "mail"), clock=clock), store, clock


def test_the_thank_you_is_drafted_at_its_due_moment_and_not_before(
    replay: tuple[LocalMailbox, Store, Clock],
) -> None:
    mailbox, store, clock = replay
    first = cycle(mailbox, store, clock, datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    assert first.messages_seen == 2 and first.drafts_made == []
    assert first.next_due == THANK_YOU_DUE
    assert cycle(mailbox, store, clock, THANK_YOU_DUE - timedelta(minutes=1)).drafts_made == []
    made = cycle(mailbox, store, clock, THANK_YOU_DUE).drafts_made
    assert [(r.stage, r.recipient) for r in made] == [
        (Stage.THANK_YOU, "omar.diaz@fernleaf.example")
    ]
    assert set(mailbox.saved_drafts) == {made[0].message_id}
    assert f"Message-ID: {made[0].message_id}".encode() in mailbox.saved_drafts[made[0].message_id]


def test_a_crash_between_saving_and_recording_leaves_one_draft(
    replay: tuple[LocalMailbox, Store, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox, store, clock = replay
    cycle(mailbox, store, clock, datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    saves: list[bool] = []
    real_save = mailbox.save_draft

    def counting_save(message: bytes, message_id: str) -> bool:
        saves.append(real_save(message, message_id))
        return saves[-1]

    monkeypatch.setattr(mailbox, "save_draft", counting_save)
    with monkeypatch.context() as crash:
        crash.setattr(Store, "record_draft", lambda *args, **kwargs: (_ for _ in ()).throw(OSError))
        with pytest.raises(OSError):
            cycle(mailbox, store, clock, THANK_YOU_DUE)
    assert saves == [True] and store.ledger() == []
    assert [i.record.message_id for i in store.draft_intents("local")] == list(mailbox.saved_drafts)
    after_restart = cycle(mailbox, store, clock, THANK_YOU_DUE + timedelta(minutes=5))
    assert saves == [True]  # its intent is settled: found in Drafts, recorded, not saved again
    assert len(mailbox.saved_drafts) == 1
    assert [r.message_id for r in store.ledger()] == list(mailbox.saved_drafts)
    assert [r.stage for r in after_restart.drafts_made] == [Stage.THANK_YOU]
    assert store.draft_intents("local") == []


def test_a_deleted_draft_is_marked_deleted_and_never_made_again(
    replay: tuple[LocalMailbox, Store, Clock],
) -> None:
    mailbox, store, clock = replay
    cycle(mailbox, store, clock, datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    made = cycle(mailbox, store, clock, THANK_YOU_DUE).drafts_made
    mailbox.delete_draft(made[0].message_id)
    later = cycle(mailbox, store, clock, THANK_YOU_DUE + timedelta(hours=2))
    assert later.deleted == (made[0].message_id,)
    assert [r.status for r in store.ledger()] == ["deleted"]
    for hours in (3, 20, 30):
        assert (
            cycle(mailbox, store, clock, THANK_YOU_DUE + timedelta(hours=hours)).drafts_made == []
        )
    assert mailbox.saved_drafts == {}


def test_drafts_made_before_a_restart_are_not_made_again(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail")
    state = tmp_path / "state.db"
    clock = Clock(THANK_YOU_DUE)
    with Store.open(state) as store:
        made = cycle(LocalMailbox(root, clock=clock), store, clock, THANK_YOU_DUE).drafts_made
    assert len(made) == 1
    with Store.open(state) as store:
        fresh = LocalMailbox(root, clock=clock)  # a new process: nothing in memory
        again = cycle(fresh, store, clock, THANK_YOU_DUE + timedelta(minutes=10))
        assert again.messages_seen == 0 and again.drafts_made == []
        assert fresh.saved_drafts == {}
        assert len(store.ledger()) == 1


def test_a_first_run_over_old_mail_drafts_nothing_stale(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail", "holding")
    clock = Clock(datetime(2026, 5, 20, 12, 0, tzinfo=NY))
    with Store.open(":memory:") as store:
        report = cycle(LocalMailbox(root, clock=clock), store, clock, clock.now)
        assert report.messages_seen == 3
        assert report.drafts_made == []
        assert Stage.THANK_YOU in {record.stage for record in report.missed}
        assert {record.status for record in store.ledger()} == {"missed"}


def test_an_idle_cycle_neither_reads_nor_folds_observations_again(
    replay: tuple[LocalMailbox, Store, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    mailbox, store, clock = replay
    cycle(mailbox, store, clock, datetime(2026, 4, 1, 12, 0, tzinfo=NY))

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("an idle cycle touched the observations")

    monkeypatch.setattr("followupd.processes.build_processes", forbidden)
    monkeypatch.setattr(store, "observations", forbidden)
    idle = cycle(mailbox, store, clock, datetime(2026, 4, 2, 9, 0, tzinfo=NY))
    assert idle.messages_seen == 0 and idle.drafts_made == []
    assert idle.next_due == THANK_YOU_DUE


def test_only_what_triage_passes_or_is_tied_to_the_search_is_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_mailbox(tmp_path / "mail", "newsletter", "holding")
    clock = Clock(datetime(2026, 4, 11, 12, 0, tzinfo=NY))
    mailbox = LocalMailbox(root, clock=clock)
    fetched: list[str] = []
    real_fetch = mailbox.fetch

    def spying_fetch(
        folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        fetched.extend(refs)
        return real_fetch(folder, refs, text_cap)

    monkeypatch.setattr(mailbox, "fetch", spying_fetch)
    # triage lets only the invitation through; the user's reply (sent by the user) and the
    # holding reply (in the invitation's thread) must be fetched all the same
    monkeypatch.setattr(
        "followupd.engine.sync.might_matter",
        lambda mail: "Interview:" in mail.envelope.subject,
    )
    with Store.open(":memory:") as store:
        report = cycle(mailbox, store, clock, clock.now)
    assert report.messages_seen == 4
    assert sorted(fetched) == ["01-interview-invite.eml", "01-reply.eml", "03-still-reviewing.eml"]


def test_unrelated_mail_is_seen_but_not_recorded_as_an_observation(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail", "newsletter")
    clock = Clock(datetime(2026, 4, 4, 12, 0, tzinfo=NY))
    with Store.open(":memory:") as store:
        report = cycle(LocalMailbox(root, clock=clock), store, clock, clock.now)
        assert report.messages_seen == 3
        ids = {o.envelope.message_id for o in store.observations()}
        assert "<tw-2026-14@techweekly.example>" not in ids
        assert "<fern-invite-1@mail.fernleaf.example>" in ids
        assert store.seen_message_ids("local", ["<tw-2026-14@techweekly.example>"])


class ResyncingMailbox:
    """Wraps a mailbox; after the first poll it renumbers every ref, as a UIDVALIDITY change."""

    def __init__(self, inner: LocalMailbox) -> None:
        self.inner = inner
        self.name = inner.name
        self.polls = 0

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        self.polls += 1
        if self.polls <= 2:
            return self.inner.poll(folder, cursor, since)
        poll = self.inner.poll(folder, None, since)
        renamed = tuple(type(b)(b.folder, "v2-" + b.ref, b.header, b.size) for b in poll.new)
        return Poll(new=renamed, cursor="resynced", resynced=True)

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        yield self.poll(folder, cursor, since)

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        return self.inner.fetch(folder, [ref.removeprefix("v2-") for ref in refs])

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        return True, ""

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        return self.inner.drafts_present(message_ids)

    def save_draft(self, message: bytes, message_id: str) -> bool:
        return self.inner.save_draft(message, message_id)

    def drafts_mark(self) -> str:
        return self.inner.drafts_mark()

    def drafts_lost_since(self, mark: str) -> bool:
        return self.inner.drafts_lost_since(mark)


def test_a_resync_does_not_observe_known_messages_again(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 4, 2, 12, 0, tzinfo=NY))
    mailbox = ResyncingMailbox(LocalMailbox(build_mailbox(tmp_path / "mail"), clock=clock))
    with Store.open(":memory:") as store:
        engine.run_cycle(mailbox, store, SETTINGS, clock.now)  # type: ignore[arg-type]
        before = store.observations()
        report = engine.run_cycle(mailbox, store, SETTINGS, clock.now)  # type: ignore[arg-type]
        assert report.messages_seen == 2 and report.observed == ()
        assert store.observations() == before


def test_one_poll_with_a_thread_and_its_reply_records_both(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail", "holding")
    clock = Clock(datetime(2026, 4, 11, 12, 0, tzinfo=NY))
    with Store.open(":memory:") as store:
        report = cycle(LocalMailbox(root, clock=clock), store, clock, clock.now)
    recorded = [(o.folder, o.envelope.message_id) for o in report.observed]
    assert recorded == [
        (FolderRole.INBOX, "<fern-invite-1@mail.fernleaf.example>"),
        (FolderRole.SENT, "<sam-reply-1@mail.example.com>"),
        (FolderRole.INBOX, "<fern-holding-1@mail.fernleaf.example>"),
    ]
    assert report.signals_by_kind == {"interview_scheduled": 1, "other": 1, "holding_reply": 1}


def test_progress_is_reported_up_to_the_number_of_new_messages(tmp_path: Path) -> None:
    root = build_mailbox(tmp_path / "mail", "newsletter", "holding")
    clock = Clock(datetime(2026, 4, 11, 12, 0, tzinfo=NY))
    calls: list[tuple[int, int]] = []
    with Store.open(":memory:") as store:
        mailbox = LocalMailbox(root, clock=clock)
        engine.run_cycle(mailbox, store, SETTINGS, clock.now, lambda *done: calls.append(done))
    assert calls and calls[-1] == (4, 4)


def test_two_accounts_with_the_same_mail_make_one_draft_between_them(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 4, 1, 12, 0, tzinfo=NY))
    boxes = [
        LocalMailbox(build_mailbox(tmp_path / name), name=name, clock=clock)
        for name in ("personal", "work")
    ]
    made = []
    with Store.open(":memory:") as store:
        for moment in (
            datetime(2026, 4, 2, 12, tzinfo=NY),
            THANK_YOU_DUE,
            THANK_YOU_DUE.replace(day=8),
        ):
            made += [d for box in boxes for d in cycle(box, store, clock, moment).drafts_made]
        assert [(d.stage, d.recipient) for d in made] == [
            (Stage.THANK_YOU, "omar.diaz@fernleaf.example")
        ]
        assert sum(len(box.saved_drafts) for box in boxes) == 1
        assert len(store.ledger()) == 1
