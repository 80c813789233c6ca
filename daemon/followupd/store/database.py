"""The daemon's memory in SQLite: seen messages, observations, the drafts ledger, cursors.

The only SQL in the project. One `Store` holds one connection; open one per thread or
process (SQLite's WAL mode lets `status` read while `run` writes). The schema evolves by
numbered migrations recorded in `PRAGMA user_version`; a database written by a newer
version is refused rather than guessed at. Every sqlite3 error leaves as `StoreError`.

Why seen messages and observations are apart: every polled message gets a small `seen`
row (so it is never fetched twice, by ref or, after a UIDVALIDITY resync, by Message-ID),
but only messages that matter get an observation. A cycle loads observations only, so an
idle cycle costs the same whether 1,000 or 100,000 messages were seen before.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from followupd.closable import Closes
from followupd.errors import StoreError
from followupd.model import DraftRecord, FolderRole, Kind, Observation
from followupd.store.codec import observation_from_json
from followupd.store.schema import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    draft_record_from_row,
    observation_row,
    translated_errors,
)

_IN_CHUNK = 500  # stay well under SQLite's bound-parameter limit


class Store(Closes):
    """One connection to the state database. Use `Store.open`; close it (or use `with`)."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path
        self.generation = 0  # bumped by every write through this Store that changes state
        # decoded rows, kept up to date by this Store's own writes; dropped when another
        # connection commits (PRAGMA data_version), so a cycle never re-reads what it knows
        self._observations: dict[str | None, list[Observation]] = {}
        self._ledgers: dict[str | None, list[DraftRecord]] = {}
        self._data_version = -1

    @classmethod
    def open(cls, path: Path | str) -> Store:
        where = str(path) if str(path) == ":memory:" else str(Path(path).expanduser())
        with translated_errors(where):
            if where != ":memory:":
                _make_private(Path(where))
            connection = sqlite3.connect(where, isolation_level=None, timeout=0)
            store = cls(connection, where)
            try:
                store._configure()
                store._migrate()
            except BaseException:
                connection.close()
                raise
            return store

    def _configure(self) -> None:
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA foreign_keys = ON")

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"state database {self.path} was written by a newer followupd "
                f"(schema {version}, this version knows {SCHEMA_VERSION})"
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[number - 1]
            self._db.executescript(
                f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number}; COMMIT;"
            )

    def schema_version(self) -> int:
        with translated_errors(self.path):
            row = self._db.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with translated_errors(self.path):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _select_in(self, sql: str, head: Sequence[object], values: Collection[str]) -> set[str]:
        """Run `sql` (ending in `IN ({})`) over `values` in chunks; the first column, as a set."""
        found: set[str] = set()
        items = list(values)
        with translated_errors(self.path):
            for start in range(0, len(items), _IN_CHUNK):
                chunk = items[start : start + _IN_CHUNK]
                query = sql.format(",".join("?" * len(chunk)))
                found.update(row[0] for row in self._db.execute(query, (*head, *chunk)))
        return found

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
    ) -> None:
        """In one transaction: `(folder, ref, message_id)` seen, observations, new cursors."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO seen (account, folder, ref, message_id) VALUES (?, ?, ?, ?)",
                [(account, folder.value, ref, message_id) for folder, ref, message_id in seen],
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
        self.generation += len(inserted)
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

    def _drop_caches_if_changed_elsewhere(self) -> None:
        with translated_errors(self.path):
            version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version:
            self._data_version = version
            self._observations.clear()
            self._ledgers.clear()

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
        """Add a ledger row; False if (process, stage, recipient, occurrence) already has one."""
        with self._transaction() as db:
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
        self.generation += inserted
        self._ledgers.clear()
        return inserted == 1

    def mark_drafts_deleted(self, message_ids: Collection[str]) -> None:
        """The user deleted these drafts: remember it, so they are never made again."""
        with self._transaction() as db:
            for message_id in message_ids:
                self.generation += db.execute(
                    "UPDATE drafts SET status = 'deleted' WHERE message_id = ? AND status = 'made'",
                    (message_id,),
                ).rowcount
        self._ledgers.clear()


def _make_private(path: Path) -> None:
    """The database (mail addresses, names, subjects) readable by its owner only.

    SQLite gives the -wal and -shm files the main file's mode, so the main file is made
    0600 before SQLite first opens it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        for file in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
            if file.exists():
                file.chmod(0o600)
    except OSError as error:
        raise StoreError(f"state database {path}: {error.strerror or error}") from None
