"""What a message's thread already established, for reading the message in its context.

A reply often says its news only against what came before: "Thursday at 2 works, see you
then" confirms an interview only in a thread where a time was asked for; "can we push it to
Friday, same time?" moves the interview the thread fixed, or the time the user agreed to when
asked for one ("Friday 10am works for me": rules.py's USER_AGREED). The context is made from the
signals of the thread's earlier messages (as the store holds them, so each message is still
read once), never from their text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from followupd.model import TIMED_KINDS, Envelope, Kind, Person, Signal

_INTERVIEW = frozenset(
    {Kind.INTERVIEW_REQUEST, Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED}
)
_FIXED = TIMED_KINDS
_CLOSED = frozenset({Kind.REJECTION, Kind.OFFER})
# (a rejection or an offer after a cancellation ends it: a later booking is a new process's)
_NEWS_OF_A_BOOKING = _INTERVIEW | {Kind.INTERVIEW_CANCELLED} | _CLOSED
USER_AGREED = "a time the user agrees to"  # the rule's name, first in its signal's evidence


@dataclass(frozen=True, slots=True)
class ThreadContext:
    """The earlier messages of one thread, as far as reading a reply needs them."""

    hiring: bool = False  # an employer message of the thread was about the application
    asked_for_time: bool = False  # the latest interview news is a request: no time fixed yet
    interview_start: datetime | None = None  # the interview the thread fixed, if one is
    interview_end: datetime | None = None
    proposed: tuple[datetime, ...] = ()  # times the user proposed or accepted in the thread
    # The time the user agreed to when the thread asked them for one ("Friday 10am works for
    # me"), no employer having confirmed it yet: a "pushing us to Monday" moves it.
    user_agreed: datetime | None = None
    # The interview a request asks to move: fixed before the request, at a time still ahead
    # when it came ("M. Peeters ne pourra pas être présent mardi: jeudi ou vendredi ?").
    moving: datetime | None = None
    interviewers: tuple[Person, ...] = ()
    # how long the thread's latest interview news said the meeting lasts ("a 30-minute call"):
    # the booking that answers a request, or a move, lasts as long (extract.py)
    length_minutes: int | None = None
    schedulers: frozenset[str] = frozenset()  # who wrote about the interview without meeting
    # The thread's latest interview news called the interview off: a time fixed now books it
    # again, a move in the sense of the labels ("Nueva fecha para tu entrevista").
    called_off: bool = False
    closed: bool = False  # a rejection or an offer already came in the thread
    offered: bool = False  # the latest of those is an offer: revised terms are its news
    withdrawn: bool = False  # the user withdrew in the thread: what follows acknowledges it
    company: str | None = None
    role: str | None = None
    # The sender already wrote about this application, or writes from a known employer's own
    # domain: their mail is about the job search even when it says so in no word.
    known_employer: bool = False

    @property
    def about_an_interview(self) -> bool:
        return self.asked_for_time or self.interview_start is not None


@dataclass(frozen=True, slots=True)
class Earlier:
    """One earlier message of the thread: who wrote it and what it meant."""

    envelope: Envelope
    signal: Signal
    from_user: bool


NO_CONTEXT = ThreadContext()


def thread_context(earlier: Iterable[Earlier]) -> ThreadContext:
    """The context the messages `earlier` (any order) leave for the next one of their thread."""
    ordered = sorted(earlier, key=_moment)
    if not ordered:
        return NO_CONTEXT
    employer = [e for e in ordered if not e.from_user and not e.signal.automated]
    hiring = any(e.signal.kind is not Kind.OTHER for e in employer)
    interview = [e for e in employer if e.signal.kind in _INTERVIEW]
    latest = interview[-1].signal if interview else None
    fixed = next((e.signal for e in reversed(interview) if e.signal.kind in _FIXED), None)
    asked = latest is not None and latest.kind is Kind.INTERVIEW_REQUEST
    moving = None
    length = latest.length_minutes if latest else None
    interviewers = fixed.interviewers if fixed else ()
    if asked:
        moving = _still_ahead(fixed, interview[-1])
        # who the request says the user meets; a move asked: who they were to meet
        interviewers = latest.interviewers if latest else ()
        if moving is not None and fixed is not None:
            length = length or fixed.length_minutes  # a move asked: the interview moved's
            interviewers = interviewers or fixed.interviewers
        fixed = None  # asked again after a time was fixed: nothing stands until it is agreed
    met = {p.address for p in interviewers}
    return ThreadContext(
        hiring=hiring,
        asked_for_time=asked,
        interview_start=fixed.interview_start if fixed else None,
        user_agreed=_agreed(ordered) if asked else None,
        moving=moving,
        interview_end=fixed.interview_end if fixed else None,
        proposed=_proposed(ordered),
        interviewers=interviewers,
        length_minutes=length,
        schedulers=frozenset(
            e.envelope.sender.address
            for e in interview
            if e.envelope.sender is not None and e.envelope.sender.address not in met
        ),
        called_off=_latest(employer, _NEWS_OF_A_BOOKING) is Kind.INTERVIEW_CANCELLED,
        closed=any(e.signal.kind in _CLOSED for e in employer),
        offered=_latest(employer, _CLOSED) is Kind.OFFER,
        withdrawn=any(e.from_user and _withdrew(e.signal) for e in ordered),
        company=next((e.signal.company for e in reversed(employer) if e.signal.company), None),
        role=next((e.signal.role for e in reversed(employer) if e.signal.role), None),
    )


def _latest(employer: list[Earlier], kinds: frozenset[Kind]) -> Kind | None:
    """The kind of the employer's latest message of one of `kinds`, if one is."""
    return next((e.signal.kind for e in reversed(employer) if e.signal.kind in kinds), None)


def _withdrew(signal: Signal) -> bool:
    return bool(signal.evidence) and signal.evidence[0].startswith("withdrawal by the user")


def _still_ahead(fixed: Signal | None, request: Earlier) -> datetime | None:
    """The fixed interview's time when the request came before it (a move, not a next round)."""
    start, asked = (fixed.interview_start if fixed else None), request.envelope.date
    return start if start is not None and asked is not None and start > asked else None


def _agreed(ordered: list[Earlier]) -> datetime | None:
    """The time the user last agreed to after the thread's latest employer interview news."""
    agreed = None
    for item in ordered:
        evidence = item.signal.evidence
        if item.from_user and evidence and evidence[0].startswith(USER_AGREED):
            agreed = item.signal.interview_start or agreed
        elif not item.from_user and item.signal.kind in _INTERVIEW:
            agreed = None
    return agreed


def _proposed(ordered: list[Earlier]) -> tuple[datetime, ...]:
    """Times the user wrote after the thread's latest employer interview news."""
    times: list[datetime] = []
    for item in ordered:
        if item.from_user and item.signal.interview_start is not None:
            times.append(item.signal.interview_start)
        elif not item.from_user and item.signal.kind in _INTERVIEW:
            times = []
    return tuple(times)


def _moment(item: Earlier) -> datetime:
    date = item.envelope.date
    return date if date is not None else datetime.min.replace(tzinfo=UTC)


def thread_keys(envelope: Envelope) -> tuple[str, ...]:
    """The Message-IDs a message names as its thread's earlier messages."""
    keys = list(envelope.references)
    if envelope.in_reply_to and envelope.in_reply_to not in keys:
        keys.append(envelope.in_reply_to)
    return tuple(keys)
