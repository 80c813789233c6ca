"""Backends: the one port to mail storage, the `Mailbox` protocol, and its adapters.

`base.py` states the protocol (headers first: `poll` or `poll_pages`, then `fetch` of the parts
read of what can matter, `drafts_removed_since` and `drafts_present`, `save_draft`,
`leave_note` for the user's own INBOX note; no implementation can send). Each adapter is a
subpackage with its own face: `imap` (any IMAP server; and its IDLE watch of INBOX for `run`),
`ews` (Exchange), `local` (a Maildir or folders of `.eml`).

May import: model, errors, the `closable` base. Never: the store, the engine, the core's parts.
Library errors are translated here into `TransientMailboxError` / `PermanentMailboxError`, their
server text scrubbed of the account's secret first (`scrub`).
"""

from followupd.backends.base import SKIPPED_HEADER, HeaderBlock, Mailbox, Poll, RawMessage
from followupd.backends.scrub import scrub

__all__ = ["SKIPPED_HEADER", "HeaderBlock", "Mailbox", "Poll", "RawMessage", "scrub"]
