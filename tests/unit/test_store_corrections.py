"""The store's corrections, classifier versions and fetched marks (schema migration 2)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from test_store import observation

from followupd.model import Correction, FolderRole, Kind
from followupd.store import Store
from followupd.store.schema import MIGRATIONS

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
INBOX = FolderRole.INBOX


def test_corrections_are_stored_numbered_listed_and_undone(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state.db") as store:
        first = store.add_correction(Correction("<a@x>", "kind", "rejection", at=NOW))
        second = store.add_correction(Correction("<b@x>", "not_interviewer", "cora@x"))
    with Store.open(tmp_path / "state.db") as store:
        assert store.corrections() == [first, second]
        assert (first.id, first.at, second.id) == (1, NOW, 2)
        assert store.remove_correction(first.id) == first
        assert store.remove_correction(first.id) is None
        assert store.corrections() == [second]
        assert store.remove_correction(second.id) == second
        third = store.add_correction(Correction("<c@x>", "confirm"))
        assert third.id == 3  # never the number of one undone: `--undo 2` stays harmless


def test_a_new_kind_replaces_the_messages_earlier_kind_and_the_same_correction_is_kept_once() -> (
    None
):
    with Store.open(":memory:") as store:
        store.add_correction(Correction("<a@x>", "kind", "rejection"))
        store.add_correction(Correction("<a@x>", "confirm"))
        kept = store.add_correction(Correction("<a@x>", "kind", "offer"))
        again = store.add_correction(Correction("<a@x>", "kind", "offer"))
        assert again == kept
        assert [(c.what, c.value) for c in store.corrections()] == [
            ("confirm", ""),
            ("kind", "offer"),
        ]


def test_a_correction_changes_the_generation_here_and_in_another_connection(tmp_path: Path) -> None:
    """The daemon's plan cache is keyed on the generation: `followupd correct` runs in another
    process, and the daemon's next cycle must re-plan."""
    path = tmp_path / "state.db"
    with Store.open(path) as daemon, Store.open(path) as command:
        before = daemon.generation
        assert daemon.generation == before  # nothing changed: the cache holds
        command.add_correction(Correction("<a@x>", "confirm"))
        assert daemon.generation != before
        assert daemon.corrections() == command.corrections()
        mine = command.generation
        command.remove_correction(1)
        assert command.generation != mine and daemon.corrections() == []


def test_fetched_messages_are_marked_and_those_that_did_not_matter_are_kept_candidates() -> None:
    with Store.open(":memory:") as store:
        seen = [(INBOX, "1", "<a@x>"), (INBOX, "2", "<b@x>"), (INBOX, "3", "<c@x>")]
        fetched = [(INBOX, "1"), (INBOX, "2")]
        store.record_sync("personal", seen, [observation("<a@x>")], {INBOX: "c1"}, fetched)
        assert store.kept_candidates("personal") == ["<b@x>"]  # fetched, no observation
        assert store.kept_candidates("other") == []
        store.record_sync("personal", [(INBOX, "9:1", "<a@x>")], [], {INBOX: "c2"})
        assert store.seen_locations("personal", ["<a@x>", "<z@x>"]) == {
            "<a@x>": [(INBOX, "1"), (INBOX, "9:1")]
        }


def test_classifier_versions_are_per_account_and_replacing_readings_keeps_the_order() -> None:
    with Store.open(":memory:") as store:
        assert store.classifier_version("personal") is None and not store.has_seen("personal")
        store.set_classifier_version("personal", "v1")
        first, second = observation("<a@x>"), observation("<b@x>")
        store.record_sync("personal", [(INBOX, "1", "<a@x>")], [first, second], {INBOX: "c"})
        assert store.has_seen("personal")
        before = store.generation
        moved = replace(first, signal=replace(first.signal, kind=Kind.REJECTION))
        store.replace_readings("personal", [moved], ["<b@x>"], "v2")
        assert store.generation != before
        assert [o.signal.kind for o in store.observations("personal")] == [Kind.REJECTION]
        assert store.employer_domains("personal") == {"acme.example"}
        assert (store.classifier_version("personal"), store.classifier_version("work")) == (
            "v2",
            None,
        )


def test_a_database_of_the_first_schema_is_migrated_without_losing_anything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    old.execute("INSERT INTO seen VALUES ('personal', 'inbox', '7', '<a@x>')")
    old.close()
    with Store.open(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.seen_refs("personal", INBOX, ["7"]) == {"7"}
        assert store.kept_candidates("personal") == []  # not known to be fetched: never re-read
        assert store.classifier_version("personal") is None  # read by an older version
        assert store.corrections() == []
