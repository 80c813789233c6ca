"""Helpers for tests against the test server: messages, and an EwsMailbox pointed at it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from followupd.backends.ews import EwsMailbox
from followupd.backends.ews.endpoint import ews_endpoint
from followupd.model import AccountSettings

from .server import EwsServer

_numbers = itertools.count(1)
SERVER_AUTH = {"basic": "basic", "ntlm": "ntlm", "bearer": "oauth2"}


def message(
    subject: str = "Interview invitation",
    *,
    sender: str = "Dana Lee <dana@acme.example>",
    to: str = "alice@example.org",
    body: str = "Could you come in on Tuesday at 10am?",
    message_id: str | None = None,
    date: datetime | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    mail["Subject"] = subject
    mail["Date"] = format_datetime(date or datetime.now(UTC))
    mail["Message-ID"] = message_id or make_msgid(f"m{next(_numbers)}", "acme.example")
    for name, value in (headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    return bytes(mail)


def account(server: EwsServer, **changes: Any) -> AccountSettings:
    settings: dict[str, Any] = {
        "name": "work",
        "backend": "ews",
        "username": server.login,
        "ca_file": server.ca_file,
        "timeout": 10.0,
    }
    settings.update(changes)
    return AccountSettings(**settings)


def mailbox(
    server: EwsServer,
    *,
    credential: Callable[[], str] | None = None,
    url: str | None = None,
    server_name: str | None = None,
    address: str | None = None,
    ca_file: Path | str | None = "server",
    **changes: Any,
) -> EwsMailbox:
    """An EwsMailbox for the server's user, signing in the way the server expects."""
    if ca_file != "server":
        changes["ca_file"] = ca_file
    settings = account(server, **changes)
    endpoint = ews_endpoint(
        settings,
        ews_url=None if server_name else (url or server.url),
        server=server_name,
        auth=SERVER_AUTH[server.auth],
        address=address or server.mailbox,
    )
    return EwsMailbox(endpoint, credential or (lambda: server.password))
