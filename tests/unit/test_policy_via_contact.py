"""POLICY.md thank_you_via_contact: interviewers named without an address are thanked through the
person who arranged the interview; those with an address get their own thank_you; an address
that turns up later (a reply, a calendar update, a signature, the user's own mail) gets that
person their own thank-you while the window is open, and never two to one person."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, POLICY, at, message, record, run_daemon, sent

from followupd.model.domain import ARRANGED_ONLY, Kind, Observation, Person, Session, Stage
from followupd.policy.plan import stage_statuses
from followupd.processes.grouping import build_processes

MAYA = "Maya Brooks <maya.brooks@acme.example>"
COORDINATOR = Person("maya.brooks@acme.example", "Maya Brooks")
RAFAEL = Session(Person("", "Rafael Ortiz"), job_title="Head of Data")
INES = Session(Person("", "Ines Carvalho"), job_title="Staff Engineer")


def with_signal(observation: Observation, **facts: object) -> Observation:
    return replace(observation, signal=replace(observation.signal, **facts))


def confirmed(
    sessions: tuple[Session, ...] = (RAFAEL, INES),
    coordinator: Person | None = COORDINATOR,
    interviewers: tuple[str, ...] = (),
    end: str | None = "2026-06-10 15:30",
    sender: str = MAYA,
) -> Observation:
    booked = message(
        sender,
        "2026-06-08 10:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Interview confirmed",
        start="2026-06-10 14:00",
        end=end,
        interviewers=interviewers,
        company="Acme",
        role="Data Engineer",
        message_id="<booked@acme.example>",
    )
    return with_signal(booked, sessions=sessions, coordinator=coordinator)


def test_names_without_addresses_get_one_draft_to_the_coordinator_naming_both() -> None:
    run = run_daemon([confirmed()], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you_via_contact", "maya.brooks@acme.example")]
    moment, action = run.made[0]
    assert moment == at("2026-06-10 16:30")  # 1 h after the second session ended
    assert [s.person.name for s in action.named] == ["Rafael Ortiz", "Ines Carvalho"]
    assert action.answers is not None and action.answers.message_id == "<booked@acme.example>"
    assert not action.late


def test_an_interviewer_with_an_address_is_thanked_alone_and_not_named_to_the_coordinator() -> None:
    ines = Session(Person("ines.carvalho@acme.example", "Ines Carvalho"))
    observation = confirmed(
        sessions=(RAFAEL, ines), interviewers=("Ines Carvalho <ines.carvalho@acme.example>",)
    )
    run = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    assert sorted(run.stages()) == [
        ("thank_you", "ines.carvalho@acme.example"),
        ("thank_you_via_contact", "maya.brooks@acme.example"),
    ]
    via = next(a for _, a in run.made if a.stage is Stage.THANK_YOU_VIA_CONTACT)
    assert [s.person.name for s in via.named] == ["Rafael Ortiz"]


def test_an_address_arriving_the_next_day_gets_a_late_thank_you_and_only_one() -> None:
    reply = message(MAYA, "2026-06-11 17:00", subject="Re: Interview confirmed")
    reply = with_signal(reply, people=(Person("ines.carvalho@acme.example", "Ines Carvalho"),))
    run = run_daemon([confirmed(), reply], "2026-06-08 00:00", "2026-06-16 00:00")
    assert run.stages() == [
        ("thank_you_via_contact", "maya.brooks@acme.example"),
        ("thank_you", "ines.carvalho@acme.example"),
    ]
    moment, action = run.made[1]
    assert moment == at("2026-06-11 17:00")
    assert action.late  # more than a day after the interview ended


def test_an_address_arriving_after_the_thank_you_window_gets_nothing() -> None:
    reply = message(MAYA, "2026-06-14 10:00", subject="Re: Interview confirmed")
    reply = with_signal(reply, people=(Person("ines.carvalho@acme.example", "Ines Carvalho"),))
    run = run_daemon([confirmed(), reply], "2026-06-08 00:00", "2026-06-16 00:00")
    assert run.stages() == [("thank_you_via_contact", "maya.brooks@acme.example")]


def test_an_interviewers_own_reply_or_the_users_mail_to_them_gives_the_address() -> None:
    own_reply = message("Ines Carvalho <ines.carvalho@acme.example>", "2026-06-10 16:00")
    run = run_daemon([confirmed(), own_reply], "2026-06-08 00:00", "2026-06-12 00:00")
    assert ("thank_you", "ines.carvalho@acme.example") in run.stages()
    before = sent(["Rafael Ortiz <rafael.ortiz@acme.example>"], "2026-06-09 09:00")
    run = run_daemon([confirmed(), before], "2026-06-08 00:00", "2026-06-12 00:00")
    assert ("thank_you", "rafael.ortiz@acme.example") in run.stages()
    via = next(a for _, a in run.made if a.stage is Stage.THANK_YOU_VIA_CONTACT)
    assert [s.person.name for s in via.named] == ["Ines Carvalho"]


def test_the_user_who_already_wrote_to_them_after_the_interview_is_not_drafted_again() -> None:
    after = sent(["Rafael Ortiz <rafael.ortiz@acme.example>"], "2026-06-10 15:45")
    run = run_daemon([confirmed(), after], "2026-06-08 00:00", "2026-06-12 00:00")
    assert ("thank_you", "rafael.ortiz@acme.example") not in run.stages()


def test_a_coordinator_with_nobody_named_gets_the_thank_you_worded_for_arranging() -> None:
    """POLICY.md: no interviewer named at all, the thank_you goes to the employer contact; one
    who only arranged it is thanked for arranging, not for speaking (compose.py)."""
    observation = confirmed(sessions=(), end=None)
    run = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you", "maya.brooks@acme.example")]
    assert run.made[0][1].named == ()
    assert (ARRANGED_ONLY, "yes") in run.made[0][1].extra
    assert run.made[0][0] == at("2026-06-10 16:00")  # no end given: start + 1 h, + 1 h


def test_a_thank_you_through_the_coordinator_made_before_goes_on_as_it_was() -> None:
    """A ledger from before (a thank_you_via_contact naming nobody) is never doubled."""
    observation = confirmed(sessions=(), end=None)
    first = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    made_at, action = first.made[0]
    before = record(replace(action, stage=Stage.THANK_YOU_VIA_CONTACT, extra=()), made_at)
    again = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00", ledger=[before])
    assert again.made == []


def test_without_a_coordinator_or_names_the_contact_is_thanked_as_before() -> None:
    observation = confirmed(sessions=(), coordinator=None)
    run = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you", "maya.brooks@acme.example")]


def test_a_contact_who_interviewed_too_gets_a_thank_you_and_the_request() -> None:
    """POLICY.md: each interviewer with an address their thank_you, the contact the
    thank_you_via_contact for those without one, whoever the contact is."""
    dana = "Dana Lee <dana.lee@acme.example>"
    observation = confirmed(sessions=(INES,), coordinator=None, interviewers=(dana,), sender=dana)
    run = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    assert sorted(run.stages()) == [
        ("thank_you", "dana.lee@acme.example"),
        ("thank_you_via_contact", "dana.lee@acme.example"),
    ]
    via = next(action for _, action in run.made if action.stage is Stage.THANK_YOU_VIA_CONTACT)
    assert [s.person.name for s in via.named] == ["Ines Carvalho"]


def test_a_thank_you_that_carried_the_request_before_stands_for_it() -> None:
    dana = "Dana Lee <dana.lee@acme.example>"
    observation = confirmed(sessions=(INES,), coordinator=None, interviewers=(dana,), sender=dana)
    first = run_daemon([observation], "2026-06-08 00:00", "2026-06-12 00:00")
    made_at, action = next((m, a) for m, a in first.made if a.stage is Stage.THANK_YOU)
    again = run_daemon(
        [observation], "2026-06-08 00:00", "2026-06-12 00:00", ledger=[record(action, made_at)]
    )
    assert again.made == []


def test_the_coordinator_stays_the_recipient_once_drafted() -> None:
    later = message("Omar Haddad <omar.haddad@acme.example>", "2026-06-10 17:00", subject="Re: x")
    run = run_daemon([confirmed(coordinator=None), later], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.stages() == [("thank_you_via_contact", "maya.brooks@acme.example")]


def test_a_cancelled_interview_is_thanked_by_nobody() -> None:
    cancel = message(MAYA, "2026-06-09 09:00", Kind.INTERVIEW_CANCELLED, start="2026-06-10 14:00")
    run = run_daemon([confirmed(), cancel], "2026-06-08 00:00", "2026-06-12 00:00")
    assert run.made == []


def test_explain_says_which_stage_and_why() -> None:
    processes = build_processes([confirmed()], ME)
    statuses = stage_statuses(processes[0], [], at("2026-06-09 09:00"), POLICY, ME)
    via = next(s for s in statuses if s.stage is Stage.THANK_YOU_VIA_CONTACT)
    assert via.status == "waiting" and via.until == at("2026-06-10 16:30")
    assert "Rafael Ortiz and Ines Carvalho named without an address" in via.reason
    assert "Maya Brooks (who arranged it)" in via.reason
    assert not any(s.stage is Stage.THANK_YOU for s in statuses)
