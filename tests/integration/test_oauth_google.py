"""`followupd login` for Google, end to end: the authorization-code flow with PKCE (S256)
and a loopback redirect, against the local authorization server (oauth_server.py). The test
plays the browser: it opens the address login prints, signs in, allows (or not), and follows
the redirect back to 127.0.0.1 where login waits.
"""

from __future__ import annotations

import io
import logging
import queue
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from urllib.request import Request, urlopen

import pytest
from oauth_server import (
    GOOGLE_CLIENT_ID,
    GOOGLE_CLIENT_SECRET,
    AuthorizationServer,
    Browser,
    Client,
    Terminal,
)

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
from followupd.errors import EXIT_CONFIG, EXIT_UNAVAILABLE
from followupd.logs import setup_logging

USER = "alex.morgan@gmail.example"
MAIL_SCOPE = "https://mail.google.com/"


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
    started.register(Client(GOOGLE_CLIENT_ID, secret=GOOGLE_CLIENT_SECRET))
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def settings(server: AuthorizationServer, tmp_path: Path) -> OAuthSettings:
    return OAuthSettings(
        account="gmail",
        provider="google",
        client_id=GOOGLE_CLIENT_ID,
        client_secret=GOOGLE_CLIENT_SECRET,
        username=USER,
        token_file=tmp_path / "home" / "gmail.oauth2.json",
        authorize_url=server.google_authorize_url,
        token_url=server.google_token_url,
        ca_file=server.ca_path,
        timeout=10,
    )


def start_login(
    settings: OAuthSettings, terminal: Terminal, pasted: Callable[[], str] | None = None
) -> Future[oauth.LoginResult]:
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(oauth.login, settings, terminal.say, pasted=pasted, timeout=30)
    pool.shutdown(wait=False)
    return future


def sign_in(
    server: AuthorizationServer, settings: OAuthSettings, **consent: object
) -> oauth.LoginResult:
    terminal = Terminal()
    future = start_login(settings, terminal)
    Browser(server).consent(terminal.address_to_open(), USER, **consent)  # type: ignore[arg-type]
    return future.result(timeout=30)


def saved_refresh_token(settings: OAuthSettings) -> str:
    assert settings.token_file is not None
    text = FileTokenStore(settings.token_file, settings.account).load()
    assert text is not None
    refresh_token: str = __import__("json").loads(decode_grant(settings, text))["refresh_token"]
    return refresh_token


# -- login ----------------------------------------------------------------------------------


