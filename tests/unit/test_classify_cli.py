"""`followupd classify`: JSON lines with exactly the agreed fields, a table, and clear errors."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from classify_mail import ME, eml, vevent

from followupd.commands import classify as command

FIELDS = {
    "path",
    "kind",
    "interview_start",
    "interview_end",
    "interviewers",
    "decision_by",
    "reply_by",
    "company",
    "role",
    "evidence",
}


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


@pytest.fixture
def mail_folder(tmp_path: Path) -> Path:
    nested = tmp_path / "inbox" / "2026"
    nested.mkdir(parents=True)
    attendees = (("Sam Lee", ME), ("Omar Reyes", "omar.reyes@acme.example"))
    (nested / "invite.eml").write_bytes(
        eml("Hi", "Invitation: Interview", ics=vevent(attendees=attendees))
    )
    (tmp_path / "inbox" / "holding.eml").write_bytes(
        eml("We are still reviewing and will get back to you by Friday.", "Re: Data Engineer role")
    )
    (tmp_path / "inbox" / "notes.txt").write_text("not mail")
    return tmp_path / "inbox"


def test_json_lines_have_exactly_the_agreed_fields_and_formats(
    mail_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--json", "--me", ME, str(mail_folder)]) == 0
    records = {
        Path(r["path"]).name: r for r in map(json.loads, capsys.readouterr().out.splitlines())
    }
    assert set(records) == {"invite.eml", "holding.eml"}
    assert all(set(r) == FIELDS for r in records.values())
    invite = records["invite.eml"]
    assert invite["kind"] == "interview_scheduled"
    assert invite["interview_start"] == "2026-03-10T14:00:00-04:00"
    assert invite["interview_end"] == "2026-03-10T15:00:00-04:00"
    assert invite["interviewers"] == ["omar.reyes@acme.example"]
    holding = records["holding.eml"]
    assert (holding["kind"], holding["decision_by"], holding["interview_start"]) == (
        "holding_reply",
        "2026-03-06",
        None,
    )
    assert holding["evidence"] and all(isinstance(e, str) for e in holding["evidence"])


def test_table_is_the_default_output(mail_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([str(mail_folder)]) == 0
    out = capsys.readouterr().out
    assert (
        "interview_scheduled" in out and "holding_reply" in out and "omar.reyes@acme.example" in out
    )


def test_bad_paths_give_one_line_each_and_exit_1_while_others_are_classified(
    mail_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.eml"
    assert run(["--json", str(missing), str(mail_folder / "holding.eml")]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1 and "nope.eml" in errors[0]


def test_unreadable_file_is_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "box"
    folder.mkdir()
    small = eml("Thank you for applying! We received your application.", "Thanks")
    (folder / "a-ok.eml").write_bytes(small)
    (folder / "b-huge.eml").write_bytes(small + b"x" * 2000)
    monkeypatch.setattr(command, "MAX_FILE_BYTES", len(small) + 10)
    assert run(["--json", str(folder)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["kind"] for line in captured.out.splitlines()] == [
        "application_received"
    ]
    assert captured.err.count("\n") == 1 and "b-huge.eml" in captured.err


def test_a_folder_is_read_thread_by_thread_oldest_first() -> None:
    import json
    import subprocess
    import sys

    thread = (
        Path(__file__).resolve().parents[1]
        / "fixtures/labelled/en-people/threads/founder-portfolio-to-call"
    )
    done = subprocess.run(
        [sys.executable, "-m", "followupd", "classify", "--json", str(thread)],
        capture_output=True,
        text=True,
        check=True,
    )
    kinds = {
        Path(json.loads(line)["path"]).name: json.loads(line)["kind"]
        for line in done.stdout.splitlines()
    }
    assert kinds["02-founder-free-friday.eml"] == "interview_request"
    assert kinds["03-candidate-friday-works.eml"] == "other"  # the user's own words
    # "10am Friday then, I'll ring you." confirms only in its thread
    assert kinds["04-founder-10am-friday.eml"] == "interview_scheduled"
    alone = subprocess.run(
        [
            sys.executable,
            "-m",
            "followupd",
            "classify",
            "--json",
            str(thread / "04-founder-10am-friday.eml"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    # alone, what it quotes stands in for its thread, and the evidence says so
    reading = json.loads(alone.stdout)
    assert reading["kind"] == "interview_scheduled"
    assert any("quoted history" in line for line in reading["evidence"])


def test_a_file_that_is_not_an_email_is_said_so_not_classified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# followupd\n\nInterview: Tuesday at 2pm. We are pleased to offer you...\n")
    good = tmp_path / "invite.eml"
    good.write_bytes(eml("We'd like to invite you to an interview on Tuesday at 2pm."))
    assert run([str(readme), str(good), "--json"]) == 1
    out, err = capsys.readouterr()
    assert f"{readme}: not an email message" in err
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(good)]


@pytest.mark.parametrize(
    ("data", "is_mail"),
    [
        (b"From: a@b.example\r\nSubject: x\r\n\r\nbody", True),
        (b"From sender@b.example Mon Mar  2 10:00:00 2026\nFrom: a@b.example\n\nbody", True),
        (b"Received: from x\n\tby y\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\nbody", True),
        (b"X-Only: header\n\nbody", False),  # no field every message has
        (b"# followupd\n\nA README.", False),
        (b"", False),
        (b"Subject: x\nthis line is prose, not a header\n\nbody", False),
    ],
)
def test_looks_like_mail(data: bytes, is_mail: bool) -> None:
    from followupd.mail import looks_like_mail

    assert looks_like_mail(data) is is_mail
