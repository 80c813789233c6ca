"""A delay or a review still going on is news past the receipt, even when the message thanks
for the application first ("Merci pour votre candidature. L'évaluation prend plus de temps que
prévu"), and even as list mail when its subject is about the user's application or it relays
a person's message. A plain receipt stays a receipt; a newsletter stays a newsletter."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

HR = "Talent Team <careers@helvagro.example>"
LIST = (("List-Unsubscribe", "<https://board.example/u/1>"),)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application - Logistics Project Manager",
            "Thank you for your application for the Logistics Project Manager role. Because of "
            "the number of applications, the review is taking longer than expected.",
        ),
        (
            "Votre candidature : Gestionnaire de projets",
            "Nous vous remercions de votre candidature. En raison du nombre élevé de dossiers, "
            "l'évaluation prend plus de temps que prévu.",
        ),
        (
            "Ihre Bewerbung als Projektleiter",
            "Vielen Dank für Ihre Bewerbung. Aufgrund der vielen Zuschriften dauert die Auswahl "
            "leider länger als geplant.",
        ),
        (
            "Tu candidatura: Supervisor de inventarios",
            "Gracias por tu candidatura. El proceso de selección se ha extendido más de lo "
            "previsto; tu postulación sigue en evaluación.",
        ),
    ],
)
def test_thanks_then_a_delay_is_a_holding_reply(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=HR))
    assert signal.kind is Kind.HOLDING_REPLY, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Point d'étape sur votre candidature",
            "Le processus de recrutement prend plus de temps que prévu. Votre candidature reste "
            "bien à l'étude.",
        ),
        (
            "Nouveau message de Fabrique Numa",
            "Merci pour votre candidature. Nous sommes encore en train d'étudier les profils "
            "avec l'équipe produit.",
        ),
    ],
)
def test_list_mail_about_the_application_can_hold(subject: str, body: str) -> None:
    data = eml(body, subject=subject, sender="Board <noreply@board.example>", headers=LIST)
    assert signal_of(data).kind is Kind.HOLDING_REPLY


def test_a_plain_receipt_stays_a_receipt() -> None:
    body = (
        "Thank you for applying for the Logistics Project Manager role. We have received your "
        "application and will review it carefully."
    )
    assert signal_of(eml(body, subject="Application received", sender=HR)).kind is (
        Kind.APPLICATION_RECEIVED
    )


def test_a_newsletter_about_slow_hiring_stays_a_newsletter() -> None:
    body = (
        "This week's newsletter: employers are still reviewing applications for weeks. Here is "
        "how to follow up politely when the process is taking longer than expected."
    )
    data = eml(body, subject="Issue #52: slow hiring", sender="News <n@news.example>", headers=LIST)
    assert signal_of(data).kind is Kind.OTHER
