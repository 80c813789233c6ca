"""Opening an IMAP session (TLS, STARTTLS or loopback-only plain; password or XOAUTH2) and
translating imaplib / imap-tools / ssl / socket errors into followupd's mailbox errors, the
server's words in them scrubbed of the secret (backends/scrub.py). A password outside ASCII
needs AUTH=PLAIN (LOGIN carries ASCII only): without it the error says so, naming no character."""

from __future__ import annotations

import imaplib
import ipaddress
import re
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import (
    ImapToolsError,
    MailboxFolderSelectError,
    MailboxFolderStatusError,
    MailboxLoginError,
    UnexpectedCommandStatusError,
)

from followupd.backends import scrub
from followupd.backends.imap.sync import ServerResponseError
from followupd.errors import ConfigError, PermanentMailboxError, TransientMailboxError
from followupd.model import AccountSettings

SECURITY_MODES = ("tls", "starttls", "plain")
AUTH_MODES = ("password", "xoauth2")
# Response codes (RFC 5530) saying "try again later" rather than "this is wrong".
_TRANSIENT_CODES = re.compile(rb"\[(UNAVAILABLE|INUSE|LIMIT|SERVERBUG|OVERQUOTA)\b", re.I)
# Microsoft's servers: "Request is throttled. Suggested Backoff Time: 12345 milliseconds".
_THROTTLED = re.compile(r"request is throttled|suggested back-?off time", re.I)
_BACK_OFF = re.compile(r"back-?off time:?\s*(\d+)\s*(ms|milliseconds?|s\b|seconds?)?", re.I)
_NOT_ASCII = (
    "{where}: the password (or user name) has characters outside ASCII, and {host} offers no "
    "AUTH=PLAIN to send them (IMAP LOGIN carries ASCII only): use a password or an app "
    "password of ASCII characters"
)


def check_account(account: AccountSettings) -> None:
    """Refuse settings that cannot work or would leak the password, before any connection."""
    where = f"accounts.{account.name}"
    problems: list[str] = []
    if not account.host:
        problems.append(f"{where}.host: an IMAP account needs a host")
    if account.security not in SECURITY_MODES:
        problems.append(f"{where}.security: must be one of {', '.join(SECURITY_MODES)}")
    elif account.security == "plain" and not is_loopback(account.host):
        problems.append(
            f"{where}.security: plain IMAP sends the password unencrypted; it is only allowed "
            f"to a loopback address, not {account.host!r} (use tls or starttls)"
        )
    if account.security == "starttls" and account.port == 993:
        problems.append(f'{where}.port: 993 is implicit TLS; use security = "tls"')
    if account.auth not in AUTH_MODES:
        problems.append(f"{where}.auth: must be one of {', '.join(AUTH_MODES)}")
    if problems:
        raise ConfigError(problems)


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def tls_context(account: AccountSettings) -> ssl.SSLContext:
    """Certificate and host name checked; `ca_file` replaces the system's trust store."""
    cafile = str(account.ca_file.expanduser()) if account.ca_file else None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as error:
        raise ConfigError(
            f"accounts.{account.name}.ca_file: cannot read {cafile}: {error}"
        ) from None


def open_session(account: AccountSettings, credential: Callable[[], str]) -> BaseMailBox:
    """A logged-in session with nothing selected and capabilities as the server states them
    after login (imaplib only knows those it read before)."""
    secret = credential()  # first: an account whose sign-in was refused opens no connection
    box = _connect(account)
    try:
        _login(box, account, secret)
        box.client.capabilities = _capabilities_after_login(box.client)
    except BaseException:
        close_quietly(box)
        raise
    return box


def _connect(account: AccountSettings) -> BaseMailBox:
    host, port, timeout = account.host, account.port, account.timeout
    if account.security == "tls":
        return MailBox(host, port, timeout=timeout, ssl_context=tls_context(account))
    if account.security == "starttls":
        return MailBoxStartTls(host, port, timeout=timeout, ssl_context=tls_context(account))
    return MailBoxUnencrypted(host, port, timeout=timeout)


