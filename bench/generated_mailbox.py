"""The bench's generated mailbox: the mix of mail a job seeker's inbox holds, reproducibly.

About 45 KB a message on average: newsletters (list mail, large HTML), personal mail, some
with big attachments, 1 % recruiting; 5 % of the personal mail is in Sent. `messages(count)`
yields them with their folder and arrival time, the same for the same count (seeded by it),
so imap_bench.py's Dovecot mailboxes and score_triage.py's figures read the same mail.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

VOCABULARY = """the of and to in is for on with that this our your new week more from by about
you are update team offer sale garden report market update product launch meeting notes
project travel photos family weekend dinner plans budget review design release schedule"""
WORDS = tuple(VOCABULARY.split())
TOPICS = ("gardening", "cycling", "home cooking", "photography", "jazz", "travel deals", "books")
PEOPLE = [f"{n}@friends.example" for n in ("kim", "lee", "pat", "sam", "ana", "joe", "mia")]
LISTS = [f"news{n}.example" for n in range(25)]
EMPLOYERS = [f"employer{n}.example" for n in range(12)]


def text(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
        if rng.random() < 0.08:
            words.append("\n")
    return " ".join(words)


def received_headers(rng: random.Random, count: int) -> str:
    return "".join(
        f"Received: from mx{rng.randint(1, 99)}.relay.example (mx.relay.example "
        f"[192.0.2.{rng.randint(1, 254)}]) by mail.example.org with ESMTPS id "
        f"{rng.getrandbits(64):x}; Mon, 2 Nov 2026 10:00:00 +0000\n"
        for _ in range(count)
    )


NEWSLETTER_SUBJECTS = (
    "This week in {w}",
    "Your {w} digest",
    "Top stories: {w} and more",
    "Flash sale: 30% off {w}",
    "New arrivals in {w}",
    "{w}: what you missed",
    "Issue {n}: {w}",
    "Weekend reading on {w}",
    "Special offer on {w}",  # a hiring word in a bulk subject: triage lets it through
    "Product update: {w}",
)


def newsletter(rng: random.Random, me: str, when: datetime, n: int) -> str:
    domain = rng.choice(LISTS)
    subject = rng.choice(NEWSLETTER_SUBJECTS).format(w=rng.choice(TOPICS), n=n)
    html = "".join(
        f'<tr><td style="padding:8px;font-family:Arial"><a href="https://{domain}/t/'
        f'{rng.getrandbits(48):x}">{text(rng, 60)}</a><p>{text(rng, 300)}</p></td></tr>\n'
        for _ in range(rng.randint(40, 110))
    )
    return (
        received_headers(rng, 3)
        + f"DKIM-Signature: v=1; a=rsa-sha256; d={domain}; s=s1; b={'A' * 340}\n"
        f"From: Newsletter <news@{domain}>\nTo: {me}\nSubject: {subject}\n"
        f"Date: {format_datetime(when)}\nMessage-ID: <nl{n}.{rng.getrandbits(32)}@{domain}>\n"
        f"List-Id: <weekly.{domain}>\nList-Unsubscribe: <https://{domain}/u/{n}>\n"
        "Precedence: bulk\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        f"<html><body><table>{html}</table></body></html>\n"
    )


def personal(rng: random.Random, me: str, when: datetime, n: int, attach: bool) -> str:
    friend = rng.choice(PEOPLE)
    body = text(rng, rng.randint(300, 6000))
    head = (
        received_headers(rng, 2) + f"From: {friend.split('@')[0].title()} <{friend}>\nTo: {me}\n"
        f"Subject: {text(rng, 30).strip()}\nDate: {format_datetime(when)}\n"
        f"Message-ID: <p{n}.{rng.getrandbits(32)}@friends.example>\nMIME-Version: 1.0\n"
    )
    if not attach:
        return head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    blob = base64.encodebytes(rng.randbytes(rng.randint(150_000, 650_000))).decode()
    return (
        head + 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n'
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n--b1\n"
        'Content-Type: application/pdf; name="photos.pdf"\n'
        "Content-Transfer-Encoding: base64\n"
        f'Content-Disposition: attachment; filename="photos.pdf"\n\n{blob}--b1--\n'
    )


def recruiting(rng: random.Random, me: str, when: datetime, n: int) -> str:
    domain = rng.choice(EMPLOYERS)
    start = when + timedelta(days=rng.randint(2, 6), hours=rng.randint(0, 6))
    kind = rng.choice(["interview", "received", "holding"])
    lines = {
        "interview": f"I'd like to confirm your interview on {start:%A, %B %d} at "
        f"{start:%I:%M %p} UTC with our hiring manager. It will last one hour.",
        "received": "Thank you for applying. We have received your application and will "
        "review it shortly.",
        "holding": "Thank you for your patience. We are still reviewing candidates and "
        "expect to get back to you by the end of next week.",
    }
    return (
        received_headers(rng, 2) + f"From: Recruiter {n} <talent{n}@{domain}>\nTo: {me}\n"
        f"Subject: Your application for Software Engineer at {domain}\n"
        f"Date: {format_datetime(when)}\nMessage-ID: <r{n}.{rng.getrandbits(32)}@{domain}>\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHi,\n\n{lines[kind]}\n\n"
        f"Best regards,\nRecruiter {n}\n{text(rng, 2000)}\n"
    )


@dataclass(frozen=True, slots=True)
class Generated:
    folder: str  # "INBOX" or "Sent"
    when: datetime  # its arrival
    data: bytes  # CRLF line ends, as a server stores it
    kind: str  # "recruiting", "newsletter", "personal", "attachment"
    seen: bool  # flagged \\Seen (read) in the mailbox


def messages(
    count: int, me: str, *, span_days: int = 150, now: datetime | None = None
) -> Iterator[Generated]:
    """`count` messages arriving over the last `span_days` (the default spreads them as the
    bench always did, so the same count gives the same mailbox)."""
    rng = random.Random(count)
    now = now or datetime.now(UTC)
    for n in range(count):
        when = now - timedelta(minutes=rng.randint(60, span_days * 24 * 60))
        roll = rng.random()
        if roll < 0.01:
            body, kind = recruiting(rng, me, when, n), "recruiting"
        elif roll < 0.55:
            body, kind = newsletter(rng, me, when, n), "newsletter"
        elif roll < 0.95:
            body, kind = personal(rng, me, when, n, attach=False), "personal"
        else:
            body, kind = personal(rng, me, when, n, attach=True), "attachment"
        folder = "Sent" if 0.9 < roll < 0.95 else "INBOX"  # some of the user's own mail
        seen = rng.random() < 0.7
        yield Generated(folder, when, body.replace("\n", "\r\n").encode(), kind, seen)


def company_names(count: int) -> list[str]:
    """Made-up employer names, none inside another (so none reads as the same employer)."""
    rng = random.Random(300)
    names: list[str] = []
    while len(names) < count:
        name = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
        if all(name not in other and other not in name for other in names):
            names.append(name)
    return names


def invitation(company: str, n: int, me: str, now: datetime, interviewers: int) -> bytes:
    """An interview confirmation with a calendar invitation, the interview over an hour ago
    (n * 10 minutes earlier), so a thank-you per interviewer is due now."""
    domain = f"{company}.example"
    start = (now - timedelta(hours=4, minutes=10 * n)).replace(second=0, microsecond=0)
    end = start + timedelta(hours=1)
    sent = now - timedelta(days=3, minutes=n)
    people = [(f"Person{n}{k} Lastname{k}", f"p{k}.{n}@{domain}") for k in range(interviewers)]
    stamp = "%Y%m%dT%H%M%SZ"
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Bench//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:interview-{n}@{domain}",
            "SEQUENCE:0",
            f"DTSTAMP:{sent.strftime(stamp)}",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            "SUMMARY:Interview: Engineer - Bench User",
            f"ORGANIZER;CN=Recruiting:mailto:careers@{domain}",
            *[f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{a}" for name, a in people],
            f"ATTENDEE;CN=Bench User;ROLE=REQ-PARTICIPANT:mailto:{me}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message = EmailMessage()
    message["From"] = f"{company.title()} Careers <careers@{domain}>"
    message["To"] = f"Bench User <{me}>"
    message["Subject"] = f"Interview confirmation: Engineer at {company.title()}"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<invite-{n}@{domain}>"
    names = " and ".join(name for name, _ in people)
    message.set_content(
        f"Hi,\n\nThank you for your interest in the Engineer role at {company.title()}. I'm "
        f"happy to confirm your interview on {start:%A, %B %d, %Y} from {start:%H:%M} to "
        f"{end:%H:%M} UTC with {names}. The calendar invitation is attached.\n\nBest regards,\n"
        f"Alex Morgan\nTalent Partner, {company.title()}\n"
    )
    message.add_attachment(
        ics.encode(),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def interviews(processes: int, drafts: int, me: str, now: datetime) -> Iterator[Generated]:
    """`processes` employers, each with an interview just over, `drafts` interviewers in all
    (one or two each): `drafts` thank-you notes due now, one process each employer."""
    twice = drafts - processes
    for n, company in enumerate(company_names(processes)):
        data = invitation(company, n, me, now, 2 if n < twice else 1)
        yield Generated("INBOX", now - timedelta(days=3, minutes=n), data, "recruiting", True)


def rejection(n: int, me: str, now: datetime) -> bytes:
    """A rejection from an employer of its own (a reply to it is due at once)."""
    company = company_names(1000 + n + 1)[1000 + n]
    return (
        f"From: Dana Lee <dana@{company}.example>\r\nTo: Bench User <{me}>\r\n"
        f"Subject: Your application for Engineer at {company.title()}\r\n"
        f"Date: {format_datetime(now)}\r\nMessage-ID: <rejection-{n}@{company}.example>\r\n\r\n"
        f"Hi,\r\n\r\nThank you for your interest in the Engineer role at {company.title()}. "
        "After careful consideration, we have decided not to move forward with your "
        "application.\r\n\r\nBest regards,\r\nDana Lee\r\n"
    ).encode()
