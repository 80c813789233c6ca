"""Google (Gmail) sign-in: the authorization-code flow with PKCE (RFC 7636, S256) and a
loopback redirect (RFC 8252), then access tokens from the refresh token.

`login` prints the address to open; Google sends the browser back to
http://127.0.0.1:PORT/ where `LoopbackRedirect` waits (over SSH: forward that port, or
paste the address the browser shows). The code is exchanged with the verifier and the
client secret of the user's own "Desktop app" client, which Google says is not a secret
for installed apps. Plain urllib: two form POSTs to the token endpoint need no library.
The saved state is {"refresh_token", "scope"}; a refresh token Google sends back on a
refresh (rotation) replaces the saved one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
import threading
from collections.abc import Callable, Mapping
from secrets import token_urlsafe
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from followupd.config.oauth_errors import (
    LoginFailed,
    LoginRequired,
    OAuthError,
    OAuthUnreachable,
    refusal,
)
from followupd.config.oauth_loopback import LoopbackRedirect
from followupd.config.oauth_providers import OAuthSettings, endpoint_is_secure
from followupd.config.oauth_tokens import Issued

Say = Callable[[str], None]
LOGIN_TIMEOUT = 600.0
TESTING_HINT = (
    ' (a Google Cloud app left in "Testing" loses its sign-ins after 7 days: publish it, '
    "or use an app password)"
)
MAX_RESPONSE_BYTES = 64 * 1024


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge): 86 unreserved characters, and their hash."""
    verifier = token_urlsafe(64)
    return verifier, s256(verifier)


