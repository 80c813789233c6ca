"""The CreateItem payload of a draft: its MIME, unsent and read, with its threading, and in the
order the EWS schema wants; exchangelib's own Message class is left as it was."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET

from exchangelib import DELEGATE, UTC, Account, Build, Configuration, Credentials, Message, Version
from exchangelib.util import xml_to_str

from followupd.backends.ews.draft import MSGFLAG_READ, MSGFLAG_UNSENT, DraftMessage, draft_item

T = "{http://schemas.microsoft.com/exchange/services/2006/types}"
VERSION = Version(build=Build(15, 2, 1544, 4))


def account() -> Account:
    config = Configuration(
        credentials=Credentials("EXAMPLE\\alice", "secret"),
        service_endpoint="https://127.0.0.1:10/EWS/Exchange.asmx",
        auth_type="basic",
        version=VERSION,
    )
    return Account("alice@example.org", config=config, access_type=DELEGATE, default_timezone=UTC)


def payload(message: bytes) -> ET.Element:
    item = draft_item(account(), message)
    return ET.fromstring(xml_to_str(item.to_xml(version=VERSION)))


def test_a_draft_is_its_mime_marked_unsent_and_read() -> None:
    data = b"Message-ID: <d@example.org>\r\nSubject: Hi\r\n\r\nHello\r\n"
    element = payload(data)
    assert base64.b64decode(element.findtext(f"{T}MimeContent") or "") == data
    flags = [
        p.findtext(f"{T}Value")
        for p in element.iter(f"{T}ExtendedProperty")
        if p.find(f"{T}ExtendedFieldURI").get("PropertyTag") == "0xe07"  # type: ignore[union-attr]
    ]
    assert flags == [str(MSGFLAG_READ | MSGFLAG_UNSENT)]
    assert element.findtext(f"{T}IsRead") in ("1", "true")
    assert element.find(f"{T}InReplyTo") is None and element.find(f"{T}References") is None


def test_threading_goes_into_the_properties_too() -> None:
    index = bytes(range(27))
    data = (
        b"Message-ID: <d@example.org>\r\nIn-Reply-To: <1@acme.example>\r\n"
        b"References: <0@acme.example> <1@acme.example>\r\n"
        + b"Thread-Index: "
        + base64.b64encode(index)
        + b"\r\n\r\nThanks\r\n"
    )
    element = payload(data)
    assert element.findtext(f"{T}InReplyTo") == "<1@acme.example>"
    assert element.findtext(f"{T}References") == "<0@acme.example> <1@acme.example>"
    by_tag = {
        p.find(f"{T}ExtendedFieldURI").get("PropertyTag"): p.findtext(f"{T}Value")  # type: ignore[union-attr]
        for p in element.iter(f"{T}ExtendedProperty")
    }
    assert base64.b64decode(by_tag["0x71"] or "") == index


def test_children_come_in_the_schema_order() -> None:
    data = b"Message-ID: <d@example.org>\r\nIn-Reply-To: <1@a>\r\nReferences: <1@a>\r\n\r\nx\r\n"
    names = [child.tag.removeprefix(T) for child in payload(data)]
    assert names[0] == "MimeContent"
    assert names.index("InReplyTo") < names.index("ExtendedProperty") < names.index("IsRead")
    assert names.index("IsRead") < names.index("References")


def test_exchangelibs_message_class_is_unchanged() -> None:
    assert "message_flags" in DraftMessage.FIELDS
    assert "message_flags" not in Message.FIELDS
    assert "conversation_index_property" not in Message.FIELDS
    assert DraftMessage.ELEMENT_NAME == "Message"
