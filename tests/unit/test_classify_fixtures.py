"""Whole .eml fixtures of our own (tests/fixtures/classify), classified as the CLI does it:
no --me, so the user is inferred from the headers. expected.json lists, per file, the kind
and the facts worth checking; times are compared as instants, interviewers as sets."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from followupd.mail.parse import parse_message
from followupd.model.domain import Signal
from followupd.understand.classifier import classify

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "classify"
EXPECTED: dict[str, dict[str, object]] = json.loads((FIXTURES / "expected.json").read_text())


def _actual(signal: Signal, name: str) -> object:
    if name == "interviewers":
        return {p.address for p in signal.interviewers}
    if name == "contact":
        return signal.contact.address if signal.contact else None
    if name == "decision_by":
        return signal.decision_by.isoformat() if signal.decision_by else None
    if name == "kind":
        return signal.kind.value
    return getattr(signal, name)


def _wanted(name: str, value: object) -> object:
    if name in {"interview_start", "interview_end"} and value is not None:
        return datetime.fromisoformat(str(value))
    if name == "interviewers":
        return set(value)  # type: ignore[call-overload]
    return value


def test_every_fixture_file_has_an_expectation() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.eml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_is_classified_as_expected(name: str) -> None:
    signal = classify(parse_message((FIXTURES / name).read_bytes()))
    for field, value in EXPECTED[name].items():
        assert _actual(signal, field) == _wanted(field, value), (field, signal.evidence)
