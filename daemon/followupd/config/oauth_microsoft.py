"""Microsoft (Outlook.com, Microsoft 365) sign-in with MSAL: the device-code flow for
`login` (a code typed at Microsoft's page on any device, so it works on a headless server),
and access tokens from MSAL's token cache afterwards.

The saved state is MSAL's serialized token cache: MSAL picks the account, refreshes an
access token that has less than five minutes left, and replaces the refresh token when
Microsoft rotates it. The app is a public client: no secret. MSAL is told not to ask
login.microsoftonline.com to validate the authority (`instance_discovery=False`), so an
authority elsewhere (a national cloud, or a test server on 127.0.0.1 with its own CA in
`ca_file`) is used as it is; it must be https.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import msal  # type: ignore[import-untyped]

from followupd.config.oauth_errors import LoginRequired, OAuthError, OAuthUnreachable, refusal
from followupd.config.oauth_providers import OAuthSettings
from followupd.config.oauth_tokens import Issued

Say = Callable[[str], None]


class MicrosoftProvider:
    def __init__(self, settings: OAuthSettings) -> None:
        self.settings = settings
        self._cache = msal.SerializableTokenCache()
        self._app: Any = None

    def login(self, say: Say) -> Issued:
        """The device-code flow: print the code and the page, wait until it is entered."""
        self._cache.deserialize("")
        app = self._application()
        with self._calling_microsoft():
            flow = app.initiate_device_flow(scopes=list(self.settings.scopes))
        if "user_code" not in flow:
            raise refusal(self.settings.account, "Microsoft", flow, during_login=True)
        say(device_code_instructions(self.settings, flow))
        with self._calling_microsoft():
            result = app.acquire_token_by_device_flow(flow)
        if "access_token" not in result:
            raise refusal(self.settings.account, "Microsoft", result, during_login=True)
        signed_in_as = _username(result)
        if signed_in_as.casefold() != self.settings.username.casefold():
            say(_other_username_note(self.settings, signed_in_as))
        return Issued(
            result["access_token"],
            float(result["expires_in"]),
            self._cache.serialize(),
            signed_in_as,
        )

    def refresh(self, state: str, *, force: bool) -> Issued:
        """An access token from the saved cache: a cached one with more than five minutes
        left (unless `force`), else a new one by the refresh token."""
        self._cache.deserialize(state)
        app = self._application()
        account = self._account(app)
        with self._calling_microsoft():
            result = app.acquire_token_silent_with_error(
                list(self.settings.scopes), account, force_refresh=force
            )
        if result is None:
            raise LoginRequired(
                f"{self.settings.account}: the saved sign-in holds no refresh token; "
                f"run `{self.settings.login_command}` again"
            )
        if "error" in result:
            raise refusal(self.settings.account, "Microsoft", result)
        after = self._cache.serialize() if self._cache.has_state_changed else state
        return Issued(result["access_token"], float(result["expires_in"]), after, _username(result))

    def _account(self, app: Any) -> Mapping[str, Any]:
        accounts: list[Mapping[str, Any]] = app.get_accounts()
        if not accounts:
            raise LoginRequired(
                f"{self.settings.account}: the saved sign-in holds no Microsoft account; "
                f"run `{self.settings.login_command}` again"
            )
        wanted = self.settings.username.casefold()
        return next(
            (a for a in accounts if str(a.get("username", "")).casefold() == wanted), accounts[0]
        )

    def _application(self) -> Any:
        """The MSAL app, made once: making it fetches the tenant's OpenID configuration."""
        if self._app is None:
            with self._calling_microsoft(discovery=True):
                self._app = msal.PublicClientApplication(
                    self.settings.client_id,
                    authority=self.settings.authority_url,
                    token_cache=self._cache,
                    instance_discovery=False,
                    http_client=_http_client(self.settings),
                    timeout=self.settings.timeout,
                )
        return self._app

    @contextmanager
    def _calling_microsoft(self, *, discovery: bool = False) -> Iterator[None]:
        """requests' errors are OSErrors: unreachable, timed out, TLS refused. MSAL raises
        ValueError when the authority has no usable OpenID configuration (`discovery`), or
        when an answer is not JSON (a proxy's error page: try again later)."""
        where = self.settings.authority_url
        try:
            yield
        except OSError as error:
            raise OAuthUnreachable(
                f"{self.settings.account}: cannot reach Microsoft's sign-in service at {where} "
                f"({type(error).__name__})"
            ) from None
        except ValueError:
            if not discovery:
                raise OAuthUnreachable(
                    f"{self.settings.account}: {where} did not answer as a sign-in service does"
                ) from None
            raise OAuthError(
                f"{self.settings.account}: {where} is not a Microsoft sign-in authority that "
                f"answers (is tenant = {self.settings.tenant!r} right?)"
            ) from None


class _TrustingHttpClient:
    """MSAL's HTTP client when `ca_file` names the CA: the CA goes with each request, as
    requests lets REQUESTS_CA_BUNDLE override a session's own `verify`."""

    def __init__(self, ca_file: str, timeout: float) -> None:
        import requests  # MSAL's own dependency

        self._session = requests.Session()
        self._ca_file, self._timeout = ca_file, timeout

    def post(self, url: str, **kwargs: Any) -> Any:
        return self._session.post(url, verify=self._ca_file, timeout=self._timeout, **kwargs)

    def get(self, url: str, **kwargs: Any) -> Any:
        return self._session.get(url, verify=self._ca_file, timeout=self._timeout, **kwargs)

    def close(self) -> None:
        self._session.close()


def _http_client(settings: OAuthSettings) -> _TrustingHttpClient | None:
    """None: MSAL makes its own (the system's CAs, or REQUESTS_CA_BUNDLE)."""
    if settings.ca_file is None:
        return None
    return _TrustingHttpClient(str(settings.ca_file), settings.timeout)


def device_code_instructions(settings: OAuthSettings, flow: Mapping[str, Any]) -> str:
    minutes = max(1, int(flow.get("expires_in", 900)) // 60)
    return (
        f"To sign in to Microsoft for account {settings.account!r}: on any device, open "
        f"{flow.get('verification_uri', 'https://microsoft.com/devicelogin')} , enter the code "
        f"{flow['user_code']} and sign in as {settings.username}. The code works for "
        f"{minutes} minutes. Waiting..."
    )


def _username(result: Mapping[str, Any]) -> str:
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or claims.get("upn") or claims.get("email") or "")


def _other_username_note(settings: OAuthSettings, signed_in_as: str) -> str:
    return (
        f"note: you signed in as {signed_in_as or 'an unnamed account'}, but the account's "
        f"username is {settings.username}: IMAP logs in as the username. If that is not this "
        f"mailbox, set username = {signed_in_as!r} and run `{settings.login_command}` again."
    )
