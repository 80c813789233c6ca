"""English interview logistics written by people, read as classes of language
(phrases/en_logistics.py), with phrasings of our own.

Recruiters, hiring managers, founders on freemail and agencies write in few words and in
their own English (US, UK, Irish, Indian, Australian): "When's a good time for a call?", "How
are you fixed for Thursday?", "Locked in for Thursday", "You're down for Tuesday at 4pm",
"stands rescheduled", "I'm cancelling our call". Each class comes in several shapes; replies
in a thread are read with it. The decisions and receipts are in
test_classify_english_decisions.py, the look-alikes that must stay `other` in
test_classify_english_look_alikes.py. None of this is taken from a fixture or a corpus.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classify_mail import DEFAULT_DATE, EST, ME, eml, kind_of

from followupd.mail import parse_message
from followupd.model import Envelope, Kind, Person, Signal
from followupd.understand import Earlier, classify, thread_context

RECRUITER = "Tasha Greene <tasha.greene@keystone-talent.example>"
FOUNDER = "Meghna Rao <meghna.builds@gmail.com>"


def read(body: str, subject: str = "Re: Operations Manager - your application") -> str:
    return kind_of(eml(f"Hi Sam,\n\n{body}\n\nTasha", subject, RECRUITER))


# A time asked for in other words than "your availability".
TIME_ASKED = [
    "When's a good time for a quick call today or tomorrow? Just reply with a window.",
    "Let me know what day is good for you next week and I'll book it in.",
    "What time suits you best on Thursday?",
    "When would suit you for a chat with our head of product?",
    "Could you flick me a couple of times that work next week?",
    "Please suggest two or three 45-minute windows next week and my assistant will confirm.",
    "Can you send me a few slots for a call with the hiring manager?",
    "Drop me some times for a 20 min screen and I'll lock one in.",
]
# A call, a screen or a visit proposed, a later round wanted, a calendar to pick from.
CALL_PROPOSED = [
    "Before I put you forward to the client I'd like to do a quick 15-minute screen.",
    "Loved your application. Want to hop on a call next week?",
    "Can you come in sometime next week for an interview?",
    "Could you pop into the office on Friday morning to meet the team?",
    "I'd very much like to have an exploratory conversation about the role.",
    "They want you back for a second round with the CEO.",
    "The panel would like to see you again for a final round with the MD.",
    "Here's my calendar, grab any slot that suits.",
    "Pick whichever time works on my booking page.",
]
# Time asked for as people ask it: a question about the week, the diary, a day.
WEEK_ASKED = [
    "Thanks for your application! Would you have 20 minutes this week for an intro call?",
    "Keen to chat about the role. Are you around Thursday or Friday afternoon?",
    "I'd love to get you in to meet the team. What does next week look like for you?",
    "Could you let me know when you're free for a 30 min video call?",
    "Would Tuesday or Wednesday work for a chat with the team?",
    "Do you have time for a call on Monday?",
    "Are you able to do a call on Wednesday morning?",
    "Keen to get a time in the diary with you for a first chat.",
    "How are you fixed for a call later this week?",
    "Have you got 15 minutes tomorrow for a quick chat about the role?",
    "Would love to talk more about your background - how does next week look?",
]


@pytest.mark.parametrize("body", TIME_ASKED + CALL_PROPOSED + WEEK_ASKED)
def test_requests_in_a_persons_words(body: str) -> None:
    assert read(body) == "interview_request"


# One time proposed as a question: nothing is fixed until the candidate says yes.
@pytest.mark.parametrize(
    "body",
    [
        "Ravi could do Tuesday 2 June at 14:00 for 45 minutes. Would that suit?",
        "Priya has Thursday at 3pm free for the interview. Does that work?",
        "We could do Monday 9 March at 10am on Teams. Would that be OK?",
        "The panel can meet on Wednesday at 11:30. Would that be possible for you?",
        "How about Friday at 2pm for the final interview? Would either work?",
    ],
)
def test_one_time_proposed_as_a_question_is_a_request(body: str) -> None:
    assert read(body, "Interview - next steps") == "interview_request"


# A time fixed in few words.
FIXED = [
    "Thanks for applying! I'll give you a call on Thursday 5 March at 11am for a 30 minute chat.",
    "Great, I'll ring you on Wednesday at 2pm for the phone screen.",
    "See you Tuesday at 10 then for the interview. Ask for me at the counter.",
    "Interview sorted - see you on Monday at 9:30, we'll be in the Kent St office.",
    "Here's your itinerary for Thursday 12 March: 13:00 - 13:45 Data modelling with Ana.",
    "I've booked:\nThursday, March 12 at 10:00 a.m. Pacific\n60 minutes with Raymond, our "
    "hiring manager.",
    "Confirming our interview tomorrow at 4pm your time.",
    "Just confirming your call with the hiring manager on Friday at 1pm.",
    "Locked in for Thursday 10:30 PT. No live coding, just a chat about what you've built.",
]
# Put in the diary, booked in, announced.
BOOKED_IN = [
    "Great - I've put 2pm on Friday in the diary for you and Priya.",
    "All sorted for Monday 10am, the invite should be with you now.",
    "You're down for Tuesday at 4pm with the hiring manager.",
    "We've got you pencilled in for a chat with the founders on Friday at noon.",
    "Just a reminder that you're meeting Priya tomorrow at 10am at our office.",
    "Your interview will take place on Thursday 5 March at 2pm at our Leeds office.",
    "The final round will be held on Friday 6 March at 9:30 in the Kent St office.",
]


@pytest.mark.parametrize("body", FIXED + BOOKED_IN)
def test_a_time_fixed_in_few_words_is_a_confirmation(body: str) -> None:
    assert read(body) == "interview_scheduled"


# Interview formats name a hiring meeting without the word "interview".
@pytest.mark.parametrize(
    "body",
    [
        "Locked in for Thursday 10:30 PT, mostly a conversation and no live coding.",
        "Locked in for Thursday 10:30 PT: a 90 minute take-home exercise debrief.",
        "Locked in for Thursday 10:30 PT for the pair programming session.",
        "Locked in for Thursday 10:30 PT, we'll start with your portfolio walkthrough.",
        "Locked in for Thursday 10:30 PT. Could you share your current CTC and notice period?",
    ],
)
def test_interview_formats_are_hiring_words(body: str) -> None:
    assert kind_of(eml(body, "Thursday", RECRUITER)) == "interview_scheduled"


MOVED = [
    "Small change for Thursday: we'll now start at 9:30. I've updated the invite.",
    "Due to unavoidable circumstances your interview stands rescheduled to Friday, 20 March at "
    "3:00 PM IST.",
    "Your interview on Friday has been preponed to 11:00 AM, same panel.",
    "Apologies, I made an error: the corrected time is Wednesday, March 11 at 2:00 pm MT.",
    "Could we bring it forward to 9:30 on Thursday? I've sent you an updated invite.",
    "Thursday's interview is now at 9:30 instead of 11, same panel.",
    "Martin is tied up, so the interview is re-scheduled to Monday 9 March at 10:00.",
]


@pytest.mark.parametrize("body", MOVED)
def test_a_moved_interview_is_a_reschedule(body: str) -> None:
    assert read(body, "Interview - time change") == "interview_rescheduled"


CALLED_OFF = [
    "Really sorry but Marlowe have asked me to cancel Thursday's interview.",
    "I'm so sorry to do this - we need to cancel Friday's review session for the role.",
    "I'm cancelling our call today about the role, something urgent came up.",
    "We'll have to call off tomorrow's onsite, the hiring manager is unwell.",
    "Apologies, we've had to scrap Thursday's call; I'll come back with new dates.",
    "I'm afraid Thursday's chat is off, the role has been put on hold.",
    "Unfortunately we won't be able to go ahead with the interview on Thursday.",
]


@pytest.mark.parametrize("body", CALLED_OFF)
def test_a_called_off_interview_is_a_cancellation(body: str) -> None:
    assert read(body) == "interview_cancelled"


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is confirmed for Thursday 5 March at 2pm. To cancel or reschedule your "
        "interview, use the link in this email.",
        "Your interview is confirmed for Thursday 5 March at 2pm. Candidates can reschedule "
        "their interview up to 24 hours before.",
    ],
)
def test_instructions_to_cancel_are_no_cancellation(body: str) -> None:
    assert read(body) == "interview_scheduled"


def _earlier(kind: Kind) -> Earlier:
    envelope = Envelope(
        message_id="<m1@test.example>",
        subject="Java Lead",
        sender=Person("tasha.greene@keystone-talent.example", "Tasha Greene"),
        date=DEFAULT_DATE - timedelta(days=3),
    )
    start = DEFAULT_DATE + timedelta(days=3) if kind is Kind.INTERVIEW_SCHEDULED else None
    return Earlier(envelope, Signal(kind, ("earlier",), interview_start=start), from_user=False)


def _in_a_request_thread(body: str) -> Signal:
    """`body` answering a request for a time to which the user proposed Thursday at 2pm."""
    asked = _earlier(Kind.INTERVIEW_REQUEST)
    proposed = Earlier(
        Envelope(
            message_id="<m2@test.example>",
            subject="Re: Java Lead",
            sender=Person(ME, "Sam Lee"),
            date=DEFAULT_DATE,
        ),
        Signal(Kind.OTHER, ("written by the user",), interview_start=THURSDAY_2PM),
        from_user=True,
    )
    data = eml(body, "Re: Java Lead", RECRUITER, date=DEFAULT_DATE + timedelta(hours=2))
    return classify(parse_message(data), frozenset({ME}), thread_context([asked, proposed]))


THURSDAY_2PM = datetime(2026, 3, 5, 14, 0, tzinfo=EST)


@pytest.mark.parametrize(
    "body",
    [
        "That's fine, Thursday at 2pm.",
        "No problem at all - see you Thursday.",
        "Thanks, Thursday at 2pm works for Raj.",
        "Cool, speak Thursday at 2pm.",
        "Thursday 2pm is fine, I'll send the invite.",
        "Yep Thursday at 2 is great, I'll ring you.",
    ],
)
def test_a_time_agreed_in_few_words_in_a_request_thread_is_a_confirmation(body: str) -> None:
    signal = _in_a_request_thread(body)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start == THURSDAY_2PM


@pytest.mark.parametrize(
    "body",
    [
        "No problem, I'll check with Raj whether Thursday at 2 works and come back to you.",
        "That's fine - let me see if Raj is free then and I'll confirm.",
        "Great, I'll run it by the team and confirm Thursday at 2pm shortly.",
    ],
)
def test_a_time_still_being_checked_is_not_agreed(body: str) -> None:
    assert _in_a_request_thread(body).kind is not Kind.INTERVIEW_SCHEDULED


def test_a_founder_on_freemail_asking_when_you_are_free_is_a_request() -> None:
    body = "Would love to talk about the backend role. When are you free this week?"
    assert kind_of(eml(body, "Re: Quillstack - backend role", FOUNDER)) == "interview_request"
