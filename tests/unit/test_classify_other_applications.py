"""An application for something else than a job - a flat, a loan, a place at a university -
has decisions and receipts of its own: none is hiring news, and no model makes it one. A job's
own rejection that mentions a flat (relocation help) stays a rejection, and public hiring that
"admits" candidates to its selection process stays hiring."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your rental application - 14 Harbor View, Unit 3B",
            "Thank you for applying. We regret to inform you that your rental application has "
            "not been approved. The landlord has chosen another applicant.",
        ),
        (
            "Ihre Wohnungsbewerbung",
            "Vielen Dank für Ihre Wohnungsbewerbung. Leider müssen wir Ihnen mitteilen, dass "
            "sich der Vermieter für andere Mietinteressenten entschieden hat.",
        ),
        (
            "Votre dossier de location",
            "Nous avons bien reçu votre dossier de location. Malheureusement, le bailleur a "
            "retenu un autre dossier.",
        ),
        (
            "Tu solicitud de alquiler",
            "Hemos recibido tu solicitud de alquiler. Lamentamos comunicarte que el arrendador "
            "ha elegido a otra persona.",
        ),
    ],
)
def test_decisions_on_other_applications_are_no_hiring_news(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender="Lettings <team@lettings.example>"))
    assert signal.kind is Kind.OTHER, signal.evidence


def test_a_job_rejection_that_mentions_a_flat_stays_one() -> None:
    body = (
        "Thank you for interviewing for the Analyst role. Unfortunately, we have decided not to "
        "move forward with your application. Our relocation partner will no longer help you "
        "look for a flat in Leeds."
    )
    signal = signal_of(eml(body, subject="Your application", sender="HR <hr@acme.example>"))
    assert signal.kind is Kind.REJECTION, signal.evidence


def test_public_hiring_admitting_candidates_stays_hiring() -> None:
    body = (
        "Le comunicamos que su solicitud de admisión al proceso selectivo para la bolsa de "
        "empleo de auxiliar administrativo ha sido registrada correctamente."
    )
    sender = "RRHH <rrhh@ayto.example>"
    signal = signal_of(eml(body, subject="Registro de su solicitud", sender=sender))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application to the 2026 Maintainer Fellowship",
            "Thank you for applying. After careful review, we are sorry to tell you that we are "
            "unable to offer you a fellowship in this cycle. You are welcome to apply again.",
        ),
        (
            "Ihr Förderantrag",
            "Vielen Dank für Ihren Förderantrag. Leider können wir Ihr Vorhaben in dieser Runde "
            "nicht berücksichtigen; die Jury hat sich für andere Projekte entschieden.",
        ),
        (
            "Votre demande de bourse",
            "Nous avons étudié votre demande de bourse avec attention. Malheureusement, nous ne "
            "sommes pas en mesure de donner une suite favorable à votre candidature.",
        ),
        (
            "Resolución de su solicitud de subvención",
            "Tras estudiar su solicitud de subvención, lamentamos comunicarle que no ha sido "
            "seleccionada en esta convocatoria.",
        ),
    ],
)
def test_funding_decisions_are_no_hiring_news(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender="Fund <grants@fund.example>"))
    assert signal.kind is Kind.OTHER, signal.evidence


def test_an_association_employer_rejection_stays_one() -> None:
    body = (
        "Vielen Dank für Ihre Bewerbung als Referentin für Öffentlichkeitsarbeit in unserem "
        "Verein. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
        "entschieden haben."
    )
    sender = "Personal <personal@tierschutz-verein.example>"
    signal = signal_of(eml(body, subject="Ihre Bewerbung", sender=sender))
    assert signal.kind is Kind.REJECTION, signal.evidence
