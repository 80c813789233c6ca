"""How long `followupd once` takes to start and finish on an empty Maildir account.

    .venv/bin/python bench/startup_time.py [--runs 15] [--against /path/to/other/checkout]

Runs `python -m followupd once` against a throwaway config and an empty Maildir (so the
figure is start-up: imports, config, state, one empty cycle) and prints the median and the
fastest of the runs. With --against, does the same with the package of another checkout
(its `daemon/` first on PYTHONPATH, with this interpreter) and prints the difference, which
is what "no slower than before by more than 0.1 s" is checked with.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """
[me]
name = "Robin Quinn"
addresses = ["robin.quinn@example.com"]
timezone = "America/New_York"

[[accounts]]
name = "local"
backend = "maildir"
path = "{mail}"

[daemon]
state_path = "{state}"
log_level = "WARNING"
"""


def _setup(work: Path) -> Path:
    mail = work / "mail"
    for folder in ("INBOX", "Sent", "Drafts"):
        for part in ("cur", "new", "tmp"):
            (mail / folder / part).mkdir(parents=True, exist_ok=True)
    config = work / "config.toml"
    config.write_text(CONFIG.format(mail=mail, state=work / "state.db"), encoding="utf-8")
    return config


def _times(checkout: Path, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as scratch:
        config = _setup(Path(scratch))
        env = dict(os.environ, PYTHONPATH=str(checkout / "daemon"), PYTHONDONTWRITEBYTECODE="")
        command = [sys.executable, "-m", "followupd", "once", "--config", str(config)]
        subprocess.run(command, env=env, check=True, capture_output=True)  # warm caches
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        return times


def _report(label: str, times: list[float]) -> float:
    median = statistics.median(times)
    print(f"{label}: median {median:.3f} s, fastest {min(times):.3f} s over {len(times)} runs")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    args = parser.parse_args()
    if args.against is None:
        _report("this checkout", _times(ROOT, args.runs))
        return 0
    # Interleave the two so that a machine whose load changes affects both alike.
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.runs):
        ours += _times(ROOT, 1)
        theirs += _times(args.against, 1)
    mine = _report("this checkout", ours)
    other = _report(str(args.against), theirs)
    print(f"difference: {mine - other:+.3f} s (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
