"""RFC 5322 bytes (a whole message, or only its header section) -> Mail.

The MIME structure comes from mime_tree, header values from mime_headers (their parameters
from mime_params), HTML text from mime_text, quote and signature separation from reply_split,
calendar events from invitations.
Only the first MAX_TEXT_BYTES of each text part are decoded, and MAX_MESSAGE_TEXT_BYTES of all
its text and HTML parts together (MAX_MESSAGE_ICS_BYTES of its calendar parts), so the memory
and time one message takes are bounded however many parts it has; attachment payloads are
never decoded except calendar data (.ics, text/calendar); what was cut or odd goes in
Mail.notes.
Any failure surfaces as errors.ParseError, nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from followupd.errors import ParseError
from followupd.mail.action_labels import without_action_labels
from followupd.mail.charsets import decode_text
from followupd.mail.invitations import CalendarData
from followupd.mail.mime_headers import (
    addresses,
    clean,
    header_text,
    message_ids,
    parse_date,
    received_date,
    synthetic_message_id,
)
from followupd.mail.mime_params import split_parameters
from followupd.mail.mime_text import MAX_HTML_CHARS, html_to_text
from followupd.mail.mime_tree import Part, decoded_body, read_top, read_tree
from followupd.mail.reply_split import quoted_pieces, split_reply
from followupd.model import CalendarEvent, Envelope, Mail

MAX_MESSAGE_BYTES = 40_000_000
MAX_TEXT_BYTES = 256_000
MAX_HTML_BYTES = 600_000
MAX_ICS_BYTES = 1_000_000
MAX_MESSAGE_TEXT_BYTES = 1_000_000  # text and HTML of all parts together
MAX_MESSAGE_ICS_BYTES = 2_000_000  # calendar data of all parts together
MAX_HEADERS_KEPT = 120
MAX_ATTACHMENTS = 100
MAX_KEPT_CALENDAR_BYTES = 65_536  # a calendar part kept read for the next (see _events)

_SKIPPED_HEADERS = frozenset(
    [
        "received",
        "dkim-signature",
        "x-google-dkim-signature",
        "arc-seal",
        "arc-message-signature",
        "arc-authentication-results",
        "authentication-results",
        "x-gm-message-state",
        "x-google-smtp-source",
        "x-received",
        "domainkey-signature",
        "x-forefront-antispam-report",
        "x-microsoft-antispam",
        "x-microsoft-antispam-message-info",
        "received-spf",
    ]
)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
_LEADING_BREAKS = re.compile(rb"[\r\n]*")
_BLANK_LINE = re.compile(rb"\n\r?\n")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv|antw|rv|r|réf)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


@dataclass(slots=True)
class _Body:
    """What the walk over MIME parts collects."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    events: list[CalendarEvent] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    text_left: int = MAX_MESSAGE_TEXT_BYTES  # of the budgets for the whole message
    ics_left: int = MAX_MESSAGE_ICS_BYTES
    # the last calendar part read, when small: the next part is often the same .ics again
    last_calendar: tuple[bytes, CalendarData] | None = None

    def take(self, limit: int, calendar: bool = False) -> int:
        """How many bytes the next part may decode (0: the message's budget is spent)."""
        left = self.ics_left if calendar else self.text_left
        if left <= 0:
            what = "calendar data" if calendar else "text"
            cap = MAX_MESSAGE_ICS_BYTES if calendar else MAX_MESSAGE_TEXT_BYTES
            self.notes.append(f"{what} beyond {cap} bytes in all skipped")
        return max(0, min(limit, left))

    def spent(self, size: int, calendar: bool = False) -> None:
        if calendar:
            self.ics_left -= size
        else:
            self.text_left -= size


def parse_message(data: bytes, head: Mail | None = None) -> Mail:
    """Parse one message; raises ParseError (only) when it cannot be read at all.

    `head`: this message's header block, already parsed; its envelope and headers are taken
    as they are instead of being read again from the same header section.
    """
    raw = _raw(data)
    try:
        return _parse(raw, head)
    except Exception as error:  # untrusted input: no library error may escape
        raise ParseError(f"unreadable message: {type(error).__name__}") from error


def parse_header_block(data: bytes) -> Mail:
    """A header section alone, as a header-first sync fetches it: the envelope and the header
    fields, read as parse_message reads them, and no body. Raises ParseError (only)."""
    raw = _raw(data)[:MAX_MESSAGE_BYTES]
    notes: list[str] = []
    try:
        root = read_top(raw)
        envelope = _envelope(root, _header_section(raw), notes)
        headers = _kept_headers(root)
    except Exception as error:  # untrusted input: no library error may escape
        raise ParseError(f"unreadable header block: {type(error).__name__}") from error
    return Mail(envelope=envelope, text="", headers=headers, notes=tuple(dict.fromkeys(notes)))


