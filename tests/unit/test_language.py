"""The writer's language, told by function words: the four languages, mixed mail, too little."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _counted_language_by_language(text: str) -> str:
    """The count as first written: each token tested against each language's list."""
    from collections import Counter

    from followupd.understand.language import _SHARED, _TOKEN, _WORDS, MARGIN, MAX_CHARS, MIN_HITS

    counts: Counter[str] = Counter()
    for token in _TOKEN.findall(text[:MAX_CHARS].lower()):
        if token not in _SHARED:
            counts.update(language for language, words in _WORDS.items() if token in words)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return ""
    return ranked[0][0]


FUNCTION_WORDS = [
    *("the", "you", "und", "die", "la", "les", "el", "los", "que", "con", "für", "avec"),
    *("Ihre", "nous", "tu", "le", "et", "no", "zu"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*FUNCTION_WORDS, "Role", "x", "12"]), max_size=40))
def test_one_lookup_per_word_counts_as_each_list_would(words: list[str]) -> None:
    text = " ".join(words)
    assert detect_language(text) == _counted_language_by_language(text)
