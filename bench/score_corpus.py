"""Score the classifier (and header triage) on the labelled corpus.

    PYTHONPATH=daemon .venv/bin/python bench/score_corpus.py [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus beside the repository. Prints per-kind precision and
recall, field accuracies (times compared as instants, interviewers as sets), header-triage
recall, and every failure as file / field / expected / got. Field accuracies count only the
messages where the label or the classifier gives a value, so empty agreeing fields do not
inflate them. Exits 2 if the corpus is missing, 1 if a target is not met, 0 otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from followupd.commands.classify import signal_record
from followupd.mail.parse import parse_message
from followupd.understand.classifier import classify
from followupd.understand.triage import might_matter

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus"
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
    score: Score, name: str, label: dict[str, object], got: dict[str, object]
) -> None:
    score.total += 1
    kind, want = str(got["kind"]), str(label["kind"])
    score.predicted[kind] += 1
    score.expected[want] += 1
    if kind == want:
        score.kind_right += 1
        score.true_positive[kind] += 1
    else:
        score.failures.append(f"{name}: kind expected {want}, got {kind} ({got['evidence']})")
    for field_name in ("interview_start", "interview_end", "interviewers", "decision_by"):
        expected, value = label.get(field_name), got.get(field_name)
        if not expected and not value:
            continue
        tally = score.fields.setdefault(field_name, [0, 0])
        tally[1] += 1
        if _same(field_name, expected, value):
            tally[0] += 1
        else:
            score.failures.append(f"{name}: {field_name} expected {expected!r}, got {value!r}")


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


def score_corpus(corpus: Path) -> Score:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    score = Score()
    for name, label in sorted(labels.items()):
        data = (corpus / "messages" / name).read_bytes()
        got = signal_record(name, classify(parse_message(data)))
        score_message(score, name, label, got)
        score_triage(score, data, str(label["kind"]))
    return score


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
    for name in ("interview_start", "interview_end", "interviewers", "decision_by"):
        right, counted = score.fields.get(name, [0, 0])
        lines.append(f"exact {name}: {score.rate(name):.3f} ({right}/{counted} with a value)")
    lines.append(
        f"triage: kept {score.triage_kept_relevant}/{score.triage_relevant} non-other "
        f"(recall {score.triage_kept_relevant / max(score.triage_relevant, 1):.3f}); "
        f"filtered {score.triage_dropped_other}/{score.triage_other} other"
    )
    lines += ["failures:", *(f"  {f}" for f in score.failures)] if score.failures else []
    missed = missed_targets(score)
    lines.append("PASS" if not missed else "MISSED: " + "; ".join(missed))
    return lines


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


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    if not (corpus / "labels.json").is_file() or not (corpus / "messages").is_dir():
        print(
            f"score_corpus: no corpus at {corpus} (labels.json and messages/ needed)",
            file=sys.stderr,
        )
        return 2
    score = score_corpus(corpus)
    print("\n".join(report(score)))
    return 1 if missed_targets(score) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
