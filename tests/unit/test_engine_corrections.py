"""Corrections through the engine, over a local mailbox and a virtual clock: a correction wins
from the next cycle on, drafts what it makes due once, is undone cleanly, releases what a
doubtful reading held, and reaches a cycle whose plan was cached, even from another process.

The mailbox: tests/fixtures/engine base/ (Lee Hart at Fernleaf books Sam's interview with Omar
Diaz for Tue Apr 7 2-3 pm ET) plus holding/ (Lee, Fri Apr 10 10:00: "still reviewing").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from test_engine import FIXTURES, NY, SETTINGS, Clock, build_mailbox, cycle

from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import report
from followupd.model import Correction, Kind, Outcome, Stage
from followupd.store import Store

HOLDING = "<fern-holding-1@mail.fernleaf.example>"
INVITE = "<fern-invite-1@mail.fernleaf.example>"
LEE = "lee.hart@fernleaf.example"
OMAR = "omar.diaz@fernleaf.example"


def day(d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 4, d, hour, minute, tzinfo=NY)


def made(store: Store) -> list[tuple[str, str]]:
    return [(r.stage.value, r.recipient) for r in store.ledger() if r.status == "made"]


@pytest.fixture
def mailbox(tmp_path: Path) -> LocalMailbox:
    clock = Clock(day(1, 9))
    return LocalMailbox(build_mailbox(tmp_path / "mail", "holding"), clock=clock)


def run(mailbox: LocalMailbox, store: Store, now: datetime):
    clock = mailbox._clock
    assert isinstance(clock, Clock)
    return cycle(mailbox, store, clock, now)


def test_a_holding_reply_corrected_to_a_rejection_closes_it_and_drafts_the_reply_once(
    mailbox: LocalMailbox,
) -> None:
    with Store.open(":memory:") as store:
        run(mailbox, store, day(10, 10, 5))
        assert ("holding_ack", LEE) in made(store)
        store.add_correction(Correction(HOLDING, "kind", "rejection"))
        first = run(mailbox, store, day(10, 11))
        assert [(r.stage, r.recipient) for r in first.drafts_made] == [(Stage.REJECTION_REPLY, LEE)]
        [process] = report(store, SETTINGS, day(10, 11))
        assert process.state is Outcome.REJECTED
        assert run(mailbox, store, day(10, 12)).drafts_made == []
        assert run(mailbox, store, day(30, 12)).drafts_made == []  # no check-in after it
        assert made(store).count(("rejection_reply", LEE)) == 1
        assert len(mailbox.saved_drafts) == 3  # thank-you, holding_ack, rejection_reply


def test_an_interviewer_corrected_away_gets_no_thank_you(mailbox: LocalMailbox) -> None:
    with Store.open(":memory:") as store:
        run(mailbox, store, day(1, 12))
        store.add_correction(Correction(INVITE, "not_interviewer", OMAR))
        run(mailbox, store, day(7, 16))
        assert ("thank_you", OMAR) not in made(store)
        # nobody else named: the contact, thanked as the one who arranged it (POLICY.md)
        assert {("thank_you", LEE), ("thank_you_via_contact", LEE)} & set(made(store))


def test_undo_restores_the_classifiers_reading(mailbox: LocalMailbox) -> None:
    with Store.open(":memory:") as store:
        run(mailbox, store, day(1, 12))
        correction = store.add_correction(Correction(INVITE, "not_interviewer", OMAR))
        run(mailbox, store, day(7, 15, 30))
        store.remove_correction(correction.id)
        run(mailbox, store, day(7, 16))
        assert ("thank_you", OMAR) in made(store)
        fix = store.add_correction(Correction(HOLDING, "kind", "rejection"))
        run(mailbox, store, day(10, 11))
        store.remove_correction(fix.id)
        [process] = report(store, SETTINGS, day(10, 12))
        assert process.state is Outcome.OPEN
        assert [o.signal.kind for o in process.timeline if not o.from_user][
            -1
        ] is Kind.HOLDING_REPLY
        again = run(mailbox, store, day(10, 12)).drafts_made  # the holding reply answered now
        assert [(r.stage, r.recipient) for r in again] == [(Stage.HOLDING_ACK, LEE)]
        assert made(store).count(("rejection_reply", LEE)) == 1  # made drafts stay made


def test_confirming_a_doubtful_reading_releases_its_draft(
    mailbox: LocalMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followupd import understand

    classify = understand.classify

    def doubtful(mail, me, thread, **options):  # type: ignore[no-untyped-def]
        signal = classify(mail, me, thread, **options)
        if mail.envelope.message_id == HOLDING:
            return replace(signal, confidence=0.3)
        return signal

    monkeypatch.setattr(understand, "classify", doubtful)
    with Store.open(":memory:") as store:
        run(mailbox, store, day(7, 16))  # the thank-you
        assert run(mailbox, store, day(10, 10, 5)).drafts_made == []
        [process] = report(store, SETTINGS, day(10, 10, 5))
        [look] = process.needs_look
        assert look.observation.envelope.message_id == HOLDING
        assert "holding_reply" in look.reason
        assert run(mailbox, store, day(10, 11)).drafts_made == []  # still held
        store.add_correction(Correction(HOLDING, "confirm"))
        released = run(mailbox, store, day(10, 11, 5)).drafts_made
        assert [(r.stage, r.recipient) for r in released] == [(Stage.HOLDING_ACK, LEE)]
        assert report(store, SETTINGS, day(10, 12))[0].needs_look == ()


def test_a_correction_by_another_process_reaches_a_cycle_whose_plan_was_cached(
    mailbox: LocalMailbox, tmp_path: Path
) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as daemon:
        run(mailbox, daemon, day(10, 10, 5))
        assert run(mailbox, daemon, day(10, 10, 10)).drafts_made == []  # the cached plan
        with Store.open(path) as command:  # `followupd correct`, another process
            command.add_correction(Correction(HOLDING, "kind", "rejection"))
        later = run(mailbox, daemon, day(10, 10, 15)).drafts_made
        assert [r.stage for r in later] == [Stage.REJECTION_REPLY]


def test_a_correction_that_regroups_the_mail_drafts_nothing_twice(mailbox: LocalMailbox) -> None:
    """The invitation read as not about the job search: the process now starts at the holding
    reply. Then undone: the process gets its mail back, and with it the thank-you and the
    holding_ack already made under their keys."""
    with Store.open(":memory:") as store:
        run(mailbox, store, day(10, 10, 5))
        before = list(mailbox.saved_drafts)
        fix = store.add_correction(Correction(INVITE, "kind", "other"))
        run(mailbox, store, day(10, 10, 30))
        store.remove_correction(fix.id)
        run(mailbox, store, day(10, 11))
        assert list(mailbox.saved_drafts) == before


def test_a_correction_that_renames_the_process_does_not_draft_its_thank_you_again(
    tmp_path: Path,
) -> None:
    """A rejection read on Mar 30 closed the process, so the interview booked after it opened
    episode #2, whose thank-you was drafted. The user says the "rejection" was not one: the
    interview is episode 1's now, under another key, and the ledger already holds its thank-you."""
    root = build_mailbox(tmp_path / "mail")
    early = (FIXTURES / "rejection" / "INBOX" / "04-rejection.eml").read_text(encoding="utf-8")
    early = early.replace("Thu, 16 Apr 2026 15:00:00 -0400", "Mon, 30 Mar 2026 15:00:00 -0400")
    (root / "INBOX" / "00-early.eml").write_text(early, encoding="utf-8")
    mailbox = LocalMailbox(root, clock=Clock(day(1, 9)))
    with Store.open(":memory:") as store:
        run(mailbox, store, datetime(2026, 3, 30, 16, tzinfo=NY))
        run(mailbox, store, day(7, 16))
        assert [(r.process_id, r.stage) for r in store.ledger() if r.stage is Stage.THANK_YOU] == [
            ("fernleaf.example#2", Stage.THANK_YOU)
        ]
        store.add_correction(
            Correction("<fern-rejection-1@mail.fernleaf.example>", "kind", "other")
        )
        assert run(mailbox, store, day(8, 9)).drafts_made == []
        thanks = [r for r in store.ledger() if r.stage is Stage.THANK_YOU]
        assert {r.process_id for r in thanks} == {"fernleaf.example", "fernleaf.example#2"}
        assert len({r.message_id for r in thanks}) == 1  # one draft, known by both keys
        assert run(mailbox, store, day(8, 10)).drafts_made == []
