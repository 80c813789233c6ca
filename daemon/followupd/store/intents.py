"""Drafts about to be saved: the intent is recorded before the save, the ledger row after.

A crash between a draft's save and its ledger row used to leave a draft the ledger did not
know; had the user deleted it before the next run, it was made again. Now the intent (the
ledger row to be, and where Drafts stood just before: the backend's mark) is committed first.
The next cycle settles every intent left behind (engine/deleted_drafts.py): the draft is in
Drafts, so it landed (its row is written); or it is not, and Drafts shows something added
since the mark has gone (the user deleted it: a "deleted" row); or Drafts shows nothing was
(it never landed: the intent is dropped and the draft made again).

Part of the store (database.py holds the connection, its transactions and caches).
"""

from __future__ import annotations

from dataclasses import dataclass

from followupd.model import DraftRecord
from followupd.store.connection import Connection
from followupd.store.schema import draft_record_from_row, translated_errors


@dataclass(frozen=True, slots=True)
class DraftIntent:
    """A draft whose save was started: its ledger row to be, and Drafts' mark before it."""

    record: DraftRecord
    mark: str


def draft_key(record: DraftRecord) -> tuple[str, str, str, int]:
    return (record.process_id, record.stage.value, record.recipient, record.occurrence)


class Intents(Connection):
    """The `draft_intents` table's methods, mixed into `Store`."""

    def record_intent(self, record: DraftRecord, account: str, mark: str) -> None:
        """Committed before the draft is saved (see the module docstring)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO draft_intents "
                "(process_id, stage, recipient, occurrence, account, message_id, at, mark) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*draft_key(record), account, record.message_id, record.at.isoformat(), mark),
            )

    def draft_intents(self, account: str) -> list[DraftIntent]:
        """The intents a run left behind (a crash, or a save that failed), oldest first."""
        with translated_errors(self.path):
            rows = self._db.execute(
                "SELECT process_id, stage, recipient, occurrence, message_id, at, mark "
                "FROM draft_intents WHERE account = ? ORDER BY at, message_id",
                (account,),
            ).fetchall()
        return [DraftIntent(draft_record_from_row((*row[:6], "made")), str(row[6])) for row in rows]

    def drop_intent(self, record: DraftRecord) -> None:
        """The draft never landed: the next plan makes it again."""
        with self._transaction() as db:
            db.execute(
                "DELETE FROM draft_intents "
                "WHERE process_id = ? AND stage = ? AND recipient = ? AND occurrence = ?",
                draft_key(record),
            )
        self._generation += 1
