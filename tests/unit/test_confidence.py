"""The rules and the second opinion combined (understand/confidence.py): a rule's explicit
`other` is never overturned, a promotion needs the kind's threshold, a strong disagreement
lowers the confidence below CONFIDENT (with a line of evidence), agreement keeps it above.

Weights made for each test stand in for the shipped ones, so the model's opinion is known."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from classify_mail import ME, eml, signal_of
from hypothesis import given
from hypothesis import strategies as st

from followupd.model import CONFIDENT, Kind, Signal
from followupd.understand import confidence
from followupd.understand.opinion_weights import KINDS, Weights

REJECTION_TEXT = (
    "Thank you for your interest. Unfortunately we have decided not to move forward with your "
    "application for the Data Engineer role."
)
NOTHING_MATCHES = "Hi Sam, quick note: the parking garage code changed to 4411. Best, Dana"
HOLD = {kind: 0.2 for kind in KINDS}
HIRING_SUBJECT = "Your application for the Data Engineer role"


def _leaning(kind: Kind, probability: float, promote: float = 0.8) -> Weights:
    """Weights whose opinion on any message is `kind` with `probability`, the rest shared."""
    rest = (1.0 - probability) / (len(KINDS) - 1)
    bias = tuple(math.log(probability if k is kind else rest) for k in KINDS)
    promoted = {k: promote for k in KINDS if k is not Kind.OTHER}
    return Weights(rows={}, scale=(1.0,) * len(KINDS), bias=bias, promote=promoted, hold=HOLD)


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Weights | None]]:
    """Set model[0] to the weights the classifier should use."""
    holder: list[Weights | None] = [None]
    monkeypatch.setattr(confidence, "shipped_weights", lambda: holder[0])
    yield holder


@pytest.mark.parametrize(
    ("body", "subject", "sender", "rule"),
    [
        (REJECTION_TEXT, "New jobs for you: Data Engineer", None, "job alert"),
        (REJECTION_TEXT, "Re: Data Engineer", f"Sam Lee <{ME}>", "written by the user"),
        (
            "I'm out of the office until Monday and will answer when I'm back. Unfortunately "
            "we have decided not to move forward with your candidacy.",
            "Automatic reply: Data Engineer",
            None,
            "auto-reply, not an answer",
        ),
    ],
)
def test_an_explicit_other_is_never_overturned(
    model: list[Weights | None], body: str, subject: str, sender: str | None, rule: str
) -> None:
    model[0] = _leaning(Kind.REJECTION, 0.999, promote=0.5)
    extra = {"sender": sender} if sender else {}
    signal = signal_of(eml(body, subject=subject, **extra))
    assert signal.kind is Kind.OTHER
    assert signal.evidence[0].startswith(rule)
    assert signal.confidence == 1.0
    assert not any("second opinion" in line for line in signal.evidence)


def test_where_no_rule_matched_a_confident_model_names_the_kind(
    model: list[Weights | None],
) -> None:
    model[0] = _leaning(Kind.REJECTION, 0.93)
    signal = signal_of(eml(NOTHING_MATCHES, subject=HIRING_SUBJECT))
    assert signal.kind is Kind.REJECTION
    assert signal.evidence[0] == "second opinion: rejection 0.93"
    assert signal.confidence >= CONFIDENT
    assert signal.contact is not None  # the facts of the kind are read as for a rule


def test_mail_about_something_else_is_never_promoted(model: list[Weights | None]) -> None:
    model[0] = _leaning(Kind.INTERVIEW_SCHEDULED, 0.999, promote=0.5)
    body = "See you Tuesday at 10 then! I'll grab us a table."
    signal = signal_of(eml(body, subject="Re: coffee", sender="Jo Park <jo.park@gmail.com>"))
    assert signal.kind is Kind.OTHER
    assert signal.evidence[0] == confidence.NO_RULE


@pytest.mark.parametrize("kind", [Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED])
def test_a_kind_that_stands_on_a_time_is_never_promoted_without_one(
    model: list[Weights | None], kind: Kind
) -> None:
    model[0] = _leaning(kind, 0.999, promote=0.5)
    body = "Hi Sam,\n\nHere they are: Rafael Ortiz - rafael.ortiz@acme.example\n\nMaya"
    assert signal_of(eml(body, subject="Re: Interview confirmed")).kind is Kind.OTHER


def test_a_promotion_needs_the_kinds_threshold(model: list[Weights | None]) -> None:
    model[0] = _leaning(Kind.REJECTION, 0.75, promote=0.8)
    signal = signal_of(eml(NOTHING_MATCHES, subject=HIRING_SUBJECT))
    assert signal.kind is Kind.OTHER
    assert signal.evidence[0] == confidence.NO_RULE


def test_the_model_never_promotes_to_other_kinds_than_it_has_a_threshold_for(
    model: list[Weights | None],
) -> None:
    weights = _leaning(Kind.OFFER, 0.99)
    model[0] = Weights(weights.rows, weights.scale, weights.bias, promote={}, hold=HOLD)
    assert signal_of(eml(NOTHING_MATCHES)).kind is Kind.OTHER


def test_a_strong_disagreement_lowers_the_confidence(model: list[Weights | None]) -> None:
    model[0] = _leaning(Kind.APPLICATION_RECEIVED, 0.97)
    signal = signal_of(eml(REJECTION_TEXT))
    assert signal.kind is Kind.REJECTION  # the rules stay the explanation
    assert signal.evidence[0].startswith("rejection")
    assert signal.confidence < CONFIDENT
    assert signal.evidence[-1].startswith("second opinion: application_received 0.97")


def test_agreement_keeps_the_confidence_high(model: list[Weights | None]) -> None:
    model[0] = _leaning(Kind.REJECTION, 0.9)
    signal = signal_of(eml(REJECTION_TEXT))
    assert signal.kind is Kind.REJECTION
    assert signal.confidence > CONFIDENT
    assert not any("second opinion" in line for line in signal.evidence)


def test_without_weights_the_rules_alone_read_the_mail(model: list[Weights | None]) -> None:
    model[0] = None
    assert signal_of(eml(REJECTION_TEXT)).confidence == 1.0
    assert signal_of(eml(NOTHING_MATCHES)).evidence == (confidence.NO_RULE,)


def test_the_shipped_model_is_used_by_default() -> None:
    signal = signal_of(eml(REJECTION_TEXT))
    assert signal.kind is Kind.REJECTION and 0.0 < signal.confidence <= 1.0


def test_weighing_an_explicit_other_needs_no_model() -> None:
    signal = Signal(Kind.OTHER, ("job alert",))

    def read_as(kind: Kind, reason: str) -> Signal:
        raise AssertionError("an explicit other is never read as another kind")

    assert confidence.weigh(signal, None, read_as) is signal  # type: ignore[arg-type]


def test_the_hold_threshold_maps_to_confident() -> None:
    hold = {Kind.REJECTION: 0.3}
    assert confidence.confidence(hold, Kind.REJECTION, 0.3) == CONFIDENT
    assert confidence.confidence(hold, Kind.REJECTION, 0.29) < CONFIDENT
    assert confidence.confidence(hold, Kind.REJECTION, 1.0) == 1.0
    assert confidence.confidence(hold, Kind.OFFER, 0.01) == 1.0  # no threshold: no doubt


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.floats(0.001, 1.0))
def test_confidence_is_monotone_and_bounded(a: float, b: float, threshold: float) -> None:
    hold = {Kind.OFFER: threshold}
    low, high = sorted((a, b))
    assert 0.0 <= confidence.confidence(hold, Kind.OFFER, low) <= 1.0
    assert confidence.confidence(hold, Kind.OFFER, low) <= confidence.confidence(
        hold, Kind.OFFER, high
    )
