"""What crossed the wire, as the server counts it: connections, and the HTTP bytes (request and
status lines, headers, bodies; 401 challenges and NTLM handshakes included) each way, after TLS.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Traffic:
    connections: int = 0
    received: int = 0  # bytes the clients sent
    sent: int = 0  # bytes the server answered
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, *, connections: int = 0, received: int = 0, sent: int = 0) -> None:
        with self._lock:
            self.connections += connections
            self.received += received
            self.sent += sent

    def reset(self) -> None:
        with self._lock:
            self.connections = self.received = self.sent = 0


class CountingReader:
    """A handler's rfile that counts what is read from it."""

    def __init__(self, raw: Any, traffic: Traffic) -> None:
        self._raw, self._traffic = raw, traffic

    def readline(self, limit: int = -1) -> bytes:
        data: bytes = self._raw.readline(limit)
        self._traffic.add(received=len(data))
        return data

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._raw.read(size)
        self._traffic.add(received=len(data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


class CountingWriter:
    """A handler's wfile that counts what is written to it."""

    def __init__(self, raw: Any, traffic: Traffic) -> None:
        self._raw, self._traffic = raw, traffic

    def write(self, data: bytes) -> int:
        self._traffic.add(sent=len(data))
        written: int = self._raw.write(data)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)
