"""English look-alikes: mail that shares hiring words but is not the user's own job search
must stay `other` (friends, networking coffees, the user interviewing someone else, podcasts,
press and user research, a viewing, a dentist or a mortgage consult booked for a time, cold
outreach about a role never applied to, reviews at the user's own job, offers as a topic),
and near misses keep their reading. Phrasings of our own, none from a fixture or a corpus.
"""

from __future__ import annotations

import pytest
from classify_mail import eml, kind_of

RECRUITER = "Tasha Greene <tasha.greene@keystone-talent.example>"
FRIEND = "Jo Park <jo.park@gmail.com>"


def read(body: str, subject: str = "Re: Operations Manager - your application") -> str:
    return kind_of(eml(f"Hi Sam,\n\n{body}\n\nTasha", subject, RECRUITER))


# Hard negatives: the same words, not the user's own job search.
LOOK_ALIKES = [
    # friends and networking
    (
        "Coffee Thursday?",
        "Hey! Are you free for coffee on Thursday at 3pm? It's been ages.",
        FRIEND,
    ),
    ("Re: coffee", "See you Tuesday at 10 then! I'll grab us a table.", FRIEND),
    (
        "Intro",
        "Great to connect at the meetup. Would you be open to a coffee chat next week to swap "
        "notes on data engineering?",
        FRIEND,
    ),
    # the user interviews someone else
    (
        "Interview panel - Backend candidate",
        "You're on the panel to interview our backend candidate on Thursday at 2pm. Please "
        "submit your scorecard by Friday.",
        "Recruiting <recruiting@my-employer.example>",
    ),
    (
        "Reminder: offer approvals and interview feedback",
        "A reminder for hiring managers: offer approvals are due Friday 13 March, and "
        "rejected candidates should receive a decision within 5 working days.",
        "People Ops <peopleops@my-employer.example>",
    ),
    # press, podcasts, research
    (
        "Podcast invite",
        "We'd love to interview you for our podcast on Thursday at 2pm about your career.",
        "Lena <lena@devpod.example>",
    ),
    (
        "User research session",
        "Thanks for signing up! Your user research session is booked for Tuesday at 11am; "
        "you'll receive a $50 gift card.",
        "Research <research@product.example>",
    ),
    # a viewing, a doctor, a loan
    (
        "Confirmed: viewing Thursday 5:30pm",
        "You're all set for Thursday at 5:30pm to view unit 3B. If you'd like to apply on the "
        "spot, bring proof of income (two pay stubs or an offer letter).",
        "Carmen Ruiz <carmen@oak-lettings.example>",
    ),
    (
        "Appointment confirmed",
        "Your appointment with your dentist is confirmed for Tuesday at 9am.",
        "Clinic <noreply@smile-clinic.example>",
    ),
    (
        "Mortgage pre-approval consult",
        "Your mortgage consultation is booked for Thursday at 6pm. Please bring your "
        "employment letter.",
        "Northgate Lending <ines@northgate-lending.example>",
    ),
    # cold outreach about a role never applied to
    (
        "Senior Data Engineer @ Ironquay - quick chat?",
        "I came across your profile and I'm hiring a Senior Data Engineer. Would you be open "
        "to a quick 15-minute chat this week?",
        "Devon Clarke <devon@ironquay.example>",
    ),
    (
        "Opportunity",
        "Not sure if you're actively looking, but I have a Staff Engineer role you'd be great "
        "for. Are you free for a call on Thursday at 2pm to hear more?",
        "Agency <kim@talent-scouts.example>",
    ),
    (
        "Exciting role",
        "Are you open to new opportunities? No pressure if the timing isn't right, but I'd "
        "love to set up a call about a role with my client.",
        "Agency <kim@talent-scouts.example>",
    ),
    # reviews at the user's own job
    (
        "Mid-year review - Wednesday 3pm",
        "I've booked us in for your mid-year review on Wednesday at 3pm in the Thames room. "
        "Could you fill in the self-assessment form beforehand?",
        "Neil Barrow <neil@my-employer.example>",
    ),
    (
        "Friday",
        "I've put our weekly 1:1 in the diary for Friday at 2pm, we can talk about your role then.",
        "Neil Barrow <neil@my-employer.example>",
    ),
    (
        "Probation review",
        "Let's do your probation review on Friday at 11am; it's the last step for your role.",
        "Neil Barrow <neil@my-employer.example>",
    ),
    # offers as a topic, an account made
    (
        "Share your story with students?",
        "Our alumni careers panel on Thursday 17 September covers how to approach interviews "
        "and your first job offer. Let us know by Friday 4 September.",
        "Alumni <alumni@uni.example>",
    ),
    (
        "Your candidate profile has been created",
        "Welcome! Your candidate profile has been created successfully. You can now apply to "
        "open positions.",
        "Careers <noreply@careers.example>",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), LOOK_ALIKES)
def test_look_alikes_stay_other(subject: str, body: str, sender: str) -> None:
    assert kind_of(eml(body, subject, sender)) == "other"


def test_a_reminder_of_a_podcast_interview_is_not_a_request() -> None:
    body = "When's a good time to record the podcast interview next week?"
    assert kind_of(eml(body, "Podcast", "Lena <lena@devpod.example>")) == "other"


# The same words, where they say something else.
NEAR_MISSES = [
    # an invite updated for a link or a person is not a move; a length is not a time
    (
        "Your interview is confirmed for Thursday 5 March at 2pm. I've updated the invite with "
        "the new Zoom link.",
        "interview_scheduled",
    ),
    (
        "Your interview is confirmed for Thursday 5 March at 2pm. It will be 30 minutes "
        "instead of 45.",
        "interview_scheduled",
    ),
    (
        "Your interview is confirmed for Thursday 5 March at 2pm; we'll also cover how "
        "performance reviews work here.",
        "interview_scheduled",
    ),
    # a talk already had, feedback gathered: still waiting, no request, no cancellation
    (
        "It was good to have a chat on Monday. We're still reviewing a few profiles and "
        "will get back to you by Friday.",
        "holding_reply",
    ),
    (
        "I'll pull the interview feedback together and get back to you by Friday.",
        "holding_reply",
    ),
    (
        "We won't be progressing this week as the hiring manager is away until Monday.",
        "holding_reply",
    ),
    (
        "The offer is still with finance for sign-off; we should have news by Friday.",
        "holding_reply",
    ),
    ("Unfortunately the offer no longer stands as the role has been closed.", "rejection"),
    # a background check asks for dates, not times
    ("For the background check, please share your dates of employment at Acme.", "other"),
    ("Reminder: we have the application deadline on Friday for the graduate role.", "other"),
    # the user's CV read with interest is no cold outreach
    (
        "I found your CV really interesting. Are you free for a call about the role on "
        "Thursday or Friday?",
        "interview_request",
    ),
    (
        "Could you do Thursday for the interview? If the timing isn't right for you we can look "
        "at later dates.",
        "interview_request",
    ),
]


@pytest.mark.parametrize(("body", "kind"), NEAR_MISSES)
def test_near_misses_keep_their_reading(body: str, kind: str) -> None:
    assert read(body) == kind
