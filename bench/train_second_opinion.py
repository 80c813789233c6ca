"""Train the learned second opinion (understand/second_opinion.py) and write its weights.

    PYTHONPATH=daemon .venv/bin/python bench/train_second_opinion.py [--check] [--out FILE]

Learns from labelled mail the project owns, and from nothing else: tests/fixtures/labelled/*
(threads read in order, each message with the context its earlier messages' labels leave),
tests/fixtures/classify, and ../shared/corpus. ../shared/corpus-real states no licence: it is
never trained on, only measured. A fixed 20 % of the fixtures (a hash of each file's path, a
thread's folder for a thread) is held out for validation; the model that ships is trained on
the rest, so the held-out figures describe it.

Deterministic: no random numbers (zero start, full-batch steps), features sorted, folds by
hash; the same data gives the same file byte for byte. The per-kind thresholds that combine
the model with the rules (understand/confidence.py) are chosen here, on out-of-fold readings
of the training split: `promote` (the probability at which the model may name a kind where
no rule matched: every out-of-fold reading at or above it was right, to PROMOTE_PRECISION)
and `hold` (below it a reading of that kind needs a look: at most HOLD_QUANTILE of the
right readings of the kind fall below it).

Prints the model's per-kind precision and recall alone on the held-out split, on
../shared/corpus (trained on: in-sample) and on ../shared/corpus-real (never seen). `--check`
trains and compares with the shipped file instead of writing it (exit 1 if any message is read
differently, or a threshold moved; see `differences`).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np

from followupd.model import Kind, Person, Signal
from followupd.understand.classifier import Message
from followupd.understand.opinion_weights import KINDS, Weights, decode, encode, pack
from followupd.understand.people import infer_me
from followupd.understand.second_opinion import WEIGHTS_FILE, features_of
from labelled_mail import (
    SHARED,
    Item,
    Reading,
    fixture_sets,
    held_out,
    labelled_set,
    readings,
    unit_of,
)
from logistic import Fitted, Floats, Sparse, fit

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "daemon" / "followupd" / "understand" / WEIGHTS_FILE
MIN_DOCS = 6  # a feature seen in fewer training messages is dropped (fewer rows: less memory)
L2 = 1e-3
STEPS = 150
RATE = 0.1
FOLDS = 5
PROMOTE_PRECISION = 0.97  # at least as precise as the rules are on mail they were written for
PROMOTE_FLOOR = 0.6
HOLD_QUANTILE = 0.01  # on the validation split, 0.03 already held 5 % of right triggers
MIN_SUPPORT = 5  # a threshold is chosen only for a kind with this many examples
THRESHOLD_SLACK = 0.005  # --check: a threshold may move this much between CPUs
PROBABILITY_SLACK = 0.001  # --check: and a probability this much


@dataclass(frozen=True)
class Example:
    item: Item
    features: frozenset[int]
    kind: int  # index in KINDS


def label_signal(reading: Reading) -> Signal:
    """What an earlier message of a thread established, by its label (not by the rules)."""
    label = reading.item.label
    start, end = (_instant(label.get(k)) for k in ("interview_start", "interview_end"))
    people = tuple(Person(str(a)) for a in label.get("interviewers") or [])  # type: ignore[attr-defined]
    decision = label.get("decision_by")
    return Signal(
        Kind(reading.item.kind),
        ("label",),
        interview_start=start,
        interview_end=end,
        interviewers=people,
        decision_by=date.fromisoformat(str(decision)) if decision else None,
    )


def _instant(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def examples(items: list[Item]) -> list[Example]:
    found = []
    for reading, _ in readings(items, label_signal):
        me = reading.me or infer_me(reading.mail)
        message = Message(reading.mail, me, reading.context)
        kind = KINDS.index(Kind(reading.item.kind))
        found.append(Example(reading.item, frozenset(features_of(message)), kind))
    return found


def training_data() -> tuple[list[Example], list[Example]]:
    """(training, held out): the fixtures split by hash, and ../shared/corpus to train on."""
    fixtures = [item for root in fixture_sets() for item in labelled_set(root)]
    train = [item for item in fixtures if not held_out(item)]
    valid = [item for item in fixtures if held_out(item)]
    corpus = SHARED / "corpus"
    if (corpus / "labels.json").is_file():
        train += labelled_set(corpus)
    return examples(train), examples(valid)


def vocabulary(train: Sequence[Example]) -> dict[int, int]:
    counts = Counter(f for example in train for f in example.features)
    kept = sorted(f for f, n in counts.items() if n >= MIN_DOCS)
    return {f: i for i, f in enumerate(kept)}


def matrix(data: Sequence[Example], columns: dict[int, int]) -> Sparse:
    rows = [sorted(columns[f] for f in e.features if f in columns) for e in data]
    return Sparse.of(rows, len(columns))


def train(data: Sequence[Example]) -> tuple[Fitted, dict[int, int]]:
    columns = vocabulary(data)
    labels = np.array([e.kind for e in data], dtype=np.int64)
    return fit(matrix(data, columns), labels, len(KINDS), L2, STEPS, RATE), columns


def probabilities(model: tuple[Fitted, dict[int, int]], data: Sequence[Example]) -> Floats:
    fitted, columns = model
    return fitted.probabilities(matrix(data, columns))


def out_of_fold(data: Sequence[Example]) -> Floats:
    """Each training example's probabilities from a model that did not see its unit."""
    folds = [fold_of(e.item) for e in data]
    result = np.zeros((len(data), len(KINDS)))
    for fold in range(FOLDS):
        inside = [e for e, f in zip(data, folds, strict=True) if f != fold]
        outside = [i for i, f in enumerate(folds) if f == fold]
        result[outside] = probabilities(train(inside), [data[i] for i in outside])
    return result


