"""What reading the mail again needs from the state: which classifier version read each
account, where each message is on the server, and which fetched messages did not matter.

Part of the store (database.py holds the connection, its transactions and caches).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence

from followupd.model import FolderRole, Observation
from followupd.store.in_lists import in_chunks
from followupd.store.schema import observation_row


def select_version(db: sqlite3.Connection, account: str) -> str | None:
    row = db.execute("SELECT version FROM readers WHERE account = ?", (account,)).fetchone()
    return None if row is None else str(row[0])


def upsert_version(db: sqlite3.Connection, account: str, version: str) -> None:
    db.execute(
        "INSERT INTO readers (account, version) VALUES (?, ?) "
        "ON CONFLICT (account) DO UPDATE SET version = excluded.version",
        (account, version),
    )


def any_seen(db: sqlite3.Connection, account: str) -> bool:
    return (
        db.execute("SELECT 1 FROM seen WHERE account = ? LIMIT 1", (account,)).fetchone()
        is not None
    )


def select_kept(db: sqlite3.Connection, account: str) -> list[str]:
    """Message-IDs of messages fetched whole that became no observation."""
    rows = db.execute(
        "SELECT DISTINCT message_id FROM seen WHERE account = ? AND fetched = 1 "
        "AND message_id NOT IN (SELECT message_id FROM observations WHERE account = ?) "
        "ORDER BY message_id",
        (account, account),
    ).fetchall()
    return [str(row[0]) for row in rows]


def select_locations(
    db: sqlite3.Connection, account: str, message_ids: Collection[str]
) -> dict[str, list[tuple[FolderRole, str]]]:
    """Every (folder, ref) each message was seen at (after a UIDVALIDITY change, under both
    the old and the new epoch's refs: the mailbox skips refs of another epoch)."""
    found: dict[str, list[tuple[FolderRole, str]]] = {}
    items = sorted(message_ids)
    sql = (
        "SELECT message_id, folder, ref FROM seen WHERE account = ? AND message_id IN ({}) "
        "ORDER BY folder, ref"
    )
    for marks, chunk in in_chunks(items):
        rows = db.execute(sql.format(marks), (account, *chunk))
        for message_id, folder, ref in rows:
            found.setdefault(str(message_id), []).append((FolderRole(folder), str(ref)))
    return found


def replace_observations(
    db: sqlite3.Connection,
    account: str,
    observations: Sequence[Observation],
    removed: Collection[str],
) -> int:
    """Upsert the new readings (a message keeps its place in the order) and delete the rows
    of the Message-IDs `removed`; how many rows changed."""
    changed = 0
    for message_id in removed:
        changed += db.execute(
            "DELETE FROM observations WHERE account = ? AND message_id = ?", (account, message_id)
        ).rowcount
    for observation in observations:
        changed += db.execute(
            "INSERT INTO observations "
            "(account, message_id, kind, from_user, sender_domain, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account, message_id) DO UPDATE SET "
            "kind = excluded.kind, from_user = excluded.from_user, "
            "sender_domain = excluded.sender_domain, data = excluded.data",
            observation_row(observation),
        ).rowcount
    return changed
