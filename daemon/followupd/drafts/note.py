"""The INBOX note: a message from the user to the user saying what is waiting in Drafts.

Composed like a draft (header-safe values, the user's own address, CRLF), never sent anywhere:
the engine puts it straight into INBOX, unread and not a draft. One a day: its Message-ID is a
function of the day and the address, so the day's note is replaced, not added to, when a
later cycle that day drafts more. It says, per draft, the employer, the stage, to whom and why
now; then what waits for the user's word (questions, with the command that answers each) and
what needs a look. Written in English, as the command line is.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.drafts.headers import DRAFT_POLICY, MAX_NAME, clean_address, clean_text, domain_of
from followupd.errors import DraftError
from followupd.model import Me

NOTE_HEADER = "X-Followupd-Note"  # the note is never sent: nobody but the user sees it
MAX_LINE = 300


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One draft made that day."""

    company: str
    stage: str
    to: str
    why: str  # why now, as a phrase ("after your interview on Tue Mar 10")


@dataclass(frozen=True, slots=True)
class NoteQuestion:
    text: str
    command: str


@dataclass(frozen=True, slots=True)
class NoteContent:
    day: date  # the user's local day
    drafts: tuple[NoteEntry, ...] = ()
    questions: tuple[NoteQuestion, ...] = ()
    looks: tuple[str, ...] = ()  # readings held for a look, stages missed

    @property
    def subject(self) -> str:
        count = len(self.drafts)
        if count:
            waiting = f"{count} follow-up{'s are' if count > 1 else ' is'} waiting in Drafts"
        else:
            asked = len(self.questions)
            waiting = f"{asked} question{'s' if asked > 1 else ''} about your applications"
        return f"followupd: {waiting}"


def note_message_id(day: date, from_address: str) -> str:
    """The day's note's Message-ID: the same day and address give the same id."""
    key = f"note\x1f{day.isoformat()}\x1f{from_address.strip().lower()}"
    digest = hashlib.sha256(key.encode("utf-8")).digest()[:10]
    token = base64.b32encode(digest).decode("ascii").lower()
    return f"<followupd-note.{day:%Y%m%d}.{token}@{domain_of(from_address)}>"


def compose_note(content: NoteContent, me: Me, from_address: str, now: datetime) -> EmailMessage:
    """The note as a message from the user to the user, dated `now` in the user's zone."""
    address = clean_address(from_address)
    if address is None:
        raise DraftError(f"cannot write the INBOX note to {from_address!r}: not an address")
    person = Address(display_name=clean_text(me.name, MAX_NAME), addr_spec=address)
    message = EmailMessage(policy=DRAFT_POLICY)
    message["Date"] = format_datetime(_local(now, me.timezone))
    message["From"] = person
    message["To"] = person
    message["Subject"] = content.subject
    message["Message-ID"] = note_message_id(content.day, address)
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-reply answers it
    message[NOTE_HEADER] = content.day.isoformat()
    text = "\n".join(note_lines(content)) + "\n"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    return message


def note_lines(content: NoteContent) -> list[str]:
    lines: list[str] = []
    if content.drafts:
        count = len(content.drafts)
        plural = "s are" if count > 1 else " is"
        lines += [f"{count} follow-up{plural} waiting in your Drafts folder ({_day(content)}):", ""]
        for entry in content.drafts:
            lines.append(f"  {_clean(entry.company)}: {entry.stage} to {_clean(entry.to)}")
            lines.append(f"    {_clean(entry.why)}")
        lines.append("")
    if content.questions:
        lines += ["Waiting for your word (nothing is drafted until you answer):", ""]
        for question in content.questions:
            lines += [f"  {_clean(question.text)}", f"    {_clean(question.command)}"]
        lines.append("")
    if content.looks:
        lines += ["Needs a look:", ""]
        lines += [f"  {_clean(look)}" for look in content.looks]
        lines.append("")
    lines += [
        "Nothing has been sent: review each draft, edit it, and send it from your mail client.",
        "(`followupd status` shows every application and what comes next.)",
        "",
        "-- followupd",
    ]
    return lines


def _day(content: NoteContent) -> str:
    return f"{content.day:%A}, {content.day:%B} {content.day.day}"


def _clean(text: str) -> str:
    return clean_text(text, MAX_LINE)


def _local(moment: datetime, timezone: str) -> datetime:
    try:
        return moment.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment
