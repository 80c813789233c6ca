"""IMAP IDLE on INBOX: new mail told as it arrives, on a connection of its own.

`ImapInboxWatch.run(arrived, stop, ready)` logs in, EXAMINEs INBOX and stays in IDLE, calling
`arrived()` whenever the server says INBOX holds more messages than before. Where the server
offers NOTIFY (RFC 5465: Dovecot, Cyrus), it is also asked to tell, during the same IDLE,
when a message comes to or leaves Sent or Drafts ("* STATUS Sent (...)"), which calls
`arrived()` too: those folders need no look every poll_interval then. `ready(watched)` says,
once IDLE holds, which folders the connection watches. IDLE is ended
and issued again every `renew` seconds (well inside the 10 to 29 minutes after which
providers drop an IDLE; Dovecot never does), which also shows whether the connection still
answers. TCP keepalives (every 2 minutes of silence) keep NAT mappings open and notice a dead
peer without a byte of IMAP. The server's own keep-alives ("* OK Still here") are ignored.

Lines are read only when the socket has data (or imaplib's buffer holds some), so no read
ever times out: a timed-out socket file cannot be read again. `run` returns when `stop` is
set, raises PushUnavailableError when the server has no IDLE, and TransientMailboxError when
the connection is lost (the caller reconnects with back-off).
"""

from __future__ import annotations

import imaplib
import re
import select
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from io import BufferedReader

from imap_tools import BaseMailBox
from imap_tools.utils import encode_folder

from followupd.backends.imap.connect import close_quietly, open_session, translated_errors
from followupd.backends.imap.roles import folder_roles
from followupd.errors import PushUnavailableError, TransientMailboxError
from followupd.model import AccountSettings, FolderRole

imaplib.Commands.setdefault("IDLE", ("AUTH", "SELECTED"))
imaplib.Commands.setdefault("NOTIFY", ("AUTH", "SELECTED"))
STOP_CHECK = 0.5  # seconds between looks at the stop flag while nothing comes
_EXISTS = re.compile(rb"^\* (\d+) EXISTS\b", re.I)
_EXPUNGE = re.compile(rb"^\* \d+ EXPUNGE\b", re.I)
_KEEPALIVE = (
    ("SO_KEEPALIVE", socket.SOL_SOCKET, 1),
    ("TCP_KEEPIDLE", socket.IPPROTO_TCP, 120),
    ("TCP_KEEPINTVL", socket.IPPROTO_TCP, 30),
    ("TCP_KEEPCNT", socket.IPPROTO_TCP, 4),
)


