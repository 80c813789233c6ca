"""Look-alikes of this stop's new classes, found by a review of the change: each must keep
the reading it had before the class was added."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

FRIEND = "Kim <kim.friend@gmail.com>"
RECRUITER = "Dana Cole <dana.cole@acme.example>"


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        ("Mate, we want you on the team for Saturday's match!", FRIEND),
        ("Queremos que te vengas a la cena del sábado.", FRIEND),
        ("On veut que tu nous rejoignes pour le week-end à la montagne.", FRIEND),
        ("Wir wollen dich im Team für den Firmenlauf!", RECRUITER),
    ],
)
def test_wanted_for_a_match_or_a_dinner_is_no_offer(body: str, sender: str) -> None:
    assert signal_of(eml(body, subject="Saturday", sender=sender)).kind is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "We have decided not to move forward with your application, but don't worry, we'll keep"
        " your CV on file.",
        'Regarding the "Data Analyst" role, we have decided not to move forward with your'
        ' application. See "Candidate Home" for details.',
    ],
)
def test_a_rejection_with_comfort_or_quoted_titles_is_still_a_rejection(body: str) -> None:
    assert signal_of(eml(body, subject="Your application")).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Thank you for completing the one-way video interview. We'd like to invite you to a"
            " live interview with Dana on Thursday, March 5 at 2pm ET.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Based on your on-demand video interview, we'd like to meet you. Which days next week"
            " work for you?",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_news_after_a_recorded_interview_is_read(body: str, kind: Kind) -> None:
    assert signal_of(eml(body, subject="Next steps")).kind is kind


@pytest.mark.parametrize(
    "body",
    [
        "Nous cherchons à pourvoir ce poste avec un profil comme le vôtre. Seriez-vous disponible"
        " pour un échange ?",
        "Buscamos cubrir esta vacante con una persona proactiva como tú. ¿Hablamos?",
        "You may feel overqualified for this role, but hear me out - could we talk this week?",
    ],
)
def test_outreach_naming_the_role_to_fill_is_no_rejection(body: str) -> None:
    assert signal_of(eml(body, subject="Opportunity")).kind is not Kind.REJECTION


def test_a_friends_nothing_to_do_with_anyone_is_no_rejection() -> None:
    body = "Honestly it's nothing to do with you or anyone else, I'm just tired. Drinks Friday?"
    assert signal_of(eml(body, subject="hey", sender=FRIEND)).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Your final round, a live walkthrough of your take-home with Dana, is confirmed for"
        " Tuesday, March 10 at 2pm ET.",
        "Your interview is confirmed for Tuesday, March 10 at 2pm ET. The role owns the"
        " year-end review of our forecasts.",
    ],
)
def test_interviews_naming_walkthroughs_or_reviews_are_interviews(body: str) -> None:
    assert signal_of(eml(body, subject="Interview")).kind is Kind.INTERVIEW_SCHEDULED


def test_a_recruiter_asking_after_the_search_then_for_a_time_asks_for_a_time() -> None:
    body = "How is the job search going? We have a data role open - which days next week work"
    body += " for you?"
    assert signal_of(eml(body, subject="Data role")).kind is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "Book a call and meet our team of product experts - which days next week work for you?",
        "Mejora tu CV con nuestros expertos: ¿qué día te viene mejor para una demo?",
    ],
)
def test_sales_mail_is_no_hiring_mail(body: str) -> None:
    sender = "Sales <hello@vendor.example>"
    assert signal_of(eml(body, subject="Demo", sender=sender)).kind is Kind.OTHER


def test_a_good_chance_is_no_time_agreed() -> None:
    body = "Honestly, you're in with a real shot here. I'm checking with Ruth and will confirm."
    assert signal_of(eml(body, subject="Re: analyst role")).kind is not Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Nous avons un entretien avec une candidate jeudi, puis nous reviendrons vers vous"
            " vendredi.",
            "Re: candidature",
        ),
        ("Wir haben morgen ein Gespräch mit einer Bewerberin und melden uns bis Freitag.", "AW:"),
    ],
)
def test_an_employer_seeing_other_candidates_is_no_panel_of_the_users(
    body: str, subject: str
) -> None:
    assert signal_of(eml(body, subject=subject + " Bewerbung")).kind is Kind.HOLDING_REPLY


def test_a_deadline_to_find_a_time_is_no_interview_time() -> None:
    body = (
        "The next step is a call with our recruiter. She will reach out by Friday, March 13 at"
        " 5pm to find a time."
    )
    assert signal_of(eml(body, subject="Next step")).kind is not Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Diese E-Mail wurde automatisch erstellt, um den Eingang Ihrer Bewerbung als Controller"
        " zu bestätigen.",
        "Thanks for applying for the analyst role - you can view your status any time in"
        " Candidate Home.",
    ],
)
def test_a_receipt_in_automatic_words_is_still_a_receipt(body: str) -> None:
    assert signal_of(eml(body, subject="Bewerbung / application")).kind is (
        Kind.APPLICATION_RECEIVED
    )


def test_a_meeting_cancelled_so_the_interview_goes_ahead_is_no_cancellation() -> None:
    body = (
        "Je dois annuler demain ma réunion d'équipe, donc Karim pourra se joindre à notre"
        " entretien comme prévu."
    )
    assert signal_of(eml(body, subject="Entretien")).kind is not Kind.INTERVIEW_CANCELLED


def test_a_forwarded_offer_in_an_interview_thread_keeps_its_subject() -> None:
    from datetime import datetime, timedelta

    from classify_mail import EST, ME

    from followupd.mail.parse import parse_message
    from followupd.model import Envelope, Person, Signal
    from followupd.understand.classifier import classify
    from followupd.understand.thread import Earlier, thread_context

    start = datetime(2026, 3, 3, 10, 0, tzinfo=EST)
    envelope = Envelope(
        message_id="<f1@acme.example>",
        subject="Interview",
        sender=Person("dana.cole@acme.example", "Dana"),
        to=(),
        date=start - timedelta(days=3),
    )
    fixed = Earlier(
        envelope, Signal(Kind.INTERVIEW_SCHEDULED, ("x",), interview_start=start), False
    )
    data = eml("Forwarding this from HR.", subject="Fwd: Your offer of employment - Data Analyst")
    signal = classify(parse_message(data), frozenset({ME}), thread_context([fixed]))
    assert signal.kind is Kind.OFFER


def test_a_conditional_decision_is_left_to_the_second_opinion() -> None:
    """A generic conditional sets the rule aside, not the decision: the model may read it."""
    body = "Unless something changes, we won't be moving forward with your application."
    assert signal_of(eml(body, subject="Your application")).kind is Kind.REJECTION
