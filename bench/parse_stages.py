"""Parse time per typical message, stage by stage (microseconds, best of a few rounds).

    PYTHONPATH=daemon .venv/bin/python bench/parse_stages.py [--rounds N]

The messages are classify_speed's typical ones. Each message is parsed by the steps of
parse._parse, in its order, each step timed where it runs (so each figure is what that step
costs inside a whole parse, caches and all); then parse_message as a whole, on CPU time.
Compare two checkouts by running the same script with PYTHONPATH set to the other's daemon/.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_speed import typical_messages
from followupd.mail import parse
from followupd.mail.mime_tree import read_tree

STAGES = ("read_tree", "_header_section", "_envelope", "_walk", "_readable", "_kept_headers")


def _stages(raw: bytes, spent: Counter[str]) -> None:
    """parse._parse(raw, None), step by step, adding each step's wall time to `spent`."""
    clock = time.perf_counter
    notes: list[str] = []
    started = clock()
    root = read_tree(raw, notes, parse.MAX_MESSAGE_BYTES)
    tree_read = clock()
    section = parse._header_section(raw)
    section_found = clock()
    parse._envelope(root, section, notes)
    enveloped = clock()
    body = parse._Body(notes=notes)
    parse._walk(root, body)
    walked = clock()
    parse._readable(body)
    readable = clock()
    parse._kept_headers(root)
    done = clock()
    marks = (started, tree_read, section_found, enveloped, walked, readable, done)
    for stage, begun, ended in zip(STAGES, marks, marks[1:], strict=False):
        spent[stage] += ended - begun


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--rounds", type=int, default=20)
    rounds = arguments.parse_args().rounds
    raws = [parse._raw(m) for m in typical_messages()]
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent: Counter[str] = Counter()
        for raw in raws:
            _stages(raw, spent)
        for stage in STAGES:
            best[stage] = min(best.get(stage, float("inf")), spent[stage])
        started = time.process_time()
        for raw in raws:
            parse.parse_message(raw)
        whole = time.process_time() - started
        best["parse_message"] = min(best.get("parse_message", float("inf")), whole)
    for stage, seconds in best.items():
        print(f"{stage:16s} {seconds / len(raws) * 1e6:7.1f} us/message")
    print(f"{'(stages summed)':16s} {sum(best[s] for s in STAGES) / len(raws) * 1e6:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