def _raw(data: bytes) -> bytes:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ParseError(f"expected bytes, got {type(data).__name__}")
    raw = bytes(data)
    if not raw.strip():
        raise ParseError("empty message")
    return raw


def _parse(raw: bytes, head: Mail | None) -> Mail:
    notes: list[str] = list(head.notes) if head else []
    if len(raw) > MAX_MESSAGE_BYTES:
        notes.append(f"message cut at {MAX_MESSAGE_BYTES} bytes")
    root = read_tree(raw, notes, MAX_MESSAGE_BYTES)  # (no copy of the part read)
    envelope = head.envelope if head else _envelope(root, _header_section(raw), notes)
    body = _Body(notes=notes)
    _walk(root, body)
    text, quoted, signature = _relayed(envelope, *_readable(body))
    return Mail(
        envelope=envelope,
        text=text,
        quoted=quoted,
        signature=signature,
        events=tuple(dict.fromkeys(body.events)),
        attachments=tuple(body.attachments),
        headers=head.headers if head else _kept_headers(root),
        notes=tuple(dict.fromkeys(body.notes)),
    )


def _header_section(raw: bytes) -> bytes:
    """The header section as hashed for a synthetic Message-ID: same for a HeaderBlock."""
    leading = _LEADING_BREAKS.match(raw)  # raw.lstrip(b"\r\n"), without copying the rest
    start = leading.end() if leading else 0
    # The first "\n\r?\n" is where the first "\r?\n\r?\n" is, or just after a "\r" that
    # rstrip drops anyway; a pattern that starts with a literal is found far sooner by sre.
    found = _BLANK_LINE.search(raw, start, start + 1_000_000)
    section = (raw[start : found.start()] if found else raw[start : start + 65_536]).rstrip(b"\r\n")
    return section or raw[start : start + 65_536]


def _all(part: Part, name: str) -> list[str]:
    return part.header_all(name)


def _envelope(root: Part, header_section: bytes, notes: list[str]) -> Envelope:
    ids = message_ids(root.header("message-id") or "", limit=1)
    if not ids:
        notes.append("message-id missing or malformed: synthesised")
    senders = addresses(_all(root, "from")) or addresses(_all(root, "sender"))
    in_reply_to = message_ids(root.header("in-reply-to") or "", limit=1)
    original = message_ids(root.header("x-microsoft-original-message-id") or "", limit=1)
    return Envelope(
        message_id=ids[0] if ids else synthetic_message_id(header_section),
        subject=header_text(root.header("subject") or ""),
        sender=senders[0] if senders else None,
        reply_to=addresses(_all(root, "reply-to")),
        to=addresses(_all(root, "to")),
        cc=addresses(_all(root, "cc")),
        date=_date(root, notes),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=message_ids(" ".join(_all(root, "references"))),
        thread_index=clean(root.header("thread-index") or "", 200) or None,
        original_message_id=original[0] if original else None,
    )


def _date(root: Part, notes: list[str]) -> datetime | None:
    stated = parse_date(root.header("date") or "")
    if stated is not None:
        return stated
    fallback = received_date(_all(root, "received")[:50])
    notes.append("date from Received" if fallback else "no usable date")
    return fallback


def _kept_headers(root: Part) -> tuple[tuple[str, str], ...]:
    kept: list[tuple[str, str]] = []
    for name, value in root.fields:
        key = name[:100].lower()  # a field name is printable ASCII without blanks (mime_tree)
        if key in _SKIPPED_HEADERS or key.startswith("x-ms-exchange-antispam"):
            continue
        kept.append((key, header_text(value[:4000])[:1000]))
        if len(kept) >= MAX_HEADERS_KEPT:
            break
    return tuple(kept)


def _walk(root: Part, body: _Body) -> None:
    """Visit the leaves in document order, without recursion."""
    pending = [root]
    while pending:
        part = pending.pop()
        if part.multipart:
            pending.extend(reversed(part.children))
        else:
            try:
                _read_leaf(part, body)
            except Exception as error:  # one damaged part must not lose the rest
                body.notes.append(f"unreadable part skipped ({type(error).__name__})")


def _read_leaf(part: Part, body: _Body) -> None:
    content_type, params = part.content_type()
    content_type = content_type or "text/plain"
    disposition, disposition_params = split_parameters(part.header("content-disposition") or "")
    name = _filename(disposition_params, params)
    lowered = name.lower()
    disposition = disposition.lower()
    if content_type in _CALENDAR_TYPES or lowered.endswith((".ics", ".vcs")):
        _attach(body, name)
        limit = body.take(MAX_ICS_BYTES, calendar=True)
        if not limit:
            return
        data, cut = decoded_body(part, limit)
        body.spent(len(data), calendar=True)
        if cut:
            body.notes.append("calendar part truncated")
        body.events.extend(_events(body, data, clean(params.get("method", ""), 40)))
    elif content_type in _TNEF_TYPES or lowered == "winmail.dat":
        _attach(body, name or "winmail.dat")
        body.notes.append("winmail.dat (TNEF) attachment not decoded")
    elif disposition == "attachment" or content_type == "message/rfc822":
        _attach(body, name or content_type)
    elif content_type == "text/html":
        body.html.append(_text(part, params, MAX_HTML_BYTES, body))
    elif content_type == "text/plain" or content_type.startswith("multipart/"):
        body.plain.append(_flowed(params, _text(part, params, MAX_TEXT_BYTES, body)))
    else:
        _attach(body, name)


