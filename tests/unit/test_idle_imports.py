"""An idle `once` (nothing new, the last plan standing) loads none of what reads mail, plans or
drafts: the parser, the classifier, the re-read, the policy and the templates are imported only
when there is something for them to do. Run in a fresh interpreter, as a user's `once` is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = (
    "followupd.mail.parse",
    "followupd.understand.classifier",
    "followupd.engine.sync",
    "followupd.engine.reading",
    "followupd.processes",
    "followupd.policy",
    "followupd.drafts",
    "jinja2",
)
PROBE = """
import sys
from followupd.cli import main
code = main(["once", "--config", sys.argv[1]])
loaded = [name for name in sys.argv[2:] if name in sys.modules]
print("probe:", code, *loaded)
"""


def test_an_idle_once_loads_nothing_that_reads_plans_or_drafts(tmp_path: Path) -> None:
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (tmp_path / "mail" / folder / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(
        f"""[me]
name = "Alice Example"
addresses = ["alice@example.com"]
timezone = "America/New_York"
holidays = "US"

[[accounts]]
name = "local"
backend = "maildir"
path = "{tmp_path / "mail"}"

[daemon]
state_path = "{tmp_path / "state.db"}"
""",
        encoding="utf-8",
    )
    command = [sys.executable, "-c", PROBE, str(config), *HEAVY]
    env = {"PYTHONPATH": str(REPO / "daemon"), "PATH": "/usr/bin:/bin"}
    first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert probe(first)[:1] == ["0"], first.stderr
    idle = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert probe(idle) == ["0"], idle.stderr


def probe(run: subprocess.CompletedProcess[str]) -> list[str]:
    """The probe's line: the exit code, then the heavy modules loaded."""
    lines = [line for line in run.stdout.splitlines() if line.startswith("probe:")]
    return lines[-1].split()[1:] if lines else []
