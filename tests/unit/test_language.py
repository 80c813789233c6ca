"""The writer's language, told by function words: the four languages, mixed mail, too little."""

from __future__ import annotations

import pytest

from followupd.understand import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for your interest in the role. We will be in touch with you soon.", "en"),
        ("Vielen Dank für Ihre Bewerbung. Wir melden uns bei Ihnen, sobald wir mehr wissen.", "de"),
        (
            "Merci pour votre candidature. Nous reviendrons vers vous dans les meilleurs délais.",
            "fr",
        ),
        (
            "Gracias por tu candidatura. Nos pondremos en contacto contigo en cuanto sea posible.",
            "es",
        ),
        ("Hallo Jonas, danke dir für das nette Gespräch! Ich melde mich bei dir am Freitag.", "de"),
    ],
)
def test_each_language_is_told(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_line_is_too_little_to_tell() -> None:
    assert detect_language("Perfekt, bis dann!") == ""


def test_a_german_message_with_an_english_footer_stays_german() -> None:
    body = (
        "Sehr geehrte Frau Weber, vielen Dank für Ihr Interesse an der Stelle. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Wir wünschen "
        "Ihnen für die Zukunft alles Gute.\n\nThis message is confidential. If you are not the "
        "intended recipient, please delete it."
    )
    assert detect_language(body) == "de"
