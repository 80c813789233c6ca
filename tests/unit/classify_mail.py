"""Builds small, realistic .eml messages for the classifier's tests (helper "classify")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

from followupd.mail.parse import parse_message
from followupd.model import Envelope, Person
from followupd.model.domain import Signal
from followupd.understand.classifier import classify
from followupd.understand.thread import Earlier, thread_context

ME = "sam.lee@example.net"
EST = timezone(timedelta(hours=-5))
DEFAULT_DATE = datetime(2026, 3, 2, 10, 15, tzinfo=EST)  # a Monday
THREAD_START = datetime(2026, 3, 2, 9, 0, tzinfo=EST)  # the Monday a test thread begins


def eml(
    body: str,
    subject: str = "Hello",
    sender: str = "Dana Cole <dana.cole@acme.example>",
    to: str = f"Sam Lee <{ME}>",
    date: datetime = DEFAULT_DATE,
    headers: Sequence[tuple[str, str]] = (),
    ics: str | None = None,
    html: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{abs(hash((subject, body))) % 10**12}@test.example>"
    for name, value in headers:
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    if ics is not None:
        message.add_attachment(
            ics.encode(), maintype="text", subtype="calendar", filename="invite.ics"
        )
    return bytes(message)


def vevent(
    start: str = "20260310T140000",
    end: str | None = "20260310T150000",
    tzid: str = "America/New_York",
    method: str = "REQUEST",
    summary: str = "Interview: Sam Lee - Data Engineer",
    organizer: tuple[str, str] = ("Dana Cole", "dana.cole@acme.example"),
    attendees: Sequence[tuple[str, str]] = (("Sam Lee", ME),),
    rooms: Sequence[tuple[str, str]] = (),
    sequence: int = 0,
    uid: str = "evt-1@acme.example",
    description: str = "",
    status: str = "CONFIRMED",
) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", f"METHOD:{method}"]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    lines += [f"DTSTART;TZID={tzid}:{start}", "DTSTAMP:20260301T120000Z"]
    if end:
        lines.append(f"DTEND;TZID={tzid}:{end}")
    lines += [f"SUMMARY:{summary}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, address in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN={name}:mailto:{address}")
    for name, address in rooms:
        lines.append(f"ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN={name}:mailto:{address}")
    if description:
        escaped = description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")
        lines.append(f"DESCRIPTION:{escaped}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def signal_of(data: bytes, me: Sequence[str] = (ME,)) -> Signal:
    return classify(parse_message(data), frozenset(me))


def kind_of(data: bytes, me: Sequence[str] = (ME,)) -> str:
    return signal_of(data, me).kind.value


def earlier(
    n: int,
    signal: Signal,
    from_user: bool = False,
    *,
    writer: Person,
    subject: str = "Re: the role",
) -> Earlier:
    """A thread's earlier message `n` hours after THREAD_START, written by `writer` (or the
    user), with what it meant: the context a reply is read in."""
    domain = writer.address.partition("@")[2]
    envelope = Envelope(
        message_id=f"<thread-{n}@{domain}>",
        subject=subject,
        sender=Person(ME, "Sam Lee") if from_user else writer,
        to=(),
        date=THREAD_START + timedelta(hours=n),
    )
    return Earlier(envelope, signal, from_user)


def reply_in_thread(
    body: str, *earlier_messages: Earlier, sender: str, subject: str, days: int
) -> Signal:
    """A reply written `days` after THREAD_START, read with its thread's earlier messages."""
    data = eml(body, subject=subject, sender=sender, date=THREAD_START + timedelta(days=days))
    return classify(parse_message(data), frozenset({ME}), thread_context(earlier_messages))
