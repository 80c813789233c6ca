"""OAuth2 for `auth = "xoauth2"` accounts with a `provider`: `login` signs in once and saves
the sign-in; `token_source` is the account's access-token getter afterwards.

Microsoft signs in with the device-code flow (oauth_microsoft.py, MSAL), Google with a
browser and a loopback redirect (oauth_google.py). The sign-in is saved in the keyring or
the account's `oauth2_token_file` (oauth_store.py); access tokens are made fresh by
`TokenSource` (oauth_tokens.py). Tokens are never logged, printed or
put in an error message; errors say what to do (oauth_errors.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from followupd.config.oauth_errors import OAuthError
from followupd.config.oauth_providers import GOOGLE, MICROSOFT, PROVIDERS, OAuthSettings
from followupd.config.oauth_store import store_for
from followupd.config.oauth_tokens import (
    DEFAULT_MARGIN,
    Clock,
    Issued,
    Refresher,
    TokenSource,
    encode_grant,
)

Say = Callable[[str], None]
LOGIN_TIMEOUT = 600.0


@dataclass(frozen=True, slots=True)
class LoginResult:
    signed_in_as: str  # the provider's name for the account ("" when it gave none)
    stored_in: str  # "the keyring (...)" or the token file's path


def login(
    settings: OAuthSettings,
    say: Say,
    *,
    port: int = 0,
    pasted: Callable[[], str] | None = None,
    timeout: float = LOGIN_TIMEOUT,
) -> LoginResult:
    """Sign in interactively and save the sign-in. `say` shows the user what to do;
    `port` and `pasted` (a line the user pasted) serve Google's browser redirect."""
    store = store_for(settings)
    store.check_writable()  # no keyring: say so before the user signs in, not after
    issued = _sign_in(settings, say, port=port, pasted=pasted, timeout=timeout)
    with store.locked():
        store.save(encode_grant(settings, issued.state))
    return LoginResult(issued.signed_in_as, store.where)


def token_source(
    settings: OAuthSettings, clock: Clock, *, margin: timedelta = DEFAULT_MARGIN
) -> TokenSource:
    """The account's access-token getter (call it at each connection)."""
    return TokenSource(settings, refresher_for(settings), store_for(settings), clock, margin)


@functools.cache
def shared_token_source(settings: OAuthSettings, clock: Clock) -> TokenSource:
    """One getter per account and clock for the life of the process, so that the access
    token and a refused sign-in are remembered across connections and polls."""
    return token_source(settings, clock)


def refresher_for(settings: OAuthSettings) -> Refresher:
    _check_provider(settings)
    if settings.provider == MICROSOFT:
        from followupd.config.oauth_microsoft import MicrosoftProvider

        return MicrosoftProvider(settings)
    from followupd.config.oauth_google import GoogleProvider

    return GoogleProvider(settings)


def _sign_in(
    settings: OAuthSettings,
    say: Say,
    *,
    port: int,
    pasted: Callable[[], str] | None,
    timeout: float,
) -> Issued:
    _check_provider(settings)
    if settings.provider == GOOGLE:
        from followupd.config.oauth_google import GoogleProvider

        return GoogleProvider(settings).login(say, port=port, timeout=timeout, pasted=pasted)
    from followupd.config.oauth_microsoft import MicrosoftProvider

    return MicrosoftProvider(settings).login(say)


def _check_provider(settings: OAuthSettings) -> None:
    if settings.provider not in PROVIDERS:
        raise OAuthError(
            f'{settings.account}: set provider = "microsoft" or "google" to sign in with '
            "`followupd login` (or use oauth2_token_command)"
        )
