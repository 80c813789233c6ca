"""thank_you_via_contact: thanks to interviewers the user cannot write to, through the person who
arranged the interview (corpus/POLICY.md; plan.py explains the model).

The advice: thank each person you spoke with; if you could not get their details, ask the
person who coordinated the interview (or the main interviewer) for them. So when the mail
names people met without an address, one draft goes to the interview's coordinator (else the
employer contact): thanks for arranging, the interviewers by name, please pass the thanks on,
and may I have their addresses. It falls due when the thank-yous would, on the same clock.
Those with an address get their own thank_you and are not named in it; one whose address turns
up later gets their own thank_you then, while the thank-you window is still open.

When nobody met is named at all, POLICY.md's thank_you goes to the employer contact
(stages.py); one known to have only arranged it (a coordinating title, or they scheduled it
"with the hiring team") gets it worded as this stage's template words a draft naming no one,
thanks for arranging (drafts/compose.py): a thank-you "for speaking with me" would go to
someone the user never spoke with. A thank_you_via_contact naming no one made before that
goes on as it was. When the person to ask was met too, they get both, as POLICY.md lists
them (stages.py): their own thank_you and this draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from followupd.model import Action, Interview, Person, Session, Stage
from followupd.policy.context import Context, Verdict, judge, ruled_out, stale_limit
from followupd.policy.thanks import interview_end, names_of, ruled_out_reason, thread_with

STAGE = Stage.THANK_YOU_VIA_CONTACT


def via_whom(context: Context, interview: Interview) -> Person | None:
    """Whom to ask: who a draft of this stage already went to, else the coordinator who
    arranged the interview, else the employer contact."""
    done = [r for r in context.rows_of(STAGE) if r.occurrence == interview.ordinal]
    chosen = interview.coordinator or context.process.contact
    if done:
        return Person(done[0].recipient, chosen.name if chosen else "")
    return chosen


def thanks_through_contact(
    context: Context, interview: Interview, named: tuple[Session, ...], to: Person | None
) -> Verdict:
    """The draft to `to` naming `named` (none: thanks for arranging only)."""
    why = _why(interview, named, to)
    if to is None:
        return ruled_out(STAGE, (), f"{why}; but no contact to write to")
    end = interview_end(context, interview)
    due = end + context.policy.thank_you_delay
    row = context.row(STAGE, to.address, interview.ordinal)
    if row is None:
        reason = ruled_out_reason(context, interview, to)
        if reason:
            return ruled_out(STAGE, (to,), reason)
    expires = min(end + context.policy.thank_you_skip_after, stale_limit(context, due))
    verdict = judge(
        context,
        STAGE,
        (to,),
        occurrence=interview.ordinal,
        due=due,
        expires=expires,
        make=lambda: _action(context, interview, named, to=to, end=end, due=due),
    )
    return explained(verdict, why)


def explained(verdict: Verdict, why: str) -> Verdict:
    """The verdict with why this stage was chosen after its status."""
    status = replace(verdict.status, reason=f"{verdict.status.reason}; {why}")
    return Verdict(status, verdict.action)


def _why(interview: Interview, named: tuple[Session, ...], to: Person | None) -> str:
    if to is None:
        return f"{names_of(named)} named without an address" if named else "nobody met is named"
    who = to.name or to.address
    coordinator = interview.coordinator
    arranged = coordinator is not None and coordinator.address == to.address
    role = "who arranged it" if arranged else "the contact"
    if named:
        return (
            f"{names_of(named)} named without an address: thanks through {who} ({role}),"
            " asking them to pass it on and for the addresses"
        )
    return f"{who} only arranged it and nobody met is named: thanks for arranging"


def _action(
    context: Context,
    interview: Interview,
    named: tuple[Session, ...],
    *,
    to: Person,
    end: datetime,
    due: datetime,
) -> Action:
    process = context.process
    return Action(
        process_id=process.id,
        stage=STAGE,
        to=(to,),
        due=due,
        occurrence=interview.ordinal,
        answers=thread_with(process, to, interview, written=True),
        late=context.now > end + context.policy.thank_you_late_after,
        company=process.company,
        role=process.role,
        interview_start=interview.start,
        decision_by=process.decision_by,
        extra=(("interview_end", end.isoformat()),),
        named=named,
    )
