"""build_processes: a new time agreed in a thread moves its interview; one interview moment
announced by two employers' domains (a staffing agency and its client) is one process."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, USER, at, message, sent

from followupd.model.domain import Kind, Observation
from followupd.processes.grouping import build_processes

BEA = "Bea Lindgren <bea.lindgren@lumenorchard.example>"
RAJ = "Raj Patel <raj.patel@lumenorchard.example>"
TYLER = "Tyler Voss <tyler.voss@keystonetalent.example>"
GRACE = "Grace Odum <grace.odum@prairiemills.example>"


def _confirmation() -> Observation:
    return message(
        BEA,
        "2026-04-06 10:00",
        Kind.INTERVIEW_SCHEDULED,
        message_id="<confirm@lumen>",
        start="2026-04-14 14:00",
        end="2026-04-14 14:45",
        interviewers=[RAJ],
        company="Lumen Orchard",
    )


def test_a_new_time_confirmed_in_the_thread_of_an_upcoming_interview_moves_it() -> None:
    ask = sent([BEA], "2026-04-10 08:30", in_reply_to="<confirm@lumen>", message_id="<ask@me>")
    agreed = message(
        BEA,
        "2026-04-10 11:50",
        Kind.INTERVIEW_SCHEDULED,
        in_reply_to="<ask@me>",
        references=["<confirm@lumen>", "<ask@me>"],
        start="2026-04-16 15:00",
    )
    (process,) = build_processes([_confirmation(), ask, agreed], ME)
    (interview,) = process.interviews
    assert (interview.start, interview.end) == (at("2026-04-16 15:00"), at("2026-04-16 15:45"))
    assert [p.address for p in interview.interviewers] == ["raj.patel@lumenorchard.example"]


def test_a_second_round_booked_in_the_same_thread_after_the_first_is_a_new_interview() -> None:
    second = message(
        BEA,
        "2026-04-15 09:00",
        Kind.INTERVIEW_SCHEDULED,
        in_reply_to="<confirm@lumen>",
        start="2026-04-21 10:00",
        end="2026-04-21 11:00",
    )
    (process,) = build_processes([_confirmation(), second], ME)
    assert [i.start for i in process.interviews] == [
        at("2026-04-14 14:00"),
        at("2026-04-21 10:00"),
    ]


def test_a_calendar_invitation_in_the_thread_with_its_own_uid_is_a_new_interview() -> None:
    other = message(
        BEA,
        "2026-04-07 09:00",
        Kind.INTERVIEW_SCHEDULED,
        in_reply_to="<confirm@lumen>",
        start="2026-04-13 10:00",
        end="2026-04-13 10:30",
        uid="screen-uid",
    )
    (process,) = build_processes([_confirmation(), other], ME)
    assert len(process.interviews) == 2


def _agency_and_client(client_start: str) -> list[Observation]:
    agency = message(
        TYLER,
        "2026-06-01 10:10",
        Kind.INTERVIEW_SCHEDULED,
        subject="Prairie Mills interview - Supply Chain Planner",  # the agency names its client
        start="2026-06-04 14:00",
        end="2026-06-04 14:45",
        company="Keystone Talent Partners",
    )
    client = message(
        GRACE,
        "2026-06-01 14:22",
        Kind.INTERVIEW_SCHEDULED,
        start=client_start,
        end="2026-06-04 14:45",
        interviewers=[GRACE],
        uid="grace-invite",
        company="Prairie Mills",
    )
    reply = sent([TYLER], "2026-06-01 11:00")
    return [agency, client, reply]


def test_an_agency_and_its_clients_invitation_for_one_moment_are_one_process() -> None:
    (process,) = build_processes(_agency_and_client("2026-06-04 14:00"), ME)
    (interview,) = process.interviews
    assert [p.address for p in interview.interviewers] == ["grace.odum@prairiemills.example"]
    assert (
        process.contact is not None
        and process.contact.address == "tyler.voss@keystonetalent.example"
    )
    assert USER not in {p.address for _, p in process.writers}
    assert process.company == "Prairie Mills"  # the client hosting the interview, not the agency


def _client_moves(mail: list[Observation]) -> Observation:
    return message(
        GRACE,
        "2026-06-02 16:00",
        Kind.INTERVIEW_RESCHEDULED,
        start="2026-06-05 15:00",
        end="2026-06-05 15:45",
        interviewers=[GRACE],
        uid="grace-invite",
        sequence=1,
        company="Prairie Mills",
    )


def test_a_client_moving_its_invitation_keeps_the_agency_in_the_same_process() -> None:
    mail = _agency_and_client("2026-06-04 14:00")
    before = build_processes(mail, ME)
    (process,) = build_processes([*mail, _client_moves(mail)], ME)
    assert process.id == before[0].id  # the same process, not a new one for the agency
    (interview,) = process.interviews
    assert interview.start == at("2026-06-05 15:00")  # the move, not the agency's old time
    assert interview.moved_from == (at("2026-06-04 14:00"),)
    assert [p.address for p in interview.interviewers] == ["grace.odum@prairiemills.example"]


def test_an_agency_announcing_a_move_the_client_never_sent_stays_with_the_client() -> None:
    agency, client, reply = _agency_and_client("2026-06-04 14:00")
    moved = message(
        TYLER,
        "2026-06-02 09:30",
        Kind.INTERVIEW_RESCHEDULED,
        in_reply_to=agency.envelope.message_id,
        subject="Re: Prairie Mills interview - Supply Chain Planner",
        start="2026-06-05 15:00",
        end="2026-06-05 15:45",
    )
    assert len(build_processes([agency, client, reply, moved], ME)) == 1


def test_a_slot_freed_by_a_move_does_not_tie_a_freemail_recruiter_booked_there() -> None:
    moved = message(
        BEA,
        "2026-04-08 10:00",
        Kind.INTERVIEW_RESCHEDULED,
        start="2026-04-16 15:00",
        end="2026-04-16 15:45",
        interviewers=[RAJ],
        uid="lumen-uid",
        sequence=1,
    )
    confirmation = replace(
        _confirmation(), signal=replace(_confirmation().signal, calendar_uid="lumen-uid")
    )
    freed_slot = message(
        "Dana Kim <dana.kim.recruits@gmail.com>",
        "2026-04-09 09:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Birch Analytics - phone screen",
        start="2026-04-14 14:00",
        end="2026-04-14 14:30",
        company="Birch Analytics",
    )
    processes = build_processes([confirmation, moved, freed_slot], ME)
    assert sorted(p.company or "" for p in processes) == ["Birch Analytics", "Lumen Orchard"]


def test_employers_with_interviews_at_different_moments_stay_apart() -> None:
    processes = build_processes(_agency_and_client("2026-06-05 14:00"), ME)
    assert len(processes) == 2


def test_a_cancelled_interview_does_not_tie_another_employer_booked_at_that_moment() -> None:
    mail = _agency_and_client("2026-06-04 14:00")
    cancelled = message(TYLER, "2026-06-02 09:00", Kind.INTERVIEW_CANCELLED)
    processes = build_processes([mail[0], cancelled, mail[1]], ME)
    assert len(processes) == 2


def test_two_employers_naming_their_own_interviewers_at_one_moment_stay_apart() -> None:
    agency, client, reply = _agency_and_client("2026-06-04 14:00")
    named = message(
        TYLER,
        "2026-06-01 10:10",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-06-04 14:00",
        end="2026-06-04 14:45",
        interviewers=["Ann Lowe <ann.lowe@keystonetalent.example>"],
    )
    assert agency.signal.interviewers == ()
    assert len(build_processes([named, client, reply], ME)) == 2


def test_a_new_time_naming_the_same_interviewer_in_a_new_thread_moves_the_interview() -> None:
    again = message(
        BEA,
        "2026-04-09 16:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Updated time: interview with Raj",
        start="2026-04-15 11:00",
        interviewers=[RAJ],
    )
    (process,) = build_processes([_confirmation(), again], ME)
    (interview,) = process.interviews
    assert (interview.start, interview.end) == (at("2026-04-15 11:00"), at("2026-04-15 11:45"))


def test_a_new_time_with_other_interviewers_in_a_new_thread_is_another_interview() -> None:
    other = message(
        BEA,
        "2026-04-09 16:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Design round",
        start="2026-04-15 11:00",
        interviewers=["Lee Ward <lee.ward@lumenorchard.example>"],
    )
    (process,) = build_processes([_confirmation(), other], ME)
    assert len(process.interviews) == 2


def test_back_to_back_invitations_sharing_only_the_organiser_are_two_interviews() -> None:
    def slot(start: str, end: str, interviewer: str, uid: str) -> Observation:
        return message(
            BEA,
            "2026-04-06 10:00",
            Kind.INTERVIEW_SCHEDULED,
            start=start,
            end=end,
            interviewers=[BEA, interviewer],
            uid=uid,
        )

    first = slot("2026-04-14 10:00", "2026-04-14 10:45", RAJ, "slot-1")
    second = slot(
        "2026-04-14 11:00", "2026-04-14 11:45", "Lee Ward <lee.ward@lumenorchard.example>", "slot-2"
    )
    (process,) = build_processes([first, second], ME)
    assert [i.start for i in process.interviews] == [at("2026-04-14 10:00"), at("2026-04-14 11:00")]


def test_a_time_agreed_in_the_thread_moves_an_interview_whose_people_were_unknown() -> None:
    proposed = message(
        BEA,
        "2026-04-06 10:00",
        Kind.INTERVIEW_SCHEDULED,
        message_id="<proposal@lumen>",
        start="2026-04-14 11:00",
        end="2026-04-14 11:30",
    )
    agreed = message(
        BEA,
        "2026-04-06 15:00",
        Kind.INTERVIEW_SCHEDULED,
        in_reply_to="<proposal@lumen>",
        start="2026-04-15 14:00",
        interviewers=[BEA],
    )
    (process,) = build_processes([proposed, agreed], ME)
    (interview,) = process.interviews
    assert interview.start == at("2026-04-15 14:00")
    assert [p.address for p in interview.interviewers] == ["bea.lindgren@lumenorchard.example"]
