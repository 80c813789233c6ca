"""Parse time per typical message, stage by stage (CPU microseconds, best of a few rounds).

    PYTHONPATH=daemon .venv/bin/python bench/parse_stages.py [--rounds N]

The messages are classify_speed's typical ones. Each stage of parse._parse is timed alone over
every message; "walk" includes reading the tree again (a walk caches what it reads in it).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from classify_speed import typical_messages
from followupd.mail import parse
from followupd.mail.mime_tree import Part, read_tree

T = TypeVar("T")


def _tree(raw: bytes) -> Part:
    return read_tree(raw, [], parse.MAX_MESSAGE_BYTES)


def _body(root: Part) -> parse._Body:
    body = parse._Body(notes=[])
    parse._walk(root, body)
    return body


def _best(rounds: int, items: Sequence[T], step: Callable[[T], object]) -> float:
    """The best round's CPU time per item, in microseconds."""
    step(items[0])
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for item in items:
            step(item)
        best = min(best, time.process_time() - started)
    return best / len(items) * 1e6


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--rounds", type=int, default=20)
    rounds = arguments.parse_args().rounds
    raws = [parse._raw(m) for m in typical_messages()]
    roots = [_tree(r) for r in raws]
    for root in roots:  # the header index is built while the tree is read
        root.header("date")
    heads = list(zip(roots, [parse._header_section(r) for r in raws], strict=True))
    bodies = [_body(_tree(r)) for r in raws]
    figures = {
        "parse_message": _best(rounds, raws, parse.parse_message),
        "read_tree": _best(rounds, raws, _tree),
        "_header_section": _best(rounds, raws, parse._header_section),
        "_envelope": _best(rounds, heads, lambda head: parse._envelope(*head, [])),
        "_kept_headers": _best(rounds, roots, parse._kept_headers),
        "read_tree + _walk": _best(rounds, raws, lambda raw: _body(_tree(raw))),
        "_readable": _best(rounds, bodies, parse._readable),
    }
    for name, micros in figures.items():
        print(f"{name:18s} {micros:7.1f} us/message")
    print(f"{'_walk (difference)':18s} {figures['read_tree + _walk'] - figures['read_tree']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
