"""Corrections and re-reads against a real Dovecot, across a UIDVALIDITY change: a correction
keyed by Message-ID survives the rescan, and a re-read after an upgrade finds each message
under its new ref, changes its kind, and drafts nothing twice.

The account reads its inbox from a folder "Jobs" (inbox_folder), which the test deletes and
creates again: the server numbers it anew (a new UIDVALIDITY), as after a server migration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from dovecot_server import PASSWORD
from imap_client import ImapUser, make_message

from followupd import understand
from followupd.backends.imap.mailbox import ImapMailbox
from followupd.engine import cycle as engine
from followupd.engine import report
from followupd.engine import reread as rereading
from followupd.model import Correction, Kind, Outcome, Stage
from followupd.model.settings import Me, Settings
from followupd.store import Store
from followupd.understand import CLASSIFIER_VERSION

pytestmark = pytest.mark.dovecot
ME = "user@example.org"
DANA = "dana@employer.example"
HOLDING_ID = "<holding-42@employer.example>"
NOW = datetime.now(UTC).replace(microsecond=0)


def holding_reply() -> bytes:
    return make_message(
        "Re: Data Analyst interview",
        sender=f"Dana Lee <{DANA}>",
        to=ME,
        when=format_datetime(NOW - timedelta(hours=2)),
        message_id=HOLDING_ID,
        body="Hi,\n\nThe team is still reviewing candidates and it is taking longer than "
        "planned. I'll get back to you as soon as I hear more.\n\nThanks for your patience,\n"
        "Dana Lee\nRecruiter\n",
    )


def setup(imap_user: ImapUser) -> Settings:
    client = imap_user.client()
    assert client.create("Jobs")[0] == "OK"
    client.logout()
    imap_user.append("Jobs", holding_reply())
    account = imap_user.account(inbox_folder="Jobs")
    return Settings(me=Me(addresses=(ME,), timezone="UTC"), accounts=(account,))


def renumber(imap_user: ImapUser) -> None:
    """Jobs deleted and made again (a new UIDVALIDITY), the same message in it."""
    client = imap_user.client()
    assert client.delete("Jobs")[0] == "OK" and client.create("Jobs")[0] == "OK"
    client.logout()
    imap_user.append("Jobs", holding_reply())


def cycle(
    imap_user: ImapUser, store: Store, settings: Settings, at: datetime
) -> engine.CycleReport:
    with ImapMailbox(settings.accounts[0], lambda: PASSWORD) as box:
        return engine.run_cycle(box, store, settings, at)


def stages(report: engine.CycleReport) -> list[tuple[Stage, str]]:
    return [(record.stage, record.recipient) for record in report.drafts_made]


def drafts_on_the_server(imap_user: ImapUser) -> int:
    return len(imap_user.flags("Drafts"))


def test_a_correction_survives_a_rescan_after_a_uidvalidity_change(imap_user: ImapUser) -> None:
    settings = setup(imap_user)
    with Store.open(":memory:") as store:
        assert stages(cycle(imap_user, store, settings, NOW)) == [(Stage.HOLDING_ACK, DANA)]
        store.add_correction(Correction(HOLDING_ID, "kind", "rejection"))
        later = NOW + timedelta(minutes=5)
        assert stages(cycle(imap_user, store, settings, later)) == [(Stage.REJECTION_REPLY, DANA)]
        renumber(imap_user)
        rescanned = cycle(imap_user, store, settings, NOW + timedelta(minutes=10))
        assert rescanned.messages_seen == 1 and rescanned.drafts_made == []
        [process] = report(store, settings, NOW + timedelta(minutes=10))
        assert process.state is Outcome.REJECTED
    assert drafts_on_the_server(imap_user) == 2


def misreading(message_id: str, kind: Kind) -> Callable[..., object]:
    classify = understand.classify

    def old_classifier(mail, me, thread, **options):  # type: ignore[no-untyped-def]
        signal = classify(mail, me, thread, **options)
        return replace(signal, kind=kind) if mail.envelope.message_id == message_id else signal

    return old_classifier


def test_a_reread_after_an_upgrade_fetches_under_the_new_refs_and_drafts_nothing_twice(
    imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = setup(imap_user)
    with Store.open(":memory:") as store:
        with monkeypatch.context() as patch:
            patch.setattr(understand, "classify", misreading(HOLDING_ID, Kind.REJECTION))
            first = cycle(imap_user, store, settings, NOW)
        assert stages(first) == [(Stage.REJECTION_REPLY, DANA)]
        renumber(imap_user)
        assert cycle(imap_user, store, settings, NOW + timedelta(minutes=5)).drafts_made == []
        monkeypatch.setattr(rereading, "CLASSIFIER_VERSION", CLASSIFIER_VERSION + "+next")
        upgraded = cycle(imap_user, store, settings, NOW + timedelta(minutes=10))
        assert (upgraded.reread, upgraded.reread_changed) == (1, 1)
        assert stages(upgraded) == [(Stage.HOLDING_ACK, DANA)]
        [observation] = store.observations()
        assert observation.signal.kind is Kind.HOLDING_REPLY
        assert cycle(imap_user, store, settings, NOW + timedelta(minutes=15)).drafts_made == []
    assert drafts_on_the_server(imap_user) == 2
