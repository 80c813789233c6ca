"""Value types shared by the core: what a message says, what it means, what is due.

Every type is a frozen dataclass; datetimes are timezone-aware (a message's Date keeps the
sender's own offset, because prose such as "by Friday" is read in the sender's zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal


class Kind(StrEnum):
    """What one message means for a job search (corpus/SCHEMA.md)."""

    INTERVIEW_REQUEST = "interview_request"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    INTERVIEW_RESCHEDULED = "interview_rescheduled"
    INTERVIEW_CANCELLED = "interview_cancelled"
    HOLDING_REPLY = "holding_reply"
    REJECTION = "rejection"
    OFFER = "offer"
    APPLICATION_RECEIVED = "application_received"
    OTHER = "other"


class Stage(StrEnum):
    """A follow-up the daemon can draft (corpus/POLICY.md)."""

    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    FINAL_NOTE = "final_note"
    HOLDING_ACK = "holding_ack"
    REJECTION_REPLY = "rejection_reply"
    OFFER_REPLY = "offer_reply"
    # interviewers named without an address: thanks through the person who arranged it
    THANK_YOU_VIA_CONTACT = "thank_you_via_contact"
    # the user's own news (policy/news.py): another offer, a withdrawal, a reference's heads-up
    OTHER_OFFER_UPDATE = "other_offer_update"
    WITHDRAWAL = "withdrawal"
    REFERENCE_HEADS_UP = "reference_heads_up"


class FolderRole(StrEnum):
    INBOX = "inbox"
    SENT = "sent"
    DRAFTS = "drafts"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Person:
    """An address (always lowercase) and the best display name known for it ("" if none)."""

    address: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT of a text/calendar part or .ics attachment."""

    method: str  # REQUEST, CANCEL, REPLY, PUBLISH... ("" when the part has none)
    uid: str
    sequence: int
    start: datetime | None  # aware; None if absent or unreadable
    end: datetime | None  # aware; from DTEND or DTSTART + DURATION
    all_day: bool
    summary: str
    description: str
    location: str
    organizer: Person | None
    attendees: tuple[Person, ...]  # people only: rooms and resources removed
    status: str = ""  # CONFIRMED, CANCELLED, TENTATIVE or ""
    notes: tuple[str, ...] = ()  # what was odd while reading it (unknown zone, ...)
    recurring: bool = False  # it repeats (RRULE): a standing meeting, never a job interview


@dataclass(frozen=True, slots=True)
class Envelope:
    """The addressing and threading part of a message: what is kept once the body is gone."""

    message_id: str  # "<id@host>"; synthesised from a content hash when missing or malformed
    subject: str
    sender: Person | None  # From
    reply_to: tuple[Person, ...] = ()
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    date: datetime | None = None  # aware, with the sender's offset; fallback: newest Received
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_index: str | None = None  # Outlook's Thread-Index, so a reply stays in the conversation
    # the Message-ID it had before the sending server replaced it (Outlook, Microsoft 365:
    # X-Microsoft-Original-Message-ID): a sent draft is still known by the id followupd gave it
    original_message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Mail:
    """One parsed message: envelope, the text a person reads, and calendar events."""

    envelope: Envelope
    text: str  # new text (plain, or HTML made readable), quoted history and signature removed
    quoted: str = ""  # quoted history, when it could be separated
    signature: str = ""  # signature block, when it could be separated
    events: tuple[CalendarEvent, ...] = ()
    attachments: tuple[str, ...] = ()  # file names
    headers: tuple[tuple[str, str], ...] = ()  # lowercase name -> value, the ones rules need
    notes: tuple[str, ...] = ()  # damage or truncation met while parsing, for evidence

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), None)


# The kinds that fix an interview's time (a thank-you can follow its end).
TIMED_KINDS = frozenset({Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED})

# The classifier's rules whose message nobody wrote to the user: such mail names no contact
# and no employer, and restarts no clock (Signal.automated; older stored rows say it only by
# the rule name at the head of their evidence).
AUTOMATED_RULES = frozenset(
    {"auto-reply, not an answer", "out-of-office subject", "bulk newsletter or job alert"}
    | {"job alert", "out-of-office note", "an application not sent yet", "a notice without news"}
    | {"a status changed behind a log-in"}
)


@dataclass(frozen=True, slots=True)
class Session:
    """One conversation of an interview: with whom, when, about what. From an itinerary
    ("09:30-10:15 System design with Tomasz Wierzbicki, Staff Engineer") or a panel named in
    the text; `person.address` is "" when the mail names them without an address."""

    person: Person
    start: datetime | None = None
    end: datetime | None = None
    title: str = ""  # the session's own title ("System design"), "" when none is written
    job_title: str = ""  # the person's job title ("Staff Engineer"), "" when none is written


# What the user's own message does to an application (read in their new words only): accept
# the offer, decline it, or withdraw. Kinds are for employer mail; this is the user's side.
UserAct = Literal["", "accepted", "declined", "withdrew", "followed_up", "called_off"]


# Below this confidence a reading that would make a draft waits for the user ("needs a look").
CONFIDENT = 0.5
# How long an interview whose end is not given is taken to last where it must be assumed (a
# `latest_end`: the latest plausible start plus this); the policy's own default may differ.
ASSUMED_LENGTH = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Signal:
    """What one message means: its kind, the facts it states, and why we think so."""

    kind: Kind
    evidence: tuple[str, ...]
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    interviewers: tuple[Person, ...] = ()
    decision_by: date | None = None
    company: str | None = None
    role: str | None = None
    contact: Person | None = None  # the human at the employer this message lets us answer
    calendar_uid: str | None = None
    calendar_sequence: int = 0
    automated: bool = False  # bulk mail, newsletter, job alert, auto-reply: nobody wrote it
    confidence: float = 1.0  # 0..1; below CONFIDENT a trigger waits for the user's word
    language: str = ""  # ISO 639-1 of the writer's own words ("" unknown)
    reply_by: date | None = None  # an offer's answer-by date: the candidate's deadline
    sessions: tuple[Session, ...] = ()  # the interview's conversations, when the mail lists them
    latest_end: datetime | None = None  # zone uncertain: the latest the interview could end
    # the meeting's length the message states ("a 30-minute call"), in minutes: a reply that
    # fixes its time later in the thread may not say it again
    length_minutes: int | None = None
    # (its latest plausible start plus its length, or plus ASSUMED_LENGTH when none is given)
    not_interviewers: tuple[str, ...] = ()  # addresses the user said are no interviewers
    # who arranged the interview without taking part (a coordinator, a scheduler)
    coordinator: Person | None = None
    # people the message names with their address (text, signature, quoted history): what lets
    # an interviewer named earlier without an address be reached
    people: tuple[Person, ...] = ()
    user_act: UserAct = ""  # the user's own message accepts, declines or withdraws
    asks_references: bool = False  # the employer asks for references (or about their checks)
    confirmed: bool = False  # the user confirmed or corrected this reading: all it names is vouched
    # the sender's domain, when the mail names the company whose domain it is ("Harbor Labs",
    # dana@harbor-labs.example): what lets a colleague's next message be read as hiring mail
    employer_domain: str | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """A message as recorded in the store: where it was, who it is from, what it means."""

    key: str  # stable within the account (folder + UIDVALIDITY + UID, or file path)
    account: str
    folder: FolderRole
    envelope: Envelope
    signal: Signal
    from_user: bool


DraftStatus = Literal["made", "missed", "deleted"]


def recipient_key(people: Sequence[Person]) -> str:
    """The ledger's name for a set of recipients: their addresses, sorted, comma-joined."""
    return ",".join(sorted(p.address for p in people))


@dataclass(frozen=True, slots=True)
class DraftRecord:
    """A row of the drafts ledger: one (process, stage, recipient, occurrence), made once ever."""

    process_id: str
    stage: Stage
    recipient: str
    occurrence: int
    message_id: str  # deterministic Message-ID of the draft; the ledger key on the server
    at: datetime  # when it was made (or found missed)
    status: DraftStatus = "made"


# Action.extra key: a thank_you to someone who only arranged the interview, nobody met named
# (its wording thanks them for arranging; drafts/compose.py).
ARRANGED_ONLY = "arranged_only"


@dataclass(frozen=True, slots=True)
class Action:
    """A draft that is due: what `plan` decides and `compose` writes."""

    process_id: str
    stage: Stage
    to: tuple[Person, ...]
    due: datetime
    occurrence: int = 1
    cc: tuple[Person, ...] = ()
    answers: Envelope | None = None  # the message the draft replies to (its thread)
    late: bool = False
    company: str | None = None
    role: str | None = None
    interview_start: datetime | None = None
    decision_by: date | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())  # stage-specific facts for templates
    language: str = ""  # ISO 639-1 of the employer's own words in the conversation answered
    reply_by: date | None = None  # offer_reply: the date the offer asks an answer by
    interviewers: tuple[Person, ...] = ()  # the people of the interview it follows up on
    sessions: tuple[Session, ...] = ()  # that interview's sessions, when the mail lists them
    # the interviewers a draft names who are not its recipients (thank_you_via_contact: those
    # to thank through the recipient), each with their session's title when known
    named: tuple[Session, ...] = ()


