"""A test's view of its own Dovecot user: its account settings and a raw imaplib session that
plays the user's mail client (append, read flags without changing them, delete)."""

from __future__ import annotations

import imaplib
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import make_msgid

from dovecot_server import PASSWORD, DovecotServer

from followupd.model.settings import AccountSettings


@dataclass
class ImapUser:
    """A test's own Dovecot user, with a raw imaplib session to act as the user's mail client."""

    server: DovecotServer
    name: str

    def account(self, **changes: object) -> AccountSettings:
        base = AccountSettings(
            name=self.name,
            host="127.0.0.1",
            port=self.server.plain_port,
            security="plain",
            username=self.name,
            timeout=10.0,
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.server.plain_port, timeout=10)
        client.login(self.name, PASSWORD)
        return client

    def append(self, folder: str, message: bytes, flags: str = "") -> None:
        client = self.client()
        try:
            typ, data = client.append(folder, f"({flags})" if flags else None, None, message)
            assert typ == "OK", data
        finally:
            client.logout()

    def flags(self, folder: str) -> dict[str, str]:
        """Message-ID -> the flags of every message in `folder` (read with EXAMINE + PEEK)."""
        client = self.client()
        try:
            typ, _ = client.select(folder, readonly=True)
            assert typ == "OK"
            typ, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            result = {}
            for item in data:
                if isinstance(item, tuple):
                    flags = item[0].split(b"FLAGS (", 1)[1].split(b")", 1)[0].decode()
                    message_id = item[1].decode().split(":", 1)[1].strip()
                    kept = sorted(f for f in flags.split() if f != "\\Recent")  # per session
                    result[message_id] = " ".join(kept)
            return result
        finally:
            client.logout()

    def delete_by_message_id(self, folder: str, message_id: str) -> None:
        """What a mail client does when the user deletes a message: \\Deleted + EXPUNGE."""
        client = self.client()
        try:
            client.select(folder)
            _, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{message_id}"')
            uids = data[0].decode().split()
            assert uids, f"{message_id} not in {folder}"
            client.uid("STORE", ",".join(uids), "+FLAGS.SILENT", "(\\Deleted)")
            client.expunge()
        finally:
            client.logout()


def make_message(
    subject: str,
    sender: str = "Dana Lee <dana@employer.example>",
    to: str = "user@example.org",
    body: str = "Hello,\n\nThanks.\n",
    when: str = "Mon, 02 Nov 2026 10:00:00 +0000",
    message_id: str | None = None,
    **headers: str,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = when
    message["Message-ID"] = message_id or make_msgid(domain="test.example")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()
