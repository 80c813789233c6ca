"""`followupd news`, `status --csv` and `status --ics`, and the INBOX note of a Maildir account:
the commands a user types, over a local mailbox dated from now."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from service_cli import maildir_config, run_cli

from followupd.commands.status_export import CSV_COLUMNS
from followupd.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
NEW_YORK = ZoneInfo("America/New_York")
ACME = "acme-robotics.example"
GLOBEX = "globex-freight.example"


def mail(sender: str, subject: str, when: datetime, message_id: str, body: str) -> str:
    return (
        f"From: {sender}\nTo: Alice Example <alice@example.com>\nSubject: {subject}\n"
        f"Date: {format_datetime(when)}\nMessage-ID: {message_id}\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


def day(moment: datetime) -> str:
    return f"{moment:%A}, {moment:%B} {moment.day}"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    inbox = tmp_path / "mail" / "INBOX"
    inbox.mkdir(parents=True)
    (tmp_path / "mail" / "Sent").mkdir()
    acme_interview = NOW - timedelta(days=6)
    globex_interview = NOW - timedelta(days=5)
    messages = {
        "acme-1.eml": mail(
            f"Dana Lee <dana.lee@{ACME}>",
            "Interview confirmation - Data Engineer",
            NOW - timedelta(days=8),
            f"<confirm-1@{ACME}>",
            f"Hi Alice,\n\nYour interview with me is confirmed for {day(acme_interview)}, "
            f"from 10:00 to 11:00 UTC.\n\nBest,\nDana Lee\nAcme Robotics",
        ),
        "globex-1.eml": mail(
            f"Omar Haddad <omar.haddad@{GLOBEX}>",
            "Globex interview: Operations Analyst",
            NOW - timedelta(days=7),
            f"<confirm-1@{GLOBEX}>",
            f"Hello Alice,\n\nI'm happy to confirm your interview with me on "
            f"{day(globex_interview)} from 14:00 to 15:00 UTC.\n\nKind regards,\nOmar Haddad",
        ),
        "acme-2.eml": mail(
            f"Dana Lee <dana.lee@{ACME}>",
            "Offer - Data Engineer",
            NOW - timedelta(hours=2),
            f"<offer-1@{ACME}>",
            "Hi Alice,\n\nI'm delighted to offer you the position of Data Engineer at Acme "
            "Robotics! The offer letter is attached.\n\nBest,\nDana",
        ),
    }
    for name, text in messages.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return maildir_config(tmp_path, tmp_path / "mail", "[notify]\ndesktop = false\n")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(list(args), capsys)


def once(capsys: pytest.CaptureFixture[str], config: Path) -> list[tuple[str, str]]:
    code, out, _ = cli(capsys, "once", "--config", str(config), "--json")
    assert code == EXIT_OK
    return [(d["stage"], d["to"]) for d in json.loads(out)["drafts"]]


def test_an_offer_is_asked_about_then_told_to_the_other_employer_once_confirmed(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ("offer_reply", f"dana.lee@{ACME}") in once(capsys, config)
    code, out, _ = cli(capsys, "status", "--config", str(config))
    assert "waiting for your word" in out
    assert f"followupd news offer --process {ACME} --config {config}" in out
    code, out, _ = cli(capsys, "news", "offer", "--process", ACME, "--config", str(config))
    assert code == EXIT_OK
    assert out.startswith(f"news 1: {ACME}: an offer")
    assert f"(undo: followupd news --undo 1 --config {config})" in out
    assert f"other_offer_update to omar.haddad@{GLOBEX}" in out  # the next cycle's draft
    preview = ["preview", "--process", GLOBEX, "--stage", "other_offer_update"]
    code, out, _ = cli(capsys, *preview, "--config", str(config))
    assert code == EXIT_OK and "I have received another job offer" in out
    assert once(capsys, config) == [("other_offer_update", f"omar.haddad@{GLOBEX}")]
    assert once(capsys, config) == []
    code, out, _ = cli(capsys, "status", "--config", str(config))
    assert "waiting for your word" not in out


def test_news_lists_undoes_and_says_what_it_is_about(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    once(capsys, config)
    cli(capsys, "news", "mute", "--process", GLOBEX, "--config", str(config))
    code, out, _ = cli(
        capsys,
        "news",
        "snooze",
        "--process",
        ACME,
        "--until",
        "2030-01-01",
        "--config",
        str(config),
    )
    assert code == EXIT_OK and out.startswith(f"news 2: {ACME}: snoozed until 2030-01-01")
    code, out, _ = cli(capsys, "status", "--config", str(config))
    assert "open, muted" in out
    code, out, _ = cli(capsys, "news", "--list", "--json", "--config", str(config))
    listed = json.loads(out)
    assert [(e["id"], e["what"], e["process"]) for e in listed["events"]] == [
        (1, "mute", GLOBEX),
        (2, "snooze", ACME),
    ]
    assert f"<confirm-1@{GLOBEX}>" in listed["events"][0]["messages"]
    code, out, _ = cli(capsys, "news", "--undo", "1", "--config", str(config))
    assert code == EXIT_OK and out.startswith(f"undone: news 1: {GLOBEX}: muted")
    code, out, _ = cli(capsys, "news", "--config", str(config))
    assert "   2  " in out and "   1  " not in out
    code, _, err = cli(capsys, "news", "--undo", "1", "--config", str(config))
    assert code == EXIT_ERROR and "no news 1" in err


@pytest.mark.parametrize(
    "args",
    [
        ["news", "mute"],
        ["news", "snooze", "--process", ACME],
        ["news", "offer", "--process", ACME, "--reason", "x"],
        ["news", "--process", ACME],
    ],
)
def test_news_refuses_what_does_not_go_together(
    config: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, _, _ = cli(capsys, *args, "--config", str(config))
    assert code == EXIT_USAGE


def test_news_about_an_unknown_process_is_an_error(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    once(capsys, config)
    code, _, err = cli(
        capsys, "news", "withdraw", "--process", "nobody.example", "--config", str(config)
    )
    assert code == EXIT_ERROR and "no process nobody.example" in err


def test_status_csv_reads_back_as_a_spreadsheet_would(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    once(capsys, config)
    cli(capsys, "news", "mute", "--process", GLOBEX, "--config", str(config))
    code, out, _ = cli(capsys, "status", "--csv", "--config", str(config))
    assert code == EXIT_OK and out.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_process = {row["process"]: row for row in rows}
    acme, globex = by_process[ACME], by_process[GLOBEX]
    assert acme["state"] == "offered" and acme["company"] == "Acme Robotics"
    assert acme["drafts_made"] == "1" and acme["next_step"] == ""
    assert globex["state"] == "open" and globex["hold"] == "muted"
    start = (NOW - timedelta(days=5)).replace(hour=14, minute=0).astimezone(NEW_YORK)
    assert globex["interviews"] == start.strftime("%Y-%m-%d %H:%M")  # the user's own clock
    applied = (NOW - timedelta(days=7)).astimezone(NEW_YORK)  # the user's day, not UTC's
    assert globex["applied"] == applied.date().isoformat()


def test_a_formula_in_mail_never_reaches_a_spreadsheet_as_one() -> None:
    from followupd.commands.status_export import _cell

    assert _cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert _cell("+1 555") == "'+1 555" and _cell("Acme") == "Acme"


def test_status_ics_passes_two_parsers(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    once(capsys, config)
    code, out, _ = cli(capsys, "status", "--ics", "--config", str(config))
    assert code == EXIT_OK
    parsed = Calendar.from_ical(out)
    events = [c for c in parsed.walk() if c.name == "VEVENT"]
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert "Follow-up: check_in to Globex Freight" in summaries or any(
        "Globex" in s for s in summaries
    )
    strict = IcsCalendarStream.calendar_from_ics(out)  # the `ical` package: RFC 5545, strict
    assert len(strict.events) == len(events) >= 1
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_the_inbox_note_of_a_maildir_account_is_unread_and_replaced_not_added(
    config: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    inbox = tmp_path / "mail" / "INBOX"
    _, out, _ = cli(capsys, "once", "--config", str(config), "--json")
    left = json.loads(out)["accounts"]["local"]["note"]
    assert left == {
        "subject": "followupd: 1 follow-up is waiting in Drafts",
        "drafts": 1,
        "questions": 1,
    }  # the offer_reply, and the offer to tell Globex about
    [note] = inbox.glob("followupd-note-*.eml")
    message = message_from_bytes(note.read_bytes())
    assert message["From"] == message["To"] == "Alice Example <alice@example.com>"
    cli(capsys, "news", "offer", "--process", ACME, "--config", str(config))
    once(capsys, config)
    assert [p.name for p in inbox.glob("followupd-note-*.eml")] == [note.name]
    text = note.read_text()
    assert "2 follow-ups are waiting" in text and "other_offer_update" in text
    _, out, _ = cli(capsys, "once", "--config", str(config), "--json")
    assert json.loads(out)["signals_by_kind"] == {}  # the note is never read as mail
