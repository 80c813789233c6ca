"""The pure half of the EWS backend: cursors, header blocks, slim messages, threading headers."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from email import message_from_bytes
from email.parser import BytesHeaderParser
from types import SimpleNamespace

import pytest

from followupd.backends.ews.items import (
    HEADER_CAP,
    HeaderFacts,
    Position,
    batches_by_size,
    chunked,
    decode_cursor,
    encode_cursor,
    facts_of,
    header_block,
    message_id_of,
    searchable_message_id,
    slim_message,
    thread_headers,
)

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def parsed(block: bytes) -> dict[str, str]:
    return {k: str(v) for k, v in BytesHeaderParser().parsebytes(block).items()}


def test_a_cursor_is_the_sync_state() -> None:
    assert encode_cursor("H4sIAAA=") == "ews1:H4sIAAA="
    assert decode_cursor("ews1:H4sIAAA=") == Position("H4sIAAA=")
    assert decode_cursor(encode_cursor("S", first_sync=True)) == Position("S", first_sync=True)


@pytest.mark.parametrize("cursor", [None, "", "ews1:", "imap1:7:42:-", "ews2:abc", '{"at": 1}'])
def test_anything_else_means_sync_from_scratch(cursor: str | None) -> None:
    assert decode_cursor(cursor) == Position(None)


def test_transport_headers_make_the_block_without_the_bulky_ones() -> None:
    facts = HeaderFacts(
        headers=(
            ("Received", "from mx.acme.example by mail.example.org"),
            ("DKIM-Signature", "v=1; a=rsa-sha256; b=abc"),
            ("X-MS-Exchange-Organization-SCL", "1"),
            ("From", "Dana Lee <dana@acme.example>"),
            ("Subject", "=?utf-8?q?Entretien_=E2=80=94_jeudi?="),
            ("List-Unsubscribe", "<mailto:u@acme.example>"),
            ("Message-ID", "<1@acme.example>"),
        ),
        received=WHEN,
        size=4321,
    )
    block = header_block(facts)
    headers = parsed(block)
    assert list(headers) == ["From", "Subject", "List-Unsubscribe", "Message-ID", "Received"]
    assert headers["Received"] == "by ews (size 4321); Mon, 02 Mar 2026 09:30:00 +0000"
    assert block.endswith(b"\r\n\r\n")


def test_a_header_value_cannot_add_a_header() -> None:
    facts = HeaderFacts(headers=(("Subject", "Hi\r\nBcc: evil@example.com"), ("X Bad", "y")))
    assert parsed(header_block(facts)) == {"Subject": "Hi Bcc: evil@example.com"}


def test_the_block_is_capped() -> None:
    facts = HeaderFacts(headers=tuple((f"X-Junk-{n}", "x" * 900) for n in range(200)))
    assert len(header_block(facts)) <= HEADER_CAP + 2


def test_without_transport_headers_the_block_is_made_from_properties() -> None:
    facts = HeaderFacts(
        sender=("Zoë Müller", "zoe@acme.example"),
        to=(("", "alice@example.org"), ("Bob", "bob@example.org")),
        subject="Entretien — jeudi",
        sent=WHEN,
        message_id="<2@example.org>",
        in_reply_to="<1@acme.example>",
        references="<0@acme.example> <1@acme.example>",
        conversation_index=b"\x01\x02\x03",
        conversation_topic="Entretien",
    )
    mail = message_from_bytes(header_block(facts))
    assert str(mail["From"]).startswith("=?utf-8?")
    assert mail["To"] == "alice@example.org, Bob <bob@example.org>"
    assert mail["Subject"].startswith("=?utf-8?")
    assert mail["Date"] == "Mon, 02 Mar 2026 09:30:00 +0000"
    assert mail["In-Reply-To"] == "<1@acme.example>"
    assert mail["Thread-Index"] == base64.b64encode(b"\x01\x02\x03").decode()
    assert mail["Thread-Topic"] == "Entretien"
    assert "Cc" not in mail and "Received" not in mail


def test_facts_come_from_any_item_shape() -> None:
    item = SimpleNamespace(
        headers=[
            SimpleNamespace(name="Subject", value="Hi"),
            SimpleNamespace(name=None, value="x"),
        ],
        author=SimpleNamespace(name="Dana", email_address="dana@acme.example"),
        to_recipients=[SimpleNamespace(name=None, email_address="alice@example.org")],
        size=None,
        subject="Hi",
    )
    facts = facts_of(item)
    assert facts.headers == (("Subject", "Hi"),)
    assert facts.sender == ("Dana", "dana@acme.example")
    assert facts.to == (("", "alice@example.org"),)
    assert facts.cc == () and facts.size == 0 and facts.message_id is None


def test_a_slim_message_keeps_the_headers_and_the_text() -> None:
    facts = HeaderFacts(
        headers=(
            ("Subject", "Offer"),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/mixed; boundary="b"'),
            ("Message-ID", "<o@acme.example>"),
        )
    )
    mail = message_from_bytes(slim_message(facts, "Dear Alice,\nWe are delighted.\n"))
    assert mail["Subject"] == "Offer" and mail["Message-ID"] == "<o@acme.example>"
    assert mail.get_content_type() == "text/plain"
    assert mail.get_all("Content-Type") == ["text/plain; charset=utf-8"]
    assert mail.get_payload(decode=True) == b"Dear Alice,\r\nWe are delighted.\r\n"


def test_thread_headers_of_a_draft() -> None:
    index = base64.b64encode(bytes(27)).decode()
    draft = (
        b"Message-ID: <d@example.org>\r\nIn-Reply-To: <1@acme.example>\r\n"
        b"References: <0@acme.example>\r\n <1@acme.example>\r\n"
        + f"Thread-Index: {index}\r\n\r\nbody\r\n".encode()
    )
    found = thread_headers(draft)
    assert found.in_reply_to == "<1@acme.example>"
    assert found.references == "<0@acme.example> <1@acme.example>"
    assert found.thread_index == bytes(27)
    assert thread_headers(b"Thread-Index: not base64!\r\n\r\n").thread_index is None
    assert thread_headers(b"Subject: new thread\r\n\r\n") == type(found)(None, None, None)


def test_message_ids() -> None:
    assert message_id_of(b"Message-ID:  <a@b>\r\n\r\n") == "<a@b>"
    assert message_id_of(b"Subject: x\r\n\r\n") == ""
    assert searchable_message_id("<a@b>")
    assert not searchable_message_id("")
    assert not searchable_message_id("<a\r\n@b>")
    assert not searchable_message_id("<ä@b>")


def test_batches() -> None:
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    sizes = {"a": 60, "b": 50, "c": 200, "d": 10}
    assert list(batches_by_size(["a", "b", "c", "d"], sizes, 100, 10)) == [
        ["a"],
        ["b"],
        ["c"],
        ["d"],
    ]
    assert list(batches_by_size(["a", "d", "b"], sizes, 100, 2)) == [["a", "d"], ["b"]]
    assert list(batches_by_size(["x", "d"], sizes, 100, 10)) == [["x"], ["d"]]  # unknown: alone
