"""Score every scenario timeline by corpus/SCHEMA.md's rules and print pass/fail per scenario.

    PYTHONPATH=daemon .venv/bin/python bench/score_scenarios.py [SCENARIO_DIR...]

Without arguments: every folder with a scenario.json under ../shared/corpus/scenarios and
tests/scenarios. Each scenario is replayed in-process exactly as `followupd simulate
SCENARIO --json` would (same code), then:
- every `expect` entry must be met by exactly one draft (same stage, equal recipient set,
  made within [not_before, not_after]);
- no draft may match a `forbid` entry (stage; recipient set if given; window if given);
- a draft that matches neither is unexpected, and fails the scenario too.
Beyond SCHEMA.md, an `expect` entry may say what the matched draft reads like:
`body_contains` / `body_lacks` (lists of text), `in_reply_to` (the Message-ID it answers),
`subject`; and scenario.json may name a `config` file beside it (a followupd config: the
user's [me] and [drafts], e.g. locale and languages), used instead of its "me"/"timezone".
Exits 1 if any scenario failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CORPUS_SCENARIOS = REPO / ".." / "shared" / "corpus" / "scenarios"
OWN_SCENARIOS = REPO / "tests" / "scenarios"


@dataclass
class Score:
    name: str
    problems: list[str] = field(default_factory=list)
    drafts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def scenario_dirs(roots: Iterable[Path] = (CORPUS_SCENARIOS, OWN_SCENARIOS)) -> list[Path]:
    return sorted(
        (path.parent for root in roots if root.is_dir() for path in root.glob("*/scenario.json")),
        key=lambda path: (str(path.parent), path.name),
    )


def simulate(directory: Path, config: Path | None = None) -> list[dict[str, Any]]:
    """The drafts `followupd simulate DIRECTORY --json [--config FILE]` prints, as objects."""
    from followupd.commands.replay_inputs import add_replay_arguments, replay_inputs
    from followupd.commands.simulate import draft_object, made_drafts, run_replay
    from followupd.store.database import Store

    parser = argparse.ArgumentParser()
    add_replay_arguments(parser)
    argv = [str(directory), "--json", *(["--config", str(config)] if config else [])]
    inputs = replay_inputs(parser.parse_args(argv))
    with Store.open(":memory:") as store:
        replayed = run_replay(inputs, store)
    return [draft_object(draft, inputs) for draft in made_drafts(replayed)]


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _matches(rule: Mapping[str, Any], draft: Mapping[str, Any], *, need_to: bool) -> bool:
    if rule["stage"] != draft["stage"]:
        return False
    if (need_to or "to" in rule) and {a.lower() for a in rule.get("to", [])} != set(draft["to"]):
        return False
    at = datetime.fromisoformat(draft["at"])
    low, high = _moment(rule.get("not_before")), _moment(rule.get("not_after"))
    return (low is None or at >= low) and (high is None or at <= high)


def _describe(draft: Mapping[str, Any]) -> str:
    return f"{draft['stage']} to {','.join(draft['to'])} at {draft['at']}"


def score(name: str, scenario: Mapping[str, Any], drafts: Sequence[dict[str, Any]]) -> Score:
    result = Score(name=name, drafts=list(drafts))
    explained: set[int] = set()
    for rule in scenario.get("expect", []):
        hits = [i for i, draft in enumerate(drafts) if _matches(rule, draft, need_to=True)]
        explained.update(hits)
        if len(hits) != 1:
            result.problems.append(
                f"expected one {rule['stage']} to {','.join(rule['to'])} in "
                f"[{rule.get('not_before')}, {rule.get('not_after')}], got {len(hits)}"
            )
        else:
            result.problems.extend(_reads_as_expected(rule, drafts[hits[0]]))
    for rule in scenario.get("forbid", []):
        for i, draft in enumerate(drafts):
            if _matches(rule, draft, need_to=False):
                explained.add(i)
                result.problems.append(f"forbidden draft: {_describe(draft)}")
    result.problems.extend(
        f"unexpected draft: {_describe(draft)}"
        for i, draft in enumerate(drafts)
        if i not in explained
    )
    return result


def _reads_as_expected(rule: Mapping[str, Any], draft: Mapping[str, Any]) -> list[str]:
    """What the matched draft should say, and the Message-ID it should answer."""
    where = _describe(draft)
    body = draft.get("body") or ""
    problems = [
        f"{where}: the text lacks {text!r}"
        for text in rule.get("body_contains", [])
        if text not in body
    ]
    problems += [
        f"{where}: the text has {text!r}" for text in rule.get("body_lacks", []) if text in body
    ]
    if "in_reply_to" in rule and draft.get("in_reply_to") != rule["in_reply_to"]:
        problems.append(f"{where}: answers {draft.get('in_reply_to')}, not {rule['in_reply_to']}")
    if "subject" in rule and draft.get("subject") != rule["subject"]:
        problems.append(f"{where}: subject {draft.get('subject')!r}, not {rule['subject']!r}")
    return problems


def score_directory(directory: Path, config: Path | None = None) -> Score:
    scenario = json.loads((directory / "scenario.json").read_text(encoding="utf-8"))
    if config is None and scenario.get("config"):
        config = directory / str(scenario["config"])
    try:
        drafts = simulate(directory, config)
    except Exception as error:  # a crash is a failed scenario, reported with the rest
        return Score(name=directory.name, problems=[f"simulate failed: {error!r}"])
    return score(directory.name, scenario, drafts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", type=Path)
    args = parser.parse_args(argv)
    directories = args.scenarios or scenario_dirs()
    if not directories:
        print("no scenarios found")
        return 0
    scores = [score_directory(directory) for directory in directories]
    for result in scores:
        print(f"{'PASS' if result.passed else 'FAIL'}  {result.name}")
        for draft in result.drafts:
            print(f"        made: {_describe(draft)}")
        for problem in result.problems:
            print(f"        {problem}")
    passed = sum(result.passed for result in scores)
    print(f"{passed}/{len(scores)} scenarios passed")
    return 0 if passed == len(scores) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "daemon"))
    raise SystemExit(main())
