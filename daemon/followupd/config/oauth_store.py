"""Where a sign-in is kept: the system keyring, or a file only its owner may read.

The saved sign-in (the refresh token, or for Microsoft MSAL's token cache that holds it) goes
to the keyring (service "<keyring_service>-oauth2", user = the username), or, where there is
none, only to the file the account names (`oauth2_token_file`), as mbsync and
email-oauth2-proxy do. The file is written mode 0600 through a temporary file and a rename,
so that a rotated refresh token is never half-written, and it is refused when group or
others may read it, or when it belongs to someone else, as ssh refuses a private key. A
lock file beside it lets one process refresh at a time. A systemd credential cannot hold a
sign-in: it is read-only, and a refresh token may rotate.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Protocol

from followupd.config.oauth_providers import OAuthSettings
from followupd.errors import SecretError

MAX_GRANT_BYTES = 1024 * 1024


class TokenStore(Protocol):
    where: str  # said in messages: "the keyring (...)" or the file's path

    def load(self) -> str | None: ...
    def save(self, text: str) -> None: ...
    def check_writable(self) -> None: ...
    def locked(self) -> AbstractContextManager[None]: ...


def store_for(settings: OAuthSettings) -> TokenStore:
    if settings.token_file is not None:
        return FileTokenStore(settings.token_file.expanduser(), settings.account)
    return KeyringTokenStore(
        f"{settings.keyring_service}-oauth2", settings.username, settings.account
    )


class KeyringTokenStore:
    """The saved sign-in in the system keyring (Secret Service, KWallet, macOS Keychain)."""

    def __init__(self, service: str, user: str, account: str) -> None:
        self.service, self.user, self.account = service, user, account
        self.where = f'the keyring (service "{service}", user "{user}")'

    def load(self) -> str | None:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            text = keyring.get_password(self.service, self.user)
        except NoKeyringError:
            raise SecretError(self._no_keyring()) from None
        except KeyringError as error:
            raise SecretError(f"{self.account}: reading {self.where} failed: {error}") from None
        return str(text) if text else None

    def save(self, text: str) -> None:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            keyring.set_password(self.service, self.user, text)
        except NoKeyringError:
            raise SecretError(self._no_keyring()) from None
        except KeyringError as error:
            raise SecretError(f"{self.account}: writing {self.where} failed: {error}") from None

    def check_writable(self) -> None:
        self.load()  # a missing keyring shows here, before anyone signs in

    def locked(self) -> AbstractContextManager[None]:
        return nullcontext()

    def _no_keyring(self) -> str:
        return (
            f"{self.account}: no system keyring is available (a headless server has none) to "
            f'keep the sign-in: set oauth2_token_file = "~/.config/followupd/{self.account}'
            f'.oauth2.json" in this account, then run `followupd login --account {self.account}`'
        )


class FileTokenStore:
    """The saved sign-in in a file only its owner may read (0600), like an ssh key."""

    def __init__(self, path: Path, account: str) -> None:
        self.path, self.account = path, account
        self.where = str(path)

    def load(self) -> str | None:
        try:
            descriptor = os.open(self.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise SecretError(
                f"{self._what()}: cannot read {self.path} ({error.strerror})"
            ) from None
        with os.fdopen(descriptor, "rb") as file:
            self._check_private(os.fstat(file.fileno()))
            data = file.read(MAX_GRANT_BYTES + 1)
        if len(data) > MAX_GRANT_BYTES:
            raise SecretError(f"{self._what()}: {self.path} is too large to be a saved sign-in")
        return data.decode("utf-8", "replace") or None

    def save(self, text: str) -> None:
        folder = self.path.parent
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            temporary = folder / f".{self.path.name}.{os.getpid()}.tmp"
            descriptor = os.open(
                temporary,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                0o600,
            )
            try:
                with os.fdopen(descriptor, "wb") as file:
                    os.fchmod(file.fileno(), 0o600)  # whatever the umask
                    file.write(text.encode())
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temporary, self.path)
            finally:
                temporary.unlink(missing_ok=True)
            _sync_folder(folder)
        except OSError as error:
            raise SecretError(
                f"{self._what()}: cannot write {self.path} ({error.strerror})"
            ) from None

    def check_writable(self) -> None:
        folder = self.path.parent
        existing = next((p for p in (folder, *folder.parents) if p.exists()), folder)
        if not os.access(existing, os.W_OK | os.X_OK):
            raise SecretError(f"{self._what()}: cannot write in {existing}")

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One refresh at a time across processes (the daemon and a `once`), so that a
        rotated refresh token is never used twice."""
        lock = self.path.with_name(self.path.name + ".lock")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            descriptor = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise SecretError(f"{self._what()}: cannot lock {lock} ({error.strerror})") from None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)

    def _check_private(self, status: os.stat_result) -> None:
        if not stat.S_ISREG(status.st_mode):
            raise SecretError(f"{self._what()}: {self.path} is not a regular file")
        if status.st_uid != os.geteuid() and os.geteuid() != 0:
            raise SecretError(
                f"{self._what()}: {self.path} belongs to another user (uid {status.st_uid}); "
                "it must be yours"
            )
        mode = stat.S_IMODE(status.st_mode)
        if mode & 0o077:
            raise SecretError(
                f"{self._what()}: permissions {mode:04o} for {self.path} are too open: it holds "
                f"a refresh token, so others must not read it. Run `chmod 600 {self.path}`"
            )

    def _what(self) -> str:
        return f"{self.account}: oauth2_token_file"


def _sync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
