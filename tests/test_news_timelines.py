"""The user's own news over whole timelines (tests/scenarios/news-*), beyond the drafts the
scenario files expect (test_scenarios.py scores those): what is asked before anything is
drafted, and the INBOX note of each day.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from zoneinfo import ZoneInfo

from followupd.commands.replay_inputs import ReplayInputs, add_replay_arguments, replay_inputs
from followupd.commands.simulate import run_replay
from followupd.engine import Replay, question_words, report_with_questions
from followupd.policy import Question
from followupd.store import Store

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
NY = ZoneInfo("America/New_York")


def inputs_of(name: str) -> ReplayInputs:
    parser = argparse.ArgumentParser()
    add_replay_arguments(parser)
    directory = SCENARIOS / name
    config = directory / "config.toml"
    argv = [str(directory), *(["--config", str(config)] if config.exists() else [])]
    return replay_inputs(parser.parse_args(argv))


def replayed(name: str, at: datetime) -> tuple[Replay, list[tuple[str, Question]]]:
    inputs = inputs_of(name)
    with Store.open(":memory:") as store:
        replay = run_replay(inputs, store)
        _, asked = report_with_questions(store, inputs.settings, at)
    return replay, asked


def note_text(data: bytes) -> str:
    message = message_from_bytes(data)
    assert isinstance(message, Message)
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode("utf-8")


def test_an_offer_asked_about_is_a_question_naming_the_processes_it_would_write_to() -> None:
    _, asked = replayed("news-offer-updates-asked", datetime(2026, 3, 12, 12, 0, tzinfo=NY))
    [(_, question)] = asked
    assert question.what == "offer" and question.process_id == "acme-analytics.example"
    targets = sorted(p.id for p in question.targets)
    assert targets == ["globex-logistics.example", "initech-systems.example"]  # not Umbrella
    text, command = question_words(question, NY)
    assert "Globex Logistics and Initech Systems" in text and "Fri Mar 20" in text
    assert command == "followupd news offer --process acme-analytics.example"


def test_an_offer_question_goes_once_confirmed_and_is_gone_in_draft_mode() -> None:
    at = datetime(2026, 3, 12, 12, 0, tzinfo=NY)
    assert replayed("news-offer-update-confirmed", at)[1] == []
    assert replayed("news-offer-drafts-timeline-updates", at)[1] == []
    assert replayed("news-offer-updates-off", at)[1] == []


def test_an_acceptance_in_sent_is_asked_about_and_names_every_other_open_application() -> None:
    _, asked = replayed("news-acceptance-only-asked", datetime(2026, 3, 11, 12, 0, tzinfo=NY))
    [(_, question)] = asked  # the offer's own question gives way to the acceptance
    assert question.what == "accepted"
    assert question.message_id == "<jordan-accepts-0311@example.org>"
    targets = sorted(p.id for p in question.targets)
    assert targets == [
        "globex-logistics.example",
        "initech-systems.example",
        "umbrella-health.example",
    ]
    _, confirmed = replayed(
        "news-acceptance-confirmed-withdraws-others", datetime(2026, 3, 12, 12, 0, tzinfo=NY)
    )
    assert confirmed == []


def notes_by_day(replay: Replay) -> dict[str, list[tuple[datetime, str]]]:
    """Each cycle's note (when one was left), by the local day."""
    days: dict[str, list[tuple[datetime, str]]] = {}
    for cycle in replay.cycles:
        note = cycle.report.note
        if note is not None:
            days.setdefault(note.day.isoformat(), []).append((cycle.at, note.message_id))
    return days


def test_a_day_with_two_drafting_cycles_has_one_note_that_says_both() -> None:
    replay, _ = replayed("news-offer-updates-off", datetime(2026, 3, 31, tzinfo=NY))
    days = notes_by_day(replay)
    put = days["2026-03-03"]  # the thank-you to Dana at 12:00, to Omar at 16:00
    assert [at.hour for at, _ in put] == [12, 16]
    assert len({message_id for _, message_id in put}) == 1  # the same note, replaced
    text = note_text(replay.notes[put[0][1]])
    assert text.startswith("2 follow-ups are waiting in your Drafts folder (Tuesday, March 3)")
    assert "thank_you to dana.lee@acme-analytics.example" in text
    assert "thank_you to omar.haddad@globex-logistics.example" in text
    assert "after your interview on Tue Mar 3" in text
    assert len(replay.notes) == len(days)  # one note a day, never two
    assert "2026-03-04" not in days  # nothing drafted, no note


def test_the_note_says_what_waits_for_the_users_word_with_the_command() -> None:
    replay, _ = replayed("news-offer-updates-asked", datetime(2026, 3, 31, tzinfo=NY))
    [(_, message_id)] = notes_by_day(replay)["2026-03-10"]
    text = note_text(replay.notes[message_id])
    assert "offer_reply to dana.lee@acme-analytics.example" in text
    assert "Waiting for your word" in text
    assert "followupd news offer --process acme-analytics.example" in text


def test_the_note_is_from_the_user_to_the_user_unread_never_a_draft() -> None:
    replay, _ = replayed("news-offer-updates-off", datetime(2026, 3, 31, tzinfo=NY))
    for data in replay.notes.values():
        message = message_from_bytes(data)
        assert message["From"] == message["To"] == "Jordan Ellis <jordan.ellis@example.org>"
        assert message["Message-ID"].startswith("<followupd-note.")
        assert message["Auto-Submitted"] == "auto-generated"
        assert message["In-Reply-To"] is None and message["Cc"] is None
    assert not set(replay.notes) & set(replay.drafts)
