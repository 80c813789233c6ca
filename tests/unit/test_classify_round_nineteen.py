"""Classes of language found by the nineteenth round of mail written blind (the fields, whole
timelines, people writing one line, hiring platforms), each in the languages it spans, with
look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of

from followupd.dates.times import find_times
from followupd.model import Person
from followupd.model.domain import Kind, Signal
from followupd.understand.sentences import sentence_lines

ANNA = Person("anna.schulte@lumenwerk.example", "Anna Schulte")
SENDER = "Anna Schulte <anna.schulte@lumenwerk.example>"


def _kind(body: str, subject: str = "Re: Senior Product Designer", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# Offers in one line, as busy people send them.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Clara, Zusage ist durch! Der Vertrag kommt Anfang nächster Woche per Post.",
        "Yes! Welcome aboard - HR will send the paperwork today.",
        "Hey Clara! Offer's coming your way tomorrow :) The panel were unanimous.",
        "Frau Dr. Kessler und Herr Brandt sind überzeugt. Anbei die Eckdaten, zu denen wir Sie"
        " einstellen würden: Vollzeit, unbefristet, Beginn 1. Dezember.",
    ],
)
def test_an_offer_in_one_line_is_an_offer(body: str) -> None:
    assert _kind(body) is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Welcome aboard! Now that your contract is signed, here is your first-day schedule.",
        "We would love for you to join Acme Summit as a speaker this June.",
    ],
)
def test_onboarding_and_speaking_are_no_offer(body: str) -> None:
    assert _kind(body, subject="Welcome") is not Kind.OFFER


def test_another_profile_taken_is_a_rejection() -> None:
    body = (
        "Bonjour Clara, on a finalement pris un profil plus orienté data pour le poste. Merci pour"
        " ton temps !"
    )
    assert _kind(body, subject="Re: Poste de Senior Product Designer") is Kind.REJECTION


def test_a_role_frozen_for_a_while_is_a_holding_reply() -> None:
    body = (
        "Hi Clara, sorry, position's been put on hold – the whole design org is frozen until after"
        " the Q2 reforecast. I'll ping you if it opens back up."
    )
    assert _kind(body, subject="RE: Product Design Lead - case study round") is (Kind.HOLDING_REPLY)


def test_a_role_closed_indefinitely_stays_a_rejection() -> None:
    body = (
        "The QA Automation Lead vacancy has been withdrawn. The role has been put on hold"
        " indefinitely and we will not be moving forward with any of the candidates."
    )
    assert _kind(body, subject="QA Automation Lead - vacancy withdrawn") is Kind.REJECTION


# One-liners in a thread.
BOOKED = Signal(
    Kind.INTERVIEW_SCHEDULED,
    ("interview confirmed",),
    interview_start=datetime.fromisoformat("2026-03-12T11:00:00+01:00"),
)


def test_cancelling_tomorrow_in_french_is_a_cancellation() -> None:
    signal = reply_in_thread(
        "On annule demain, je te recontacte. Désolée, grosse urgence côté levée de fonds.",
        earlier(1, BOOKED, writer=ANNA),
        sender=SENDER,
        subject="Re: Candidature Product Designer",
        days=9,
    )
    assert signal.kind is Kind.INTERVIEW_CANCELLED


def test_the_appointment_stands_confirms_the_time_the_user_agreed_to() -> None:
    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",), length_minutes=60)
    agreed = Signal(
        Kind.OTHER,
        ("a time the user agrees to",),
        interview_start=datetime.fromisoformat("2026-03-05T10:00:00+01:00"),
    )
    signal = reply_in_thread(
        "Termin steht, Raum 3.12 im 3. OG – bitte kurz am Empfang melden.",
        earlier(1, request, writer=ANNA),
        earlier(2, agreed, from_user=True, writer=ANNA),
        sender=SENDER,
        subject="Re: Ihr Gespräch bei Lumenwerk",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start is not None and signal.interview_start.hour == 10


def test_a_reply_after_the_user_withdrew_books_nothing() -> None:
    withdrew = Signal(Kind.OTHER, ("withdrawal by the user",))
    signal = reply_in_thread(
        "C'est noté, merci de nous l'avoir dit franchement. Si un jour tu cherches un CDI, fais-moi"
        " signe.",
        earlier(1, BOOKED, writer=ANNA),
        earlier(2, withdrew, from_user=True, writer=ANNA),
        sender=SENDER,
        subject="Re: Ta candidature pour le stage",
        days=5,
    )
    assert signal.kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Locking this in: Thursday 12 March, 2pm UK time, 45 mins with Tom, who heads up design.",
        "I will call you this Friday 13 March between 2 and 3 PM IST on the number in your CV.",
        "You'll meet Tom Achebe, our Head of Analytics, on Tuesday 31st March at 10am UK time.",
    ],
)
def test_a_time_stated_for_the_interview_books_it(body: str) -> None:
    assert _kind(body, subject="Senior Product Designer - interview") is (Kind.INTERVIEW_SCHEDULED)


# German abbreviated weekdays and numeric dates do not end a sentence.
def test_a_german_date_in_numbers_stays_in_its_sentence() -> None:
    text = "hätten sie do., 5.3. um 10 uhr oder fr., 6.3. um 14 uhr zeit? ja. bis 15.03. melden."
    assert sentence_lines(text).splitlines() == [
        "hätten sie do., 5.3. um 10 uhr oder fr., 6.3. um 14 uhr zeit?",
        "ja.",
        "bis 15.03. melden.",
    ]


def test_two_german_slots_with_abbreviated_weekdays_ask_for_a_time() -> None:
    body = (
        "danke für Ihre Unterlagen! Hätten Sie Do., 5.3. um 10 Uhr oder Fr., 6.3. um 14 Uhr Zeit"
        " für ein Gespräch bei uns vor Ort?"
    )
    subject = "Ihr Gespräch bei Lumenwerk – UX Designer (m/w/d)"
    assert _kind(body, subject=subject) is Kind.INTERVIEW_REQUEST


def test_a_deadline_s_last_minute_is_no_interview_time() -> None:
    sent = datetime.fromisoformat("2026-02-10T10:00:00+01:00")
    assert find_times("à compléter avant le mardi 24 février, 23h59", sent) == []
    assert find_times("please submit by 11:59 PM on Friday", sent) == []


def test_a_friend_offered_the_job_is_her_news() -> None:
    body = (
        "Me acaban de llamar: ¡¡me ofrecen el puesto en la UCI!! Mañana me mandan la carta oferta."
        " ¿Me ayudas a mirarla?"
    )
    sender = "Carmen Soler <carmen.soler@gmail.com>"
    assert _kind(body, subject="ME LO HAN DADO", sender=sender) is Kind.OTHER


def test_a_fair_many_employers_attend_is_no_interview() -> None:
    body = (
        "Ton école organise un Job Dating le jeudi 15 octobre 2026, de 14h à 18h. 12 entreprises"
        " seront présentes : viens avec ton CV ! Réserve ton créneau."
    )
    assert _kind(body, subject="Job dating : réserve ton créneau") is Kind.OTHER
