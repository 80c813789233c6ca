"""A UIDVALIDITY change on a real Dovecot loses nothing: new mail reusing old UIDs is read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from dovecot_server import PASSWORD
from imap_client import ImapUser, make_message

from followupd.backends.imap.mailbox import ImapMailbox
from followupd.engine.sync import pull_changes
from followupd.model.settings import Me, Settings
from followupd.store.database import Store

pytestmark = pytest.mark.dovecot
NOW = datetime(2026, 11, 5, 12, tzinfo=UTC)
ME = "user@example.org"


def _sent(subject: str, when: str, message_id: str, body: str) -> bytes:
    return make_message(
        subject,
        sender=ME,
        to="dana@employer.example",
        when=when,
        message_id=message_id,
        body=body,
    )


def test_mail_that_reuses_old_uids_after_a_uidvalidity_change_is_observed(
    imap_user: ImapUser,
) -> None:
    settings = Settings(me=Me(addresses=(ME,), timezone="UTC"))
    invite = make_message(
        "Interview confirmed: Data Analyst",
        body="Your interview for the Data Analyst role is confirmed for Tuesday, "
        "November 10, 2026 from 2:00 to 3:00 pm UTC.\n",
        when="Mon, 02 Nov 2026 10:00:00 +0000",
        message_id="<invite@employer.example>",
    )
    imap_user.append("INBOX", invite)
    thanks = _sent(
        "Re: Interview confirmed: Data Analyst",
        "Tue, 03 Nov 2026 10:00:00 +0000",
        "<thanks@example.org>",
        "Thanks Dana, see you then.\n",
    )
    imap_user.append("Sent", thanks, "\\Seen")
    with Store.open(":memory:") as store:
        with ImapMailbox(imap_user.account(), lambda: PASSWORD) as box:
            pull_changes(box, store, settings, NOW)
        client = imap_user.client()  # Sent deleted and made again: UIDs start from 1 again
        assert client.delete("Sent")[0] == "OK" and client.create("Sent")[0] == "OK"
        client.logout()
        withdrawal = _sent(
            "Withdrawing my application",
            "Wed, 04 Nov 2026 10:00:00 +0000",
            "<withdraw@example.org>",
            "Hi Dana, I am withdrawing my application.\n",
        )
        imap_user.append("Sent", withdrawal, "\\Seen")  # UID 1, as the thank-you had
        imap_user.append("Sent", thanks, "\\Seen")
        with ImapMailbox(imap_user.account(), lambda: PASSWORD) as box:
            pull_changes(box, store, settings, NOW)
        observed = [o.envelope.message_id for o in store.observations()]
    assert "<withdraw@example.org>" in observed
    assert observed.count("<thanks@example.org>") == 1  # the same message is not taken twice
