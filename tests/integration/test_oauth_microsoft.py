"""`followupd login` for Microsoft, end to end: MSAL against the local authorization server
(oauth_server.py) over HTTPS with a throwaway CA. The test plays the user: it reads the code
that login prints and types it at the server's device-login page while MSAL polls.
"""

from __future__ import annotations

import io
import logging
import stat
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from oauth_server import MICROSOFT_CLIENT_ID, AuthorizationServer, Browser, Client, Terminal

from followupd.config import oauth
from followupd.config.oauth_errors import (
    ConsentBlocked,
    LoginFailed,
    LoginRequired,
    OAuthError,
    OAuthUnreachable,
)
from followupd.config.oauth_providers import OAuthSettings
from followupd.config.oauth_store import FileTokenStore
from followupd.config.oauth_tokens import decode_grant
from followupd.errors import EXIT_CONFIG, EXIT_UNAVAILABLE, SecretError
from followupd.logs import setup_logging

USER = "alex@contoso.example"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[AuthorizationServer]:
    started = AuthorizationServer(tmp_path / "idp").start()
    started.register(Client(MICROSOFT_CLIENT_ID))
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def settings(server: AuthorizationServer, tmp_path: Path) -> OAuthSettings:
    return OAuthSettings(
        account="work",
        provider="microsoft",
        client_id=MICROSOFT_CLIENT_ID,
        username=USER,
        token_file=tmp_path / "home" / "work.oauth2.json",
        authority=server.authority("organizations"),
        ca_file=server.ca_path,
        timeout=10,
    )


def start_login(settings: OAuthSettings, terminal: Terminal) -> Future[oauth.LoginResult]:
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(oauth.login, settings, terminal.say)
    pool.shutdown(wait=False)
    return future


def sign_in(
    server: AuthorizationServer, settings: OAuthSettings, decision: str = "approve"
) -> oauth.LoginResult:
    """The whole device-code flow, the user typing the code once MSAL has polled."""
    terminal = Terminal()
    future = start_login(settings, terminal)
    page, code = terminal.device_code()
    wait_for_polls(server, code, 1)  # MSAL is polling: authorization_pending so far
    Browser(server).enter_device_code(page, code, USER, decision)
    return future.result(timeout=30)


def wait_for_polls(server: AuthorizationServer, user_code: str, count: int) -> None:
    import time

    deadline = time.monotonic() + 15
    while len(server.device(user_code).polls) < count:
        assert time.monotonic() < deadline, "MSAL did not poll"
        time.sleep(0.05)


# -- login ----------------------------------------------------------------------------------


