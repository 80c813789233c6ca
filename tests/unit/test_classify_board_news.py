"""A job board's news of the user's own application ("Your application to Data Scientist at
Larkspur Health") is list mail that carries the board's job picks ("Jobs you may be interested
in"): the news is read, not the picks. A newsletter about rejections and offers in general
stays a newsletter."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

BOARD = "Jobs <jobs-noreply@board.example>"
LIST = (("List-Unsubscribe", "<https://board.example/u/1>"), ("Precedence", "bulk"))
PICKS = "\n\nJobs you may be interested in\nSenior Analyst - Quarry Mutual - Remote\n"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Your application to Data Scientist at Larkspur Health",
            "Thank you for your interest in the Data Scientist position at Larkspur Health. "
            "Unfortunately, Larkspur Health will not be moving forward with your application.",
            Kind.REJECTION,
        ),
        (
            "Sam, your application was sent to Fernhill Health",
            "Your application was sent to Fernhill Health. Data Scientist - Boston, MA.",
            Kind.APPLICATION_RECEIVED,
        ),
        (
            "Ihre Bewerbung bei Brenner Automotive",
            "Vielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere Kandidatin "
            "entschieden.",
            Kind.REJECTION,
        ),
        (
            "Votre candidature chez Maison Verte",
            "Nous vous remercions pour votre candidature. Malheureusement, celle-ci n'a pas été "
            "retenue.",
            Kind.REJECTION,
        ),
        (
            "Tu candidatura en Nopal Cloud",
            "Hemos recibido tu candidatura para el puesto de analista.",
            Kind.APPLICATION_RECEIVED,
        ),
    ],
)
def test_news_of_the_users_application_is_read_despite_the_job_picks(
    subject: str, body: str, kind: Kind
) -> None:
    signal = signal_of(eml(body + PICKS, subject=subject, sender=BOARD, headers=LIST))
    assert signal.kind is kind, signal.evidence


def test_a_newsletter_about_rejections_stays_a_newsletter() -> None:
    body = (
        "This week's mailbag: \"I got the 'we regret to inform you' email after a final round. "
        'Now what?" Reply within 48 hours and thank the panel.' + PICKS
    )
    signal = signal_of(
        eml(
            body,
            subject="Issue #48: turning a rejection into a referral",
            sender=BOARD,
            headers=LIST,
        )
    )
    assert signal.kind is Kind.OTHER, signal.evidence


@pytest.mark.parametrize(
    ("relayed", "kind"),
    [
        (
            "Seguimos revisando candidaturas y queremos completar la primera fase antes de tomar "
            "una decisión. Te daremos una respuesta antes del viernes.",
            Kind.HOLDING_REPLY,
        ),
        ("Hola Sam, te escribo en breve.", Kind.INTERVIEW_REQUEST),
    ],
)
def test_a_relayed_message_is_read_for_what_it_says(relayed: str, kind: Kind) -> None:
    body = (
        "Hostelia Resorts te ha enviado un mensaje sobre tu candidatura a Revenue Analyst.\n\n"
        + relayed
    )
    subject = "Tienes un nuevo mensaje de Hostelia Resorts sobre tu candidatura"
    signal = signal_of(eml(body, subject=subject, sender=BOARD, headers=LIST))
    assert signal.kind is kind, signal.evidence


@pytest.mark.parametrize(
    "marker",
    ["Version en ligne", "View this email in your browser", "Im Browser ansehen", "Versión web"],
)
def test_a_newsletter_quoting_a_refusal_is_a_newsletter(marker: str) -> None:
    body = (
        f"{marker}\n« Nous sommes au regret de vous informer que votre candidature n'a pas été "
        "retenue. » Après un entretien, ce courriel fait mal : nos conseils pour rebondir."
    )
    subject = "Refus après entretien : comment rebondir ?"
    assert signal_of(eml(body, subject=subject, sender=BOARD, headers=LIST)).kind is Kind.OTHER
