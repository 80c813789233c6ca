"""A mailbox for the quarantine tests: holding replies from many employers (each one answered
by a holding_ack at once), padded so that a scan takes several fetch rounds, and newsletters
that are never fetched. One of the employers' messages is the one a test poisons."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
POISON_DIR = REPO / "tests" / "fixtures" / "poison"
EMPLOYERS = 12
POISONED = 7  # the employer whose message is poisoned
PADDING = "We appreciate the time you have invested in the process so far. " * 250

HOLDING = """From: {name} <{first}@{domain}>
To: Alice Example <alice@example.com>
Subject: Re: Your application for {role}
Date: {date}
Message-ID: <hold-{n}@{domain}>
Content-Type: text/plain; charset=utf-8

Hi Alice,

Thank you for your patience. We are still reviewing applications for the {role} position and
will get back to you by the end of next week.

Best regards,
{name}
Talent team, {company}

{padding}
"""

NEWSLETTER = """From: Garden Weekly <news@gardenweekly.example>
To: alice@example.com
Subject: Garden Weekly {n}: tomatoes
Date: {date}
Message-ID: <garden-{n}@gardenweekly.example>
List-Id: <weekly.gardenweekly.example>
List-Unsubscribe: <mailto:unsubscribe@gardenweekly.example>
Precedence: bulk

Tomatoes, issue {n}.
"""

FIRST_NAMES = ("Dana", "Omar", "Lena", "Priya", "Tomas", "Ines", "Kwame", "Mei", "Ravi", "Sofia")


def message_id(n: int) -> str:
    return f"<hold-{n}@employer{n}.example>"


def build(root: Path, *, newsletters: int = 0) -> Path:
    inbox = root / "INBOX"
    inbox.mkdir(parents=True)
    (root / "Sent").mkdir()
    start = datetime.now(UTC) - timedelta(hours=3)
    for n in range(EMPLOYERS):
        first = FIRST_NAMES[n % len(FIRST_NAMES)]
        text = HOLDING.format(
            name=f"{first} Berg",
            first=first.lower(),
            domain=f"employer{n}.example",
            company=f"Employer {n}",
            role=f"Data Analyst {n}",
            date=format_datetime(start + timedelta(minutes=n)),
            n=n,
            padding=PADDING,
        )
        (inbox / f"hold-{n:02d}.eml").write_text(text, encoding="utf-8")
    for n in range(newsletters):
        text = NEWSLETTER.format(n=n, date=format_datetime(start - timedelta(hours=n)))
        (inbox / f"garden-{n:03d}.eml").write_text(text, encoding="utf-8")
    return root


def config(tmp_path: Path, mailbox: Path, helpers: int = 0) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[me]
name = "Alice Example"
addresses = ["alice@example.com"]
timezone = "America/New_York"
holidays = "US"

[[accounts]]
name = "local"
backend = "maildir"
path = "{mailbox}"

[daemon]
state_path = "{tmp_path / "state.db"}"
read_helpers = {helpers}
""",
        encoding="utf-8",
    )
    return path


def once(config_path: Path, poison: str, mode: str, log: Path) -> subprocess.CompletedProcess[str]:
    """`followupd once --json` in a process of its own, its reading poisoned (sitecustomize)."""
    path = os.pathsep.join(
        filter(None, [str(POISON_DIR), str(REPO / "daemon"), os.environ.get("PYTHONPATH")])
    )
    env = {
        **os.environ,
        "PYTHONPATH": path,
        "FOLLOWUPD_POISON": poison,
        "FOLLOWUPD_POISON_MODE": mode,
        "FOLLOWUPD_READ_LOG": str(log),
        "FOLLOWUPD_SMALL_ROUNDS": "1",
    }
    command = [sys.executable, "-m", "followupd", "once", "--json", "--config", str(config_path)]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def reads(log: Path) -> list[str]:
    """The Message-IDs classified so far, in order."""
    if not log.exists():
        return []
    return [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]
