"""The browser's redirect on 127.0.0.1 (RFC 8252) and the PKCE pieces (RFC 7636)."""

from __future__ import annotations

import socket
import threading
from urllib.error import HTTPError
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import pytest

from followupd.config.oauth_errors import LoginFailed
from followupd.config.oauth_google import authorization_url, pkce_pair, s256
from followupd.config.oauth_loopback import LoopbackRedirect
from followupd.config.oauth_providers import OAuthSettings

SETTINGS = OAuthSettings(
    account="gmail",
    provider="google",
    client_id="271828182845-abc.apps.googleusercontent.com",
    username="alex@gmail.example",
    client_secret="GOCSPX-x",
)


def get(url: str) -> tuple[int, str]:
    try:
        with urlopen(url, timeout=5) as answer:
            return answer.status, answer.read().decode()
    except HTTPError as error:
        return error.code, error.read().decode()


def test_the_rfc_7636_example_challenge() -> None:
    assert s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == (
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_a_verifier_is_long_unreserved_and_new_each_time() -> None:
    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128
    assert set(verifier) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )
    assert challenge == s256(verifier)
    assert pkce_pair()[0] != verifier


def test_the_authorization_url_asks_for_a_refresh_token_with_pkce() -> None:
    url = authorization_url(SETTINGS, "http://127.0.0.1:8765/", "st4te", "ch4llenge")
    params = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith("https://accounts.google.com/o/oauth2/v2/auth?")
    assert params == {
        "client_id": SETTINGS.client_id,
        "redirect_uri": "http://127.0.0.1:8765/",
        "response_type": "code",
        "scope": "https://mail.google.com/",
        "state": "st4te",
        "code_challenge": "ch4llenge",
        "code_challenge_method": "S256",
        "access_type": "offline",
        "prompt": "consent",
        "login_hint": "alex@gmail.example",
    }
    assert "GOCSPX" not in url  # the secret goes to the token endpoint only


def test_the_redirect_with_the_right_state_is_taken() -> None:
    with LoopbackRedirect("the-state", "gmail") as receiver:
        assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/"
        status, page = get(f"{receiver.redirect_uri}?state=the-state&code=4/0Acode")
        answer = receiver.wait(5)
    assert status == 200 and "go back to the terminal" in page
    assert answer["code"] == "4/0Acode"


def test_a_redirect_with_another_state_is_refused_and_the_wait_goes_on() -> None:
    with LoopbackRedirect("the-state", "gmail") as receiver:
        status, _ = get(f"{receiver.redirect_uri}?state=forged&code=stolen")
        assert status == 400
        assert get(f"http://127.0.0.1:{receiver.port}/favicon.ico")[0] == 404
        get(f"{receiver.redirect_uri}?state=the-state&code=real")
        assert receiver.wait(5)["code"] == "real"


def test_an_error_redirect_ends_the_wait() -> None:
    with LoopbackRedirect("s", "gmail") as receiver:
        get(f"{receiver.redirect_uri}?state=s&error=access_denied")
        assert receiver.wait(5) == {"state": "s", "error": "access_denied"}


def test_a_pasted_address_is_taken_when_the_browser_could_not_reach_us() -> None:
    with LoopbackRedirect("s", "gmail") as receiver:
        assert not receiver.offer("http://127.0.0.1:1/?state=other&code=x")
        assert receiver.offer(f"  http://127.0.0.1:{receiver.port}/?state=s&code=pasted\n")
        assert receiver.wait(1)["code"] == "pasted"


def test_no_answer_in_time_says_to_run_login_again() -> None:
    with LoopbackRedirect("s", "gmail") as receiver, pytest.raises(LoginFailed) as raised:
        receiver.wait(0.05)
    assert "followupd login --account gmail" in str(raised.value)


def test_it_listens_on_loopback_only_and_a_taken_port_says_so() -> None:
    with LoopbackRedirect("s", "gmail") as receiver:
        with socket.socket() as probe:
            probe.settimeout(1)
            assert probe.connect_ex(("127.0.0.1", receiver.port)) == 0
        with pytest.raises(LoginFailed, match=f"port {receiver.port} .* in use.*--port"):
            LoopbackRedirect("s", "gmail", receiver.port)


def test_the_code_is_not_logged(capfd: pytest.CaptureFixture[str]) -> None:
    with LoopbackRedirect("s", "gmail") as receiver:
        thread = threading.Thread(
            target=get, args=(f"{receiver.redirect_uri}?state=s&code=SECRET",)
        )
        thread.start()
        receiver.wait(5)
        thread.join()
    captured = capfd.readouterr()
    assert "SECRET" not in captured.out + captured.err
