"""Builders for the process and policy tests: Observations as the store would hold them, and a
small daemon loop that feeds each plan's drafts back into the ledger as the engine does."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from followupd.model.domain import (
    Action,
    DraftRecord,
    Envelope,
    FolderRole,
    Kind,
    Observation,
    Person,
    Signal,
)
from followupd.model.settings import Me, PolicySettings
from followupd.policy.plan import plan, stage_statuses
from followupd.processes.grouping import build_processes

USER = "sam.rivera@example.com"
ME = Me(name="Sam Rivera", addresses=(USER,), timezone="America/New_York", holidays="US")
POLICY = PolicySettings()
_counter = itertools.count(1)


def at(text: str) -> datetime:
    """ "2026-03-10 15:00" in New York (EDT/EST as the date says), or a full ISO string."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo("America/New_York"))
    return moment


def person(text: str) -> Person:
    name, address = parseaddr(text)
    return Person(address.lower(), name)


def people(texts: Sequence[str]) -> tuple[Person, ...]:
    return tuple(person(t) for t in texts)


def message(
    sender: str,
    when: str,
    kind: Kind = Kind.OTHER,
    *,
    subject: str = "Hello",
    to: Sequence[str] = (USER,),
    cc: Sequence[str] = (),
    reply_to: Sequence[str] = (),
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    start: str | None = None,
    end: str | None = None,
    interviewers: Sequence[str] = (),
    decision_by: str | None = None,
    company: str | None = None,
    role: str | None = None,
    contact: str | None = None,
    uid: str | None = None,
    sequence: int = 0,
) -> Observation:
    """An employer (or any non-user) message as recorded."""
    number = next(_counter)
    envelope = Envelope(
        message_id=message_id or f"<m{number}@mail.test>",
        subject=subject,
        sender=person(sender),
        reply_to=people(reply_to),
        to=people(to),
        cc=people(cc),
        date=at(when),
        in_reply_to=in_reply_to,
        references=tuple(references) or ((in_reply_to,) if in_reply_to else ()),
    )
    signal = Signal(
        kind=kind,
        evidence=("test",),
        interview_start=at(start) if start else None,
        interview_end=at(end) if end else None,
        interviewers=people(interviewers),
        decision_by=date.fromisoformat(decision_by) if decision_by else None,
        company=company,
        role=role,
        contact=person(contact) if contact else None,
        calendar_uid=uid,
        calendar_sequence=sequence,
    )
    return Observation(f"INBOX/{number}", "test", FolderRole.INBOX, envelope, signal, False)


def sent(
    to: Sequence[str],
    when: str,
    *,
    subject: str = "Re: Hello",
    in_reply_to: str | None = None,
    cc: Sequence[str] = (),
    message_id: str | None = None,
) -> Observation:
    """A message the user sent."""
    number = next(_counter)
    envelope = Envelope(
        message_id=message_id or f"<s{number}@example.com>",
        subject=subject,
        sender=Person(USER, "Sam Rivera"),
        to=people(to),
        cc=people(cc),
        date=at(when),
        in_reply_to=in_reply_to,
        references=(in_reply_to,) if in_reply_to else (),
    )
    signal = Signal(kind=Kind.OTHER, evidence=())
    return Observation(f"Sent/{number}", "test", FolderRole.SENT, envelope, signal, True)


def record(action: Action, when: datetime, status: str = "made") -> DraftRecord:
    recipient = ",".join(sorted(p.address for p in action.to))
    message_id = f"<{action.process_id}.{action.stage}.{recipient}.{action.occurrence}@draft>"
    return DraftRecord(
        action.process_id, action.stage, recipient, action.occurrence, message_id, when, status
    )


@dataclass
class Run:
    """What a daemon made over a stretch of time: drafts and the stages found missed."""

    made: list[tuple[datetime, Action]] = field(default_factory=list)
    missed: list[tuple[datetime, Action]] = field(default_factory=list)
    ledger: list[DraftRecord] = field(default_factory=list)

    def stages(self) -> list[tuple[str, str]]:
        return [(a.stage.value, ",".join(p.address for p in a.to)) for _, a in self.made]

    def made_at(self, stage: str, to: str) -> list[datetime]:
        return [t for t, a in self.made if a.stage == stage and a.to[0].address == to]


def run_daemon(
    observations: Sequence[Observation],
    start: str,
    until: str,
    policy: PolicySettings = POLICY,
    me: Me = ME,
    ledger: Sequence[DraftRecord] = (),
) -> Run:
    """Replay: visit each arrival and each due moment from start to until, as engine/replay does."""
    run = Run(ledger=list(ledger))
    begin, end = at(start), at(until)
    arrivals = sorted({o.envelope.date for o in observations if o.envelope.date is not None})
    moment: datetime | None = begin
    for _ in range(10_000):
        if moment is None or moment > end:
            break
        step(run, observations, moment, policy, me)
        moment = next_moment(run, observations, moment, arrivals, policy, me)
    return run


def step(
    run: Run, observations: Sequence[Observation], now: datetime, policy: PolicySettings, me: Me
) -> None:
    visible = [o for o in observations if o.envelope.date is not None and o.envelope.date <= now]
    result = plan(build_processes(visible, me), run.ledger, now, policy, me)
    for action in result.draft:
        run.made.append((now, action))
        run.ledger.append(record(action, now))
    for action in result.missed:
        run.missed.append((now, action))
        run.ledger.append(record(action, now, "missed"))


def next_moment(
    run: Run,
    observations: Sequence[Observation],
    now: datetime,
    arrivals: Sequence[datetime],
    policy: PolicySettings,
    me: Me,
) -> datetime | None:
    visible = [o for o in observations if o.envelope.date is not None and o.envelope.date <= now]
    waits = [
        s.until
        for p in build_processes(visible, me)
        for s in stage_statuses(p, run.ledger, now, policy, me)
        if s.status == "waiting" and s.until is not None and s.until > now
    ]
    later = [a for a in arrivals if a > now]
    return min([*waits, *later[:1]], default=None)


def shifted(observation: Observation, **changes: object) -> Observation:
    return replace(observation, **changes)  # type: ignore[arg-type]


def days(n: float) -> timedelta:
    return timedelta(days=n)
