"""Review findings on what gets drafted and on `simulate`'s flags: newsletters and auto-replies
are not the employer writing, a new interview after a rejection is a new episode, calendar
mailboxes are not thanked, and flags that contradict each other are usage errors (exit 2)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from classify_mail import eml, signal_of
from process_facts import ME, at, message, run_daemon, sent

from followupd.cli import main
from followupd.model.domain import Kind, Observation, Stage
from followupd.processes.grouping import build_processes
from followupd.understand.classifier import AUTOMATED_RULES
from followupd.understand.rules import RULES

INTERVIEW = """\
From: Dana Lee <dana.lee@acme.example>
To: Sam Rivera <sam.rivera@example.com>
Date: Thu, 05 Mar 2026 10:00:00 -0500
Message-ID: <dana-1@acme.example>
Subject: Interview confirmed: Data Analyst
Content-Type: text/plain; charset=utf-8

Hi Sam, your interview for the Data Analyst role at Acme is confirmed for Tuesday,
March 10, 2026 from 2:00 to 3:00 pm ET with me.

Best,
Dana Lee
"""
ARGS = ["--me", "sam.rivera@example.com", "--timezone", "America/New_York"]


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "INBOX"
    inbox.mkdir()
    (inbox / "01.eml").write_text(INTERVIEW)
    return tmp_path


def test_simulate_until_before_from_is_a_usage_error(
    mailbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    span = ["--from", "2026-04-01T00:00:00-04:00", "--until", "2026-03-01T00:00:00-05:00"]
    assert main(["simulate", str(mailbox), *ARGS, *span]) == 2
    assert "before --from" in capsys.readouterr().err


def test_simulate_unknown_holiday_country_is_a_usage_error_like_a_bad_zone(
    mailbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", str(mailbox), *ARGS, "--holidays", "XX"]) == 2
    assert "XX" in capsys.readouterr().err
    assert main(["simulate", str(mailbox), "--timezone", "Nowhere/Atlantis"]) == 2


def test_simulate_accepts_a_known_country_and_an_ordered_span(mailbox: Path) -> None:
    span = ["--from", "2026-03-01T00:00:00-05:00", "--until", "2026-03-12T00:00:00-04:00"]
    assert main(["simulate", str(mailbox), *ARGS, "--holidays", "us", *span, "--json"]) == 0


# --- 4/5: newsletters and auto-replies are nobody writing


def _automated(observation: Observation) -> Observation:
    return replace(observation, signal=replace(observation.signal, automated=True))


def test_every_automated_rule_name_is_a_rule_of_the_table() -> None:
    names = {rule.name for rule in RULES}
    assert not AUTOMATED_RULES - names


@pytest.mark.parametrize(
    ("headers", "subject", "body"),
    [
        (
            [("List-Id", "<eng-blog.acme.example>"), ("Precedence", "bulk")],
            "This week at Acme Engineering",
            "Read our latest posts this week on data pipelines. Unsubscribe anytime.",
        ),
        (
            [("Auto-Submitted", "auto-replied")],
            "Re: Interview confirmed",
            "I am away until Monday with limited access to email.",
        ),
    ],
)
def test_the_classifier_marks_bulk_mail_and_auto_replies_automated(
    headers: list[tuple[str, str]], subject: str, body: str
) -> None:
    signal = signal_of(eml(body, subject, headers=headers))
    assert signal.kind is Kind.OTHER
    assert signal.automated


def test_a_person_writing_plainly_is_not_automated() -> None:
    signal = signal_of(eml("Hi Sam, quick question about your start date.", "Question"))
    assert not signal.automated


def _newsletter(when: str) -> Observation:
    return _automated(
        message("Acme Engineering Blog <engineering@acme.example>", when, subject="This week")
    )


def test_a_newsletter_from_the_employers_domain_is_no_contact_and_moves_no_check_in() -> None:
    booked = message(
        "Dana Lee <dana.lee@acme.example>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
        interviewers=["dana.lee@acme.example"],
    )
    letters = [_newsletter(f"2026-03-{day} 08:00") for day in (12, 19, 26)]
    (process,) = build_processes([booked, *letters], ME)
    assert process.contact is not None and process.contact.address == "dana.lee@acme.example"
    assert process.last_employer_message == booked
    run = run_daemon([booked, *letters], "2026-03-05 09:00", "2026-04-20 00:00")
    check_ins = [(t, a.to[0].address) for t, a in run.made if a.stage is Stage.CHECK_IN]
    assert check_ins == [(at("2026-03-19 09:00"), "dana.lee@acme.example")]


def test_an_auto_reply_known_by_its_headers_does_not_restart_the_clock() -> None:
    booked = message(
        "Dana Lee <dana.lee@acme.example>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        message_id="<dana-1@acme.example>",
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
        interviewers=["dana.lee@acme.example"],
    )
    thanks = sent(
        ["dana.lee@acme.example"], "2026-03-12 10:30", in_reply_to="<dana-1@acme.example>"
    )
    away = _automated(
        message(
            "Dana Lee <dana.lee@acme.example>",
            "2026-03-12 10:31",
            subject="Re: Interview confirmed",
            in_reply_to=thanks.envelope.message_id,
        )
    )
    (process,) = build_processes([booked, thanks, away], ME)
    assert away in process.observations
    assert process.last_employer_message == booked
    run = run_daemon([booked, thanks, away], "2026-03-05 09:00", "2026-03-25 00:00")
    assert run.made_at("check_in", "dana.lee@acme.example") == [at("2026-03-19 09:00")]
