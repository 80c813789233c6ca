"""What `status` and `explain` show: each application process as the store knows it at `now`.

Read-only: it folds the stored observations (the user's corrections applied) into processes
and asks the policy for every stage's status, exactly as a cycle would, without touching a
mailbox or the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.engine.corrected import corrected_observations
from followupd.engine.news_inputs import user_news
from followupd.engine.references import vouched_elsewhere
from followupd.model import (
    DraftRecord,
    Kind,
    NeedsLook,
    NewsEvent,
    Observation,
    Outcome,
    Process,
    Settings,
    Stage,
)
from followupd.policy import (
    NO_STANDING,
    Question,
    StageStatus,
    Standing,
    news_questions,
    news_standings,
    stage_statuses,
)
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
    muted_on: date | None = None  # the user muted it (`news mute`), on that local day
    snoozed_until: date | None = None  # nothing is drafted before this day (`news snooze`)
    news: tuple[NewsEvent, ...] = ()  # what the user said about it, oldest first
    interviews: tuple[datetime, ...] = ()  # the starts of its interviews not cancelled
    reply_by: date | None = None  # the day its offer must be answered by, when one says so


def report_with_questions(
    store: Store, settings: Settings, now: datetime
) -> tuple[list[ProcessReport], list[tuple[str, Question]]]:
    """Every process (as `report`), and what the user is asked to confirm, by account."""
    reports: list[ProcessReport] = []
    asked: list[tuple[str, Question]] = []
    for account in store.accounts():
        ledger = store.ledger(account)
        observations = corrected_observations(store, account)
        elsewhere = vouched_elsewhere(store, account, settings)
        processes = build_processes(observations, settings.me, elsewhere)
        news = user_news(store, settings, processes)
        standings = news_standings(processes, news, now, settings.policy)
        reports.extend(
            _process_report(account, p, ledger, settings, now, standings[p.id]) for p in processes
        )
        questions = news_questions(processes, news, now, settings.policy)
        asked += [(account, question) for question in questions]
    reports.sort(key=lambda r: (r.last_contact is None, r.last_contact, r.process_id))
    return reports, asked


def report(store: Store, settings: Settings, now: datetime) -> list[ProcessReport]:
    """Every process of every account in the store, as of `now`, oldest activity first."""
    return report_with_questions(store, settings, now)[0]


def _process_report(  # noqa: PLR0917
    account: str,
    process: Process,
    ledger: Sequence[DraftRecord],
    settings: Settings,
    now: datetime,
    standing: Standing = NO_STANDING,
) -> ProcessReport:
    statuses = tuple(stage_statuses(process, ledger, now, settings.policy, settings.me, standing))
    shown = standing.applied(process)
    upcoming = _next_status(statuses)
    dates = [o.envelope.date for o in process.observations if o.envelope.date is not None]
    return ProcessReport(
        process_id=process.id,
        account=account,
        employer=process.employer,
        company=process.company,
        role=process.role,
        state=shown.outcome,
        last_contact=max(dates, default=None),
        next_stage=upcoming.stage if upcoming else None,
        next_due=upcoming.until if upcoming and upcoming.status == "waiting" else None,
        next_recipient=upcoming.recipient if upcoming else None,
        drafts=tuple(record for record in ledger if record.process_id == process.id),
        stages=statuses,
        timeline=process.observations,
        needs_look=process.needs_look,
        muted_on=_local_day(standing.muted.at, settings) if standing.muted else None,
        snoozed_until=standing.snoozed_until,
        news=standing.events,
        interviews=tuple(i.start for i in process.interviews if not i.cancelled),
        reply_by=_reply_by(process, standing),
    )


def _reply_by(process: Process, standing: Standing) -> date | None:
    said = [e.reply_by for e in standing.events if e.what == "offer" and e.reply_by]
    offers = [
        o.signal.reply_by
        for o in process.observations
        if o.signal.kind is Kind.OFFER and o.signal.reply_by and not o.from_user
    ]
    found = said or offers
    return found[-1] if found else None


def _next_status(statuses: Sequence[StageStatus]) -> StageStatus | None:
    due = [s for s in statuses if s.status == "due"]
    if due:
        return due[0]
    waiting = [s for s in statuses if s.status == "waiting" and s.until is not None]
    return min(waiting, key=lambda s: s.until or datetime.max, default=None)


def _local_day(moment: datetime, settings: Settings) -> date:
    try:
        return moment.astimezone(ZoneInfo(settings.me.timezone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return moment.date()
