"""A concession states a fact: "Although we appreciate your interest, you have not been
selected" is a decision, in the clause after the concession or in the concession itself
("Though you were not selected this time, we will keep your CV"). A condition ("If you are
not selected...", "Should you not hear from us, assume...") decides nothing."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Jordan Reyes <jordan.reyes@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Update about your application to Northwind",
            "Thank you for applying for our Data Analyst role. Although we appreciate your "
            "interest in Northwind, at this time you have not been selected to move forward "
            "in the hiring process.",
        ),
        (
            "Your application - Backend Engineer",
            "Though your background is impressive, we have decided not to proceed with your "
            "application for the Backend Engineer position.",
        ),
        (
            "Northwind - Product Analyst",
            "Although you were not selected for this role, we would like to keep your CV on "
            "file for future openings.",
        ),
        (
            "Ihre Bewerbung als Data Engineer",
            "Obwohl uns Ihr Profil gut gefallen hat, haben wir uns für eine andere Kandidatin "
            "entschieden.",
        ),
        (
            "Votre candidature - Analyste de données",
            "Bien que votre profil soit intéressant, nous avons décidé de ne pas donner suite à "
            "votre candidature.",
        ),
        (
            "Tu candidatura - Analista de datos",
            "Aunque tu perfil es muy interesante, hemos decidido continuar con otros "
            "candidatos para este puesto.",
        ),
    ],
)
def test_a_decision_after_or_inside_a_concession_is_a_rejection(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying to Northwind. We have received your application. If you have "
        "not been selected, we will let you know by email within three weeks.",
        "Thank you for applying to Northwind. We have received your application and will review "
        "it shortly. Should you not hear from us within four weeks, please assume you have not "
        "been selected.",
    ],
)
def test_a_decision_under_a_condition_stays_an_acknowledgement(body: str) -> None:
    signal = signal_of(eml(body, subject="Your application to Northwind", sender=RECRUITER))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence
