"""A doubtful trigger waits for the user's word ("needs a look"): it counts as the employer
writing (no nag follows it) but closes nothing, books nothing and is answered by nothing, until
the user confirms or corrects it. Hand-made low-confidence readings: the classifier's own are 1.0
until the second opinion lands."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, at, message, run_daemon, sent

from followupd.model import CONFIDENT, Correction, Kind, Observation, Outcome
from followupd.processes import build_processes
from followupd.understand import apply_corrections

KIM = "Kim Nguyen <kim.nguyen@redwoodatlas.example>"
KIM_ADDR = "kim.nguyen@redwoodatlas.example"
SOFIA = "Sofia Marquez <sofia.marquez@redwoodatlas.example>"
SOFIA_ADDR = "sofia.marquez@redwoodatlas.example"


def doubtful(observation: Observation, confidence: float = 0.3) -> Observation:
    return replace(observation, signal=replace(observation.signal, confidence=confidence))


def booked() -> Observation:
    return message(
        KIM,
        "2026-01-20 14:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-01-27 11:00",
        end="2026-01-27 11:45",
        interviewers=[SOFIA],
        message_id="<invite@redwoodatlas.example>",
    )


def rejection(confidence: float = 0.3) -> Observation:
    news = message(KIM, "2026-02-03 10:12", Kind.REJECTION, message_id="<no@redwoodatlas.example>")
    return doubtful(news, confidence)


def test_a_doubtful_rejection_closes_nothing_drafts_nothing_and_needs_a_look() -> None:
    [process] = build_processes([booked(), rejection()], ME)
    assert process.outcome is Outcome.OPEN and process.closed_by is None
    [look] = process.needs_look
    assert look.observation.envelope.message_id == "<no@redwoodatlas.example>"
    assert look.reason == "reads as rejection with confidence 0.30"
    run = run_daemon([booked(), rejection()], "2026-01-20 00:00", "2026-02-06 00:00")
    assert ("rejection_reply", KIM_ADDR) not in run.stages()


def test_a_doubtful_message_still_restarts_the_check_in_clock() -> None:
    """The employer wrote: the check-in that was due a week after the interview waits 7
    business days after the held message instead."""
    run = run_daemon([booked(), rejection()], "2026-01-20 00:00", "2026-02-20 00:00")
    check_ins = run.made_at("check_in", KIM_ADDR)
    assert check_ins == [at("2026-02-12 09:00")]  # 7 business days after Tue Feb 3


def test_confirming_it_releases_the_rejection_reply() -> None:
    confirmed = apply_corrections(
        [booked(), rejection()], [Correction("<no@redwoodatlas.example>", "confirm")]
    )
    [process] = build_processes(confirmed, ME)
    assert process.outcome is Outcome.REJECTED and process.needs_look == ()
    run = run_daemon(confirmed, "2026-01-20 00:00", "2026-02-06 00:00")
    assert run.made_at("rejection_reply", KIM_ADDR) == [at("2026-02-03 10:12")]


def test_correcting_its_kind_releases_it_as_the_new_kind() -> None:
    fixed = apply_corrections(
        [booked(), rejection()], [Correction("<no@redwoodatlas.example>", "kind", "holding_reply")]
    )
    run = run_daemon(fixed, "2026-01-20 00:00", "2026-02-06 00:00")
    assert ("holding_ack", KIM_ADDR) in run.stages()
    assert ("rejection_reply", KIM_ADDR) not in run.stages()


def test_a_doubtful_interview_is_booked_only_once_confirmed() -> None:
    held = doubtful(booked())
    [process] = build_processes([held], ME)
    assert process.interviews == () and len(process.needs_look) == 1
    run = run_daemon([held], "2026-01-20 00:00", "2026-01-30 00:00")
    assert run.made_at("thank_you", SOFIA_ADDR) == []
    confirmed = apply_corrections([held], [Correction("<invite@redwoodatlas.example>", "confirm")])
    run = run_daemon(confirmed, "2026-01-20 00:00", "2026-01-30 00:00")
    assert run.made_at("thank_you", SOFIA_ADDR) == [at("2026-01-27 12:45")]


def test_a_doubtful_holding_reply_is_not_acknowledged_and_sets_no_decision_date() -> None:
    holding = message(
        KIM,
        "2026-02-03 10:12",
        Kind.HOLDING_REPLY,
        decision_by="2026-02-20",
        message_id="<h@ra.example>",
    )
    [process] = build_processes([booked(), doubtful(holding)], ME)
    assert process.decision_by is None
    run = run_daemon([booked(), doubtful(holding)], "2026-01-20 00:00", "2026-02-06 00:00")
    assert ("holding_ack", KIM_ADDR) not in run.stages()


def test_a_doubtful_rejection_does_not_split_the_employer_into_episodes() -> None:
    later = message(
        KIM, "2026-02-10 09:00", Kind.INTERVIEW_REQUEST, message_id="<again@ra.example>"
    )
    processes = build_processes([booked(), rejection(), later], ME)
    assert [p.id for p in processes] == ["redwoodatlas.example"]
    confirmed = apply_corrections(
        [booked(), rejection(), later], [Correction("<no@redwoodatlas.example>", "confirm")]
    )
    ids = [p.id for p in build_processes(confirmed, ME)]
    assert ids == ["redwoodatlas.example", "redwoodatlas.example#2"]


def test_confident_readings_and_the_users_own_mail_are_never_held() -> None:
    at_threshold = rejection(confidence=CONFIDENT)
    [process] = build_processes([booked(), at_threshold], ME)
    assert process.needs_look == () and process.outcome is Outcome.REJECTED
    mine = sent([KIM], "2026-01-21 09:00")
    mine = replace(mine, signal=replace(mine.signal, kind=Kind.OFFER, confidence=0.1))
    [process] = build_processes([booked(), mine], ME)
    assert process.needs_look == ()


def test_what_triggers_nothing_is_never_held() -> None:
    request = doubtful(message(KIM, "2026-01-19 09:00", Kind.INTERVIEW_REQUEST))
    [process] = build_processes([request, booked()], ME)
    assert process.needs_look == ()
