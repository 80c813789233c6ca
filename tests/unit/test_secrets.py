"""secrets: where passwords and tokens come from, in which order, and what errors say."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from service_cli import FakeKeyring

from followupd.config import credentials as secrets
from followupd.errors import EXIT_CONFIG, SecretError
from followupd.model.settings import AccountSettings

PY = sys.executable


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)


def account(**changes: object) -> AccountSettings:
    base = AccountSettings(name="personal", host="imap.example.com", username="alice@example.com")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_systemd_credential_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_keyring: FakeKeyring
) -> None:
    (tmp_path / "personal").write_text("from-credential\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    monkeypatch.setenv("PW", "from-env")
    fake_keyring.passwords[("followupd", "alice@example.com")] = "from-keyring"
    assert secrets.password_for(account(password_env="PW")) == "from-credential"
    assert secrets.password_for(account()) == "from-credential"
    assert fake_keyring.reads == []


def test_credential_name_can_be_configured_or_come_from_a_loaded_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    (tmp_path / "gmail").write_text("named")
    (tmp_path / "followupd_personal").write_text("from-directory")
    assert secrets.password_for(account(credential="gmail")) == "named"
    assert secrets.password_for(account()) == "from-directory"


def test_sources_in_order_file_command_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    password_file = tmp_path / "pw"
    password_file.write_text("from-file\nsecond line ignored\n")
    monkeypatch.setenv("PW", "from-env")
    command = (PY, "-c", "print('from-command')")
    all_three = account(password_file=password_file, password_command=command, password_env="PW")
    assert secrets.password_for(all_three) == "from-file"
    assert secrets.password_for(account(password_command=command, password_env="PW")) == (
        "from-command"
    )
    assert secrets.password_for(account(password_env="PW")) == "from-env"


def test_keyring_is_last_and_keyed_by_service_and_username(fake_keyring: FakeKeyring) -> None:
    fake_keyring.passwords[("mail", "alice@example.com")] = "from-keyring"
    assert secrets.password_for(account(keyring_service="mail")) == "from-keyring"
    assert fake_keyring.reads == [("mail", "alice@example.com")]


def test_a_configured_source_that_fails_does_not_fall_through_to_the_keyring(
    monkeypatch: pytest.MonkeyPatch, fake_keyring: FakeKeyring
) -> None:
    monkeypatch.delenv("FOLLOWUPD_UNSET_VAR", raising=False)
    fake_keyring.passwords[("followupd", "alice@example.com")] = "from-keyring"
    with pytest.raises(SecretError, match="FOLLOWUPD_UNSET_VAR is not set"):
        secrets.password_for(account(password_env="FOLLOWUPD_UNSET_VAR"))
    assert fake_keyring.reads == []


def test_password_command_runs_without_a_shell() -> None:
    literal = "$HOME; echo injected `id`"
    command = (PY, "-c", "import sys; print(sys.argv[1])", literal)
    assert secrets.password_for(account(password_command=command)) == literal


def test_failing_command_error_hides_its_output() -> None:
    command = (
        PY,
        "-c",
        "import sys; print('hunter2-stdout'); print('hunter2-stderr', file=sys.stderr); "
        "sys.exit(3)",
    )
    with pytest.raises(SecretError) as caught:
        secrets.password_for(account(password_command=command))
    message = str(caught.value)
    assert "hunter2" not in message
    assert "status 3" in message
    assert caught.value.exit_code == EXIT_CONFIG


def test_command_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "COMMAND_TIMEOUT_SECONDS", 0.3)
    command = (PY, "-c", "import time; time.sleep(10)")
    with pytest.raises(SecretError, match="did not finish"):
        secrets.password_for(account(password_command=command))


def test_missing_program(tmp_path: Path) -> None:
    with pytest.raises(SecretError, match="program not found"):
        secrets.password_for(account(password_command=(str(tmp_path / "no-such-tool"),)))


def test_empty_and_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "empty").write_text("")
    with pytest.raises(SecretError, match="empty"):
        secrets.password_for(account(password_file=tmp_path / "empty"))
    with pytest.raises(SecretError, match="cannot read"):
        secrets.password_for(account(password_file=tmp_path / "missing"))


def test_headless_server_without_keyring_gets_advice() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(SecretError) as caught:
            secrets.password_for(account())
    finally:
        keyring.set_keyring(previous)
    message = str(caught.value)
    assert "no system keyring" in message
    for alternative in ("password_file", "password_command", "password_env", "systemd credential"):
        assert alternative in message


def test_nothing_in_the_keyring_suggests_set_password(fake_keyring: FakeKeyring) -> None:
    with pytest.raises(SecretError, match="followupd set-password --account personal"):
        secrets.password_for(account())


def test_store_then_read_back_through_the_keyring(fake_keyring: FakeKeyring) -> None:
    secrets.store_keyring_password(account(), "s3cret")
    assert secrets.password_for(account()) == "s3cret"


def test_oauth2_token_from_its_command() -> None:
    xoauth = account(auth="xoauth2", oauth2_token_command=(PY, "-c", "print('ya29.token')"))
    assert secrets.oauth2_token_for(xoauth) == "ya29.token"
    with pytest.raises(SecretError, match="oauth2_token_command"):
        secrets.oauth2_token_for(account(auth="xoauth2"))


def test_oauth2_command_failure_hides_output() -> None:
    command = (PY, "-c", "print('ya29.leaked'); raise SystemExit(1)")
    with pytest.raises(SecretError) as caught:
        secrets.oauth2_token_for(account(auth="xoauth2", oauth2_token_command=command))
    assert "ya29" not in str(caught.value)
