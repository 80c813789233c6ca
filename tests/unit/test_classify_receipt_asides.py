"""A receipt of the user's application is about that application, whatever else it mentions:
a survey of the candidate's experience, a webinar, an event, "your ticket to a world of
opportunities". Without a receipt, the same survey or event is still not hiring news."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Talent Team <talent@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thank you for applying to Northwind!",
            "Thanks for applying to the Data Analyst role at Northwind! Your application has "
            "been received and we are currently evaluating your qualifications. If you have a "
            "minute, we would love to hear about your application experience in this survey.",
        ),
        (
            "Application confirmation",
            "We have received your application for the Backend Engineer position. While you "
            "wait, save your seat at our next webinar about life at Northwind.",
        ),
        (
            "Eingangsbestätigung",
            "Vielen Dank für Ihre Bewerbung als Data Engineer. Wir würden uns freuen, wenn Sie "
            "an unserer kurzen Umfrage zu Ihrer Bewerbungserfahrung teilnehmen.",
        ),
        (
            "Votre candidature",
            "Nous avons bien reçu votre candidature pour le poste d'analyste. Participez à "
            "notre webinar pour découvrir nos équipes.",
        ),
        (
            "Tu candidatura",
            "Hemos recibido tu candidatura para el puesto de analista de datos. Nos encantaría "
            "conocer tu opinión en esta breve survey sobre el proceso.",
        ),
    ],
)
def test_a_receipt_that_mentions_a_survey_or_an_event_is_an_acknowledgement(
    subject: str, body: str
) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "How was your interview?",
            "Thank you for interviewing with Northwind last week. Please take our two-minute "
            "survey about your candidate experience.",
        ),
        (
            "You're registered",
            "Thank you for registering for our webinar on careers in data. Your ticket is "
            "attached.",
        ),
    ],
)
def test_a_survey_or_an_event_without_a_receipt_is_still_other(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.OTHER, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application at Northwind",
            "We're delighted you decided to apply to Northwind and would like to invite you to "
            "our talent community.",
        ),
        (
            "Spontaneous application",
            "We appreciate you taking the time to apply for a position at Northwind. We read "
            "every application ourselves.",
        ),
        ("Ihre Bewerbung", "Schön, dass Sie sich bei Northwind als Data Engineer beworben haben!"),
        ("Votre candidature", "Nous sommes ravis que vous ayez postulé chez Northwind."),
        ("Tu candidatura", "¡Nos alegra que hayas decidido postularte a Northwind!"),
    ],
)
def test_gladness_for_the_act_of_applying_is_a_receipt(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence


def test_gladness_for_applying_does_not_hide_a_decision_or_a_request() -> None:
    rejected = eml(
        "We're glad you applied. Unfortunately, we have decided to move forward with other "
        "candidates for this role.",
        subject="Your application at Northwind",
        sender=RECRUITER,
    )
    assert signal_of(rejected).kind is Kind.REJECTION
    asked = eml(
        "We're glad you applied! We'd like to schedule a 30-minute call with you next week. "
        "What times work for you?",
        subject="Your application at Northwind",
        sender=RECRUITER,
    )
    assert signal_of(asked).kind is Kind.INTERVIEW_REQUEST
