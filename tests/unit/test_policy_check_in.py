"""POLICY.md check-in chain: first check-in, second only after the first was sent, final note,
decision dates, holidays, holding replies restarting the clock, unsent drafts ending a chain."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, POLICY, Run, at, message, run_daemon, sent, shifted

from followupd.model.domain import Kind, Observation
from followupd.model.settings import Me, PolicySettings
from followupd.policy.plan import stage_statuses
from followupd.processes.grouping import build_processes

DANA = "Dana Lee <dana.lee@acme.example>"
DANA_ADDR = "dana.lee@acme.example"
OMAR = "Omar Haddad <omar.haddad@acme.example>"


def booked(when: str = "2026-06-08 10:00", **facts: object):
    defaults: dict[str, object] = {
        "start": "2026-06-10 14:00",
        "end": "2026-06-10 15:00",
        "interviewers": [OMAR],
        "company": "Acme",
        "message_id": "<booked@acme.example>",
    }
    defaults.update(facts)
    return message(DANA, when, Kind.INTERVIEW_SCHEDULED, **defaults)  # type: ignore[arg-type]


def check_ins(run: Run) -> list[tuple[str, str, int]]:
    return [
        (t.isoformat(), a.to[0].address, a.occurrence)
        for t, a in run.made
        if a.stage in {"check_in", "final_note"}
    ]


def test_seventh_business_day_after_the_interview_skips_juneteenth() -> None:
    run = run_daemon([booked()], "2026-06-08 00:00", "2026-06-26 00:00")
    assert check_ins(run) == [("2026-06-22T09:00:00-04:00", DANA_ADDR, 1)]
    (_, action) = next((t, a) for t, a in run.made if a.stage == "check_in")
    assert action.answers is not None and action.answers.message_id == "<booked@acme.example>"


def test_a_later_employer_message_starts_the_clock() -> None:
    note = message(DANA, "2026-06-12 11:00", company="Acme", in_reply_to="<booked@acme.example>")
    run = run_daemon([booked(), note], "2026-06-08 00:00", "2026-06-26 00:00")
    # 7 business days after Fri 12 June, Juneteenth (Fri 19) excluded: Wed 24 June
    assert check_ins(run) == [("2026-06-24T09:00:00-04:00", DANA_ADDR, 1)]


def test_decision_date_means_the_first_business_day_after_it() -> None:
    stated = booked(
        "2026-05-07 14:00",
        decision_by="2026-05-22",
        start="2026-05-13 10:00",
        end="2026-05-13 11:00",
    )
    run = run_daemon([stated], "2026-05-08 00:00", "2026-05-30 00:00")
    # Friday 22 May, Memorial Day Monday 25: Tuesday 26 May
    assert check_ins(run) == [("2026-05-26T09:00:00-04:00", DANA_ADDR, 1)]


def test_no_check_in_for_an_application_or_an_unanswered_request() -> None:
    ack = message(DANA, "2026-06-01 09:00", Kind.APPLICATION_RECEIVED, company="Acme")
    request = message(DANA, "2026-06-02 09:00", Kind.INTERVIEW_REQUEST, company="Acme")
    run = run_daemon([ack, request], "2026-06-01 00:00", "2026-07-15 00:00")
    assert run.made == []


def test_second_check_in_waits_for_the_first_to_be_sent_then_the_final_note() -> None:
    first_sent = sent([DANA_ADDR], "2026-06-22 10:00", subject="Checking in")
    second_sent = sent([DANA_ADDR], "2026-06-29 11:00", subject="Re: Checking in")
    mail = [booked(), first_sent, second_sent]
    run = run_daemon(mail, "2026-06-08 00:00", "2026-08-31 00:00")
    assert check_ins(run) == [
        ("2026-06-22T09:00:00-04:00", DANA_ADDR, 1),
        ("2026-06-29T09:00:00-04:00", DANA_ADDR, 2),  # the 7th day after 22 June
        ("2026-07-09T09:00:00-04:00", DANA_ADDR, 1),  # 7 business days, 3 July observed
    ]
    assert [a.stage for _, a in run.made if a.stage != "thank_you"][-1] == "final_note"


def test_second_check_in_falling_on_a_holiday_moves_to_the_next_business_day() -> None:
    first_sent = sent([DANA_ADDR], "2026-06-26 10:00", subject="Checking in")
    run = run_daemon([booked(), first_sent], "2026-06-08 00:00", "2026-07-20 00:00")
    assert check_ins(run)[1] == ("2026-07-06T09:00:00-04:00", DANA_ADDR, 2)


def test_an_unsent_check_in_ends_the_chain() -> None:
    run = run_daemon([booked()], "2026-06-08 00:00", "2026-09-30 00:00")
    assert len(check_ins(run)) == 1
    (process,) = build_processes([booked()], ME)
    statuses = stage_statuses(process, run.ledger, at("2026-09-30 00:00"), POLICY, ME)
    assert any("not sent" in s.reason for s in statuses if s.stage == "check_in")


def test_an_employer_reply_restarts_the_chain_with_a_new_occurrence() -> None:
    holding = message(DANA, "2026-07-01 10:00", Kind.HOLDING_REPLY, company="Acme")
    run = run_daemon([booked(), holding], "2026-06-08 00:00", "2026-07-31 00:00")
    # 7 business days after Wed 1 July, 3 July observed: Mon 13 July
    assert check_ins(run) == [
        ("2026-06-22T09:00:00-04:00", DANA_ADDR, 1),
        ("2026-07-13T09:00:00-04:00", DANA_ADDR, 2),
    ]
    keys = [(r.stage, r.recipient, r.occurrence) for r in run.ledger]
    assert len(keys) == len(set(keys))


def test_never_more_than_max_check_ins_per_process() -> None:
    replies = [
        message(DANA, when, Kind.HOLDING_REPLY, company="Acme")
        for when in ("2026-07-01 10:00", "2026-07-20 10:00", "2026-08-10 10:00")
    ]
    run = run_daemon([booked(), *replies], "2026-06-08 00:00", "2026-09-30 00:00")
    assert [c[2] for c in check_ins(run)] == [1, 2]
    one = PolicySettings(max_check_ins=1)
    run = run_daemon([booked(), *replies], "2026-06-08 00:00", "2026-09-30 00:00", one)
    assert len(check_ins(run)) == 1


def test_holding_reply_with_a_date_sets_the_next_check_in() -> None:
    holding = message(
        DANA, "2026-06-15 10:00", Kind.HOLDING_REPLY, company="Acme", decision_by="2026-06-17"
    )
    run = run_daemon([booked(), holding], "2026-06-08 00:00", "2026-06-30 00:00")
    assert check_ins(run) == [("2026-06-18T09:00:00-04:00", DANA_ADDR, 1)]


def test_no_reply_only_process_drafts_no_check_in_and_says_why() -> None:
    ats = message(
        "Acme Careers <no-reply@greenhouse.io>",
        "2026-06-08 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-06-10 14:00",
        end="2026-06-10 15:00",
        interviewers=[OMAR],
        company="Acme",
    )
    run = run_daemon([ats], "2026-06-08 00:00", "2026-07-15 00:00")
    assert run.stages() == [("thank_you", "omar.haddad@acme.example")]
    (process,) = build_processes([ats], ME)
    (status,) = [
        s
        for s in stage_statuses(process, [], at("2026-07-01"), POLICY, ME)
        if s.stage == "check_in"
    ]
    assert status.status == "ruled_out" and "no employer contact" in status.reason


def test_day_based_stages_follow_the_configured_hour_and_count() -> None:
    policy = PolicySettings(check_in_hour=14, check_in_business_days=3)
    run = run_daemon([booked()], "2026-06-08 00:00", "2026-06-26 00:00", policy)
    assert check_ins(run) == [("2026-06-15T14:00:00-04:00", DANA_ADDR, 1)]


def test_business_days_counted_in_the_users_zone_across_a_dst_change() -> None:
    tokyo_late = booked(start="2026-10-30 20:00", end="2026-10-30 21:00")  # Fri evening NY
    run = run_daemon([tokyo_late], "2026-10-28 00:00", "2026-11-30 00:00")
    # Fri 30 Oct; DST ends Sun 1 Nov; 7 business days: Tue 10 Nov, 9:00 EST
    assert check_ins(run) == [("2026-11-10T09:00:00-05:00", DANA_ADDR, 1)]
    berlin = Me(addresses=ME.addresses, timezone="Europe/Berlin", holidays="DE")
    run = run_daemon([tokyo_late], "2026-10-28 00:00", "2026-11-30 00:00", me=berlin)
    # 02:00 Sat 31 Oct in Berlin: 7 business days after Saturday is Tue 10 Nov
    assert [t for t, a in run.made if a.stage == "check_in"] == [at("2026-11-10T09:00:00+01:00")]


def _own_check_in(when: str) -> Observation:
    mail = sent([DANA_ADDR], when, subject="Re: Interview")
    return shifted(mail, signal=replace(mail.signal, user_act="followed_up"))


def test_a_check_in_the_user_wrote_that_morning_before_the_draft_counts_as_sent() -> None:
    # both sent before 09:00 on their due days: the chain goes on as if from the drafts
    first_sent = _own_check_in("2026-06-22 08:40")
    second_sent = _own_check_in("2026-06-29 08:50")
    run = run_daemon([booked(), first_sent, second_sent], "2026-06-08 00:00", "2026-08-31 00:00")
    assert check_ins(run) == [
        ("2026-06-22T09:00:00-04:00", DANA_ADDR, 1),
        ("2026-06-29T09:00:00-04:00", DANA_ADDR, 2),
        ("2026-07-09T09:00:00-04:00", DANA_ADDR, 1),
    ]


def test_a_message_the_day_before_the_draft_is_no_check_in_sent() -> None:
    earlier = sent([DANA_ADDR], "2026-06-21 18:00", subject="Quick question")
    run = run_daemon([booked(), earlier], "2026-06-08 00:00", "2026-08-31 00:00")
    assert len(check_ins(run)) == 1


def test_another_message_that_morning_is_no_check_in_sent() -> None:
    transcript = sent([DANA_ADDR], "2026-06-22 07:30", subject="Re: Transcript")
    run = run_daemon([booked(), transcript], "2026-06-08 00:00", "2026-08-31 00:00")
    assert len(check_ins(run)) == 1
