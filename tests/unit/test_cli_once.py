"""`followupd once` and `followupd status` over a local mailbox (no server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from service_cli import local_mailbox, maildir_config, run_cli

from followupd.errors import EXIT_OK


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return maildir_config(tmp_path, local_mailbox(tmp_path / "mail"))


def test_once_json_summarizes_the_cycle(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["once", "--config", str(config), "--json"], capsys)
    assert code == EXIT_OK
    summary = json.loads(out)
    assert summary["messages_seen"] == 2  # the rejection and the newsletter
    assert summary["signals_by_kind"] == {"rejection": 1}
    assert summary["drafts_made"] == 1
    [draft] = summary["drafts"]
    assert (draft["stage"], draft["to"]) == ("rejection_reply", "dana.lee@acme-robotics.example")
    assert summary["accounts"]["local"]["error"] is None
    assert summary["seconds"] >= summary["accounts"]["local"]["seconds"] > 0


def test_a_second_once_sees_nothing_new_and_drafts_nothing(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(["once", "--config", str(config), "--json"], capsys)
    code, out, _ = run_cli(["once", "--config", str(config), "--json"], capsys)
    summary = json.loads(out)
    assert (code, summary["messages_seen"], summary["drafts_made"]) == (EXIT_OK, 0, 0)


def test_once_logs_one_line_per_draft_and_cycle_without_bodies(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(["once", "--config", str(config)], capsys)
    assert code == EXIT_OK
    assert "local: 2 messages seen, 1 drafts made, 0 missed" in out
    assert "draft made: stage=rejection_reply process=" in err
    assert "to=dana.lee@acme-robotics.example" in err
    assert "cycle done" in err
    assert "decided not to move forward" not in err + out  # body text
    assert "Your application for Senior Data Engineer" not in err  # subject: DEBUG only


def test_status_lists_the_process_after_a_cycle(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(["once", "--config", str(config)], capsys)
    code, out, _ = run_cli(["status", "--config", str(config)], capsys)
    assert code == EXIT_OK
    daemon, header, row = out.splitlines()
    assert daemon == "daemon: not running"
    assert header.split() == [
        "EMPLOYER",
        "ROLE",
        "STATE",
        "LAST",
        "CONTACT",
        "NEXT",
        "WHEN",
        "DRAFTS",
    ]
    assert row.startswith("Acme Robotics")
    assert "rejected" in row
    assert row.endswith("rejection_reply")


def test_status_json(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(["once", "--config", str(config)], capsys)
    code, out, _ = run_cli(["status", "--config", str(config), "--json"], capsys)
    assert code == EXIT_OK
    [process] = json.loads(out)["processes"]
    assert process["state"] == "rejected"
    assert process["company"] == "Acme Robotics"
    assert process["next_stage"] is None
    assert [d["stage"] for d in process["drafts"]] == ["rejection_reply"]
    assert process["last_contact"].endswith("+00:00")


def test_status_before_any_cycle_says_so_and_creates_nothing(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["status", "--config", str(config)], capsys)
    assert code == EXIT_OK
    assert "no application processes known yet" in out
    assert not (tmp_path / "state.db").exists()


def test_status_says_how_a_running_daemon_watches_each_account(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from followupd.service.account_modes import AccountModes, modes_path

    run_cli(["once", "--config", str(config)], capsys)
    modes = AccountModes(modes_path(tmp_path / "state.db"), lambda: datetime.now(UTC))
    modes.set("local", "polling", "this backend has no push")  # as `run` (this pid) says
    code, out, _ = run_cli(["status", "--config", str(config)], capsys)
    assert code == EXIT_OK
    first = out.splitlines()[0]
    assert first.startswith("daemon: running (pid ") and "local polling since " in first
    _, out, _ = run_cli(["status", "--config", str(config), "--json"], capsys)
    daemon = json.loads(out)["daemon"]
    assert daemon["accounts"]["local"]["mode"] == "polling"
    modes.remove_file()
    _, out, _ = run_cli(["status", "--config", str(config), "--json"], capsys)
    assert json.loads(out)["daemon"] is None
