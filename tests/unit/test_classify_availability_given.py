"""Availability spoken of after it was given ("Thanks for confirming your availability! Your
onsite is all set for Tuesday...") asks for nothing: the message fixes the time. Asked for in
other words ("Could you send me a few windows for next week?") it is a request, in every
language."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

COORDINATOR = "Lena Park <lena.park@tessellate.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your onsite itinerary",
            "Thanks for confirming your availability! Your onsite for the Designer role is all "
            "set for Tuesday, March 10 at 10:30 AM ET.",
        ),
        (
            "Votre entretien",
            "Merci d'avoir confirmé vos disponibilités. Nous vous confirmons votre entretien pour "
            "le poste de designer le mardi 10 mars à 10h30.",
        ),
        (
            "Tu entrevista",
            "Gracias por confirmar tu disponibilidad. Te confirmo la entrevista para el puesto "
            "de diseñador el martes 10 de marzo a las 10:30.",
        ),
        (
            "Ihr Vorstellungsgespräch",
            "Danke für Ihre Verfügbarkeit. Hiermit bestätige ich Ihr Vorstellungsgespräch am "
            "Dienstag, 10. März um 10:30 Uhr.",
        ),
    ],
)
def test_thanks_for_availability_then_a_time_is_a_scheduled_interview(
    subject: str, body: str
) -> None:
    signal = signal_of(eml(body, subject=subject, sender=COORDINATOR))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying to the ML Engineer role. I'd love to set up a 30-minute call. "
        "Could you send me a few windows for next week? I'm generally free between 9am and 4pm "
        "Pacific. Looking forward to connecting!",
        "Thanks for applying to the ML Engineer role. Please share two or three time slots that "
        "suit you next week for a first call with our hiring manager.",
    ],
)
def test_windows_asked_for_are_a_request(body: str) -> None:
    signal = signal_of(eml(body, subject="Next steps", sender=COORDINATOR))
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence
