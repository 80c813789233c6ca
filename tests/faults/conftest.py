"""Fixtures of the fault-injection suite: a Dovecot on 127.0.0.1 with a user per trial, the
fault-free baseline every trial is compared with, the seed, and the counts at the end.

Without Dovecot the tests skip with the reason; with env CI set they fail instead (as in
tests/integration). The seed comes from FOLLOWUPD_FAULT_SEED, else is drawn and printed.
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from dovecot_server import DovecotServer, dovecot_missing_reason
from fault_harness import (
    TALLY,
    Expected,
    Lab,
    compare,
    expect_exit,
    expected_from,
    seed_from_environment,
)

USERS = ("template", *(f"fault{n:03d}" for n in range(700)))
SEED = seed_from_environment()
STARTED = time.monotonic()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "faults: fault injection against a real Dovecot (tests/faults, seeded)"
    )


def pytest_report_header() -> str:
    return f"fault suite seed: {SEED} (FOLLOWUPD_FAULT_SEED to repeat)"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.runs == 0:
        return
    terminalreporter.section("fault injection")
    for line in TALLY.lines(SEED):
        terminalreporter.write_line(line)
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    terminalreporter.write_line(
        f"{time.monotonic() - STARTED:.1f}s since the suite was loaded; CPU: "
        f"{mine.ru_utime + mine.ru_stime:.1f}s in pytest (proxies, checks), "
        f"{children.ru_utime + children.ru_stime:.1f}s in followupd runs and Dovecot"
    )
    for problem in TALLY.problems:
        terminalreporter.write_line(f"  {problem}")
    if TALLY.known_problems:
        terminalreporter.write_line("known failures (tests marked xfail):")
    for problem in TALLY.known_problems:
        terminalreporter.write_line(f"  {problem}")


@pytest.fixture(scope="session")
def seed() -> int:
    return SEED


@pytest.fixture(scope="session")
def lab() -> Iterator[Lab]:
    reason = dovecot_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the fault suite is required in CI: {reason}")
        pytest.skip(reason)
    # not under pytest's tmp_path: its parents are private to root, and dovecot must traverse.
    # In memory where possible: hundreds of mailboxes and state files, and a SIGKILL loses
    # nothing a disk would have kept (only a power cut would)
    shm = Path("/dev/shm")
    where = str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None
    root = Path(tempfile.mkdtemp(prefix="followupd-faults-", dir=where))
    root.chmod(0o755)
    server = DovecotServer(root / "dovecot", users=USERS)
    try:
        server.start()
        lab = Lab(server, root, USERS)
        lab.populate_template()
        lab.expected = _baseline(lab)
        yield lab
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _baseline(lab: Lab) -> Expected:
    """A fault-free run, then an idle one: what every trial must end with."""
    account = lab.account("baseline")
    first = account.clean_run("baseline")
    expected = expected_from(account)
    again = account.clean_run("baseline, second run")
    problems = compare(account, expected, "baseline, second run")
    stages = {row[1] for row in expected.ledger if row[4] == "made"}
    if problems or first.returncode != 0 or again.returncode != 0:
        pytest.fail(f"the fault-free baseline is not stable: {problems}")
    if len(expected.made) < 5 or len(stages) < 4 or not expect_exit(again, {0}, "baseline"):
        pytest.fail(f"the baseline mailbox drafts too little: {sorted(expected.ledger)}")
    return expected