def _events(body: _Body, data: bytes, method_hint: str) -> tuple[CalendarEvent, ...]:
    """The part's events; calendar data equal to the last part's is not read again (only
    small data is kept, so a message's memory bound is that of one calendar read at a time)."""
    if body.last_calendar is not None and body.last_calendar[0] == data:
        return body.last_calendar[1].events(method_hint)
    calendar = CalendarData(data)
    body.last_calendar = (data, calendar) if len(data) <= MAX_KEPT_CALENDAR_BYTES else None
    return calendar.events(method_hint)


def _attach(body: _Body, name: str) -> None:
    if name and len(body.attachments) < MAX_ATTACHMENTS:
        body.attachments.append(name)


def _filename(disposition_params: dict[str, str], type_params: dict[str, str]) -> str:
    name = disposition_params.get("filename") or type_params.get("name") or ""
    return header_text(name)[:255]


def _text(part: Part, params: dict[str, str], limit: int, body: _Body) -> str:
    allowed = body.take(limit)
    if not allowed:
        return ""
    data, cut = decoded_body(part, allowed)
    body.spent(len(data))
    if cut:
        body.notes.append(f"text part cut at {allowed} bytes")
    return decode_text(data, params.get("charset", ""), body.notes)


def _flowed(params: dict[str, str], text: str) -> str:
    """Unwrap format=flowed text (RFC 3676): a line ending in a space continues."""
    if params.get("format", "").lower() != "flowed":
        return text
    delete_space = params.get("delsp", "").lower() == "yes"
    out: list[str] = []
    joining = False
    for stuffed in text.replace("\r\n", "\n").split("\n"):
        line = stuffed[1:] if stuffed.startswith(" ") else stuffed
        soft = line.endswith(" ") and line != "-- "
        piece = line[:-1] if delete_space and soft else line
        if joining:
            out[-1] += piece
        else:
            out.append(piece)
        joining = soft
    return "\n".join(out)


def _relayed(envelope: Envelope, text: str, quoted: str, signature: str) -> tuple[str, str, str]:
    """A notice that relays someone's message quotes it ("Tim Becker hat Ihnen ein Dokument
    gesendet: > Hallo Jonas, ..."): in a message that answers none, one quoted block that no
    attribution introduces is the message's own content, read as its text."""
    if (
        not quoted
        or envelope.in_reply_to
        or envelope.references
        or _REPLY_SUBJECT.match(envelope.subject)
    ):
        return text, quoted, signature
    pieces = quoted_pieces(quoted)
    # (one introduced by a header block too, under a title and nothing more: a voicemail's
    # transcript under "Von: +49 89 ... / Datum: ...", an SMS gateway's "From: +33 6 ...")
    if len(pieces) != 1 or (pieces[0][0] and not _a_title(text)):
        return text, quoted, signature
    return f"{text}\n\n{pieces[0][1]}".strip(), "", signature


_TITLE_ONLY = 80


def _a_title(text: str) -> bool:
    """A notice's title alone ("Neue Sprachnachricht"): one short line, no sentence."""
    return len(text) <= _TITLE_ONLY and "\n" not in text and not any(c in text for c in ".?!")


_STUB_CHARS = 600
_MARKUP = re.compile(r"<[^<>]*>|&[#\w]+;")


def _readable(body: _Body) -> tuple[str, str, str]:
    """Plain text if there is some, else the HTML made readable; then split the reply."""
    plain = "\n\n".join(p for p in body.plain if p.strip())
    text = plain
    # A short plain part beside a much longer HTML one is a stub ("To view this message, open
    # it in an application that supports HTML"): the HTML holds what the message says.
    if body.html and len(plain.strip()) < _STUB_CHARS:
        markup = "\n".join(body.html)[:MAX_HTML_CHARS]
        words = len(plain.split())
        # (a count of the words outside tags first: the whole rendering only where it may win)
        if not plain.strip() or len(_MARKUP.sub(" ", markup).split()) > 2 * words:
            html = html_to_text(markup)
            if len(html.split()) > 2 * words:
                text = html
    if text is not plain or "://" in text:  # buttons, or links written out beside their label
        text = without_action_labels(text)
    text = _CONTROL_IN_TEXT.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return split_reply(text)
