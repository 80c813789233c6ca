"""What a thank-you after an interview shares with a thank-you through the contact: when the
interview ended, which thread a draft answers, what rules it out, and whom the mail names."""

from __future__ import annotations

from datetime import datetime

from followupd.model import Envelope, Interview, Outcome, Person, Process, Session
from followupd.policy.context import Context, closed_reason


def interview_end(context: Context, interview: Interview) -> datetime:
    """The end the mail gave (sessions back to back included), else start + default length."""
    return interview.end or interview.start + context.policy.default_interview_length


def ruled_out_reason(context: Context, interview: Interview, person: Person) -> str:
    process = context.process
    if interview.cancelled:
        return "the interview was cancelled"
    if process.outcome is not Outcome.OPEN:
        return closed_reason(process, context.local_day)
    wrote = context.user_wrote_to(person.address, interview.start)
    if wrote is not None and wrote.envelope.date is not None:
        return f"you wrote to them yourself on {context.local_day(wrote.envelope.date)}"
    return ""


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
