"""POLICY.md at-once stages (holding_ack, rejection_reply, offer_reply), closing a process across
threads, drafting nothing for acknowledgements, and a first run over old mail."""

from __future__ import annotations

from process_facts import ME, POLICY, Run, at, message, run_daemon, sent, step

from followupd.model.domain import Kind
from followupd.policy.plan import plan, stage_statuses
from followupd.processes.grouping import build_processes

KIM = "Kim Nguyen <kim.nguyen@redwoodatlas.example>"
KIM_ADDR = "kim.nguyen@redwoodatlas.example"
SOFIA = "Sofia Marquez <sofia.marquez@redwoodatlas.example>"
ATS = "Redwood Atlas <no-reply@hiretrack.example>"


def replies(run: Run) -> list[tuple[str, str]]:
    return [stage for stage in run.stages() if stage[0] != "thank_you"]


def booked():
    return message(
        KIM,
        "2026-01-20 14:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-01-27 11:00",
        end="2026-01-27 11:45",
        interviewers=[SOFIA],
        company="Redwood Atlas",
        message_id="<invite@redwoodatlas.example>",
    )


def test_holding_reply_gets_an_acknowledgement_at_once_in_its_thread() -> None:
    holding = message(KIM, "2026-02-03 10:12", Kind.HOLDING_REPLY, message_id="<h@ra.example>")
    run = run_daemon([booked(), holding], "2026-01-20 00:00", "2026-02-05 00:00")
    acks = [(t, a) for t, a in run.made if a.stage == "holding_ack"]
    assert [(t, a.to[0].address) for t, a in acks] == [(at("2026-02-03 10:12"), KIM_ADDR)]
    assert acks[0][1].answers is not None and acks[0][1].answers.message_id == "<h@ra.example>"


def test_no_acknowledgement_when_the_user_already_replied() -> None:
    holding = message(KIM, "2026-02-03 10:12", Kind.HOLDING_REPLY, message_id="<h@ra.example>")
    reply = sent([KIM_ADDR], "2026-02-03 10:30", in_reply_to="<h@ra.example>")
    run = Run()
    step(run, [booked(), holding, reply], at("2026-02-03 11:00"), POLICY, ME)
    assert [a.stage for _, a in run.made] == []


def test_holding_reply_from_a_no_reply_address_gets_no_acknowledgement() -> None:
    holding = message(ATS, "2026-02-03 10:12", Kind.HOLDING_REPLY, company="Redwood Atlas")
    run = Run()
    step(run, [booked(), holding], at("2026-02-03 11:00"), POLICY, ME)
    assert run.made == []


def test_ats_rejection_in_another_thread_closes_the_process_and_answers_the_reply_to() -> None:
    rejection = message(
        ATS,
        "2026-01-30 16:05",
        Kind.REJECTION,
        reply_to=[KIM],
        company="Redwood Atlas",
        message_id="<rej@hiretrack.example>",
    )
    run = run_daemon([booked(), rejection], "2026-01-20 00:00", "2026-03-01 00:00")
    assert run.stages() == [
        ("thank_you", "sofia.marquez@redwoodatlas.example"),
        ("rejection_reply", KIM_ADDR),
    ]
    (_, reply) = run.made[1]
    assert reply.answers is not None and reply.answers.message_id == "<rej@hiretrack.example>"


def test_rejection_from_a_bare_no_reply_goes_to_the_recruiter_in_their_thread() -> None:
    rejection = message(ATS, "2026-01-30 16:05", Kind.REJECTION, company="Redwood Atlas")
    run = run_daemon([booked(), rejection], "2026-01-29 00:00", "2026-03-01 00:00")
    assert replies(run) == [("rejection_reply", KIM_ADDR)]
    answers = run.made[-1][1].answers
    assert answers is not None and answers.message_id == "<invite@redwoodatlas.example>"


def test_rejection_before_the_interview_cancels_its_thank_you() -> None:
    rejection = message(KIM, "2026-01-26 09:00", Kind.REJECTION, company="Redwood Atlas")
    run = run_daemon([booked(), rejection], "2026-01-20 00:00", "2026-03-01 00:00")
    assert run.stages() == [("rejection_reply", KIM_ADDR)]


def test_no_rejection_reply_when_the_user_already_replied() -> None:
    rejection = message(KIM, "2026-01-30 16:05", Kind.REJECTION, message_id="<r@ra.example>")
    reply = sent([KIM_ADDR], "2026-01-30 16:30", in_reply_to="<r@ra.example>")
    run = Run()
    step(run, [booked(), rejection, reply], at("2026-01-30 17:00"), POLICY, ME)
    assert run.made == []


