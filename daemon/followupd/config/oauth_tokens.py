"""Fresh access tokens from a saved sign-in, made when they are needed.

`TokenSource` is an account's credential getter: it returns the access token it holds
until `margin` before it expires, then asks the provider (`Refresher`) for a fresh one, and
saves the sign-in again when the refresh token rotated. When the provider refuses the saved
sign-in (revoked, expired, consent withdrawn), it remembers which one and refuses again
without asking the provider until the saved sign-in changes (`followupd login` ran): an
account whose sign-in was revoked costs no request per poll. The saved document names the
provider and app it belongs to (`encode_grant`), so a sign-in made for another is refused.
The clock is handed in: only the service reads the wall clock.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from followupd.config.oauth_errors import LoginRequired, ReauthorizationNeeded
from followupd.config.oauth_providers import OAuthSettings
from followupd.config.oauth_store import TokenStore

GRANT_FORMAT = "followupd-oauth2/1"
DEFAULT_MARGIN = timedelta(minutes=5)
Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class Issued:
    """What a provider handed out: an access token, its lifetime, and the state to keep
    (a refresh token, or MSAL's cache), which may have changed if the token rotated."""

    access_token: str = field(repr=False)
    expires_in: float
    state: str = field(repr=False)
    signed_in_as: str = ""


class Refresher(Protocol):
    def refresh(self, state: str, *, force: bool) -> Issued:
        """A fresh access token from the saved state; `force`: never a cached one."""
        ...


def encode_grant(settings: OAuthSettings, state: str) -> str:
    """The saved document: which provider and app the state belongs to, and the state."""
    document = {
        "format": GRANT_FORMAT,
        "provider": settings.provider,
        "client_id": settings.client_id,
        "username": settings.username,
        "state": state,
    }
    return json.dumps(document, separators=(",", ":"))


def decode_grant(settings: OAuthSettings, text: str) -> str:
    """The provider's state from a saved document; LoginRequired when it is not this
    account's (another provider or app, or not ours at all)."""
    try:
        document = json.loads(text)
    except ValueError:
        document = None
    fix = f"run `{settings.login_command}` again"
    if not isinstance(document, dict) or document.get("format") != GRANT_FORMAT:
        raise LoginRequired(f"{settings.account}: the saved sign-in is not readable; {fix}")
    for key in ("provider", "client_id"):
        if document.get(key) != getattr(settings, key):
            raise LoginRequired(
                f"{settings.account}: the saved sign-in was made for another {key} than the "
                f"config's; {fix}"
            )
    state = document.get("state")
    if not isinstance(state, str) or not state:
        raise LoginRequired(f"{settings.account}: the saved sign-in is empty; {fix}")
    return state


@dataclass(slots=True)
class _Current:
    token: str = field(repr=False)
    expires_at: datetime


class TokenSource:
    """Call it for an access token that is good for at least `margin` more."""

    def __init__(
        self,
        settings: OAuthSettings,
        refresher: Refresher,
        store: TokenStore,
        clock: Clock,
        margin: timedelta = DEFAULT_MARGIN,
    ) -> None:
        self.settings = settings
        self._refresher = refresher
        self._store = store
        self._clock = clock
        self._margin = margin
        self._current: _Current | None = None
        self._refused: tuple[str, type[ReauthorizationNeeded], str] | None = None
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            now = self._clock()
            current = self._current
            if current is not None and now < current.expires_at - self._margin:
                return current.token
            return self._refresh(now, force=current is not None)

    def forget(self) -> None:
        """Drop the access token held (the server refused it): the next call refreshes."""
        with self._lock:
            if self._current is not None:
                self._current.expires_at = self._clock()

    @property
    def expires_at(self) -> datetime | None:
        return None if self._current is None else self._current.expires_at

    def _refresh(self, now: datetime, *, force: bool) -> str:
        with self._store.locked():
            saved = self._load()
            self._refuse_again_if_unchanged(saved)
            state = decode_grant(self.settings, saved)
            issued = self._ask_provider(saved, state, force=force)
            if issued.state != state:
                self._store.save(encode_grant(self.settings, issued.state))
        self._refused = None
        self._current = _Current(issued.access_token, now + timedelta(seconds=issued.expires_in))
        return issued.access_token

    def _load(self) -> str:
        saved = self._store.load()
        if saved is None:
            self._current = None
            raise LoginRequired(
                f"{self.settings.account}: not signed in yet (nothing in {self._store.where}); "
                f"run `{self.settings.login_command}`"
            )
        return saved

    def _refuse_again_if_unchanged(self, saved: str) -> None:
        if self._refused is not None and self._refused[0] == _digest(saved):
            raise self._refused[1](self._refused[2])

    def _ask_provider(self, saved: str, state: str, *, force: bool) -> Issued:
        try:
            return self._refresher.refresh(state, force=force)
        except ReauthorizationNeeded as error:
            self._current = None
            self._refused = (_digest(saved), type(error), str(error))
            raise


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()
