"""A decision still to be made, on a day the employer names, is a holding reply in each
language: "the final decision will be made on Tuesday", "die Entscheidung fällt am Dienstag
nach Ostern", "la décision sera prise mardi", "la decisión se tomará el martes". A decision
already made stays one."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Jordan Reyes <jordan.reyes@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Your application - Data Engineer",
            "Thanks again for your time on Thursday. We will make a final decision next Tuesday "
            "once the hiring manager is back.",
        ),
        (
            "Re: Ihre Bewerbung als Einkaufsleiterin",
            "Vielen Dank für das Gespräch. Die finale Entscheidung fällt am Dienstag nach "
            "Ostern, ich melde mich dann direkt bei Ihnen.",
        ),
        (
            "Ihre Bewerbung – Zwischenstand",
            "Unsere Entscheidung werden wir Ende nächster Woche treffen, sobald alle Gespräche "
            "geführt sind.",
        ),
        (
            "Votre candidature - Analyste",
            "Merci pour l'entretien. La décision finale sera prise mardi prochain par le comité.",
        ),
        (
            "Tu candidatura - Analista de datos",
            "Gracias por la entrevista. La decisión final se tomará el martes, cuando regrese "
            "la directora.",
        ),
    ],
)
def test_a_decision_to_be_made_on_a_named_day_is_a_holding_reply(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.HOLDING_REPLY, signal.evidence


def test_a_decision_already_made_is_not_one_to_come() -> None:
    body = (
        "Thank you for your patience. The decision was made on Tuesday: we will not be moving "
        "forward with your application."
    )
    signal = signal_of(eml(body, subject="Your application - Data Engineer", sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence
