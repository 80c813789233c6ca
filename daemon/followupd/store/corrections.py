"""The corrections table: the user's word on a message's reading, by Message-ID.

Part of the store (database.py holds the connection, its transactions and caches). A
message has at most one kind correction (a new one replaces it), and each other correction
once.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from followupd.errors import StoreError
from followupd.model import CORRECTION_KINDS, Correction, CorrectionKind

_SELECT = "SELECT id, message_id, what, value, at FROM corrections"


def select_corrections(db: sqlite3.Connection) -> list[Correction]:
    rows = db.execute(_SELECT + " ORDER BY id").fetchall()
    return [_from_row(row) for row in rows]


def insert_correction(db: sqlite3.Connection, correction: Correction) -> tuple[Correction, bool]:
    """The stored correction, and whether it is new (False: the same one was already there)."""
    if correction.what == "kind":
        db.execute(
            "DELETE FROM corrections WHERE message_id = ? AND what = 'kind' AND value != ?",
            (correction.message_id, correction.value),
        )
    at = correction.at.isoformat() if correction.at else ""
    added = db.execute(
        "INSERT OR IGNORE INTO corrections (message_id, what, value, at) VALUES (?, ?, ?, ?)",
        (correction.message_id, correction.what, correction.value, at),
    ).rowcount
    row = db.execute(
        _SELECT + " WHERE message_id = ? AND what = ? AND value = ?",
        (correction.message_id, correction.what, correction.value),
    ).fetchone()
    return _from_row(row), added == 1


def delete_correction(db: sqlite3.Connection, number: int) -> Correction | None:
    row = db.execute(_SELECT + " WHERE id = ?", (number,)).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM corrections WHERE id = ?", (number,))
    return _from_row(row)


def _from_row(row: tuple[int, str, str, str, str]) -> Correction:
    number, message_id, what, value, at = row
    return Correction(
        message_id=message_id,
        what=_what(what),
        value=value,
        id=int(number),
        at=datetime.fromisoformat(at) if at else None,
    )


def _what(stored: str) -> CorrectionKind:
    for what in CORRECTION_KINDS:
        if what == stored:
            return what
    raise StoreError(f"the corrections table holds an unknown correction {stored!r}")
