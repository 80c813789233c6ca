"""One cycle of the daemon, the only place that strings the core and the adapters together.

`run_cycle`: after an upgrade of the classifier, read the stored mail again (reread.py); pull
what is new (pull.py), notice drafts the user deleted (deleted_drafts.py), fold every
observation (with the user's corrections applied) into processes, ask the policy what is due
at `now`, compose and save those drafts, record them in the ledger. The core parts a plan
needs (processes, policy, drafts) are imported when a plan is made: an idle `once`, whose last
plan still stands, starts without them. `once` and `run` drive it against IMAP; `simulate`
drives it over a local mailbox with a virtual clock (replay.py). Same code, different mailbox
and clock.

Crash safety of a draft: its Message-ID is a function of (process, stage, recipient,
occurrence). Its intent (the ledger row to be, and the mailbox's mark of where Drafts stood)
is committed, then the draft saved, then the ledger row written. A crash in between leaves an
intent, which the next cycle settles before it plans (store/intents.py): the draft is in
Drafts (it landed: the row is written), or it is gone and Drafts shows something added since
the mark has left (the user deleted it: recorded as deleted, never made again), or Drafts
shows nothing has (it never landed: made again). Writing the row before the save could lose
a draft forever (a row without a draft); a draft without an intent could come back after the
user deleted it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from time import perf_counter
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from followupd.backends import Mailbox
from followupd.engine.deleted_drafts import notice_deleted_drafts
from followupd.engine.plan_memo import remember_plan, standing_plan
from followupd.engine.pull import Progress, pull_changes
from followupd.engine.reread import reread_if_upgraded
from followupd.errors import DraftError, TemplateError
from followupd.model import (
    NO_NEWS,
    Action,
    DraftRecord,
    DraftStatus,
    FolderRole,
    Observation,
    Process,
    Settings,
    UserNews,
    recipient_key,
)
from followupd.store import Store

if TYPE_CHECKING:
    from followupd.drafts import Templates
    from followupd.engine.note import InboxNote

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
    reread: int = 0  # stored messages read again after an upgrade of the classifier
    reread_changed: int = 0  # of those, how many changed kind
    note: InboxNote | None = None  # the INBOX note this cycle left (note.py), if any
    quarantined: int = 0  # messages that could not be read, set aside (status lists them)


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
    templates: Templates | None = None,
    quiet: frozenset[FolderRole] = frozenset(),
) -> CycleReport:
    """One cycle; `templates`: the ones to write drafts with (default: those of the settings'
    folder, loaded once per process); `quiet`: folders known unchanged since the last cycle (a
    push watches them)."""
    started = perf_counter()
    account = mailbox.name
    reread = reread_if_upgraded(mailbox, store, settings, now)
    pulled = pull_changes(mailbox, store, settings, now, progress, quiet=quiet)
    deleted, landed = notice_deleted_drafts(
        mailbox, store, account, look=FolderRole.DRAFTS not in quiet
    )
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
        note = None
    else:
        if templates is None:
            from followupd.engine.templates import templates_for

            templates = templates_for(settings.drafts.templates_dir)
        made, missed, problems, due = _plan_and_draft(mailbox, store, settings, now, templates)
        from followupd.engine.note import leave_note

        note = leave_note(mailbox, store, settings, now)  # the day's INBOX note
        _LAST_PLANS[store][account] = _LastPlan(store.generation, settings, now, due)
        remember_plan(store, account, settings, now, due)
    return CycleReport(
        messages_seen=pulled.seen,
        signals_by_kind=dict(Counter(o.signal.kind.value for o in pulled.observed)),
        drafts_made=[*landed, *made],
        missed=missed,
        seconds=perf_counter() - started,
        observed=pulled.observed,
        next_due=due,
        deleted=tuple(deleted),
        problems=tuple(problems),
        reread=reread.messages,
        reread_changed=reread.changed,
        note=note,
        quarantined=pulled.quarantined + reread.quarantined,
    )


def _plan_and_draft(
    mailbox: Mailbox, store: Store, settings: Settings, now: datetime, templates: Templates
) -> tuple[list[DraftRecord], list[DraftRecord], list[str], datetime | None]:
    from followupd.engine.corrected import corrected_observations
    from followupd.engine.news_inputs import user_news
    from followupd.engine.references import vouched_elsewhere
    from followupd.policy import plan  # the core, loaded only when a plan is made
    from followupd.processes import build_processes

    account = mailbox.name
    observations = corrected_observations(store, account)
    elsewhere = vouched_elsewhere(store, account, settings)
    processes = build_processes(observations, settings.me, elsewhere)
    news = user_news(store, settings, processes)
    # the whole ledger: a draft one account made is not made again by another
    decided = plan(processes, store.ledger(), now, settings.policy, settings.me, news)
    username = next((a.username for a in settings.accounts if a.name == account), "").lower()
    missed = [
        _record_missed(store, account, action, from_address(settings, username, action), now)
        for action in decided.missed
    ]
    drafting = _Drafting(mailbox, store, settings, templates, username, now)
    for action in decided.draft:
        _make_draft(drafting, action)
    due = next_due(processes, store.ledger(), now, settings, news)
    for action, earlier in decided.drafted_before:  # regrouped: the same draft, a new key
        store.record_draft(
            replace(
                earlier,
                process_id=action.process_id,
                recipient=recipient_key(action.to),
                occurrence=action.occurrence,
            ),
            account,
        )
    kept = [record for record in missed if record is not None]
    return drafting.made, kept, drafting.problems, due


def next_due(
    processes: Sequence[Process],
    ledger: Sequence[DraftRecord],
    now: datetime,
    settings: Settings,
    news: UserNews = NO_NEWS,
) -> datetime | None:
    """The earliest moment after `now` at which some stage stops waiting."""
    from followupd.policy import news_standings, stage_statuses

    standings = news_standings(processes, news, now, settings.policy)
    moments = [
        status.until
        for process in processes
        for status in stage_statuses(
            process, ledger, now, settings.policy, settings.me, standings[process.id]
        )
        if status.status == "waiting" and status.until is not None and status.until > now
    ]
    moments += [event.at for event in news.events if event.at > now]  # a replay's news to come
    return min(moments, default=None)


def from_address(settings: Settings, username: str, action: Action) -> str:
    """The user's address the answered thread reached, else the account's, else the first."""
    own = settings.me.addresses
    answers = action.answers
    if answers is not None:
        sender = answers.sender.address if answers.sender is not None else ""
        if sender in own:  # the user's own last message: the address they wrote from
            return sender
        reached = [p.address for p in (*answers.to, *answers.cc)]
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
    record = _record(action, message_id, drafting.now, "made")
    account = drafting.mailbox.name
    # intent, save, row: see the module docstring
    drafting.store.record_intent(record, account, drafting.mailbox.drafts_mark())
    drafting.mailbox.save_draft(message.as_bytes(), message_id)
    if drafting.store.record_draft(record, account):
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