def fold_of(item: Item) -> int:
    """Which of FOLDS parts of the training split an item's unit falls in (by hash)."""
    digest = hashlib.sha256(("fold:" + unit_of(item)).encode()).digest()
    return int.from_bytes(digest[:8], "big") % FOLDS


def promote_thresholds(data: Sequence[Example], oof: Floats) -> dict[Kind, float]:
    """Per kind, the lowest probability at which the model's out-of-fold choices of that kind
    were right PROMOTE_PRECISION of the time or more (never below PROMOTE_FLOOR)."""
    gold = np.array([e.kind for e in data])
    chosen = oof.argmax(axis=1)
    found: dict[Kind, float] = {}
    for index, kind in enumerate(KINDS):
        if kind is Kind.OTHER:
            continue
        mine = np.flatnonzero(chosen == index)
        order = mine[np.argsort(-oof[mine, index], kind="stable")]
        right = np.cumsum(gold[order] == index)
        precision = right / np.arange(1, len(order) + 1)
        good = np.flatnonzero((precision >= PROMOTE_PRECISION) & (right >= MIN_SUPPORT))
        if len(good):
            found[kind] = max(float(oof[order[good[-1]], index]), PROMOTE_FLOOR)
    return found


def hold_thresholds(data: Sequence[Example], oof: Floats) -> dict[Kind, float]:
    """Per kind, the probability below which at most HOLD_QUANTILE of the out-of-fold
    readings of messages truly of that kind fall."""
    gold = np.array([e.kind for e in data])
    return {
        kind: float(np.quantile(oof[gold == index, index], HOLD_QUANTILE))
        for index, kind in enumerate(KINDS)
        if (gold == index).sum() >= MIN_SUPPORT
    }


def quantised(fitted: Fitted, columns: dict[int, int]) -> Weights:
    """Integer weights (int16) with one scale per kind; features whose weights all round to
    zero are left out."""
    top = np.abs(fitted.weights).max(axis=0)
    scale = np.where(top > 0, top / 32767.0, 1.0)
    table = np.rint(fitted.weights / scale).astype(np.int64)
    rows = {
        feature: pack(int(w) for w in table[column])
        for feature, column in columns.items()
        if table[column].any()
    }
    return Weights(rows, tuple(float(s) for s in scale), tuple(float(b) for b in fitted.bias))


