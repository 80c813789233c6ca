"""Write the phrase gates' literal sets, derived ahead of time (understand/gate_sets.py).

    PYTHONPATH=daemon .venv/bin/python bench/make_gate_sets.py [--check]

Derives the sets of every pattern of the classifier's phrase tables and writes
daemon/followupd/understand/gate_sets.bin. Run it after changing a phrase or literal_sets.py
(until then the changed patterns are derived at run time, or, for a changed literal_sets.py,
all of them). `--check` compares with the shipped file instead of writing it (exit 1 if stale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followupd.understand import gate_sets
from followupd.understand.classifier import phrase_tables

SHIPPED = Path(gate_sets.__file__).with_name(gate_sets.FILE)


def current() -> bytes:
    return gate_sets.encode(p for table in phrase_tables() for p in table.patterns)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    data = current()
    patterns = len(gate_sets.decode(data))
    if args.check:
        same = SHIPPED.is_file() and SHIPPED.read_bytes() == data
        print(f"{SHIPPED.name}: {'up to date' if same else 'STALE'} ({patterns} patterns)")
        return 0 if same else 1
    SHIPPED.write_bytes(data)
    print(f"wrote {SHIPPED} ({patterns} patterns, {len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
