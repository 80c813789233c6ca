"""A TCP proxy on 127.0.0.1 between followupd and Dovecot that injects faults at byte offsets.

Bytes are counted per direction ("up": client to server, "down": server to client) across
every connection of one proxy, so an offset picked from a fault-free run's transcript lands on
the same spot of a later run, APPEND literals included. At its offset a `Fault` cuts the
connection (both sockets shut, the bytes after the offset never forwarded), stalls it (from
there on, bytes that way are read and dropped, the sockets left open: only the client's
timeout can end the wait), or calls a hook (a SIGKILL of the daemon, a Dovecot restart) and
forwards the rest. A `Trigger` calls its hook on a pattern instead (the n-th FETCH response,
the n-th APPEND answered), just before or just after the matching bytes are forwarded, and
may cut the connection there too; `after_connect` calls a hook a delay after the first
connection came in.

After a cut or a stall, `after` says what later connections get: "pass" (forwarded: the
daemon's one retry succeeds), "refuse" (closed at once: the server is gone), "cut again" or
"stall again" (the same fault again, early in each new connection: the retry fails too).
"""

from __future__ import annotations

import random
import re
import socket
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Literal

Direction = Literal["up", "down"]
Action = Literal["cut", "stall", "hook"]
After = Literal["pass", "refuse", "cut again", "stall again"]
CHUNK = 4096
TAIL = 256  # bytes of a stream kept to match a pattern split across two reads


@dataclass
class Fault:
    direction: Direction
    offset: int  # bytes of that direction forwarded before the fault
    action: Action = "cut"
    after: After = "pass"
    hook: Callable[[], None] | None = None
    fired: bool = False


@dataclass
class Trigger:
    """Fire `hook` when `direction`'s stream has matched `pattern` `count` times."""

    direction: Direction
    pattern: re.Pattern[bytes]
    hook: Callable[[], None]
    count: int = 1
    before: bool = True  # before forwarding the matching chunk, else just after it
    cut: After | None = None  # also cut the connection there (before: the chunk is dropped)
    seen: int = 0
    fired: bool = False


@dataclass
class Transcript:
    """What went through, per direction: total bytes and the offset where each line starts."""

    up: bytearray = field(default_factory=bytearray)
    down: bytearray = field(default_factory=bytearray)

    def line_starts(self, direction: Direction) -> list[int]:
        data = self.up if direction == "up" else self.down
        return [0, *[m.end() for m in re.finditer(rb"\r\n", data)][:-1]]


