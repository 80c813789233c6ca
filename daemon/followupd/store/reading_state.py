"""Messages being read, and messages that could not be read (the quarantine).

A message's reading is marked started (with its attempt number) before it is read and the
mark removed once it was; a run that died while reading leaves the marks, so the next run
knows which messages were being read when it happened (engine/quarantine.py). A message that
failed twice is quarantined: kept with the reason and the classifier version that gave up on
it, skipped from then on, read once more after an upgrade.

Part of the store (database.py holds the connection, its transactions and caches).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from followupd.model import FolderRole
from followupd.store.connection import Connection
from followupd.store.in_lists import in_chunks
from followupd.store.schema import translated_errors


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A message that could not be read: where it is, who sent it, why, and when."""

    account: str
    message_id: str
    folder: FolderRole
    ref: str
    sender: str  # the From address, "" if none
    subject: str  # cleaned of control characters and capped
    reason: str
    version: str  # the classifier version that gave up on it
    at: datetime


class ReadingState(Connection):
    """The `reading` and `quarantine` tables' methods, mixed into `Store`."""

    def reading_attempts(self, account: str, message_ids: Collection[str]) -> dict[str, int]:
        """Message-ID -> attempts started and never finished (a run died while reading it)."""
        found: dict[str, int] = {}
        sql = "SELECT message_id, attempts FROM reading WHERE account = ? AND message_id IN ({})"
        with translated_errors(self.path):
            for marks, chunk in in_chunks(sorted(message_ids)):
                rows = self._db.execute(sql.format(marks), (account, *chunk))
                found.update((str(message_id), int(n)) for message_id, n in rows)
        return found

    def start_reading(self, account: str, attempts: dict[str, int]) -> None:
        """Committed before the messages are read: Message-ID -> the attempt it is."""
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO reading (account, message_id, attempts) VALUES (?, ?, ?) "
                "ON CONFLICT (account, message_id) DO UPDATE SET attempts = excluded.attempts",
                [(account, message_id, n) for message_id, n in attempts.items()],
            )

    def finish_reading(self, account: str, message_ids: Iterable[str]) -> None:
        with self._transaction() as db:
            db.executemany(
                "DELETE FROM reading WHERE account = ? AND message_id = ?",
                [(account, message_id) for message_id in message_ids],
            )

    def quarantine(self, entry: Quarantined) -> None:
        """Set the message aside (again, under this version), its reading mark removed."""
        with self._transaction() as db:
            db.execute(
                "DELETE FROM reading WHERE account = ? AND message_id = ?",
                (entry.account, entry.message_id),
            )
            db.execute(
                "INSERT OR REPLACE INTO quarantine (account, message_id, folder, ref, sender, "
                "subject, reason, version, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.account,
                    entry.message_id,
                    entry.folder.value,
                    entry.ref,
                    entry.sender,
                    entry.subject,
                    entry.reason,
                    entry.version,
                    entry.at.isoformat(),
                ),
            )
        self._generation += 1

    def release(self, account: str, message_ids: Iterable[str]) -> None:
        """These quarantined messages were read after all."""
        with self._transaction() as db:
            released = sum(
                db.execute(
                    "DELETE FROM quarantine WHERE account = ? AND message_id = ?",
                    (account, message_id),
                ).rowcount
                for message_id in message_ids
            )
        self._generation += released

    def quarantined(self, account: str | None = None) -> list[Quarantined]:
        """Every quarantined message (of one account), oldest first."""
        sql = (
            "SELECT account, message_id, folder, ref, sender, subject, reason, version, at "
            "FROM quarantine"
        )
        with translated_errors(self.path):
            if account is None:
                rows = self._db.execute(sql + " ORDER BY at, message_id").fetchall()
            else:
                rows = self._db.execute(
                    sql + " WHERE account = ? ORDER BY at, message_id", (account,)
                ).fetchall()
        return [
            Quarantined(
                account=str(row[0]),
                message_id=str(row[1]),
                folder=FolderRole(row[2]),
                ref=str(row[3]),
                sender=str(row[4]),
                subject=str(row[5]),
                reason=str(row[6]),
                version=str(row[7]),
                at=datetime.fromisoformat(str(row[8])),
            )
            for row in rows
        ]
