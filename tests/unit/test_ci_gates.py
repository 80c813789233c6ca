"""Under CI, what a laptop may skip must fail: the shared corpus's tests and timelines when
../shared is absent (tests/conftest.py), and a golden-draft run asked to regenerate its files
(which could only compare them with themselves)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
CORPUS_TEST = """
import pytest

@pytest.mark.corpus
def test_needs_the_corpus():
    pytest.skip("corpus not present at ../shared/corpus")

def test_ordinary():
    pass
"""


def pytest_run(folder: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**environment, **env},
    )


def test_a_missing_corpus_skips_on_a_laptop_and_fails_under_ci(tmp_path: Path) -> None:
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers =\n    corpus: needs the corpus\n")
    (tmp_path / "test_corpus.py").write_text(CORPUS_TEST)
    laptop = pytest_run(tmp_path)
    assert laptop.returncode == 0 and "1 passed, 1 skipped" in laptop.stdout, laptop.stdout
    ci = pytest_run(tmp_path, CI="true")
    assert ci.returncode == 1 and "1 failed, 1 passed" in ci.stdout, ci.stdout
    assert "../shared/corpus is required under CI" in ci.stdout


def test_golden_drafts_are_never_regenerated_under_ci() -> None:
    golden = TESTS / "fixtures" / "golden"
    before = {path.name: path.stat().st_mtime_ns for path in golden.glob("*.eml")}
    run = pytest_run(
        TESTS.parent,
        "tests/unit/test_golden_drafts.py",
        "-k",
        "check_in.formal",
        CI="true",
        FOLLOWUPD_REGEN_GOLDEN="1",
    )
    assert run.returncode == 1 and "compared there" in run.stdout, run.stdout
    assert {path.name: path.stat().st_mtime_ns for path in golden.glob("*.eml")} == before
