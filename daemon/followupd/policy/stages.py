"""The stages that stand alone: thank_you per interviewer, holding_ack, rejection_reply,
offer_reply (the check-in chain is in check_ins.py; plan.py explains the model)."""

from __future__ import annotations

from datetime import datetime

from followupd.model import (
    Action,
    Envelope,
    Interview,
    Kind,
    Observation,
    Outcome,
    Person,
    Process,
    Stage,
)
from followupd.policy.context import (
    Context,
    Verdict,
    closed_reason,
    interview_over,
    judge,
    ruled_out,
    stale_limit,
)


def thank_yous(context: Context) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for interview in context.process.interviews:
        verdicts += _thank_yous_for(context, interview)
    return verdicts


def _thank_yous_for(context: Context, interview: Interview) -> list[Verdict]:
    process = context.process
    recipients = interview.interviewers
    if not recipients:
        if process.contact is None:
            return [ruled_out(Stage.THANK_YOU, (), "no interviewer and no employer contact known")]
        if process.contact.address in interview.not_interviewers:
            reason = f"no interviewer known: you said {process.contact.address} is not one"
            return [ruled_out(Stage.THANK_YOU, (), reason)]
        recipients = (process.contact,)
        fallback_row = next(
            (r for r in context.rows_of(Stage.THANK_YOU) if r.occurrence == interview.ordinal),
            None,
        )
        if fallback_row is not None:  # already thanked the contact of that time
            recipients = (Person(fallback_row.recipient, process.contact.name),)
    return [_thank_you(context, interview, person) for person in recipients]


def _thank_you(context: Context, interview: Interview, person: Person) -> Verdict:
    policy = context.policy
    end = interview_over(interview, policy)
    due = end + policy.thank_you_delay
    row = context.row(Stage.THANK_YOU, person.address, interview.ordinal)
    if row is None:
        reason = _thank_you_ruled_out(context, interview, person)
        if reason:
            return ruled_out(Stage.THANK_YOU, (person,), reason)
    expires = min(end + policy.thank_you_skip_after, stale_limit(context, due))
    return judge(
        context,
        Stage.THANK_YOU,
        (person,),
        occurrence=interview.ordinal,
        due=due,
        expires=expires,
        make=lambda: _thank_you_action(context, interview, person, end, due),
    )


def _thank_you_action(
    context: Context, interview: Interview, person: Person, end: datetime, due: datetime
) -> Action:
    process = context.process
    return Action(
        process_id=process.id,
        stage=Stage.THANK_YOU,
        to=(person,),
        due=due,
        occurrence=interview.ordinal,
        answers=_thread_with(process, person, interview),
        late=context.now > end + context.policy.thank_you_late_after,
        company=process.company,
        role=process.role,
        interview_start=interview.start,
        decision_by=process.decision_by,
        extra=(("interview_end", end.isoformat()),),
    )


def _thank_you_ruled_out(context: Context, interview: Interview, person: Person) -> str:
    if interview.cancelled:
        return "the interview was cancelled"
    wrote = context.user_wrote_to(person.address, interview.start)
    reasons = [_closed(context)]
    if wrote is not None and wrote.envelope.date is not None:
        when = wrote.envelope.date
        reasons.append((when, f"you wrote to them yourself on {context.local_day(when)}"))
    return earliest(reasons)


def _closed(context: Context) -> tuple[datetime | None, str]:
    """Why a closed process rules a stage out, and since when (nothing when it is open)."""
    process = context.process
    if process.outcome is Outcome.OPEN:
        return None, ""
    closed_by = process.closed_by
    return closed_by.envelope.date if closed_by else None, closed_reason(process, context.local_day)


def earliest(reasons: list[tuple[datetime | None, str]]) -> str:
    """The reason that took effect first: the one `explain` gives at any later moment too."""
    found = [(when, reason) for when, reason in reasons if reason]
    dated = sorted((when, reason) for when, reason in found if when is not None)
    undated = [reason for when, reason in found if when is None]
    return (undated or [reason for _, reason in dated] or [""])[0]


def _thread_with(process: Process, person: Person, interview: Interview) -> Envelope:
    """The latest message from that interviewer, else the interview's invitation."""
    for observation in reversed(process.observations):
        sender = observation.envelope.sender
        if not observation.from_user and sender is not None and sender.address == person.address:
            return observation.envelope
    return interview.source


def holding_acks(context: Context) -> list[Verdict]:
    process = context.process
    holding = [
        o
        for o in process.observations
        if not o.from_user and o.signal.kind is Kind.HOLDING_REPLY and not process.held(o)
    ]
    return [_holding_ack(context, o, ordinal) for ordinal, o in enumerate(holding, start=1)]


def _holding_ack(context: Context, message: Observation, ordinal: int) -> Verdict:
    process = context.process
    writer = process.writer_of(message)
    if writer is None:
        return ruled_out(Stage.HOLDING_ACK, (), "sent from an address nobody reads")
    blocker = _answered_or_closed(context, message, writer, Stage.HOLDING_ACK, ordinal)
    if blocker:
        return ruled_out(Stage.HOLDING_ACK, (writer,), blocker)
    return _at_once(context, Stage.HOLDING_ACK, message, writer, ordinal)


def closing_reply(context: Context) -> list[Verdict]:
    process = context.process
    message = process.closed_by
    if message is None or process.outcome is Outcome.WITHDRAWN:
        return []
    stage = Stage.REJECTION_REPLY if process.outcome is Outcome.REJECTED else Stage.OFFER_REPLY
    writer = process.writer_of(message) or process.contact
    earlier = context.rows_of(stage)
    if earlier:  # one per process, even if the contact has changed since
        writer = Person(earlier[0].recipient, writer.name if writer else "")
    if writer is None:
        return [ruled_out(stage, (), "no person to answer: a no-reply sender and no contact")]
    replied = context.user_replied(message, writer)
    if replied is not None and context.row(stage, writer.address, 1) is None:
        return [ruled_out(stage, (writer,), "you already replied")]
    return [_at_once(context, stage, message, writer, 1)]


def _answered_or_closed(
    context: Context, message: Observation, writer: Person, stage: Stage, ordinal: int
) -> str:
    if context.row(stage, writer.address, ordinal) is not None:
        return ""
    replied = context.user_replied(message, writer)
    reasons = [_closed(context)]
    if replied is not None:
        reasons.append((replied.envelope.date, "you already replied"))
    return earliest(reasons)


def _at_once(
    context: Context, stage: Stage, message: Observation, to: Person, occurrence: int
) -> Verdict:
    """A reply due as soon as the message arrived, in its thread when it is the writer's."""
    process = context.process
    due = message.envelope.date or context.now
    answers = message if process.writer_of(message) == to else None
    answered = answers.envelope if answers is not None else process.contact_message
    action = Action(
        process_id=process.id,
        stage=stage,
        to=(to,),
        due=due,
        occurrence=occurrence,
        answers=answered,
        company=process.company,
        role=process.role,
        interview_start=_last_interview_start(process),
        decision_by=process.decision_by,
    )
    expires = stale_limit(context, due)
    return judge(
        context, stage, (to,), occurrence=occurrence, due=due, expires=expires, make=lambda: action
    )


def _last_interview_start(process: Process) -> datetime | None:
    starts = [i.start for i in process.interviews if not i.cancelled]
    return max(starts, default=None)
