"""The news table: what the user said about their applications (`followupd news`), and the
notes table: the INBOX note left each day, and what it told.

Part of the store (database.py holds the connection, its transactions and caches). Numbers
of undone events are never given again (AUTOINCREMENT), as with corrections.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from followupd.errors import StoreError
from followupd.model import NEWS_KINDS, NewsEvent, NewsKind

_SELECT = "SELECT id, what, employer, messages, at, until, reply_by, reason FROM news"


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """The INBOX note of one day of one account: its Message-ID and what it told."""

    account: str
    day: date
    message_id: str
    listed: tuple[str, ...]
    at: datetime


def select_news(db: sqlite3.Connection) -> list[NewsEvent]:
    return [_from_row(row) for row in db.execute(_SELECT + " ORDER BY id").fetchall()]


def insert_news(db: sqlite3.Connection, event: NewsEvent) -> NewsEvent:
    number = db.execute(
        "INSERT INTO news (what, employer, messages, at, until, reply_by, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            event.what,
            event.employer,
            json.dumps(list(event.messages)),
            event.at.isoformat(),
            event.until.isoformat() if event.until else "",
            event.reply_by.isoformat() if event.reply_by else "",
            event.reason,
        ),
    ).lastrowid
    row = db.execute(_SELECT + " WHERE id = ?", (number,)).fetchone()
    return _from_row(row)


def delete_news(db: sqlite3.Connection, number: int) -> NewsEvent | None:
    row = db.execute(_SELECT + " WHERE id = ?", (number,)).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM news WHERE id = ?", (number,))
    return _from_row(row)


def select_note(db: sqlite3.Connection, account: str, day: date) -> NoteRecord | None:
    row = db.execute(
        "SELECT message_id, listed, at FROM notes WHERE account = ? AND day = ?",
        (account, day.isoformat()),
    ).fetchone()
    if row is None:
        return None
    message_id, listed, at = row
    return NoteRecord(
        account, day, str(message_id), tuple(json.loads(listed)), datetime.fromisoformat(at)
    )


def upsert_note(db: sqlite3.Connection, note: NoteRecord) -> None:
    db.execute(
        "INSERT INTO notes (account, day, message_id, listed, at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (account, day) DO UPDATE SET message_id = excluded.message_id, "
        "listed = excluded.listed, at = excluded.at",
        (
            note.account,
            note.day.isoformat(),
            note.message_id,
            json.dumps(list(note.listed)),
            note.at.isoformat(),
        ),
    )


def _from_row(row: tuple[int, str, str, str, str, str, str, str]) -> NewsEvent:
    number, what, employer, messages, at, until, reply_by, reason = row
    return NewsEvent(
        what=_what(what),
        employer=employer,
        messages=tuple(str(m) for m in json.loads(messages)),
        at=datetime.fromisoformat(at),
        until=date.fromisoformat(until) if until else None,
        reply_by=date.fromisoformat(reply_by) if reply_by else None,
        reason=reason,
        id=int(number),
    )


def _what(stored: str) -> NewsKind:
    for what in NEWS_KINDS:
        if what == stored:
            return what
    raise StoreError(f"the news table holds an unknown kind {stored!r}")
