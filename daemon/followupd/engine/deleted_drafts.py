"""Drafts the user deleted (or sent, or replaced by editing them), noticed at a cost that does
not grow with the drafts ever made.

The mailbox first tells, from the Drafts folder's state against the one stored after the last
look (IMAP: one STATUS), whether any message may have left Drafts; only then are the drafts
still marked "made" looked up by Message-ID, in batches. The state is stored after the look,
so a draft deleted meanwhile is caught by the next one; it is stored once before any draft is
made too, so the drafts a cycle saves read as additions, not as a reason to look.
"""

from __future__ import annotations

from followupd.backends import Mailbox
from followupd.model import FolderRole
from followupd.store import Store


def notice_deleted_drafts(mailbox: Mailbox, store: Store, account: str) -> list[str]:
    """Message-IDs of the drafts found gone since the last look, marked deleted."""
    made = [record.message_id for record in store.ledger(account) if record.status == "made"]
    before = store.cursor(account, FolderRole.DRAFTS)
    if not made and before is not None:
        return []  # nothing to look for; the state stored once tells what comes after it
    removed, state = mailbox.drafts_removed_since(before)
    gone: list[str] = []
    if removed and made:
        present = mailbox.drafts_present(made)
        gone = [message_id for message_id in made if message_id not in present]
        if gone:
            store.mark_drafts_deleted(gone)
    if state and state != before:
        store.set_cursor(account, FolderRole.DRAFTS, state)
    return gone
