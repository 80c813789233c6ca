"""Cases found on realistic timelines, in other words (helper "classify-3").

Holding replies in German, French and Spanish; invites whose title names a role but not an
interview; agency prose that fixes a client's interview; a time asked about (a request) versus
a time agreed; a time changed in a thread; coordinators who book but do not interview; an
onsite announced without a time; and friends congratulating on an offer, which is no offer.
"""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of, vevent

RECRUITER = "Jo Park <jo.park@fernwood.example>"
AGENCY = "Tess Ruiz <tess.ruiz@peaktalent.example>"
FRIEND = "Kim Wells <kim.wells@gmail.com>"
COLLEAGUE = "Ben Ames <ben.ames@northstar.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihre Bewerbung als Systemingenieur",
            "Sehr geehrter Herr Lee,\n\nunser Auswahlverfahren ist derzeit noch nicht "
            "abgeschlossen. Wir kommen auf Sie zu, sobald wir mehr wissen.\n\nBeste Grüße",
        ),
        (
            "Ihre Bewerbung als Systemingenieur",
            "Sehr geehrter Herr Lee,\n\nwir befinden uns aktuell noch in der Auswahlphase und "
            "melden uns bei Ihnen, sobald die Entscheidung gefallen ist.",
        ),
        (
            "Ihre Bewerbung - Zwischenstand",
            "Sehr geehrter Herr Lee,\n\nwir werden Ihnen spätestens am Mittwoch, den 18. März, "
            "Bescheid geben.\n\nFreundliche Grüße",
        ),
        (
            "Votre candidature - poste d'analyste",
            "Bonjour,\n\nnous n'avons pas encore finalisé notre sélection. Nous reviendrons vers "
            "vous d'ici la fin de la semaine prochaine.\n\nCordialement",
        ),
        (
            "Tu candidatura - puesto de analista",
            "Hola Sam,\n\naún estamos en pleno proceso de selección. Nos pondremos en contacto "
            "contigo en cuanto tengamos una decisión.\n\nUn saludo",
        ),
    ],
)
def test_holding_replies_in_other_languages(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject, RECRUITER))
    assert signal.kind.value == "holding_reply", signal.evidence


def test_a_german_acknowledgement_that_promises_news_stays_an_acknowledgement() -> None:
    body = (
        "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns bei Ihnen, "
        "sobald wir Ihre Unterlagen geprüft haben."
    )
    signal = signal_of(eml(body, "Ihre Bewerbung", RECRUITER))
    assert signal.kind.value == "application_received", signal.evidence


def _one_to_one(summary: str, organizer: tuple[str, str], description: str = "") -> bytes:
    ics = vevent(
        summary=summary,
        organizer=organizer,
        attendees=(organizer, ("Sam Lee", ME)),
        description=description,
    )
    sender = f"{organizer[0]} <{organizer[1]}>"
    body = f"{summary}\nTuesday Mar 10, 2026 2pm - 3pm\n{description}\nInvitation from Calendar"
    return eml(body, f"Invitation: {summary} @ Tue Mar 10, 2026 2pm", sender, ics=ics)


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        ("Sam Lee <> Omar Haddad (Operations Planner)", "Looking forward to talking. - Omar"),
        ("Sam Lee / Omar Haddad - Program Officer", ""),
        ("Sam Lee and Omar Haddad", "A conversation about the role and the team."),
    ],
)
def test_a_one_to_one_invite_naming_a_role_is_an_interview(summary: str, description: str) -> None:
    organizer = ("Omar Haddad", "omar.haddad@brightline.example")
    signal = signal_of(_one_to_one(summary, organizer, description))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert [p.address for p in signal.interviewers] == ["omar.haddad@brightline.example"]


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        ("Sam Lee <> Omar Haddad (Q2 roadmap sync)", "Agenda: renewal terms."),
        ("Quarterly business review", "Looking forward to our conversation."),
    ],
)
def test_a_one_to_one_invite_without_hiring_words_is_other(summary: str, description: str) -> None:
    organizer = ("Omar Haddad", "omar.haddad@brightline.example")
    signal = signal_of(_one_to_one(summary, organizer, description))
    assert signal.kind.value == "other", signal.evidence


def test_agency_prose_fixing_the_clients_interview_is_scheduled() -> None:
    body = (
        "Hi Sam,\n\nGood news - our client, Brightline Foods, would like to interview you for "
        "the Inventory Analyst opening. You will be meeting with Omar Haddad "
        "(omar.haddad@brightlinefoods.example), their VP of Operations, on Tuesday, March 10 "
        "at 2:00 pm ET for roughly an hour over video.\n\nGive me a ring afterwards!\n\nTess"
    )
    signal = signal_of(eml(body, "Brightline Foods - Inventory Analyst", AGENCY))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert [p.address for p in signal.interviewers] == ["omar.haddad@brightlinefoods.example"]
    assert signal.company == "Brightline Foods"


