"""An account's password or OAuth2 access token, from wherever the user keeps it.

Password sources, first found wins: a systemd credential ($CREDENTIALS_DIRECTORY/<name>,
name = the account's `credential` or its name), then the one source the config names
(password_file, password_command, password_env), else the system keyring (service
`keyring_service`, user = the account's username). A configured source that fails is an
error, never a silent fall-through to the next. Secrets are never logged, and a failing
command's output is never repeated: it might be the secret itself.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from followupd.errors import SecretError
from followupd.model import AccountSettings

COMMAND_TIMEOUT_SECONDS = 30.0
MAX_SECRET_BYTES = 64 * 1024
_OTHER_SOURCES = "password_file, password_command, password_env or a systemd credential"


def password_for(account: AccountSettings) -> str:
    credential = _systemd_credential(account)
    if credential is not None:
        return credential
    if account.password_file is not None:
        return _read_secret_file(account.password_file, f"{account.name}: password_file")
    if account.password_command is not None:
        return run_secret_command(account.password_command, f"{account.name}: password_command")
    if account.password_env is not None:
        return _environment_secret(account.password_env, f"{account.name}: password_env")
    return keyring_password(account)


def oauth2_token_for(account: AccountSettings) -> str:
    """An XOAUTH2 access token from `oauth2_token_command` (run at each connection)."""
    if account.oauth2_token_command is None:
        raise SecretError(f'accounts "{account.name}": auth = "xoauth2" needs oauth2_token_command')
    return run_secret_command(account.oauth2_token_command, f"{account.name}: oauth2_token_command")


def credential_names(account: AccountSettings) -> tuple[str, ...]:
    """Names looked for in $CREDENTIALS_DIRECTORY; a directory loaded by LoadCredential=
    under the ID "followupd" yields its files as "followupd_<file name>"."""
    name = account.credential or account.name
    return (name, f"followupd_{name}")


def _systemd_credential(account: AccountSettings) -> str | None:
    directory = os.environ.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return None
    for name in credential_names(account):
        path = Path(directory) / name
        if path.is_file():
            return _read_secret_file(path, f"{account.name}: systemd credential {name!r}")
    return None


def _read_secret_file(path: Path, what: str) -> str:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SECRET_BYTES + 1)
    except OSError as error:
        raise SecretError(f"{what}: cannot read {path} ({error.strerror})") from None
    return _secret_text(data, what)


def run_secret_command(argv: tuple[str, ...], what: str) -> str:
    """Run `argv` without a shell; its standard output (first line) is the secret."""
    try:
        completed = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise SecretError(f"{what}: program not found: {argv[0]}") from None
    except PermissionError:
        raise SecretError(f"{what}: program not executable: {argv[0]}") from None
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{what}: {argv[0]} did not finish within {COMMAND_TIMEOUT_SECONDS:.0f}s"
        ) from None
    if completed.returncode != 0:
        raise SecretError(
            f"{what}: {argv[0]} exited with status {completed.returncode} "
            "(its output is not shown, as it may hold the secret)"
        )
    return _secret_text(completed.stdout[: MAX_SECRET_BYTES + 1], what)


def _environment_secret(variable: str, what: str) -> str:
    value = os.environ.get(variable)
    if not value:
        raise SecretError(f"{what}: the environment variable {variable} is not set or empty")
    return value


def _secret_text(data: bytes, what: str) -> str:
    if len(data) > MAX_SECRET_BYTES:
        raise SecretError(f"{what}: longer than {MAX_SECRET_BYTES} bytes, not a password")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SecretError(f"{what}: not UTF-8 text") from None
    lines = text.splitlines()
    secret = lines[0] if lines else ""
    if not secret:
        raise SecretError(f"{what}: empty")
    return secret


def keyring_password(account: AccountSettings) -> str:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    where = f'the keyring (service "{account.keyring_service}", user "{account.username}")'
    try:
        password = keyring.get_password(account.keyring_service, account.username)
    except NoKeyringError:
        raise SecretError(
            f"{account.name}: no password source configured and no system keyring is "
            f"available (a headless server has none): use {_OTHER_SOURCES}"
        ) from None
    except KeyringError as error:
        raise SecretError(f"{account.name}: reading {where} failed: {error}") from None
    if not password:
        raise SecretError(
            f"{account.name}: no password in {where}; store one with "
            f"`followupd set-password --account {account.name}`, or use {_OTHER_SOURCES}"
        )
    return str(password)


def store_keyring_password(account: AccountSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(account.keyring_service, account.username, password)
    except NoKeyringError:
        raise SecretError(
            f"{account.name}: no system keyring is available (a headless server has none): "
            f"use {_OTHER_SOURCES} instead"
        ) from None
    except KeyringError as error:
        raise SecretError(f"{account.name}: storing the password failed: {error}") from None