def test_offer_gets_an_offer_reply_and_nothing_else_follows() -> None:
    offer = message(KIM, "2026-01-29 12:00", Kind.OFFER, company="Redwood Atlas")
    run = run_daemon([booked(), offer], "2026-01-28 00:00", "2026-04-01 00:00")
    assert replies(run) == [("offer_reply", KIM_ADDR)]


def test_offer_letter_via_e_signature_service_answers_the_reply_to_person() -> None:
    letter = message(
        "Kim Nguyen via InkSign <dse@inksign.example>",
        "2026-01-29 12:00",
        Kind.OFFER,
        reply_to=[KIM],
        company="Redwood Atlas",
    )
    run = run_daemon([booked(), letter], "2026-01-28 00:00", "2026-04-01 00:00")
    assert replies(run) == [("offer_reply", KIM_ADDR)]


def test_the_users_withdrawal_stops_everything() -> None:
    withdrawal = sent([KIM_ADDR], "2026-01-26 09:00", subject="Withdrawing my application")
    run = run_daemon([booked(), withdrawal], "2026-01-20 00:00", "2026-03-01 00:00")
    assert run.made == []


def test_acknowledgements_and_requests_draft_nothing_but_open_a_process() -> None:
    ack = message(ATS, "2026-01-12 10:00", Kind.APPLICATION_RECEIVED, company="Redwood Atlas")
    request = message(KIM, "2026-01-14 10:00", Kind.INTERVIEW_REQUEST, company="Redwood Atlas")
    run = run_daemon([ack, request], "2026-01-12 00:00", "2026-03-01 00:00")
    assert run.made == []
    (process,) = build_processes([ack, request], ME)
    assert process.company == "Redwood Atlas"


def test_first_run_over_old_mail_records_stale_stages_as_missed() -> None:
    holding = message(KIM, "2026-02-02 10:00", Kind.HOLDING_REPLY, company="Redwood Atlas")
    run = Run()
    step(run, [booked(), holding], at("2026-03-01 12:00"), POLICY, ME)
    assert run.made == []
    assert sorted(a.stage.value for _, a in run.missed) == ["check_in", "holding_ack", "thank_you"]
    step(run, [booked(), holding], at("2026-03-01 12:05"), POLICY, ME)
    assert run.made == [] and len(run.missed) == 3


def test_first_run_drafts_what_fell_due_less_than_three_days_ago() -> None:
    holding = message(KIM, "2026-02-27 10:00", Kind.HOLDING_REPLY, company="Redwood Atlas")
    run = Run()
    step(run, [booked(), holding], at("2026-03-01 12:00"), POLICY, ME)
    assert [a.stage.value for _, a in run.made] == ["holding_ack"]
    assert [a.stage.value for _, a in run.missed] == ["thank_you"]


def test_plan_is_deterministic_and_statuses_explain_every_stage() -> None:
    rejection = message(ATS, "2026-01-30 16:05", Kind.REJECTION, company="Redwood Atlas")
    processes = build_processes([booked(), rejection], ME)
    now = at("2026-01-30 17:00")
    assert plan(processes, [], now, POLICY, ME) == plan(processes, [], now, POLICY, ME)
    statuses = stage_statuses(processes[0], [], now, POLICY, ME)
    by_stage = {s.stage.value: s for s in statuses}
    assert by_stage["check_in"].status == "ruled_out"
    assert "rejected" in by_stage["check_in"].reason
    assert by_stage["rejection_reply"].status == "due"
    assert by_stage["thank_you"].status == "ruled_out"


def test_one_closing_reply_per_process_even_when_the_contact_changes_after() -> None:
    rejection = message(ATS, "2026-01-30 16:05", Kind.REJECTION, company="Redwood Atlas")
    later = message(SOFIA, "2026-01-31 09:00", company="Redwood Atlas", subject="Feedback")
    run = run_daemon([booked(), rejection, later], "2026-01-29 00:00", "2026-03-01 00:00")
    assert replies(run) == [("rejection_reply", KIM_ADDR)]


def test_a_holding_ack_ruled_out_by_the_users_reply_says_so_after_a_later_rejection() -> None:
    holding = message(KIM, "2026-02-03 10:00", Kind.HOLDING_REPLY, message_id="<h1@redwoodatlas>")
    reply = sent([KIM], "2026-02-03 12:00", in_reply_to="<h1@redwoodatlas>")
    rejection = message(KIM, "2026-02-10 09:00", Kind.REJECTION)
    processes = build_processes([booked(), holding, reply, rejection], ME)
    statuses = stage_statuses(processes[0], [], at("2026-02-20 09:00"), POLICY, ME)
    (ack,) = [s for s in statuses if s.stage.value == "holding_ack"]
    assert (ack.status, ack.reason) == ("ruled_out", "you already replied")
