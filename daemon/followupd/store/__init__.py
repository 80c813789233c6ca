"""The state: one SQLite file, surviving restarts and crashes.

Seen mail and what it meant (observations), the drafts ledger (a draft is made once, ever),
the sync cursors per folder, the user's corrections and news, the INBOX note of each day,
schema migrations.

May import: model, errors. Never: a mailbox or backend, the core's parts, the clock.
"""

from followupd.store.database import Store
from followupd.store.news import NoteRecord

__all__ = ["NoteRecord", "Store"]
