"""bench/train_second_opinion.py: training is deterministic, learns only from the project's own
labelled mail (never ../shared/corpus-real), holds a fixed fifth of the fixtures out, and the
shipped weights are exactly what it makes (retrain after changing the features, the parser or
the fixtures: `PYTHONPATH=daemon .venv/bin/python bench/train_second_opinion.py`)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from followupd.understand.opinion_weights import decode

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
CORPUS = REPO / ".." / "shared" / "corpus"


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("train_second_opinion")


@pytest.fixture(scope="module")
def labelled() -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("labelled_mail")


def _sample(trainer: ModuleType, labelled: ModuleType) -> list[object]:
    items = [
        item
        for root in labelled.fixture_sets()
        for item in labelled.labelled_set(root)[::12]  # a spread of kinds and languages
    ]
    return trainer.examples(items)  # type: ignore[no-any-return]


def test_training_on_a_sample_is_deterministic(
    trainer: ModuleType, labelled: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trainer, "STEPS", 30)
    sample = _sample(trainer, labelled)
    first = trainer.encode(trainer.build(sample))
    assert first == trainer.encode(trainer.build(list(sample)))
    assert len(decode(first).rows) > 100


def test_the_held_out_fifth_is_fixed_by_path_and_keeps_threads_whole(
    labelled: ModuleType,
) -> None:
    items = [i for root in labelled.fixture_sets() for i in labelled.labelled_set(root)]
    held = [i for i in items if labelled.held_out(i)]
    assert 0.15 < len(held) / len(items) < 0.25
    assert held == [i for i in items if labelled.held_out(i)]
    by_thread: dict[str, set[bool]] = {}
    for item in items:
        if item.thread:
            by_thread.setdefault(labelled.unit_of(item), set()).add(labelled.held_out(item))
    assert by_thread and all(len(sides) == 1 for sides in by_thread.values())


def test_corpus_real_is_never_trained_on(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []
    monkeypatch.setattr(trainer, "examples", lambda items: seen.extend(i.path for i in items) or [])
    trainer.training_data()
    assert seen and not any("corpus-real" in str(path) for path in seen)


@pytest.mark.timeout(900)  # about 20 s of CPU; more on a loaded machine
def test_the_shipped_weights_reproduce_from_the_training_script(trainer: ModuleType) -> None:
    if not (CORPUS / "labels.json").is_file():
        pytest.skip("../shared/corpus is part of the training data and is absent")
    assert trainer.main(["train_second_opinion.py", "--check", "--quiet"]) == 0
