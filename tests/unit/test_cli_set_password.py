"""`followupd set-password`: into the keyring from stdin (not a tty), with clear refusals."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from service_cli import FakeKeyring, run_cli

from followupd.errors import EXIT_CONFIG, EXIT_OK, EXIT_USAGE

CONFIG = """
[me]
addresses = ["alice@example.com"]
[[accounts]]
name = "personal"
host = "imap.example.com"
username = "alice@example.com"
"""


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    return path


def test_stores_the_first_line_of_stdin(
    config: Path,
    fake_keyring: FakeKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\nignored\n"))
    code, out, _ = run_cli(
        ["set-password", "--config", str(config), "--account", "personal"], capsys
    )
    assert code == EXIT_OK
    assert fake_keyring.passwords == {("followupd", "alice@example.com"): "s3cret pass"}
    assert "s3cret" not in out


def test_unknown_account_is_a_usage_error(
    config: Path, fake_keyring: FakeKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["set-password", "--config", str(config), "--account", "work"], capsys)
    assert code == EXIT_USAGE
    assert "personal" in err
    assert fake_keyring.passwords == {}


def test_empty_password_is_refused(
    config: Path,
    fake_keyring: FakeKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    code, _, err = run_cli(
        ["set-password", "--config", str(config), "--account", "personal"], capsys
    )
    assert code == EXIT_CONFIG
    assert "empty" in err
    assert fake_keyring.passwords == {}


def test_without_a_keyring_the_alternatives_are_named(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = run_cli(
            ["set-password", "--config", str(config), "--account", "personal"], capsys
        )
    finally:
        keyring.set_keyring(previous)
    assert code == EXIT_CONFIG
    assert "no system keyring" in err
    assert "password_command" in err
