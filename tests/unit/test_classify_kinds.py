"""Each rule of the table on short messages of our own, and the traps it must not fall into."""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, kind_of, signal_of, vevent

RECRUITER = "Priya Shah <priya.shah@bluefin.example>"
NOREPLY = "Bluefin Careers <no-reply@ats-mail.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for taking the time to meet the team. Unfortunately, we have decided not to "
        "move forward with your application at this time.",
        "After careful consideration we have decided to proceed with other candidates whose "
        "experience more closely matches our needs.",
        "We regret to inform you that your application for the Data Engineer position was not "
        "successful this time, and we were not selected to continue... we wish you luck.",
        "I wanted to let you know that the position has been filled internally. Thank you for "
        "your interest and your time.",
        "We really enjoyed meeting you. In the end we extended an offer to another candidate "
        "who has accepted, so we will not be moving forward with you.",
        "Unfortunately we are unable to offer you the role. We appreciate your time.",
        "Thanks for your patience. The team has chosen to go with a different candidate for "
        "this role.",
    ],
)
def test_rejections_in_english_are_rejections(body: str) -> None:
    assert kind_of(eml(body, "Your application", RECRUITER)) == "rejection"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihre Bewerbung",
            "Sehr geehrter Herr Lee,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für "
            "einen anderen Bewerber entschieden haben.\n\nMit freundlichen Grüßen",
        ),
        (
            "Votre candidature",
            "Bonjour,\n\nNous sommes au regret de vous informer que votre candidature n'a pas "
            "été retenue.\n\nCordialement",
        ),
        (
            "Tu candidatura",
            "Hola Sam:\n\nLamentamos informarte que hemos decidido continuar con otros "
            "candidatos para el puesto.\n\nUn saludo",
        ),
    ],
)
def test_rejections_in_german_french_spanish(subject: str, body: str) -> None:
    assert kind_of(eml(body, subject, RECRUITER)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "I'm delighted to extend an offer for the Data Engineer role! The written offer letter "
        "follows tomorrow.",
        "Congratulations! We would like to offer you the position of Senior Analyst. Details "
        "are in the attached offer letter.",
        "Following our call, please find attached your offer of employment. Welcome aboard!",
    ],
)
def test_offers_are_offers(body: str) -> None:
    assert kind_of(eml(body, "Great news", RECRUITER)) == "offer"


@pytest.mark.parametrize(
    "body",
    [
        "We are unable to offer you a position at this time, but we will keep your CV on file.",
        "We made an offer to another candidate, so we won't be moving forward.",
    ],
)
def test_not_an_offer_when_the_offer_is_refused_or_went_elsewhere(body: str) -> None:
    assert kind_of(eml(body, "Update", RECRUITER)) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "We'd like to schedule a 30-minute phone screen for the Data Engineer role. Could you "
        "share your availability for next week?",
        "The hiring manager would love to meet you. Please pick a time on my calendar for an "
        "interview: https://book.example/priya",
        "Are you available for a video interview on Thursday or Friday? Let me know which "
        "times work for you.",
    ],
)
def test_requests_to_book_an_interview(body: str) -> None:
    assert kind_of(eml(body, "Next steps - Data Engineer", RECRUITER)) == "interview_request"


def test_ats_acknowledgement_promising_contact_if_selected_is_not_a_request() -> None:
    body = (
        "Thank you for applying to Bluefin! We have received your application for the Data "
        "Engineer position. If you are selected, we will contact you to schedule an interview."
    )
    data = eml(body, "We received your application", NOREPLY)
    assert kind_of(data) == "application_received"


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for checking in. We're still reviewing candidates and haven't made a decision "
        "yet; I'll get back to you as soon as I can.",
        "Quick update: the process is taking longer than expected because the hiring manager "
        "is travelling. Thank you for your patience.",
        "Hiring for the role is on hold until the new budget is approved.",
    ],
)
def test_holding_replies(body: str) -> None:
    assert kind_of(eml(body, "Re: Data Engineer role", RECRUITER)) == "holding_reply"


def test_spanish_and_german_holding_replies() -> None:
    spanish = eml(
        "Hola Sam:\n\nSeguimos revisando candidaturas para el puesto; todavía no tenemos una "
        "decisión.\n\nUn saludo",
        "Re: Proceso de selección",
        RECRUITER,
    )
    german = eml(
        "Hallo Herr Lee,\n\nwir haben noch keine Entscheidung getroffen und melden uns bis "
        "Freitag bei Ihnen zu Ihrer Bewerbung.\n\nViele Grüße",
        "AW: Ihre Bewerbung",
        RECRUITER,
    )
    assert kind_of(spanish) == "holding_reply"
    assert kind_of(german) == "holding_reply"


def test_prose_cancellation_without_new_time() -> None:
    body = (
        "I'm sorry, but we have to cancel tomorrow's interview: the hiring manager is ill. "
        "I'll be in touch to find a new slot."
    )
    assert kind_of(eml(body, "Tomorrow's interview", RECRUITER)) == "interview_cancelled"


def test_calendar_invite_in_hiring_context_is_scheduled() -> None:
    ics = vevent(attendees=(("Sam Lee", ME), ("Omar Reyes", "omar.reyes@acme.example")))
    data = eml("Looking forward to it.", "Invitation: Interview", ics=ics)
    assert kind_of(data) == "interview_scheduled"


