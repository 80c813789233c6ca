"""Exponential back-off with a cap, for cycles that cannot reach a server and IDLE watchers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Backoff:
    """Exponential back-off with a cap: base, 2*base, 4*base, ... cap."""

    base: float = 30.0
    cap: float = 1800.0
    failures: int = 0

    def next_delay(self) -> float:
        delay: float = min(self.cap, self.base * 2.0**self.failures)
        self.failures += 1
        return delay