class Outcome(StrEnum):
    """How an application process stands: open, or closed by news that ends it."""

    OPEN = "open"
    REJECTED = "rejected"
    OFFERED = "offered"
    WITHDRAWN = "withdrawn"  # the user withdrew their application
    ACCEPTED = "accepted"  # the user accepted its offer (confirmed: `news accepted`)
    DECLINED = "declined"  # the user declined its offer


@dataclass(frozen=True, slots=True)
class Interview:
    """One interview of a process as its messages leave it: moved by reschedules, dropped by
    cancellations; announced by several messages (a confirmation and an invite) it is one."""

    ordinal: int  # 1, 2, ... in order of announcement: stable as mail accumulates
    start: datetime
    end: datetime | None  # None when no length was given (the policy assumes one)
    interviewers: tuple[Person, ...]
    source: Envelope  # the message that fixed its current time
    uids: tuple[str, ...] = ()  # calendar UIDs of the invitations for it
    sequence: int = 0  # highest calendar SEQUENCE applied
    cancelled: bool = False
    moved_from: tuple[datetime, ...] = ()  # earlier starts, before reschedules moved it
    sessions: tuple[Session, ...] = ()  # its conversations, when the mail lists them
    latest_end: datetime | None = None  # zone uncertain: the latest it could end
    not_interviewers: tuple[str, ...] = ()  # the user said so: never thanked for it
    coordinator: Person | None = None  # who arranged it without taking part


@dataclass(frozen=True, slots=True)
class NeedsLook:
    """A message held for the user's word: until they confirm or correct it, it drafts
    nothing. Either its reading is doubtful (a trigger read with low confidence: held whole),
    or it names a `recipient` its application's mail does not vouch for (its reading stands;
    nothing goes to that address). `reason` says why."""

    observation: Observation
    reason: str
    recipient: str = ""  # the address not yet trusted ("" for a doubtful reading)


@dataclass(frozen=True, slots=True)
class Process:
    """One application at one employer, over every thread that belongs to it (POLICY.md)."""

    id: str  # stable across runs as mail accumulates: derived from the employer identity
    employer: str  # its mail domains ("acme.example, acme.co.uk"), else the id
    company: str | None
    role: str | None
    observations: tuple[Observation, ...]  # every message tied to it, oldest first
    interviews: tuple[Interview, ...] = ()
    contact: Person | None = None  # the employer contact: whom check-ins go to
    contact_message: Envelope | None = None  # the contact's latest message
    last_employer_message: Observation | None = None
    last_user_message: Observation | None = None
    decision_by: date | None = None  # the decision date still standing
    outcome: Outcome = Outcome.OPEN
    closed_by: Observation | None = None  # the message that closed it
    domains: tuple[str, ...] = ()  # the employer's own mail domains
    writers: tuple[tuple[str, Person], ...] = ()  # observation key -> the person it lets us answer
    needs_look: tuple[NeedsLook, ...] = ()  # held until the user's word, oldest first
    # what its own mail vouches for: a draft goes only there (processes/trust.py)
    vouched: frozenset[str] = frozenset()  # addresses
    vouched_domains: frozenset[str] = frozenset()  # registrable domains: any address there

    def held(self, observation: Observation) -> bool:
        """Whether this message's reading waits for the user: it then answers nothing."""
        return any(
            look.observation.key == observation.key and not look.recipient
            for look in self.needs_look
        )

    def vouches_for(self, address: str) -> bool:
        """Whether a draft may go to `address` without the user's word."""
        address = address.lower()
        domain = address.rpartition("@")[2]
        return address in self.vouched or any(
            domain == known or domain.endswith("." + known) for known in self.vouched_domains
        )

    def writer_of(self, observation: Observation) -> Person | None:
        """The person at the employer this message lets the user answer (None: no-reply)."""
        return next((p for key, p in self.writers if key == observation.key), None)

    @property
    def sent(self) -> tuple[Observation, ...]:
        """The user's own messages in this process, oldest first."""
        return tuple(o for o in self.observations if o.from_user)

    @property
    def interviewers(self) -> tuple[Person, ...]:
        seen: dict[str, Person] = {}
        for interview in self.interviews:
            for person in interview.interviewers:
                seen.setdefault(person.address, person)
        return tuple(seen.values())