def test_updated_invite_is_rescheduled_and_cancel_is_cancelled() -> None:
    moved = eml("New time.", "Updated invitation: Interview", ics=vevent(sequence=2))
    cancelled = eml("Sorry.", "Canceled: Interview", ics=vevent(method="CANCEL", sequence=3))
    assert kind_of(moved) == "interview_rescheduled"
    assert kind_of(cancelled) == "interview_cancelled"


@pytest.mark.parametrize(
    ("subject", "body", "summary"),
    [
        ("Webinar: ace your interview", "Thanks for registering for our webinar.", "Webinar"),
        ("Podcast recording", "Thanks for agreeing to join our podcast as a guest.", "Podcast"),
        (
            "Usability study",
            "Thanks for joining our user research session. You'll get a $50 gift card.",
            "Research session",
        ),
        (
            "Exit interview",
            "HR would like to hold your exit interview before your last day.",
            "Exit interview",
        ),
        ("Mock interview booked", "Your mock interview with a coach is booked.", "Mock interview"),
    ],
)
def test_invites_that_are_not_job_interviews(subject: str, body: str, summary: str) -> None:
    data = eml(body, subject, "Events <events@host.example>", ics=vevent(summary=summary))
    assert kind_of(data) == "other"


def test_internal_meeting_invite_among_colleagues_is_other() -> None:
    me = "sam.lee@acme.example"
    ics = vevent(
        summary="Sprint planning",
        attendees=(("Sam Lee", me), ("Omar Reyes", "omar.reyes@acme.example")),
    )
    data = eml("Agenda attached.", "Sprint planning", to=f"Sam Lee <{me}>", ics=ics)
    assert kind_of(data, me=(me,)) == "other"


def test_being_on_an_interview_panel_yourself_is_other() -> None:
    me = "sam.lee@acme.example"
    ics = vevent(summary="Interview: Jo Park - Backend Engineer", attendees=(("Sam Lee", me),))
    body = "Thanks for joining the interview panel for Jo Park. Please fill in the scorecard."
    assert kind_of(eml(body, "Interview panel", to=me, ics=ics), me=(me,)) == "other"


@pytest.mark.parametrize(
    ("subject", "body", "headers"),
    [
        (
            "5 new jobs for you",
            "New jobs matching your alert: Data Engineer at Acme. "
            "We regret we can't show salaries.",
            [("List-Unsubscribe", "<https://x.example/u>")],
        ),
        (
            "Interview tips #42",
            "This week: how the interview process works, and why an offer "
            "letter matters. You're receiving this because you subscribed.",
            [("List-Id", "<tips.news.example>"), ("Precedence", "bulk")],
        ),
        (
            "How was your interview?",
            "Please take our 2-minute survey about your candidate experience.",
            [],
        ),
        ("Verify your email", "Your verification code is 123456 for your candidate account.", []),
        (
            "Appointment confirmed",
            "Your dental appointment with Dr. Ruiz is confirmed for "
            "Tuesday at 9:00 am. Please arrive 10 minutes early.",
            [],
        ),
        ("Your ticket", "You're registered for the Spring career fair. Bring your resume!", []),
        (
            "Interview request",
            "I'm a reporter writing a story on open data. Could we do a "
            "short phone interview this week?",
            [],
        ),
    ],
)
def test_traps_are_other(subject: str, body: str, headers: list[tuple[str, str]]) -> None:
    assert (
        kind_of(eml(body, subject, "Someone <someone@elsewhere.example>", headers=headers))
        == "other"
    )


def test_out_of_office_auto_reply_is_not_an_answer() -> None:
    body = "I am out of the office until Monday with limited access to email. We regret any delay."
    data = eml(
        body,
        "Automatic reply: Data Engineer",
        RECRUITER,
        headers=[("Auto-Submitted", "auto-replied")],
    )
    signal = signal_of(data)
    assert signal.kind.value == "other"
    assert any("auto-reply" in reason for reason in signal.evidence)


def test_auto_reply_acknowledging_the_application_is_application_received() -> None:
    body = "This is an automated message to confirm that we have received your application."
    data = eml(
        body,
        "Automatic reply: Application",
        "Jobs <jobs@acme.example>",
        headers=[("Auto-Submitted", "auto-replied")],
    )
    assert kind_of(data) == "application_received"


def test_message_written_by_the_user_is_other() -> None:
    data = eml(
        "Could we move the interview to Friday?",
        "Re: Interview",
        sender=f"Sam <{ME}>",
        to=RECRUITER,
    )
    assert kind_of(data) == "other"


def test_every_signal_says_why() -> None:
    data = eml("We have decided to move forward with other candidates.", "Update", RECRUITER)
    signal = signal_of(data)
    assert signal.evidence and "rejection" in signal.evidence[0]


def test_rule_table_is_well_formed() -> None:
    from followupd.understand.classifier import FACTS
    from followupd.understand.rules import RULES

    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert {need.lstrip("!") for need in rule.needs} <= set(FACTS), rule.name
        assert rule.where in {"text", "subject", "all"}, rule.name
        assert rule.phrases or rule.needs, rule.name  # a rule must test something
