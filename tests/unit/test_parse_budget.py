"""Memory and time bounded per message, whatever arrives: a text budget across parts, header
lines, calendar components, addresses; calendar addresses that are addresses; linear reply
splitting. The red team's worst cases at full size are in bench/hostile_mail.py."""

from __future__ import annotations

import time
import tracemalloc

from followupd.mail import parse_message
from followupd.mail.invitations import read_events
from followupd.mail.parse import MAX_MESSAGE_TEXT_BYTES
from followupd.mail.reply_split import split_reply

HEAD = (
    "From: Dana Lee <dana@acme.example>\r\nTo: alice@example.com\r\n"
    "Subject: Your interview\r\nDate: Mon, 04 May 2026 10:00:00 +0000\r\n"
    "Message-ID: <budget@acme.example>\r\nMIME-Version: 1.0\r\n"
)
LINE = "We would like to invite you to interview on Tuesday at 2pm. Gr\U0001f600ße.\r\n"


def many_parts(parts: int, lines: int) -> bytes:
    chunks = [HEAD, 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n']
    for _ in range(parts):
        chunks.append("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + LINE * lines)
    chunks.append("--b--\r\n")
    return "".join(chunks).encode()


def test_the_text_of_all_parts_together_is_capped() -> None:
    mail = parse_message(many_parts(300, 200))  # 300 parts of 14 KB: 4 MB of text
    assert len(mail.text.encode()) <= MAX_MESSAGE_TEXT_BYTES
    assert any("text beyond" in note for note in mail.notes)
    small = parse_message(many_parts(3, 5))
    assert small.text.count("invite you") == 15 and not any("beyond" in n for n in small.notes)


def test_a_message_of_many_small_text_parts_reads_in_bounded_memory() -> None:
    """30 MB of text in 300 parts: the red team saw 1.7 GB and 5 s before the budget."""
    data = many_parts(300, 1400)
    assert len(data) > 30_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        parse_message(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40_000_000  # beyond the message's own bytes: its parts are not copied
    assert time.perf_counter() - started < 10


def test_a_million_header_lines_are_never_split_whole() -> None:
    filler = "".join(f"X-Filler-{n}: value\r\n" for n in range(1_000_000))
    data = (HEAD + filler + "\r\nWe would like to invite you to interview.\r\n").encode()
    tracemalloc.start()
    try:
        mail = parse_message(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30_000_000
    assert mail.envelope.message_id == "<budget@acme.example>"
    assert "invite you" in mail.text
    assert len(mail.headers) <= 120


def test_a_calendar_of_a_hundred_thousand_events_reads_only_its_first_ones() -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:{n}@acme.example\r\nDTSTART:20260505T140000Z\r\n"
        "SUMMARY:Interview\r\nEND:VEVENT\r\n"
    )
    text = "BEGIN:VCALENDAR\r\n" + "".join(event.format(n=n) for n in range(100_000))
    data = text.encode() + b"END:VCALENDAR\r\n"
    tracemalloc.start()
    try:
        events = read_events(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert 0 < len(events) <= 50
    assert peak < 9_000_000  # the first hundreds of components, not the 1 MB's thousands


def test_calendar_addresses_with_line_breaks_or_controls_are_no_addresses() -> None:
    attendees = [
        "dana@acme.example\\nX-Injected: 1",  # an escaped newline, unescaped by the reader
        "omar@acme.example\u0085X-Injected: 1",
        "lena@acme.example\u2028x",
        "ravi@acme.example\x1b[31m",
        "ines@acme.example",
    ]
    lines = "".join(f"ATTENDEE;CN=Person:mailto:{a}\r\n" for a in attendees)
    calendar = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "DTSTART:20260505T140000Z\r\nORGANIZER;CN=Org\u0085X:mailto:org@acme.example\r\n"
        f"{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    [event] = read_events(calendar)
    found = [p.address for p in event.attendees]
    assert found == ["ines@acme.example"]
    assert event.organizer is not None and event.organizer.name.isprintable()
    assert all(a.isprintable() for a in found)


def test_reply_splitting_stays_linear_on_hostile_lines() -> None:
    """Lines that start like an attribution and end in colons and blanks: each is looked at a
    bounded number of times, whatever its length."""
    hostile = "On wrote" + ":" * 150 + " " * 20_000 + "x"
    text = "\n".join([hostile] * 200 + ["Best regards" + " " * 50_000] + ["\n"] * 10_000)
    started = time.perf_counter()
    split_reply(text)
    assert time.perf_counter() - started < 2


def test_reply_splitting_still_finds_attributions_and_sign_offs() -> None:
    text = "Thanks, see you Tuesday.\n\nBest regards,\nDana\n\nOn Mon, May 4, Alice wrote:\n> hi"
    own, quoted, signature = split_reply(text)
    assert own == "Thanks, see you Tuesday." and quoted.startswith("On Mon")
    assert signature.startswith("Best regards")
