"""The user's own news, applied to the processes: which process each event is about, and what it
makes of each one at `now` (a `Standing`).

Events are kept by the employer's identity and the messages they refer to (model/news.py), so
each is found again in the processes of the day: the process holding most of its messages,
else the one with its id, else the episode of that employer that had begun when it was said.
An event counts from the moment it was said (`at`), so a replay over the same mail and the same
events gives the same drafts.

What each kind does:
- mute: no draft of any stage from then on (those already made stay made);
- snooze until a day: no draft before that day begins; a check-in or final note that would
  fall due before it falls on the first business day from it instead;
- withdraw: the process closes then (withdrawn), and its contact gets a `withdrawal` draft,
  unless it had already closed;
- accepted: that process closes as accepted, and every other process open then closes as
  withdrawn with a `withdrawal` draft (news_offers.py finds what is only suggested);
- offer: an offer at that process, to be told to the others (news_offers.py);
- references: the employer asked for references (as when its mail does): each reference
  gets a `reference_heads_up` draft.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from followupd.model import (
    Envelope,
    FolderRole,
    Kind,
    NewsEvent,
    Observation,
    Outcome,
    Process,
    Reference,
    Signal,
    UserNews,
)

_EPISODE = re.compile(r"#\d+$")


def employer_of(process_id: str) -> str:
    """The employer's identity in a process id: "acme.example#2" -> "acme.example"."""
    return _EPISODE.sub("", process_id)


@dataclass(frozen=True, slots=True)
class OfferNews:
    """An offer at one process that the others may be told about."""

    process_id: str  # where the offer is, as the mail is grouped now
    company: str  # who made it ("" unknown)
    at: datetime  # when it became news to tell: its arrival, or when the user said so
    reply_by: date | None  # the day it must be answered by
    key: int  # the ledger's occurrence for it: the same offer, the same number, always


@dataclass(frozen=True, slots=True)
class Closure:
    """The user's word closed the process: when, how, and whether a withdrawal is drafted."""

    at: datetime
    outcome: Outcome  # withdrawn, or accepted
    event: NewsEvent
    withdrawal: bool  # its contact gets a withdrawal draft (it was open until then)
    accepted_at: str = ""  # withdrawn because the user accepted this company's offer


@dataclass(frozen=True, slots=True)
class Standing:
    """What the user's news makes of one process at `now`."""

    muted: NewsEvent | None = None
    snoozed_until: date | None = None
    closure: Closure | None = None
    offers: tuple[OfferNews, ...] = ()  # offers at other processes, confirmed
    references: tuple[Reference, ...] = ()  # those who vouch for the user in this application
    asked_references: tuple[datetime, ...] = ()  # when the user said the employer asked
    events: tuple[NewsEvent, ...] = ()  # every event about this process, oldest first

    def applied(self, process: Process) -> Process:
        """The process as the user's word leaves it: closed by a withdrawal or an acceptance."""
        closure = self.closure
        if closure is None:
            return process
        if closure.outcome is Outcome.ACCEPTED and process.closed_by is not None:
            return replace(process, outcome=Outcome.ACCEPTED)
        return replace(process, outcome=closure.outcome, closed_by=said(closure.event))


NO_STANDING = Standing()


def said(event: NewsEvent) -> Observation:
    """The user's word as the message that closed a process (none was written)."""
    envelope = Envelope(
        message_id=f"<news-{event.id}-{event.what}@followupd.invalid>",
        subject=f"followupd news {event.what}",
        sender=None,
        date=event.at,
    )
    signal = Signal(Kind.OTHER, (f"you said so: followupd news {event.what}",))
    return Observation(f"news/{event.id}", "", FolderRole.OTHER, envelope, signal, True)


def resolve(event: NewsEvent, processes: Sequence[Process]) -> Process | None:
    """The process an event is about now: the one holding most of its messages, else the one
    with its id, else that employer's episode begun when it was said."""
    wanted = {m.strip().lower() for m in event.messages}
    best: tuple[int, bool, str] | None = None
    found: Process | None = None
    for process in processes:
        shared = sum(o.envelope.message_id.strip().lower() in wanted for o in process.observations)
        rank = (shared, process.id == event.employer, process.id)
        if shared and (best is None or rank[:2] > best[:2]):
            best, found = rank, process
    if found is not None:
        return found
    exact = [p for p in processes if p.id == event.employer]
    if exact:
        return exact[0]
    same = [p for p in processes if employer_of(p.id) == employer_of(event.employer)]
    begun = [p for p in same if (began := _began(p)) is not None and began <= event.at]
    chosen = begun or same
    return chosen[-1] if chosen else None


