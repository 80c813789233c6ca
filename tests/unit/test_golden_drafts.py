"""Golden drafts: every stage's default rendering, byte for byte, in two settings.

Any change to a default template, to the variables or to the headers changes a file under
tests/fixtures/golden/ and fails here. After a deliberate change, regenerate with

    FOLLOWUPD_REGEN_GOLDEN=1 PYTHONPATH=daemon .venv/bin/python -m pytest \
        tests/unit/test_golden_drafts.py

and review the diff of tests/fixtures/golden/ before committing it (that run writes and skips
every case; it never passes, and under CI it fails). The files are the
serialized drafts with CRLF turned into LF (so git's line-ending handling cannot touch them).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from followupd.drafts.compose import compose
from followupd.drafts.context import sample_action
from followupd.drafts.templates import Templates
from followupd.model.domain import Action, Person, Stage
from followupd.model.settings import DraftSettings, Me

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
REGENERATE = os.environ.get("FOLLOWUPD_REGEN_GOLDEN") == "1"
ME = Me(name="Alice Example", addresses=("alice@example.com",), timezone="Europe/London")
FORMAL = DraftSettings(signature=("+44 20 7946 0000", "https://example.com/alice"))
FRIENDLY = DraftSettings(tone="friendly", html=True)


def formal_in_thread(stage: Stage) -> Action:
    return sample_action(stage)


def friendly_sparse_new_thread(stage: Stage) -> Action:
    """No role, no company, no name, no thread: the graceful fallbacks."""
    return replace(
        sample_action(stage),
        to=(Person("recruiting@acme-analytics.example", "Acme Recruiting Team"),),
        answers=None,
        role=None,
        company=None,
        interview_start=None,
        occurrence=2 if stage is Stage.CHECK_IN else 1,
    )


def in_language(language: str) -> object:
    def build(stage: Stage) -> Action:
        return sample_action(stage, language)

    return build


EVERY_LANGUAGE = DraftSettings(languages=("en", "de", "fr", "es"))
CASES = [
    (f"{stage.value}.{variant}", build, drafts)
    for stage in Stage
    for variant, build, drafts in (
        ("formal", formal_in_thread, FORMAL),
        ("friendly", friendly_sparse_new_thread, FRIENDLY),
        ("de", in_language("de"), EVERY_LANGUAGE),
        ("fr", in_language("fr"), replace(EVERY_LANGUAGE, tone="friendly")),
        ("es", in_language("es"), EVERY_LANGUAGE),
    )
]


@pytest.mark.parametrize(("name", "build", "drafts"), CASES, ids=[case[0] for case in CASES])
def test_default_draft_matches_golden_file(name: str, build: object, drafts: DraftSettings) -> None:
    stage = Stage(name.split(".", maxsplit=1)[0])
    action = build(stage)  # type: ignore[operator]
    raw = compose(action, ME, drafts, Templates(), "alice@example.com").as_bytes()
    text = raw.decode("ascii").replace("\r\n", "\n")  # quoted-printable: ASCII throughout
    path = GOLDEN / f"{name}.eml"
    if REGENERATE:
        regenerate(path, text)  # never compared with what it just wrote: it skips
    assert path.is_file(), f"{path} missing: regenerate with FOLLOWUPD_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="ascii"), f"{name} changed: see this module's docstring"


def regenerate(path: Path, text: str) -> None:
    """Write the golden file and skip: a regenerating run compares nothing, so it can never
    pass on files it has just written. In CI the files are only ever compared."""
    if os.environ.get("CI"):
        pytest.fail("FOLLOWUPD_REGEN_GOLDEN is set under CI: golden files are compared there")
    changed = not path.is_file() or path.read_text(encoding="ascii") != text
    GOLDEN.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="ascii", newline="\n")
    pytest.skip(f"{path.name} regenerated" + (": it changed, review the diff" if changed else ""))


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {f"{name}.eml" for name, _, _ in CASES}
    assert {path.name for path in GOLDEN.glob("*.eml")} == expected
