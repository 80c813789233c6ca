"""The state database's schema (numbered migrations), row conversions and error translation.

Part of the store (database.py): the only other place with SQL. A migration is appended, never
edited; `PRAGMA user_version` records how many were applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from followupd.errors import StoreError
from followupd.model import DraftRecord, DraftStatus, Observation, Stage
from followupd.store.codec import observation_to_json

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE seen (
        account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL,
        message_id TEXT NOT NULL,
        PRIMARY KEY (account, folder, ref)
    ) WITHOUT ROWID;
    CREATE INDEX seen_by_message_id ON seen (account, message_id);
    CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL, message_id TEXT NOT NULL,
        kind TEXT NOT NULL, from_user INTEGER NOT NULL, sender_domain TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (account, message_id)
    );
    CREATE TABLE drafts (
        process_id TEXT NOT NULL, stage TEXT NOT NULL, recipient TEXT NOT NULL,
        occurrence INTEGER NOT NULL,
        account TEXT NOT NULL, message_id TEXT NOT NULL, at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('made', 'missed', 'deleted')),
        UNIQUE (process_id, stage, recipient, occurrence)
    );
    CREATE INDEX drafts_by_message_id ON drafts (message_id);
    CREATE TABLE cursors (
        account TEXT NOT NULL, folder TEXT NOT NULL, cursor TEXT NOT NULL,
        PRIMARY KEY (account, folder)
    ) WITHOUT ROWID;
    """,
    # 2: the user's corrections; which classifier read each account; which messages were
    # fetched whole (so an upgrade can read them again)
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- a number once undone is never given again
        message_id TEXT NOT NULL,
        what TEXT NOT NULL CHECK (what IN ('kind', 'not_interviewer', 'confirm')),
        value TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (message_id, what, value)
    );
    CREATE TABLE readers (
        account TEXT NOT NULL PRIMARY KEY, version TEXT NOT NULL
    ) WITHOUT ROWID;
    ALTER TABLE seen ADD COLUMN fetched INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: a draft's intent, recorded before it is saved (its ledger row once it landed); the
    # messages being read, so that one a run died on is known at the next; messages that could
    # not be read, set aside with the reason and the classifier version that gave up on them;
    # whom the user wrote to (a draft may go to them); what the running daemon could not use
    # of an edit (config, templates)
    """
    CREATE TABLE draft_intents (
        process_id TEXT NOT NULL, stage TEXT NOT NULL, recipient TEXT NOT NULL,
        occurrence INTEGER NOT NULL,
        account TEXT NOT NULL, message_id TEXT NOT NULL, at TEXT NOT NULL,
        mark TEXT NOT NULL,  -- where Drafts stood just before the save (the backend's own words)
        PRIMARY KEY (process_id, stage, recipient, occurrence)
    ) WITHOUT ROWID;
    CREATE TABLE reading (
        account TEXT NOT NULL, message_id TEXT NOT NULL,
        attempts INTEGER NOT NULL,  -- started and not finished
        PRIMARY KEY (account, message_id)
    ) WITHOUT ROWID;
    CREATE TABLE quarantine (
        account TEXT NOT NULL, message_id TEXT NOT NULL,
        folder TEXT NOT NULL, ref TEXT NOT NULL,
        sender TEXT NOT NULL, subject TEXT NOT NULL, reason TEXT NOT NULL,
        version TEXT NOT NULL,  -- the classifier version that gave up on it
        at TEXT NOT NULL,
        PRIMARY KEY (account, message_id)
    ) WITHOUT ROWID;
    CREATE TABLE written_to (
        account TEXT NOT NULL, address TEXT NOT NULL,  -- everyone the user's sent mail went to
        PRIMARY KEY (account, address)
    ) WITHOUT ROWID;
    CREATE TABLE notices (
        topic TEXT NOT NULL PRIMARY KEY,  -- "config", "templates": what a running daemon
        text TEXT NOT NULL,               -- could not use, for `status` to say
        at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 4: the last plan of each account, and a revision that every change to what a plan reads
    # (observations, the drafts ledger) bumps, by trigger whatever writes it: a fresh `once`
    # with the same revision, settings and a due moment not reached yet need not plan again.
    # A table a plan comes to read gets the same three triggers.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO meta (key, value) VALUES ('revision', 0);
    CREATE TRIGGER observations_insert AFTER INSERT ON observations
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER observations_update AFTER UPDATE ON observations
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER observations_delete AFTER DELETE ON observations
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER drafts_insert AFTER INSERT ON drafts
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER drafts_update AFTER UPDATE ON drafts
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER drafts_delete AFTER DELETE ON drafts
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER corrections_insert AFTER INSERT ON corrections
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER corrections_update AFTER UPDATE ON corrections
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER corrections_delete AFTER DELETE ON corrections
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER written_to_insert AFTER INSERT ON written_to
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER written_to_update AFTER UPDATE ON written_to
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER written_to_delete AFTER DELETE ON written_to
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TABLE plans (
        account TEXT PRIMARY KEY, revision INTEGER NOT NULL, settings TEXT NOT NULL,
        at TEXT NOT NULL, next_due TEXT
    ) WITHOUT ROWID;
    """,
    # 5: the user's own news (another offer, accepted, withdraw, mute, snooze, references),
    # keyed by the employer and the messages it is about, which a plan reads (so it bumps the
    # revision, as 4 says); the INBOX note of each day
    """
    CREATE TABLE news (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- a number once undone is never given again
        what TEXT NOT NULL CHECK (
            what IN ('offer', 'accepted', 'withdraw', 'mute', 'snooze', 'references')
        ),
        employer TEXT NOT NULL,
        messages TEXT NOT NULL,  -- JSON list of Message-IDs
        at TEXT NOT NULL,
        until TEXT NOT NULL DEFAULT '',
        reply_by TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE TRIGGER news_insert AFTER INSERT ON news
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER news_update AFTER UPDATE ON news
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TRIGGER news_delete AFTER DELETE ON news
        BEGIN UPDATE meta SET value = value + 1 WHERE key = 'revision'; END;
    CREATE TABLE notes (
        account TEXT NOT NULL, day TEXT NOT NULL,
        message_id TEXT NOT NULL,
        listed TEXT NOT NULL,  -- JSON list of what the note tells
        at TEXT NOT NULL,
        PRIMARY KEY (account, day)
    ) WITHOUT ROWID;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 5000


@contextmanager
def translated_errors(path: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreError(
                f"state database {path} is locked by another followupd process "
                "(is the daemon already running?)"
            ) from error
        raise StoreError(f"state database {path}: {error}") from error
    except sqlite3.Error as error:
        raise StoreError(f"state database {path} is unusable: {error}") from error


def observation_row(observation: Observation) -> tuple[str, str, str, int, str, str]:
    sender = observation.envelope.sender
    domain = sender.address.rpartition("@")[2] if sender else ""
    return (
        observation.account,
        observation.envelope.message_id,
        observation.signal.kind.value,
        int(observation.from_user),
        domain,
        observation_to_json(observation),
    )


def draft_record_from_row(row: tuple[str, str, str, int, str, str, str]) -> DraftRecord:
    process_id, stage, recipient, occurrence, message_id, at, status = row
    return DraftRecord(
        process_id=process_id,
        stage=Stage(stage),
        recipient=recipient,
        occurrence=int(occurrence),
        message_id=message_id,
        at=datetime.fromisoformat(at),
        status=_draft_status(status),
    )


_DRAFT_STATUSES: dict[str, DraftStatus] = {"made": "made", "missed": "missed", "deleted": "deleted"}


def _draft_status(stored: str) -> DraftStatus:
    try:
        return _DRAFT_STATUSES[stored]
    except KeyError:
        raise StoreError(f"the drafts ledger holds an unknown status {stored!r}") from None
