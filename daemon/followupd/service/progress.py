"""Progress of a long scan: "personal: 1200 of 50000 messages, 340/s, about 2m25s left".

`ScanProgress` is the `progress(done, total)` callback `engine.run_cycle` takes. It stays
quiet for scans that end quickly (under `quiet_seconds`), then passes one line at most every
`every` seconds to its sinks: a terminal line redrawn in place, and systemd's STATUS=.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from followupd.service.sdnotify import Notifier

Sink = Callable[[str], object]


def describe(account: str, done: int, total: int, elapsed: float) -> str:
    rate = done / elapsed if elapsed > 0 else 0.0
    text = f"{account}: scanned {done} of {total} messages"
    if rate > 0:
        text += f", {rate:.0f}/s"
        if total > done:
            text += f", about {_short_duration((total - done) / rate)} left"
    return text


def _short_duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


class ScanProgress:
    def __init__(
        self,
        account: str,
        sinks: list[Sink],
        *,
        clock: Callable[[], float] = time.monotonic,
        quiet_seconds: float = 2.0,
        every: float = 0.5,
        on_complete: Callable[[], object] | None = None,
    ) -> None:
        self.account = account
        self.sinks = sinks
        self.clock = clock
        self.quiet_seconds = quiet_seconds
        self.every = every
        self.on_complete = on_complete  # after the last line, e.g. end the terminal line
        self.started = clock()
        self.last_shown: float | None = None

    @classmethod
    def to(cls, account: str, notifier: Notifier, terminal: TerminalLine | None) -> ScanProgress:
        """Shown to systemd when it listens, else on the terminal when there is one."""
        sinks: list[Sink] = []
        if notifier.active:
            sinks.append(notifier.status)
        elif terminal is not None:
            sinks.append(terminal)
        shown_on = terminal if sinks and sinks[0] is terminal else None
        return cls(account, sinks, on_complete=shown_on.end if shown_on else None)

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.started < self.quiet_seconds:
            return
        if self.last_shown is not None and now - self.last_shown < self.every and done < total:
            return
        self.last_shown = now
        text = describe(self.account, done, total, now - self.started)
        for sink in self.sinks:
            sink(text)
        if done >= total and self.on_complete is not None:
            self.on_complete()

    @property
    def shown(self) -> bool:
        return self.last_shown is not None


class TerminalLine:
    """A sink that redraws one line of a terminal in place; `end()` moves past it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.used = False

    def __call__(self, text: str) -> None:
        self.stream.write("\r\x1b[2K" + text)
        self.stream.flush()
        self.used = True

    def end(self) -> None:
        if self.used:
            self.stream.write("\n")
            self.stream.flush()
            self.used = False
