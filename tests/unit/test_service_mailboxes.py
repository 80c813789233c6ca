"""mailboxes: an account's Mailbox and credential, and one exit code for many accounts."""

from __future__ import annotations

from pathlib import Path

import pytest

from followupd.errors import ConfigError
from followupd.model.domain import FolderRole
from followupd.model.settings import AccountSettings
from followupd.service.mailboxes import credential_getter, open_mailbox, worst_exit_code


def test_maildir_account_opens_a_local_mailbox(tmp_path: Path) -> None:
    (tmp_path / "INBOX").mkdir()
    with open_mailbox(AccountSettings(name="local", backend="maildir", path=tmp_path)) as box:
        assert box.name == "local"
        assert FolderRole.INBOX in box.folders()


def test_an_unknown_backend_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown backend"):
        open_mailbox(AccountSettings(name="work", backend="jmap", host="mail.example"))


def test_an_ews_account_opens_an_exchange_mailbox_without_connecting() -> None:
    account = AccountSettings(
        name="work",
        backend="ews",
        server="mail.corp.example",
        username="CORP\\alice",
        address="alice@corp.example",
        auth="ntlm",
        password_env="FOLLOWUPD_T_PW",
    )
    with open_mailbox(account) as box:
        assert box.name == "work"
        assert type(box).__name__ == "EwsMailbox"


def test_an_ews_account_without_an_address_is_a_config_error() -> None:
    account = AccountSettings(
        name="work", backend="ews", server="mail.corp.example", username="CORP\\alice"
    )
    with pytest.raises(ConfigError, match="address"):
        open_mailbox(account)


def test_credentials_are_looked_up_at_each_call(monkeypatch: pytest.MonkeyPatch) -> None:
    account = AccountSettings(name="a", username="a@x.com", password_env="FOLLOWUPD_T_PW")
    get = credential_getter(account)
    monkeypatch.setenv("FOLLOWUPD_T_PW", "first")
    assert get() == "first"
    monkeypatch.setenv("FOLLOWUPD_T_PW", "rotated")
    assert get() == "rotated"


def test_xoauth2_accounts_get_a_token(tmp_path: Path) -> None:
    import sys

    command = (sys.executable, "-c", "print('token-123')")
    account = AccountSettings(name="a", auth="xoauth2", oauth2_token_command=command)
    assert credential_getter(account)() == "token-123"


def test_worst_exit_code_prefers_config_then_unavailable_then_error() -> None:
    assert worst_exit_code([]) == 0
    assert worst_exit_code([1, 69]) == 69
    assert worst_exit_code([69, 78, 1]) == 78
    assert worst_exit_code([1]) == 1
