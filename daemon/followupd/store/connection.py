"""The state database's connection: opening, migrations, transactions, and knowing when
another connection changed the state. `Store` (database.py) adds the tables' methods.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Self

from followupd.closable import Closes
from followupd.errors import StoreError
from followupd.store.in_lists import in_chunks
from followupd.store.schema import BUSY_TIMEOUT_MS, MIGRATIONS, SCHEMA_VERSION, translated_errors

WAL_PAUSE = 0.01  # seconds between attempts to switch a new file to WAL
WAL_ATTEMPTS = int(BUSY_TIMEOUT_MS / 1000 / WAL_PAUSE)


class Connection(Closes):
    """One connection to the state database, migrated to this version's schema."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path
        self._generation = 0  # bumped by every write that changes state (see `generation`)
        self._data_version = -1

    @property
    def generation(self) -> int:
        """Changes whenever the state changes: by this Store's writes, or when another
        connection (`followupd correct` while the daemon runs) has committed since."""
        self._drop_caches_if_changed_elsewhere()
        return self._generation

    @classmethod
    def open(cls, path: Path | str) -> Self:
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
        self._use_wal()
        self._db.execute("PRAGMA foreign_keys = ON")

    def _use_wal(self) -> None:
        """Switching a new file to WAL takes a lock SQLite's busy handler does not wait for:
        runs that open a new state file together retry here, about as long as the busy timeout."""
        for attempt in range(WAL_ATTEMPTS):
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                    raise
                time.sleep(WAL_PAUSE)

    def _migrate(self) -> None:
        if self._checked_version() == SCHEMA_VERSION:
            return
        # Read again under the write lock: another process may have migrated meanwhile
        # (two runs started together on a new state file).
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for number in range(self._checked_version() + 1, SCHEMA_VERSION + 1):
                for statement in _statements(MIGRATIONS[number - 1]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")
            self._db.execute("COMMIT")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def _checked_version(self) -> int:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"state database {self.path} was written by a newer followupd "
                f"(schema {version}, this version knows {SCHEMA_VERSION})"
            )
        return version

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
        with translated_errors(self.path):
            for marks, chunk in in_chunks(values):
                found.update(row[0] for row in self._db.execute(sql.format(marks), (*head, *chunk)))
        return found

    def _drop_caches_if_changed_elsewhere(self) -> None:
        with translated_errors(self.path):
            version = int(self._db.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version:
            self._data_version = version
            self._generation += 1
            self._forget()

    def _forget(self) -> None:
        """Drop what was decoded from rows: another connection may have changed them."""


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


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a migration script, one at a time (executescript would commit
    the transaction the migration runs in)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\n;"):
        raise StoreError(f"an incomplete statement in a migration: {pending.strip()[:60]!r}")
