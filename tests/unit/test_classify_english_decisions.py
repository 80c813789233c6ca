"""English decisions, receipts and holding replies written by people, read as classes of
language (phrases/en.py, phrases/en_waits.py), with phrasings of our own.

"It's a no from the client", "we ended up hiring internally", "the offer will stay open until
then", "we can do $125,000 base", "Hamish is on annual leave until Friday", "Received, will
review and revert" (a receipt only in hiring mail that has not gone past it). Each class comes
in several shapes. None of this is taken from a fixture or a corpus.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from classify_mail import DEFAULT_DATE, ME, eml, kind_of

from followupd.mail import parse_message
from followupd.model import Envelope, Kind, Person, Signal
from followupd.understand import Earlier, classify, thread_context

RECRUITER = "Tasha Greene <tasha.greene@keystone-talent.example>"
FRIEND = "Jo Park <jo.park@gmail.com>"


def read(body: str, subject: str = "Re: Operations Manager - your application") -> str:
    return kind_of(eml(f"Hi Sam,\n\n{body}\n\nTasha", subject, RECRUITER))


def _earlier(kind: Kind) -> Earlier:
    envelope = Envelope(
        message_id="<m1@test.example>",
        subject="Java Lead",
        sender=Person("tasha.greene@keystone-talent.example", "Tasha Greene"),
        date=DEFAULT_DATE - timedelta(days=3),
    )
    start = DEFAULT_DATE + timedelta(days=3) if kind is Kind.INTERVIEW_SCHEDULED else None
    return Earlier(envelope, Signal(kind, ("earlier",), interview_start=start), from_user=False)


WAITING = [
    "Quick update: Hamish is on annual leave until Friday so nothing will move this week.",
    "The hiring manager's away till Monday; I'll have feedback for you by Wednesday 18th at "
    "the latest.",
    "Our MD is travelling this week, so we should have news early next week.",
    "We hope to have an answer for you by the end of next week on the role.",
    "No update from the client yet, I'm hoping to get feedback by Thursday.",
    "The hiring manager is mulling it over and will decide by Friday.",
    "We're meeting on Thursday to make a final call and I'll let you know straight after.",
    "Things are moving a bit slower than we'd like, but you're still very much in the running.",
    "A decision should be made by the end of the month.",
    "I've chased them twice; as soon as I hear back you'll be the first to know.",
]


@pytest.mark.parametrize("body", WAITING)
def test_news_promised_or_a_decision_maker_away_is_a_holding_reply(body: str) -> None:
    assert read(body, "Marlin Bay - quick update on the shortlist") == "holding_reply"


DATED_WAITING = [
    ("We're meeting on Thursday to make a final call and I'll let you know straight after.", 5),
    (
        "Still no decision from the client. Their panel meets on Wednesday 4 March and I'll "
        "let you know straight after.",
        4,
    ),
    (
        "No decision yet as they're seeing two more people. You'll hear from me by Monday at the "
        "latest.",
        9,
    ),
    ("No news yet, sorry! They've promised me an answer before Wednesday.", 4),
    ("Still waiting on the client. Expect an update in the second week of March.", 13),
]


@pytest.mark.parametrize(("body", "day"), DATED_WAITING)
def test_a_holding_reply_in_a_persons_words_gives_its_decision_day(body: str, day: int) -> None:
    message = eml(f"Hi Sam,\n\n{body}\n\nTasha", "Re: Operations Manager", RECRUITER)
    signal = classify(parse_message(message), frozenset({ME}))  # sent Monday 2 March 2026
    assert signal.kind is Kind.HOLDING_REPLY
    assert signal.decision_by is not None and signal.decision_by.day == day


RECEIPTS = [
    "Thanks Maya, received! I've passed your resume to the hiring manager for the role.",
    "Got your portfolio, cheers Sam. I'll have a proper look this week.",
    "We've received the updated resume and cover letter you submitted for the role.",
    "Got it thanks. We'll be calling people in for interviews next week.",
    "Your application is on its way! The employer will review it.",
    "Thanks for reaching out about the role. I'll share your details with the team.",
]


@pytest.mark.parametrize("body", RECEIPTS)
def test_a_persons_receipt_is_an_acknowledgement(body: str) -> None:
    assert read(body) == "application_received"


def test_an_agency_s_cv_with_its_client_awaits_the_client_s_answer() -> None:
    # the application is with the employer now, whose answer the agency will pass on: the
    # labels of round 18 (agencies in four languages) read it as a holding reply
    body = "I've forwarded your CV on to the client and will let you know what they say."
    assert read(body) == "holding_reply"


# A receipt in few words is one only in hiring mail that has not gone past it.
SHORT_RECEIPTS = [
    "Received, thank you Rohan. Will review and revert shortly. Please share your current CTC.",
    "Got it, thanks! Will go through it and get back to you about the role.",
    "Thanks Sam, received. We're reviewing applications for the role this week.",
    "Received with thanks. Will check and revert on the position by Friday.",
    "Noted, thank you. I'll have a proper look at your application tonight.",
]


@pytest.mark.parametrize("body", SHORT_RECEIPTS)
def test_a_receipt_in_few_words_is_an_acknowledgement(body: str) -> None:
    assert read(body, "Re: Java Lead - Chennai") == "application_received"


def _earlier(kind: Kind) -> Earlier:
    envelope = Envelope(
        message_id="<m1@test.example>",
        subject="Java Lead",
        sender=Person("tasha.greene@keystone-talent.example", "Tasha Greene"),
        date=DEFAULT_DATE - timedelta(days=3),
    )
    start = DEFAULT_DATE + timedelta(days=3) if kind is Kind.INTERVIEW_SCHEDULED else None
    return Earlier(envelope, Signal(kind, ("earlier",), interview_start=start), from_user=False)


@pytest.mark.parametrize("kind", [Kind.INTERVIEW_REQUEST, Kind.INTERVIEW_SCHEDULED, Kind.OFFER])
@pytest.mark.parametrize("body", SHORT_RECEIPTS[:2])
def test_a_receipt_in_few_words_after_an_interview_or_an_offer_is_no_new_application(
    body: str, kind: Kind
) -> None:
    data = eml(f"Hi Sam,\n\n{body}\n\nTasha", "Re: Java Lead - Chennai", RECRUITER)
    signal = classify(parse_message(data), frozenset({ME}), thread_context([_earlier(kind)]))
    assert signal.kind is not Kind.APPLICATION_RECEIVED


@pytest.mark.parametrize(
    "body",
    [
        "Got it, thanks! See you at the pub on Friday.",
        "Received, thank you. Will review the lease and revert by Monday.",
        "Noted, thanks. I'll have a proper look at the slides tonight.",
    ],
)
def test_a_receipt_in_few_words_outside_hiring_mail_is_nothing(body: str) -> None:
    assert kind_of(eml(body, "Re: Friday", FRIEND)) == "other"


OFFER_KEPT = [
    "Take until end of day Wednesday, March 11. The offer link will stay open until then.",
    "No rush at all - the offer still stands, let me know when you've decided.",
    "We can do $125,000 base plus a one-time sign-on bonus. Everything else stays the same.",
    "I went back to the CFO: we can go up to £72k base. Updated letter attached.",
    "Good news, we can increase the base to 28 LPA. Revised offer letter attached.",
]


@pytest.mark.parametrize("body", OFFER_KEPT)
def test_an_offer_kept_open_or_revised_is_an_offer(body: str) -> None:
    assert read(body, "Re: Offer - Operations Manager") == "offer"


# Decisions in a person's words.
DECIDED = [
    "I'm sorry to say it's a no from the client this time.",
    "Sorry for the slow reply. We ended up hiring internally for this one.",
    "The feedback was that they're looking for someone more senior, so they won't be progressing.",
    "I'm gutted to tell you they've gone another way.",
    "They've decided to hire internally, so I'm afraid it's a no.",
    "We won't be moving to the next stage with your application.",
]


@pytest.mark.parametrize("body", DECIDED)
def test_decisions_in_a_persons_words_are_rejections(body: str) -> None:
    assert read(body) == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "So sorry - we filled this role with an internal transfer yesterday, so I'm cancelling "
        "our call.",
        "I'm afraid the client filled the position last week with another candidate.",
        "Quick one: they just filled that role internally, sorry to be the bearer of bad news.",
        # the Spanish veto for an interview called off ("cancelamos la call") reads Spanish verbs
        "We've gone with another candidate, so I've cancelled Thursday's call.",
        "Unfortunately we decided to move forward with other candidates, so the call we booked "
        "is cancelled.",
    ],
)
def test_a_role_filled_is_a_rejection_even_when_a_call_is_called_off(body: str) -> None:
    assert read(body) == "rejection"
