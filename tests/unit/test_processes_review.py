"""Review findings on how messages become processes and interviews: different employers are
never merged on a freemail brand, a name inside another name, or an equal interview time; a
calendar mailbox is no interviewer; an updated invite's guest list replaces the old one."""

from __future__ import annotations

from dataclasses import replace

import pytest
from classify_mail import eml, signal_of, vevent
from process_facts import ME, USER, at, message, run_daemon, sent

from followupd.model.domain import Kind, Observation, Person
from followupd.processes.grouping import build_processes
from followupd.processes.identity import is_shared_mailbox, same_company
from followupd.processes.interviews import fold_interviews

INVITE_AT = ("2026-03-17 10:00", "2026-03-17 11:00")


def _invite(
    when: str, attendees: list[str], uid: str, sequence: int, start: str = INVITE_AT[0]
) -> Observation:
    kind = Kind.INTERVIEW_RESCHEDULED if sequence else Kind.INTERVIEW_SCHEDULED
    end = start.replace("10:00", "11:00")
    return message(
        "Coordinator <coord@acme.example>",
        when,
        kind,
        start=start,
        end=end,
        interviewers=attendees,
        uid=uid,
        sequence=sequence,
    )


def _interviewers(observations: list[Observation]) -> list[list[str]]:
    found = fold_interviews(observations, frozenset({USER}))
    return [[p.address for p in interview.interviewers] for interview in found]


# --- 7: a shared calendar mailbox on the guest list is nobody to thank


def test_invite_attendees_that_are_calendar_or_team_mailboxes_are_not_interviewers() -> None:
    ics = vevent(
        organizer=("Acme Recruiting", "recruiting@acme.example"),
        attendees=[
            ("Sam Lee", "sam.lee@example.net"),
            ("Dana Lee", "dana.lee@acme.example"),
            ("Interviews Calendar", "interviews@acme.example"),
            ("Notifications", "no-reply@acme.example"),
        ],
    )
    data = eml("You are invited to an interview.", "Invitation: interview", ics=ics)
    signal = signal_of(data)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert [p.address for p in signal.interviewers] == ["dana.lee@acme.example"]


def test_folding_drops_a_shared_mailbox_a_stored_signal_still_lists() -> None:
    invite = _invite(
        "2026-03-10 09:00", ["dana.lee@acme.example", "interviews@acme.example"], "u", 0
    )
    assert _interviewers([invite]) == [["dana.lee@acme.example"]]


# --- 8: an updated invite (same UID, higher SEQUENCE) that swaps the interviewer


def test_an_updated_invite_replaces_the_guest_list_it_swapped() -> None:
    first = _invite("2026-03-10 09:00", ["dana@acme.example"], "uid-1", 0)
    moved = _invite("2026-03-12 09:00", ["omar@acme.example"], "uid-1", 1, start="2026-03-19 10:00")
    (interview,) = fold_interviews([first, moved], frozenset({USER}))
    assert [p.address for p in interview.interviewers] == ["omar@acme.example"]
    assert interview.start == moved.signal.interview_start


def test_an_out_of_date_copy_of_the_invite_does_not_replace_the_guest_list() -> None:
    newer = _invite("2026-03-10 09:00", ["omar@acme.example"], "uid-1", 2)
    older = _invite("2026-03-11 09:00", ["dana@acme.example"], "uid-1", 1)
    assert _interviewers([newer, older])[0][0] == "omar@acme.example"


def test_an_updated_invite_keeps_a_known_name_for_a_guest_it_keeps() -> None:
    first = _invite("2026-03-10 09:00", ["Dana Lee <dana@acme.example>"], "uid-1", 0)
    update = _invite("2026-03-12 09:00", ["dana@acme.example", "omar@acme.example"], "uid-1", 1)
    (interview,) = fold_interviews([first, update], frozenset({USER}))
    assert interview.interviewers[0] == Person("dana@acme.example", "Dana Lee")
    assert {p.address for p in interview.interviewers} == {"dana@acme.example", "omar@acme.example"}


def test_a_prose_confirmation_without_attendees_keeps_the_invited_people() -> None:
    first = _invite("2026-03-10 09:00", ["dana@acme.example"], "uid-1", 0)
    prose = replace(first, key="INBOX/prose", signal=replace(first.signal, interviewers=()))
    assert _interviewers([first, prose]) == [["dana@acme.example"]]


# --- 1a: a freemail provider is nobody's employer


