"""Properties of the engine over any interleaving of messages, clock steps and deletions.

Mailboxes are assembled from tests/fixtures/engine (see test_engine.py); Hypothesis picks
which messages exist, when cycles run, and after which cycles the user deletes every draft.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from test_engine import SETTINGS, THANK_YOU_DUE, Clock, build_mailbox

from followupd import policy
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.model.domain import Action, DraftRecord, Stage
from followupd.store.database import Store

NY = ZoneInfo("America/New_York")
ORIGIN = datetime(2026, 4, 1, 0, 0, tzinfo=NY)
HOLDING_ARRIVES = datetime(2026, 4, 10, 10, 0, tzinfo=NY)
CLOSING_ARRIVES = datetime(2026, 4, 16, 15, 0, tzinfo=NY)
CLOSING_REPLIES = {Stage.REJECTION_REPLY, Stage.OFFER_REPLY}


@dataclass(frozen=True)
class Story:
    pieces: tuple[str, ...]
    steps: tuple[datetime, ...]
    deletions: frozenset[int]  # after these steps the user deletes every draft

    @property
    def closing(self) -> str | None:
        return next((p for p in self.pieces if p in ("rejection", "offer")), None)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    pieces = [p for p in ("newsletter", "holding") if draw(st.booleans())]
    closing = draw(st.sampled_from([None, "rejection", "offer"]))
    if closing:
        pieces.append(closing)
        if draw(st.booleans()):
            pieces.append("after")
    minutes = draw(st.lists(st.integers(0, 50 * 24 * 60), min_size=1, max_size=12, unique=True))
    steps = tuple(ORIGIN + timedelta(minutes=m) for m in sorted(minutes))
    deletions = draw(st.frozensets(st.integers(0, len(steps) - 1)))
    return Story(tuple(pieces), steps, deletions)


@dataclass(frozen=True)
class Run:
    made: list[tuple[datetime, DraftRecord]]
    saved: list[bytes]
    planned: list[tuple[datetime, Action]]
    saves_added: int


def play(story: Story) -> Run:
    planned: list[tuple[datetime, Action]] = []
    real_plan = policy.plan  # the cycle takes it from the policy's face when it plans

    def spying_plan(processes, ledger, now, policy_settings, me, news):  # type: ignore[no-untyped-def]
        result = real_plan(processes, ledger, now, policy_settings, me, news)
        planned.extend((now, action) for action in result.draft)
        return result

    made: list[tuple[datetime, DraftRecord]] = []
    saved: list[bytes] = []
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(policy, "plan", spying_plan):
        clock = Clock(story.steps[0])
        mailbox = LocalMailbox(build_mailbox(Path(folder), *story.pieces), clock=clock)
        added = 0
        real_save = mailbox.save_draft

        def counting_save(message: bytes, message_id: str) -> bool:
            nonlocal added
            added += real_save(message, message_id)
            return True

        mailbox.save_draft = counting_save  # type: ignore[method-assign]
        with Store.open(":memory:") as store:
            for index, moment in enumerate(story.steps):
                clock.now = moment
                report = engine.run_cycle(mailbox, store, SETTINGS, moment)
                made.extend((moment, record) for record in report.drafts_made)
                saved.extend(mailbox.saved_drafts[r.message_id] for r in report.drafts_made)
                if index in story.deletions:
                    for message_id in list(mailbox.saved_drafts):
                        mailbox.delete_draft(message_id)
    return Run(made, saved, planned, added)


def _keys(made: Sequence[tuple[datetime, DraftRecord]]) -> list[tuple[str, Stage, str, int]]:
    return [(r.process_id, r.stage, r.recipient, r.occurrence) for _, r in made]


@settings(max_examples=15, deadline=None)
@given(stories())
def test_no_draft_is_ever_made_twice(story: Story) -> None:
    run = play(story)
    keys = _keys(run.made)
    assert len(keys) == len(set(keys))
    assert len({r.message_id for _, r in run.made}) == len(run.made)
    assert run.saves_added == len(run.made)


@settings(max_examples=15, deadline=None)
@given(stories())
def test_nothing_is_drafted_before_its_due_moment(story: Story) -> None:
    run = play(story)
    assert all(action.due <= now for now, action in run.planned)
    earliest = {
        Stage.THANK_YOU: THANK_YOU_DUE,
        Stage.HOLDING_ACK: HOLDING_ARRIVES,
        Stage.REJECTION_REPLY: CLOSING_ARRIVES,
        Stage.OFFER_REPLY: CLOSING_ARRIVES,
        Stage.CHECK_IN: THANK_YOU_DUE,  # at least 7 business days after the interview
    }
    for at, record in run.made:
        assert at >= earliest.get(record.stage, ORIGIN), (record, at)


@settings(max_examples=15, deadline=None)
@given(stories())
def test_nothing_but_the_reply_is_drafted_after_a_rejection_or_offer(story: Story) -> None:
    if story.closing is None:
        return
    run = play(story)
    after = [r.stage for at, r in run.made if at >= CLOSING_ARRIVES]
    assert set(after) <= CLOSING_REPLIES
    assert len([s for s in after if s in CLOSING_REPLIES]) <= 1


@settings(max_examples=15, deadline=None)
@given(stories())
def test_the_same_story_gives_the_same_drafts(story: Story) -> None:
    first, second = play(story), play(story)
    assert [(at, r) for at, r in first.made] == [(at, r) for at, r in second.made]
    assert first.saved == second.saved
