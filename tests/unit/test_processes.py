"""build_processes: which messages make one application process, and its folded state."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from process_facts import ME, USER, at, message, sent

from followupd.model.domain import FolderRole, Kind, Outcome, Person
from followupd.processes.grouping import build_processes

RACHEL = "Rachel Kim <rachel.kim@tidewaterbank.example>"
ATS = "Tidewater Bank Hiring Team <no-reply@hiretrack.example>"


def ats_ack(company: str = "Tidewater Bank", when: str = "2026-05-04 08:00"):
    return message(
        f"{company} Hiring Team <no-reply@hiretrack.example>",
        when,
        Kind.APPLICATION_RECEIVED,
        subject=f"Thank you for applying to {company}",
        company=company,
    )


def invite(sender: str = RACHEL, when: str = "2026-05-07 14:00", **facts: object):
    defaults: dict[str, object] = {
        "start": "2026-05-13 10:00",
        "end": "2026-05-13 11:00",
        "interviewers": ["Jamie Ortiz <jamie.ortiz@tidewaterbank.example>"],
        "company": "Tidewater Bank",
        "subject": "Interview: Product Manager",
    }
    defaults.update(facts)
    return message(sender, when, Kind.INTERVIEW_SCHEDULED, **defaults)  # type: ignore[arg-type]


def test_ats_acknowledgement_joins_the_recruiters_process_by_company_name() -> None:
    processes = build_processes([ats_ack(), invite()], ME)
    assert len(processes) == 1
    assert processes[0].id == "tidewaterbank.example"
    assert len(processes[0].observations) == 2


def test_an_ats_domain_never_stands_for_an_employer() -> None:
    one = ats_ack("Tidewater Bank")
    other = ats_ack("Redwood Atlas", "2026-05-05 08:00")
    processes = build_processes([one, other], ME)
    assert len(processes) == 2
    assert all("hiretrack" not in p.id for p in processes)


def test_unknown_ats_sending_from_company_named_mailboxes_keeps_employers_apart() -> None:
    cobalt = message(
        "Cobalt Freight <cobaltfreight@myworkwell.example>",
        "2026-03-02 09:00",
        Kind.APPLICATION_RECEIVED,
        company="Cobalt Freight",
    )
    bluewater = message(
        "Bluewater Logistics <bluewaterlogistics@myworkwell.example>",
        "2026-03-03 09:00",
        Kind.REJECTION,
        company="Bluewater Logistics",
    )
    processes = build_processes([cobalt, bluewater], ME)
    assert sorted(p.id for p in processes) == ["bluewaterlogistics", "cobaltfreight"]
    assert all(p.contact is None for p in processes)


def test_known_ats_with_a_reply_to_person_is_keyed_by_the_persons_domain() -> None:
    greenhouse = message(
        "Acme via Greenhouse <no-reply@greenhouse.io>",
        "2026-03-02 09:00",
        Kind.INTERVIEW_REQUEST,
        reply_to=["Dana Lee <dana.lee@acme.example>"],
    )
    (process,) = build_processes([greenhouse], ME)
    assert process.id == "acme.example"
    assert process.contact == Person("dana.lee@acme.example", "Dana Lee")


def test_thread_headers_tie_a_reply_of_kind_other_into_the_process() -> None:
    """Someone the thread included (copied on the invitation) who answers in it joins it."""
    first = invite(message_id="<a1@tidewaterbank.example>", cc=["jo@partner-agency.example"])
    reply = message(
        "Jo Park <jo@partner-agency.example>",
        "2026-05-08 10:00",
        in_reply_to="<a1@tidewaterbank.example>",
    )
    (process,) = build_processes([first, reply], ME)
    assert len(process.observations) == 2


def test_thread_headers_alone_never_let_a_stranger_take_a_process_over() -> None:
    """A sender whose identity disagrees with the thread's, who never took part in it, citing
    its Message-ID (In-Reply-To or References) stays out: no contact, no drafts to them."""
    first = invite(message_id="<a1@tidewaterbank.example>")
    for headers in (
        {"in_reply_to": "<a1@tidewaterbank.example>"},
        {"references": ["<a0@x.example>", "<a1@tidewaterbank.example>"]},
    ):
        stranger = message(
            "Jo Park <jo.park.careers@gmail.com>",
            "2026-05-08 10:00",
            subject="Re: Interview: Product Manager",
            **headers,  # type: ignore[arg-type]
        )
        (process,) = build_processes([first, stranger], ME)
        assert [o.envelope.message_id for o in process.observations] == [
            "<a1@tidewaterbank.example>"
        ]
        assert process.contact is not None and process.contact.address.endswith(
            "tidewaterbank.example"
        )


def test_unrelated_other_mail_opens_no_process() -> None:
    alert = message("LinkedIn Jobs <jobs-noreply@linkedin.com>", "2026-05-01 07:00")
    newsletter = message("The Offer Desk <hello@offerdesk.example>", "2026-05-02 07:00")
    friend = message("Noor Aziz <noor.aziz@gmail.com>", "2026-05-03 07:00")
    assert build_processes([alert, newsletter, friend], ME) == ()


def test_freemail_recruiter_is_known_by_address_and_the_users_reply_joins() -> None:
    recruiter = message(
        "Lee Chan <lee.chan.recruits@gmail.com>",
        "2026-04-01 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-04-03 10:00",
        company="Smallshop",
    )
    reply = sent(["lee.chan.recruits@gmail.com"], "2026-04-01 12:00", subject="Thanks!")
    processes = build_processes([recruiter, reply], ME)
    assert len(processes) == 1
    assert processes[0].last_user_message == reply


def test_users_own_new_thread_to_an_interviewer_joins_by_employer_domain() -> None:
    note = sent(["jamie.ortiz@tidewaterbank.example"], "2026-05-13 12:00", subject="Thank you")
    (process,) = build_processes([invite(), note], ME)
    assert process.sent == (note,)


def test_process_id_is_stable_as_mail_accumulates_and_whatever_the_order() -> None:
    mail = [
        ats_ack(),
        invite(),
        sent(["rachel.kim@tidewaterbank.example"], "2026-05-07 17:00"),
        message(RACHEL, "2026-05-20 10:00", Kind.HOLDING_REPLY, company="Tidewater Bank"),
        message(ATS, "2026-05-28 10:00", Kind.REJECTION, company="Tidewater Bank"),
    ]
    ids = {build_processes(mail[:n], ME)[0].id for n in range(2, len(mail) + 1)}
    shuffled = mail[:]
    random.Random(7).shuffle(shuffled)
    ids.add(build_processes(shuffled, ME)[0].id)
    assert ids == {"tidewaterbank.example"}


def test_a_copy_of_the_same_message_in_two_folders_counts_once() -> None:
    original = invite()
    copy = replace(original, key="Archive/9", folder=FolderRole.OTHER)
    (process,) = build_processes([original, copy], ME)
    assert len(process.observations) == 1


def test_confirmation_and_calendar_invite_of_one_meeting_are_one_interview() -> None:
    prose = invite(interviewers=["marco@northbeam.example"], company="Northbeam")
    calendar = invite(
        "Marco Bellini <marco@northbeam.example>",
        "2026-05-08 09:00",
        interviewers=["Marco Bellini <marco@northbeam.example>"],
        uid="uid-1",
        company="Northbeam",
    )
    (process,) = build_processes([prose, calendar], ME)
    (interview,) = process.interviews
    assert interview.interviewers == (Person("marco@northbeam.example", "Marco Bellini"),)
    assert interview.uids == ("uid-1",)


def test_reschedule_by_uid_moves_and_an_older_sequence_changes_nothing() -> None:
    first = invite(uid="u1", sequence=0)
    moved = message(
        RACHEL,
        "2026-05-09 09:00",
        Kind.INTERVIEW_RESCHEDULED,
        start="2026-05-14 15:00",
        end="2026-05-14 16:00",
        uid="u1",
        sequence=2,
    )
    stale_copy = replace(invite(when="2026-05-10 09:00", uid="u1", sequence=1))
    (process,) = build_processes([first, moved, stale_copy], ME)
    (interview,) = process.interviews
    assert interview.start == at("2026-05-14 15:00")
    assert interview.sequence == 2


def test_reschedule_in_prose_moves_the_upcoming_interview_keeping_its_length() -> None:
    first = invite()
    moved = message(
        RACHEL, "2026-05-11 09:00", Kind.INTERVIEW_RESCHEDULED, start="2026-05-15 09:00"
    )
    (process,) = build_processes([first, moved], ME)
    (interview,) = process.interviews
    assert (interview.start, interview.end) == (at("2026-05-15 09:00"), at("2026-05-15 10:00"))


def test_cancellation_by_uid_and_in_prose_drop_the_interview() -> None:
    by_uid = [
        invite(uid="u1"),
        message(RACHEL, "2026-05-10 09:00", Kind.INTERVIEW_CANCELLED, uid="u1"),
    ]
    in_prose = [invite(), message(RACHEL, "2026-05-10 09:00", Kind.INTERVIEW_CANCELLED)]
    for mail in (by_uid, in_prose):
        (process,) = build_processes(mail, ME)
        assert [i.cancelled for i in process.interviews] == [True]


def test_two_interviews_keep_their_announcement_order() -> None:
    first = invite()
    second = invite(when="2026-05-14 09:00", start="2026-05-20 10:00", end="2026-05-20 12:00")
    (process,) = build_processes([second, first], ME)
    assert [i.ordinal for i in process.interviews] == [1, 2]
    assert process.interviews[1].start == at("2026-05-20 10:00")


def test_contact_is_never_a_no_reply_address_and_prefers_the_recruiters_own_mail() -> None:
    recruiter = message(
        "Priya Raman <priya@northbeam.example>",
        "2026-07-30 11:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-08-04 15:00",
        interviewers=["marco@northbeam.example"],
    )
    calendar = invite(
        "Marco Bellini <marco@northbeam.example>",
        "2026-07-31 09:00",
        start="2026-08-04 15:00",
        end="2026-08-04 16:00",
        uid="cal-1",
    )
    ats = message(
        "Northbeam <no-reply@hiretrack.example>",
        "2026-08-01 09:00",
        Kind.OTHER,
        company="Northbeam",
    )
    (process,) = build_processes([recruiter, calendar, ats], ME)
    assert process.contact == Person("priya@northbeam.example", "Priya Raman")


def test_shared_mailbox_is_the_contact_only_when_no_person_wrote() -> None:
    careers = message(
        "Quillon Careers <careers@quillon.example>",
        "2026-03-01 09:00",
        Kind.HOLDING_REPLY,
        company="Quillon",
    )
    (process,) = build_processes([careers], ME)
    assert process.contact is not None and process.contact.address == "careers@quillon.example"
    person_mail = message(
        "Evan Brooks <evan.brooks@quillon.example>", "2026-02-20 09:00", Kind.INTERVIEW_REQUEST
    )
    (process,) = build_processes([careers, person_mail], ME)
    assert process.contact is not None and process.contact.address == "evan.brooks@quillon.example"


def test_decision_date_stands_until_a_holding_reply_without_one() -> None:
    stated = invite(decision_by="2026-05-22")
    calendar = invite(
        "Jamie Ortiz <jamie.ortiz@tidewaterbank.example>", "2026-05-08 09:00", uid="c"
    )
    (process,) = build_processes([stated, calendar], ME)
    assert process.decision_by == date(2026, 5, 22)
    holding = message(RACHEL, "2026-05-21 09:00", Kind.HOLDING_REPLY)
    (process,) = build_processes([stated, calendar, holding], ME)
    assert process.decision_by is None
    new_date = message(RACHEL, "2026-05-22 09:00", Kind.HOLDING_REPLY, decision_by="2026-06-05")
    (process,) = build_processes([stated, holding, new_date], ME)
    assert process.decision_by == date(2026, 6, 5)


def test_an_acknowledgements_promised_answer_sets_no_decision_date() -> None:
    # "You will hear from us within two weeks" on a receipt: a form's promise, no date the
    # check-in clock waits on (an application alone starts no clock)
    ack = message(
        ATS, "2026-05-01 09:00", Kind.APPLICATION_RECEIVED, decision_by="2026-05-15",
        company="Tidewater Bank",
    )  # fmt: skip
    (process,) = build_processes([ack], ME)
    assert process.decision_by is None
    holding = message(RACHEL, "2026-05-20 09:00", Kind.HOLDING_REPLY, decision_by="2026-06-05")
    (process,) = build_processes([ack, holding], ME)
    assert process.decision_by == date(2026, 6, 5)


def test_a_rejection_in_an_ats_thread_closes_the_recruiters_process() -> None:
    rejection = message(ATS, "2026-05-28 10:00", Kind.REJECTION, company="Tidewater Bank")
    (process,) = build_processes([invite(), rejection], ME)
    assert process.outcome is Outcome.REJECTED
    assert process.closed_by == rejection
    assert process.writer_of(rejection) is None


def test_the_users_withdrawal_closes_the_process() -> None:
    withdrawal = sent(
        ["rachel.kim@tidewaterbank.example"],
        "2026-05-10 09:00",
        subject="Withdrawing my application",
    )
    (process,) = build_processes([invite(), withdrawal], ME)
    assert process.outcome is Outcome.WITHDRAWN


def test_the_users_own_address_is_never_a_contact_or_interviewer() -> None:
    odd = invite(interviewers=[USER, "jamie.ortiz@tidewaterbank.example"], contact=USER)
    (process,) = build_processes([odd], ME)
    assert [p.address for p in process.interviewers] == ["jamie.ortiz@tidewaterbank.example"]
    assert process.contact is not None and process.contact.address != USER


def test_role_is_the_one_stated_most_often_else_the_shortest() -> None:
    first = invite(role="Data Scientist")
    noisy = message(RACHEL, "2026-05-20 10:00", Kind.HOLDING_REPLY, role="Data Scientist interview")
    (process,) = build_processes([first, noisy], ME)
    assert process.role == "Data Scientist"


def test_people_named_nowhere_get_a_name_from_a_first_dot_last_address() -> None:
    (process,) = build_processes([invite(interviewers=["fiona.marsh@tidewaterbank.example"])], ME)
    assert process.interviewers == (Person("fiona.marsh@tidewaterbank.example", "Fiona Marsh"),)
    (process,) = build_processes([invite(interviewers=["j.albrecht@tidewaterbank.example"])], ME)
    assert process.interviewers == (Person("j.albrecht@tidewaterbank.example", ""),)


def test_a_meeting_read_an_hour_apart_twice_is_one_interview_at_the_calendars_time() -> None:
    prose = invite(start="2026-05-13 11:00", end=None)  # a zone slip in the prose reading
    calendar = invite(
        "Jamie Ortiz <jamie.ortiz@tidewaterbank.example>",
        "2026-05-08 09:00",
        start="2026-05-13 10:00",
        end="2026-05-13 11:00",
        uid="cal-9",
    )
    (process,) = build_processes([prose, calendar], ME)
    (interview,) = process.interviews
    assert (interview.start, interview.uids) == (at("2026-05-13 10:00"), ("cal-9",))
    other_people = invite(start="2026-05-13 12:00", interviewers=["mei@tidewaterbank.example"])
    (process,) = build_processes([calendar, other_people], ME)
    assert len(process.interviews) == 2


def test_an_out_of_office_reply_is_not_the_employer_writing() -> None:
    booked = invite()
    away = message(RACHEL, "2026-05-20 10:00", subject="Automatic reply: Checking in")
    (process,) = build_processes([booked, away], ME)
    assert process.last_employer_message == booked
    assert len(process.observations) == 2
