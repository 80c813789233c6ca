"""Many everyday phrasings of each kind (and of the traps), one short message each.

Written from how hiring mail is commonly worded, not from the corpus: the classifier is
judged on mail it has never seen, so what matters is that general phrases carry it.
"""

from __future__ import annotations

import pytest
from classify_mail import eml, kind_of

PERSON = "Jamie Fox <jamie.fox@northstar.example>"
ATS = "Northstar Talent <no-reply@ats.example>"

CASES: list[tuple[str, str, str, str]] = [
    # (expected kind, sender, subject, body)
    (
        "rejection",
        PERSON,
        "Data Engineer",
        "We've decided to pursue other candidates for this role.",
    ),
    (
        "rejection",
        ATS,
        "Your application",
        "We will not be able to offer you a position at this time.",
    ),
    ("rejection", PERSON, "Update", "Unfortunately, you were not successful on this occasion."),
    (
        "rejection",
        PERSON,
        "Update",
        "We have decided to go in a different direction for this role.",
    ),
    (
        "rejection",
        ATS,
        "Application update",
        "We have decided to move forward with candidates whose "
        "experience more closely matches the role.",
    ),
    (
        "rejection",
        PERSON,
        "Re: Analyst role",
        "I'm sorry to say we won't be taking your application any further.",
    ),
    (
        "rejection",
        ATS,
        "Your application",
        "The position is no longer available and has been closed.",
    ),
    (
        "rejection",
        PERSON,
        "Ihre Bewerbung",
        "Leider haben wir uns für andere Kandidaten entschieden.",
    ),
    (
        "rejection",
        PERSON,
        "Votre candidature",
        "Nous ne pouvons pas donner suite à votre candidature.",
    ),
    ("rejection", PERSON, "Tu candidatura", "Hemos decidido seguir adelante con otros candidatos."),
    (
        "offer",
        PERSON,
        "Offer",
        "We are pleased to offer you the position of Data Engineer at Northstar.",
    ),
    (
        "offer",
        PERSON,
        "Good news",
        "The team loved meeting you and we'd like to move forward with an "
        "offer. I'll call you this afternoon with the details.",
    ),
    ("offer", PERSON, "Offer letter - Data Engineer", "Please find attached your offer letter."),
    ("offer", PERSON, "Angebot", "Wir freuen uns, Ihnen die Stelle anbieten zu können."),
    (
        "interview_request",
        PERSON,
        "Data Engineer - next steps",
        "Can you do a quick call on Tuesday or Wednesday? Please let me know your availability.",
    ),
    (
        "interview_request",
        PERSON,
        "Your application",
        "We'd love to invite you to the next round of "
        "interviews. Which times work for you next week?",
    ),
    (
        "interview_request",
        PERSON,
        "Bewerbung",
        "Wir möchten Sie gerne zu einem Vorstellungsgespräch "
        "einladen. Bitte teilen Sie uns mit, wann Sie Zeit haben.",
    ),
    (
        "interview_request",
        PERSON,
        "Candidature",
        "Seriez-vous disponible pour un entretien la semaine prochaine ?",
    ),
    (
        "interview_scheduled",
        PERSON,
        "Interview confirmation",
        "Your interview has been scheduled for Tuesday, March 10 at 2:00 pm ET with Jamie.",
    ),
    (
        "interview_scheduled",
        PERSON,
        "Re: Data Engineer interview",
        "Perfect, see you on Thursday, March 12 at 11:00 am ET!",
    ),
    (
        "interview_scheduled",
        ATS,
        "Reminder: your interview",
        "Reminder: your upcoming interview with Northstar is on Friday, March 13 at 9:30 am ET.",
    ),
    (
        "interview_rescheduled",
        PERSON,
        "Interview moved",
        "Your interview has been moved to Monday, March 16 at 4:00 pm ET because of a conflict.",
    ),
    (
        "interview_cancelled",
        PERSON,
        "Interview",
        "Our interview on Thursday has been cancelled; I'll reach out when we reopen the role.",
    ),
    ("holding_reply", PERSON, "Re: Data Engineer", "No news yet, but I'll keep you posted."),
    (
        "holding_reply",
        PERSON,
        "Re: Data Engineer",
        "We need a little more time to finish the process; "
        "expect to hear from us by the end of next week.",
    ),
    (
        "holding_reply",
        PERSON,
        "Re: Data Engineer",
        "The hiring manager is still meeting candidates. I'll update you as soon as I hear more.",
    ),
    (
        "application_received",
        ATS,
        "Thanks for applying",
        "Your application has been submitted "
        "successfully. A recruiter will reach out to schedule a call if there's a fit.",
    ),
    (
        "application_received",
        ATS,
        "Application received",
        "We'll review your application and once "
        "we have reviewed it, we will contact you to schedule a time.",
    ),
    (
        "other",
        "Job Board <alerts@board.example>",
        "Jobs you might like",
        "Data Engineer at Acme - apply now. Interview process: 2 rounds.",
    ),
    (
        "other",
        PERSON,
        "Info session invite",
        "Join our virtual info session about life at Northstar "
        "on March 12 at 5:00 pm ET; recruiters will answer questions.",
    ),
    (
        "other",
        "Prep Coach <coach@prep.example>",
        "Interview prep",
        "Your interview prep session with a coach is booked for Tuesday, March 10 at 6:00 pm ET.",
    ),
    (
        "other",
        PERSON,
        "Interviewer assignment",
        "You've been added as an interviewer for the Data "
        "Engineer loop on Tuesday, March 10 at 2:00 pm ET.",
    ),
    (
        "other",
        "Noor <noor@example.org>",
        "dinner?",
        "Are you free for dinner on Friday? Also good luck with the interview!",
    ),
    ("other", "Shop <orders@shop.example>", "Order shipped", "Your order #4411 has shipped."),
    (
        "other",
        PERSON,
        "Out of office",
        "I'm away until Monday. For urgent recruiting questions contact "
        "my colleague. We regret any delay in our reply.",
    ),
    (
        "other",
        "Noor <noor@example.org>",
        "thursday",
        "I'd like to offer you a ride to your interview on Thursday, my car is free.",
    ),
    (
        "interview_request",
        PERSON,
        "Data Engineer interview",
        "I can do Tuesday at 2pm or Wednesday at 3pm ET. Let me know which works best for you.",
    ),
    (
        "interview_cancelled",
        PERSON,
        "Your interview tomorrow",
        "I'm sorry, but we need to "
        "reschedule your interview because the panel is unavailable. I'll send new options soon.",
    ),
    (
        "application_received",
        ATS,
        "Application received",
        "We have received your application. "
        "If you haven't heard from us within three weeks, we have decided not to move forward.",
    ),
    (
        "rejection",
        ATS,
        "Your application to Northstar",
        "Thank you for applying. Unfortunately, "
        "after reviewing your application we will not be moving forward at this time.",
    ),
    (
        "rejection",
        PERSON,
        "Re: Data Engineer",
        "I'm afraid the team has decided to hire someone with more Scala experience.",
    ),
    (
        "rejection",
        ATS,
        "Update",
        "We have reviewed your application and have decided not to invite you to interview.",
    ),
    (
        "interview_cancelled",
        PERSON,
        "Termin abgesagt",
        "Leider müssen wir Ihr Vorstellungsgespräch am Donnerstag absagen.",
    ),
    (
        "interview_cancelled",
        PERSON,
        "Entretien annulé",
        "Nous devons malheureusement annuler votre entretien de jeudi. Nous reviendrons vers vous.",
    ),
    (
        "holding_reply",
        PERSON,
        "Re: Candidature",
        "Le processus est toujours en cours, nous reviendrons vers vous rapidement.",
    ),
]