def test_interest_in_interviewing_without_a_time_is_a_request() -> None:
    body = "Hi Sam,\n\nThe team would like to interview you for the Inventory Analyst opening."
    signal = signal_of(eml(body, "Inventory Analyst", AGENCY))
    assert signal.kind.value == "interview_request", signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying! I'd like to set up a short phone screen with you. Does Thursday, "
        "March 12 at 9:30 am ET work on your end?",
        "I'd love to set up a video call with our lead. Could you do Friday, March 13 at "
        "4:00 pm ET?",
    ],
)
def test_a_time_asked_about_is_a_request(body: str) -> None:
    signal = signal_of(eml(body, "Fernwood - Data Analyst", RECRUITER))
    assert signal.kind.value == "interview_request", signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nFriday at 10:30am works! I'll call you then.\n\nJo",
        "Hi Sam,\n\nThursday at 4pm works. I'll phone you then.\n\nJo",
    ],
)
def test_a_short_agreement_to_a_time_is_scheduled_with_the_writer(body: str) -> None:
    signal = signal_of(eml(body, "Re: Fernwood - Data Analyst", RECRUITER))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert [p.address for p in signal.interviewers] == ["jo.park@fernwood.example"]


@pytest.mark.parametrize(
    "body",
    [
        "Quick update: your interview with Marco is now Friday, March 13 at 10:00 am ET.",
        "Hi Sam, small change - the technical interview is now on Friday, March 13 at "
        "10:00 am ET, same link.",
        "Friday at 1pm is fine with Omar, so you're now booked for Friday, March 13 at 1:00 pm ET.",
    ],
)
def test_a_time_changed_in_a_thread_is_rescheduled(body: str) -> None:
    signal = signal_of(eml(body, "Re: Fernwood - Data Analyst interview", RECRUITER))
    assert signal.kind.value == "interview_rescheduled", signal.evidence


@pytest.mark.parametrize(
    "description",
    [
        "Jo Park has scheduled your interview with Lena Ortiz (Engineering Manager).",
        "Panel with Lena Ortiz (Engineering Manager). Coordinated by Jo Park.",
    ],
)
def test_an_organizer_who_coordinates_is_no_interviewer(description: str) -> None:
    organizer = ("Jo Park", "jo.park@fernwood.example")
    ics = vevent(
        summary="Onsite: Sam Lee - Data Engineer",
        organizer=organizer,
        attendees=(organizer, ("Sam Lee", ME), ("Lena Ortiz", "lena.ortiz@fernwood.example")),
        description=description,
    )
    signal = signal_of(eml(description, "Invitation: Onsite: Sam Lee", RECRUITER, ics=ics))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert [p.address for p in signal.interviewers] == ["lena.ortiz@fernwood.example"]


@pytest.mark.parametrize(
    "body",
    [
        "Great talking today! We'd love to bring you in for a final round with the team. Jo "
        "will send you a calendar invite with the details.",
        "The team would love to have you back for an onsite with two of our engineers.",
    ],
)
def test_an_onsite_announced_without_a_time_is_a_request(body: str) -> None:
    signal = signal_of(eml(body, "Next step at Fernwood", RECRUITER))
    assert signal.kind.value == "interview_request", signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("congrats!!", "Congrats on your offer from Fernwood! So happy for you, drinks soon?"),
        ("yay", "Heard about your offer from the data team at Fernwood - amazing news!"),
        ("you did it", "Congratulations on the job offer, you earned that role."),
    ],
)
def test_a_friend_congratulating_on_an_offer_is_other(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject, FRIEND))
    assert signal.kind.value == "other", signal.evidence


def test_an_employers_named_offer_is_still_an_offer() -> None:
    body = (
        "Hi Sam,\n\nCongratulations! The documents for the Site Engineer role are attached; "
        "please sign them by Friday.\n\nJo"
    )
    signal = signal_of(eml(body, "Your offer from Brightwater Energy", RECRUITER))
    assert signal.kind.value == "offer", signal.evidence


