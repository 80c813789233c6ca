"""parse_message on hostile and damaged input: a Mail or a ParseError, nothing else, quickly."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.errors import ParseError
from followupd.mail.invitations import read_events
from followupd.mail.mime_tree import MAX_HEADER_LINES
from followupd.mail.parse import parse_message
from followupd.model.domain import Mail

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "messages"
# Our own fixtures, plus the shared corpus's messages when it is there.
SEEDS = sorted(p.read_bytes() for folder in (FIXTURES, CORPUS) for p in folder.glob("*.eml"))
ROBUST = settings(
    deadline=timedelta(seconds=2),
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def cpython_email_data() -> Path | None:
    try:
        import test
    except ImportError:
        return None
    folder = Path(os.path.dirname(test.__file__)) / "test_email" / "data"
    return folder if folder.is_dir() else None


def parse_or_parse_error(data: bytes) -> Mail | None:
    try:
        return parse_message(data)
    except ParseError:
        return None


def test_every_message_of_cpythons_email_test_data() -> None:
    folder = cpython_email_data()
    if folder is None:
        pytest.skip("this Python ships without test/test_email/data")
    files = sorted(folder.iterdir())
    messages = [f for f in files if f.name.startswith("msg_")]
    assert len(messages) > 40
    for path in files:
        result = parse_or_parse_error(path.read_bytes())
        if path in messages:
            assert isinstance(result, Mail), path.name


@ROBUST
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    parse_or_parse_error(data)


@ROBUST
@given(
    seed=st.sampled_from(SEEDS),
    cuts=st.lists(
        st.tuples(st.floats(0, 1), st.integers(0, 400), st.binary(max_size=64)), max_size=6
    ),
)
def test_mutated_real_messages(seed: bytes, cuts: list[tuple[float, int, bytes]]) -> None:
    data = seed
    for where, length, insert in cuts:
        at = int(where * len(data))
        data = data[:at] + insert + data[at + length :]
    parse_or_parse_error(data)


@ROBUST
@given(st.text(max_size=2000))
def test_arbitrary_calendar_text(text: str) -> None:
    read_events(text)
    read_events("BEGIN:VCALENDAR\nBEGIN:VEVENT\n" + text + "\nEND:VEVENT\nEND:VCALENDAR")


def test_deeply_nested_multipart_is_capped() -> None:
    depth = 3000
    head = b"From: a@example.com\r\n"
    parts = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    mail = parse_message(head + parts + b"Content-Type: text/plain\r\n\r\ndeep\r\n")
    assert mail.envelope.sender is not None
    assert any("too deep" in note for note in mail.notes)


def test_many_parts_many_headers_and_long_lines() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart\r\n" for _ in range(5000))
    headers = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"v" * 50) for i in range(1500))
    to = b"To: " + b", ".join(b"p%d@example.com" % i for i in range(20000)) + b"\r\n"
    raw = (
        b"From: a@example.com\r\nSubject: "
        + b"s" * 200_000
        + b"\r\n"
        + to
        + headers
        + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        + parts
        + b"--b--\r\n"
    )
    mail = parse_message(raw)
    assert len(mail.envelope.to) <= 200
    assert len(mail.headers) <= 120
    assert len(mail.envelope.subject) <= 4000
    assert any("parts" in note for note in mail.notes)
    assert mail.text.startswith("part\n\npart")


def test_header_lines_beyond_the_cap_are_ignored_not_fatal() -> None:
    filler = b"".join(b"X-Filler-%d: v\r\n" % i for i in range(MAX_HEADER_LINES + 10))
    mail = parse_message(b"From: a@example.com\r\n" + filler + b"Subject: late\r\n\r\nbody\r\n")
    assert mail.envelope.subject == ""
    assert mail.text == "body"
