"""Score the classifier (and header triage) on labelled mail.

    PYTHONPATH=daemon .venv/bin/python bench/score_corpus.py [--no-model] [--held-out] [SET...]

SET: ../shared/corpus (the default), ../shared/corpus-real (kinds only), a fixture folder
(tests/fixtures/labelled/en-ats: labels.json at its root, threads in threads/NAME/, read in
date order, each message with the context its earlier messages leave, as the engine reads
them), or tests/fixtures/classify (expected.json); several are scored together. `--held-out`
keeps only the fixtures held out from training the second opinion (all fixture folders when
no SET is given); `--no-model` scores the rules alone, without the second opinion.

Prints per-kind precision and recall, kind accuracy, field accuracies (for the fields the
labels have; times compared as instants, interviewers as sets), header-triage recall, how many
triggers (the kinds that draft) are held as "needs a look" (confidence below CONFIDENT), right
and wrong ones apart, and every failure as file / field / expected / got (with the evidence).
Field accuracies count only the messages where the label or the classifier gives a value, so
empty agreeing fields do not inflate them. Exits 2 if a set is missing; on the default corpus,
1 if a target is not met; 0 otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # labelled_mail, beside this file

from followupd.commands.classify import signal_record
from followupd.mail.parse import parse_message
from followupd.model import CONFIDENT, Signal
from followupd.understand.classifier import Message, classify, read_by_rules
from followupd.understand.people import infer_me
from followupd.understand.triage import might_matter
from labelled_mail import (
    Item,
    Reading,
    fixture_sets,
    held_out,
    is_labelled_set,
    labelled_set,
    readings,
)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus"
FIELDS = ("interview_start", "interview_end", "interviewers", "decision_by")
DRAFT_KINDS = (
    "interview_scheduled",
    "interview_rescheduled",
    "holding_reply",
    "rejection",
    "offer",
)
TARGETS = {"kind": 0.95, "interview_start": 0.95, "interviewers": 0.90, "decision_by": 0.90}
DRAFT_PRECISION = 0.97
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass
class Score:
    total: int = 0
    kind_right: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, counted]
    predicted: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    true_positive: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    triage_kept_relevant: int = 0
    triage_relevant: int = 0
    triage_dropped_other: int = 0
    triage_other: int = 0
    held: Counter[str] = field(default_factory=Counter)  # "right"/"wrong" triggers held
    triggers: Counter[str] = field(default_factory=Counter)  # "right"/"wrong" triggers

    def rate(self, name: str) -> float:
        right, counted = self.fields.get(name, [0, 0])
        return right / counted if counted else 1.0

    def precision(self, kind: str) -> float:
        return self.true_positive[kind] / self.predicted[kind] if self.predicted[kind] else 1.0

    def recall(self, kind: str) -> float:
        return self.true_positive[kind] / self.expected[kind] if self.expected[kind] else 1.0


def _instant(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _same(name: str, expected: object, got: object) -> bool:
    if name in {"interview_start", "interview_end"}:
        return _instant(expected) == _instant(got)
    if name == "interviewers":
        return {str(a).lower() for a in expected or []} == {str(a).lower() for a in got or []}  # type: ignore[attr-defined]
    return expected == got


def score_message(
    score: Score,
    name: str,
    label: dict[str, object],
    got: dict[str, object],
    confidence: float = 1.0,
) -> None:
    score.total += 1
    kind, want = str(got["kind"]), str(label["kind"])
    score.predicted[kind] += 1
    score.expected[want] += 1
    score_held(score, kind, want, confidence)
    if kind == want:
        score.kind_right += 1
        score.true_positive[kind] += 1
    else:
        score.failures.append(
            f"{name}: kind expected {want}, got {kind} (confidence {confidence:.2f}; "
            f"{got['evidence']})"
        )
    for field_name in FIELDS:
        if field_name not in label:
            continue  # a set labelled with kinds only
        expected, value = label.get(field_name), got.get(field_name)
        if not expected and not value:
            continue
        tally = score.fields.setdefault(field_name, [0, 0])
        tally[1] += 1
        if _same(field_name, expected, value):
            tally[0] += 1
        else:
            score.failures.append(f"{name}: {field_name} expected {expected!r}, got {value!r}")


def score_held(score: Score, kind: str, want: str, confidence: float) -> None:
    """A trigger read with a confidence below CONFIDENT waits for a look: count it."""
    if kind in DRAFT_KINDS:
        verdict = "right" if kind == want else "wrong"
        score.triggers[verdict] += 1
        score.held[verdict] += confidence < CONFIDENT


def score_triage(score: Score, data: bytes, label_kind: str) -> None:
    end = _HEADER_END.search(data)
    header = data[: end.end()] if end else data
    keep = might_matter(parse_message(header))
    if label_kind == "other":
        score.triage_other += 1
        score.triage_dropped_other += not keep
    else:
        score.triage_relevant += 1
        score.triage_kept_relevant += keep


def with_model(reading: Reading) -> Signal:
    return classify(reading.mail, reading.me, reading.context)


def rules_alone(reading: Reading) -> Signal:
    me = reading.me or infer_me(reading.mail)
    return read_by_rules(Message(reading.mail, me, reading.context))


def score_items(items: Iterable[tuple[str, Item]], model: bool = True) -> Score:
    """Every item read (threads in order, with their context) and scored; `items` pairs each
    with the name reports give it."""
    named = list(items)
    names = {id(item): name for name, item in named}
    score = Score()
    for reading, signal in readings(
        [item for _, item in named], with_model if model else rules_alone
    ):
        item = reading.item
        name = names[id(item)]
        score_message(score, name, item.label, signal_record(name, signal), signal.confidence)
        score_triage(score, item.path.read_bytes(), item.kind)
    return score


def score_corpus(corpus: Path, model: bool = True) -> Score:
    return score_items(((item.name, item) for item in labelled_set(corpus)), model)


def report(score: Score) -> list[str]:
    """Human-readable lines; the last one says PASS or lists what missed its target."""
    lines = [f"{'kind':<24}{'precision':>10}{'recall':>8}{'labelled':>10}{'predicted':>11}"]
    for kind in sorted(set(score.expected) | set(score.predicted)):
        lines.append(
            f"{kind:<24}{score.precision(kind):>10.3f}{score.recall(kind):>8.3f}"
            f"{score.expected[kind]:>10}{score.predicted[kind]:>11}"
        )
    kind_accuracy = score.kind_right / score.total if score.total else 0.0
    lines.append(f"kind accuracy: {kind_accuracy:.3f} ({score.kind_right}/{score.total})")
    for name in FIELDS:
        right, counted = score.fields.get(name, [0, 0])
        lines.append(f"exact {name}: {score.rate(name):.3f} ({right}/{counted} with a value)")
    lines.append(held_line(score))
    lines.append(
        f"triage: kept {score.triage_kept_relevant}/{score.triage_relevant} non-other "
        f"(recall {score.triage_kept_relevant / max(score.triage_relevant, 1):.3f}); "
        f"filtered {score.triage_dropped_other}/{score.triage_other} other"
    )
    lines += ["failures:", *(f"  {f}" for f in score.failures)] if score.failures else []
    missed = missed_targets(score)
    lines.append("PASS" if not missed else "MISSED: " + "; ".join(missed))
    return lines


def held_line(score: Score) -> str:
    """How many triggers wait for a look: right ones (should be few) and wrong ones."""
    parts = []
    for verdict in ("right", "wrong"):
        held, total = score.held[verdict], score.triggers[verdict]
        parts.append(f"{held}/{total} {verdict} ({held / total if total else 0.0:.3f})")
    return f"held (confidence < {CONFIDENT}) triggers: " + ", ".join(parts)


def missed_targets(score: Score) -> list[str]:
    missed: list[str] = []
    kind_accuracy = score.kind_right / score.total if score.total else 0.0
    if kind_accuracy < TARGETS["kind"]:
        missed.append(f"kind accuracy {kind_accuracy:.3f} < {TARGETS['kind']}")
    for name in ("interview_start", "interviewers", "decision_by"):
        if score.rate(name) < TARGETS[name]:
            missed.append(f"{name} {score.rate(name):.3f} < {TARGETS[name]}")
    for kind in DRAFT_KINDS:
        if score.precision(kind) < DRAFT_PRECISION:
            missed.append(f"{kind} precision {score.precision(kind):.3f} < {DRAFT_PRECISION}")
    if score.triage_kept_relevant < score.triage_relevant:
        missed.append("triage dropped a non-other message")
    return missed


def chosen_items(sets: list[Path], only_held_out: bool) -> list[tuple[str, Item]]:
    """The items of `sets`, named by set and file when there are several sets."""
    chosen = []
    for root in sets:
        for item in labelled_set(root):
            if only_held_out and not held_out(item):
                continue
            name = f"{root.name}/{item.name}" if len(sets) > 1 else item.name
            chosen.append((name, item))
    return chosen


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Score the classifier on labelled mail.")
    parser.add_argument("sets", nargs="*", type=Path, metavar="SET")
    parser.add_argument("--no-model", action="store_true", help="the rules alone")
    parser.add_argument("--held-out", action="store_true", help="only the held-out fixtures")
    args = parser.parse_args(argv[1:])
    sets = args.sets or (fixture_sets() if args.held_out else [DEFAULT_CORPUS])
    for root in sets:
        if not is_labelled_set(root):
            print(f"score_corpus: no labelled set at {root} (labels.json needed)", file=sys.stderr)
            return 2
    score = score_items(chosen_items(sets, args.held_out), model=not args.no_model)
    print("\n".join(report(score)))
    default = len(sets) == 1 and sets[0].resolve() == DEFAULT_CORPUS.resolve()
    return 1 if default and missed_targets(score) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
