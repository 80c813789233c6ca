"""After an upgrade of the classifier the stored mail is read again: kinds change, processes are
rebuilt, nothing the ledger holds is drafted twice, what is long past goes to missed, mail gone
from the server keeps its reading, and a candidate triage kept can start to matter.

"The old classifier" is the real one with a mistake patched in; the upgrade is a bumped
CLASSIFIER_VERSION with the mistake gone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from test_engine import NY, SETTINGS, Clock, build_mailbox, cycle

from followupd import understand
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.engine import report
from followupd.engine import reread as rereading
from followupd.model import Kind, Outcome, Stage
from followupd.store import Store
from followupd.understand import CLASSIFIER_VERSION

HOLDING = "<fern-holding-1@mail.fernleaf.example>"
QUILL = "<quill-no-1@quillstone.example>"
LEE = "lee.hart@fernleaf.example"
QUILLSTONE_REJECTION = """\
From: Priya Nair <priya.nair@quillstone.example>
To: Sam Reyes <sam.reyes@example.com>
Subject: Your application to Quillstone
Date: Thu, 09 Apr 2026 16:00:00 -0400
Message-ID: <quill-no-1@quillstone.example>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Hi Sam,

Thank you for applying for the Data Engineer role. After careful consideration, we have
decided not to move forward with your application.

Best of luck,
Priya Nair
"""


def day(d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 4, d, hour, minute, tzinfo=NY)


def misreading(wrong: dict[str, Kind]) -> Callable[..., object]:
    classify = understand.classify

    def old_classifier(mail, me, thread, **options):  # type: ignore[no-untyped-def]
        signal = classify(mail, me, thread, **options)
        kind = wrong.get(mail.envelope.message_id)
        return signal if kind is None else replace(signal, kind=kind, evidence=("old rule",))

    return old_classifier


@pytest.fixture
def mailbox(tmp_path: Path) -> LocalMailbox:
    root = build_mailbox(tmp_path / "mail", "holding")
    (root / "INBOX" / "02-quillstone.eml").write_text(QUILLSTONE_REJECTION, encoding="utf-8")
    return LocalMailbox(root, clock=Clock(day(1, 9)))


def run(mailbox: LocalMailbox, store: Store, now: datetime) -> engine.CycleReport:
    clock = mailbox._clock
    assert isinstance(clock, Clock)
    return cycle(mailbox, store, clock, now)


def made(store: Store) -> list[tuple[str, str]]:
    return [(r.stage.value, r.recipient) for r in store.ledger() if r.status == "made"]


def read_by_the_old_classifier(
    mailbox: LocalMailbox, store: Store, monkeypatch: pytest.MonkeyPatch, until: datetime
) -> None:
    """The holding reply read as a rejection, Quillstone's rejection as nothing to do with the
    job search (fetched, then kept out)."""
    wrong = {HOLDING: Kind.REJECTION, QUILL: Kind.OTHER}
    with monkeypatch.context() as patch:
        patch.setattr(understand, "classify", misreading(wrong))
        run(mailbox, store, day(7, 16))  # the thank-you to Omar
        run(mailbox, store, until)


def upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rereading, "CLASSIFIER_VERSION", CLASSIFIER_VERSION + "+next")


def test_an_upgrade_reads_the_stored_mail_again_and_drafts_nothing_twice(
    mailbox: LocalMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(":memory:") as store:
        read_by_the_old_classifier(mailbox, store, monkeypatch, day(10, 10, 5))
        assert ("rejection_reply", LEE) in made(store)
        assert run(mailbox, store, day(10, 10, 30)).reread == 0  # same version: nothing again
        upgrade(monkeypatch)
        after = run(mailbox, store, day(10, 11))
        assert after.reread == 4  # invite, reply, holding, Quillstone's rejection
        assert after.reread_changed == 2
        kinds = {o.envelope.message_id: o.signal.kind for o in store.observations()}
        assert (kinds[HOLDING], kinds[QUILL]) == (Kind.HOLDING_REPLY, Kind.REJECTION)
        states = {r.process_id: r.state for r in report(store, SETTINGS, day(10, 11))}
        assert states == {"fernleaf.example": Outcome.OPEN, "quillstone.example": Outcome.REJECTED}
        stages = sorted((r.stage.value, r.recipient) for r in after.drafts_made)
        assert stages == [
            ("holding_ack", LEE),
            ("rejection_reply", "priya.nair@quillstone.example"),
        ]
        assert made(store).count(("thank_you", "omar.diaz@fernleaf.example")) == 1
        again = run(mailbox, store, day(10, 12))
        assert (again.reread, again.drafts_made) == (0, [])


def test_what_fell_due_long_before_the_upgrade_is_missed_not_drafted(
    mailbox: LocalMailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(":memory:") as store:
        read_by_the_old_classifier(mailbox, store, monkeypatch, day(10, 10, 5))
        upgrade(monkeypatch)
        after = run(mailbox, store, day(20, 12))
        assert after.drafts_made == []
        missed = sorted((r.stage.value, r.recipient) for r in after.missed)
        assert ("holding_ack", LEE) in missed
        assert ("rejection_reply", "priya.nair@quillstone.example") in missed


def test_mail_gone_from_the_server_keeps_its_old_reading(
    mailbox: LocalMailbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with Store.open(":memory:") as store:
        read_by_the_old_classifier(mailbox, store, monkeypatch, day(10, 10, 5))
        (tmp_path / "mail" / "INBOX" / "03-still-reviewing.eml").unlink()
        upgrade(monkeypatch)
        after = run(mailbox, store, day(10, 11))
        assert after.reread == 3
        kinds = {o.envelope.message_id: o.signal.kind for o in store.observations()}
        assert kinds[HOLDING] is Kind.REJECTION
        assert after.drafts_made and all(
            r.stage is not Stage.HOLDING_ACK for r in after.drafts_made
        )


def test_a_fresh_account_is_stamped_with_the_version_and_not_read_twice(
    mailbox: LocalMailbox,
) -> None:
    with Store.open(":memory:") as store:
        first = run(mailbox, store, day(10, 10, 5))
        assert first.reread == 0 and first.messages_seen > 0
        assert store.classifier_version(mailbox.name) == CLASSIFIER_VERSION
