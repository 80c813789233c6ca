"""The news and notes tables (store/news.py, migration 5), a replay's news.toml
(commands/news_file.py), and the INBOX note of a local mailbox (backends/local)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from followupd.backends.local import LocalMailbox
from followupd.commands.news_file import read_news
from followupd.errors import UsageError
from followupd.model import DraftRecord, FolderRole, NewsEvent, Stage
from followupd.store import NoteRecord, Store
from followupd.store.schema import MIGRATIONS, SCHEMA_VERSION

AT = datetime(2026, 3, 11, 22, 0, tzinfo=UTC)


def test_news_are_stored_with_their_moment_numbered_and_undone_for_good(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        first = store.add_news(
            NewsEvent("snooze", "acme.example", ("<a@x>",), AT, date(2026, 4, 1))
        )
        second = store.add_news(
            NewsEvent("offer", "acme.example", ("<o@x>", "<a@x>"), AT, reply_by=date(2026, 3, 20))
        )
        generation = store.generation
        assert store.remove_news(first.id) == first
        assert store.generation != generation  # a cached plan is made again
        assert store.remove_news(first.id) is None
    with Store.open(path) as store:
        assert store.news() == [second]
        third = store.add_news(NewsEvent("withdraw", "globex.example", (), AT, reason="Moving."))
        assert third.id == 3  # an undone number is never given again


def test_a_database_of_mains_schema_gains_the_news_tables_and_keeps_what_it_had(
    tmp_path: Path,
) -> None:
    """The news came after the draft intents (3) and the plans' revision (4): a database at 4
    is migrated to 5, its intents kept; a change to the news bumps the revision, so a plan kept
    in the store is made again after `followupd news` (engine/plan_memo.py)."""
    path = tmp_path / "state.db"
    old = sqlite3.connect(path, isolation_level=None)
    old.executescript(f"BEGIN; {'; '.join(MIGRATIONS[:4])}; PRAGMA user_version = 4; COMMIT;")
    old.execute(
        "INSERT INTO draft_intents VALUES ('p', 'check_in', 'dana@acme.example', 1, 'work', "
        f"'<d@x>', '{AT.isoformat()}', '7:12')"
    )
    old.close()
    with Store.open(path) as store:
        assert store.schema_version() == SCHEMA_VERSION == 5
        [intent] = store.draft_intents("work")
        assert (intent.record.stage, intent.mark) == (Stage.CHECK_IN, "7:12")
        revision = store.revision()
        event = store.add_news(NewsEvent("mute", "acme.example", (), AT))
        assert store.news() == [event]
        assert store.revision() > revision
        revision = store.revision()
        assert store.remove_news(event.id) == event
        assert store.revision() > revision
        store.record_draft(
            DraftRecord("p", Stage.CHECK_IN, "dana@acme.example", 1, "<d@x>", AT), "work"
        )
        assert store.draft_intents("work") == []  # the row written: the intent is settled


def test_the_days_note_is_recorded_and_counted_as_seen(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state.db") as store:
        day = date(2026, 3, 11)
        assert store.note("work", day) is None
        store.expect_note("work", "<followupd-note.20260311.x@example.org>")
        assert store.seen_message_ids("work", ["<followupd-note.20260311.x@example.org>"])
        note = NoteRecord(
            "work", day, "<followupd-note.20260311.x@example.org>", ("draft:<d>",), AT
        )
        store.record_note(note)
        store.record_note(NoteRecord("work", day, note.message_id, ("draft:<d>", "draft:<e>"), AT))
        assert store.note("work", day) == NoteRecord(
            "work", day, note.message_id, ("draft:<d>", "draft:<e>"), AT
        )


def test_a_replays_news_toml_is_read_with_every_problem_at_once(tmp_path: Path) -> None:
    good = tmp_path / "news.toml"
    good.write_text(
        '[[news]]\nwhat = "snooze"\nat = "2026-03-12T09:30:00-04:00"\nprocess = "a.example"\n'
        'until = "2026-03-30"\n\n[[news]]\nwhat = "offer"\nat = 2026-03-12T10:00:00-04:00\n'
        'message = "k3q7xzp"\nreply_by = 2026-03-20\n'
    )
    snooze, offer = read_news(good)
    assert snooze.until == date(2026, 3, 30) and snooze.employer == "a.example"
    assert offer.messages == ("k3q7xzp",) and offer.reply_by == date(2026, 3, 20)
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[news]]\nwhat = "pause"\nat = "2026-03-12"\nprocess = "a.example"\n\n'
        '[[news]]\nwhat = "snooze"\nat = "2026-03-12T09:30:00-04:00"\nprocess = "a.example"\n\n'
        '[[news]]\nwhat = "mute"\nat = "2026-03-12T09:30:00-04:00"\nreason = "x"\nprocess = "a"\n'
    )
    with pytest.raises(UsageError) as raised:
        read_news(bad)
    text = str(raised.value)
    assert "news #1: `what` must be one of" in text and "news #1: `at` must be a moment" in text
    assert "news #2: `until` is required" in text and "news #3: `reason`" in text


def test_a_replay_keeps_each_days_note_in_memory_replaced(tmp_path: Path) -> None:
    (tmp_path / "INBOX").mkdir()
    mailbox = LocalMailbox(tmp_path, clock=lambda: AT)
    mailbox.leave_note(b"Message-ID: <n@x>\r\n\r\none\r\n", "<n@x>")
    mailbox.leave_note(b"Message-ID: <n@x>\r\n\r\ntwo\r\n", "<n@x>")
    assert mailbox.saved_notes == {"<n@x>": b"Message-ID: <n@x>\r\n\r\ntwo\r\n"}
    assert list((tmp_path / "INBOX").iterdir()) == []


def test_a_maildirs_note_is_new_and_unread_and_replaces_the_one_a_client_moved(
    tmp_path: Path,
) -> None:
    for part in ("cur", "new", "tmp"):
        (tmp_path / part).mkdir()
    mailbox = LocalMailbox(tmp_path)
    mailbox.leave_note(b"Message-ID: <n@x>\r\n\r\none\r\n", "<n@x>")
    [first] = (tmp_path / "new").iterdir()
    assert ":" not in first.name  # no flags: unread, not a draft
    first.rename(tmp_path / "cur" / f"{first.name}:2,S")  # the mail client read it
    mailbox.leave_note(b"Message-ID: <n@x>\r\n\r\ntwo\r\n", "<n@x>")
    assert list((tmp_path / "cur").iterdir()) == []
    [second] = (tmp_path / "new").iterdir()
    assert second.read_bytes().endswith(b"two\r\n")
    assert mailbox.poll(FolderRole.INBOX, None, date(2026, 1, 1)).new  # it is there to see


def test_no_note_without_an_address_of_the_users_and_none_when_nothing_is_new(
    tmp_path: Path,
) -> None:
    from followupd.engine.note import leave_note
    from followupd.model import DraftRecord, Me, Settings, Stage

    (tmp_path / "INBOX").mkdir()
    mailbox = LocalMailbox(tmp_path, name="local", clock=lambda: AT)
    with Store.open(":memory:") as store:
        row = DraftRecord("p", Stage.CHECK_IN, "dana@acme.example", 1, "<d@x>", AT)
        store.record_draft(row, "local")
        assert leave_note(mailbox, store, Settings(), AT) is None  # nobody to write to
        settings = Settings(me=Me(name="Sam", addresses=("sam@example.org",)))
        note = leave_note(mailbox, store, settings, AT)
        assert note is not None and note.drafts == 1
        assert leave_note(mailbox, store, settings, AT) is None  # nothing new: no second
        assert list(mailbox.saved_notes) == [note.message_id]
