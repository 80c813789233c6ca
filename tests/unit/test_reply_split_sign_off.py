"""The text above a message's sign-off, where it says its news (the second opinion reads that,
not what follows "Best regards")."""

from __future__ import annotations

import pytest

from followupd.mail import before_sign_off


@pytest.mark.parametrize(
    ("text", "above"),
    [
        ("Hi,\n\nI confirm.\n\nBest regards,\nDana\nfooter words", "Hi,\n\nI confirm.\n"),
        ("Danke für Ihre Bewerbung.\n  Viele Grüße  \nIhr Team", "Danke für Ihre Bewerbung."),
        ("Merci.\nCordialement,\nA.", "Merci."),
        ("Gracias por tu tiempo.\nSaludos cordiales\nLucía", "Gracias por tu tiempo."),
    ],
)
def test_the_text_stops_at_its_sign_off(text: str, above: str) -> None:
    assert before_sign_off(text) == above


@pytest.mark.parametrize(
    "text",
    [
        "Best regards\nonly a sign-off first",
        "Thanks for applying. We will review your application.",
        "Thank you for your patience, we are still reviewing.",
    ],
)
def test_no_sign_off_keeps_the_text(text: str) -> None:
    assert before_sign_off(text) == text
