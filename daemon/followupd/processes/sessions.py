"""The sessions of one interview as its messages leave them: merged across readings (a
prose confirmation naming the panel, an invitation giving one of them an address), moved with
the interview, and the end they imply."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from followupd.model import Person, Session
from followupd.understand import same_person


def newer_sessions(
    old: tuple[Session, ...], new: tuple[Session, ...], moved_by: timedelta
) -> tuple[Session, ...]:
    """A newer reading's sessions (what the older one knew of the same people kept), else the
    older ones moved with the interview."""
    return merge_sessions(new, old) if new else _shifted(old, moved_by)


def after_sessions(end: datetime | None, sessions: tuple[Session, ...]) -> datetime | None:
    """The interview's end: never before its last session's (a calendar hold for one of two
    back-to-back talks)."""
    return later(end, max((s.end for s in sessions if s.end), default=None))


def merge_sessions(first: tuple[Session, ...], more: tuple[Session, ...]) -> tuple[Session, ...]:
    """`first`, then each session of `more` with someone not met in `first`; a person met in
    both keeps what either reading knows (an address, a title)."""
    merged = list(first)
    for session in more:
        index = next((i for i, s in enumerate(merged) if _same_one(s, session)), None)
        if index is None:
            merged.append(session)
            continue
        known = merged[index]
        person = Person(known.person.address or session.person.address, known.person.name)
        merged[index] = replace(
            known,
            person=person,
            title=known.title or session.title,
            job_title=known.job_title or session.job_title,
        )
    return tuple(merged)


def _same_one(one: Session, other: Session) -> bool:
    if one.person.address and one.person.address == other.person.address:
        return True
    return same_person(one.person.name, other.person.name)


def _shifted(sessions: tuple[Session, ...], by: timedelta) -> tuple[Session, ...]:
    """The sessions of a moved interview, moved with it."""
    if not by:
        return sessions
    return tuple(
        replace(s, start=s.start + by if s.start else None, end=s.end + by if s.end else None)
        for s in sessions
    )


def later(one: datetime | None, other: datetime | None) -> datetime | None:
    if one is None or other is None:
        return one or other
    return max(one, other)
