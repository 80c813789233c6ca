"""The literal gates never hide a match: gated and plain regex searches always agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.classify import sentences
from followupd.parse import parse_message
from followupd.phrases import HIRING_WORDS
from followupd.prefilter import Phrase, phrases, required_literals
from followupd.rules import COMPILED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "classify"
ALL_PHRASES: list[Phrase] = [p for rule in COMPILED for p in rule.phrases or ()]
ALL_PHRASES += list(phrases(HIRING_WORDS))


@pytest.mark.parametrize(
    ("pattern", "matches"),
    [
        (r"\bregret to inform\b", ["we regret to inform you"]),
        (r"\b(?:pleased|thrilled) to offer", ["pleased to offer", "so thrilled to offer"]),
        (r"(?:a|b)?xyz", ["xyz", "axyz"]),
        (r"\bcan(?:not|'t) (?:offer|extend)", ["cannot offer", "can't extend"]),
        (r"(?:ab)+c", ["abc", "ababc"]),
    ],
)
def test_every_match_holds_one_required_literal(pattern: str, matches: list[str]) -> None:
    literals = required_literals(pattern)
    assert literals, pattern
    for text in matches:
        assert any(literal in text for literal in literals), (text, literals)


def test_patterns_without_a_literal_have_no_gate() -> None:
    assert required_literals(r"\w+") is None
    assert required_literals(r"(?:x)?\d+") is None


def _agree(text: str) -> None:
    for item in ALL_PHRASES:
        assert [m.span() for m in item.finditer(text)] == [
            m.span() for m in item.regex.finditer(text)
        ], item.regex.pattern


def test_gates_agree_with_plain_search_on_fixture_texts() -> None:
    for path in sorted(FIXTURES.glob("*.eml")):
        mail = parse_message(path.read_bytes())
        _agree(sentences(f"{mail.envelope.subject}\n{mail.text}"))


SALAD = [
    *[
        "we",
        "regret",
        "to",
        "inform",
        "you",
        "that",
        "not",
        "n't",
        "won't",
        "be",
        "moving",
        "forward",
        "with",
        "your",
        "application",
        "offer",
        "pleased",
        "to",
        "extend",
        "the",
        "position",
        "role",
        "interview",
        "scheduled",
        "confirmed",
        "cancel",
        "still",
        "reviewing",
        "get",
        "back",
        "to",
        "you",
        "by",
        "friday",
        "webinar",
        "survey",
        "leider",
        "entretien",
        "entrevista",
        "candidatura",
        "retenue",
        ".",
        "?",
        ";",
    ],
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SALAD), max_size=40))
def test_gates_agree_with_plain_search_on_word_salad(words: list[str]) -> None:
    _agree(" ".join(words))
