"""`followupd correct`, `corrections`, `explain --config`, "needs a look" in `status`, the
re-read figures of `once`, and `simulate` with a corrections.toml: the commands a user types."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from service_cli import maildir_config, run_cli

from followupd import understand
from followupd.engine import reread as rereading
from followupd.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE
from followupd.understand import CLASSIFIER_VERSION, short_id

HOLDING_ID = "<holding-7@acme-robotics.example>"
HOLDING = """\
From: Dana Lee <dana.lee@acme-robotics.example>
To: Alice Example <alice@example.com>
Subject: Re: Senior Data Engineer interview
Date: {date}
Message-ID: <holding-7@acme-robotics.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Alice,

A quick update: the team is still reviewing candidates and it is taking longer than we
planned. I'll get back to you as soon as I hear more.

Thanks for your patience,
Dana Lee
Recruiter, Acme Robotics
"""
ENGINE_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    inbox = tmp_path / "mail" / "INBOX"
    inbox.mkdir(parents=True)
    (tmp_path / "mail" / "Sent").mkdir()
    date = format_datetime(datetime.now(UTC) - timedelta(hours=2))
    (inbox / "holding.eml").write_text(HOLDING.replace("{date}", date), encoding="utf-8")
    return maildir_config(tmp_path, tmp_path / "mail")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(list(args), capsys)


def drafts(capsys: pytest.CaptureFixture[str], config: Path) -> list[str]:
    code, out, _ = cli(capsys, "once", "--config", str(config), "--json")
    assert code == EXIT_OK
    return [d["stage"] for d in json.loads(out)["drafts"]]


def test_a_corrected_rejection_closes_the_process_and_is_answered_once(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drafts(capsys, config) == ["holding_ack"]
    code, out, _ = cli(
        capsys, "correct", short_id(HOLDING_ID), "--kind", "rejection", "--config", str(config)
    )
    assert code == EXIT_OK
    assert out.startswith(f"correction 1: {HOLDING_ID} ({short_id(HOLDING_ID)}) reads as rejection")
    assert f"followupd corrections --undo 1 --config {config}" in out
    assert "[rejected]" in out
    assert "corrected by you: rejection (read as holding_reply)" in out
    assert "rejection_reply       to dana.lee@acme-robotics.example: due" in out
    assert drafts(capsys, config) == ["rejection_reply"]
    assert drafts(capsys, config) == []


def test_a_kind_that_needs_a_time_says_when_the_message_gives_none(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts(capsys, config)
    fix = ["--kind", "interview_scheduled", "--config", str(config)]
    code, out, _ = cli(capsys, "correct", short_id(HOLDING_ID), *fix)
    assert code == EXIT_OK
    assert "no interview time was read from it" in out


def test_corrections_lists_them_and_undo_restores_the_reading(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts(capsys, config)
    cli(capsys, "correct", HOLDING_ID.strip("<>"), "--kind", "other", "--config", str(config))
    code, out, _ = cli(capsys, "corrections", "--config", str(config))
    assert code == EXIT_OK
    assert f"{HOLDING_ID} ({short_id(HOLDING_ID)}) is not about your job search" in out
    assert "dana.lee@acme-robotics.example: Re: Senior Data Engineer interview" in out
    [listed] = json.loads(cli(capsys, "corrections", "--config", str(config), "--json")[1])
    assert (listed["id"], listed["what"], listed["value"]) == (1, "kind", "other")
    code, out, _ = cli(capsys, "corrections", "--undo", "1", "--config", str(config))
    assert code == EXIT_OK and out.startswith("undone: correction 1")
    assert "[open]" in out and "holding_reply" in out
    assert cli(capsys, "corrections", "--undo", "1", "--config", str(config))[0] == EXIT_ERROR
    assert drafts(capsys, config) == []  # the holding_ack was made before: never again


def test_a_message_that_cannot_be_found_or_told_apart_is_refused(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts(capsys, config)
    base = ["--confirm", "--config", str(config)]
    code, _, err = cli(capsys, "correct", "<nobody@nowhere.example>", *base)
    assert code == EXIT_ERROR and "no message '<nobody@nowhere.example>'" in err
    assert cli(capsys, "correct", "zz", *base)[0] == EXIT_USAGE  # too short to name one
    not_there = ["--not-interviewer", "cora@acme-robotics.example", "--config", str(config)]
    code, _, err = cli(capsys, "correct", short_id(HOLDING_ID), *not_there)
    assert code == EXIT_ERROR and "not among the interviewers" in err
    with pytest.raises(SystemExit) as usage:  # argparse's own usage error
        cli(capsys, "correct", short_id(HOLDING_ID), "--kind", "maybe")
    assert usage.value.code == EXIT_USAGE


def test_explain_config_explains_the_live_state_with_short_ids(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts(capsys, config)
    code, out, _ = cli(capsys, "explain", "--config", str(config))
    assert code == EXIT_OK
    assert "Acme Robotics" in out and f"{short_id(HOLDING_ID)}  received holding_reply" in out
    assert "draft made: holding_ack" in out
    code, out, _ = cli(
        capsys, "explain", "--config", str(config), "--process", "acme-robotics.example", "--json"
    )
    [process] = [json.loads(line) for line in out.splitlines()]
    assert process["timeline"][0]["id"] == short_id(HOLDING_ID)
    code, _, err = cli(capsys, "explain", "--config", str(config), "--process", "nope.example")
    assert code == EXIT_ERROR and "no process nope.example" in err


def test_status_shows_what_needs_a_look_and_confirming_releases_the_draft(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    classify = understand.classify

    def doubtful(mail, me, thread, **o):  # type: ignore[no-untyped-def]
        return replace(classify(mail, me, thread, **o), confidence=0.35)

    with monkeypatch.context() as patch:
        patch.setattr(understand, "classify", doubtful)
        assert drafts(capsys, config) == []
    code, out, _ = cli(capsys, "status", "--config", str(config))
    assert code == EXIT_OK
    assert "needs a look (drafts nothing until you confirm or correct it):" in out
    assert f"{short_id(HOLDING_ID)}  dana.lee@acme-robotics.example" in out
    assert "reads as holding_reply with confidence 0.35" in out
    assert f"followupd correct {short_id(HOLDING_ID)} --confirm --config {config}" in out
    [process] = json.loads(cli(capsys, "status", "--config", str(config), "--json")[1])["processes"]
    assert process["needs_look"][0]["confidence"] == 0.35
    assert "needs a look" in cli(capsys, "explain", "--config", str(config))[1]
    assert (
        cli(capsys, "correct", short_id(HOLDING_ID), "--confirm", "--config", str(config))[0] == 0
    )
    assert drafts(capsys, config) == ["holding_ack"]
    assert "needs a look" not in cli(capsys, "status", "--config", str(config))[1]


def test_once_reports_the_messages_read_again_after_an_upgrade(
    config: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts(capsys, config)
    monkeypatch.setattr(rereading, "CLASSIFIER_VERSION", CLASSIFIER_VERSION + "+next")
    code, out, err = cli(capsys, "once", "--config", str(config), "--json")
    assert code == EXIT_OK
    summary = json.loads(out)
    assert summary["reread"] == {"messages": 1, "changed_kind": 0}
    assert summary["accounts"]["local"]["reread"] == {"messages": 1, "changed_kind": 0}
    assert "1 stored messages read again, 0 changed kind" in err
    assert json.loads(cli(capsys, "once", "--config", str(config), "--json")[1])["reread"] == {
        "messages": 0,
        "changed_kind": 0,
    }


def _scenario(root: Path) -> Path:
    for piece in ("base", "holding"):
        shutil.copytree(ENGINE_FIXTURES / piece, root, dirs_exist_ok=True)
    scenario = {"me": ["sam.reyes@example.com"], "timezone": "America/New_York", "holidays": "US"}
    (root / "scenario.json").write_text(json.dumps(scenario), encoding="utf-8")
    return root


def test_simulate_and_explain_read_corrections_toml_beside_the_mailbox(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mailbox = _scenario(tmp_path / "replay")
    stages = lambda out: [json.loads(line)["stage"] for line in out.splitlines()]  # noqa: E731
    assert "holding_ack" in stages(cli(capsys, "simulate", str(mailbox), "--json")[1])
    (mailbox / "corrections.toml").write_text(
        '[[correct]]\nmessage = "<fern-holding-1@mail.fernleaf.example>"\nkind = "rejection"\n\n'
        f'[[correct]]\nmessage = "{short_id("<fern-invite-1@mail.fernleaf.example>")}"\n'
        'not_interviewer = "omar.diaz@fernleaf.example"\n',
        encoding="utf-8",
    )
    out = cli(capsys, "simulate", str(mailbox), "--json")[1]
    made = [(json.loads(line)["stage"], json.loads(line)["to"]) for line in out.splitlines()]
    assert ("rejection_reply", ["lee.hart@fernleaf.example"]) in made
    assert all(stage != "holding_ack" for stage, _ in made)
    assert ("thank_you", ["omar.diaz@fernleaf.example"]) not in made
    explained = cli(capsys, "explain", str(mailbox))[1]
    assert "corrected by you: rejection" in explained and "[rejected]" in explained


def test_a_corrections_toml_with_mistakes_is_a_usage_error_naming_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mailbox = _scenario(tmp_path / "replay")
    (mailbox / "corrections.toml").write_text(
        '[[correct]]\nmessage = "<a@x>"\nkind = "maybe"\n\n'
        '[[correct]]\nmessage = "abc"\nconfirm = true\n\n'
        '[[correct]]\nmessage = "<b@x>"\nconfirm = true\nkind = "offer"\n',
        encoding="utf-8",
    )
    code, _, err = cli(capsys, "simulate", str(mailbox))
    assert code == EXIT_USAGE
    assert "correct #1: kind must be one of" in err
    assert "correct #2: `message` 'abc' is neither a Message-ID nor a short id" in err
    assert "correct #3: give exactly one of kind, not_interviewer, confirm" in err


def test_a_short_id_prefix_two_messages_share_is_ambiguous_and_a_longer_one_is_not() -> None:
    from process_facts import message

    from followupd.commands.messages import find_message
    from followupd.errors import UsageError

    by_prefix: dict[str, str] = {}
    for number in range(100_000):
        candidate = f"<m{number}@acme.example>"
        prefix = short_id(candidate)[:4]
        if prefix in by_prefix:
            first, second = by_prefix[prefix], candidate
            break
        by_prefix[prefix] = candidate
    sender = "Dana <dana@acme.example>"
    observations = [message(sender, "2026-03-02 10:00", message_id=m) for m in (first, second)]
    with pytest.raises(UsageError, match="names 2 messages"):
        find_message(observations, prefix)
    assert find_message(observations, short_id(second)).envelope.message_id == second
    assert find_message(observations, second.upper()).envelope.message_id == second