def test_the_device_code_flow_signs_in_and_saves_the_sign_in_0600(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    terminal = Terminal()
    future = start_login(settings, terminal)
    page, code = terminal.device_code()
    assert page == f"{server.base_url}/devicelogin" and len(code) == 9
    assert "sign in as alex@contoso.example" in terminal.everything[0]
    wait_for_polls(server, code, 2)  # pending, pending: MSAL keeps polling
    assert "You have signed in" in Browser(server).enter_device_code(page, code, USER)
    result = future.result(timeout=30)

    assert result.signed_in_as == USER
    assert settings.token_file is not None and result.stored_in == str(settings.token_file)
    assert stat.S_IMODE(settings.token_file.stat().st_mode) == 0o600
    paths = [path for path, _ in server.calls]
    assert paths[0] == "/organizations/oauth2/v2.0/devicecode"
    assert server.grant_calls("urn:ietf:params:oauth:grant-type:device_code") >= 3
    token = oauth.token_source(settings, Clock())()
    assert token in server.active_tokens("access")


def test_the_client_slows_down_when_the_server_says_slow_down(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    terminal = Terminal()
    future = start_login(settings, terminal)
    page, code = terminal.device_code()
    wait_for_polls(server, code, 1)  # authorization_pending
    server.slow_down_next_poll()
    wait_for_polls(server, code, 2)  # slow_down
    Browser(server).enter_device_code(page, code, USER)
    future.result(timeout=30)
    polls = server.device(code).polls
    assert len(polls) == 3
    assert polls[2] - polls[1] >= 5.5  # the interval grew by 5 s (RFC 8628, section 3.5)


def test_a_code_that_expires_before_it_is_entered_fails_with_the_fix(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    terminal = Terminal()
    future = start_login(settings, terminal)
    _, code = terminal.device_code()
    server.expire_device_code(code)
    with pytest.raises(LoginFailed, match=r"expired_token.*not entered in time") as raised:
        future.result(timeout=30)
    assert "run `followupd login --account work` again" in str(raised.value)
    assert settings.token_file is not None and not settings.token_file.exists()


def test_a_declined_sign_in_fails_the_login(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    with pytest.raises(LoginFailed, match="declined"):
        sign_in(server, settings, decision="decline")


def test_an_admin_who_blocks_consent_gets_its_own_message_at_login(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    server.block_consent(MICROSOFT_CLIENT_ID)
    with pytest.raises(ConsentBlocked) as raised:
        sign_in(server, settings)
    text = str(raised.value)
    assert "AADSTS65001" in text and "administrator must approve this app" in text
    assert text.endswith("run `followupd login --account work` again")


def test_an_app_without_public_client_flows_says_where_to_allow_them(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    server.clients[MICROSOFT_CLIENT_ID].public_client_flows = False
    terminal = Terminal()
    future = start_login(settings, terminal)  # the first poll is refused: no secret sent
    with pytest.raises(OAuthError, match='"Allow public client flows" = Yes'):
        future.result(timeout=30)


def test_an_unknown_tenant_is_named(server: AuthorizationServer, settings: OAuthSettings) -> None:
    wrong = replace(settings, authority=server.authority("contoso-typo"), tenant="contoso-typo")
    with pytest.raises(OAuthError, match="tenant = 'contoso-typo'"):
        oauth.login(wrong, Terminal().say)


def test_without_a_keyring_login_stops_before_the_user_signs_in(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(SecretError, match="oauth2_token_file"):
            oauth.login(replace(settings, token_file=None), Terminal().say)
    finally:
        keyring.set_keyring(previous)
    assert server.calls == []  # no code was asked for, nobody typed anything in vain


def test_the_sign_in_is_kept_in_the_keyring_when_no_file_is_named(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    previous, memory = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        in_keyring = replace(settings, token_file=None)
        result = sign_in(server, in_keyring)
        assert result.stored_in == f'the keyring (service "followupd-oauth2", user "{USER}")'
        assert list(memory.entries) == [("followupd-oauth2", USER)]
        clock = Clock()
        get = oauth.token_source(in_keyring, clock)
        get()
        clock.advance(minutes=56)
        assert get() in server.active_tokens("access")
        saved = decode_grant(in_keyring, memory.entries[("followupd-oauth2", USER)])
        assert server.active_tokens("refresh")[0] in saved  # the rotated one, in the keyring
    finally:
        keyring.set_keyring(previous)


# -- after login: refresh, rotation, revocation ---------------------------------------------


def test_an_access_token_is_refreshed_before_it_expires_and_the_rotated_token_saved(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    assert settings.token_file is not None
    first_refresh_token = server.active_tokens("refresh")
    clock = Clock()
    get = oauth.token_source(settings, clock)
    first = get()  # MSAL's cached token from the login: no request
    assert server.grant_calls("refresh_token") == 0
    clock.advance(minutes=50)
    assert get() == first
    clock.advance(minutes=6)  # 4 minutes left: refreshed now, not after it expired
    second = get()
    assert second != first and server.grant_calls("refresh_token") == 1
    rotated = server.active_tokens("refresh")
    assert rotated != first_refresh_token  # the server rotated it; the old one is dead
    text = FileTokenStore(settings.token_file, "work").load()
    assert text is not None and rotated[0] in decode_grant(settings, text)
    # another process (a `once` after the daemon) starts from the saved, rotated token
    later = oauth.token_source(settings, Clock())
    later.forget()
    assert later() in server.active_tokens("access")


def test_a_revoked_sign_in_gives_the_clear_error_and_is_not_retried(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    clock = Clock()
    get = oauth.token_source(settings, clock)
    get()
    server.revoke_sign_ins(USER)  # the user removed the app, or an admin revoked sessions
    clock.advance(hours=1)
    with pytest.raises(LoginRequired) as raised:
        get()
    assert raised.value.exit_code == EXIT_CONFIG
    text = str(raised.value)
    assert "AADSTS50173" in text and "revoked" in text
    assert text.endswith("run `followupd login --account work` again")
    asked = server.grant_calls("refresh_token")
    for _ in range(3):
        clock.advance(minutes=5)
        with pytest.raises(LoginRequired):
            get()
    assert server.grant_calls("refresh_token") == asked  # no request per poll
    sign_in(server, settings)  # the fix: login again
    clock.advance(hours=1)
    assert get() in server.active_tokens("access")


def test_an_admin_who_blocks_consent_later_gets_its_own_message(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    clock = Clock()
    get = oauth.token_source(settings, clock)
    get()
    server.block_consent(MICROSOFT_CLIENT_ID)
    clock.advance(hours=1)
    with pytest.raises(ConsentBlocked, match="administrator must approve"):
        get()


def test_an_unreachable_sign_in_service_is_retried_later_not_a_config_error(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    server.stop()
    with pytest.raises(
        OAuthUnreachable, match="cannot reach Microsoft's sign-in service"
    ) as raised:
        oauth.token_source(settings, Clock())()
    assert raised.value.exit_code == EXIT_UNAVAILABLE  # `run` backs off; `once` exits 69


# -- tokens stay out of logs and messages ---------------------------------------------------


def test_no_token_reaches_a_log_or_an_error_even_at_debug(
    server: AuthorizationServer, settings: OAuthSettings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every library too: msal, urllib3
    messages = [*_login_refresh_and_revoke(server, settings)]
    device_codes = {d.device_code for d in server.devices.values()}
    tokens = server.secrets_seen - device_codes  # MSAL logs a redeemed device code at DEBUG
    assert tokens and not [t for t in tokens if t in caplog.text]
    assert not [t for t in server.secrets_seen for m in messages if t in m]


def test_followupds_own_logging_shows_no_secret_at_all(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", verbose=True, stream=stream)
    try:
        _login_refresh_and_revoke(server, settings)
    finally:
        logging.getLogger().handlers = [
            h for h in logging.getLogger().handlers if not getattr(h, "followupd", False)
        ]
    written = stream.getvalue()
    assert server.secrets_seen and not [s for s in server.secrets_seen if s in written]


def _login_refresh_and_revoke(server: AuthorizationServer, settings: OAuthSettings) -> list[str]:
    """Everything a user sees: what login printed, and each error's text."""
    terminal = Terminal()
    future = start_login(settings, terminal)
    page, code = terminal.device_code()
    Browser(server).enter_device_code(page, code, USER)
    future.result(timeout=30)
    clock = Clock()
    get = oauth.token_source(settings, clock)
    get()
    clock.advance(hours=1)
    get()
    server.revoke_sign_ins(USER)
    clock.advance(hours=1)
    with pytest.raises(LoginRequired) as raised:
        get()
    return [*terminal.everything, str(raised.value), repr(raised.value)]
