"""parse_message: envelope fields from real-world, often damaged, headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followupd.errors import ParseError
from followupd.mail.mime_headers import decode_words, message_ids
from followupd.mail.parse import parse_header_block, parse_message
from followupd.model.domain import Person

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_rfc2047_subject_joins_adjacent_words_across_charsets() -> None:
    mail = parse_message(fixture("rfc2047.eml"))
    assert mail.envelope.subject == "Entrevista técnica für Sie - next steps"


def test_rfc2047_display_names_decoded_and_addresses_lowercased() -> None:
    envelope = parse_message(fixture("rfc2047.eml")).envelope
    assert envelope.sender == Person("jose.garcia@example.com", "José García")
    assert envelope.to == (
        Person("juergen@example.org", "Müller, Jürgen"),
        Person("plain@example.org", "Plain Name"),
    )
    assert envelope.cc == (Person("yamada@example.jp", "山田"),)


def test_encoded_crlf_in_display_name_cannot_smuggle_a_header_line() -> None:
    (reply_to,) = parse_message(fixture("rfc2047.eml")).envelope.reply_to
    assert reply_to.address == "jobs@example.com"
    assert "\r" not in reply_to.name and "\n" not in reply_to.name
    assert reply_to.name == "Recruiting Bcc: evil@example.net"


def test_multibyte_character_split_across_encoded_words_is_rejoined() -> None:
    # "é" is C3 A9 in UTF-8; each encoded word carries one byte of it.
    assert decode_words("=?utf-8?Q?Ren=C3?= =?utf-8?Q?=A9e?=") == "Renée"


def test_date_keeps_the_senders_offset() -> None:
    envelope = parse_message(fixture("rfc2047.eml")).envelope
    assert envelope.date == datetime(2026, 3, 3, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    assert envelope.date is not None and envelope.date.utcoffset() == timedelta(hours=1)


def test_missing_date_falls_back_to_the_newest_received() -> None:
    mail = parse_message(fixture("missing_date.eml"))
    expected = datetime(2026, 3, 5, 14, 0, 9, tzinfo=timezone(timedelta(hours=-8)))
    assert mail.envelope.date == expected
    assert mail.envelope.date is not None and mail.envelope.date.utcoffset() == timedelta(hours=-8)
    assert "date from Received" in mail.notes


def test_date_without_zone_falls_back_to_received() -> None:
    mail = parse_message(fixture("naive_date.eml"))
    assert mail.envelope.date == datetime(2026, 3, 6, 8, 30, tzinfo=UTC)


def test_no_date_and_no_received_gives_none() -> None:
    mail = parse_message(b"From: a@example.com\r\nSubject: x\r\n\r\nbody\r\n")
    assert mail.envelope.date is None
    assert "no usable date" in mail.notes


def test_malformed_message_id_is_read_leniently() -> None:
    envelope = parse_message(fixture("malformed_message_id.eml")).envelope
    assert envelope.message_id == "<20260309120000.GA1234@host.example.com>"
    assert envelope.in_reply_to == "<foo@bar>"
    assert envelope.references == (
        "<a1@example.com>",
        "<a2@example.com>",
        "<broken>",
        "<a3@example.com>",
    )


def test_message_ids_that_break_the_default_policy_do_not_break_parse() -> None:
    # email.policy.default raises on these in Python 3.11; we read them leniently.
    raw = b"Message-ID: <[@]>\r\nIn-Reply-To: <\r\nReferences: <<<\r\nFrom: a@example.com\r\n\r\nx"
    mail = parse_message(raw)
    assert mail.envelope.message_id == "<[@]>"
    assert mail.envelope.in_reply_to is None


def test_missing_message_id_is_synthesised_deterministically_from_the_header() -> None:
    first = parse_message(fixture("no_message_id.eml"))
    second = parse_message(fixture("no_message_id.eml"))
    assert first.envelope.message_id == second.envelope.message_id
    assert first.envelope.message_id.endswith("@followupd.invalid>")
    header_only = fixture("no_message_id.eml").split(b"\n\n")[0]
    for ending in (b"\n\n", b"\n", b""):
        envelope = parse_message(header_only + ending).envelope
        assert envelope.message_id == first.envelope.message_id
    other = parse_message(fixture("no_message_id.eml").replace(b"No id", b"No ID"))
    assert other.envelope.message_id != first.envelope.message_id


def test_header_only_block_gives_envelope_and_empty_text() -> None:
    raw = fixture("outlook_invite_windows_zone.eml")
    header = raw[: raw.index(b"\r\n\r\n") + 4]
    mail = parse_message(header)
    assert mail.text == ""
    assert mail.events == ()
    assert mail.envelope.subject == "Vorstellungsgespräch: Alex Morgan"
    assert mail.envelope.message_id == parse_message(raw).envelope.message_id
    assert (
        mail.header(
            "content-type",
        )
        is not None
    )
    assert mail.header("x-ms-exchange-calendar-series-instance-id") is not None


def test_rules_headers_are_kept_lowercase_and_bulky_ones_dropped() -> None:
    mail = parse_message(fixture("missing_date.eml"))
    names = [name for name, _ in mail.headers]
    assert "from" in names and "subject" in names
    assert "received" not in names
    assert all(name == name.lower() for name in names)


def test_raw_utf8_and_latin1_bytes_in_headers_are_decoded() -> None:
    raw = "Subject: Café – déjà vu\r\nFrom: Zoë <zoe@example.com>\r\n\r\nx".encode()
    mail = parse_message(raw)
    assert mail.envelope.subject == "Café – déjà vu"
    assert mail.envelope.sender == Person("zoe@example.com", "Zoë")
    latin = parse_message(fixture("broken_charset.eml"))
    assert latin.envelope.subject == "Café chat"


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n"])
def test_empty_input_raises_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        parse_message(data)


def test_non_bytes_input_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_message("From: a@example.com\r\n\r\nx")  # type: ignore[arg-type]


def test_address_list_forms() -> None:
    from followupd.mail.address_list import address_pairs

    assert address_pairs(
        '"Lee, Dana" <dana@example.com>, bob@example.com (Bob Smith), '
        "team: ann@example.com, <@relay.example:cy@example.com>;, Zoe <zoe@example.com>"
    ) == [
        ("Lee, Dana", "dana@example.com"),
        ("Bob Smith", "bob@example.com"),
        ("", "ann@example.com"),
        ("", "cy@example.com"),
        ("Zoe", "zoe@example.com"),
    ]


def test_hostile_address_headers_neither_raise_nor_lose_the_message() -> None:
    # email.utils.getaddresses recurses once per nested comment: RecursionError.
    raw = b"From: " + b"(" * 30_000 + b" <a@example.com>\r\nSubject: still here\r\n\r\nbody"
    mail = parse_message(raw)
    assert mail.envelope.subject == "still here"
    assert mail.text == "body"
    many = b"To: " + b'"x\\' * 10_000 + b"\r\nCc: " + b"<@" * 10_000 + b"\r\n\r\nbody"
    assert parse_message(many).text == "body"


def _header_section(data: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        if separator in data:
            return data.split(separator, 1)[0] + separator
    return data


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES.parent / "parse").glob("*.eml"))
    + sorted((FIXTURES.parent / "classify").glob("*.eml")),
    ids=lambda path: path.name,
)
def test_a_header_block_reads_as_the_header_of_the_whole_message(path: Path) -> None:
    section = _header_section(path.read_bytes())
    try:
        expected = parse_message(section)
    except ParseError:
        with pytest.raises(ParseError):
            parse_header_block(section)
        return
    head = parse_header_block(section)
    assert head.envelope == expected.envelope
    assert head.headers == expected.headers
    assert (head.text, head.events) == ("", ())
    whole = parse_message(path.read_bytes(), head)
    assert whole == parse_message(path.read_bytes())


def test_thread_ids_a_mailer_encoded_as_words_are_read() -> None:
    # Python's email package folds a long References this way; some ATS mailers send it so.
    root = "<SY4PR72MB30058FF81AA0EA86FAA64E43F70C@SY4PR72MB3005.ausprd13.prod.outlook.com>"
    encoded = (
        "=?utf-8?q?=3CSY4PR72MB30058FF81AA0EA86FAA64E43F70C=40SY4PR72MB3?=\r\n"
        " =?utf-8?q?005=2Eausprd13=2Eprod=2Eoutlook=2Ecom=3E?="
    )
    assert message_ids(encoded) == (root,)