@pytest.mark.parametrize(("expected", "sender", "subject", "body"), CASES)
def test_phrasing_is_read_as_its_kind(expected: str, sender: str, subject: str, body: str) -> None:
    assert kind_of(eml(body, subject, sender)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Would Tuesday, March 10 at 2 p.m. ET work for you for a first interview?",
        "Does Thursday at 10 work for you? It would be a 30-minute phone screen.",
    ],
)
def test_one_proposed_time_is_still_a_request(body: str) -> None:
    assert kind_of(eml(body, "Data Engineer role", PERSON)) == "interview_request"


def test_abbreviations_do_not_end_sentences() -> None:
    from followupd.understand.sentences import sentence_lines

    assert sentence_lines("Meet Dr. Ruiz at 2 p.m. on Friday. Then lunch.").splitlines() == [
        "Meet Dr. Ruiz at 2 p.m. on Friday.",
        "Then lunch.",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "We're recruiting participants for a 45-minute user interview about our app. You'll get "
        "a $50 voucher.",
        "Thanks for agreeing to an informational interview next Tuesday at 3pm ET.",
        "Please share your feedback on your recent interview experience with Northstar.",
    ],
)
def test_interviews_that_are_not_hiring_interviews(body: str) -> None:
    assert kind_of(eml(body, "Interview", PERSON)) == "other"


def test_scheduling_tool_confirmation_without_invite_is_scheduled() -> None:
    body = (
        "A new event has been scheduled.\n\nEvent type: Technical Interview (60 min)\n"
        "Invitee: Sam Lee (sam.lee@example.net)\nHost: Jamie Fox (jamie.fox@northstar.example)\n"
        "Date/time: 11:00am - 12:00pm (Eastern Time), Wednesday, March 11, 2026"
    )
    data = eml(body, "New event: Technical Interview", "Slots <notifications@slots.example>")
    assert kind_of(data) == "interview_scheduled"
