"""The facts read for each kind: times, interviewers, contact, decision date, calendar identity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from classify_mail import ME, eml, signal_of, vevent

from followupd.understand.extract import stated_length

RECRUITER = "Dana Cole <dana.cole@acme.example>"


def _addresses(people: object) -> set[str]:
    return {p.address for p in people}  # type: ignore[attr-defined]


def test_invite_time_keeps_the_invites_own_zone() -> None:
    signal = signal_of(eml("See you then.", "Invitation: Interview", ics=vevent()))
    assert signal.interview_start is not None
    assert signal.interview_start.utcoffset() == timedelta(hours=-4)  # New York, 10 March 2026
    assert signal.interview_start == datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
    assert signal.interview_end == datetime(2026, 3, 10, 19, 0, tzinfo=UTC)


def test_invite_identity_is_reported() -> None:
    signal = signal_of(
        eml("Moved.", "Updated invitation: Interview", ics=vevent(sequence=4, uid="u-9"))
    )
    assert (signal.calendar_uid, signal.calendar_sequence) == ("u-9", 4)


def test_organizer_alone_with_the_candidate_is_the_interviewer() -> None:
    ics = vevent(attendees=(("Sam Lee", ME), ("Dana Cole", "dana.cole@acme.example")))
    signal = signal_of(eml("Talk soon.", "Invitation: Interview", ics=ics))
    assert _addresses(signal.interviewers) == {"dana.cole@acme.example"}
    assert signal.interviewers[0].name == "Dana Cole"


def test_organizer_who_invites_others_is_a_coordinator_not_an_interviewer() -> None:
    ics = vevent(
        attendees=(
            ("Dana Cole", "dana.cole@acme.example"),
            ("Omar Reyes", "omar.reyes@acme.example"),
            ("Sam Lee", ME),
        ),
        rooms=(("Board room", "room-1@acme.example"),),
    )
    signal = signal_of(eml("You'll meet Omar.", "Invitation: Interview", ics=ics))
    assert _addresses(signal.interviewers) == {"omar.reyes@acme.example"}


def test_attendee_titled_coordinator_is_not_an_interviewer() -> None:
    ics = vevent(
        organizer=("Omar Reyes", "omar.reyes@acme.example"),
        attendees=(
            ("Omar Reyes", "omar.reyes@acme.example"),
            ("Lia Wong", "lia.wong@acme.example"),
            ("Ann Park", "ann.park@acme.example"),
            ("Sam Lee", ME),
        ),
    )
    body = "You'll meet Lia Wong.\nAnn Park, Recruiting Coordinator, is copied for logistics."
    signal = signal_of(eml(body, "Invitation: Interview", ics=ics))
    assert _addresses(signal.interviewers) == {"lia.wong@acme.example"}


def test_organizer_with_a_team_title_interviews_with_the_people_they_invite() -> None:
    ics = vevent(
        attendees=(
            ("Dana Cole", "dana.cole@acme.example"),
            ("Omar Reyes", "omar.reyes@acme.example"),
            ("Sam Lee", ME),
        )
    )
    body = "Omar will join as well. Looking forward to it!\n\nDana Cole\nEngineering Manager, Acme"
    signal = signal_of(eml(body, "Invitation: Interview", ics=ics))
    assert _addresses(signal.interviewers) == {"omar.reyes@acme.example", "dana.cole@acme.example"}


def test_organizer_who_says_they_take_part_is_an_interviewer() -> None:
    ics = vevent(
        attendees=(
            ("Dana Cole", "dana.cole@acme.example"),
            ("Omar Reyes", "omar.reyes@acme.example"),
            ("Sam Lee", ME),
        )
    )
    body = "It will be Omar and me: a 45-minute chat about the role.\n\nDana\nEngineering Manager"
    signal = signal_of(eml(body, "Invitation: Interview", ics=ics))
    assert _addresses(signal.interviewers) == {"omar.reyes@acme.example", "dana.cole@acme.example"}


def test_prose_interviewers_skip_contact_addresses_and_include_the_writer_who_joins() -> None:
    body = (
        "Confirming your interview on Thursday, March 5 at 2:00 pm ET. It'll be me and "
        "Lia Wong (lia.wong@acme.example).\n"
        "For any questions, contact our coordinator at coord.person@acme.example."
    )
    signal = signal_of(eml(body, "Interview - Data Engineer", RECRUITER))
    assert signal.kind.value == "interview_scheduled"
    assert _addresses(signal.interviewers) == {"lia.wong@acme.example", "dana.cole@acme.example"}


def test_prose_time_takes_its_length_from_the_text() -> None:
    body = (
        "Your interview is confirmed for Thursday, March 5 at 2:00 pm ET. It is a 45-minute call."
    )
    signal = signal_of(eml(body, "Interview - Data Engineer", RECRUITER))
    assert signal.interview_start == datetime(2026, 3, 5, 19, 0, tzinfo=UTC)
    assert signal.interview_end == datetime(2026, 3, 5, 19, 45, tzinfo=UTC)


def test_arrival_advice_is_not_a_length() -> None:
    assert stated_length("Please arrive 15 minutes early.") is None
    assert stated_length("Plan for about 30 minutes.") == timedelta(minutes=30)
    assert stated_length("It lasts an hour.") == timedelta(hours=1)
    assert stated_length("Reply within 48 hours.") is None


def test_decision_date_is_read_for_holding_replies_only() -> None:
    holding = eml(
        "We are still reviewing and will get back to you by Friday.", "Re: Role", RECRUITER
    )
    offer = eml(
        "We'd like to offer you the Analyst role! Please answer by Friday.", "Offer", RECRUITER
    )
    assert signal_of(holding).decision_by == date(2026, 3, 6)  # sent Monday 2 March
    assert signal_of(offer).kind.value == "offer"
    assert signal_of(offer).decision_by is None


def test_contact_prefers_a_person_in_reply_to_over_a_platform_sender() -> None:
    data = eml(
        "Congratulations! Your offer letter for the Analyst role is ready to sign.",
        "Offer letter",
        sender="Dana Cole via SignFast <notify@signfast.example>",
        headers=[("Reply-To", "Dana Cole <dana.cole@acme.example>")],
    )
    contact = signal_of(data).contact
    assert contact is not None
    assert (contact.address, contact.name) == ("dana.cole@acme.example", "Dana Cole")


def test_contact_is_never_a_no_reply_address() -> None:
    data = eml(
        "We have decided to move forward with other candidates. Questions? Write to "
        "talent.partner@acme.example.",
        "Your application",
        sender="Acme Careers <no-reply@acme.example>",
    )
    contact = signal_of(data).contact
    assert contact is not None and contact.address == "talent.partner@acme.example"


def test_contact_name_falls_back_to_the_signature() -> None:
    body = (
        "We are still reviewing applications and will be in touch soon.\n\n--\nDana Cole\nRecruiter"
    )
    contact = signal_of(eml(body, "Re: Role", sender="dana.cole@acme.example")).contact
    assert contact is not None and contact.name == "Dana Cole"


def test_cancelled_invite_names_the_people_of_the_called_off_interview() -> None:
    ics = vevent(
        method="CANCEL", attendees=(("Sam Lee", ME), ("Omar Reyes", "omar.reyes@acme.example"))
    )
    signal = signal_of(eml("Sorry, we need to cancel.", "Canceled: Interview", ics=ics))
    assert signal.kind.value == "interview_cancelled"
    assert _addresses(signal.interviewers) == {"omar.reyes@acme.example"}


def test_the_user_is_inferred_from_delivered_to_when_not_given() -> None:
    ics = vevent(attendees=(("Sam Lee", ME), ("Omar Reyes", "omar.reyes@acme.example")))
    data = eml(
        "Hi",
        "Invitation: Interview",
        to="Team <team@lists.example>",
        ics=ics,
        headers=[("Delivered-To", ME)],
    )
    assert _addresses(signal_of(data, me=()).interviewers) == {"omar.reyes@acme.example"}


def test_company_and_role_are_read() -> None:
    body = (
        "Thank you for interviewing for the Senior Data Engineer role. We have decided not to "
        "move forward.\n\nDana Cole\nTalent Partner | Acme Robotics"
    )
    signal = signal_of(eml(body, "Update", RECRUITER))
    assert (signal.company, signal.role) == ("Acme Robotics", "Senior Data Engineer")


def test_utc_dated_mail_reads_times_in_the_writers_zone() -> None:
    utc = datetime(2026, 6, 1, 15, 0, tzinfo=UTC)
    denver = eml(
        "Your onsite interview is set for Tuesday, June 9 at 10:00 am at our office:\n"
        "1 Main Street, Denver, CO 80202",
        "Onsite interview",
        RECRUITER,
        date=utc,
    )
    berlin = eml(
        "Sehr geehrter Herr Lee, wir laden Sie zu einem Vorstellungsgespräch ein.\n"
        "Termin: Dienstag, 9. Juni 2026, 10:00 Uhr",
        "Einladung zum Vorstellungsgespräch",
        RECRUITER,
        date=utc,
        headers=[("Content-Language", "de-DE")],
    )
    assert signal_of(denver).interview_start == datetime(2026, 6, 9, 16, 0, tzinfo=UTC)
    assert signal_of(berlin).interview_start == datetime(2026, 6, 9, 8, 0, tzinfo=UTC)


def test_utc_dated_mail_without_any_hint_stays_in_utc() -> None:
    utc = datetime(2026, 6, 1, 15, 0, tzinfo=UTC)
    data = eml(
        "Your interview is confirmed for June 9 at 10:00 am.", "Interview", RECRUITER, date=utc
    )
    assert signal_of(data).interview_start == datetime(2026, 6, 9, 10, 0, tzinfo=UTC)


def test_german_holding_reply_gives_its_decision_date() -> None:
    body = "Wir haben noch keine Entscheidung getroffen und melden uns bis Freitag bei Ihnen."
    signal = signal_of(eml(body, "AW: Ihre Bewerbung", RECRUITER))  # sent Monday 2 March
    assert signal.kind.value == "holding_reply"
    assert signal.decision_by == date(2026, 3, 6)


def test_interview_invite_that_states_a_decision_date_gives_it() -> None:
    body = (
        "This is the final step in our process. We're aiming to make a final decision by "
        "Friday, March 20, and I'll be in touch either way by then."
    )
    signal = signal_of(eml(body, "Invitation: Interview", ics=vevent()))
    assert signal.kind.value == "interview_scheduled"
    assert signal.decision_by == date(2026, 3, 20)


def test_asking_the_candidate_for_something_by_a_date_is_no_decision_date() -> None:
    body = "If you'd like us to share your deck, please send it to me by Monday."
    signal = signal_of(eml(body, "Invitation: Interview", ics=vevent()))
    assert signal.decision_by is None


def test_interviewers_from_prose_carry_the_names_written_before_their_addresses() -> None:
    body = (
        "You're all set for Thursday, March 5 at 2:00 pm ET. You'll meet with:\n"
        "- Priya Menon, Design Director (priya.menon@acme.example)\n"
        "- Tom Walsh (tom.walsh@acme.example)\n"
        "- Our team lead (lead-7@acme.example)"
    )
    signal = signal_of(eml(body, "Interview confirmed", RECRUITER))
    names = {p.address: p.name for p in signal.interviewers}
    assert names == {
        "priya.menon@acme.example": "Priya Menon",
        "tom.walsh@acme.example": "Tom Walsh",
        "lead-7@acme.example": "",
    }


def test_an_interview_whose_time_is_only_in_the_subject_is_read_with_it() -> None:
    body = "Confirming your interview for the UX Designer role. You'll meet Priyanka and me."
    signal = signal_of(
        eml(
            body,
            "Interview confirmation - Thu 5 Mar, 2:30pm ET",
            "Tasha Greene <tasha.greene@keystone-talent.example>",
        )
    )
    assert signal.kind.value == "interview_scheduled"
    assert signal.interview_start == datetime(
        2026, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=-5))
    )


def test_a_replys_subject_names_the_threads_old_time_not_this_messages() -> None:
    body = "Sorry, something came up: can we find another day for the interview?"
    signal = signal_of(
        eml(
            body,
            "Re: Interview Thu 5 Mar, 2:30pm ET",
            "Tasha Greene <tasha.greene@keystone-talent.example>",
        )
    )
    assert signal.interview_start is None
