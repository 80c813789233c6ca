"""Replay a local mailbox through the engine with a virtual clock (for `simulate`, `explain`).

The clock visits every moment at which the answer can change: each message's arrival and
each moment a stage stops waiting (`CycleReport.next_due`), from `start` to `until`. At each
one the real `engine.run_cycle` runs against a `LocalMailbox` that shows only the mail that
has arrived by then and keeps drafts in memory.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followupd.backends.local import LocalMailbox
from followupd.engine import CycleReport, run_cycle
from followupd.settings import Settings
from followupd.store import Store

MAX_CYCLES = 100_000  # a guard against a policy whose next due moment never advances
SIMULATED_ACCOUNT = "simulate"


class VirtualClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True, slots=True)
class ReplayedCycle:
    at: datetime
    report: CycleReport


@dataclass(frozen=True, slots=True)
class Replay:
    cycles: tuple[ReplayedCycle, ...]
    drafts: dict[str, bytes]  # Message-ID -> the draft as saved


def account_name(settings: Settings) -> str:
    return settings.accounts[0].name if settings.accounts else SIMULATED_ACCOUNT


def open_replay_mailbox(path: Path, settings: Settings, clock: VirtualClock) -> LocalMailbox:
    return LocalMailbox(path, name=account_name(settings), clock=clock)


def replay(
    path: Path, settings: Settings, store: Store, start: datetime, until: datetime
) -> Replay:
    clock = VirtualClock(start)
    cycles: list[ReplayedCycle] = []
    with open_replay_mailbox(path, settings, clock) as mailbox:
        arrivals = mailbox.arrival_times()
        moment: datetime | None = start
        while moment is not None and moment <= until and len(cycles) < MAX_CYCLES:
            clock.now = moment
            report = run_cycle(mailbox, store, settings, moment)
            cycles.append(ReplayedCycle(at=moment, report=report))
            following = bisect_right(arrivals, moment)
            upcoming = arrivals[following] if following < len(arrivals) else None
            moment = min((m for m in (upcoming, report.next_due) if m is not None), default=None)
        return Replay(cycles=tuple(cycles), drafts=dict(mailbox.saved_drafts))


def arrival_span(path: Path) -> tuple[datetime, datetime] | None:
    """The first and last arrival in a local mailbox, if it holds any message."""
    moments = LocalMailbox(path, clock=VirtualClock(datetime.max)).arrival_times()
    return (moments[0], moments[-1]) if moments else None
