"""`followupd simulate` and `explain` over the bundled example mailbox, through the real CLI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from followupd.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "mailbox"
CONFIG = REPO / "examples" / "config.toml"
DRAFT_KEYS = {"at", "stage", "to", "cc", "subject", "in_reply_to", "process", "body"}


@pytest.fixture
def drafts(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.chdir(REPO)  # the example config names its mailbox relative to the repo
    assert main(["simulate", str(EXAMPLE), "--json", "--config", str(CONFIG)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_simulate_prints_one_json_object_per_draft_in_the_users_zone(drafts: list[dict]) -> None:
    assert drafts
    for draft in drafts:
        assert set(draft) == DRAFT_KEYS
        at = datetime.fromisoformat(draft["at"])
        assert at.utcoffset() is not None
        assert at.utcoffset().total_seconds() in (-5 * 3600, -4 * 3600)  # New York
        assert draft["body"] and "\r" not in draft["body"]


def test_the_example_mailbox_drafts_each_kind_of_follow_up(drafts: list[dict]) -> None:
    made = {(d["stage"], tuple(d["to"])) for d in drafts}
    assert ("thank_you", ("noah.berg@luminarobotics.example",)) in made
    assert ("thank_you", ("elena.ruiz@luminarobotics.example",)) in made
    assert ("holding_ack", ("jin.park@quarrylabs.example",)) in made
    assert ("rejection_reply", ("dana.cole@tallgrass.example",)) in made
    assert ("offer_reply", ("sam.okafor@brightwater.example",)) in made
    assert ("check_in", ("priya.shah@luminarobotics.example",)) in made


def test_the_example_drafts_nothing_for_alerts_newsletters_or_friends(drafts: list[dict]) -> None:
    recipients = {address for d in drafts for address in d["to"] + d["cc"]}
    assert not recipients & {
        "alerts@jobpulse.example",
        "newsletter@careerbrief.example",
        "alex.moreno@example.net",
        "no-reply@greenhire.example",
    }
    # Lena was thanked by the user herself before the thank-you fell due
    assert ("thank_you", ["lena.fox@brightwater.example"]) not in [
        (d["stage"], d["to"]) for d in drafts
    ]


def test_the_example_drafts_nothing_but_the_reply_after_an_offer(drafts: list[dict]) -> None:
    offer = next(d for d in drafts if d["stage"] == "offer_reply")
    later = [
        d["stage"] for d in drafts if d["process"] == offer["process"] and d["at"] > offer["at"]
    ]
    assert later == []


def test_every_draft_is_made_once(drafts: list[dict]) -> None:
    keys = [(d["process"], d["stage"], tuple(d["to"])) for d in drafts]
    assert len(keys) == len(set(keys))


def test_explain_shows_each_process_with_its_timeline_and_stages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["explain", str(EXAMPLE), "--json", "--config", str(CONFIG)]) == 0
    processes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(processes) == 5  # Lumina, Harborview, Quarry, Tallgrass, Brightwater
    rejected = [p for p in processes if p["state"] == "rejected"]
    assert len(rejected) == 1
    assert [e["kind"] for e in rejected[0]["timeline"]][-1] == "rejection"
    assert all(e["evidence"] for p in processes for e in p["timeline"])
    statuses = {s["status"] for p in processes for s in p["stages"]}
    assert {"done", "ruled_out"} <= statuses
    assert all(s["reason"] for p in processes for s in p["stages"])


def test_a_malformed_start_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", str(EXAMPLE), "--from", "next tuesday"]) == 2
    assert "--from" in capsys.readouterr().err


def test_simulate_shows_each_drafts_text_under_its_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["simulate", str(EXAMPLE), "--config", str(CONFIG)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    offer = next(i for i, line in enumerate(lines) if "DRAFT    offer_reply" in line)
    text = "\n".join(line.strip() for line in lines[offer + 1 : offer + 12])
    assert text.startswith("Dear Sam,\n\nThank you very much for the offer for the Data Analyst")
    assert "come back to you by Friday, March 27." in " ".join(text.split())
    assert lines[offer + 1].startswith("        ")  # indented under its line
    assert out.count("Kind regards,") == out.count("  DRAFT  ")


def test_simulate_brief_keeps_the_one_line_view(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    assert main(["simulate", str(EXAMPLE), "--config", str(CONFIG), "--brief"]) == 0
    out = capsys.readouterr().out
    assert "Kind regards," not in out
    assert all(
        line[:3] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} or "draft(s)" in line
        for line in out.splitlines()
    )


def test_explain_gives_the_earliest_reason_a_stage_was_ruled_out(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Robin thanked Lena herself on March 4; the offer came on March 18: the thank-you was
    ruled out by the first, and says so even after the process closed."""
    monkeypatch.chdir(REPO)
    assert main(["explain", str(EXAMPLE), "--json", "--config", str(CONFIG)]) == 0
    processes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    offered = next(p for p in processes if p["state"] == "offered")
    thank_you = next(s for s in offered["stages"] if s["stage"] == "thank_you")
    assert thank_you["status"] == "ruled_out"
    assert thank_you["reason"] == "you wrote to them yourself on 2026-03-04"


def test_simulate_without_a_config_says_it_falls_back_to_utc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "INBOX").mkdir()
    assert main(["simulate", str(tmp_path)]) == 0
    assert "UTC" in capsys.readouterr().err
    assert main(["simulate", str(tmp_path), "--timezone", "Europe/Paris"]) == 0
    assert capsys.readouterr().err == ""