class FaultProxy:
    """Listens on 127.0.0.1:<port> and forwards every connection to upstream_port."""

    def __init__(self, upstream_port: int, *, record: bool = False, seed: int = 0) -> None:
        self.upstream_port = upstream_port
        self.record = record
        self.transcript = Transcript()
        self.faults: list[Fault] = []
        self.triggers: list[Trigger] = []
        self.connections = 0
        self.cuts = 0  # connections cut by a fault
        self.stalls = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._sent = {"up": 0, "down": 0}
        self._broken = False  # a fault fired: later connections get Fault.after
        self._after: After = "pass"
        self._tails = {"up": b"", "down": b""}
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        self.port: int = self._listener.getsockname()[1]
        self._closed = False
        self.first_connection: float | None = None  # time.monotonic() of the first accept
        self._timers: list[tuple[float, Callable[[], None]]] = []
        self._running: list[threading.Timer] = []
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    # -- public -------------------------------------------------------------------------

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def on(self, trigger: Trigger) -> Trigger:
        self.triggers.append(trigger)
        return trigger

    def after_connect(self, delay: float, hook: Callable[[], None]) -> None:
        """Call `hook` `delay` seconds after the first connection comes in (the cycle's
        start as the server sees it), unless the proxy is closed first."""
        self._timers.append((delay, hook))

    def sent(self, direction: Direction) -> int:
        with self._lock:
            return self._sent[direction]

    def close(self) -> None:
        """Stop listening and close every connection (stalled ones included)."""
        self._closed = True
        for timer in self._running:
            timer.cancel()
        with self._lock:
            sockets = list(self._sockets)
        for sock in [self._listener, *sockets]:
            _close(sock)
        self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)

    # -- the plumbing -------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                if self.first_connection is None:
                    self.first_connection = time.monotonic()
                    self._start_timers()
                after = self._after if self._broken else None
                if after in {"cut again", "stall again"}:
                    self._arm_again(after)
            if after == "refuse":
                _close(client)
                continue
            thread = threading.Thread(target=self._serve, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _start_timers(self) -> None:
        for delay, hook in self._timers:
            timer = threading.Timer(delay, hook)
            timer.daemon = True
            timer.start()
            self._running.append(timer)

    def _arm_again(self, after: After) -> None:
        """A new connection after a 'cut again' or 'stall again' fault: the same again,
        somewhere early in it."""
        direction: Direction = self._rng.choice(["up", "down"])
        offset = self._sent[direction] + self._rng.randrange(0, 2048)
        action: Action = "cut" if after == "cut again" else "stall"
        self.faults.append(Fault(direction, offset, action, after))

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
        except OSError:
            _close(client)  # Dovecot is down: the client sees its connection closed
            return
        upstream.settimeout(None)
        with self._lock:
            self._sockets |= {client, upstream}
        pair = _Pair(client, upstream)
        up = threading.Thread(target=self._pump, args=(pair, "up"), daemon=True)
        up.start()
        self._pump(pair, "down")
        up.join()
        with self._lock:
            self._sockets -= {client, upstream}
        _close(client)
        _close(upstream)

    def _pump(self, pair: _Pair, direction: Direction) -> None:
        source, target = pair.ends(direction)
        while not pair.done:
            try:
                data = source.recv(CHUNK)
            except OSError:
                data = b""
            if not data:
                pair.finish()
                return
            if direction in pair.stalled:
                continue  # a black hole: read and dropped, so the client's going is noticed
            self._forward(pair, direction, target, data)

    def _forward(
        self, pair: _Pair, direction: Direction, target: socket.socket, data: bytes
    ) -> None:
        """Forward `data`, firing the faults and triggers that fall inside it."""
        while data and not pair.done and direction not in pair.stalled:
            with self._lock:
                start = self._sent[direction]
                fault = self._next_fault(direction, start, len(data))
                keep = len(data) if fault is None else fault.offset - start
                head, data = data[:keep], data[keep:]
                self._sent[direction] += len(head)
                if self.record:
                    getattr(self.transcript, direction).extend(head)
                before, after = self._matching_triggers(direction, head)
            for trigger in before:
                trigger.hook()
            if any(trigger.cut for trigger in before):
                self._cut_by(pair, before)
                return
            if head and not _send(target, head):
                pair.finish()
                return
            for trigger in after:
                trigger.hook()
            if any(trigger.cut for trigger in after):
                self._cut_by(pair, after)
                return
            if fault is not None:
                self._fire(pair, direction, fault)

    def _cut_by(self, pair: _Pair, triggers: list[Trigger]) -> None:
        with self._lock:
            self.cuts += 1
            self._broken = True
            self._after = next(t.cut for t in triggers if t.cut)  # type: ignore[assignment]
        pair.finish()

    def _next_fault(self, direction: Direction, start: int, length: int) -> Fault | None:
        due = [
            f
            for f in self.faults
            if not f.fired and f.direction == direction and f.offset < start + length
        ]
        if not due:
            return None
        fault = min(due, key=lambda f: f.offset)
        fault.offset = max(fault.offset, start)
        fault.fired = True
        if fault.action != "hook":
            self._broken = True
            self._after = fault.after
        return fault

    def _matching_triggers(
        self, direction: Direction, data: bytes
    ) -> tuple[list[Trigger], list[Trigger]]:
        """Triggers whose pattern `data` completes (a match may start in the previous chunk)."""
        tail = self._tails[direction]
        both = tail + data
        self._tails[direction] = both[-TAIL:]
        before: list[Trigger] = []
        after: list[Trigger] = []
        for trigger in self.triggers:
            if trigger.fired or trigger.direction != direction:
                continue
            trigger.seen += sum(1 for m in trigger.pattern.finditer(both) if m.end() > len(tail))
            if trigger.seen >= trigger.count:
                trigger.fired = True
                (before if trigger.before else after).append(trigger)
        return before, after

    def _fire(self, pair: _Pair, direction: Direction, fault: Fault) -> None:
        if fault.action == "hook":
            if fault.hook is not None:
                fault.hook()
            return
        with self._lock:
            if fault.action == "stall":
                self.stalls += 1
            else:
                self.cuts += 1
        if fault.action == "stall":
            pair.stalled.add(direction)
        else:
            pair.finish()


class _Pair:
    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.done = False
        self.stalled: set[Direction] = set()

    def ends(self, direction: Direction) -> tuple[socket.socket, socket.socket]:
        if direction == "up":
            return self.client, self.upstream
        return self.upstream, self.client

    def finish(self) -> None:
        if self.done:
            return
        self.done = True
        for sock in (self.client, self.upstream):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _send(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True


def _close(sock: socket.socket) -> None:
    """Shut down, then close: a thread blocked in recv() or accept() on it wakes up."""
    with suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with suppress(OSError):
        sock.close()
