"""The state: one SQLite file, surviving restarts and crashes.

Seen mail and what it meant (observations), the drafts ledger (a draft is made once, ever)
and the intents recorded before each draft is saved, the sync cursors per folder, the messages
being read and those that could not be read (quarantined), the user's corrections and news,
the INBOX note of each day, schema migrations.

May import: model, errors. Never: a mailbox or backend, the core's parts, the clock.
"""

from followupd.store.database import Store
from followupd.store.intents import DraftIntent
from followupd.store.news import NoteRecord
from followupd.store.reading_state import Quarantined

__all__ = ["DraftIntent", "NoteRecord", "Quarantined", "Store"]
