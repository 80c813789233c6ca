"""The test server is checked against Microsoft's published EWS examples, not only against the
client it serves:

- the schema rules the server enforces (ews_server/rules.py) accept every example request in
  ews_server/reference/ (distilled from Microsoft's EWS reference pages);
- every request captured from exchangelib (ews_server/captured/) passes those rules and has
  every element the matching example has that the schema requires, with the same names and
  namespaces;
- the server's responses have the frame of Microsoft's response examples (ResponseMessages,
  ResponseClass, ResponseCode, the containers and their attributes);
- exchangelib still sends what was captured: a live run of the backend makes requests with the
  same frames (so an exchangelib upgrade that changes them shows up here).

FOLLOWUPD_EWS_CAPTURE=1 rewrites the captured files from the live run.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from ews_server import EwsServer, rules, running
from ews_server.capture import (
    CAPTURED,
    REFERENCE,
    frame,
    load,
    normalised,
    operation,
    required_paths,
)
from ews_server.soap import short
from ews_server.testing import mailbox, message

from followupd.backends.ews import mailbox as ews_module
from followupd.backends.ews.errors import ServerBusyError
from followupd.backends.ews.session import forget_versions
from followupd.model import FolderRole

LOOK_BACK = (datetime.now(UTC) - timedelta(days=30)).date()
CAPTURE = bool(os.environ.get("FOLLOWUPD_EWS_CAPTURE"))


def reference_for(name: str, kind: str) -> Path:
    exact = REFERENCE / f"{name}.{kind}.xml"
    return exact if exact.exists() else REFERENCE / f"{name.partition('-')[0]}.{kind}.xml"


def captured_names() -> list[str]:
    return sorted(p.name.removesuffix(".request.xml") for p in CAPTURED.glob("*.request.xml"))


def draft(message_id: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "alice@example.org"
    mail["To"] = "dana@acme.example"
    mail["Subject"] = "Re: Interview"
    mail["Message-ID"] = message_id
    mail["In-Reply-To"] = "<1@acme.example>"
    mail["References"] = "<1@acme.example>"
    mail["Thread-Index"] = "AQHZ0123456789abcdefghijklmn"
    mail.set_content("Thank you.\n")
    return bytes(mail)


def note(message_id: str) -> bytes:
    """The user's INBOX note: from the user, to the user."""
    mail = EmailMessage()
    mail["From"] = "alice@example.org"
    mail["To"] = "alice@example.org"
    mail["Subject"] = "followupd: 1 follow-up is waiting in Drafts"
    mail["Message-ID"] = message_id
    mail.set_content("1 follow-up is waiting in your Drafts folder.\n")
    return bytes(mail)


def scenario(server: EwsServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[bytes, bytes]]:
    """Everything the backend asks an Exchange server, each exchange under a name."""
    named: dict[str, tuple[bytes, bytes]] = {}
    done = 0

    def take(*names: str) -> None:
        nonlocal done
        new = server.exchanges[done:]
        done = len(server.exchanges)
        assert [e.operation for e in new] == [n.partition("-")[0] for n in names], new
        for name, exchange in zip(names, new, strict=True):
            named.setdefault(name, (exchange.request, exchange.response))

    forget_versions()
    inbox = server.deliver(message("Interview"))
    server.deliver(message("Re: Interview", sender="alice@example.org"), folder="sentitems")
    with mailbox(server) as box:
        box.folders()
        take("ConvertId", "GetFolder")
        first = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        take("SyncFolderItems", "GetItem-headers")
        box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        take("SyncFolderItems-with-state")
        list(box.fetch(FolderRole.INBOX, [b.ref for b in first.new]))
        take("GetItem-mime")
        box.save_draft(draft("<d1@example.org>"), "<d1@example.org>")
        take("FindItem-one-id", "CreateItem")
        box.leave_note(note("<n1@example.org>"), "<n1@example.org>")
        take("FindItem-inbox", "CreateItem-note")
        box.leave_note(note("<n1@example.org>"), "<n1@example.org>")  # the day's note, replaced
        take("FindItem-inbox", "CreateItem-note", "DeleteItem")
        box.drafts_present(["<d1@example.org>", "<d2@example.org>"])
        take("FindItem")
        server.invalidate_sync_states()
        box.poll(FolderRole.INBOX, first.cursor, LOOK_BACK)
        take("SyncFolderItems-invalid-state", "SyncFolderItems", "GetItem-headers")
        server.throttle(5000, operation="FindItem")
        with pytest.raises(ServerBusyError):
            box.drafts_present(["<d1@example.org>"])
        take("FindItem-throttled")
    with mailbox(server) as box:
        gone = server.deliver(message("Gone"))
        server.delete(gone)
        list(box.fetch(FolderRole.INBOX, [inbox.id, gone.id]))
        take("GetItem-sizes", "GetItem-mime")
        monkeypatch.setattr(ews_module, "LARGE_MESSAGE", 10)
        list(box.fetch(FolderRole.INBOX, [inbox.id]))
        take("GetItem-slim")
    return named


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[bytes, bytes]]]:
    with (
        pytest.MonkeyPatch.context() as monkeypatch,
        running(tmp_path_factory.mktemp("ews")) as server,
    ):
        named = scenario(server, monkeypatch)
        assert not server.violations and not server.sends
    if CAPTURE:
        for name, (request, response) in named.items():
            (CAPTURED / f"{name}.request.xml").write_text(normalised(request))
            (CAPTURED / f"{name}.response.xml").write_text(normalised(response))
    yield named


