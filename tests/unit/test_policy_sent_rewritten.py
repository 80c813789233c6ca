"""A drafted follow-up is known as sent where the sending server rewrote its Message-ID (Outlook
and Microsoft 365 keep the original in X-Microsoft-Original-Message-ID): by that header, by its
In-Reply-To / References, by its recipient, after the draft was made."""

from __future__ import annotations

from dataclasses import replace

from process_facts import at, message, record, run_daemon, sent
from test_policy_check_in import DANA_ADDR, booked, check_ins

from followupd.mail import parse_message

FIRST_DUE = "2026-06-22T09:00:00-04:00"  # the first check-in (7th business day)
SECOND_DUE = "2026-06-29T09:00:00-04:00"  # the 7th day after it was sent on 22 June


def draft_id() -> str:
    """The first check-in's Message-ID as the ledger records it (process_facts.record)."""
    run = run_daemon([booked()], "2026-06-08 00:00", "2026-06-23 00:00")
    (_, action) = next((t, a) for t, a in run.made if a.stage == "check_in")
    return record(action, at(FIRST_DUE)).message_id


def test_sent_to_another_address_it_is_known_by_its_original_message_id() -> None:
    """The user sent the check-in to the hiring manager instead of the recruiter: nothing but
    the rewritten id's original ties it to the draft."""
    mine = sent(["Hiring Manager <hm@acme.example>"], "2026-06-22 10:00", subject="Checking in")
    rewritten = replace(
        mine,
        envelope=replace(
            mine.envelope,
            message_id="<DM6PR10MB1234.namprd10.prod.outlook.com>",
            original_message_id=draft_id(),
        ),
    )
    run = run_daemon([booked(), rewritten], "2026-06-08 00:00", "2026-07-01 00:00")
    assert check_ins(run) == [(FIRST_DUE, DANA_ADDR, 1), (SECOND_DUE, DANA_ADDR, 2)]
    unrelated = replace(rewritten, envelope=replace(rewritten.envelope, original_message_id=None))
    run = run_daemon([booked(), unrelated], "2026-06-08 00:00", "2026-07-01 00:00")
    assert check_ins(run) == [(FIRST_DUE, DANA_ADDR, 1)]  # not sent: the chain waits


def test_sent_in_the_employers_thread_it_counts_as_sent() -> None:
    reply = sent(
        ["Hiring Manager <hm@acme.example>"],
        "2026-06-22 10:00",
        in_reply_to="<booked@acme.example>",
    )
    run = run_daemon([booked(), reply], "2026-06-08 00:00", "2026-07-01 00:00")
    assert check_ins(run) == [(FIRST_DUE, DANA_ADDR, 1), (SECOND_DUE, DANA_ADDR, 2)]


def test_a_message_sent_before_the_draft_was_made_is_not_it() -> None:
    early = sent([DANA_ADDR], "2026-06-19 10:00", in_reply_to="<booked@acme.example>")
    run = run_daemon([booked(), early], "2026-06-08 00:00", "2026-07-01 00:00")
    assert check_ins(run) == [(FIRST_DUE, DANA_ADDR, 1)]


def test_the_original_message_id_header_is_read() -> None:
    raw = (
        b"From: Sam Rivera <sam.rivera@example.com>\r\nTo: dana.lee@acme.example\r\n"
        b"Subject: Re: Interview\r\nDate: Mon, 22 Jun 2026 10:00:00 -0400\r\n"
        b"Message-ID: <DM6PR10MB1234@namprd10.prod.outlook.com>\r\n"
        b"X-Microsoft-Original-Message-ID: <acme.check_in.1@example.com>\r\n\r\nHi\r\n"
    )
    envelope = parse_message(raw).envelope
    assert envelope.original_message_id == "<acme.check_in.1@example.com>"
    assert (
        message("Dana <dana@acme.example>", "2026-06-22 10:00").envelope.original_message_id is None
    )


def test_imap_header_polls_bring_the_header() -> None:
    from followupd.backends.imap.sync import HEADER_FIELDS

    assert "X-Microsoft-Original-Message-ID" in HEADER_FIELDS.split()
