"""Patterns rewritten to start with a literal or a class (re then skips to where a match can
begin instead of trying every position) find exactly what the patterns they replaced found."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.dates import alternation, decision
from followupd.mail import parse_message
from followupd.understand import introductions
from followupd.understand.sentences import unwrap

_STOPS = "ab1 .!?\n\t e"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_STOPS, max_size=16), st.integers(0, 16), st.integers(0, 16))
def test_sentence_ends_are_found_where_the_lookbehind_first_form_found_them(
    text: str, low: int, high: int
) -> None:
    before = re.compile(r"(?<!\d)(?<!\b\w)[.!?]+(?=\s|$)|\n\s*\n")
    assert [m.span() for m in decision._SENTENCE_END.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]
    low, high = min(low, high), max(low, high)
    assert [m.span() for m in decision._SENTENCE_END.finditer(text, low, high)] == [
        m.span() for m in before.finditer(text, low, high)
    ]


_WORDS = st.text(alphabet="abc", min_size=1, max_size=3)
_ALTERNATIVE = st.one_of(
    _WORDS,
    st.builds(lambda a, b: f"{a}{b}?", _WORDS, st.sampled_from("abc")),
    st.builds(lambda a, b, rest: f"(?:{a}|{b}){rest}", _WORDS, _WORDS, st.text("abc", max_size=2)),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_ALTERNATIVE, min_size=1, max_size=8), st.text(alphabet="abc ", max_size=24))
def test_grouping_by_first_letter_finds_the_same_matches(
    alternatives: list[str], text: str
) -> None:
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    grouped = re.compile(r"\b" + alternation.by_first_letter(alternatives))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


_CUE_TEXT = st.lists(
    st.sampled_from(
        [
            *alternation.split_alternatives(decision._CUE_WORDS.replace("\\s+", " ")),
            "x",
            " ",
            ".",
            "de",
        ]
    ),
    max_size=12,
)


@settings(max_examples=1500, deadline=None)
@given(_CUE_TEXT)
def test_the_decision_cues_are_found_as_before(pieces: list[str]) -> None:
    text = "".join(pieces).replace("(?:", "").replace(")", "").replace("?", "")
    before = re.compile(r"\b(?:" + decision._CUE_WORDS + ")")
    assert [m.span() for m in decision._CUE.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]


_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_the_meeting_phrases_are_found_as_before_in_every_fixture() -> None:
    before = [
        (re.compile(introductions._MEETS), introductions._MEET),
        (re.compile(introductions._JOINING), introductions._JOINS),
        (
            re.compile(f"{introductions._MEETS}|{introductions._JOINING}"),
            introductions._ANY_TRIGGER,
        ),
    ]
    texts = 0
    for path in sorted(_FIXTURES.rglob("*.eml")):
        mail = parse_message(path.read_bytes())
        low = introductions.lowered(unwrap(mail.text))
        for plain, grouped in before:
            assert [m.span() for m in grouped.finditer(low)] == [
                m.span() for m in plain.finditer(low)
            ], path.name
        texts += 1
    assert texts > 500


_LED = st.one_of(
    _ALTERNATIVE,
    st.builds(lambda a, b: f"(?:{a}|{b})", _ALTERNATIVE, _ALTERNATIVE),
    st.builds(lambda a: f"(?:{a})?b", _WORDS),
    st.builds(lambda a: f"_{a}", _WORDS),
    st.builds(lambda a: f"é{a}", _WORDS),
)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.builds(lambda a: rf"\b{a}", _LED), min_size=1, max_size=4),
    st.text(alphabet="abcé_1 -\n", max_size=24),
)
def test_a_word_edge_moved_after_the_first_letter_finds_the_same_matches(
    alternatives: list[str], text: str
) -> None:
    written = "|".join(alternatives)
    moved = re.compile(alternation.letter_first(written))
    assert [m.span() for m in moved.finditer(text)] == [
        m.span() for m in re.finditer(written, text)
    ]
    for start in range(len(text)):  # searched from inside the text, as the vetoes are
        assert [m.span() for m in moved.finditer(text, start)] == [
            m.span() for m in re.compile(written).finditer(text, start)
        ]


def test_a_word_edge_is_moved_only_before_a_plain_letter() -> None:
    assert alternation.letter_first(r"\b(?:offer|interview)s? x") == (
        r"(?:o(?<!\w.)ffer|i(?<!\w.)nterview)s? x"
    )
    assert alternation.letter_first(r"\bs?foo") == r"\bs?foo"  # a quantified first letter
    assert alternation.letter_first(r"\b(?:a|b)?c") == r"\b(?:a|b)?c"  # an optional group
    assert alternation.letter_first(r"\b(?:won't|'ve)") == r"\b(?:won't|'ve)"
    assert alternation.letter_first(r"(?m)^foo") == r"(?m)^foo"


def test_alternatives_are_split_only_at_the_top_level() -> None:
    assert alternation.split_alternatives(r"a|[|(]|(b|c)|\||d") == [
        "a",
        "[|(]",
        "(b|c)",
        r"\|",
        "d",
    ]
    assert alternation.spelled_out("(?:an?|any)x") == ["an?x", "anyx"]