class ImapInboxWatch:
    def __init__(
        self,
        account: AccountSettings,
        credential: Callable[[], str],
        renew: float,
        clock: Callable[[], float],
    ) -> None:
        """`clock`: monotonic seconds (the service's), to know when to issue IDLE again."""
        self._account, self._credential, self._renew = account, credential, renew
        self._clock = clock
        self._where = f"{account.name} ({account.host}:{account.port})"

    def run(
        self,
        arrived: Callable[[], None],
        stop: threading.Event,
        ready: Callable[[frozenset[FolderRole]], None] = lambda _: None,
    ) -> None:
        """IDLE until `stop`; `ready(watched)` once the first IDLE holds, `arrived()` at new
        mail (or a change to Sent or Drafts, where NOTIFY watches them)."""
        with translated_errors(self._where):
            box = open_session(self._account, self._credential)
        try:
            with translated_errors(self._where):
                if "IDLE" not in box.client.capabilities:
                    raise PushUnavailableError(f"{self._where}: the server has no IMAP IDLE")
                keep_alive(box.client.sock)
                watched = frozenset({FolderRole.INBOX}) | self._notify(box)
                box.folder.set(self._account.inbox_folder or "INBOX", readonly=True)
                exists = _count(box.client.untagged_responses.get("EXISTS", []))
                started: Callable[[], None] = lambda: ready(watched)  # noqa: E731
                while not stop.is_set():
                    exists = self._idle(box.client, exists, arrived, stop, started)
                    started = _nothing
        finally:
            close_quietly(box)

    def _notify(self, box: BaseMailBox) -> frozenset[FolderRole]:
        """Ask for news of Sent and Drafts during IDLE, where the server offers NOTIFY; the
        folders it will tell of (none without NOTIFY, or if it refuses)."""
        if "NOTIFY" not in box.client.capabilities:
            return frozenset()
        roles = folder_roles(box, self._account)
        others = {
            role: roles[role] for role in (FolderRole.SENT, FolderRole.DRAFTS) if role in roles
        }
        if not others:
            return frozenset()
        names = " ".join(encode_folder(name).decode("ascii") for name in others.values())
        events = "(MessageNew MessageExpunge)"
        request = f"SET (selected {events}) (mailboxes ({names}) {events})"
        typ, _ = box.client._simple_command("NOTIFY", request)
        return frozenset(others) if typ == "OK" else frozenset()

    def _idle(
        self,
        client: imaplib.IMAP4,
        exists: int,
        arrived: Callable[[], None],
        stop: threading.Event,
        started: Callable[[], None],
    ) -> int:
        """One IDLE command, until `renew` seconds passed or `stop` is set; the message count."""
        tag: bytes = client._command("IDLE")
        answer: bytes = client._get_line()
        if not answer.startswith(b"+"):
            raise PushUnavailableError(f"{self._where}: IDLE refused ({answer[:100]!r})")
        started()
        deadline = self._clock() + self._renew
        while not stop.is_set() and (left := deadline - self._clock()) > 0:
            line = next_line(client, min(left, STOP_CHECK))
            if line is not None:
                exists = _seen(line, exists, arrived, self._where)
        client.sock.sendall(b"DONE\r\n")  # the end of IDLE, on the IMAP connection
        ending: bytes = client._get_line()
        while not ending.startswith(tag):
            exists = _seen(ending, exists, arrived, self._where)
            ending = client._get_line()
        client.tagged_commands.pop(tag, None)
        if not ending[len(tag) :].lstrip().upper().startswith(b"OK"):
            raise TransientMailboxError(f"{self._where}: IDLE ended with {ending[:100]!r}")
        return exists


def _nothing() -> None:
    pass


def _seen(line: bytes, exists: int, arrived: Callable[[], None], where: str) -> int:
    if line.upper().startswith(b"* STATUS "):  # NOTIFY: Sent or Drafts changed
        arrived()
        return exists
    if (found := _EXISTS.match(line)) is not None:
        count = int(found[1])
        if count > exists:
            arrived()
        return count
    if _EXPUNGE.match(line):
        return max(exists - 1, 0)
    if line.upper().startswith(b"* BYE"):
        raise TransientMailboxError(f"{where}: the server closed the connection ({line[:100]!r})")
    return exists  # "* OK Still here", "* n RECENT", flag changes


def _count(values: Sequence[object]) -> int:
    last = values[-1] if values else b"0"
    return int(last) if isinstance(last, bytes) and last.isdigit() else 0


def next_line(client: imaplib.IMAP4, timeout: float) -> bytes | None:
    """The server's next line, or None when none comes within `timeout` seconds."""
    if not _buffered(client):
        poller = select.poll()
        poller.register(client.sock.fileno(), select.POLLIN | select.POLLERR | select.POLLHUP)
        if not poller.poll(timeout * 1000):
            return None
    line: bytes = client._get_line()
    return line


def _buffered(client: imaplib.IMAP4) -> bool:
    """Does imaplib's buffer (or TLS's) hold data already? Looked at without blocking."""
    sock = client.sock
    previous = sock.gettimeout()
    sock.settimeout(0)
    try:
        file = client.file
        return isinstance(file, BufferedReader) and bool(file.peek(1))
    except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
        return False
    finally:
        sock.settimeout(previous)


def keep_alive(sock: socket.socket) -> None:
    """TCP keepalives after 2 minutes of silence: NAT mappings stay open, a dead peer shows."""
    for name, level, value in _KEEPALIVE:
        option = getattr(socket, name, None)
        if option is not None:
            try:
                sock.setsockopt(level, option, value)
            except OSError:
                continue


__all__ = ["ImapInboxWatch", "keep_alive", "next_line"]
