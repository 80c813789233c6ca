"""A Maildir or folders of `.eml` as a mailbox: live (files appear) or replayed on a virtual
clock for `simulate`.

May import: the `backends` protocol, model, errors. Never: the store, the engine, the core."""

from followupd.backends.local.mailbox import LocalMailbox

__all__ = ["LocalMailbox"]
