"""The role a subject names after the application's own words: "Ihre Bewerbung als Data
Analyst" is the Data Analyst role (a draft says "the Data Analyst role", not "the Ihre Bewerbung
als Data Analyst role")."""

from __future__ import annotations

import pytest

from followupd.understand.employer import _role_from_subject


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("AW: Ihre Bewerbung als Data Analyst", "Data Analyst"),
        ("Your application for the position of HR Data Specialist", "HR Data Specialist"),
        ("Votre candidature au poste de Data Analyst", "Data Analyst"),
        ("Votre candidature pour la fonction de Data Engineer (m/f/x)", "Data Engineer (m/f/x)"),
        (
            "Tu candidatura para Desarrollador Backend ha cambiado de estado",
            "Desarrollador Backend",
        ),
        ("Senior Data Engineer - Acme", "Senior Data Engineer"),
    ],
)
def test_the_role_is_what_follows_the_application_s_words(subject: str, role: str) -> None:
    assert _role_from_subject(subject, None) == role