def _began(process: Process) -> datetime | None:
    dates = [o.envelope.date for o in process.observations if o.envelope.date is not None]
    return min(dates, default=None)


def is_open_at(process: Process, moment: datetime) -> bool:
    """Open then: not closed by its mail before `moment`, and it had begun."""
    began = _began(process)
    if began is None or began > moment:
        return False
    closed_by = process.closed_by
    closed = closed_by.envelope.date if closed_by is not None else None
    return process.outcome is Outcome.OPEN or (closed is not None and closed > moment)


def said_by_now(news: UserNews, now: datetime) -> list[NewsEvent]:
    """The events said by `now`, oldest first."""
    return sorted((e for e in news.events if e.at <= now), key=lambda e: (e.at, e.id))


def references_for(process: Process, references: Sequence[Reference]) -> tuple[Reference, ...]:
    """The references that vouch for the user in this application (`processes`: by id,
    employer, mail domain or company name)."""
    names = {process.id, employer_of(process.id), *process.domains}
    if process.company:
        names.add(process.company)
    folded = {name.casefold() for name in names}
    return tuple(
        r for r in references if not r.processes or {p.casefold() for p in r.processes} & folded
    )


def base_standings(
    processes: Sequence[Process], news: UserNews, now: datetime
) -> dict[str, Standing]:
    """Each process's standing from the events about it alone (the offers come after)."""
    events: dict[str, list[NewsEvent]] = {p.id: [] for p in processes}
    for event in said_by_now(news, now):
        process = resolve(event, processes)
        if process is not None:
            events[process.id].append(event)
    by_id = {p.id: p for p in processes}
    standings = {}
    for process_id, own in events.items():
        standings[process_id] = _standing(by_id[process_id], own, news.references)
    return standings


def _standing(
    process: Process, events: list[NewsEvent], references: Sequence[Reference]
) -> Standing:
    muted = next((e for e in events if e.what == "mute"), None)
    snoozes = [e for e in events if e.what == "snooze" and e.until is not None]
    closure = None
    for event in events:
        if event.what in ("withdraw", "accepted"):
            closure = _closure(process, event)
            break
    return Standing(
        muted=muted,
        snoozed_until=snoozes[-1].until if snoozes else None,
        closure=closure,
        references=references_for(process, references),
        asked_references=tuple(e.at for e in events if e.what == "references"),
        events=tuple(events),
    )


def _closure(process: Process, event: NewsEvent) -> Closure:
    if event.what == "accepted":
        return Closure(event.at, Outcome.ACCEPTED, event, withdrawal=False)
    return Closure(event.at, Outcome.WITHDRAWN, event, withdrawal=is_open_at(process, event.at))


def with_acceptances(
    processes: Sequence[Process], standings: Mapping[str, Standing]
) -> dict[str, Standing]:
    """Every process open when the user accepted another's offer, closed as withdrawn then,
    each with a withdrawal draft (the earliest acceptance counts)."""
    result = dict(standings)
    for closure, where in _acceptances(processes, standings):
        for process in processes:
            own = result[process.id]
            if employer_of(process.id) == employer_of(where.id):
                continue
            if own.closure is not None and own.closure.at <= closure.at:
                continue
            if not is_open_at(process, closure.at):
                continue
            company = where.company or where.employer
            result[process.id] = replace(
                own, closure=Closure(closure.at, Outcome.WITHDRAWN, closure.event, True, company)
            )
    return result


def _acceptances(
    processes: Sequence[Process], standings: Mapping[str, Standing]
) -> list[tuple[Closure, Process]]:
    found = []
    for process in processes:
        closure = standings[process.id].closure
        if closure is not None and closure.outcome is Outcome.ACCEPTED:
            found.append((closure, process))
    return sorted(found, key=lambda item: (item[0].at, item[1].id))