@pytest.mark.parametrize(
    ("subject", "company"),
    [
        ("Kestrel Labs interview - Data Analyst", "Kestrel Labs"),
        ("Data Analyst interview", "Peaktalent"),  # the client unnamed in the subject: unsure
    ],
)
def test_an_agency_names_its_client_as_the_employer(subject: str, company: str) -> None:
    body = (
        "Hi Sam,\n\nKestrel Labs would like to interview you for the Data Analyst opening. "
        "You'll speak with their head of data on Tuesday, March 10 at 2:00 pm ET."
    )
    signal = signal_of(eml(body, subject, AGENCY))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert signal.company == company


@pytest.mark.parametrize(
    "body",
    [
        "Great news: you're now booked for your onsite on Friday, March 13 at 1:00 pm ET.",
        "Your interview for the Data Analyst role is now confirmed for Friday, March 13 at "
        "1:00 pm ET.",
    ],
)
def test_a_first_booking_with_now_is_scheduled_not_moved(body: str) -> None:
    signal = signal_of(eml(body, "Fernwood - Data Analyst interview", RECRUITER))
    assert signal.kind.value == "interview_scheduled", signal.evidence


@pytest.mark.parametrize(
    "summary",
    ["Call with your wedding planner", "Sam Lee <> Omar Haddad (your financial advisor)"],
)
def test_a_meeting_with_ones_own_service_provider_is_other(summary: str) -> None:
    organizer = ("Omar Haddad", "omar.haddad@brightline.example")
    signal = signal_of(_one_to_one(summary, organizer, "Looking forward to our chat."))
    assert signal.kind.value == "other", signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Ihre Bewerbung", "Hallo Sam, wir brauchen noch etwas Zeit für unsere Entscheidung."),
        ("Votre candidature", "Bonjour, nous avons besoin d'un peu plus de temps. Merci."),
        ("Tu candidatura", "Hola, necesitamos un poco más de tiempo para decidir."),
    ],
)
def test_more_time_needed_is_a_holding_reply(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject, RECRUITER))
    assert signal.kind.value == "holding_reply", signal.evidence


def test_a_time_offered_as_a_question_without_request_words_is_a_request() -> None:
    body = "Would Monday, March 9 at 3pm ET be OK for a call with the hiring manager?"
    signal = signal_of(eml(body, "Data Analyst", RECRUITER))
    assert signal.kind.value == "interview_request", signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "No problem at all, we've moved you to Monday, March 9 at 3pm ET.",
        "Your call with Raj has been pushed to Monday, March 9 at 3pm ET.",
    ],
)
def test_a_meeting_moved_to_a_new_time_is_rescheduled(body: str) -> None:
    signal = signal_of(eml(body, "Re: Data Analyst interview", RECRUITER))
    assert signal.kind.value == "interview_rescheduled", signal.evidence


def test_a_friend_naming_your_offer_from_a_personal_address_is_other() -> None:
    body = "Amazing - your offer from Fernwood for the analyst role is the best news this week."
    signal = signal_of(eml(body, "news!", FRIEND))
    assert signal.kind.value == "other", signal.evidence


def test_a_weekday_agreed_in_a_reply_takes_the_date_the_quote_proposed() -> None:
    body = (
        "Hi Sam,\n\nThursday at 10am works, talk then!\n\nJo\n\n"
        "On Mon, Mar 2, 2026 at 9:00 AM Sam Lee <sam.lee@example.net> wrote:\n"
        "> Hi Jo,\n>\n> Next week is busy for me. Could we do Thursday, March 12 at 10am ET\n"
        "> instead?\n>\n> Sam\n"
    )
    signal = signal_of(eml(body, "Re: Fernwood - Data Analyst", RECRUITER))
    assert signal.kind.value == "interview_scheduled", signal.evidence
    assert signal.interview_start is not None
    assert signal.interview_start.date().isoformat() == "2026-03-12"
    assert signal.interview_start.hour == 10


def test_a_weekday_agreed_without_a_quote_is_the_next_such_day() -> None:
    signal = signal_of(eml("Thursday at 10am works, talk then!", "Re: Data Analyst", RECRUITER))
    assert signal.interview_start is not None
    assert signal.interview_start.date().isoformat() == "2026-03-05"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Data Analyst", "Friday works for us, but what time suits you best?"),
        ("Re: Data Analyst", "Does Friday, March 6 at 3pm or Monday at 10am work for a chat?"),
    ],
)
def test_a_day_agreed_with_the_time_still_open_is_a_request(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject, RECRUITER))
    assert signal.kind.value == "interview_request", signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: dinner", "Friday at 7pm works! See you at the restaurant."),
        ("Team offsite", "Would Friday, March 6 at 3pm work for the offsite planning call?"),
    ],
)
def test_times_agreed_or_asked_outside_hiring_are_other(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject, COLLEAGUE))
    assert signal.kind.value == "other", signal.evidence
