"""Helpers for the service helper's CLI tests: configs, a local mailbox, running `followupd`."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import keyring.backend
import pytest

from followupd import cli

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "service"


@contextmanager
def logging_restored() -> Iterator[None]:
    """Commands set up logging for the whole process; put it back afterwards."""
    names = ("", "followupd", "apscheduler", "imap_tools", "exchangelib", "keyring", "urllib3")
    loggers = [logging.getLogger(name) for name in names]
    saved = [(list(logger.handlers), logger.level) for logger in loggers]
    try:
        yield
    finally:
        for logger, (handlers, level) in zip(loggers, saved, strict=True):
            logger.handlers[:] = handlers
            logger.setLevel(level)


def local_mailbox(folder: Path, age: timedelta = timedelta(hours=2)) -> Path:
    """INBOX/ and Sent/ of .eml files, dated `age` before now (the fixtures use {date})."""
    inbox = folder / "INBOX"
    inbox.mkdir(parents=True)
    (folder / "Sent").mkdir()
    date = format_datetime(datetime.now(UTC) - age)
    for fixture in sorted(FIXTURES.glob("*.eml")):
        text = fixture.read_text(encoding="utf-8").replace("{date}", date)
        (inbox / fixture.name).write_text(text, encoding="utf-8")
    return folder


def maildir_config(tmp_path: Path, mailbox: Path, extra: str = "") -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
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
poll_interval = "1s"
state_path = "{tmp_path / "state.db"}"
{extra}
""",
        encoding="utf-8",
    )
    return config


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with logging_restored():
        code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def followupd_process(args: list[str], **env: str) -> subprocess.Popen[str]:
    """`python -m followupd ARGS` in a subprocess, with the package importable either way."""
    path = os.pathsep.join(filter(None, [str(REPO / "daemon"), os.environ.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "followupd", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path, **env},
    )


class FakeKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.reads: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append((service, username))
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)
