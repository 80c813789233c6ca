"""One job seeker's mailbox, dated relative to now, for tests that run it against more than one
backend (Dovecot over IMAP, the test EWS server) and compare what each makes of it.

What is in it, and what the daemon must draft now:
- an interview confirmation with a calendar invitation from the hiring manager (sent from
  Outlook: it has a Thread-Index), for an interview that ended two hours ago: a thank-you to
  her, in her thread (and her Outlook conversation);
- the user's application to another employer (in Sent), and that employer's recruiter
  turning it down yesterday, in the same thread: a reply to the rejection;
- a newsletter and a job alert that speaks of interviews: nothing.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

ME = ("Alex Morgan", "alex.morgan@example.org")
INTERVIEWER = ("Maya Okafor", "maya.okafor@lumenworks.example")
RECRUITER = ("Jonas Weber", "jonas.weber@tidewater-labs.example")
INVITATION_ID = "<confirm-8812@mail.lumenworks.example>"
APPLICATION_ID = "<application-3391@mail.example.org>"
REJECTION_ID = "<decision-5520@tidewater-labs.example>"
# Outlook's conversation header block (22 bytes) on the confirmation, sent from Outlook
THREAD_INDEX = bytes.fromhex("01dc5f2a9b3c") + bytes.fromhex("6a1e4d2b8c7f4e0a9d3b5c6e7f8a9b0c")


@dataclass(frozen=True)
class Delivery:
    folder: str  # "inbox" or "sent"
    mime: bytes
    received: datetime


@dataclass(frozen=True)
class Expected:
    stage: str
    to: str
    in_reply_to: str
    references: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class JobSearch:
    me: str
    now: datetime
    deliveries: tuple[Delivery, ...]
    expected: tuple[Expected, ...]  # the drafts a first cycle makes now, by stage

    def expected_stage(self, stage: str) -> Expected:
        return next(e for e in self.expected if e.stage == stage)


def job_search(now: datetime) -> JobSearch:
    now = now.replace(second=0, microsecond=0)
    end = now - timedelta(hours=2)
    deliveries = (
        Delivery("sent", application(now - timedelta(days=12)), now - timedelta(days=12)),
        Delivery("inbox", confirmation(end, sent=now - timedelta(days=3)), now - timedelta(days=3)),
        Delivery("inbox", job_alert(now - timedelta(days=2)), now - timedelta(days=2)),
        Delivery("inbox", rejection(now - timedelta(days=1)), now - timedelta(days=1)),
        Delivery("inbox", newsletter(now - timedelta(hours=20)), now - timedelta(hours=20)),
    )
    expected = (
        Expected(
            "thank_you",
            INTERVIEWER[1],
            INVITATION_ID,
            (INVITATION_ID,),
            "Re: Interview confirmed: Backend Engineer at Lumenworks",
        ),
        Expected(
            "rejection_reply",
            RECRUITER[1],
            REJECTION_ID,
            (APPLICATION_ID, REJECTION_ID),
            "Re: Application: Data Platform Engineer",
        ),
    )
    return JobSearch(ME[1], now, deliveries, expected)


def _message(
    sender: tuple[str, str], to: tuple[str, str], subject: str, sent: datetime
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = f"{to[0]} <{to[1]}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    return message


def confirmation(end: datetime, *, sent: datetime) -> bytes:
    start = end - timedelta(minutes=45)
    message = _message(INTERVIEWER, ME, "Interview confirmed: Backend Engineer at Lumenworks", sent)
    message["Message-ID"] = INVITATION_ID
    message["Thread-Topic"] = "Interview confirmed: Backend Engineer at Lumenworks"
    message["Thread-Index"] = base64.b64encode(THREAD_INDEX).decode()
    message.set_content(
        "Hi Alex,\n\nThanks for making time for us. This confirms your interview for the "
        f"Backend Engineer position on {start:%A, %B %d} from {start:%H:%M} to {end:%H:%M} "
        "UTC, by video; you will meet me and we will go through a system you built. The "
        f"invitation is attached.\n\nLooking forward to it,\n{INTERVIEWER[0]}\n"
        "Head of Engineering, Lumenworks\n"
    )
    message.add_attachment(
        _invitation(start, end, sent).encode(),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return message.as_bytes()


def _invitation(start: datetime, end: datetime, sent: datetime) -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Lumenworks//Calendar//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:lumenworks-interview-8812",
            "SEQUENCE:0",
            f"DTSTAMP:{sent.strftime(stamp)}",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            "SUMMARY:Interview: Backend Engineer (Alex Morgan)",
            f"ORGANIZER;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={INTERVIEWER[0]};ROLE=CHAIR:mailto:{INTERVIEWER[1]}",
            f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT:mailto:{ME[1]}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def application(sent: datetime) -> bytes:
    message = _message(ME, RECRUITER, "Application: Data Platform Engineer", sent)
    message["Message-ID"] = APPLICATION_ID
    message.set_content(
        "Dear Jonas,\n\nPlease find my application for the Data Platform Engineer role at "
        "Tidewater Labs; my CV is attached as a link below. I have built streaming "
        "pipelines for six years and would be glad to tell you more.\n\nKind regards,\n"
        "Alex Morgan\n"
    )
    return message.as_bytes()


def rejection(sent: datetime) -> bytes:
    message = _message(RECRUITER, ME, "Re: Application: Data Platform Engineer", sent)
    message["Message-ID"] = REJECTION_ID
    message["In-Reply-To"] = APPLICATION_ID
    message["References"] = APPLICATION_ID
    message.set_content(
        "Dear Alex,\n\nThank you for your interest in the Data Platform Engineer role and for "
        "the time you put into your application. After careful consideration we have decided "
        "not to move forward with your application; we went with candidates whose "
        "experience is closer to what the team needs right now.\n\nWe wish you every "
        f"success in your search.\n\nBest regards,\n{RECRUITER[0]}\nTalent Partner, "
        "Tidewater Labs\n"
    )
    return message.as_bytes()


def newsletter(sent: datetime) -> bytes:
    message = _message(("Weekly Digest", "news@digest.example"), ME, "This week in gardening", sent)
    message["Message-ID"] = "<digest-77@digest.example>"
    message["List-Id"] = "<weekly.digest.example>"
    message["List-Unsubscribe"] = "<mailto:unsubscribe@digest.example>"
    message.set_content("Tomatoes, again.\n")
    return message.as_bytes()


def job_alert(sent: datetime) -> bytes:
    message = _message(
        ("Job Alerts", "alerts@jobs-board.example"), ME, "12 new Backend jobs for you", sent
    )
    message["Message-ID"] = "<alert-401@jobs-board.example>"
    message["List-Unsubscribe"] = "<https://jobs-board.example/unsubscribe>"
    message.set_content(
        "New jobs matching your search. Tip of the week: how to prepare for a technical "
        "interview. Senior Backend Engineer at Quarry (remote). Platform Engineer at Brightpath.\n"
    )
    return message.as_bytes()
