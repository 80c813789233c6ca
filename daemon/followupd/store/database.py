"""The daemon's memory in SQLite: seen messages, observations, the drafts ledger, cursors, the
user's corrections and which classifier version read each account; drafts about to be saved
(intents.py); messages being read and those that could not be (reading_state.py); what the
running daemon could not use of an edit (notices.py); the user's news and the INBOX notes left
(news_store.py).

The only SQL in the project (with connection.py, schema.py, corrections.py, news.py and
readings.py beside it). One `Store` holds one connection; open one per thread or process
(SQLite's WAL mode lets `status` read while `run` writes). The schema evolves by numbered
migrations recorded in `PRAGMA user_version`; a database written by a newer version is refused
rather than guessed at. Every sqlite3 error leaves as `StoreError`.

Why seen messages and observations are apart: every polled message gets a small `seen`
row (so it is never fetched twice, by ref or, after a UIDVALIDITY resync, by Message-ID),
but only messages that matter get an observation. A cycle loads observations only, so an
idle cycle costs the same whether 1,000 or 100,000 messages were seen before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from followupd.model import Correction, DraftRecord, FolderRole, Kind, Observation
from followupd.store import readings
from followupd.store.codec import observation_from_json
from followupd.store.connection import Connection
from followupd.store.corrections import delete_correction, insert_correction, select_corrections
from followupd.store.intents import Intents, draft_key
from followupd.store.news_store import NewsStore
from followupd.store.notices import Notices
from followupd.store.reading_state import ReadingState
from followupd.store.schema import (
    SCHEMA_VERSION,
    draft_record_from_row,
    observation_row,
    translated_errors,
)

__all__ = ["SCHEMA_VERSION", "Store"]


class Store(NewsStore, Intents, ReadingState, Notices, Connection):
    """One connection to the state database. Use `Store.open`; close it (or use `with`)."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        super().__init__(connection, path)
        # decoded rows, kept up to date by this Store's own writes; dropped when another
        # connection commits (PRAGMA data_version), so a cycle never re-reads what it knows
        self._observations: dict[str | None, list[Observation]] = {}
        self._ledgers: dict[str | None, list[DraftRecord]] = {}
        self._corrections: list[Correction] | None = None

    def _forget(self) -> None:
        super()._forget()
        self._observations.clear()
        self._ledgers.clear()
        self._corrections = None

    # --- cursors and seen messages -------------------------------------------------------

    def cursor(self, account: str, folder: FolderRole) -> str | None:
        with translated_errors(self.path):
            row = self._db.execute(
                "SELECT cursor FROM cursors WHERE account = ? AND folder = ?",
                (account, folder.value),
            ).fetchone()
        return None if row is None else str(row[0])

    def set_cursor(self, account: str, folder: FolderRole, cursor: str) -> None:
        """A folder's cursor alone (Drafts: the state its last look found)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO cursors (account, folder, cursor) VALUES (?, ?, ?) "
                "ON CONFLICT (account, folder) DO UPDATE SET cursor = excluded.cursor",
                (account, folder.value, cursor),
            )

    def seen_refs(self, account: str, folder: FolderRole, refs: Collection[str]) -> set[str]:
        """Which of these refs of `folder` were recorded as seen."""
        sql = "SELECT ref FROM seen WHERE account = ? AND folder = ? AND ref IN ({})"
        return self._select_in(sql, (account, folder.value), refs)

    def seen_message_ids(self, account: str, message_ids: Collection[str]) -> set[str]:
        """Which of these Message-IDs were seen in any folder of the account."""
        sql = "SELECT message_id FROM seen WHERE account = ? AND message_id IN ({})"
        return self._select_in(sql, (account,), message_ids)

    def observed_message_ids(self, account: str, message_ids: Collection[str]) -> set[str]:
        """Which of these Message-IDs belong to recorded observations (known threads)."""
        sql = "SELECT message_id FROM observations WHERE account = ? AND message_id IN ({})"
        return self._select_in(sql, (account,), message_ids)

    def fetched_message_ids(self, account: str, message_ids: Collection[str]) -> set[str]:
        """Which of these Message-IDs were fetched whole (read) in any folder of the account."""
        sql = "SELECT message_id FROM seen WHERE account = ? AND fetched = 1 AND message_id IN ({})"
        return self._select_in(sql, (account,), message_ids)

    def record_written_to(self, account: str, addresses: Collection[str]) -> None:
        """The user wrote to these (their sent mail's To and Cc): drafts may go to them."""
        if not addresses:
            return
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO written_to (account, address) VALUES (?, ?)",
                [(account, address.lower()) for address in sorted(addresses)],
            )

    def written_to(self, account: str) -> set[str]:
        with translated_errors(self.path):
            rows = self._db.execute("SELECT address FROM written_to WHERE account = ?", (account,))
            return {str(row[0]) for row in rows}

    def employer_domains(self, account: str) -> set[str]:
        """Sender domains of hiring mail (any kind but `other`) the user received."""
        with translated_errors(self.path):
            rows = self._db.execute(
                "SELECT DISTINCT sender_domain FROM observations "
                "WHERE account = ? AND from_user = 0 AND kind != ? AND sender_domain != ''",
                (account, Kind.OTHER.value),
            ).fetchall()
        return {str(row[0]) for row in rows}

    def record_sync(
        self,
        account: str,
        seen: Sequence[tuple[FolderRole, str, str]],
        observations: Sequence[Observation],
        cursors: Mapping[FolderRole, str],
        fetched: Collection[tuple[FolderRole, str]] = (),
    ) -> None:
        """In one transaction: `(folder, ref, message_id)` seen (and which of them were
        `fetched` whole), observations, new cursors."""
        whole = set(fetched)
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO seen (account, folder, ref, message_id, fetched) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (account, folder.value, ref, message_id, int((folder, ref) in whole))
                    for folder, ref, message_id in seen
                ],
            )
            inserted = [
                observation
                for observation in observations
                if db.execute(
                    "INSERT OR IGNORE INTO observations "
                    "(account, message_id, kind, from_user, sender_domain, data) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    observation_row(observation),
                ).rowcount
            ]
            db.executemany(
                "INSERT INTO cursors (account, folder, cursor) VALUES (?, ?, ?) "
                "ON CONFLICT (account, folder) DO UPDATE SET cursor = excluded.cursor",
                [(account, folder.value, cursor) for folder, cursor in cursors.items()],
            )
        self._generation += len(inserted)
        for observation in inserted:
            for key in (observation.account, None):
                if key in self._observations:
                    self._observations[key].append(observation)

    def observations(self, account: str | None = None) -> list[Observation]:
        """Every recorded observation (of one account), in the order they were recorded.

        Decoded once and kept until this Store records more: a cycle with nothing new
        does not read them again.
        """
        self._drop_caches_if_changed_elsewhere()
        if account in self._observations:
            return list(self._observations[account])
        with translated_errors(self.path):
            if account is None:
                rows = self._db.execute("SELECT data FROM observations ORDER BY id")
            else:
                rows = self._db.execute(
                    "SELECT data FROM observations WHERE account = ? ORDER BY id", (account,)
                )
            decoded = [observation_from_json(str(row[0])) for row in rows]
        self._observations[account] = decoded
        return list(decoded)

    def accounts(self) -> list[str]:
        with translated_errors(self.path):
            rows = self._db.execute(
                "SELECT account FROM observations UNION SELECT account FROM drafts ORDER BY 1"
            ).fetchall()
        return [str(row[0]) for row in rows]

    # --- the last plan ------------------------------------------------------------------------

    def revision(self) -> int:
        """Bumped by every change to observations or the drafts ledger, by any connection."""
        with translated_errors(self.path):
            row = self._db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def stored_plan(self, account: str) -> tuple[int, str, datetime, datetime | None] | None:
        """(revision, settings digest, when, next due moment) of the account's last plan."""
        with translated_errors(self.path):
            row = self._db.execute(
                "SELECT revision, settings, at, next_due FROM plans WHERE account = ?", (account,)
            ).fetchone()
        if row is None:
            return None
        due = datetime.fromisoformat(row[3]) if row[3] else None
        return int(row[0]), str(row[1]), datetime.fromisoformat(row[2]), due

    def store_plan(
        self, account: str, settings: str, at: datetime, next_due: datetime | None
    ) -> None:
        """The plan just made stands for the store as it is now (its revision)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO plans (account, revision, settings, at, next_due) "
                "SELECT ?, value, ?, ?, ? FROM meta WHERE key = 'revision' "
                "ON CONFLICT (account) DO UPDATE SET revision = excluded.revision, "
                "settings = excluded.settings, at = excluded.at, next_due = excluded.next_due",
                (account, settings, at.isoformat(), next_due.isoformat() if next_due else None),
            )

    # --- the drafts ledger -----------------------------------------------------------------

    def ledger(self, account: str | None = None) -> list[DraftRecord]:
        self._drop_caches_if_changed_elsewhere()
        if account not in self._ledgers:
            self._ledgers[account] = self._read_ledger(account)
        return list(self._ledgers[account])

    def _read_ledger(self, account: str | None) -> list[DraftRecord]:
        sql = "SELECT process_id, stage, recipient, occurrence, message_id, at, status FROM drafts"
        with translated_errors(self.path):
            if account is None:
                rows = self._db.execute(sql + " ORDER BY rowid").fetchall()
            else:
                rows = self._db.execute(
                    sql + " WHERE account = ? ORDER BY rowid", (account,)
                ).fetchall()
        return [draft_record_from_row(row) for row in rows]

    def record_draft(self, record: DraftRecord, account: str = "") -> bool:
        """Add a ledger row; False if (process, stage, recipient, occurrence) already has one.
        The intent of that key, if any, is settled with it (intents.py)."""
        with self._transaction() as db:
            db.execute(
                "DELETE FROM draft_intents "
                "WHERE process_id = ? AND stage = ? AND recipient = ? AND occurrence = ?",
                draft_key(record),
            )
            inserted = db.execute(
                "INSERT OR IGNORE INTO drafts "
                "(process_id, stage, recipient, occurrence, account, message_id, at, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.process_id,
                    record.stage.value,
                    record.recipient,
                    record.occurrence,
                    account,
                    record.message_id,
                    record.at.isoformat(),
                    record.status,
                ),
            ).rowcount
        self._generation += inserted
        self._ledgers.clear()
        return inserted == 1

    def mark_drafts_deleted(self, message_ids: Collection[str]) -> None:
        """The user deleted these drafts: remember it, so they are never made again."""
        with self._transaction() as db:
            for message_id in message_ids:
                self._generation += db.execute(
                    "UPDATE drafts SET status = 'deleted' WHERE message_id = ? AND status = 'made'",
                    (message_id,),
                ).rowcount
        self._ledgers.clear()

    # --- the user's corrections ------------------------------------------------------------

    def corrections(self) -> list[Correction]:
        """Every correction, oldest first."""
        self._drop_caches_if_changed_elsewhere()
        if self._corrections is None:
            with translated_errors(self.path):
                self._corrections = select_corrections(self._db)
        return list(self._corrections)

    def add_correction(self, correction: Correction) -> Correction:
        """Store a correction (a kind replaces the message's earlier kind correction); the
        stored one, with its number. The same correction twice is stored once."""
        with self._transaction() as db:
            stored, _ = insert_correction(db, correction)
        self._changed_corrections()
        return stored

    def remove_correction(self, number: int) -> Correction | None:
        """Undo a correction; None if there is none with that number."""
        with self._transaction() as db:
            removed = delete_correction(db, number)
        self._changed_corrections()
        return removed

    def _changed_corrections(self) -> None:
        self._generation += 1
        self._corrections = None

    # --- reading again after an upgrade of the classifier ---------------------------------

    def classifier_version(self, account: str) -> str | None:
        """The version of the classifier that read the account's stored mail (None: unknown)."""
        with translated_errors(self.path):
            return readings.select_version(self._db, account)

    def set_classifier_version(self, account: str, version: str) -> None:
        with self._transaction() as db:
            readings.upsert_version(db, account, version)

    def has_seen(self, account: str) -> bool:
        with translated_errors(self.path):
            return readings.any_seen(self._db, account)

    def kept_candidates(self, account: str) -> list[str]:
        """Message-IDs of messages fetched whole that did not matter when they were read."""
        with translated_errors(self.path):
            return readings.select_kept(self._db, account)

    def seen_locations(
        self, account: str, message_ids: Collection[str]
    ) -> dict[str, list[tuple[FolderRole, str]]]:
        with translated_errors(self.path):
            return readings.select_locations(self._db, account, message_ids)

    def replace_readings(
        self,
        account: str,
        observations: Sequence[Observation],
        removed: Collection[str],
        version: str,
    ) -> None:
        """In one transaction: new readings of stored messages, the observations of messages
        that no longer matter removed, and the classifier version that read them."""
        with self._transaction() as db:
            readings.replace_observations(db, account, observations, removed)
            readings.upsert_version(db, account, version)
        self._generation += 1
        self._observations.clear()