def test_a_freemail_recruiters_company_comes_from_the_subject_never_the_provider() -> None:
    data = eml(
        "Hi Sam, I'm confirming your phone interview with me on Tuesday, March 10, 2026 "
        "from 2:00 to 2:30 pm ET.\n\nBest,\nJane Smith\nRecruiter, Acme Corp",
        "Phone interview - Data Analyst at Acme Corp",
        sender="Jane Smith <jane.smith.recruits@gmail.com>",
    )
    assert signal_of(data).company == "Acme Corp"
    unnamed = eml("Unfortunately we will not move forward.", "Your application", sender=BOB)
    assert signal_of(unnamed).company in (None, "")


BOB = "Bob Hart <bob.hart@gmail.com>"
JANE = "Jane Smith <jane.smith.recruits@gmail.com>"


def _jane_books(company: str | None = "Acme Corp") -> Observation:
    return message(
        JANE,
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        end="2026-03-10 14:30",
        interviewers=[JANE],
        company=company,
    )


@pytest.mark.parametrize("stored_company", ["Gmail", "Google Mail", "Yahoo"])
def test_two_freemail_recruiters_for_different_employers_stay_apart(stored_company: str) -> None:
    jane = _jane_books(stored_company)  # as an older classifier stored it: the provider's name
    bob = message(BOB, "2026-03-11 10:00", Kind.REJECTION, company=stored_company)
    processes = build_processes([jane, bob], ME)
    assert len(processes) == 2
    assert "gmail" not in {p.id for p in processes}


def test_a_freemail_recruiter_joins_the_employers_own_domain_by_company_and_keeps_the_id() -> None:
    jane = _jane_books()
    dana = message(
        "Dana Lee <dana.lee@acme.example>",
        "2026-03-11 10:00",
        Kind.HOLDING_REPLY,
        company="Acme",
        decision_by="2026-03-20",
    )
    (alone,) = build_processes([jane], ME)
    (joined,) = build_processes([jane, dana], ME)
    assert joined.id == alone.id  # drafts already made for Jane stay keyed by it
    assert {o.key for o in joined.observations} == {jane.key, dana.key}


# --- 1b: one name inside another is not the same employer


def test_same_company_needs_equality_once_legal_and_industry_words_are_gone() -> None:
    assert same_company("prairiewind", "prairiewindenergy")
    assert same_company("tidewaterbank", "tidewater")
    assert same_company("sablesec", "sablesecurity")
    assert not same_company("meta", "metabase")
    assert not same_company("acme", "acmetrics")
    assert not same_company("", "")


def test_meta_and_metabase_are_two_processes() -> None:
    meta = message(
        "Dana Lee <dana.lee@meta.example>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
        company="Meta",
    )
    metabase = message("Omar Diaz <omar.diaz@metabase.example>", "2026-03-11 10:00", Kind.REJECTION)
    ats = message(
        "Metabase Hiring <no-reply@hiretrack.example>",
        "2026-03-01 10:00",
        Kind.APPLICATION_RECEIVED,
        company="Metabase",
    )
    processes = build_processes([meta, metabase, ats], ME)
    assert sorted(p.id for p in processes) == ["meta.example", "metabase.example"]
    by_id = {p.id: p for p in processes}
    assert ats in by_id["metabase.example"].observations


def test_an_ats_company_name_still_joins_the_employers_domain() -> None:
    ats = message(
        "Prairie Wind Energy <no-reply@hiretrack.example>",
        "2026-03-02 09:00",
        Kind.APPLICATION_RECEIVED,
        company="Prairie Wind Energy",
    )
    recruiter = message(
        "Lia Moss <lia.moss@prairiewind.example>",
        "2026-03-04 09:00",
        Kind.INTERVIEW_REQUEST,
        company="Prairie Wind",
    )
    (process,) = build_processes([ats, recruiter], ME)
    assert process.id == "prairiewind.example"


def test_a_company_name_never_joins_two_groups_that_each_have_their_own_domain() -> None:
    one = message("Ann <ann@northwind.example>", "2026-03-02 09:00", Kind.INTERVIEW_REQUEST)
    two = message("Ben <ben@northwind-labs.example>", "2026-03-03 09:00", Kind.REJECTION)
    ats = message(
        "Northwind Hiring <no-reply@hiretrack.example>",
        "2026-03-01 09:00",
        Kind.APPLICATION_RECEIVED,
        company="Northwind",
    )
    processes = build_processes([one, two, ats], ME)
    assert [p.id for p in processes] == ["northwind-labs.example", "northwind.example"]
    assert ats in processes[1].observations  # the domain spelling the name exactly


# --- 1c: an equal interview start alone does not make two employers one


