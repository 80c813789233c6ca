"""The classifier's version is bumped whenever what reads mail changes.

The state database remembers which version read each account's mail and reads it again when
the version differs (engine/reread.py): a change to the rules, the phrases or the learned model
that is not followed by a bump would leave stored mail read the old way. This test pins a hash
of every file of understand/ that reads mail to the version: change one of them, and it fails
until CLASSIFIER_VERSION in understand/version.py is bumped and the new pair is pinned here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from followupd.understand import CLASSIFIER_VERSION

UNDERSTAND = Path(__file__).resolve().parents[2] / "daemon" / "followupd" / "understand"
# what does not read mail: the face, the version itself, the user's corrections
NOT_READING = {"__init__.py", "version.py", "corrections.py"}
PINNED = ("2026.12.31", "e223c7a5b39998ad1e9cf5ce39afd82a2e8003ab9c21463e10cc0e1a26a0fd03")


def reading_files() -> list[Path]:
    return sorted(
        path
        for path in UNDERSTAND.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix != ".pyc"
        and not (path.parent == UNDERSTAND and path.name in NOT_READING)
    )


def files_hash() -> str:
    digest = hashlib.sha256()
    for path in reading_files():
        digest.update(path.relative_to(UNDERSTAND).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def test_the_rules_phrases_and_model_are_those_of_this_classifier_version() -> None:
    now = (CLASSIFIER_VERSION, files_hash())
    assert now == PINNED, (
        "the classifier's files changed: bump CLASSIFIER_VERSION in understand/version.py "
        f"(stored mail is then read again after the upgrade) and pin PINNED = {now!r} here"
    )


def test_the_hash_covers_the_rules_the_phrases_and_any_model_file() -> None:
    names = {path.relative_to(UNDERSTAND).as_posix() for path in reading_files()}
    assert {"classifier.py", "rules.py", "phrases/decision.py"} <= names
    assert not names & NOT_READING
