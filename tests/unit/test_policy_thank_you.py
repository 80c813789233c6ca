"""POLICY.md thank_you: 1 h after the end, per interviewer, late after 24 h, skipped after 3 days,
not when cancelled or when the user already wrote to that person; reschedules move it."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from process_facts import ME, POLICY, Run, at, message, run_daemon, sent, step

from followupd.model.domain import Kind
from followupd.model.settings import PolicySettings
from followupd.policy.plan import plan, stage_statuses
from followupd.processes.grouping import build_processes

DANA = "Dana Lee <dana.lee@acme.example>"
OMAR = "Omar Haddad <omar.haddad@acme.example>"
LENA = "Lena Kowalski <lena.kowalski@acme.example>"


def booked(**facts: object):
    defaults: dict[str, object] = {
        "start": "2026-06-10 14:00",
        "end": "2026-06-10 15:00",
        "interviewers": [OMAR, LENA],
        "company": "Acme",
        "role": "Data Engineer",
        "subject": "Interview confirmed",
        "message_id": "<booked@acme.example>",
    }
    defaults.update(facts)
    return message(DANA, "2026-06-08 10:00", Kind.INTERVIEW_SCHEDULED, **defaults)  # type: ignore[arg-type]


def test_one_thank_you_per_interviewer_one_hour_after_the_end() -> None:
    run = run_daemon([booked()], "2026-06-08 00:00", "2026-06-12 00:00")
    assert sorted(run.stages()) == [
        ("thank_you", "lena.kowalski@acme.example"),
        ("thank_you", "omar.haddad@acme.example"),
    ]
    assert {t for t, _ in run.made} == {at("2026-06-10 16:00")}
    action = run.made[0][1]
    assert action.answers is not None and action.answers.message_id == "<booked@acme.example>"
    assert action.to[0].name in {"Omar Haddad", "Lena Kowalski"}
    assert (action.company, action.role, action.late) == ("Acme", "Data Engineer", False)


def test_nothing_is_drafted_before_the_due_moment() -> None:
    processes = build_processes([booked()], ME)
    assert plan(processes, [], at("2026-06-10 15:59"), POLICY, ME).draft == ()
    assert len(plan(processes, [], at("2026-06-10 16:00"), POLICY, ME).draft) == 2


def test_no_end_given_means_start_plus_the_default_length() -> None:
    run = run_daemon([booked(end=None)], "2026-06-08 00:00", "2026-06-12 00:00")
    assert {t for t, _ in run.made} == {at("2026-06-10 16:00")}
    shorter = PolicySettings(default_interview_length=timedelta(minutes=30))
    run = run_daemon([booked(end=None)], "2026-06-08 00:00", "2026-06-12 00:00", shorter)
    assert {t for t, _ in run.made} == {at("2026-06-10 15:30")}


def test_no_interviewer_known_thanks_the_employer_contact() -> None:
    run = run_daemon([booked(interviewers=[])], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you", "dana.lee@acme.example")]


def test_user_who_already_wrote_to_an_interviewer_gets_no_draft_for_them() -> None:
    before = sent(["omar.haddad@acme.example"], "2026-06-09 09:00", subject="See you tomorrow")
    own = sent(["lena.kowalski@acme.example"], "2026-06-10 15:20", subject="Thank you!")
    run = run_daemon([booked(), before, own], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you", "omar.haddad@acme.example")]
    (process,) = build_processes([booked(), before, own], ME)
    reasons = [s.reason for s in stage_statuses(process, [], at("2026-06-10 17:00"), POLICY, ME)]
    assert any("you wrote to them yourself" in r for r in reasons)


def test_late_after_a_day_and_skipped_after_three_days() -> None:
    late = Run()
    step(late, [booked()], at("2026-06-11 18:00"), POLICY, ME)
    assert [a.late for _, a in late.made] == [True, True]
    gone = Run()
    step(gone, [booked()], at("2026-06-13 15:01"), POLICY, ME)
    assert gone.made == [] and len(gone.missed) == 2


def test_cancelled_interview_gets_no_thank_you() -> None:
    cancel = message(DANA, "2026-06-09 10:00", Kind.INTERVIEW_CANCELLED, company="Acme")
    run = run_daemon([booked(), cancel], "2026-06-08 00:00", "2026-06-15 00:00")
    assert run.made == []


def test_reschedule_moves_the_thank_you() -> None:
    moved = message(
        DANA,
        "2026-06-09 10:00",
        Kind.INTERVIEW_RESCHEDULED,
        start="2026-06-11 10:00",
        end="2026-06-11 11:00",
        in_reply_to="<booked@acme.example>",
    )
    run = run_daemon([booked(), moved], "2026-06-08 00:00", "2026-06-15 00:00")
    assert {t for t, _ in run.made} == {at("2026-06-11 12:00")}
    assert len(run.made) == 2


def test_a_deleted_thank_you_is_never_made_again() -> None:
    first = Run()
    step(first, [booked()], at("2026-06-10 16:00"), POLICY, ME)
    deleted = [type(r)(*[getattr(r, f) for f in r.__slots__[:-1]], "deleted") for r in first.ledger]
    again = Run(ledger=deleted)
    step(again, [booked()], at("2026-06-10 18:00"), POLICY, ME)
    assert again.made == [] and again.missed == []


def test_second_interview_with_the_same_person_is_a_new_occurrence() -> None:
    second = message(
        DANA,
        "2026-06-12 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-06-17 10:00",
        end="2026-06-17 11:00",
        interviewers=[OMAR],
    )
    run = run_daemon([booked(), second], "2026-06-08 00:00", "2026-06-19 00:00")
    omar = [(t, a.occurrence) for t, a in run.made if a.to[0].address == "omar.haddad@acme.example"]
    assert omar == [(at("2026-06-10 16:00"), 1), (at("2026-06-17 12:00"), 2)]


def test_a_time_in_doubt_is_thanked_only_after_its_latest_plausible_end() -> None:
    # "2pm" read in New York, but it may be 2pm in Los Angeles: over at 6pm New York time
    doubtful = booked()
    doubtful = replace(doubtful, signal=replace(doubtful.signal, latest_end=at("2026-06-10 18:00")))
    run = run_daemon([doubtful], "2026-06-08 00:00", "2026-06-12 00:00")
    assert {t for t, _ in run.made} == {at("2026-06-10 19:00")}
    (process,) = build_processes([doubtful], ME)
    statuses = stage_statuses(process, [], at("2026-06-10 17:00"), POLICY, ME)
    thanks = {(s.status, s.until) for s in statuses if s.stage == "thank_you"}
    assert thanks == {("waiting", at("2026-06-10 19:00"))}


def test_a_doubt_without_an_end_keeps_the_configured_length() -> None:
    # no end given: latest_end is the latest start plus an hour (model.ASSUMED_LENGTH)
    doubtful = booked(end=None)
    doubtful = replace(doubtful, signal=replace(doubtful.signal, latest_end=at("2026-06-10 18:00")))
    longer = PolicySettings(default_interview_length=timedelta(minutes=90))
    run = run_daemon([doubtful], "2026-06-08 00:00", "2026-06-12 00:00", longer)
    assert {t for t, _ in run.made} == {at("2026-06-10 19:30")}
    earlier = replace(doubtful, signal=replace(doubtful.signal, latest_end=at("2026-06-10 14:30")))
    run = run_daemon([earlier], "2026-06-08 00:00", "2026-06-12 00:00", longer)
    assert {t for t, _ in run.made} == {at("2026-06-10 16:30")}
    shorter = PolicySettings(default_interview_length=timedelta(minutes=30))
    run = run_daemon([doubtful], "2026-06-08 00:00", "2026-06-12 00:00", shorter)
    assert {t for t, _ in run.made} == {at("2026-06-10 19:00")}  # never before latest_end + 1 h


@settings(max_examples=60, deadline=None)
@given(
    st.integers(-12 * 60, 26 * 60),  # latest_end, minutes after the start
    st.sampled_from([None, 30, 45, 90]),  # the stated length (None: not given)
    st.integers(15, 180),  # the configured default length
)
def test_no_thank_you_is_ever_due_before_the_latest_end_and_the_delay(
    latest: int, length: int | None, default: int
) -> None:
    start = at("2026-06-10 14:00")
    end = None if length is None else (start + timedelta(minutes=length)).isoformat()
    doubtful = booked(end=end)
    signal = replace(doubtful.signal, latest_end=start + timedelta(minutes=latest))
    policy = PolicySettings(default_interview_length=timedelta(minutes=default))
    (process,) = build_processes([replace(doubtful, signal=signal)], ME)
    statuses = stage_statuses(process, [], at("2026-06-08 12:00"), policy, ME)
    for status in statuses:
        if status.stage == "thank_you":
            assert status.until is not None
            assert status.until >= start + timedelta(minutes=latest) + policy.thank_you_delay
