"""Hostile mail: long runs of blanks, letters, capitals, '@' and brackets never break the
classifier or make it backtrack without end (the suite's timeout guards against the latter;
bench/classify_speed.py prints how long the worst of these takes)."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.understand.people import addresses_in
from followupd.understand.sentences import sentence_lines

HOSTILE = {
    "spaces": " " * 60_000,
    "tabs": "\t \t" * 20_000,
    "letters": "a" * 60_000,
    "capitals": "A" * 60_000,
    "capital words": "AB " * 20_000,
    "at signs": ("x" * 60 + "@") * 1_000,
    "dots": "." * 60_000,
    "brackets": "(" * 30_000,
    "role run": "for the " + "A" * 5_000 + " x" * 5_000,
}
OPENINGS = (
    "We have decided not to move forward with your application for the Data Engineer role.\n",
    "Your interview is confirmed for Tuesday, March 10 at 2:00 pm ET with ",
    "",
)


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("opening", OPENINGS)
def test_hostile_text_is_classified(name: str, opening: str) -> None:
    body = opening + HOSTILE[name]
    signal = signal_of(eml(body, "Interview", "Dana Cole <dana.cole@acme.example>"))
    assert signal.evidence
    if opening.startswith("We have decided"):
        assert signal.kind.value == "rejection"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_text_helpers_survive_hostile_text(name: str) -> None:
    text = HOSTILE[name]
    assert addresses_in(text) == []
    assert len(sentence_lines(text)) <= len(text)
