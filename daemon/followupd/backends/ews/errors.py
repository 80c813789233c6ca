"""exchangelib's, requests' and ssl's errors as followupd's mailbox errors.

Transient (retry later): the server is busy or throttling (`ServerBusyError` carries the
back-off it asked for), the connection failed or timed out, a backend store is unavailable.
Permanent: sign-in refused, the certificate is not trusted, a folder or mailbox is missing,
the server refuses the request or answers with something that is not EWS. The server's words
in them are scrubbed of the account's secret (backends/scrub.py).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from contextlib import contextmanager

import requests
from exchangelib import errors as ews

from followupd.backends import scrub
from followupd.errors import MailboxError, PermanentMailboxError, TransientMailboxError

_TRANSIENT_CODES = (
    ews.ErrorInternalServerTransientError,
    ews.ErrorExceededConnectionCount,
    ews.ErrorTooManyObjectsOpened,
    ews.ErrorMailboxStoreUnavailable,
    ews.ErrorMailboxMoveInProgress,
    ews.ErrorConnectionFailed,
    ews.ErrorConnectionFailedTransientError,
    ews.ErrorADUnavailable,
    ews.ErrorTimeoutExpired,  # exchangelib's name for a connection error
    ews.ErrorInternalServerError,
    ews.CASError,
)
_MISSING = (
    ews.ErrorFolderNotFound,
    ews.ErrorNonExistentMailbox,
    ews.ErrorAccessDenied,
    ews.ErrorMailboxConfiguration,
)


class ServerBusyError(TransientMailboxError):
    """The server asked us to come back later; `back_off` is its wait in seconds, if it said."""

    def __init__(self, message: str, back_off: float | None) -> None:
        super().__init__(message, back_off)


class SignInRefusedError(PermanentMailboxError):
    """The server refused the credentials (or the OAuth access token)."""


@contextmanager
def translated_errors(where: str, secret: str = "", username: str = "") -> Iterator[None]:
    try:
        yield
    except (ews.EWSError, requests.RequestException, OSError) as error:
        translated = translate(error, where)
        if translated is None:
            raise
        if secret:  # the server's words, scrubbed of the secret it may have repeated
            translated.args = tuple(scrub(str(a), secret, username) for a in translated.args)
        raise translated from None


def translate(error: BaseException, where: str) -> MailboxError | None:
    """followupd's error for a library error; None for one that is a bug, not the server."""
    tls = _tls_problem(error)
    if tls is not None:
        return PermanentMailboxError(f"{where}: {tls}")
    return _busy(error, where) or _refused(error, where) or _permanent(error, where)


def _busy(error: BaseException, where: str) -> MailboxError | None:
    if isinstance(error, ews.ErrorServerBusy):
        back_off = error.back_off
        wait = f"; it asks to wait {back_off:.0f}s" if back_off else ""
        return ServerBusyError(f"{where}: the server is busy{wait}", back_off)
    if isinstance(error, ews.RateLimitError):
        return ServerBusyError(f"{where}: the server is throttling requests", error.wait)
    if isinstance(error, _TRANSIENT_CODES):
        return TransientMailboxError(f"{where}: server unavailable ({_short(error)})")
    return None


def _refused(error: BaseException, where: str) -> MailboxError | None:
    if isinstance(error, ews.UnauthorizedError):
        return SignInRefusedError(f"{where}: sign-in refused ({_short(error)})")
    if isinstance(error, ews.AutoDiscoverError):
        return PermanentMailboxError(
            f"{where}: autodiscover found no EWS endpoint ({_short(error)}); set server or ews_url"
        )
    if isinstance(error, ews.RedirectError):
        return PermanentMailboxError(
            f"{where}: the server redirects to {error.url}; set ews_url to the EWS endpoint"
        )
    return None


def _permanent(error: BaseException, where: str) -> MailboxError | None:
    if isinstance(error, _MISSING):
        return PermanentMailboxError(f"{where}: mailbox or folder not available ({_short(error)})")
    if isinstance(error, ews.ResponseMessageError | ews.SOAPError | ews.MalformedResponseError):
        return PermanentMailboxError(f"{where}: request refused ({_short(error)})")
    if isinstance(error, ews.TransportError | requests.RequestException | OSError):
        return TransientMailboxError(f"{where}: cannot reach the server ({_short(error)})")
    if isinstance(error, ews.EWSError):
        return PermanentMailboxError(f"{where}: {_short(error)}")
    return None


def _tls_problem(error: BaseException) -> str | None:
    """What went wrong with TLS, from the error or what it wraps (exchangelib re-raises a TLS
    failure as a TransportError; requests and urllib3 wrap it twice more)."""
    for found in _related(error):
        problem = _tls_of(found)
        if problem is not None:
            return problem
    if "CERTIFICATE_VERIFY_FAILED" in str(error):
        return (
            "the server's TLS certificate is not trusted (certificate verify failed); "
            "set ca_file if it is signed by your own CA"
        )
    return None


def _related(error: BaseException) -> Iterator[BaseException]:
    """The error, its causes and contexts, and exceptions held in args or `reason`."""
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending and len(seen) < 20:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += list(current.args)
        pending += [item for item in linked if isinstance(item, BaseException)]


def _tls_of(error: BaseException) -> str | None:
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or str(error)
        return (
            f"the server's TLS certificate is not trusted ({reason}); "
            "set ca_file if it is signed by your own CA"
        )
    if isinstance(error, ssl.SSLError) and not isinstance(
        error, ssl.SSLEOFError | ssl.SSLZeroReturnError
    ):
        return f"TLS failed ({error.reason or error})"
    return None


def _short(error: BaseException) -> str:
    return str(error).replace("\r", " ").replace("\n", " ")[:200]
