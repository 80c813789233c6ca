"""The stages that stand alone: thank_you per interviewer (and thank_you_via_contact for those
named without an address, via_contact.py), holding_ack, rejection_reply, offer_reply (the
check-in chain is in check_ins.py; plan.py explains the model)."""

from __future__ import annotations

from datetime import datetime

from followupd.model import (
    ARRANGED_ONLY,
    Action,
    Interview,
    Kind,
    Observation,
    Person,
    Process,
    Session,
    Stage,
)
from followupd.policy.context import (
    Context,
    Verdict,
    judge,
    ruled_out,
    stale_limit,
)
from followupd.policy.thanks import (
    closed_since,
    earliest,
    interview_end,
    names_of,
    ruled_out_reason,
    session_of,
    thread_with,
    unreached,
)
from followupd.policy.via_contact import explained, thanks_through_contact, via_whom


def thank_yous(context: Context) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for interview in context.process.interviews:
        verdicts += _thank_yous_for(context, interview)
    return verdicts


def _thank_yous_for(context: Context, interview: Interview) -> list[Verdict]:
    process = context.process
    recipients = interview.interviewers
    named = unreached(interview)
    coordinator = interview.coordinator
    if named or (
        not recipients and coordinator is not None and _thanked_through(context, interview)
    ):
        return _with_contact(context, interview, named)
    if not recipients and coordinator is not None:
        # Nobody met is named: the thank-you goes to the employer contact (POLICY.md), who
        # only arranged it, so it thanks them for arranging (compose.py's wording).
        why = f"{coordinator.name or coordinator.address} only arranged it and nobody met is named"
        return [explained(_thank_you(context, interview, coordinator, arranged=True), why)]
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


def _with_contact(
    context: Context, interview: Interview, named: tuple[Session, ...]
) -> list[Verdict]:
    """Each interviewer with an address thanked, and the others through the contact (POLICY.md:
    a contact who was met too gets both, their own thank-you and the request); where their
    thank-you asked for the others before, it stands for the request."""
    to = via_whom(context, interview)
    met = {p.address for p in interview.interviewers}
    folded = (
        to is not None
        and to.address in met
        and bool(named)
        and _asked_in_thanks(context, interview, to)
    )
    verdicts = []
    for person in interview.interviewers:
        if folded and to is not None and person.address == to.address:
            why = f"also asks them to thank {names_of(named)} and for their addresses"
            verdicts.append(explained(_thank_you(context, interview, person, named), why))
        else:
            verdicts.append(_thank_you(context, interview, person))
    if not folded:
        verdicts.append(thanks_through_contact(context, interview, named, to))
    return verdicts


def _asked_in_thanks(context: Context, interview: Interview, to: Person) -> bool:
    """Whether this interview's thank-you to `to` was made (before contacts met too got both
    drafts) and no thank_you_via_contact for it: that thank-you carried the request."""
    made = context.row(Stage.THANK_YOU, to.address, interview.ordinal) is not None
    return made and not _thanked_through(context, interview)


def _thanked_through(context: Context, interview: Interview) -> bool:
    """Whether a thank_you_via_contact was made for this interview (before nobody-named
    interviews were thanked by a thank_you to their coordinator): its ledger goes on."""
    return any(
        r.occurrence == interview.ordinal for r in context.rows_of(Stage.THANK_YOU_VIA_CONTACT)
    )


def _thank_you(
    context: Context,
    interview: Interview,
    person: Person,
    pass_on: tuple[Session, ...] = (),
    *,
    arranged: bool = False,
) -> Verdict:
    policy = context.policy
    end = interview_end(context, interview)
    due = end + policy.thank_you_delay
    row = context.row(Stage.THANK_YOU, person.address, interview.ordinal)
    if row is None:
        reason = ruled_out_reason(context, interview, person)
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
        make=lambda: _thank_you_action(
            context, interview, person, end=end, pass_on=pass_on, arranged=arranged
        ),
    )


def _thank_you_action(
    context: Context,
    interview: Interview,
    person: Person,
    *,
    end: datetime,
    pass_on: tuple[Session, ...],
    arranged: bool = False,
) -> Action:
    process = context.process
    due = end + context.policy.thank_you_delay
    session = session_of(interview, person)
    extra = [("interview_end", end.isoformat())]
    if arranged:
        extra.append((ARRANGED_ONLY, "yes"))
    if session is not None and session.title:
        extra.append(("session_title", session.title))
    return Action(
        process_id=process.id,
        stage=Stage.THANK_YOU,
        to=(person,),
        due=due,
        occurrence=interview.ordinal,
        answers=thread_with(process, person, interview),
        late=context.now > end + context.policy.thank_you_late_after,
        company=process.company,
        role=process.role,
        interview_start=interview.start,
        decision_by=process.decision_by,
        extra=tuple(extra),
        named=pass_on,
    )


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
    if message is None or message.from_user:  # withdrawn or declined by the user: no reply
        return []
    stage = Stage.REJECTION_REPLY if message.signal.kind is Kind.REJECTION else Stage.OFFER_REPLY
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
    reasons = [closed_since(context)]
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
