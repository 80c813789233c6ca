"""An interview's sessions and coordinator, carried from its messages (processes/interviews.py),
and its people named without an address reached when a message gives one (processes/reach.py)."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, at, message, sent

from followupd.model.domain import Kind, Observation, Person, Session
from followupd.processes.grouping import build_processes

MAYA = "Maya Brooks <maya.brooks@acme.example>"
COORDINATOR = Person("maya.brooks@acme.example", "Maya Brooks")


def with_signal(observation: Observation, **facts: object) -> Observation:
    return replace(observation, signal=replace(observation.signal, **facts))


def prose(sessions: tuple[Session, ...], end: str = "2026-06-10 15:30") -> Observation:
    booked = message(
        MAYA,
        "2026-06-08 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-06-10 14:00",
        end=end,
        message_id="<prose@acme.example>",
    )
    return with_signal(booked, sessions=sessions, coordinator=COORDINATOR)


def test_sessions_and_the_coordinator_are_carried_into_the_interview() -> None:
    rafael = Session(Person("", "Rafael Ortiz"), at("2026-06-10 14:00"), at("2026-06-10 14:45"))
    (process,) = build_processes([prose((rafael,))], ME)
    (interview,) = process.interviews
    assert interview.sessions == (rafael,)
    assert interview.coordinator == COORDINATOR
    assert interview.end == at("2026-06-10 15:30")


def test_an_invitation_for_the_same_meeting_keeps_the_panels_later_end_and_gives_addresses() -> (
    None
):
    named = (
        Session(Person("", "Rafael Ortiz"), at("2026-06-10 14:00"), at("2026-06-10 14:45")),
        Session(Person("", "Ines Carvalho"), at("2026-06-10 14:45"), at("2026-06-10 15:30")),
    )
    invite = message(
        MAYA,
        "2026-06-08 11:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-06-10 14:00",
        end="2026-06-10 14:45",
        interviewers=["Ines Carvalho <ines.carvalho@acme.example>"],
        uid="evt-1@acme.example",
    )
    (process,) = build_processes([prose(named), invite], ME)
    (interview,) = process.interviews
    assert interview.end == at("2026-06-10 15:30")
    assert {s.person.name: s.person.address for s in interview.sessions} == {
        "Rafael Ortiz": "",
        "Ines Carvalho": "ines.carvalho@acme.example",
    }


def test_a_moved_interview_moves_its_sessions() -> None:
    rafael = Session(Person("", "Rafael Ortiz"), at("2026-06-10 14:00"), at("2026-06-10 14:45"))
    moved = message(
        MAYA,
        "2026-06-09 09:00",
        Kind.INTERVIEW_RESCHEDULED,
        start="2026-06-11 14:00",
        in_reply_to="<prose@acme.example>",
    )
    (process,) = build_processes([prose((rafael,)), moved], ME)
    (interview,) = process.interviews
    assert interview.sessions[0].start == at("2026-06-11 14:00")
    assert interview.sessions[0].end == at("2026-06-11 14:45")


def test_an_address_given_later_reaches_the_person_and_makes_them_an_interviewer() -> None:
    named = (Session(Person("", "Rafael Ortiz")), Session(Person("", "Dr. Ines Carvalho")))
    reply = with_signal(
        message(MAYA, "2026-06-11 09:00", subject="Re: Interview"),
        people=(Person("ines.carvalho@acme.example", "Ines Carvalho"),),
    )
    (process,) = build_processes([prose(named), reply], ME)
    (interview,) = process.interviews
    assert [p.address for p in interview.interviewers] == ["ines.carvalho@acme.example"]
    assert [s.person.address for s in interview.sessions] == ["", "ines.carvalho@acme.example"]


def test_the_users_own_mail_to_them_gives_the_address() -> None:
    named = (Session(Person("", "Rafael Ortiz")),)
    mine = sent(["Rafael Ortiz <rafael.ortiz@acme.example>"], "2026-06-09 08:00")
    (process,) = build_processes([prose(named), mine], ME)
    assert [p.address for p in process.interviews[0].interviewers] == ["rafael.ortiz@acme.example"]


def test_two_addresses_for_one_name_reach_nobody() -> None:
    named = (Session(Person("", "Dana Lee")),)
    one = message("Dana Lee <dana.lee@acme.example>", "2026-06-09 08:00")
    other = message("Dana Lee <dlee@acme.example>", "2026-06-09 09:00")
    (process,) = build_processes([prose(named), one, other], ME)
    assert process.interviews[0].interviewers == ()


def test_the_user_is_never_reached_as_an_interviewer() -> None:
    named = (Session(Person("", "Sam Rivera")),)
    mine = sent(["Maya Brooks <maya.brooks@acme.example>"], "2026-06-09 08:00")
    (process,) = build_processes([prose(named), mine], ME)
    assert process.interviews[0].interviewers == ()


def test_sessions_coordinator_and_named_people_survive_the_store() -> None:
    from followupd.store.codec import observation_from_json, observation_to_json

    ines = Session(Person("", "Ines Carvalho"), at("2026-06-10 14:00"), None, "Coding", "Staff")
    stored = with_signal(
        prose((ines,)), people=(Person("ines.carvalho@acme.example", "Ines Carvalho"),)
    )
    assert observation_from_json(observation_to_json(stored)) == stored
