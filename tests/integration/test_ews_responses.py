"""exchangelib's answers are read in 64 KiB steps, not requests' default of one byte a step
(backends/ews/responses.py): the same messages come back, with a step count that stays small."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from ews_server import EwsServer, running
from ews_server.testing import mailbox, message
from exchangelib.services.common import EWSService
from exchangelib.util import DummyResponse

from followupd.backends.ews import responses
from followupd.model import FolderRole


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EwsServer]:
    with running(tmp_path) as ews:
        yield ews
    assert not ews.violations and not ews.sends


def test_a_large_answer_is_read_in_64_kib_steps(
    server: EwsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "A long letter about the role.\n" * 40_000  # 1.2 MB, 1.6 MB as base64 in the answer
    item = server.deliver(message("Offer letter", body=body))
    steps: list[int | None] = []
    iter_content = requests.Response.iter_content

    def counted(self: requests.Response, chunk_size: int | None = 1, **kwargs: Any) -> Any:
        steps.append(chunk_size)
        return iter_content(self, chunk_size, **kwargs)

    monkeypatch.setattr(requests.Response, "iter_content", counted)
    with mailbox(server) as box:
        [fetched] = box.fetch(FolderRole.INBOX, [item.id])
    assert fetched.data == item.mime
    assert responses.CHUNK in steps and 1 not in steps  # requests reads its own 10 KiB steps


def test_exchangelibs_own_dummy_responses_keep_their_reading() -> None:
    responses.install()
    responses.install()  # once per process, whatever the number of sessions
    assert EWSService.__dict__["_get_soap_parts"].__func__.reads_in_chunks
    envelope = (
        b"<?xml version='1.0' encoding='utf-8'?><s:Envelope "
        b'xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header/><s:Body/></s:Envelope>'
    )
    header, body = EWSService._get_soap_parts(DummyResponse(content=envelope))
    assert header is not None and body is not None