def _login(box: BaseMailBox, account: AccountSettings, secret: str) -> None:
    capabilities = box.client.capabilities
    where = f"{account.name} ({account.host}:{account.port})"
    try:
        if account.auth == "xoauth2":
            box.xoauth2(account.username, secret, initial_folder=None)
        elif "LOGINDISABLED" in capabilities:
            raise PermanentMailboxError(
                f"{account.host} refuses to log in on this connection: use tls or starttls"
            )
        elif (account.username + secret).isascii():
            box.login(account.username, secret, initial_folder=None)
        elif "AUTH=PLAIN" in capabilities:
            box.login_utf8(account.username, secret, initial_folder=None)
        else:
            raise PermanentMailboxError(_NOT_ASCII.format(where=where, host=account.host))
    except UnicodeError:  # what imaplib raises cannot name a character of the secret here
        raise PermanentMailboxError(_NOT_ASCII.format(where=where, host=account.host)) from None
    except (MailboxLoginError, imaplib.IMAP4.error) as error:
        said = _short(error, secret, account.username)
        throttled = throttled_error(account.host, error)
        if throttled is not None:
            raise throttled from None
        if isinstance(error, imaplib.IMAP4.abort) or _TRANSIENT_CODES.search(str(error).encode()):
            raise TransientMailboxError(f"{where}: login failed for now ({said})") from None
        raise PermanentMailboxError(
            f"{account.host}: login refused for {account.username!r} ({said})"
        ) from None


def _capabilities_after_login(client: imaplib.IMAP4) -> tuple[str, ...]:
    stated = client.untagged_responses.pop("CAPABILITY", None)
    if not stated:
        typ, stated = client.capability()
        if typ != "OK":
            return tuple(client.capabilities)
    line = stated[-1]
    text = line.decode("ascii", "replace") if isinstance(line, bytes) else ""
    return tuple(text.upper().split())


def require_ok(typ: str, data: list[object], command: str) -> None:
    """Raw imaplib commands return NO/BAD instead of raising: raise it (translated later)."""
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
        raise imaplib.IMAP4.error(f"{command} failed: {typ} {detail}")


def close_quietly(box: BaseMailBox) -> None:
    try:
        box.logout()
    except (ImapToolsError, imaplib.IMAP4.error, OSError):
        with suppress(OSError):
            box.client.shutdown()


@contextmanager
def translated_errors(where: str, secret: str = "", username: str = "") -> Iterator[None]:
    """Library errors become TransientMailboxError (retry later) or PermanentMailboxError;
    the server's words in them scrubbed of the account's secret."""
    try:
        yield
    except ssl.SSLCertVerificationError as error:
        reason = getattr(error, "verify_message", None) or str(error)
        raise PermanentMailboxError(
            f"{where}: the server's TLS certificate is not trusted ({reason}); "
            "set ca_file if it is signed by your own CA"
        ) from None
    except (ssl.SSLEOFError, ssl.SSLZeroReturnError) as error:
        raise TransientMailboxError(f"{where}: connection closed ({error})") from None
    except ssl.SSLError as error:
        raise PermanentMailboxError(
            f"{where}: TLS failed ({getattr(error, 'reason', None) or error})"
        ) from None
    except imaplib.IMAP4.abort as error:  # BYE, dropped connection, socket error while reading
        throttled = throttled_error(where, error)
        raise throttled or TransientMailboxError(
            f"{where}: connection lost ({_short(error, secret, username)})"
        ) from None
    except TimeoutError:
        raise TransientMailboxError(f"{where}: the server did not answer in time") from None
    except OSError as error:  # refused, reset, unreachable, name not resolved
        raise TransientMailboxError(f"{where}: cannot reach the server ({error})") from None
    except (UnexpectedCommandStatusError, imaplib.IMAP4.error) as error:
        raise _command_failed(where, error, secret, username) from None
    except ServerResponseError as error:
        said = _short(error, secret, username)
        raise PermanentMailboxError(f"{where}: unexpected server response ({said})") from None


def throttled_error(where: str, error: Exception) -> TransientMailboxError | None:
    """The server says it throttles us (Microsoft): come back after the time it suggests."""
    text = str(error)
    if _THROTTLED.search(text) is None:
        return None
    found = _BACK_OFF.search(text)
    seconds = None
    if found is not None:
        unit = (found.group(2) or "ms").lower()
        seconds = int(found.group(1)) / (1 if unit.startswith("s") else 1000)
    wait = f"; it asks to wait {seconds:.0f}s" if seconds is not None else ""
    return TransientMailboxError(f"{where}: the server is throttling requests{wait}", seconds)


def _command_failed(where: str, error: Exception, secret: str, username: str) -> Exception:
    throttled = throttled_error(where, error)
    if throttled is not None:
        return throttled
    text = str(error)
    said = _short(error, secret, username)
    if _TRANSIENT_CODES.search(text.encode("utf-8", "replace")):
        return TransientMailboxError(f"{where}: server busy ({said})")
    if isinstance(error, MailboxFolderSelectError | MailboxFolderStatusError):
        return PermanentMailboxError(f"{where}: folder not available ({said})")
    return PermanentMailboxError(f"{where}: command refused ({said})")


def _short(error: Exception, secret: str = "", username: str = "") -> str:
    """The server's words, one line, the secret scrubbed out before they are cut short."""
    text = scrub(str(error), secret, username) if secret else str(error)
    return text.replace("\r", " ").replace("\n", " ")[:200]
