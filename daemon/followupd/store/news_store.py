"""The Store's part for the user's own news (`followupd news`) and the INBOX notes left: the
news and notes tables (news.py holds their SQL), cached like the corrections and dropped when
another connection changes them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import date

from followupd.model import FolderRole, NewsEvent
from followupd.store import news as news_table
from followupd.store.connection import Connection
from followupd.store.news import NoteRecord
from followupd.store.schema import translated_errors


class NewsStore(Connection):
    """The news and notes tables over one connection; `Store` adds the rest."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        super().__init__(connection, path)
        self._news: list[NewsEvent] | None = None

    def _forget(self) -> None:
        super()._forget()
        self._news = None

    def news(self) -> list[NewsEvent]:
        """Every event the user said (`followupd news`), oldest first."""
        self._drop_caches_if_changed_elsewhere()
        if self._news is None:
            with translated_errors(self.path):
                self._news = news_table.select_news(self._db)
        return list(self._news)

    def add_news(self, event: NewsEvent) -> NewsEvent:
        """Store an event; the stored one, with its number."""
        with self._transaction() as db:
            stored = news_table.insert_news(db, event)
        self._changed_news()
        return stored

    def remove_news(self, number: int) -> NewsEvent | None:
        """Undo an event; None if there is none with that number."""
        with self._transaction() as db:
            removed = news_table.delete_news(db, number)
        self._changed_news()
        return removed

    def _changed_news(self) -> None:
        self._generation += 1
        self._news = None

    def note(self, account: str, day: date) -> NoteRecord | None:
        """The INBOX note left on `day` (the user's local day) in the account, if any."""
        with translated_errors(self.path):
            return news_table.select_note(self._db, account, day)

    def expect_note(self, account: str, message_id: str) -> None:
        """The note about to be put in INBOX is followupd's own: counted as seen, never read."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO seen (account, folder, ref, message_id) VALUES (?, ?, ?, ?)",
                (account, FolderRole.INBOX.value, f"note:{message_id}", message_id),
            )

    def own_notes(self, account: str, message_ids: Collection[str]) -> set[str]:
        """Which of these Message-IDs are followupd's own INBOX notes (no mail to count)."""
        sql = (
            "SELECT message_id FROM seen "
            "WHERE account = ? AND ref LIKE 'note:%' AND message_id IN ({})"
        )
        return self._select_in(sql, (account,), message_ids)

    def record_note(self, note: NoteRecord) -> None:
        with self._transaction() as db:
            news_table.upsert_note(db, note)
