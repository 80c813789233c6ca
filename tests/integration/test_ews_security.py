"""Signing in and TLS against the test EWS server: Basic, NTLM (pyspnego as the server side),
OAuth2 bearer tokens; certificates checked, with the account's own CA or the system's; no
secret in the logs; autodiscover never runs when the endpoint is known."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import exchangelib.account
import pytest
from ews_server import EwsServer, running
from ews_server.testing import account, mailbox, message
from exchangelib import Configuration
from exchangelib.protocol import Protocol
from exchangelib.transport import BASIC

from followupd.backends.ews import EwsMailbox
from followupd.backends.ews.endpoint import ews_endpoint
from followupd.backends.ews.errors import SignInRefusedError
from followupd.backends.ews.session import FailFastHonouringRetryAfter
from followupd.errors import ConfigError, PermanentMailboxError, TransientMailboxError
from followupd.model import FolderRole

LOOK_BACK = (datetime.now(UTC) - timedelta(days=30)).date()


def serve(tmp_path: Path, **options: Any) -> Iterator[EwsServer]:
    with running(tmp_path, **options) as ews:
        yield ews
    assert not ews.violations and not ews.sends


@pytest.fixture
def basic(tmp_path: Path) -> Iterator[EwsServer]:
    yield from serve(tmp_path)


@pytest.fixture
def ntlm(tmp_path: Path) -> Iterator[EwsServer]:
    yield from serve(tmp_path, auth="ntlm")


@pytest.fixture
def bearer(tmp_path: Path) -> Iterator[EwsServer]:
    yield from serve(tmp_path, auth="bearer")


def test_basic_sign_in_and_a_refused_password(basic: EwsServer) -> None:
    item = basic.deliver(message("Hello"))
    with mailbox(basic) as box:
        assert [b.ref for b in box.poll(FolderRole.INBOX, None, LOOK_BACK).new] == [item.id]
    with (
        mailbox(basic, credential=lambda: "wrong") as box,
        pytest.raises(SignInRefusedError, match="sign-in refused"),
    ):
        box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert basic.refused_logins == 1  # not retried: a wrong password stays wrong


def test_ntlm_sign_in_and_a_refused_password(ntlm: EwsServer) -> None:
    item = ntlm.deliver(message("Hello"))
    with mailbox(ntlm) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        (fetched,) = box.fetch(FolderRole.INBOX, [b.ref for b in poll.new])
        assert box.save_draft(message("Re: Hello", message_id="<d@x>"), "<d@x>")
    assert fetched.data == item.mime
    with (
        mailbox(ntlm, credential=lambda: "wrong") as box,
        pytest.raises(PermanentMailboxError, match="sign-in refused"),
    ):
        box.poll(FolderRole.INBOX, None, LOOK_BACK)


def test_an_oauth2_token_the_server_refuses_is_asked_for_again_once(bearer: EwsServer) -> None:
    bearer.tokens.add("fresh-token")
    handed_out: list[str] = []

    def token() -> str:
        handed_out.append("expired-token" if not handed_out else "fresh-token")
        return handed_out[-1]

    with mailbox(bearer, credential=token) as box:
        assert box.folders()[FolderRole.DRAFTS] == "Drafts"
    assert handed_out == ["expired-token", "fresh-token"]


def test_a_revoked_oauth2_token_is_a_permanent_error(bearer: EwsServer) -> None:
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return "revoked"

    with (
        mailbox(bearer, credential=token) as box,
        pytest.raises(PermanentMailboxError, match="sign-in refused"),
    ):
        box.folders()
    assert len(calls) == 2


def test_a_certificate_from_another_ca_is_a_clear_tls_error(basic: EwsServer) -> None:
    with (
        mailbox(basic, ca_file=basic.other_ca_file) as box,
        pytest.raises(PermanentMailboxError, match="certificate is not trusted") as caught,
    ):
        box.poll(FolderRole.INBOX, None, LOOK_BACK)
    assert "set ca_file" in str(caught.value)
    assert basic.exchanges == []


def test_without_ca_file_the_system_trust_store_is_used(basic: EwsServer) -> None:
    with (
        mailbox(basic, ca_file=None) as box,
        pytest.raises(PermanentMailboxError, match="certificate is not trusted"),
    ):
        box.folders()


def test_server_names_the_host_and_port(basic: EwsServer) -> None:
    with mailbox(basic, server_name=f"localhost:{basic.port}") as box:
        assert box.folders()  # https://localhost:PORT/EWS/Exchange.asmx, its name checked


def test_an_unreadable_ca_file_is_a_config_error(basic: EwsServer, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pem"
    broken.write_text("not a certificate")
    with mailbox(basic, ca_file=broken) as box, pytest.raises(ConfigError, match="ca_file"):
        box.folders()


def test_a_server_that_is_gone_is_a_transient_error(tmp_path: Path) -> None:
    with running(tmp_path) as ews:
        box = mailbox(ews)
    with box, pytest.raises(TransientMailboxError, match=r"cannot reach|unavailable"):
        box.folders()


def test_secrets_and_bodies_stay_out_of_the_logs(
    basic: EwsServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    basic.deliver(message("Hello", body="PRIVATE-BODY-TEXT"))
    with mailbox(basic) as box:
        poll = box.poll(FolderRole.INBOX, None, LOOK_BACK)
        list(box.fetch(FolderRole.INBOX, [b.ref for b in poll.new]))
    basic_auth = base64.b64encode(f"{basic.login}:{basic.password}".encode()).decode()
    assert basic.password not in caplog.text
    assert basic_auth not in caplog.text
    assert "PRIVATE-BODY-TEXT" not in caplog.text
    assert "UFJJVkFURS1CT0RZLVRFWFQ" not in caplog.text  # nor in base64


def test_autodiscover_never_runs_when_the_endpoint_is_known(
    basic: EwsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("autodiscover ran")

    monkeypatch.setattr(exchangelib.account, "Autodiscovery", refuse)
    with mailbox(basic) as box:
        assert box.folders()
    with mailbox(basic, server_name=f"127.0.0.1:{basic.port}") as box:
        assert box.folders()


def test_autodiscover_runs_from_the_address_when_no_endpoint_is_set(
    basic: EwsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Autodiscovery is replaced by a fake that finds the test server (nothing leaves loopback);
    the account's CA applies to the hosts of the address's domain."""
    asked: list[str] = []
    url = f"https://localhost:{basic.port}/EWS/Exchange.asmx"

    class FakeAutodiscovery:
        def __init__(self, email: str, credentials: Any) -> None:
            asked.append(email)
            self.credentials = credentials

        def discover(self) -> tuple[Any, Any]:
            config = Configuration(
                credentials=self.credentials,
                service_endpoint=url,
                auth_type=BASIC,
                retry_policy=FailFastHonouringRetryAfter(),
            )
            found = SimpleNamespace(autodiscover_smtp_address="alice@localhost")
            return found, Protocol(config=config)

    monkeypatch.setattr(exchangelib.account, "Autodiscovery", FakeAutodiscovery)
    endpoint = ews_endpoint(account(basic), auth="basic", address="alice@localhost")
    assert endpoint.autodiscover
    basic.mailbox = "alice@localhost"
    with EwsMailbox(endpoint, lambda: basic.password) as box:
        assert box.folders()[FolderRole.INBOX] == "Inbox"
    assert asked == ["alice@localhost"]
