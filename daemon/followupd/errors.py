"""The errors followupd raises on purpose, each with the exit code the CLI maps it to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 69  # EX_UNAVAILABLE: the server could not be reached
EXIT_CONFIG = 78  # EX_CONFIG: the systemd unit does not restart on it


class FollowupdError(Exception):
    """Base of every expected error: the CLI prints it as one line."""

    exit_code = EXIT_ERROR


def about(name: str, error: object) -> str:
    """ "NAME: error", unless the error already says where it happened ("NAME (host:port): ...")."""
    text = str(error)
    return (
        text if text.startswith(f"{name} (") or text.startswith(f"{name}:") else f"{name}: {text}"
    )


class UsageError(FollowupdError):
    """A command-line argument is malformed (a date that is not ISO 8601, an unknown zone)."""

    exit_code = EXIT_USAGE


class ParseError(FollowupdError):
    """A message could not be read at all."""


class ConfigError(FollowupdError):
    """The configuration is wrong; `problems` lists every one with its key path."""

    exit_code = EXIT_CONFIG

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class SecretError(ConfigError):
    """No password or token could be found for an account."""


class TemplateError(FollowupdError):
    """A draft template failed to load or render (file and line in the message)."""

    exit_code = EXIT_CONFIG


class DraftError(FollowupdError):
    """A draft could not be composed (no usable recipient or sender address)."""


class MailboxError(FollowupdError):
    """A mail server or mail folder failed."""


class TransientMailboxError(MailboxError):
    """Worth retrying later: connection lost, timeout, server busy. `back_off`: the wait in
    seconds the server asked for, when it said one (throttling)."""

    exit_code = EXIT_UNAVAILABLE

    def __init__(self, message: str | list[str], back_off: float | None = None) -> None:
        super().__init__(message)
        self.back_off = back_off


class PermanentMailboxError(MailboxError):
    """Retrying will not help: authentication refused, folder missing, bad certificate."""


class PushUnavailableError(PermanentMailboxError):
    """The server cannot tell of new mail as it comes (no IMAP IDLE): poll it instead."""


class StoreError(FollowupdError):
    """The state database is unusable (locked by another daemon, newer schema, corrupt)."""
