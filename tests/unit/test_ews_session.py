"""Making the exchangelib Account: no request until used, a retry policy that never sleeps,
protocols that do not outlive the session, logs without secrets."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import exchangelib.account
import pytest
from exchangelib import OAuth2AuthorizationCodeCredentials
from exchangelib.errors import ErrorServerBusy
from exchangelib.protocol import CachingProtocol, Protocol
from exchangelib.transport import NTLM, OAUTH2

from followupd.backends.ews import session as ews_session
from followupd.backends.ews.endpoint import EwsEndpoint
from followupd.model import FolderRole

ENDPOINT = EwsEndpoint(
    name="work",
    address="alice@example.org",
    username="EXAMPLE\\alice",
    auth="ntlm",
    url="https://127.0.0.1:9/EWS/Exchange.asmx",  # nothing listens: no request may be made
    timeout=7.0,
)


def test_a_session_is_made_without_a_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchangelib.account, "Autodiscovery", None)  # would fail if used
    session = ews_session.open_session(ENDPOINT, "secret")
    try:
        account = session.account
        assert account.primary_smtp_address == "alice@example.org"
        assert account.protocol.config.auth_type == NTLM
        assert account.protocol.TIMEOUT == 7.0
        assert isinstance(account.protocol.retry_policy, ews_session.FailFastHonouringRetryAfter)
        assert {role: f.DISTINGUISHED_FOLDER_ID for role, f in session.folders.items()} == {
            FolderRole.INBOX: "inbox",
            FolderRole.SENT: "sentitems",
            FolderRole.DRAFTS: "drafts",
        }
        assert (
            session.folders[FolderRole.DRAFTS].to_id().mailbox.email_address == "alice@example.org"
        )
    finally:
        ews_session.close_session(session)


def test_a_leftover_protocol_with_another_configuration_is_not_reused() -> None:
    from exchangelib import Configuration, Credentials, FaultTolerance

    leftover = Configuration(
        credentials=Credentials(ENDPOINT.username, "secret"),
        service_endpoint=ENDPOINT.url,
        auth_type="basic",
        retry_policy=FaultTolerance(max_wait=3600),  # would sleep for an hour
    )
    Protocol(config=leftover)
    session = ews_session.open_session(ENDPOINT, "secret")
    try:
        assert session.account.protocol.config.auth_type == NTLM
        assert session.account.protocol.retry_policy.fail_fast
    finally:
        ews_session.close_session(session)


def test_closing_drops_the_cached_protocol() -> None:
    session = ews_session.open_session(ENDPOINT, "secret")
    config = session.account.protocol.config
    assert Protocol[config][0] is session.account.protocol
    ews_session.close_session(session)
    with pytest.raises(KeyError):
        CachingProtocol.__getitem__(Protocol, config)
    ews_session.close_session(session)  # twice is harmless


def test_oauth2_signs_in_with_the_bearer_token() -> None:
    endpoint = EwsEndpoint("work", "alice@example.org", "", "oauth2", ENDPOINT.url)
    session = ews_session.open_session(endpoint, "an-access-token")
    try:
        credentials = session.account.protocol.credentials
        assert isinstance(credentials, OAuth2AuthorizationCodeCredentials)
        assert credentials.access_token["access_token"] == "an-access-token"
        assert session.account.protocol.config.auth_type == OAUTH2
    finally:
        ews_session.close_session(session)


def response(status: int, headers: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(status_code=status, headers=headers, content=b"", url="https://x/")


def test_the_retry_policy_never_sleeps_and_keeps_retry_after() -> None:
    policy = ews_session.FailFastHonouringRetryAfter()
    assert policy.fail_fast and policy.back_off_until is None
    with pytest.raises(ErrorServerBusy) as caught:
        policy.raise_response_errors(response(503, {"Retry-After": "120"}))
    assert caught.value.back_off == 120.0
    with pytest.raises(Exception) as plain:
        policy.raise_response_errors(response(503, {}))
    assert not getattr(plain.value, "back_off", None)
    policy.raise_response_errors(response(200, {}))


def test_a_version_is_remembered_per_endpoint() -> None:
    ews_session.forget_versions()
    session = ews_session.open_session(ENDPOINT, "secret")
    try:
        assert session.account.protocol.config.version is None
        build = exchangelib.Build(15, 2, 1544, 4)
        session.account.protocol.config.version = exchangelib.Version(build=build)
        ews_session.remember_version(session)
    finally:
        ews_session.close_session(session)
    again = ews_session.open_session(ENDPOINT, "secret")
    try:
        assert again.account.protocol.config.version.build == build
    finally:
        ews_session.close_session(again)
        ews_session.forget_versions()


def test_exchangelib_logs_hold_back_requests(tmp_path: Path) -> None:
    session = ews_session.open_session(ENDPOINT, "secret")
    ews_session.close_session(session)
    assert logging.getLogger("exchangelib").getEffectiveLevel() >= logging.INFO
    record = logging.LogRecord(
        "exchangelib.util",
        logging.ERROR,
        __file__,
        1,
        "%s: %s\n%s\n%s",
        ("TypeError", "boom", "Request headers: {'Authorization': 'Basic c2VjcmV0'}", "<xml/>"),
        None,
    )
    for guard in logging.getLogger("exchangelib.util").filters:
        assert guard.filter(record)  # type: ignore[union-attr]
    assert "Authorization" not in record.getMessage() and "<xml/>" not in record.getMessage()
