"""Score who an interview is with and when it ends, on our own labelled fixtures.

    PYTHONPATH=daemon .venv/bin/python bench/score_panel.py [-v] [FIXTURE_DIR...]

FIXTURE_DIR defaults to every folder of tests/fixtures/labelled (each holds labels.json beside
its .eml files). For messages labelled interview_scheduled or interview_rescheduled and read as
such, prints: the people met by name (labels' `interviewer_names` against the names of the
signal's interviewers and sessions; one person may be written "Dr. Jana Weber" or "Jana
Weber"): precision and recall; the interviewers' addresses as sets; and the interview's end as
an instant (counted where the label or the reading gives one). -v lists every difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "fixtures" / "labelled"
TIMED = {"interview_scheduled", "interview_rescheduled"}


@dataclass
class Tally:
    messages: int = 0
    names_found: int = 0
    names_right: int = 0
    names_labelled: int = 0
    names_recalled: int = 0
    addresses: list[int] = field(default_factory=lambda: [0, 0])
    ends: list[int] = field(default_factory=lambda: [0, 0])
    differences: list[str] = field(default_factory=list)


def _names(signal: object) -> list[str]:
    people = [p.name for p in signal.interviewers if p.name]  # type: ignore[attr-defined]
    people += [s.person.name for s in getattr(signal, "sessions", ())]
    unique: list[str] = []
    for name in people:
        if not any(_same(name, other) for other in unique):
            unique.append(name)
    return unique


def _same(one: str, other: str) -> bool:
    from followupd.understand.names import same_person

    return same_person(one, other)


def score_file(tally: Tally, name: str, label: dict[str, object], data: bytes) -> None:
    from followupd.mail.parse import parse_message
    from followupd.understand.classifier import classify

    signal = classify(parse_message(data))
    if label["kind"] not in TIMED or signal.kind.value != label["kind"]:
        return
    tally.messages += 1
    wanted = [str(n) for n in label.get("interviewer_names") or []]  # type: ignore[attr-defined]
    got = _names(signal)
    right = [n for n in got if any(_same(n, w) for w in wanted)]
    recalled = [w for w in wanted if any(_same(n, w) for n in got)]
    tally.names_found += len(got)
    tally.names_right += len(right)
    tally.names_labelled += len(wanted)
    tally.names_recalled += len(recalled)
    if len(right) != len(got) or len(recalled) != len(wanted):
        tally.differences.append(f"{name}: names expected {wanted}, got {got}")
    addresses = {str(a).lower() for a in label.get("interviewers") or []}  # type: ignore[attr-defined]
    _count(tally.addresses, addresses, {p.address for p in signal.interviewers}, name, tally)
    end = label.get("interview_end")
    wanted_end = datetime.fromisoformat(str(end)) if end else None
    _count(tally.ends, wanted_end, signal.interview_end, name, tally)


def _count(counter: list[int], wanted: object, got: object, name: str, tally: Tally) -> None:
    if not wanted and not got:
        return
    counter[1] += 1
    if wanted == got:
        counter[0] += 1
    else:
        tally.differences.append(f"{name}: expected {wanted!r}, got {got!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    folders = args.folders or sorted(p.parent for p in LABELLED.glob("*/labels.json"))
    tally = Tally()
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            score_file(tally, f"{folder.name}/{name}", label, (folder / name).read_bytes())
    precision = tally.names_right / max(tally.names_found, 1)
    recall = tally.names_recalled / max(tally.names_labelled, 1)
    print(f"interview messages read as labelled: {tally.messages}")
    print(
        f"people met by name: precision {precision:.3f} ({tally.names_right}/{tally.names_found})"
    )
    print(
        f"people met by name: recall {recall:.3f} ({tally.names_recalled}/{tally.names_labelled})"
    )
    print(f"exact interviewers (addresses): {tally.addresses[0]}/{tally.addresses[1]}")
    print(f"exact interview_end: {tally.ends[0]}/{tally.ends[1]}")
    if args.verbose:
        print("\n".join(tally.differences))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "daemon"))
    raise SystemExit(main())
