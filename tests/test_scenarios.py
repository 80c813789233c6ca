"""Every scenario timeline passes by SCHEMA.md's rules (scored by bench/score_scenarios.py).

Timelines: ../shared/corpus/scenarios (skipped when the corpus is absent, failed under CI) and
tests/scenarios.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / ".." / "shared" / "corpus" / "scenarios"
OWN = REPO / "tests" / "scenarios"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "score_scenarios", REPO / "bench" / "score_scenarios.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_scenarios", module)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


def _cases() -> list[object]:
    cases: list[object] = [
        pytest.param(path, id=f"corpus/{path.name}", marks=pytest.mark.corpus)
        for path in SCORER.scenario_dirs([CORPUS])
    ]
    if not cases:  # a case that says so, rather than timelines silently left out
        cases.append(pytest.param(None, id="corpus/absent", marks=pytest.mark.corpus))
    cases += [pytest.param(path, id=f"own/{path.name}") for path in SCORER.scenario_dirs([OWN])]
    return cases


@pytest.mark.parametrize("directory", _cases())
def test_scenario_drafts_exactly_what_it_expects(directory: Path | None) -> None:
    if directory is None:
        pytest.skip(f"no corpus timelines at {CORPUS} (failed under CI: tests/conftest.py)")
    result = SCORER.score_directory(directory)
    made = "\n".join(f"  made: {d['stage']} to {d['to']} at {d['at']}" for d in result.drafts)
    assert result.passed, "\n".join(result.problems) + "\n" + made


def test_the_scorer_counts_a_missing_a_duplicate_and_an_unexpected_draft() -> None:
    expect = {
        "stage": "thank_you",
        "to": ["a@x.example"],
        "not_before": "2026-03-10T15:00:00-05:00",
        "not_after": "2026-03-11T15:00:00-05:00",
    }
    scenario = {"expect": [expect], "forbid": [{"stage": "check_in"}]}

    def draft(stage: str, to: str, at: str) -> dict[str, object]:
        return {"stage": stage, "to": [to], "at": at}

    good = draft("thank_you", "a@x.example", "2026-03-10T16:00:00-05:00")
    assert SCORER.score("s", scenario, [good]).passed
    assert not SCORER.score("s", scenario, []).passed
    assert not SCORER.score("s", scenario, [good, good]).passed
    late = draft("thank_you", "a@x.example", "2026-03-12T16:00:00-05:00")
    assert not SCORER.score("s", scenario, [late]).passed
    forbidden = draft("check_in", "b@x.example", "2026-03-20T09:00:00-05:00")
    assert SCORER.score("s", scenario, [good, forbidden]).problems == [
        "forbidden draft: check_in to b@x.example at 2026-03-20T09:00:00-05:00"
    ]
    stray = draft("holding_ack", "b@x.example", "2026-03-20T09:00:00-05:00")
    assert SCORER.score("s", scenario, [good, stray]).problems == [
        "unexpected draft: holding_ack to b@x.example at 2026-03-20T09:00:00-05:00"
    ]


def test_the_example_config_edited_as_a_new_user_would_leaks_no_example_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copy config.example.toml, change only the name and the address: every draft is signed
    by that name alone (no example phone number, profile or name)."""
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    edited = text.replace('name = "Your Name"', 'name = "Noor Haddad"').replace(
        'username = "you@example.com"', 'username = "noor.haddad@example.com"'
    )
    assert edited.count("Noor Haddad") == 1 and "noor.haddad@example.com" in edited
    config = tmp_path / "config.toml"
    config.write_text(edited, encoding="utf-8")
    result = SCORER.score_directory(OWN / "example-config-signature-never-reaches-a-draft", config)
    assert result.passed, result.problems
    assert len(result.drafts) == 2
    for draft in result.drafts:
        assert draft["body"].rstrip().endswith("Kind regards,\nNoor Haddad")
