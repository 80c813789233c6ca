""" "We regret to inform you that your interview ... has been cancelled": the regret opens the
news of an interview called off, not a decision on the application. A sentence that says the
interview is cancelled (or moved) is no rejection, in every language, even when a title's dot
("la Lic. Treviño") sits in it; a rejection that mentions the interview stays one."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Talent Team <careers@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your interview",
            "We regret to inform you that your interview scheduled for tomorrow at 10am has been "
            "cancelled, as the position has been put on hold.",
        ),
        (
            "Gespräch morgen",
            "Leider müssen wir Ihnen mitteilen, dass das für morgen um 10 Uhr geplante Gespräch "
            "mit Hr. Wolff abgesagt werden muss, da die Stelle vorerst gestoppt wurde.",
        ),
        (
            "Entretien de demain",
            "Nous sommes au regret de vous informer que l'entretien prévu demain à 10h avec M. "
            "Roux est annulé, le poste étant gelé.",
        ),
        (
            "Cancelación de su entrevista",
            "Lamentamos informarle que la entrevista prevista para mañana, miércoles 30 de "
            "septiembre, a las 10:00 horas, con la Lic. Gabriela Treviño, queda cancelada. La "
            "posición ha quedado en pausa hasta el próximo año.",
        ),
    ],
)
def test_an_interview_called_off_with_regret_is_a_cancellation(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.INTERVIEW_CANCELLED, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for interviewing with us last week. We regret to inform you that we will not "
        "be moving forward with your application.",
        "Vielen Dank für das Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für eine "
        "andere Kandidatin entschieden haben.",
        "Merci pour l'entretien. Nous sommes au regret de vous informer que votre candidature "
        "n'a pas été retenue.",
    ],
)
def test_a_rejection_after_an_interview_stays_a_rejection(body: str) -> None:
    signal = signal_of(eml(body, subject="Your application", sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence
