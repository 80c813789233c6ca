"""The interviews of one process, folded from its employer messages in order.

An invitation and a confirmation of the same meeting are one interview (same calendar UID, or
the same start time). A reschedule moves an interview and a cancellation drops it; which one
is found by calendar UID (a lower SEQUENCE than already applied is an out-of-date copy and
changes nothing), then by time, then by thread, then by interviewers, then as the latest
interview still open. A confirmation in prose of a new time for an interview still to come, in
its thread or naming the very same interviewers, is a reschedule even when the classifier saw
only a confirmation ("Thursday at 3pm works, see you then"). Whom the user said is no
interviewer of a message (Signal.not_interviewers) is no interviewer of the interview it
speaks of, whatever other messages of it say.

A time whose zone was uncertain carries the latest it may end (`latest_end`). A later message
that gives the same clock time with its zone known fixes it (the time moves to that reading,
which is no reschedule, and the doubt is dropped); one that repeats it with the zone still in
doubt keeps the later of the two latest ends; one that repeats a known time vaguely changes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from followupd.model import Envelope, Interview, Kind, Observation, Person, Signal
from followupd.processes.sessions import after_sessions, later, merge_sessions, newer_sessions
from followupd.understand import is_shared_mailbox

SAME_TIME = timedelta(minutes=1)
NEAR = timedelta(hours=3)  # two readings of one meeting differing by a zone slip
_INTERVIEW_KINDS = frozenset(
    {Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED, Kind.INTERVIEW_CANCELLED}
)


@dataclass(slots=True)
class _Working:
    interview: Interview
    thread: set[str] = field(default_factory=set)
    not_interviewers: set[str] = field(default_factory=set)  # the user's corrections

    def done(self) -> Interview:
        """The interview, without anyone the user said is no interviewer of it."""
        banned = self.not_interviewers
        if not banned:
            return self.interview
        return replace(
            self.interview,
            interviewers=tuple(p for p in self.interview.interviewers if p.address not in banned),
            sessions=tuple(s for s in self.interview.sessions if s.person.address not in banned),
            not_interviewers=tuple(sorted(banned)),
        )


def fold_interviews(
    employer_messages: Iterable[Observation],
    me: frozenset[str],
    name_of: Callable[[Person], Person] = lambda p: p,
) -> tuple[Interview, ...]:
    """Interviews in order of announcement, with their latest times and status."""
    working: list[_Working] = []
    for observation in employer_messages:
        kind = observation.signal.kind
        if kind not in _INTERVIEW_KINDS:
            continue
        people = tuple(
            name_of(p)
            for p in observation.signal.interviewers
            if p.address.lower() not in me and not is_shared_mailbox(p)
        )
        touched = None
        if kind is Kind.INTERVIEW_CANCELLED:
            touched = _cancel(working, observation, people)
        elif observation.signal.interview_start is not None:
            moved = kind is Kind.INTERVIEW_RESCHEDULED
            touched = _schedule(working, observation, people, moved=moved)
        if touched is not None:
            touched.not_interviewers.update(observation.signal.not_interviewers)
    return tuple(w.done() for w in working)


def thread_ids(envelope: Envelope) -> set[str]:
    """The Message-IDs that tie `envelope` to its thread (its own, In-Reply-To, References)."""
    ids = [envelope.message_id, envelope.in_reply_to or "", *envelope.references]
    return {i.lower() for i in ids if i}


def _by_uid(working: list[_Working], uid: str | None) -> _Working | None:
    if not uid:
        return None
    return next((w for w in working if uid in w.interview.uids), None)


def _by_time(working: list[_Working], start: datetime | None) -> _Working | None:
    if start is None:
        return None
    return next((w for w in working if abs(w.interview.start - start) <= SAME_TIME), None)


def _fallback_target(
    working: list[_Working], observation: Observation, people: tuple[Person, ...]
) -> _Working | None:
    """The interview a message without a UID or a known time most likely speaks of."""
    open_ones = [w for w in reversed(working) if not w.interview.cancelled]
    thread = thread_ids(observation.envelope)
    addresses = {p.address for p in people}
    sent = observation.envelope.date
    upcoming = [w for w in open_ones if sent is None or w.interview.start >= sent]
    for candidates in (
        [w for w in open_ones if w.thread & thread],
        [w for w in open_ones if addresses & {p.address for p in w.interview.interviewers}],
        upcoming,
        open_ones,
    ):
        if candidates:
            return candidates[0]
    return None


def _moved_in_thread(
    working: list[_Working], observation: Observation, people: tuple[Person, ...]
) -> _Working | None:
    """A new time confirmed in prose for an interview still to come moves it rather than adding
    one: in its thread ("Thursday at 3pm works, see you then"), or anywhere when it names the
    very same interviewers (nobody meets the same people twice before the first meeting)."""
    sent = observation.envelope.date
    thread = thread_ids(observation.envelope)
    addresses = {p.address for p in people}
    for candidate in reversed(working):
        interview = candidate.interview
        theirs = {p.address for p in interview.interviewers}
        in_thread = bool(candidate.thread & thread) and (not theirs or addresses <= theirs)
        same_people = bool(addresses) and addresses == theirs
        upcoming = sent is not None and interview.start > sent
        if not interview.cancelled and upcoming and (in_thread or same_people):
            return candidate
    return None


def _near(working: list[_Working], start: datetime, people: tuple[Person, ...]) -> _Working | None:
    """An open interview a few hours from `start` with the same people: one list holding the
    other (a confirmation naming one of the panel), or unknown people."""
    addresses = {p.address for p in people}
    for candidate in working:
        interview = candidate.interview
        theirs = {p.address for p in interview.interviewers}
        same_people = addresses <= theirs or theirs <= addresses
        if not interview.cancelled and same_people and abs(interview.start - start) <= NEAR:
            return candidate
    return None


def _merge_only(target: _Working, observation: Observation, people: tuple[Person, ...]) -> None:
    signal = observation.signal
    old = target.interview
    uids = old.uids
    if signal.calendar_uid and signal.calendar_uid not in uids:
        uids = (*uids, signal.calendar_uid)
    target.thread |= thread_ids(observation.envelope)
    latest = old.latest_end
    if latest is not None and signal.latest_end is not None:
        latest = max(latest, signal.latest_end)  # both in doubt: the later of the two
    sessions = merge_sessions(old.sessions, signal.sessions)
    target.interview = replace(
        old,
        interviewers=_merge_people(old.interviewers, people),
        uids=uids,
        sessions=sessions,
        end=later(old.end, signal.interview_end) if signal.sessions else old.end,
        coordinator=old.coordinator or signal.coordinator,
        latest_end=latest,
    )


def _merge_people(old: tuple[Person, ...], new: tuple[Person, ...]) -> tuple[Person, ...]:
    merged = {p.address: p for p in old}
    for person in new:
        if person.address not in merged or not merged[person.address].name:
            merged[person.address] = person
    return tuple(merged.values())


def _schedule(
    working: list[_Working], observation: Observation, people: tuple[Person, ...], moved: bool
) -> _Working:
    """The interview the message books, moves or confirms, updated (or added)."""
    signal = observation.signal
    start = signal.interview_start
    assert start is not None
    target = _by_uid(working, signal.calendar_uid)
    found_by_uid = target is not None
    target = target or _by_time(working, start)
    same_clock = _same_clock(working, observation, people) if target is None else None
    if same_clock is not None:
        return same_clock
    if target is None and moved:
        target = _fallback_target(working, observation, people)
    if target is None:
        near = _near(working, start, people)
        if near is not None:  # the same meeting read twice (a confirmation, an invitation)
            if signal.calendar_uid and not near.interview.uids:
                _update(near, observation, people, outdated=False)  # the calendar is exact
            else:
                _merge_only(near, observation, people)
            return near
    if target is None and signal.calendar_uid is None:
        target = _moved_in_thread(working, observation, people)
    if target is None:
        interview = Interview(
            ordinal=len(working) + 1,
            start=start,
            end=signal.interview_end,
            interviewers=people,
            source=observation.envelope,
            uids=(signal.calendar_uid,) if signal.calendar_uid else (),
            sequence=signal.calendar_sequence,
            latest_end=signal.latest_end,
            sessions=signal.sessions,
            coordinator=signal.coordinator,
        )
        working.append(_Working(interview, thread_ids(observation.envelope)))
        return working[-1]
    outdated = found_by_uid and _is_outdated(target, signal)
    _update(target, observation, people, outdated, same_invite=found_by_uid)
    return target


def _same_clock(
    working: list[_Working], observation: Observation, people: tuple[Person, ...]
) -> _Working | None:
    """The open interview whose clock time (day, hour, minute) the message gives while it or
    the interview leaves the zone in doubt, updated as that (see the module's docstring);
    None when there is none."""
    signal = observation.signal
    start = signal.interview_start
    assert start is not None
    for candidate in working:
        old = candidate.interview
        doubt = old.latest_end is not None or signal.latest_end is not None
        if old.cancelled or not doubt or _clock(old.start) != _clock(start):
            continue
        if old.latest_end is not None and signal.latest_end is None:
            _update(candidate, observation, people, outdated=False, zone_fixed=True)
        else:
            _merge_only(candidate, observation, people)
        return candidate
    return None


def _clock(moment: datetime) -> tuple[int, int, int, int, int]:
    return moment.year, moment.month, moment.day, moment.hour, moment.minute


def _is_outdated(target: _Working, signal: Signal) -> bool:
    return signal.calendar_sequence < target.interview.sequence


def _update(
    target: _Working,
    observation: Observation,
    people: tuple[Person, ...],
    outdated: bool,
    *,
    same_invite: bool = False,
    zone_fixed: bool = False,
) -> None:
    """Apply a newer reading. A newer copy of the same calendar invite states the whole guest
    list: whoever it no longer invites was swapped out and is not to be thanked. A reading
    that only fixes the zone of the time is no move. The end is never before the last
    session's (a calendar hold for one of two back-to-back talks)."""
    signal = observation.signal
    old = target.interview
    uids = old.uids
    if signal.calendar_uid and signal.calendar_uid not in uids:
        uids = (*uids, signal.calendar_uid)
    merged = _merge_people(old.interviewers, people)
    target.thread |= thread_ids(observation.envelope)
    if outdated:
        sessions = merge_sessions(old.sessions, signal.sessions)
        target.interview = replace(old, interviewers=merged, uids=uids, sessions=sessions)
        return
    if same_invite and people:
        merged = tuple(p for p in merged if p.address in {q.address for q in people})
    start = signal.interview_start or old.start
    end = signal.interview_end
    if end is None and abs(start - old.start) <= SAME_TIME:
        end = old.end
    elif end is None and old.end is not None:
        end = start + (old.end - old.start)  # moved without a length: it keeps its length
    moved = abs(start - old.start) > SAME_TIME and not zone_fixed
    sessions = newer_sessions(old.sessions, signal.sessions, start - old.start)
    target.interview = replace(
        old,
        start=start,
        end=after_sessions(end, sessions),
        interviewers=merged,
        source=observation.envelope,
        uids=uids,
        sequence=max(old.sequence, signal.calendar_sequence),
        cancelled=False,
        moved_from=(*old.moved_from, old.start) if moved else old.moved_from,
        latest_end=_latest_end(old, signal, moved or zone_fixed),
        sessions=sessions,
        coordinator=signal.coordinator or old.coordinator,
    )


def _latest_end(old: Interview, signal: Signal, new_time: bool) -> datetime | None:
    """A new time brings its own doubt or none; the same time stays in doubt only while every
    reading of it is (the latest of them, then)."""
    if new_time or old.latest_end is None or signal.latest_end is None:
        return signal.latest_end if new_time else None
    return max(old.latest_end, signal.latest_end)


def _cancel(
    working: list[_Working], observation: Observation, people: tuple[Person, ...]
) -> _Working | None:
    signal = observation.signal
    target = _by_uid(working, signal.calendar_uid)
    if target is not None and _is_outdated(target, signal):
        return target
    target = (
        target
        or _by_time(working, signal.interview_start)
        or _fallback_target(working, observation, people)
    )
    if target is not None:
        target.thread |= thread_ids(observation.envelope)
        sequence = max(target.interview.sequence, signal.calendar_sequence)
        target.interview = replace(target.interview, cancelled=True, sequence=sequence)
    return target
