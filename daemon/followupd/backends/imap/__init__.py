"""IMAP (imap-tools) for any provider: TLS/STARTTLS, password or XOAUTH2, special-use folders,
header-first sync by UID with cursors, a fetch plan per message (text and calendar parts only),
IDLE on INBOX for `run`.

May import: the `backends` protocol, model, errors. Never: the store, the engine, the core."""

from followupd.backends.imap.idle import ImapInboxWatch
from followupd.backends.imap.mailbox import ImapMailbox

__all__ = ["ImapInboxWatch", "ImapMailbox"]
