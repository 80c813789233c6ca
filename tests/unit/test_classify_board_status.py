"""A job board's or portal's status change: the refusal as a status label ("New status: Not
selected", "Nouveau statut : Refusée", "Neuer Status: Absage", "Estado: Descartado") or the
process ended "for you"; an open status is no decision. List mail, in every language."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

BOARD = "Jobs <noreply@board.example>"
LIST = (("List-Unsubscribe", "<https://board.example/u/1>"),)
PICKS = "\n\nSimilar jobs near you\nOffice Manager - Lausanne\n"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your application status changed", "Analyst - Northwind\nNew status: Not selected"),
        (
            "Le statut de votre candidature a changé",
            "Assistante de direction\nNouveau statut :\nRefusée",
        ),
        ("Ihre Bewerbung: neuer Status", "Controller (m/w/d)\nNeuer Status: Absage"),
        ("Actualización de tu candidatura", "Analista de nómina\nEstado: Descartado"),
        (
            "Your application at Lumen",
            "We're letting you know that the recruitment process for Product Designer at Lumen "
            "has ended for you.",
        ),
        (
            "Votre candidature chez Lumen Santé",
            "Nous vous informons que le processus de recrutement pour le poste de Product "
            "Designer est terminé pour vous.",
        ),
        (
            "Ihre Bewerbung bei Lumen",
            "Wir möchten Sie informieren, dass das Auswahlverfahren für die Stelle für Sie "
            "leider beendet ist.",
        ),
        (
            "Actualización de tu postulación",
            "Queremos informarte que el proceso de selección para la vacante Analista de Nómina "
            "ha finalizado para ti.",
        ),
    ],
)
def test_a_refusal_status_or_a_process_ended_for_you_is_a_rejection(
    subject: str, body: str
) -> None:
    signal = signal_of(eml(body + PICKS, subject=subject, sender=BOARD, headers=LIST))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your application status changed", "Analyst - Northwind\nNew status: In review"),
        ("Actualización de tu candidatura", "Analista de nómina\nEstado: En proceso"),
    ],
)
def test_an_open_status_is_no_rejection(subject: str, body: str) -> None:
    signal = signal_of(eml(body + PICKS, subject=subject, sender=BOARD, headers=LIST))
    assert signal.kind is not Kind.REJECTION, signal.evidence
