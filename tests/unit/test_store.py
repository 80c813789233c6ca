"""The SQLite store: migrations, state across reopen, the ledger's once-ever rule, errors."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followupd.errors import StoreError
from followupd.model.domain import (
    DraftRecord,
    Envelope,
    FolderRole,
    Kind,
    Observation,
    Person,
    Signal,
    Stage,
)
from followupd.store.database import SCHEMA_VERSION, Store

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)


def observation(
    message_id: str, kind: Kind = Kind.INTERVIEW_SCHEDULED, sender: str = "dana@acme.example"
) -> Observation:
    return Observation(
        key=f"inbox/{message_id}",
        account="personal",
        folder=FolderRole.INBOX,
        envelope=Envelope(
            message_id=message_id,
            subject="Interview",
            sender=Person(sender, "Dana Lee"),
            to=(Person("sam@example.com"),),
            date=datetime.fromisoformat("2026-03-02T09:00:00-05:00"),
            references=("<a@x>", "<b@x>"),
        ),
        signal=Signal(
            kind=kind,
            evidence=("calendar REQUEST",),
            interview_start=datetime.fromisoformat("2026-03-10T14:00:00-05:00"),
            interviewers=(Person("dana@acme.example", "Dana Lee"),),
            decision_by=date(2026, 3, 20),
            company="Acme",
        ),
        from_user=False,
    )


def record(occurrence: int = 1, message_id: str = "<d1@example.com>") -> DraftRecord:
    return DraftRecord("p1", Stage.CHECK_IN, "dana@acme.example", occurrence, message_id, NOW)


def test_a_new_database_is_migrated_to_the_latest_schema(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state.db") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_state_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.db"
    with Store.open(path) as store:
        store.record_sync(
            "personal",
            [(FolderRole.INBOX, "17", "<m1@acme.example>")],
            [observation("<m1@acme.example>")],
            {FolderRole.INBOX: "cursor-1"},
        )
        store.record_draft(record(), "personal")
    with Store.open(path) as store:
        assert store.cursor("personal", FolderRole.INBOX) == "cursor-1"
        assert store.cursor("personal", FolderRole.SENT) is None
        assert store.seen_refs("personal", FolderRole.INBOX, ["17", "18"]) == {"17"}
        assert store.seen_message_ids("personal", ["<m1@acme.example>", "<x@y>"]) == {
            "<m1@acme.example>"
        }
        assert store.observations("personal") == [observation("<m1@acme.example>")]
        assert store.ledger("personal") == [record()]


def test_the_database_and_its_wal_files_are_private_to_the_user(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    old_umask = os.umask(0o022)
    try:
        with Store.open(path) as store:
            store.record_sync("personal", [], [observation("<m1@acme.example>")], {})
            files = [path, *tmp_path.glob("state.db-*")]
            assert len(files) == 3  # the -wal and -shm files exist while it is open
            assert all(file.stat().st_mode & 0o077 == 0 for file in files)
    finally:
        os.umask(old_umask)


def test_the_ledger_holds_one_row_per_process_stage_recipient_occurrence() -> None:
    with Store.open(":memory:") as store:
        assert store.record_draft(record(1), "personal")
        assert not store.record_draft(record(1, message_id="<other@example.com>"), "personal")
        assert store.record_draft(record(2, message_id="<d2@example.com>"), "personal")
        assert [r.occurrence for r in store.ledger()] == [1, 2]


def test_the_ledger_uniqueness_is_a_database_constraint(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    Store.open(path).close()
    raw = sqlite3.connect(path)
    row = ("p1", "check_in", "dana@acme.example", 1, "personal", "<a@b>", NOW.isoformat(), "made")
    raw.execute("INSERT INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
    raw.close()


def test_a_deleted_draft_stays_in_the_ledger_as_deleted() -> None:
    with Store.open(":memory:") as store:
        store.record_draft(record(), "personal")
        store.mark_drafts_deleted(["<d1@example.com>"])
        assert [r.status for r in store.ledger("personal")] == ["deleted"]
        assert not store.record_draft(record(), "personal")


def test_an_observation_is_recorded_once_per_message_id() -> None:
    with Store.open(":memory:") as store:
        for ref in ("1", "2"):  # the same message under two refs, as after a resync
            store.record_sync(
                "personal",
                [(FolderRole.INBOX, ref, "<m1@acme.example>")],
                [observation("<m1@acme.example>")],
                {FolderRole.INBOX: ref},
            )
        assert len(store.observations("personal")) == 1
        assert store.seen_refs("personal", FolderRole.INBOX, ["1", "2"]) == {"1", "2"}


def test_employer_domains_come_from_hiring_mail_only() -> None:
    with Store.open(":memory:") as store:
        store.record_sync(
            "personal",
            [],
            [
                observation("<m1@acme.example>"),
                observation("<m2@news.example>", Kind.OTHER, "news@news.example"),
            ],
            {},
        )
        assert store.employer_domains("personal") == {"acme.example"}
        assert store.observed_message_ids("personal", ["<m2@news.example>", "<q@q>"]) == {
            "<m2@news.example>"
        }


def test_lookups_over_many_values_are_chunked() -> None:
    with Store.open(":memory:") as store:
        seen = [(FolderRole.INBOX, str(n), f"<{n}@x>") for n in range(2500)]
        store.record_sync("personal", seen, [], {})
        refs = [str(n) for n in range(0, 5000, 2)]
        assert len(store.seen_refs("personal", FolderRole.INBOX, refs)) == 1250


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer followupd"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not sqlite " * 100)
    with pytest.raises(StoreError, match="unusable"):
        Store.open(path)


def test_a_database_locked_by_another_daemon_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("followupd.store.connection.BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "state.db"
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with Store.open(path) as store, pytest.raises(StoreError, match="locked by another"):
            store.record_draft(record(), "personal")
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_observations_recorded_after_a_read_are_returned_by_the_next_read() -> None:
    with Store.open(":memory:") as store:
        store.record_sync("personal", [], [observation("<m1@acme.example>")], {})
        first = store.observations("personal")
        store.record_sync("personal", [], [observation("<m2@acme.example>")], {})
        assert len(first) == 1
        assert [o.envelope.message_id for o in store.observations("personal")] == [
            "<m1@acme.example>",
            "<m2@acme.example>",
        ]


def test_what_another_connection_records_is_seen_by_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as daemon, Store.open(path) as other:
        assert daemon.observations("personal") == [] and daemon.ledger() == []
        other.record_sync("personal", [], [observation("<m1@acme.example>")], {})
        other.record_draft(record(), "personal")
        assert len(daemon.observations("personal")) == 1
        assert daemon.ledger() == [record()]
