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
    assert code == EXIT_OK
    assert all("warning: me." in line for line in err.splitlines()[1:])  # example values
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
    last = err.splitlines()[-1]
    assert last.startswith("server (127.0.0.1:")
    assert err.count("server (127.0.0.1:") == 1  # named once, not "server: server (...): ..."


EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def test_the_example_config_as_copied_leaks_nothing_and_warns_about_its_placeholders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    code, _, err = run_cli(["check-config", "--config", str(EXAMPLE), "--offline"], capsys)
    assert code == EXIT_OK
    assert "warning: me.name: still the example" in err
    assert "warning: accounts[0].host: 'imap.example.com' is the example's" in err
    assert "warning: accounts[0].username: 'you@example.com' is an example address" in err
    assert "signature" not in err  # commented out: nothing of the example's reaches a draft
    assert "warning: me.timezone: not set, so follow-ups fall due by UTC" in err


def test_every_example_value_uncommented_is_named_by_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user who uncomments an example line without editing it is told so, key by key."""
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    section = ""
    kept = []
    for line in lines:
        if line.startswith("["):
            section = line
        example = line.startswith(("# addresses = ", "# signature = "))
        in_section = section in ("[me]", "[drafts]")
        kept.append(line[2:].split("  #", 1)[0] if example and in_section else line)
    config = tmp_path / "config.toml"
    config.write_text("\n".join(kept) + "\n", encoding="utf-8")
    code, _, err = run_cli(["check-config", "--config", str(config), "--offline"], capsys)
    assert code == EXIT_OK
    assert "warning: me.addresses[1]: 'you@alias.example.com' is an example address" in err
    assert "warning: drafts.signature[0]: '+1 555 0100' is the example's" in err
    assert "warning: drafts.signature[1]: 'linkedin.com/in/your-name' is the example's" in err


def test_offline_notices_an_unset_password_env(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUPD_UNSET_PW", raising=False)
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    config = tmp_path / "config.toml"
    config.write_text(
        '[me]\nname = "Sam"\naddresses = ["sam@mail.test"]\n[[accounts]]\nname = "work"\n'
        'host = "imap.mail.test"\nusername = "sam@mail.test"\n'
        'password_env = "FOLLOWUPD_UNSET_PW"\n'
    )
    code, _, err = run_cli(["check-config", "--config", str(config), "--offline"], capsys)
    assert code == EXIT_CONFIG
    assert "accounts[0].password_env: FOLLOWUPD_UNSET_PW is not set in this environment" in err
    monkeypatch.setenv("FOLLOWUPD_UNSET_PW", "secret")
    code, _, err = run_cli(["check-config", "--config", str(config), "--offline"], capsys)
    assert code == EXIT_OK
    assert "password_env" not in err
