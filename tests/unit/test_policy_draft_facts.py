"""What a due draft carries for its text: the latest message of its conversation, the language
the employer writes in, the interview it follows up on, an offer's reply-by date and role."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from process_facts import ME, POLICY, USER, at, message, run_daemon, sent

from followupd.model import Kind, Observation, Person, Session, Stage
from followupd.policy.plan import plan
from followupd.processes.grouping import build_processes

JONAH = "Jonah Abrams <jonah@quill.example>"
KIM = "Kim Ode <kim@quill.example>"


def speaking(observation: Observation, language: str) -> Observation:
    return replace(observation, signal=replace(observation.signal, language=language))


def five_messages() -> list[Observation]:
    ask = message(
        JONAH, "2026-02-02 09:05", Kind.INTERVIEW_REQUEST, message_id="<q1@quill.example>"
    )
    times = sent([JONAH], "2026-02-02 12:40", in_reply_to="<q1@quill.example>", message_id="<q2@x>")
    booked = message(
        JONAH,
        "2026-02-02 15:22",
        Kind.INTERVIEW_SCHEDULED,
        message_id="<q3@quill.example>",
        in_reply_to="<q2@x>",
        start="2026-02-05 14:00",
        end="2026-02-05 14:45",
        interviewers=[JONAH],
    )
    ok = sent([JONAH], "2026-02-02 16:01", in_reply_to="<q3@quill.example>", message_id="<q4@x>")
    thanks = sent([JONAH], "2026-02-05 17:10", in_reply_to="<q4@x>", message_id="<q5@x>")
    return [ask, times, booked, ok, thanks]


def check_ins(observations: list[Observation], until: str = "2026-03-01 00:00") -> list:
    run = run_daemon(observations, "2026-02-01 00:00", until)
    return [a for _, a in run.made if a.stage is Stage.CHECK_IN]


def test_a_check_in_answers_the_latest_message_of_its_conversation_the_users_own_included() -> None:
    (check_in,) = check_ins(five_messages())
    assert check_in.answers is not None
    assert check_in.answers.message_id == "<q5@x>"  # the user's own last message
    assert [p.address for p in check_in.to] == ["jonah@quill.example"]  # still the employer


def test_a_later_message_the_recipient_took_no_part_in_is_not_the_one_answered() -> None:
    aside = sent([KIM], "2026-02-06 10:00", in_reply_to="<q5@x>")  # to someone else, same thread
    (check_in,) = check_ins([*five_messages(), aside])
    assert check_in.answers is not None
    assert check_in.answers.message_id == "<q5@x>"


def test_the_draft_language_is_the_employers_in_the_conversation() -> None:
    german = [speaking(o, "de") if not o.from_user else speaking(o, "en") for o in five_messages()]
    (check_in,) = check_ins(german)
    assert check_in.language == "de"  # the user's own English does not count


def test_the_language_of_the_conversation_beats_the_rest_of_the_process() -> None:
    observations = [speaking(o, "fr") for o in five_messages()[:4]]
    other_thread = speaking(
        message(JONAH, "2026-02-03 09:00", Kind.HOLDING_REPLY, message_id="<other@quill>"), "en"
    )
    processes = build_processes([*observations, other_thread], ME)
    now = at("2026-02-03 09:01")
    (ack,) = [a for a in plan(processes, [], now, POLICY, ME).draft if a.stage is Stage.HOLDING_ACK]
    assert ack.language == "en"  # it answers the English holding reply's own thread


def test_a_check_in_to_the_coordinator_carries_the_interviews_people_and_sessions() -> None:
    coordinator = "Rosa Delgado <rosa@tide.example>"
    tomas = Person("tomas@tide.example", "Tomás Ferreira")
    invite = message(
        coordinator,
        "2026-03-02 10:30",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 11:00",
        end="2026-03-10 11:50",
        interviewers=["Tomás Ferreira <tomas@tide.example>"],
    )
    (check_in,) = check_ins([invite], until="2026-04-01 00:00")
    assert check_in.interviewers == (tomas,)
    assert check_in.interview_start == at("2026-03-10 11:00")


def test_an_offer_reply_carries_the_offers_reply_by_date_and_role() -> None:
    offer = message(JONAH, "2026-03-18 10:45", Kind.OFFER, role="Data Analyst")
    offer = replace(offer, signal=replace(offer.signal, reply_by=date(2026, 3, 27)))
    earlier = message(
        JONAH, "2026-03-01 10:00", Kind.HOLDING_REPLY, role="Analyst", decision_by="2026-03-13"
    )
    run = run_daemon([earlier, offer], "2026-03-01 00:00", "2026-03-19 00:00")
    (reply,) = [a for _, a in run.made if a.stage is Stage.OFFER_REPLY]
    assert reply.reply_by == date(2026, 3, 27)
    assert reply.role == "Data Analyst"
    assert reply.decision_by == date(2026, 3, 13)  # the employer's own date stays separate


def test_a_thank_you_carries_the_sessions_of_its_interview() -> None:
    dana = Person("dana@acme.example", "Dana Lee")
    invite = message(
        "Priya <priya@acme.example>",
        "2026-03-02 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 13:00",
        end="2026-03-10 14:30",
        interviewers=["Dana Lee <dana@acme.example>"],
    )
    sessions = (Session(dana, title="System design"),)
    invite = replace(invite, signal=replace(invite.signal, sessions=sessions))
    processes = build_processes([invite], ME)
    interview = processes[0].interviews[0]
    processes = (replace(processes[0], interviews=(replace(interview, sessions=sessions),)),)
    actions = plan(processes, [], at("2026-03-10 15:31"), POLICY, ME).draft
    (thank_you,) = [a for a in actions if a.stage is Stage.THANK_YOU]
    assert thank_you.sessions == sessions
    assert USER not in {p.address for p in thank_you.to}
