"""`followupd check-config`: config, then templates, then each account's folders."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from service_cli import local_mailbox, maildir_config, run_cli

from followupd.errors import EXIT_CONFIG, EXIT_OK, EXIT_UNAVAILABLE


def test_a_good_config_reports_templates_and_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = maildir_config(tmp_path, local_mailbox(tmp_path / "mail"))
    code, out, err = run_cli(["check-config", "--config", str(config)], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert "configuration OK (1 account(s))" in out
    assert "templates: OK" in out
    assert "local: connected; folders: inbox='INBOX', sent='Sent'" in out


def test_a_broken_template_exits_78_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.j2").write_text(
        "{% block subject %}Thanks{% endblock %}\n{% block body %}{{ oops }{% endblock %}\n"
    )
    extra = f'[drafts]\ntemplates_dir = "{templates}"\n'
    config = maildir_config(tmp_path, local_mailbox(tmp_path / "mail"), extra)
    code, _, err = run_cli(["check-config", "--config", str(config), "--offline"], capsys)
    assert code == EXIT_CONFIG
    assert f"{templates / 'thank_you.j2'}:2" in err


def test_offline_does_not_open_the_accounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = maildir_config(tmp_path, local_mailbox(tmp_path / "mail"))
    code, out, _ = run_cli(["check-config", "--config", str(config), "--offline"], capsys)
    assert code == EXIT_OK
    assert "connected" not in out


def closed_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_exits_69(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUPD_TEST_PW", "x")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[me]
addresses = ["alice@example.com"]
[[accounts]]
name = "server"
host = "127.0.0.1"
port = {closed_loopback_port()}
security = "plain"
username = "alice@example.com"
password_env = "FOLLOWUPD_TEST_PW"
timeout = 5
"""
    )
    code, _, err = run_cli(["check-config", "--config", str(config)], capsys)
    assert code == EXIT_UNAVAILABLE
    assert err.startswith("server: ")
