"""exchangelib reads each SOAP answer one byte at a time: `_get_soap_parts` hands lxml
`response.iter_content()`, whose default step in requests is a single byte, and each step is
a Python generator round. A GetItem of 50 messages (a few MB of MimeContent) then costs
seconds of CPU; a first scan of a large mailbox, minutes. `install` makes that call read the
answer, which requests already holds whole, 64 KiB at a time: the same bytes, the same parser.

Only answers that are requests' own Responses are touched: streaming services (notifications,
streamed attachments, which followupd does not use) hand the base method exchangelib's
DummyResponse, whose iter_content takes no step size, and keep their own reading.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import requests
from exchangelib.services.common import EWSService

CHUNK = 64 * 1024
_lock = threading.Lock()


class InChunks:
    """A response whose iter_content() steps by CHUNK bytes whatever step it is asked for."""

    def __init__(self, response: requests.Response) -> None:
        self._response = response

    def iter_content(self, *_: Any, **__: Any) -> Iterator[bytes]:
        return self._response.iter_content(CHUNK)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._response, name)


def install() -> None:
    """Wrap exchangelib's EWSService._get_soap_parts (once per process)."""
    with _lock:
        current = EWSService.__dict__["_get_soap_parts"].__func__
        if getattr(current, "reads_in_chunks", False):
            return

        def get_soap_parts(cls: type, response: Any) -> Any:
            if isinstance(response, requests.Response):
                response = InChunks(response)
            return current(cls, response)

        get_soap_parts.reads_in_chunks = True  # type: ignore[attr-defined]
        EWSService._get_soap_parts = classmethod(get_soap_parts)
