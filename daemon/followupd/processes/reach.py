"""Interviewers named without an address, reached once any message of the process gives one.

A panel is often named in prose only ("You'll meet Rafael Ortiz and Ines Carvalho"). Their
addresses may turn up anywhere later: a reply from them, a calendar update inviting them, a
name beside an address in a message or its signature, or the user's own mail to them (its To
or Cc header). Every message of the process, the user's included, is read for names with
addresses; a session whose person has no address takes the one found for that name (only
when one address fits it), and that person becomes one of the interview's interviewers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from followupd.model import Interview, Observation, Person, Session
from followupd.understand import address_for, is_no_reply, is_shared_mailbox


def reach_sessions(
    interviews: Sequence[Interview], observations: Sequence[Observation], me: frozenset[str]
) -> tuple[Interview, ...]:
    """The interviews with their sessions' people given the addresses the process knows."""
    if not any(s.person.address == "" for i in interviews for s in i.sessions):
        return tuple(interviews)
    people = _directory(observations, me)
    return tuple(_reached(interview, people, me) for interview in interviews)


def _directory(observations: Sequence[Observation], me: frozenset[str]) -> list[Person]:
    """Everyone the process's messages name with an address, oldest message first."""
    found: list[Person] = []  # (the interviews' own interviewers are in their messages' signals)
    for observation in observations:
        envelope, signal = observation.envelope, observation.signal
        listed = [envelope.sender, *envelope.reply_to, *envelope.to, *envelope.cc]
        listed += [*signal.interviewers, signal.contact, signal.coordinator, *signal.people]
        listed += [s.person for s in signal.sessions]
        found += [p for p in listed if p is not None and p.name and p.address]
    return [
        Person(p.address.lower(), p.name)
        for p in found
        if p.address.lower() not in me and not is_shared_mailbox(p) and not is_no_reply(p.address)
    ]


def _reached(interview: Interview, people: list[Person], me: frozenset[str]) -> Interview:
    sessions: list[Session] = []
    met = {p.address: p for p in interview.interviewers}
    for session in interview.sessions:
        person = session.person
        address = person.address or address_for(person.name, people)
        if address and address not in me:
            met.setdefault(address, Person(address, person.name))
            person = Person(address, person.name)
        sessions.append(replace(session, person=person))
    return replace(interview, sessions=tuple(sessions), interviewers=tuple(met.values()))
