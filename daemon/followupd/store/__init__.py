"""The state: one SQLite file, surviving restarts and crashes.

Seen mail and what it meant (observations), the drafts ledger (a draft is made once, ever),
the sync cursors per folder, schema migrations; the lock that lets one followupd at a time
work on a state file (lock.py).

May import: model, errors. Never: a mailbox or backend, the core's parts, the clock.
"""

from followupd.store.database import Store
from followupd.store.lock import StateBusy, state_lock

__all__ = ["StateBusy", "Store", "state_lock"]
