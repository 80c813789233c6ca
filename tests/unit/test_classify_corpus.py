"""The classifier meets its targets on the shared labelled corpus (skipped when it is absent).

Uses bench/score_corpus.py's scoring, so CI and the bench agree on what is measured."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / ".." / "shared" / "corpus"

pytestmark = pytest.mark.corpus


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_corpus", REPO / "bench" / "score_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_corpus", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def score() -> object:
    if not (CORPUS / "labels.json").is_file():
        pytest.skip("corpus not present at ../shared/corpus")
    return _scorer().score_corpus(CORPUS)


def test_kind_accuracy_is_at_least_95_percent(score: object) -> None:
    assert score.kind_right / score.total >= 0.95, score.failures  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "kind", ["interview_scheduled", "interview_rescheduled", "holding_reply", "rejection", "offer"]
)
def test_kinds_that_trigger_drafts_have_97_percent_precision(score: object, kind: str) -> None:
    assert score.precision(kind) >= 0.97, score.failures  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "target"), [("interview_start", 0.95), ("interviewers", 0.90), ("decision_by", 0.90)]
)
def test_field_accuracy(score: object, field: str, target: float) -> None:
    assert score.rate(field) >= target, score.failures  # type: ignore[attr-defined]


def test_triage_never_drops_a_message_that_matters(score: object) -> None:
    assert score.triage_kept_relevant == score.triage_relevant  # type: ignore[attr-defined]
