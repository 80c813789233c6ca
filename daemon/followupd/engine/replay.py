"""Replay a local mailbox through the engine with a virtual clock (for `simulate`, `explain`).

The clock visits every moment at which the answer can change: each message's arrival, each
moment the user said something (their news), and each moment a stage stops waiting
(`CycleReport.next_due`), from `start` to `until`. At each
one the real `engine.run_cycle` runs against a `LocalMailbox` that shows only the mail that
has arrived by then and keeps drafts in memory.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.backends.local import LocalMailbox
from followupd.engine.cycle import CycleReport, run_cycle
from followupd.model import Settings
from followupd.store import Store

MAX_CYCLES = 100_000  # a guard against a policy whose next due moment never advances
TAIL_AFTER_LAST_MESSAGE = timedelta(days=30)  # time for follow-ups to fall due
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
    notes: dict[str, bytes] = field(default_factory=dict)  # Message-ID -> the INBOX note (last)


def account_name(settings: Settings) -> str:
    return settings.accounts[0].name if settings.accounts else SIMULATED_ACCOUNT


def open_replay_mailbox(path: Path, settings: Settings, clock: VirtualClock) -> LocalMailbox:
    return LocalMailbox(path, name=account_name(settings), clock=clock)


def replay(
    path: Path,
    settings: Settings,
    store: Store,
    start: datetime | None = None,
    until: datetime | None = None,
) -> Replay:
    """Run the engine at every moment that matters in [start, until].

    Defaults: from the first message's arrival to `TAIL_AFTER_LAST_MESSAGE` after the last.
    A mailbox with no mail and no `start` replays nothing.
    """
    clock = VirtualClock(start or datetime.min.replace(tzinfo=UTC))
    cycles: list[ReplayedCycle] = []
    with open_replay_mailbox(path, settings, clock) as mailbox:
        said = {event.at for event in store.news()}  # the user's news, each at its moment
        arrivals = sorted(set(mailbox.arrival_times()) | said)
        moment = start or (arrivals[0] if arrivals else None)
        if until is None and moment is not None:
            until = (arrivals[-1] if arrivals else moment) + TAIL_AFTER_LAST_MESSAGE
        while moment is not None and until is not None and moment <= until:
            if len(cycles) >= MAX_CYCLES:
                break
            clock.now = moment
            report = run_cycle(mailbox, store, settings, moment)
            cycles.append(ReplayedCycle(at=moment, report=report))
            following = bisect_right(arrivals, moment)
            upcoming = arrivals[following] if following < len(arrivals) else None
            moment = min((m for m in (upcoming, report.next_due) if m is not None), default=None)
        return Replay(tuple(cycles), dict(mailbox.saved_drafts), dict(mailbox.saved_notes))
