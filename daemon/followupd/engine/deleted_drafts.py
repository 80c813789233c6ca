"""Drafts the user deleted (or sent, or replaced by editing them), noticed at a cost that does
not grow with the drafts ever made.

The mailbox first tells, from the Drafts folder's state against the one stored after the last
look (IMAP: one STATUS), whether any message may have left Drafts; only then are the drafts
still marked "made" looked up by Message-ID, in batches. The state is stored after the look,
so a draft deleted meanwhile is caught by the next one; it is stored once before any draft is
made too, so the drafts a cycle saves read as additions, not as a reason to look.

The intents an interrupted cycle left (cycle.py) are settled first, whatever the folder's
state: the draft is in Drafts (it landed: its row is written), or Drafts shows something added
since the intent's mark has left (the user deleted it: recorded as deleted, never made again),
or it shows nothing has (it never landed: the intent is dropped and the draft made again).
"""

from __future__ import annotations

from dataclasses import replace

from followupd.backends import Mailbox
from followupd.model import DraftRecord, FolderRole
from followupd.store import Store


def notice_deleted_drafts(
    mailbox: Mailbox, store: Store, account: str, *, look: bool = True
) -> tuple[list[str], list[DraftRecord]]:
    """(Message-IDs of the drafts found gone since the last look, marked deleted; the drafts an
    interrupted cycle saved without recording them, recorded now). `look`: False when Drafts
    is known unchanged since the last cycle (a push watches it); only intents are settled."""
    gone, landed = _settle_intents(mailbox, store, account)
    if look:
        gone += _look_for_deleted(mailbox, store, account)
    return gone, landed


def _look_for_deleted(mailbox: Mailbox, store: Store, account: str) -> list[str]:
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


def _settle_intents(
    mailbox: Mailbox, store: Store, account: str
) -> tuple[list[str], list[DraftRecord]]:
    intents = store.draft_intents(account)
    if not intents:
        return [], []
    present = mailbox.drafts_present([intent.record.message_id for intent in intents])
    gone: list[str] = []
    landed: list[DraftRecord] = []
    for intent in intents:
        record = intent.record
        if record.message_id in present:
            if store.record_draft(record, account):
                landed.append(record)
        elif mailbox.drafts_lost_since(intent.mark):
            store.record_draft(replace(record, status="deleted"), account)
            gone.append(record.message_id)
        else:
            store.drop_intent(record)  # it never landed: planned and made again
    return gone, landed
