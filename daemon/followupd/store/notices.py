"""What the running daemon wants `status` to say: an edit of the config or the templates it
could not use (the last good version keeps working until it is fixed).

Part of the store (database.py holds the connection, its transactions and caches).
"""

from __future__ import annotations

from datetime import datetime

from followupd.store.connection import Connection
from followupd.store.schema import translated_errors


class Notices(Connection):
    """The `notices` table's methods, mixed into `Store`."""

    def set_notice(self, topic: str, text: str, at: datetime) -> None:
        """Say `text` about `topic` (replacing what was said about it); unchanged text keeps
        its time."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO notices (topic, text, at) VALUES (?, ?, ?) ON CONFLICT (topic) "
                "DO UPDATE SET text = excluded.text, at = excluded.at "
                "WHERE notices.text != excluded.text",
                (topic, text, at.isoformat()),
            )

    def clear_notice(self, topic: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM notices WHERE topic = ?", (topic,))

    def notices(self) -> list[tuple[str, str, datetime]]:
        """(topic, text, since when), by topic."""
        with translated_errors(self.path):
            rows = self._db.execute("SELECT topic, text, at FROM notices ORDER BY topic")
            return [(str(t), str(x), datetime.fromisoformat(str(a))) for t, x, a in rows]
