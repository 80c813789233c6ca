"""The people an interview is with when the mail names them, and what that says of its end.

Sessions come from an itinerary (itinerary.py: one per person per line, with the line's times
and title) and from prose that introduces the people met ("You'll meet Rafael Ortiz (Head of
Data) and Ines Carvalho (Staff Engineer)", "Interviewers: ...", "Sie sprechen mit ...",
"vous rencontrerez ...", "te reunirás con ...", or such a phrase ending in a colon over a list).
A sentence looking back ("thanks for your call with Dana") introduces nobody. Each person gets
the address the message gives for that name (headers, invitation, text), else "".

The end the panel implies: the itinerary's last line, or conversations back to back
(panel_lengths.py). `with_others`: the text says the interview is with someone other than its
writer without naming them ("with the hiring team", "avec l'équipe"), or the writer forwards
someone else's message ("Fwd:", "I'm forwarding the invite", "je vous transfère").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followupd.dates import TimeMention
from followupd.model import Mail, Person, Session
from followupd.understand.directory import address_for, known_people
from followupd.understand.introductions import introduced, lowered
from followupd.understand.itinerary import Placed, itinerary, last_end, placed
from followupd.understand.names import Named, same_person
from followupd.understand.panel_lengths import back_to_back
from followupd.understand.people import MAX_TEXT_CHARS

_OTHERS = re.compile(
    r"\b(?:with|meet|meeting) (?:the|our|a few|some|two|three|several|members of (?:the|our)"
    r"|one of our)\b"
    r"[^.\n]{0,40}?\b(?:team|panel|hiring manager|manager|engineers?|leaders?|leadership"
    r"|founders?|members?|interviewers?|colleagues|staff|directors?|partners)\b"
    r"|\b(?:mit|treffen|kennenlernen) (?:dem|der|unserem|unserer|unseren|zwei|drei|einigen)\b"
    r"[^.\n]{0,40}?"
    r"(?:team|fachbereich|fachabteilung|abteilung|teamleit\w*|führungskraft|kolleg\w*"
    r"|geschäftsführ\w*|leitung)"
    r"|\b(?:avec|rencontrer(?:ez)?) (?:l'|l’|le |la |les |notre |nos |deux |trois |quelques "
    r"|des membres de )"
    r"[^.\n]{0,40}?(?:équipe|manager|responsable|managers|ingénieurs|collègues|direction)"
    r"|\b(?:con|conocerás a|conocer a) (?:el|la|los|las|nuestro|nuestra|nuestros|nuestras|dos"
    r"|tres|algunos|miembros del?)"
    r"\b[^.\n]{0,40}?(?:equipo|responsable|manager|gerente|ingenier\w*|compañer\w*|direct\w*)",
)


# The writer passes on someone else's message: they arranged or relayed it, not met.
_FORWARDED = re.compile(
    # "Forwarding this invitation could allow...": a calendar's warning about forwarding,
    # where the gerund is the subject of a modal, is no forwarding.
    r"\b(?:i'm forwarding|i am forwarding|forwarding (?:you |this |the |their |his |her )"
    r"(?![^.\n]{0,40}\b(?:could|would|may|might|can|will|lets?|allows?)\b)"
    r"|passing (?:this|it) (?:along|on)|see (?:the )?(?:invite|invitation|note|details) below"
    r"|leite (?:ich )?(?:ihnen |dir )?(?:die|den|das) \w+ weiter|weitergeleitet"
    r"|je vous transf[eè]re|je te transf[eè]re|te reenv[ií]o|le reenv[ií]o|te paso (?:la|el))"
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s*:", re.IGNORECASE)
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Panel:
    sessions: tuple[Session, ...] = ()
    end: datetime | None = None  # the latest end the sessions imply
    evidence: tuple[str, ...] = ()
    with_others: bool = False


NO_PANEL = Panel()


def read_panel(
    mail: Mail,
    me: frozenset[str],
    start: datetime | None,
    mentions: Callable[[], Sequence[TimeMention]],
    *,
    foreign: Callable[[], frozenset[str]] = frozenset,
    people: Callable[[], list[Person]] | None = None,
) -> Panel:
    """The sessions the mail names, and the end they imply, from `start` (the interview's);
    `mentions` gives the text's times as the date reader found them, `foreign` the words that
    name the employer, `people` known_people(mail, me): each read only if needed."""
    text = mail.text[:MAX_TEXT_CHARS]
    slots = itinerary(text)
    lines = placed(slots, mentions(), start) if slots else []
    named = [(spot, person) for spot in lines for person in spot.slot.people]
    listed = [p for p in introduced(text) if not any(same_person(p.name, q.name) for _, q in named)]
    if named or listed:
        named, listed = _people_only(named, listed, mail, me, foreign())
    known = (people or (lambda: known_people(mail, me)))() if named or listed else []
    sessions = [_session(person, known, spot) for spot, person in named]
    sessions += [_session(person, known) for person in listed]
    sessions, end, evidence = _timed(sessions, lines, start, text)
    return Panel(tuple(sessions), end, tuple(evidence), _with_others(mail, text))


def _with_others(mail: Mail, text: str) -> bool:
    """The text says the interview is with someone else than its writer, or the writer
    forwards someone else's message."""
    low = lowered(text)
    forwarded = _FORWARD_SUBJECT.match(mail.envelope.subject) or _FORWARDED.search(low)
    return bool(forwarded or _OTHERS.search(low))


def _timed(
    sessions: list[Session], lines: list[Placed], start: datetime | None, text: str
) -> tuple[list[Session], datetime | None, list[str]]:
    """The end the itinerary or conversations back to back imply, and the sessions timed."""
    evidence: list[str] = []
    end = last_end(lines) if len(lines) > 1 or any(p.slot.people for p in lines) else None
    if end is not None:
        evidence.append(f"end from the itinerary's last line ({len(lines)} lines)")
    total = back_to_back(text, len(sessions))
    if total is not None and start is not None:
        length, how = total
        end = max(end or start, start + length)
        evidence.append(f"length from the text: {how}")
        sessions = _one_after_another(sessions, start, length / max(len(sessions), 1))
    if sessions:
        names = ", ".join(s.person.name for s in sessions[:6])
        evidence.append(f"people met, named in the text: {names}")
    return sessions, end, evidence


def _people_only(
    named: list[tuple[Placed, Named]],
    listed: list[Named],
    mail: Mail,
    me: frozenset[str],
    foreign: frozenset[str],
) -> tuple[list[tuple[Placed, Named]], list[Named]]:
    """Without the user ("Onsite panel: Sam Lee") and the employer ("an interview with
    Prairie Mills"), read as names."""
    mine = _my_names(mail, me)

    def person(named: Named) -> bool:
        words = set(_WORDS.findall(named.name.lower()))
        return not words & foreign and not any(same_person(named.name, m) for m in mine)

    return [(spot, p) for spot, p in named if person(p)], [p for p in listed if person(p)]


def _my_names(mail: Mail, me: frozenset[str]) -> list[str]:
    """The user's own names, as the headers and the invitation write them."""
    envelope = mail.envelope
    listed = [envelope.sender, *envelope.to, *envelope.cc]
    listed += [p for event in mail.events for p in event.attendees]
    return [p.name for p in listed if p is not None and p.name and p.address in me]


def _session(person: Named, people: list[Person], spot: Placed | None = None) -> Session:
    address = person.address or address_for(person.name, people)
    return Session(
        person=Person(address, person.name),
        start=spot.start if spot else None,
        end=spot.end if spot else None,
        title=spot.slot.title if spot else "",
        job_title=person.job_title,
    )


def _one_after_another(sessions: list[Session], start: datetime, each: timedelta) -> list[Session]:
    """Sessions without times, held back to back from `start` in the order written."""
    if any(s.start is not None for s in sessions):
        return sessions
    return [
        Session(s.person, start + i * each, start + (i + 1) * each, s.title, s.job_title)
        for i, s in enumerate(sessions)
    ]
