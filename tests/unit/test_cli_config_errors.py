"""Every command of the service helper exits 78 on a config error, naming the key path."""

from __future__ import annotations

from pathlib import Path

import pytest
from service_cli import run_cli

from followupd.errors import EXIT_CONFIG

BROKEN = """
[me]
addresses = ["alice@example.com"]
[[accounts]]
name = "personal"
host = "imap.example.com"
username = "alice@example.com"
port = 0
[daemon]
poll_interval = "soon"
"""

COMMANDS = [
    ["check-config"],
    ["once"],
    ["once", "--json"],
    ["run"],
    ["status"],
    ["status", "--json"],
    ["set-password", "--account", "personal"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_config_errors_exit_78_with_key_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(BROKEN)
    code, out, err = run_cli([*command[:1], "--config", str(config), *command[1:]], capsys)
    assert code == EXIT_CONFIG
    assert "accounts[0].port: must be an integer 1..65535" in err
    assert "daemon.poll_interval:" in err
    assert out == ""


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_missing_config_file_exits_78(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    missing = tmp_path / "absent.toml"
    code, _, err = run_cli([*command[:1], "--config", str(missing), *command[1:]], capsys)
    assert code == EXIT_CONFIG
    assert "config file not found" in err


def test_default_config_path_follows_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    code, _, err = run_cli(["status"], capsys)
    assert code == EXIT_CONFIG
    assert str(tmp_path / "followupd" / "config.toml") in err