def s256(verifier: str) -> str:
    """RFC 7636's S256 code challenge: base64url(sha256(verifier)), unpadded."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(
    settings: OAuthSettings, redirect_uri: str, state: str, challenge: str
) -> str:
    params = {
        "client_id": settings.client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": " ".join(settings.scopes),
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "access_type": "offline",  # a refresh token
        "prompt": "consent",  # a refresh token every time, not only the first
    }
    if "@" in settings.username:
        params["login_hint"] = settings.username
    return f"{settings.google_authorize_url}?{urlencode(params)}"


class GoogleProvider:
    def __init__(self, settings: OAuthSettings) -> None:
        self.settings = settings

    def login(
        self,
        say: Say,
        *,
        port: int = 0,
        timeout: float = LOGIN_TIMEOUT,
        pasted: Callable[[], str] | None = None,
    ) -> Issued:
        verifier, challenge = pkce_pair()
        state = token_urlsafe(32)
        with LoopbackRedirect(state, self.settings.account, port) as receiver:
            url = authorization_url(self.settings, receiver.redirect_uri, state, challenge)
            say(browser_instructions(self.settings, url, receiver.port))
            if pasted is not None:
                _read_pasted_addresses(pasted, receiver)
            answer = receiver.wait(timeout)
        if "error" in answer:
            raise refusal(self.settings.account, "Google", answer, during_login=True)
        response = self._token_request(
            {
                "grant_type": "authorization_code",
                "code": answer["code"],
                "redirect_uri": receiver.redirect_uri,
                "code_verifier": verifier,
            },
            during_login=True,
        )
        return self._issued_at_login(response)

    def refresh(self, state: str, *, force: bool) -> Issued:
        """A new access token by the refresh token (Google keeps no cache here: `force`
        changes nothing)."""
        saved = _saved_state(self.settings, state)
        response = self._token_request(
            {"grant_type": "refresh_token", "refresh_token": saved["refresh_token"]}
        )
        rotated = response.get("refresh_token") or saved["refresh_token"]
        kept = json.dumps({"refresh_token": rotated, "scope": saved.get("scope", "")})
        return Issued(_access_token(self.settings, response), _lifetime(response), kept)

    def _issued_at_login(self, response: Mapping[str, Any]) -> Issued:
        refresh_token = response.get("refresh_token")
        if not isinstance(refresh_token, str) or not refresh_token:
            raise LoginFailed(
                f"{self.settings.account}: Google sent no refresh token; remove followupd's "
                "access at https://myaccount.google.com/permissions and run "
                f"`{self.settings.login_command}` again"
            )
        granted = str(response.get("scope", "")).split()
        missing = [s for s in self.settings.scopes if s not in granted]
        if missing and "scope" in response:  # Google always says what was granted
            raise LoginFailed(
                f"{self.settings.account}: access to your mail was not granted (the box "
                '"Read, compose, send and permanently delete all your email from Gmail" must '
                f"be ticked); run `{self.settings.login_command}` again"
            )
        state = json.dumps({"refresh_token": refresh_token, "scope": " ".join(granted)})
        return Issued(_access_token(self.settings, response), _lifetime(response), state)

    def _token_request(self, form: dict[str, str], *, during_login: bool = False) -> dict[str, Any]:
        """POST to the token endpoint with the client's credentials; an error response
        becomes the error that says what to do."""
        form = {**form, "client_id": self.settings.client_id}
        if self.settings.client_secret:
            form["client_secret"] = self.settings.client_secret
        response = post_form(self.settings, self.settings.google_token_url, form)
        if "error" in response:
            error = refusal(self.settings.account, "Google", response, during_login=during_login)
            if isinstance(error, LoginRequired):
                error = LoginRequired(str(error) + TESTING_HINT)
            raise error
        return response


def post_form(settings: OAuthSettings, url: str, form: Mapping[str, str]) -> dict[str, Any]:
    """The JSON answer of a form POST; an OAuth2 error answer (4xx) is returned as it is,
    an unreachable or failing server (5xx, 429) raises OAuthUnreachable."""
    if not endpoint_is_secure(url):
        raise OAuthError(f"{settings.account}: {url} must be https (http only on loopback)")
    request = Request(  # noqa: S310 (the scheme is checked just above)
        url,
        data=urlencode(form).encode(),
        headers={"Accept": "application/json", "User-Agent": "followupd"},
        method="POST",
    )
    context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    try:
        with urlopen(request, timeout=settings.timeout, context=context) as answer:  # noqa: S310
            return _json_object(answer.read(MAX_RESPONSE_BYTES))
    except HTTPError as error:
        with error:
            body = _json_object(error.read(MAX_RESPONSE_BYTES))
        if error.code >= 500 or error.code == 429 or "error" not in body:
            raise OAuthUnreachable(
                f"{settings.account}: {url} answered HTTP {error.code}; will retry later"
            ) from None
        return body
    except (URLError, OSError) as error:
        cause = getattr(error, "reason", error)
        raise OAuthUnreachable(
            f"{settings.account}: cannot reach {url} ({type(cause).__name__})"
        ) from None


def browser_instructions(settings: OAuthSettings, url: str, port: int) -> str:
    return (
        f"To sign in to Google for account {settings.account!r} ({settings.username}), open "
        f"this address in a browser and allow access to your mail:\n\n  {url}\n\n"
        f"Google then sends the browser to http://127.0.0.1:{port}/ on this machine. Over "
        f"SSH, forward that port first (ssh -L {port}:127.0.0.1:{port} THIS-HOST, or rerun "
        "with --port N for a port you forward), or paste here the address the browser shows "
        "when it cannot open that page, then press Enter. Waiting..."
    )


def _read_pasted_addresses(pasted: Callable[[], str], receiver: LoopbackRedirect) -> None:
    def read() -> None:
        while True:
            try:
                line = pasted()
            except (EOFError, OSError, ValueError):
                return
            if not line or receiver.offer(line):
                return

    threading.Thread(target=read, daemon=True).start()


def _saved_state(settings: OAuthSettings, state: str) -> dict[str, str]:
    try:
        saved = json.loads(state)
    except ValueError:
        saved = None
    if not isinstance(saved, dict) or not isinstance(saved.get("refresh_token"), str):
        raise LoginRequired(
            f"{settings.account}: the saved Google sign-in is not readable; "
            f"run `{settings.login_command}` again"
        )
    return saved


def _access_token(settings: OAuthSettings, response: Mapping[str, Any]) -> str:
    token = response.get("access_token")
    if not isinstance(token, str) or not token:
        raise OAuthError(f"{settings.account}: Google's answer holds no access token")
    return token


def _lifetime(response: Mapping[str, Any]) -> float:
    try:
        return float(response.get("expires_in", 3600))
    except (TypeError, ValueError):
        return 3600.0


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
