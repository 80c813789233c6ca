"""systemd's notify protocol (sd_notify): READY=1, STATUS=..., WATCHDOG=1, STOPPING=1.

A datagram to the AF_UNIX socket named by $NOTIFY_SOCKET; a name starting with "@" is in
the abstract namespace. Without $NOTIFY_SOCKET (not under systemd) every call does nothing.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

MAX_STATUS_CHARS = 200
SEND_TIMEOUT_SECONDS = 1.0  # a full queue on the reader's side must never hang the daemon


def socket_address(environ: Mapping[str, str]) -> str | None:
    address = environ.get("NOTIFY_SOCKET", "")
    if not address or not (address.startswith(("/", "@"))):
        return None  # vsock and other kinds are not supported
    return "\0" + address[1:] if address.startswith("@") else address


def watchdog_interval(environ: Mapping[str, str]) -> float | None:
    """Seconds between WATCHDOG=1 pings (half of WatchdogSec), or None when not asked."""
    pid = environ.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None
    try:
        microseconds = int(environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return microseconds / 1_000_000 / 2 if microseconds > 0 else None


class Notifier:
    """Sends notify messages when under systemd; otherwise silently does nothing."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        environ = os.environ if environ is None else environ
        self.address = socket_address(environ)
        self.watchdog_seconds = watchdog_interval(environ)

    @property
    def active(self) -> bool:
        return self.address is not None

    def notify(self, *assignments: str) -> bool:
        if self.address is None:
            return False
        payload = "\n".join(assignments).encode("utf-8", "replace")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.settimeout(SEND_TIMEOUT_SECONDS)
                sock.connect(self.address)
                sock.sendall(payload)
        except OSError:  # timeouts included
            return False  # systemd went away, is not reading, or the socket is gone
        return True

    def ready(self, status: str = "") -> bool:
        return self.notify("READY=1", *([_status(status)] if status else []))

    def status(self, text: str) -> bool:
        return self.notify(_status(text))

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")


def _status(text: str) -> str:
    return "STATUS=" + " ".join(text.split())[:MAX_STATUS_CHARS]