def _same_slot() -> tuple[Observation, Observation]:
    acme = message(
        "Dana Lee <dana.lee@acme.example>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Interview confirmed: Data Analyst",
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
    )
    other = message(
        "Dana Lee <dana.lee@aaa-corp.example>",
        "2026-03-05 10:05",
        Kind.INTERVIEW_SCHEDULED,
        subject="Quick chat",
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
        interviewers=["dana.lee@aaa-corp.example"],
    )
    return acme, other


def test_two_employers_booking_the_same_minute_stay_two_processes() -> None:
    acme, other = _same_slot()
    rejection = message(
        "Omar Diaz <omar.diaz@aaa-corp.example>", "2026-03-11 10:00", Kind.REJECTION
    )
    processes = build_processes([acme, other, rejection], ME)
    assert sorted(p.id for p in processes) == ["aaa-corp.example", "acme.example"]
    assert {p.id: p.outcome.value for p in processes}["acme.example"] == "open"


def test_the_same_minute_joins_when_the_unnamed_side_names_the_other_employer() -> None:
    acme, other = _same_slot()
    naming = replace(acme, envelope=replace(acme.envelope, subject="AAA Corp interview"))
    assert len(build_processes([naming, other], ME)) == 1


def test_the_same_minute_joins_a_group_without_an_employer_domain() -> None:
    _, other = _same_slot()
    freemail = message(JANE, "2026-03-05 09:00", Kind.INTERVIEW_SCHEDULED, start="2026-03-10 14:00")
    assert len(build_processes([freemail, other], ME)) == 1


# --- 6: a rejection closes an application, not the employer


def _rejected_then_invited() -> list[Observation]:
    rejection = message(
        "Dana Lee <dana.lee@acme.example>", "2026-03-02 10:00", Kind.REJECTION, role="Analyst"
    )
    invite = message(
        "Omar Diaz <omar.diaz@acme.example>",
        "2026-04-01 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-04-07 14:00",
        end="2026-04-07 15:00",
        interviewers=["omar.diaz@acme.example"],
    )
    return [rejection, invite]


def test_a_new_interview_after_a_rejection_opens_a_new_episode_with_its_own_id() -> None:
    rejection, invite = _rejected_then_invited()
    (before,) = build_processes([rejection], ME)
    after = build_processes([rejection, invite], ME)
    assert [p.id for p in after] == [before.id, f"{before.id}#2"]
    assert after[0].outcome.value == "rejected"
    assert after[1].outcome.value == "open"
    assert [i.start for i in after[1].interviews] == [invite.signal.interview_start]


def test_the_new_episode_drafts_its_thank_you_and_check_in() -> None:
    run = run_daemon(_rejected_then_invited(), "2026-03-01 09:00", "2026-04-20 00:00")
    assert run.made_at("thank_you", "omar.diaz@acme.example")
    assert run.made_at("check_in", "omar.diaz@acme.example")


def test_an_interview_time_before_the_rejection_opens_no_new_episode() -> None:
    rejection, invite = _rejected_then_invited()
    late_copy = replace(
        invite,
        signal=replace(invite.signal, interview_start=at("2026-02-25 14:00"), interview_end=None),
    )
    assert len(build_processes([rejection, late_copy], ME)) == 1


def test_the_users_reply_to_a_rejection_stays_in_the_closed_episode() -> None:
    rejection, invite = _rejected_then_invited()
    reply = sent(["dana.lee@acme.example"], "2026-03-03 09:00", subject="Re: Your application")
    first, second = build_processes([rejection, reply, invite], ME)
    assert reply in first.observations and reply not in second.observations


@pytest.mark.parametrize(
    ("person", "shared"),
    [
        (Person("interviews@acme.example", "Interviews Calendar"), True),
        (Person("recruiting@acme.example", "Acme Recruiting"), True),
        (Person("talent@acme.example"), True),
        (Person("no-reply@acme.example", "Dana Lee"), True),
        (Person("jane.whitfield.talent@gmail.com", "Jane Whitfield"), False),
        (Person("dana.lee@acme.example", "Dana Lee"), False),
    ],
)
def test_a_shared_mailbox_is_known_by_its_address_unless_a_persons_name_is_given(
    person: Person, shared: bool
) -> None:
    assert is_shared_mailbox(person) is shared


def test_a_freemail_recruiter_with_a_role_word_in_her_address_is_the_contact() -> None:
    jane = message(
        "Jane Whitfield <jane.whitfield.talent@gmail.com>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        interviewers=["Jane Whitfield <jane.whitfield.talent@gmail.com>"],
        company="Corvid Analytics",
    )
    (process,) = build_processes([jane], ME)
    assert process.contact is not None
    assert process.contact.address == "jane.whitfield.talent@gmail.com"
    assert [p.address for p in process.interviewers] == ["jane.whitfield.talent@gmail.com"]
