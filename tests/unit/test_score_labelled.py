"""bench/score_corpus.py scores any labelled set: a corpus (labels.json + messages/), a fixture
folder (labels.json at its root, threads in threads/NAME/ read in date order with their
context), expected.json beside the files; with or without the second opinion."""

from __future__ import annotations

import importlib
import json
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
from classify_mail import DEFAULT_DATE, ME, eml

REPO = Path(__file__).resolve().parents[2]
RECRUITER = "Priya Nair <priya.nair@harbor-labs.example>"
REQUEST = (
    "Hi Sam, thanks for applying to the Data Engineer role at Harbor Labs! Could you send me "
    "two or three times that work for a 30-minute call next week?"
)
AGREED = "Thursday at 2pm works great, talk then!"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    bench = str(REPO / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("score_corpus")


def _write(folder: Path, name: str, data: bytes) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _fixture_folder(root: Path) -> Path:
    """A request, then (in a file whose name sorts first) the reply that agrees to a time,
    in a thread; the same reply alone."""
    headers = [("Delivered-To", ME)]
    request = eml(REQUEST, subject="Data Engineer - next steps", sender=RECRUITER, headers=headers)
    later = DEFAULT_DATE + timedelta(hours=5)
    reply = eml(AGREED, subject="Re: Thursday", sender=RECRUITER, date=later, headers=headers)
    _write(root, "threads/harbor/a-agreed.eml", reply)
    _write(root, "threads/harbor/b-request.eml", request)
    _write(root, "alone.eml", reply)
    labels = {
        "threads/harbor/a-agreed.eml": {"kind": "interview_scheduled"},
        "threads/harbor/b-request.eml": {"kind": "interview_request"},
        "alone.eml": {"kind": "interview_scheduled"},
    }
    (root / "labels.json").write_text(json.dumps(labels))
    return root


def _kinds(score: object) -> list[str]:
    return sorted(f.split(": kind")[0] for f in score.failures)  # type: ignore[attr-defined]


@pytest.mark.parametrize("model", [True, False])
def test_a_thread_is_read_in_date_order_with_its_context(
    scorer: ModuleType, tmp_path: Path, model: bool
) -> None:
    score = scorer.score_corpus(_fixture_folder(tmp_path), model=model)
    assert score.total == 3
    # only the lone copy of the reply is missed: it has no thread to say a time was asked for
    assert _kinds(score) == ["alone.eml"]


def test_a_corpus_and_an_expected_json_folder_are_read_too(
    scorer: ModuleType, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    _write(corpus, "messages/one.eml", eml(REQUEST, sender=RECRUITER))
    (corpus / "labels.json").write_text(json.dumps({"one.eml": {"kind": "interview_request"}}))
    fixtures = tmp_path / "fixtures"
    _write(fixtures, "one.eml", eml(REQUEST, sender=RECRUITER))
    (fixtures / "expected.json").write_text(json.dumps({"one.eml": {"kind": "other"}}))
    assert scorer.score_corpus(corpus).kind_right == 1
    assert _kinds(scorer.score_corpus(fixtures)) == ["one.eml"]


def test_labels_without_fields_score_kinds_only(scorer: ModuleType, tmp_path: Path) -> None:
    score = scorer.score_corpus(_fixture_folder(tmp_path))
    assert score.fields == {}


def test_the_report_shows_the_held_triggers(scorer: ModuleType, tmp_path: Path) -> None:
    lines = scorer.report(scorer.score_corpus(_fixture_folder(tmp_path)))
    assert any(line.startswith("held (confidence < 0.5) triggers: 0/1 right") for line in lines)


def test_exit_codes(scorer: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main(["score_corpus.py", str(tmp_path / "nowhere")]) == 2
    # a set that is not the default corpus misses its targets without failing the run
    assert scorer.main(["score_corpus.py", "--no-model", str(_fixture_folder(tmp_path))]) == 0
    assert "MISSED" in capsys.readouterr().out
