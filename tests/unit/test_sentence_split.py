"""Sentence splitting: the fast form (scan stops at blanks only) splits exactly as the plain
form it replaced, where every position of the text ran the abbreviation lookbehinds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.understand import sentences
from followupd.understand.sentences import sentence_lines, split_sentences, unwrap

_ABBREVIATIONS = "".join(
    rf"(?<!{a})"
    for a in (
        r"[aApP]\.[mM]\.",
        r"\b[dDmM][rR]\.",
        r"\b[mM][sS]\.",
        r"\b[mM]rs\.",
        r"\b[eE]\.[gG]\.",
        r"\b[iI]\.[eE]\.",
        r"\b[sS]t\.",
        r"\bvs\.",
    )
)
_MONTH = r"(?:(?<!\d\.)|(?! (?i:jan|feb|m(?:ä|ae)r|apr|mai|jun|jul|aug|sep|okt|nov|dez)))"
PLAIN_END = re.compile(_ABBREVIATIONS + r"(?<=[.!?;])" + _MONTH + r" | ?\n\s*")
PLAIN_HARD_WRAP = re.compile(r"(?m)^([^\n]{50,}[^\n.!?:;])\n(?=[^\n\s>*•-])")


def plain_sentence_lines(text: str) -> str:
    unwrapped = PLAIN_HARD_WRAP.sub(r"\1 ", re.sub(r"[^\S\n]+", " ", text))
    return PLAIN_END.sub("\n", unwrapped)


PIECES = [
    "we", "met", "Dr.", "Ms.", "St.", "vs.", "e.g.", "i.e.", "2", "p.m.", "a.m.", "10.",
    "März", "mär", "jan", "Okt", ".", "!", "?", ";", ":", " ", "  ", "\t", "\n", "\n\n",
    "\u00a0", "\r", "x" * 55, "- item", "> quote",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["", " ", "\n"]))
def test_fast_split_equals_the_plain_split(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert sentence_lines(text) == plain_sentence_lines(text)
    assert split_sentences(text) == [s for s in plain_sentence_lines(text).split("\n") if s]


def test_blank_runs_collapse_but_single_spaces_stay() -> None:
    assert unwrap("a  b\tc d\u00a0e") == "a b c d e"
    assert unwrap("one two") == "one two"


def test_abbreviations_and_ordinals_end_no_sentence() -> None:
    text = "Meet Dr. Ruiz at 2 p.m. tomorrow. Am 10. März passt es. Fine; thanks!"
    assert sentence_lines(text).splitlines() == [
        "Meet Dr. Ruiz at 2 p.m. tomorrow.",
        "Am 10. März passt es.",
        "Fine;",
        "thanks!",
    ]


def test_titles_and_abbreviations_end_no_sentence_in_any_language() -> None:
    text = (
        "Sie treffen Hr. Wolff und Fr. Meier, ca. 45 Minuten, z. B. im Büro. "
        "Vous serez reçue par M. Roux et Mme. Petit. "
        "La entrevista con la Lic. Treviño y el Ing. Ruiz queda cancelada. Thanks, Dana J. Lee."
    )
    assert sentence_lines(text).splitlines() == [
        "Sie treffen Hr. Wolff und Fr. Meier, ca. 45 Minuten, z. B. im Büro.",
        "Vous serez reçue par M. Roux et Mme. Petit.",
        "La entrevista con la Lic. Treviño y el Ing. Ruiz queda cancelada.",
        "Thanks, Dana J. Lee.",
    ]


def test_a_line_ending_in_a_preposition_runs_on_however_short() -> None:
    text = (
        "Ich habe unser Gespräch auf\nDienstag, 1. September, um 16 Uhr\nverlegt.\n"
        "We moved it to\nFriday at 3pm.\nDate:\nTuesday"
    )
    assert sentence_lines(text).splitlines() == [
        "Ich habe unser Gespräch auf Dienstag, 1. September, um 16 Uhr",
        "verlegt.",
        "We moved it to Friday at 3pm.",
        "Date:",
        "Tuesday",
    ]


def _unwrap_by_patterns(text: str) -> str:
    """unwrap as the patterns it replaced did it: every position tried, blanks then wraps,
    then lines ending in a word no sentence ends with."""
    blanks = re.sub(r"[^\S\n]{2,}|[^\S\n ]", " ", text)
    wrapped = re.sub(r"(?m)^([^\n]{50,}[^\n.!?:;])\n(?=[^\n\s>*•-])", r"\1 ", blanks)
    dangling = "|".join(sentences._DANGLING)
    return re.sub(rf"(?<=\s)({dangling})\n(?=[^\n\s>*•-])", r"\1 ", wrapped)


_BLANKY = "ab. \n\t\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u200b é?-*>to"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_BLANKY + "x" * 12, max_size=140))
def test_unwrap_collapses_and_joins_as_its_patterns_say(text: str) -> None:
    assert sentences.unwrap(text) == _unwrap_by_patterns(text)
