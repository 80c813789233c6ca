"""Fixtures for tests against a real Dovecot on 127.0.0.1 (see dovecot_server.py).

Without Dovecot the tests skip with the reason; with env CI set they fail instead, so CI can
never pass by skipping them. Each test gets its own IMAP user, hence an empty mailbox.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dovecot_server import DovecotServer, dovecot_missing_reason
from imap_client import ImapUser
from job_search_mailbox import JobSearch
from job_search_mailbox import job_search as job_search_at

USERS = tuple(f"user{n:02d}" for n in range(60))
_user_numbers = itertools.count()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    reason = dovecot_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"Dovecot tests are required in CI: {reason}")
        pytest.skip(reason)
    # not under pytest's tmp_path: its parents are private to root, and dovecot must traverse
    root = Path(tempfile.mkdtemp(prefix="followupd-dovecot-"))
    server = DovecotServer(root, users=USERS)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    number = next(_user_numbers)
    if number >= len(USERS):
        pytest.fail("the Dovecot fixture ran out of users: raise USERS in conftest.py")
    return ImapUser(dovecot, USERS[number])


@pytest.fixture
def job_search() -> JobSearch:
    """The shared job seeker's mailbox (job_search_mailbox.py), dated relative to now, for
    tests that load it into more than one backend."""
    return job_search_at(datetime.now(UTC))
