"""classify: a time's zone from the subject, the signature or a zone line, and a time whose zone
the mail leaves open marked uncertain in the evidence, with the latest it may end
(Signal.latest_end), given the reader's zone; the engine and `classify --timezone` pass it."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from classify_mail import DEFAULT_DATE, ME, eml, vevent

from followupd.commands import classify as command
from followupd.engine.reading import read_message
from followupd.errors import UsageError
from followupd.mail.parse import parse_header_block, parse_message
from followupd.model.domain import Kind, Signal
from followupd.understand import NO_CONTEXT
from followupd.understand.classifier import classify

NEW_YORK = datetime(2026, 3, 2, 10, 15, tzinfo=timezone(timedelta(hours=-5)))
SERVER = datetime(2026, 3, 2, 15, 15, tzinfo=UTC)
CONFIRM = "Hi Sam,\n\nYour interview with Omar (omar.reyes@acme.example) is confirmed for {when}."


def signal(
    body: str, reader: str | None = None, subject: str = "Hello", date: datetime = DEFAULT_DATE
) -> Signal:
    data = eml(body, subject=subject, date=date)
    return classify(parse_message(data), frozenset({ME}), reader_zone=reader)


def test_the_zone_of_the_subject_is_the_zone_of_the_text() -> None:
    found = signal(CONFIRM.format(when="Tuesday, March 10 at 3pm"), subject="Interview Tue 3pm PT")
    assert found.kind is Kind.INTERVIEW_SCHEDULED
    assert found.interview_start == datetime.fromisoformat("2026-03-10T15:00:00-07:00")
    assert "zone America/Los_Angeles from the subject" in found.evidence
    assert found.latest_end is None


def test_the_zone_of_the_signature_is_the_writers() -> None:
    body = CONFIRM.format(when="Tuesday, March 10 at 3pm") + "\n\n-- \nDana Cole\nMountain Time\n"
    found = signal(body, "America/Los_Angeles")
    assert found.interview_start == datetime.fromisoformat("2026-03-10T15:00:00-06:00")
    assert any("America/Denver" in reason for reason in found.evidence)
    assert found.latest_end is None


def test_a_zone_in_words_from_a_sender_elsewhere_is_read_in_that_zone() -> None:
    found = signal(CONFIRM.format(when="Thursday at 2pm Pacific"), "America/Los_Angeles")
    assert found.interview_start == datetime.fromisoformat("2026-03-05T14:00:00-08:00")
    assert found.latest_end is None


def test_a_time_from_a_server_clock_is_uncertain_and_waits_for_the_readers_zone() -> None:
    body = CONFIRM.format(when="Tuesday, March 10 at 10:00 AM") + " It will last 45 minutes."
    found = signal(body, "America/Los_Angeles", date=SERVER)
    assert found.interview_start == datetime.fromisoformat("2026-03-10T10:00:00+00:00")
    assert found.latest_end == datetime.fromisoformat("2026-03-10T10:45:00-07:00")
    assert any(r.startswith("zone uncertain") for r in found.evidence)
    assert any("as late as" in r for r in found.evidence)
    alone = signal(body, date=SERVER)
    assert alone.latest_end == datetime.fromisoformat("2026-03-10T10:45:00+00:00")


def test_a_persons_clock_is_in_doubt_only_when_the_reader_is_elsewhere() -> None:
    body = CONFIRM.format(when="Thursday, March 12 at 2pm")
    assert signal(body, "America/New_York", date=NEW_YORK).latest_end is None
    assert signal(body, date=NEW_YORK).latest_end is None
    west = signal(body, "America/Los_Angeles", date=NEW_YORK)
    assert west.interview_start == datetime.fromisoformat("2026-03-12T14:00:00-04:00")
    assert west.latest_end == datetime.fromisoformat("2026-03-12T15:00:00-07:00")


def test_an_invitation_is_never_in_doubt() -> None:
    invite = eml("Hi", "Invitation: Interview", date=SERVER, ics=vevent())
    found = classify(parse_message(invite), frozenset({ME}), reader_zone="Australia/Sydney")
    assert (found.kind, found.latest_end) == (Kind.INTERVIEW_SCHEDULED, None)


def test_the_engine_reads_with_the_users_zone() -> None:
    data = eml(CONFIRM.format(when="Tuesday, March 10 at 10:00 AM"), date=SERVER)
    head = parse_header_block(data.split(b"\n\n", 1)[0] + b"\n\n")
    with_zone = read_message((head, data, NO_CONTEXT), frozenset({ME}), "America/Los_Angeles")
    without = read_message((head, data, NO_CONTEXT), frozenset({ME}))
    assert with_zone is not None and without is not None
    assert with_zone.latest_end == datetime.fromisoformat("2026-03-10T11:00:00-07:00")
    assert without.latest_end == datetime.fromisoformat("2026-03-10T11:00:00+00:00")


def _classify_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


def test_classify_takes_the_users_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "confirm.eml"
    path.write_bytes(eml(CONFIRM.format(when="Tuesday, March 10 at 10:00 AM"), date=SERVER))
    assert _classify_cli(["--json", "--timezone", "America/Los_Angeles", str(path)]) == 0
    evidence = json.loads(capsys.readouterr().out)["evidence"]
    assert any("2026-03-10T11:00:00-07:00" in reason for reason in evidence)
    with pytest.raises(UsageError, match="Europe/Pari"):
        _classify_cli(["--timezone", "Europe/Pari", str(path)])
