"""Header triage on every corpus: what share of the mail would reach a body fetch, and whether
any hiring message would be lost.

    PYTHONPATH=daemon .venv/bin/python bench/score_triage.py [--messages 10000]

Triage (understand/triage.py) reads the header section alone, as a header-first poll fetches
it. For each labelled corpus (../shared/corpus, ../shared/corpus-real, and our own
tests/fixtures/labelled/*/, labels.json per folder) it prints the messages, the share that
triage lets through to a body fetch, and its recall on hiring mail (every kind but `other`),
naming any hiring message it would drop. For the bench's generated mailbox
(generated_mailbox.py, the one imap_bench.py loads into Dovecot) it prints the share of all
mail and of the mail within the 90-day look-back that reaches a body fetch, by kind, and the
recall on its recruiting mail. corpus-real is measured only: nothing of it is printed but
file names. Exits 1 if any corpus has a recall below 1.0, 2 if no corpus is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.mail.parse import parse_header_block
from followupd.understand.triage import might_matter

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
sys.path.insert(0, str(REPO / "bench"))
from generated_mailbox import messages  # noqa: E402

_HEADER_END = re.compile(rb"\r?\n\r?\n")
LOOKBACK_DAYS = 90


@dataclass
class Tally:
    messages: int = 0
    kept: int = 0
    hiring: int = 0
    hiring_kept: int = 0
    other_kept: int = 0
    lost: list[str] = field(default_factory=list)

    def add(self, name: str, data: bytes, hiring: bool) -> None:
        end = _HEADER_END.search(data)
        keep = might_matter(parse_header_block(data[: end.end()] if end else data))
        self.messages += 1
        self.kept += keep
        if hiring:
            self.hiring += 1
            self.hiring_kept += keep
            if not keep:
                self.lost.append(name)
        else:
            self.other_kept += keep

    @property
    def recall(self) -> float:
        return self.hiring_kept / self.hiring if self.hiring else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:<22}{self.messages:>7}{self.kept / max(self.messages, 1):>9.1%}"
            f"{self.hiring:>8}{self.recall:>9.3f}"
            f"{self.other_kept / max(self.messages - self.hiring, 1):>12.1%}"
        )


def labelled_corpora() -> Iterator[tuple[str, Path, Path]]:
    """(name, labels.json, folder of the messages) for every corpus present."""
    for name in ("corpus", "corpus-real"):
        root = SHARED / name
        if (root / "labels.json").is_file():
            yield name, root / "labels.json", root / "messages"
    for folder in sorted((REPO / "tests" / "fixtures" / "labelled").iterdir()):
        if (folder / "labels.json").is_file():
            yield f"labelled/{folder.name}", folder / "labels.json", folder


def score_labelled(labels: Path, folder: Path) -> Tally:
    tally = Tally()
    for name, label in sorted(json.loads(labels.read_text(encoding="utf-8")).items()):
        tally.add(name, (folder / name).read_bytes(), label["kind"] != "other")
    return tally


def score_generated(count: int) -> tuple[Tally, Tally, Counter[str], Counter[str]]:
    """All mail, the mail within the look-back, and by kind (within it): all and kept."""
    now = datetime.now(UTC)
    floor = now - timedelta(days=LOOKBACK_DAYS)
    every, recent = Tally(), Tally()
    kinds: Counter[str] = Counter()
    kinds_kept: Counter[str] = Counter()
    for n, message in enumerate(messages(count, "bench0@example.org", now=now)):
        name = f"{message.kind}-{n}"
        hiring = message.kind == "recruiting"
        every.add(name, message.data, hiring)
        if message.when >= floor:
            kept_before = recent.kept
            recent.add(name, message.data, hiring)
            kinds[message.kind] += 1
            kinds_kept[message.kind] += recent.kept - kept_before
    return every, recent, kinds, kinds_kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000, help="generated mailbox size")
    args = parser.parse_args()
    print(
        f"{'corpus':<22}{'messages':>7}{'fetched':>9}{'hiring':>8}{'recall':>9}"
        f"{'other fetched':>14}"
    )
    failed = False
    found = False
    for name, labels, folder in labelled_corpora():
        found = True
        tally = score_labelled(labels, folder)
        print(tally.line(name))
        failed |= tally.recall < 1.0
        for lost in tally.lost:
            print(f"  lost: {lost}")
    if not found:
        print("score_triage: no corpus found", file=sys.stderr)
        return 2
    every, recent, kinds, kept = score_generated(args.messages)
    print(every.line(f"generated {args.messages}"))
    print(recent.line(f"  within {LOOKBACK_DAYS} days"))
    for kind in sorted(kinds):
        print(f"    {kind:<18}{kinds[kind]:>7}{kept[kind] / kinds[kind]:>9.1%}")
    failed |= every.recall < 1.0
    print("PASS: no hiring message lost" if not failed else "MISSED: a hiring message was lost")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