def build(train_set: Sequence[Example]) -> Weights:
    oof = out_of_fold(train_set)
    fitted, columns = train(train_set)
    weights = quantised(fitted, columns)
    settings = {"l2": L2, "steps": STEPS, "rate": RATE, "min_docs": MIN_DOCS, "folds": FOLDS}
    return Weights(
        weights.rows,
        weights.scale,
        weights.bias,
        promote={k: round(v, 4) for k, v in promote_thresholds(train_set, oof).items()},
        hold={k: round(v, 4) for k, v in hold_thresholds(train_set, oof).items()},
        meta={"trained_on": len(train_set), **settings},
    )


def model_report(name: str, weights: Weights, data: Sequence[Example]) -> list[str]:
    """The model alone on `data`: kind accuracy and per-kind precision and recall."""
    got = [weights.opinion(e.features).kind for e in data]
    want = [KINDS[e.kind] for e in data]
    right = sum(g is w for g, w in zip(got, want, strict=True))
    lines = [
        f"{name}: model alone, kind accuracy {right / max(len(data), 1):.3f} ({right}/{len(data)})"
    ]
    for kind in KINDS:
        predicted = sum(g is kind for g in got)
        labelled = sum(w is kind for w in want)
        hits = sum(g is kind and w is kind for g, w in zip(got, want, strict=True))
        if predicted or labelled:
            lines.append(
                f"  {kind.value:<24}P {hits / predicted if predicted else 1:.3f}  "
                f"R {hits / labelled if labelled else 1:.3f}  "
                f"({labelled} labelled, {predicted} named)"
            )
    return lines


def reports(weights: Weights, valid: Sequence[Example]) -> list[str]:
    """The model alone on the held-out fixtures, ../shared/corpus and ../shared/corpus-real
    (a thread's context from its labels, as in training)."""
    lines = model_report("held-out fixtures", weights, valid)
    for name in ("corpus", "corpus-real"):
        root = SHARED / name
        if (root / "labels.json").is_file():
            lines += model_report(f"../shared/{name}", weights, examples(labelled_set(root)))
    return lines


def differences(shipped: Weights, fresh: Weights, data: Sequence[Example]) -> list[str]:
    """How the shipped model differs from a fresh training run, beyond the last bits of
    floating point, which numpy's vector code for one CPU or another may round differently:
    every message must get the same kind, each probability within PROBABILITY_SLACK, each
    threshold within THRESHOLD_SLACK."""
    found = []
    for name, old, new in (
        ("promote", shipped.promote, fresh.promote),
        ("hold", shipped.hold, fresh.hold),
    ):
        if old.keys() != new.keys() or any(abs(old[k] - new[k]) > THRESHOLD_SLACK for k in old):
            found.append(f"{name} thresholds differ: retrain")
    moved = 0
    for example in data:
        before, after = shipped.opinion(example.features), fresh.opinion(example.features)
        pairs = zip(before.probabilities, after.probabilities, strict=True)
        gap = max(abs(a - b) for a, b in pairs)
        moved += before.kind is not after.kind or gap > PROBABILITY_SLACK
    if moved:
        found.append(f"{moved} of {len(data)} messages read differently: retrain")
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--quiet", action="store_true", help="no model reports")
    args = parser.parse_args(argv[1:])
    train_set, valid = training_data()
    weights = build(train_set)
    data = encode(weights)
    print(
        f"trained on {len(train_set)} messages; {len(weights.rows)} features; {len(data):,} bytes"
    )
    print("promote:", {k.value: v for k, v in weights.promote.items()})
    print("hold:", {k.value: v for k, v in weights.hold.items()})
    if not args.quiet:
        print("\n".join(reports(weights, valid)))
    if args.check:
        shipped = decode(args.out.read_bytes()) if args.out.is_file() else None
        found = differences(shipped, weights, [*train_set, *valid]) if shipped else ["missing"]
        print("\n".join(found) or "the shipped weights reproduce")
        return 1 if found else 0
    args.out.write_bytes(data)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
