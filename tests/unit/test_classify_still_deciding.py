"""Holding replies in other words: the user still in the running, the decision waiting for
other interviews, an answer promised by a day "with next steps" - in every language. A
running club or a decision already taken is no holding reply."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Mara Lind <mara@tandemly.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Quick update",
            "Sorry for the radio silence! You're still very much in the running for the analyst "
            "role. We'll be in touch soon.",
        ),
        (
            "Analyst role - update",
            "The client would like to wait for the two remaining interviews before making a "
            "final decision on the position.",
        ),
        (
            "Kurzes Update zur Rolle",
            "Du bist aber definitiv noch im Rennen für die Growth-Analyst-Rolle. Wir melden uns "
            "spätestens nächste Woche bei dir mit den nächsten Schritten.",
        ),
        (
            "Ihre Bewerbung – Zwischenstand",
            "Der Fachbereich möchte erst noch die beiden verbleibenden Gespräche abwarten, bevor "
            "er eine Entscheidung trifft.",
        ),
        (
            "Votre candidature",
            "Vous êtes toujours en lice pour le poste. Le client souhaite attendre les deux "
            "derniers entretiens avant de prendre sa décision.",
        ),
        (
            "Novedades del proceso",
            "Todavía no definimos nada con el rol de data: nos falta hablar con una persona más. "
            "Te prometo que te escribo antes del viernes con una respuesta.",
        ),
        (
            "Tu candidatura",
            "Sigues en carrera para el puesto; aún no hemos tomado una decisión.",
        ),
    ],
)
def test_a_decision_still_to_come_is_a_holding_reply(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.HOLDING_REPLY, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Our running club meets on Saturdays; three of us are still in the running for the "
        "marathon relay.",
        "Du bist nicht mehr im Rennen: wir haben uns für eine andere Kandidatin entschieden.",
    ],
)
def test_no_holding_reply_without_a_pending_decision(body: str) -> None:
    signal = signal_of(eml(body, subject="Update", sender=RECRUITER))
    assert signal.kind is not Kind.HOLDING_REPLY, signal.evidence