@pytest.mark.parametrize("path", sorted(REFERENCE.glob("*.request.xml")), ids=lambda p: p.name)
def test_the_rules_accept_microsofts_examples(path: Path) -> None:
    assert rules.problems(load(path)) == []


def test_the_rules_catch_what_they_are_for() -> None:
    example = load(REFERENCE / "SyncFolderItems.request.xml")
    op = operation(example)
    op.insert(0, op[4])  # MaxChangesReturned first
    assert any("out of order" in p for p in rules.problems(example))
    finder = load(REFERENCE / "FindItem.request.xml")
    del operation(finder).attrib["Traversal"]
    assert any("missing attribute Traversal" in p for p in rules.problems(finder))
    moved = load(REFERENCE / "GetItem.request.xml")
    shape = operation(moved)[0]
    shape.tag = "{http://schemas.microsoft.com/exchange/services/2006/types}ItemShape"
    assert any("t:ItemShape" in p for p in rules.problems(moved))


def test_every_operation_the_backend_uses_was_captured() -> None:
    operations = {name.partition("-")[0] for name in captured_names()}
    assert operations == {
        "ConvertId",
        "GetFolder",
        "SyncFolderItems",
        "GetItem",
        "FindItem",
        "CreateItem",
        "DeleteItem",
    }
    for name in captured_names():
        assert reference_for(name, "request").exists(), name
        assert (CAPTURED / f"{name}.response.xml").exists(), name


@pytest.mark.parametrize("name", captured_names())
def test_a_captured_request_follows_the_rules_and_the_example(name: str) -> None:
    captured = load(CAPTURED / f"{name}.request.xml")
    example = load(reference_for(name, "request"))
    assert rules.problems(captured) == []
    assert short(operation(captured).tag) == short(operation(example).tag)
    shape = frame(captured)
    missing = required_paths(example) - set(shape)
    assert not missing, f"{name}: the example has {sorted(missing)}"
    for path, attributes in frame(example).items():
        if path in shape and path in required_paths(example):
            required = set(rules.RULES.get(path.rpartition("/")[2], rules.Rule()).required)
            assert required & attributes <= shape[path], path


@pytest.mark.parametrize("name", captured_names())
def test_a_response_has_the_frame_of_the_example(name: str) -> None:
    captured = frame(load(CAPTURED / f"{name}.response.xml"), cut_at_items=True)
    reference = reference_for(name, "response")
    if name.endswith("-throttled"):
        reference = REFERENCE / "ServerBusy.response.xml"
    elif name == "GetItem-mime" or not reference.exists():
        reference = REFERENCE / f"{name.partition('-')[0]}.response.xml"
    example = frame(load(reference), cut_at_items=True)
    for path, attributes in example.items():
        if _in_an_empty_container(path, captured):
            continue  # no items, no changes: the container is there, empty
        assert path in captured, f"{name}: no {path} (as in {reference.name})"
        assert attributes <= captured[path], f"{name}: {path} lacks {attributes - captured[path]}"


def _in_an_empty_container(path: str, captured: dict[str, frozenset[str]]) -> bool:
    above = path
    while "/" in above.strip("/"):
        above = above.rpartition("/")[0]
        if above in captured:
            return not any(p.startswith(above + "/") for p in captured)
    return False


def test_exchangelib_still_sends_what_was_captured(
    live: dict[str, tuple[bytes, bytes]],
) -> None:
    assert sorted(live) == captured_names()
    for name, (request, response) in live.items():
        for kind, data in (("request", request), ("response", response)):
            assert frame(ET.fromstring(data)) == frame(load(CAPTURED / f"{name}.{kind}.xml")), (
                f"{name}.{kind}: run with FOLLOWUPD_EWS_CAPTURE=1 and review the diff"
            )
