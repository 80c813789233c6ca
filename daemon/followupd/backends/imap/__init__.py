"""IMAP (imap-tools) for any provider: TLS/STARTTLS, password or XOAUTH2, special-use folders,
header-first sync by UID with cursors, big messages fetched without their attachments.

May import: the `backends` protocol, model, errors. Never: the store, the engine, the core."""

from followupd.backends.imap.mailbox import ImapMailbox

__all__ = ["ImapMailbox"]
