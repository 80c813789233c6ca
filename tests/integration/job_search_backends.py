"""The shared job seeker's mailbox (job_search_mailbox.py) in each backend the tests run it
against: loaded as a mail client or an Exchange transport would, the account's config keys,
and Drafts and Sent read back as the user's mail client would."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Protocol

from dovecot_server import PASSWORD as IMAP_PASSWORD
from ews_server import EwsServer, running
from ews_server.soap import M
from imap_client import ImapUser
from job_search_mailbox import ME, JobSearch


class Backend(Protocol):
    name: str
    env: dict[str, str]

    def load(self, search: JobSearch) -> None: ...
    def account(self, tmp_path: Path) -> str: ...
    def drafts(self) -> list[Message]: ...
    def sent(self) -> int: ...


@dataclass
class Imap:
    user: ImapUser
    name: str = "imap"

    @property
    def env(self) -> dict[str, str]:
        return {"FOLLOWUPD_TEST_PASSWORD": IMAP_PASSWORD}

    def load(self, search: JobSearch) -> None:
        for delivery in search.deliveries:
            folder = "INBOX" if delivery.folder == "inbox" else "Sent"
            self.user.append(folder, delivery.mime, "\\Seen")

    def account(self, tmp_path: Path) -> str:
        return f"""
backend = "imap"
host = "127.0.0.1"
port = {self.user.server.plain_port}
security = "plain"
username = "{self.user.name}"
password_env = "FOLLOWUPD_TEST_PASSWORD"
"""

    def drafts(self) -> list[Message]:
        client = self.user.client()
        try:
            client.select("Drafts", readonly=True)
            _, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
            return [message_from_bytes(item[1]) for item in data if isinstance(item, tuple)]
        finally:
            client.logout()

    def sent(self) -> int:
        return len(self.user.flags("Sent"))


@dataclass
class Ews:
    server: EwsServer
    name: str = "ews"
    env: dict[str, str] = field(default_factory=dict)  # the password is in a file

    def load(self, search: JobSearch) -> None:
        for delivery in search.deliveries:
            folder = "inbox" if delivery.folder == "inbox" else "sentitems"
            self.server.deliver(delivery.mime, folder=folder, received=delivery.received)

    def account(self, tmp_path: Path) -> str:
        secret = tmp_path / "work.password"
        secret.write_text(self.server.password + "\n")
        secret.chmod(0o600)
        username = self.server.login.replace("\\", "\\\\")
        return f"""
backend = "ews"
ews_url = "{self.server.url}"
username = "{username}"
address = "{self.server.mailbox}"
auth = "basic"
ca_file = "{self.server.ca_file}"
password_file = "{secret}"
"""

    def drafts(self) -> list[Message]:
        return [message_from_bytes(item.mime) for item in self.server.folder("drafts")]

    def sent(self) -> int:
        return len(self.server.folder("sentitems"))


def write_config(backend: Backend, tmp_path: Path, name: str = "config.toml") -> Path:
    config = tmp_path / name
    config.write_text(
        f"""
[me]
name = "{ME[0]}"
addresses = ["{ME[1]}"]
timezone = "UTC"
holidays = ""

[[accounts]]
name = "work"
lookback_days = 30
{backend.account(tmp_path)}
[daemon]
state_path = "{tmp_path / f"{backend.name}-state.db"}"
"""
    )
    return config


@contextmanager
def exchange(tmp_path: Path) -> Iterator[Ews]:
    """The test EWS server with the job seeker's mailbox address, empty; afterwards, that it
    saw no request against the EWS rules and nothing that could send."""
    root = tmp_path / "ews"
    root.mkdir()
    with running(root, mailbox=ME[1]) as server:
        yield Ews(server)
    assert not server.violations, server.violations
    assert not server.sends, server.sends
    for sent in server.exchanges:
        assert "send" not in sent.operation.lower(), sent.operation
        if sent.operation == "CreateItem":
            create = ET.fromstring(sent.request).find(f".//{{{M}}}CreateItem")
            assert create is not None and create.get("MessageDisposition") == "SaveOnly"
