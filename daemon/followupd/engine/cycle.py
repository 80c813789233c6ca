"""One cycle of the daemon, the only place that strings the core and the adapters together.

`run_cycle`: pull what is new (pull.py), notice drafts the user deleted, fold every
observation into processes, ask the policy what is due at `now`, compose and save those
drafts, record them in the ledger. The core parts a plan needs (processes, policy, drafts)
are imported when a plan is made: an idle `once`, whose last plan still stands, starts
without them. `once` and `run` drive it against IMAP; `simulate` drives
it over a local mailbox with a virtual clock (replay.py). Same code, different mailbox/clock.

Crash safety of a draft: its Message-ID is a function of (process, stage, recipient,
occurrence), and it is saved before the ledger row is written. A crash in between leaves
a draft without a row; the next cycle plans the same draft, `save_draft` finds that
Message-ID in Drafts and adds nothing, and the row is written then. The reverse order could
lose a draft forever (a row without a draft) - this one can only delay the row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from followupd.backends import Mailbox
from followupd.engine.deleted_drafts import notice_deleted_drafts
from followupd.engine.plan_memo import remember_plan, standing_plan
from followupd.engine.pull import Progress, pull_changes
from followupd.errors import DraftError, TemplateError
from followupd.model import (
    Action,
    DraftRecord,
    DraftStatus,
    FolderRole,
    Observation,
    Process,
    Settings,
    recipient_key,
)
from followupd.store import Store

if TYPE_CHECKING:
    from followupd.drafts import Templates

__all__ = ["CycleReport", "next_due", "run_cycle"]

REPLAN_AT_LEAST_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CycleReport:
    messages_seen: int  # new messages polled (whether or not they mattered)
    signals_by_kind: dict[str, int]  # kinds of the new observations
    drafts_made: list[DraftRecord]
    missed: list[DraftRecord]  # due too long ago: recorded, never drafted
    seconds: float
    observed: tuple[Observation, ...] = ()  # the new observations, oldest first
    next_due: datetime | None = None  # the next moment a stage waits for, if any
    deleted: tuple[str, ...] = ()  # Message-IDs of drafts the user deleted since last cycle
    problems: tuple[str, ...] = ()  # drafts that were due but could not be composed


@dataclass(frozen=True, slots=True)
class _LastPlan:
    """The last plan of an account: while nothing changed and nothing fell due, it stands.

    Plans change only when the store changes (new observations, drafts, deletions) or the
    clock reaches the next moment a stage waits for; re-planning at least daily guards
    against a stage whose status changes with time without announcing it.
    """

    generation: int
    settings: Settings
    at: datetime
    next_due: datetime | None

    def still_holds(self, store: Store, settings: Settings, now: datetime) -> bool:
        return (
            self.generation == store.generation
            and self.settings == settings
            and self.at <= now < self.at + REPLAN_AT_LEAST_EVERY
            and (self.next_due is None or now < self.next_due)
        )


_LAST_PLANS: WeakKeyDictionary[Store, dict[str, _LastPlan]] = WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class _Drafting:
    """What composing and saving needs, fixed for one cycle."""

    mailbox: Mailbox
    store: Store
    settings: Settings
    templates: Templates
    username: str  # the account's login, a fallback From address
    now: datetime
    made: list[DraftRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def run_cycle(
    mailbox: Mailbox,
    store: Store,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
    *,
    quiet: frozenset[FolderRole] = frozenset(),
) -> CycleReport:
    """`quiet`: folders known unchanged since the last cycle (a push watches them)."""
    started = perf_counter()
    account = mailbox.name
    pulled = pull_changes(mailbox, store, settings, now, progress, quiet=quiet)
    deleted = [] if FolderRole.DRAFTS in quiet else notice_deleted_drafts(mailbox, store, account)
    last = _LAST_PLANS.setdefault(store, {}).get(account)
    stored = standing_plan(store, account, settings, now) if last is None else None
    if stored is not None:  # a fresh process: the plan the store keeps still stands
        last = _LastPlan(store.generation, settings, stored.at, stored.next_due)
        _LAST_PLANS[store][account] = last
    if last is not None and last.still_holds(store, settings, now):
        made: list[DraftRecord] = []
        missed: list[DraftRecord] = []
        problems: list[str] = []
        due = last.next_due
    else:
        made, missed, problems, due = _plan_and_draft(mailbox, store, settings, now)
        _LAST_PLANS[store][account] = _LastPlan(store.generation, settings, now, due)
        remember_plan(store, account, settings, now, due)
    return CycleReport(
        messages_seen=pulled.seen,
        signals_by_kind=dict(Counter(o.signal.kind.value for o in pulled.observed)),
        drafts_made=made,
        missed=missed,
        seconds=perf_counter() - started,
        observed=pulled.observed,
        next_due=due,
        deleted=tuple(deleted),
        problems=tuple(problems),
    )


def _plan_and_draft(
    mailbox: Mailbox, store: Store, settings: Settings, now: datetime
) -> tuple[list[DraftRecord], list[DraftRecord], list[str], datetime | None]:
    from followupd.policy import plan  # the core, loaded only when a plan is made
    from followupd.processes import build_processes

    account = mailbox.name
    processes = build_processes(store.observations(account), settings.me)
    # the whole ledger: a draft one account made is not made again by another
    decided = plan(processes, store.ledger(), now, settings.policy, settings.me)
    username = next((a.username for a in settings.accounts if a.name == account), "").lower()
    missed = [
        _record_missed(store, account, action, from_address(settings, username, action), now)
        for action in decided.missed
    ]
    drafting = _Drafting(
        mailbox, store, settings, _templates(settings.drafts.templates_dir), username, now
    )
    for action in decided.draft:
        _make_draft(drafting, action)
    due = next_due(processes, store.ledger(), now, settings)
    kept = [record for record in missed if record is not None]
    return drafting.made, kept, drafting.problems, due


def next_due(
    processes: Sequence[Process], ledger: Sequence[DraftRecord], now: datetime, settings: Settings
) -> datetime | None:
    """The earliest moment after `now` at which some stage stops waiting."""
    from followupd.policy import stage_statuses

    moments = [
        status.until
        for process in processes
        for status in stage_statuses(process, ledger, now, settings.policy, settings.me)
        if status.status == "waiting" and status.until is not None and status.until > now
    ]
    return min(moments, default=None)


@cache
def _templates(user_dir: Path | None) -> Templates:
    from followupd.drafts import Templates

    return Templates(user_dir)


def from_address(settings: Settings, username: str, action: Action) -> str:
    """The user's address the answered thread reached, else the account's, else the first."""
    own = settings.me.addresses
    if action.answers is not None:
        reached = [p.address for p in (*action.answers.to, *action.answers.cc)]
        found = next((a for a in reached if a in own or not own), None)
        if found:
            return found
    if username in own or (not own and "@" in username):
        return username
    return own[0] if own else ""


def _record_missed(
    store: Store, account: str, action: Action, from_address: str, now: datetime
) -> DraftRecord | None:
    from followupd.drafts import action_message_id

    record = _record(action, action_message_id(action, from_address), now, "missed")
    return record if store.record_draft(record, account) else None


def _make_draft(drafting: _Drafting, action: Action) -> None:
    from followupd.drafts import compose

    settings = drafting.settings
    sender = from_address(settings, drafting.username, action)
    try:
        message = compose(
            action, settings.me, settings.drafts, drafting.templates, sender, drafting.now
        )
    except (DraftError, TemplateError) as error:
        # one bad draft (say, a user template failing on this process) must not stop the rest
        drafting.problems.append(f"{action.process_id} {action.stage.value}: {error}")
        return
    message_id = str(message["Message-ID"])
    drafting.mailbox.save_draft(message.as_bytes(), message_id)
    # saved before recorded: see the module docstring
    record = _record(action, message_id, drafting.now, "made")
    if drafting.store.record_draft(record, drafting.mailbox.name):
        drafting.made.append(record)


def _record(action: Action, message_id: str, now: datetime, status: DraftStatus) -> DraftRecord:
    return DraftRecord(
        process_id=action.process_id,
        stage=action.stage,
        recipient=recipient_key(action.to),
        occurrence=action.occurrence,
        message_id=message_id,
        at=now,
        status=status,
    )
