"""What every stage rule of the policy shares: the user's clock and business days, the
ledger rows of one process, and the verdict on a due moment (plan.py explains the model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.dates import BusinessCalendar
from followupd.model import (
    ASSUMED_LENGTH,
    Action,
    DraftRecord,
    Interview,
    Me,
    Observation,
    Person,
    PolicySettings,
    Process,
    Stage,
    recipient_key,
)
from followupd.policy.news import NO_STANDING, Standing

StageState = Literal["due", "done", "waiting", "ruled_out", "missed"]
DONE_STATUSES = frozenset({"made", "deleted"})
# Stages that fall on a day: a snooze moves them to the first business day from its end.
DAY_BASED = frozenset({Stage.CHECK_IN, Stage.FINAL_NOTE})


@dataclass(frozen=True, slots=True)
class StageStatus:
    """One stage of one process as `explain` and `status` show it."""

    stage: Stage
    recipient: str  # comma-joined addresses, "" when there is nobody to write to
    status: StageState
    until: datetime | None  # waiting: the due moment; due: the moment it became due
    reason: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """A stage's status, with the draft to make (due) or to record as missed (newly missed)."""

    status: StageStatus
    action: Action | None = None


@lru_cache(maxsize=16)
def business_calendar(country: str, subdivision: str) -> BusinessCalendar:
    return BusinessCalendar(country, subdivision)


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


class Context:
    """The user's local time and business days, the ledger rows of one process, and what the
    user's own news makes of it (news.py)."""

    def __init__(  # noqa: PLR0917 (the standing joined the arguments every caller passes)
        self,
        process: Process,
        ledger: Sequence[DraftRecord],
        now: datetime,
        policy: PolicySettings,
        me: Me,
        standing: Standing = NO_STANDING,
    ) -> None:
        self.process = process
        self.standing = standing
        self.now = now
        self.policy = policy
        self.me = frozenset(a.lower() for a in me.addresses)
        self.zone = _zone(me.timezone)
        self.calendar = business_calendar(me.holidays, me.holidays_subdivision)
        self.rows = tuple(r for r in ledger if r.process_id == process.id)

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def on_day(self, day: date) -> datetime:
        """The moment a day-based stage falls due: check_in_hour, local time, that day."""
        return datetime.combine(day, time(self.policy.check_in_hour), tzinfo=self.zone)

    def rows_of(self, stage: Stage) -> list[DraftRecord]:
        return sorted((r for r in self.rows if r.stage is stage), key=lambda r: r.at)

    def row(self, stage: Stage, recipient: str, occurrence: int) -> DraftRecord | None:
        return next(
            (
                r
                for r in self.rows
                if r.stage is stage and r.recipient == recipient and r.occurrence == occurrence
            ),
            None,
        )

    def user_wrote_to(self, address: str, since: datetime) -> Observation | None:
        """The user's first message to `address` at or after `since`."""
        for observation in self.process.sent:
            envelope = observation.envelope
            recipients = {p.address.lower() for p in (*envelope.to, *envelope.cc)}
            if address in recipients and envelope.date is not None and envelope.date >= since:
                return observation
        return None

    def user_replied(self, message: Observation, to: Person | None) -> Observation | None:
        """The user's first reply to `message` (by thread), or to `to`, after it arrived."""
        arrived = message.envelope.date
        if arrived is None:
            return None
        message_id = message.envelope.message_id.lower()
        for observation in self.process.sent:
            envelope = observation.envelope
            if envelope.date is None or envelope.date < arrived:
                continue
            parents = {i.lower() for i in (envelope.in_reply_to or "", *envelope.references)}
            recipients = {p.address.lower() for p in (*envelope.to, *envelope.cc)}
            if message_id in parents or (to is not None and to.address in recipients):
                return observation
        return None


def judge(
    context: Context,
    stage: Stage,
    to: tuple[Person, ...],
    *,
    occurrence: int,
    due: datetime,
    expires: datetime,
    make: Callable[[], Action],
) -> Verdict:
    """Done or missed per the ledger; else waiting before `due`, due until `expires`, then
    missed (recorded, never drafted: the first run over old mail drafts nothing stale)."""
    recipient = recipient_key(to)
    row = context.row(stage, recipient, occurrence)
    if row is not None:
        reason = f"draft {row.status} on {context.local_day(row.at).isoformat()}"
        return Verdict(StageStatus(stage, recipient, ledger_state(row), None, reason))
    due, expires, snoozed = after_snooze(context, stage, due, expires)
    if context.now < due:
        return Verdict(StageStatus(stage, recipient, "waiting", due, snoozed or "not due yet"))
    if context.now > expires:
        reason = f"due on {context.local_day(due).isoformat()}, too long ago to draft"
        return Verdict(StageStatus(stage, recipient, "missed", due, reason), make())
    return Verdict(StageStatus(stage, recipient, "due", due, "due now"), make())


def after_snooze(
    context: Context, stage: Stage, due: datetime, expires: datetime
) -> tuple[datetime, datetime, str]:
    """A stage due before the snooze ends: nothing is drafted before that day begins; a
    day-based stage falls on the first business day from it instead (and expires from there)."""
    until = context.standing.snoozed_until
    if until is None:
        return due, expires, ""
    wakes = datetime.combine(until, time(0), tzinfo=context.zone)
    if due >= wakes:
        return due, expires, ""
    reason = f"snoozed by you until {until.isoformat()}"
    if stage in DAY_BASED:
        calendar = context.calendar
        day = until if calendar.is_business_day(until) else calendar.next_business_day(until)
        moved = context.on_day(day)
        return moved, stale_limit(context, moved), reason
    return wakes, expires, reason


def ledger_state(row: DraftRecord) -> StageState:
    """A stage the ledger holds is done (made, or made and deleted by the user) or missed."""
    return "done" if row.status in DONE_STATUSES else "missed"


def ruled_out(stage: Stage, to: Sequence[Person], reason: str) -> Verdict:
    return Verdict(StageStatus(stage, recipient_key(to), "ruled_out", None, reason))


def waiting(stage: Stage, to: Sequence[Person], reason: str) -> Verdict:
    return Verdict(StageStatus(stage, recipient_key(to), "waiting", None, reason))


def interview_over(interview: Interview, policy: PolicySettings) -> datetime:
    """When the interview is over for sure: its end (its start plus the default length when
    none is given), pushed back when its zone was uncertain by as much as its latest plausible
    reading lies later, and never before `latest_end`, so that no thank-you is drafted before
    it may have ended."""
    end = interview.end or interview.start + policy.default_interview_length
    latest = interview.latest_end
    if latest is None:
        return end
    assumed = interview.end or interview.start + ASSUMED_LENGTH
    return max(end, latest, end + (latest - assumed))


def stale_limit(context: Context, due: datetime) -> datetime:
    return due + context.policy.stale_after


def closed_reason(process: Process, local_day: Callable[[datetime], date]) -> str:
    closed_by = process.closed_by
    when = closed_by.envelope.date if closed_by is not None else None
    on = f" on {local_day(when).isoformat()}" if when is not None else ""
    return f"process closed: {process.outcome.value}{on}"
