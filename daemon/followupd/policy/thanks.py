"""What a thank-you after an interview shares with a thank-you through the contact: when the
interview ended, which thread a draft answers, what rules it out, and whom the mail names."""

from __future__ import annotations

from datetime import datetime

from followupd.model import Envelope, Interview, Outcome, Person, Process, Session
from followupd.policy.context import Context, closed_reason, interview_over


def interview_end(context: Context, interview: Interview) -> datetime:
    """The end the mail gave (sessions back to back included), else start + default length;
    later when its zone was in doubt (context.interview_over)."""
    return interview_over(interview, context.policy)


def ruled_out_reason(context: Context, interview: Interview, person: Person) -> str:
    """Why no thank-you goes to `person` for `interview`: the earliest reason that holds."""
    if interview.cancelled:
        return "the interview was cancelled"
    wrote = context.user_wrote_to(person.address, interview.start)
    reasons = [closed_since(context)]
    if wrote is not None and wrote.envelope.date is not None:
        when = wrote.envelope.date
        reasons.append((when, f"you wrote to them yourself on {context.local_day(when)}"))
    return earliest(reasons)


def closed_since(context: Context) -> tuple[datetime | None, str]:
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


def thread_with(
    process: Process, person: Person, interview: Interview, written: bool = False
) -> Envelope:
    """The latest message from that person (`written`: one they wrote rather than a calendar
    invitation, if any), else the interview's invitation."""
    theirs = [
        o
        for o in process.observations
        if not o.from_user and o.envelope.sender and o.envelope.sender.address == person.address
    ]
    prose = [o for o in theirs if o.signal.calendar_uid is None] if written else []
    chosen = prose or theirs
    return chosen[-1].envelope if chosen else interview.source


def unreached(interview: Interview) -> tuple[Session, ...]:
    """The people met whom the mail names without any address known for them (the process
    gave every session it could reach an address: processes/reach.py); one session each."""
    found: dict[str, Session] = {}
    for session in interview.sessions:
        person = session.person
        if not person.address and person.name:
            found.setdefault(person.name.casefold(), session)
    return tuple(found.values())


def session_of(interview: Interview, person: Person) -> Session | None:
    """The session `person` led."""
    return next((s for s in interview.sessions if s.person.address == person.address), None)


def names_of(sessions: tuple[Session, ...]) -> str:
    names = [s.person.name for s in sessions]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
