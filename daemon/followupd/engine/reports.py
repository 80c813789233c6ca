"""What `status` and `explain` show: each application process as the store knows it at `now`.

Read-only: it folds the stored observations (the user's corrections applied) into processes
and asks the policy for every stage's status, exactly as a cycle would, without touching a
mailbox or the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from followupd.engine.corrected import corrected_observations
from followupd.engine.references import vouched_elsewhere
from followupd.model import (
    DraftRecord,
    NeedsLook,
    Observation,
    Outcome,
    Process,
    Settings,
    Stage,
)
from followupd.policy import StageStatus, stage_statuses
from followupd.processes import build_processes
from followupd.store import Store


@dataclass(frozen=True, slots=True)
class ProcessReport:
    process_id: str
    account: str
    employer: str
    company: str | None
    role: str | None
    state: Outcome  # open, rejected, offered, withdrawn
    last_contact: datetime | None  # the latest message either way
    next_stage: Stage | None  # the stage due now or the first one to fall due
    next_due: datetime | None  # when it falls due (None: due now, or nothing pending)
    next_recipient: str | None
    drafts: tuple[DraftRecord, ...]  # ledger rows of this process: made, missed, deleted
    stages: tuple[StageStatus, ...]  # every stage's status and why
    timeline: tuple[Observation, ...]  # its messages, oldest first
    needs_look: tuple[NeedsLook, ...] = ()  # readings that wait for the user's word


def report(store: Store, settings: Settings, now: datetime) -> list[ProcessReport]:
    """Every process of every account in the store, as of `now`, oldest activity first."""
    reports: list[ProcessReport] = []
    for account in store.accounts():
        ledger = store.ledger(account)
        observations = corrected_observations(store, account)
        elsewhere = vouched_elsewhere(store, account, settings)
        processes = build_processes(observations, settings.me, elsewhere)
        reports.extend(_process_report(account, p, ledger, settings, now) for p in processes)
    return sorted(reports, key=lambda r: (r.last_contact is None, r.last_contact, r.process_id))


def _process_report(
    account: str,
    process: Process,
    ledger: Sequence[DraftRecord],
    settings: Settings,
    now: datetime,
) -> ProcessReport:
    statuses = tuple(stage_statuses(process, ledger, now, settings.policy, settings.me))
    upcoming = _next_status(statuses)
    dates = [o.envelope.date for o in process.observations if o.envelope.date is not None]
    return ProcessReport(
        process_id=process.id,
        account=account,
        employer=process.employer,
        company=process.company,
        role=process.role,
        state=process.outcome,
        last_contact=max(dates, default=None),
        next_stage=upcoming.stage if upcoming else None,
        next_due=upcoming.until if upcoming and upcoming.status == "waiting" else None,
        next_recipient=upcoming.recipient if upcoming else None,
        drafts=tuple(record for record in ledger if record.process_id == process.id),
        stages=statuses,
        timeline=process.observations,
        needs_look=process.needs_look,
    )


def _next_status(statuses: Sequence[StageStatus]) -> StageStatus | None:
    due = [s for s in statuses if s.status == "due"]
    if due:
        return due[0]
    waiting = [s for s in statuses if s.status == "waiting" and s.until is not None]
    return min(waiting, key=lambda s: s.until or datetime.max, default=None)
