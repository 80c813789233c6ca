"""Who interviews and who only arranged it, once the mail's sessions are known (panel.py).

- The people met with an address are the interviewers: the invitation's or the text's, and each
  session's person whose address the message gives.
- The writer (or the invitation's organizer) is not an interviewer when the text names the
  people met and not them, unless it says they join ("I'll join too", "with me and Ines").
- They arranged it (the coordinator) when they are not met and the mail names who is, says the
  interview is with someone else ("the hiring team"), or gives them a coordinating title.
"""

from __future__ import annotations

import re

from followupd.model import CalendarEvent, Mail, Person, Session
from followupd.understand.names import same_person
from followupd.understand.panel import Panel
from followupd.understand.people import (
    coordinates,
    domain_of,
    is_person_address,
    is_person_sender,
    name_for,
    signature_name,
    takes_part,
)
from followupd.understand.senders import is_shared_mailbox

_ORGANISATION = (
    r"((?:[A-Z][\w&'.-]*)(?:\s+(?:&\s+)?[A-Z][\w&'.-]*){0,3})"  # "Prairie Mills", "Smith & Co"
)
# Where a mail names an organisation: "at Acme", "join Acme", "our client Acme", and the
# subject's "Acme interview", "Interview at Acme".
_AT_ORGANISATION = re.compile(
    r"\b(?:at|bei|chez|join|joining|rejoindre|our client|my client|notre client"
    rf"|unser(?:em)? Kunden)\s+{_ORGANISATION}"
)
_SUBJECT_ORGANISATION = re.compile(
    rf"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)*{_ORGANISATION}\s+(?i:interview|vorstellungsgespräch"
    r"|entretien|entrevista)\b"
)


def foreign_words(mail: Mail, company: str | None) -> frozenset[str]:
    """Words that name the employer here, so "Acme Analytics" is not read as a person."""
    phrases = [company or ""]
    phrases += _AT_ORGANISATION.findall(f"{mail.envelope.subject}\n{mail.text[:4000]}")
    phrases += _SUBJECT_ORGANISATION.findall(mail.envelope.subject.strip())
    words = [w for phrase in phrases for w in re.findall(r"\w+", phrase.lower())]
    sender = mail.envelope.sender
    if sender is not None:
        words += re.findall(r"[a-z]+", domain_of(sender.address).split(".")[0])
    return frozenset(w for w in words if len(w) > 2)


def with_sessions(
    people: list[Person],
    panel: Panel,
    mail: Mail,
    me: frozenset[str],
    event: CalendarEvent | None,
) -> list[Person]:
    """The interviewers: those already found and the sessions' people with an address; not
    the writer or organizer when the named sessions leave them out, when the interview is
    said to be with someone else, or when they hold a coordinating title, unless the text
    says they join."""
    found = {p.address: p for p in people}
    for session in panel.sessions:
        person = session.person
        if person.address and person.address not in me and person.address not in found:
            found[person.address] = person
    for writer in _writers(mail, event):
        if writer.address not in found or _met(writer, panel.sessions):
            continue
        elsewhere = bool(panel.sessions) or panel.with_others or coordinates(mail, writer)
        if elsewhere and not takes_part(mail, writer):
            del found[writer.address]
    return list(found.values())


def _writers(mail: Mail, event: CalendarEvent | None) -> list[Person]:
    """Who wrote or organised it: the invitation's organizer, the sender."""
    candidates = [event.organizer if event else None, mail.envelope.sender]
    writers = []
    for person in candidates:
        if person is not None and is_person_address(person.address):
            writers.append(Person(person.address, name_for(person.address, mail, person.name)))
    return writers


def _met(person: Person, sessions: tuple[Session, ...]) -> bool:
    return any(
        s.person.address == person.address or same_person(s.person.name, person.name)
        for s in sessions
    )


def arranged_by(
    mail: Mail,
    me: frozenset[str],
    event: CalendarEvent | None,
    people: list[Person],
    panel: Panel,
) -> Person | None:
    """The person who arranged the interview without taking part, if the mail shows one."""
    sender = mail.envelope.sender
    for writer in _writers(mail, event):
        if writer.address in me or is_shared_mailbox(writer):
            continue
        if sender and writer.address == sender.address and not is_person_sender(mail):
            continue
        if writer.address in {p.address for p in people} or _met(writer, panel.sessions):
            continue
        if takes_part(mail, writer):
            return None
        others = bool(people) or bool(panel.sessions) or panel.with_others
        if others or coordinates(mail, writer):
            return _named(writer, mail)
        return None
    return None


def _named(writer: Person, mail: Mail) -> Person:
    sender = mail.envelope.sender
    if writer.name or sender is None or sender.address != writer.address:
        return writer
    return Person(writer.address, signature_name(mail))