def test_the_pkce_loopback_flow_signs_in_and_the_token_works(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    terminal = Terminal()
    future = start_login(settings, terminal)
    address = terminal.address_to_open()
    params = {k: v[0] for k, v in parse_qs(urlsplit(address).query).items()}
    assert params["code_challenge_method"] == "S256" and params["login_hint"] == USER
    redirect = urlsplit(params["redirect_uri"])
    assert (redirect.scheme, redirect.hostname) == ("http", "127.0.0.1")
    assert f"ssh -L {redirect.port}:127.0.0.1:{redirect.port}" in terminal.everything[0]
    status, page = Browser(server).consent(address, USER)
    assert status == 200 and "Signed in." in page  # the loopback page, in the browser
    result = future.result(timeout=30)

    assert settings.token_file is not None and result.stored_in == str(settings.token_file)
    assert server.grant_calls("authorization_code") == 1  # with the verifier: S256 checked
    assert saved_refresh_token(settings) in server.active_tokens("refresh")
    assert oauth.token_source(settings, Clock())() in server.active_tokens("access")


def test_a_fixed_port_for_ssh_forwarding_is_used(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    terminal = Terminal()
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(oauth.login, settings, terminal.say, port=port, timeout=30)
    address = terminal.address_to_open()
    assert f"redirect_uri=http%3A%2F%2F127.0.0.1%3A{port}%2F" in address
    Browser(server).consent(address, USER)
    future.result(timeout=30)
    pool.shutdown()


def test_the_address_the_browser_shows_may_be_pasted_instead(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    lines: queue.Queue[str] = queue.Queue()
    terminal = Terminal()
    future = start_login(settings, terminal, pasted=lambda: lines.get(timeout=30))
    browser = Browser(server)
    browser.consent(terminal.address_to_open(), USER, follow=False)  # no forwarded port
    lines.put("http://127.0.0.1:9/?state=not-this-one&code=x")  # ignored
    lines.put(browser.last_redirect)
    future.result(timeout=30)
    assert saved_refresh_token(settings) in server.active_tokens("refresh")


def test_a_declined_consent_fails_the_login(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    with pytest.raises(LoginFailed, match=r"access_denied.*declined"):
        sign_in(server, settings, decision="deny")
    assert settings.token_file is not None and not settings.token_file.exists()


def test_an_unticked_mail_box_says_what_to_tick(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    with pytest.raises(LoginFailed, match="access to your mail was not granted"):
        sign_in(server, settings, scopes=["openid"])


def test_an_admin_who_blocks_the_app_gets_its_own_message(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    server.block_consent(GOOGLE_CLIENT_ID)
    with pytest.raises(ConsentBlocked, match=r"admin_policy_enforced.*administrator"):
        sign_in(server, settings)


def test_a_wrong_client_secret_points_at_the_config(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    wrong = replace(settings, client_secret="GOCSPX-wrong")
    with pytest.raises(OAuthError, match=r"invalid_client.*check client_id") as raised:
        sign_in(server, wrong)
    assert "GOCSPX" not in str(raised.value)


# -- after login ----------------------------------------------------------------------------


def test_a_token_is_refreshed_before_it_expires_and_a_rotated_one_saved(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    login_token = saved_refresh_token(settings)
    clock = Clock()
    get = oauth.token_source(settings, clock)
    first = get()
    clock.advance(minutes=54)
    assert get() == first
    clock.advance(minutes=2)  # 4 minutes left
    second = get()
    assert second != first and server.grant_calls("refresh_token") == 2
    assert saved_refresh_token(settings) != login_token  # rotated twice, saved each time
    assert saved_refresh_token(settings) in server.active_tokens("refresh")
    assert login_token not in server.active_tokens("refresh")


def test_without_rotation_the_saved_file_is_left_alone(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    server.rotate_refresh_tokens = False
    sign_in(server, settings)
    assert settings.token_file is not None
    before = settings.token_file.stat().st_mtime_ns, saved_refresh_token(settings)
    oauth.token_source(settings, Clock())()
    assert (settings.token_file.stat().st_mtime_ns, saved_refresh_token(settings)) == before


def test_a_revoked_token_names_the_fix_and_the_seven_day_testing_limit(
    server: AuthorizationServer, settings: OAuthSettings
) -> None:
    sign_in(server, settings)
    token = saved_refresh_token(settings)
    request = Request(server.revoke_url, data=f"token={token}".encode(), method="POST")
    import ssl

    context = ssl.create_default_context(cafile=str(server.ca_path))
    with urlopen(request, context=context) as answer:  # RFC 7009, as Google's page does
        assert answer.status == 200
    with pytest.raises(LoginRequired) as raised:
        oauth.token_source(settings, Clock())()
    text = str(raised.value)
    assert raised.value.exit_code == EXIT_CONFIG
    assert "invalid_grant: Token has been expired or revoked." in text
    assert "run `followupd login --account gmail` again" in text
    assert '"Testing" loses its sign-ins after 7 days' in text


def test_a_failing_token_endpoint_is_retried_later(
    server: AuthorizationServer, settings: OAuthSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(server, settings)
    monkeypatch.setattr(server, "_token", lambda *_: (503, {}, b"<html>Service Unavailable"))
    with pytest.raises(OAuthUnreachable, match="HTTP 503; will retry later") as raised:
        oauth.token_source(settings, Clock())()
    assert raised.value.exit_code == EXIT_UNAVAILABLE


# -- tokens stay out of logs and messages ---------------------------------------------------


def test_no_token_code_verifier_or_secret_reaches_a_log_or_an_error(
    server: AuthorizationServer, settings: OAuthSettings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    stream = io.StringIO()
    setup_logging("DEBUG", verbose=True, stream=stream)
    try:
        messages = _login_refresh_and_revoke(server, settings)
    finally:
        root = logging.getLogger()
        root.handlers = [h for h in root.handlers if not getattr(h, "followupd", False)]
    secrets = server.secrets_seen | {GOOGLE_CLIENT_SECRET}
    assert len(secrets) > 4
    for text in (caplog.text, stream.getvalue(), *messages):
        assert not [s for s in secrets if s in text]


def _login_refresh_and_revoke(server: AuthorizationServer, settings: OAuthSettings) -> list[str]:
    terminal = Terminal()
    future = start_login(settings, terminal)
    Browser(server).consent(terminal.address_to_open(), USER)
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
