"""The check-in chain: check_in -> second check_in -> final_note (plan.py explains the model).

An episode starts when the clock starts: the latest of the interviews' ends and the last
employer message. Its steps are the check_in ledger rows made (or missed) since then, in
order. Each step is followed only when the user sent it (a message of theirs to the contact
after the draft was made); an unsent one ends the chain until someone writes again, which
starts a new episode (an employer message) or counts as sending it (the user's). A step is
recognised as sent even where the sending server rewrote its Message-ID (`_sent_after`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from followupd.model import (
    Action,
    DraftRecord,
    Envelope,
    Kind,
    Observation,
    Outcome,
    Person,
    Process,
    Stage,
)
from followupd.policy.context import (
    Context,
    StageStatus,
    Verdict,
    closed_reason,
    interview_over,
    judge,
    ledger_state,
    ruled_out,
    stale_limit,
    waiting,
)


def check_in_chain(context: Context) -> list[Verdict]:
    process = context.process
    contact = process.contact
    if process.outcome is not Outcome.OPEN:
        return [ruled_out(Stage.CHECK_IN, (), closed_reason(process, context.local_day))]
    if contact is None:
        reason = "no employer contact: only no-reply or automated addresses wrote"
        return [ruled_out(Stage.CHECK_IN, (), reason)]
    start = clock_start(context)
    if start is None:
        return []
    if not _awaits_employer(process):
        reason = "nothing to follow up yet: no interview, update or decision date"
        return [waiting(Stage.CHECK_IN, (contact,), reason)]
    if _employer_waits_on_user(process):
        return [waiting(Stage.CHECK_IN, (contact,), "the employer asked you for times")]
    return _walk_episode(context, contact, start)


def clock_start(context: Context) -> datetime | None:
    """The latest of the interviews' ends and the last employer message; and of an update on
    the user's timeline drafted for them (it asks what a check-in would ask: no nag after it
    for another week)."""
    process = context.process
    policy = context.policy
    moments = [interview_over(i, policy) for i in process.interviews if not i.cancelled]
    last = process.last_employer_message
    if last is not None and last.envelope.date is not None:
        moments.append(last.envelope.date)
    if moments:
        update = Stage.OTHER_OFFER_UPDATE
        moments += [r.at for r in context.rows_of(update) if ledger_state(r) == "done"]
    return max(moments, default=None)


def _awaits_employer(process: Process) -> bool:
    """Whether the user now waits for the employer's decision: after an interview, a holding
    reply or a stated decision date (an application or a request for times is not enough)."""
    holding = any(
        o.signal.kind is Kind.HOLDING_REPLY and not process.held(o)
        for o in process.observations
        if not o.from_user
    )
    return bool(process.interviews) or holding or process.decision_by is not None


def _employer_waits_on_user(process: Process) -> bool:
    last = process.last_employer_message
    if last is None or last.signal.kind is not Kind.INTERVIEW_REQUEST:
        return False
    user = process.last_user_message
    sent = user.envelope.date if user is not None else None
    return sent is None or last.envelope.date is None or sent < last.envelope.date


def _walk_episode(context: Context, contact: Person, start: datetime) -> list[Verdict]:
    rows = context.rows_of(Stage.CHECK_IN)
    episode = [r for r in rows if r.at >= start]
    drafted = sum(ledger_state(r) == "done" for r in rows)
    verdicts: list[Verdict] = []
    sent_at: datetime | None = None
    for step in range(len(episode) + 1):
        if step < len(episode):
            row = episode[step]
            sent_at = _sent_after(context, row, contact)
            verdicts.append(_done(context, row, sent_at))
            if sent_at is None:
                reason = "your check-in was not sent: waiting until you or the employer write"
                return [*verdicts, waiting(Stage.CHECK_IN, (contact,), reason)]
            continue
        if drafted < context.policy.max_check_ins:
            due = _first_due(context, start) if sent_at is None else _second_due(context, sent_at)
            return [*verdicts, _check_in(context, contact, due, step, len(rows) + 1)]
    if sent_at is None:
        limit = context.policy.max_check_ins
        return [*verdicts, ruled_out(Stage.CHECK_IN, (contact,), f"{limit} check-ins drafted")]
    return [*verdicts, _final_note(context, contact, sent_at)]


def _done(context: Context, row: DraftRecord, sent_at: datetime | None = None) -> Verdict:
    reason = f"draft {row.status} on {context.local_day(row.at).isoformat()}"
    if sent_at is not None:
        reason += f"; you wrote to them on {context.local_day(sent_at).isoformat()}"
    return Verdict(StageStatus(row.stage, row.recipient, ledger_state(row), None, reason))


def _sent_after(context: Context, row: DraftRecord, contact: Person) -> datetime | None:
    """When the user sent that step: their first message after the draft was made that is the
    draft (its Message-ID, or the one the sending server replaced: Outlook and Microsoft 365
    keep it in X-Microsoft-Original-Message-ID), goes to its recipient or the contact, or
    answers the employer in one of the process's threads (In-Reply-To, References); or a
    check-in of their own (Signal.user_act) written that day before the draft came."""
    addresses = {*row.recipient.split(","), contact.address}
    employer_ids = {
        o.envelope.message_id.lower() for o in context.process.observations if not o.from_user
    }
    for observation in context.process.sent:
        envelope = observation.envelope
        if envelope.date is None or (
            envelope.date < row.at and not _own_check_in(context, observation, row)
        ):
            continue
        recipients = {p.address.lower() for p in (*envelope.to, *envelope.cc)}
        cited = {i.lower() for i in (envelope.in_reply_to or "", *envelope.references) if i}
        if (
            row.message_id in (envelope.message_id, envelope.original_message_id)
            or recipients & addresses
            or cited & employer_ids
        ):
            return envelope.date
    return None


def _own_check_in(context: Context, observation: Observation, row: DraftRecord) -> bool:
    sent = observation.envelope.date
    return (
        observation.signal.user_act == "followed_up"
        and sent is not None
        and context.local_day(sent) == context.local_day(row.at)
    )


def _first_due(context: Context, start: datetime) -> datetime:
    """The first business day after the decision date, else the 7th after the clock start."""
    calendar = context.calendar
    start_day = context.local_day(start)
    decision = context.process.decision_by
    if decision is not None:
        day = calendar.next_business_day(decision)
        if day > start_day:
            return context.on_day(day)
    return context.on_day(
        calendar.add_business_days(start_day, context.policy.check_in_business_days)
    )


def _second_due(context: Context, sent_at: datetime) -> datetime:
    """The 7th day after the day it was sent, or the next business day after that."""
    day: date = context.local_day(sent_at) + timedelta(days=context.policy.second_check_in_days)
    if not context.calendar.is_business_day(day):
        day = context.calendar.next_business_day(day)
    return context.on_day(day)


def _check_in(
    context: Context, contact: Person, due: datetime, step: int, occurrence: int
) -> Verdict:
    process = context.process
    answers = process.contact_message if step == 0 else _latest_with(process, contact)

    def make() -> Action:
        return _action(
            context, Stage.CHECK_IN, contact, due=due, occurrence=occurrence, answers=answers
        )

    expires = stale_limit(context, due)
    return judge(
        context,
        Stage.CHECK_IN,
        (contact,),
        occurrence=occurrence,
        due=due,
        expires=expires,
        make=make,
    )


def _final_note(context: Context, contact: Person, sent_at: datetime) -> Verdict:
    process = context.process
    rows = context.rows_of(Stage.FINAL_NOTE)
    if rows:
        return _done(context, rows[0])
    day = context.calendar.add_business_days(
        context.local_day(sent_at), context.policy.final_note_business_days
    )
    due = context.on_day(day)
    answers = _latest_with(process, contact)

    def make() -> Action:
        return _action(context, Stage.FINAL_NOTE, contact, due=due, occurrence=1, answers=answers)

    return judge(
        context,
        Stage.FINAL_NOTE,
        (contact,),
        occurrence=1,
        due=due,
        expires=stale_limit(context, due),
        make=make,
    )


def _latest_with(process: Process, contact: Person) -> Envelope | None:
    """The latest message between the user and the contact, either way."""
    for observation in reversed(process.observations):
        envelope = observation.envelope
        if observation.from_user:
            if contact.address in {p.address.lower() for p in (*envelope.to, *envelope.cc)}:
                return envelope
        elif process.writer_of(observation) == contact:
            return envelope
    return process.contact_message


def _action(
    context: Context,
    stage: Stage,
    contact: Person,
    *,
    due: datetime,
    occurrence: int,
    answers: Envelope | None,
) -> Action:
    process = context.process
    starts = [i.start for i in process.interviews if not i.cancelled]
    return Action(
        process_id=process.id,
        stage=stage,
        to=(contact,),
        due=due,
        occurrence=occurrence,
        answers=answers,
        company=process.company,
        role=process.role,
        interview_start=max(starts, default=None),
        decision_by=process.decision_by,
    )
