"""What an identity provider's refusal means, said with its fix; and tokens kept out of text.

Pure: no I/O. `refusal(...)` turns an OAuth2 error response (RFC 6749 section 5.2, RFC 8628
section 3.5, Microsoft's AADSTS codes and suberrors, Google's error names) into one of the
errors below. Every message is built from the error's code and a trimmed, `redact`ed
description: never from a token, a code or the request that carried them.

- `ReauthorizationNeeded` (`LoginRequired`, `ConsentBlocked`): the saved sign-in cannot be
  used until the user signs in again; the message ends with the command that does it.
- `LoginFailed`: an interactive `login` did not complete (declined, timed out, ...).
- `OAuthUnreachable`: the provider could not be reached or was busy; worth retrying later.
All but the last are `SecretError`s, hence exit code 78 (the configuration needs a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from followupd.errors import SecretError, TransientMailboxError

MAX_DESCRIPTION = 240
REDACTED = "[redacted]"

# A JWT, Google's access and refresh tokens, and any long run of token characters; a GUID
# (a client, tenant or trace id) is kept.
_TOKEN_SHAPES = re.compile(
    r"(?P<guid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)"
    r"|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"
    r"|ya29\.[A-Za-z0-9_.-]+"
    r"|1//[A-Za-z0-9_-]+"
    r"|[A-Za-z0-9_~+=-]{32,}"
)
_AADSTS = re.compile(r"\bAADSTS(\d+)\b")
# Microsoft: an administrator must approve the app, or blocked it; Google: a Workspace
# administrator's policy blocks it.
_CONSENT_CODES = {"65001", "90094", "90095", "900941", "900942", "650052", "65005"}
_CONSENT_ERRORS = {"consent_required", "admin_policy_enforced", "org_internal"}
_DECLINED_ERRORS = {"access_denied", "authorization_declined"}
_EXPIRED_CODE_ERRORS = {"expired_token", "code_expired", "authorization_pending"}
_REAUTH_ERRORS = {"invalid_grant", "interaction_required", "login_required"}
_TRANSIENT_ERRORS = {"temporarily_unavailable", "server_error", "slow_down"}
_CLIENT_ERRORS = {"invalid_client", "unauthorized_client", "unsupported_grant_type"}


class OAuthError(SecretError):
    """A sign-in problem that a person must fix (exit code 78)."""


class ReauthorizationNeeded(OAuthError):
    """The saved sign-in cannot be used: the user must run `followupd login` again."""


class LoginRequired(ReauthorizationNeeded):
    """No saved sign-in, or the provider no longer accepts it (revoked, expired, changed)."""


class ConsentBlocked(ReauthorizationNeeded):
    """An administrator has not approved the app (or blocked it) for this account."""


class LoginFailed(OAuthError):
    """An interactive sign-in did not complete."""


class OAuthUnreachable(TransientMailboxError):
    """The identity provider could not be reached, or answered that it is busy (exit 69)."""


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret, and anything shaped like a token, replaced."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return _TOKEN_SHAPES.sub(_redacted_unless_guid, text)


def _redacted_unless_guid(match: re.Match[str]) -> str:
    return match.group("guid") or REDACTED


def short_description(description: object) -> str:
    """The first sentence-ish of a provider's error description, without Microsoft's
    trace and correlation ids, redacted and capped."""
    if not isinstance(description, str):
        return ""
    first = description.strip().splitlines()[0] if description.strip() else ""
    first = re.split(r"\s+(?:Trace ID|Correlation ID|Timestamp):", first)[0].strip()
    first = redact(first)
    return first if len(first) <= MAX_DESCRIPTION else first[: MAX_DESCRIPTION - 1] + "…"


def reason(response: Mapping[str, object]) -> str:
    """`error: description` of an OAuth2 error response, safe to show."""
    error = str(response.get("error") or "unknown_error")
    description = short_description(response.get("error_description"))
    return redact(f"{error}: {description}" if description else error)


def refusal(
    account: str, provider: str, response: Mapping[str, object], *, during_login: bool = False
) -> OAuthError | OAuthUnreachable:
    """The error to raise for an OAuth2 error response, with what fixes it."""
    error = str(response.get("error") or "")
    fix = f"run `followupd login --account {account}` again"
    what = f"{account}: {provider} refused ({reason(response)})"
    if _consent_blocked(response):
        return ConsentBlocked(
            f"{what}: an administrator must approve this app for your account, or has "
            "blocked it. Ask your IT administrator to grant consent to the app (its client "
            "ID is in your config), or register your own app as the README shows; then "
            f"{fix}"
        )
    if error in _TRANSIENT_ERRORS:
        return OAuthUnreachable(f"{what}; will retry later")
    if error in _CLIENT_ERRORS:
        return OAuthError(f"{what}: {_client_fix(response)}")
    if during_login:
        return _login_failure(what, error, fix)
    if error in _REAUTH_ERRORS:
        return LoginRequired(
            f"{what}: the saved sign-in was revoked, has expired or needs a fresh sign-in; {fix}"
        )
    return OAuthError(f"{what}; if it persists, {fix}")


def _consent_blocked(response: Mapping[str, object]) -> bool:
    codes = set(_AADSTS.findall(str(response.get("error_description") or "")))
    listed = response.get("error_codes")
    if isinstance(listed, list):
        codes |= {str(code) for code in listed}
    names = {str(response.get("error") or ""), str(response.get("suberror") or "")}
    return bool(codes & _CONSENT_CODES or names & _CONSENT_ERRORS)


def _client_fix(response: Mapping[str, object]) -> str:
    codes = set(_AADSTS.findall(str(response.get("error_description") or "")))
    if "7000218" in codes:
        return (
            "the app registration must allow public client flows: in the Azure portal, "
            'App registrations > your app > Authentication > "Allow public client flows" = Yes'
        )
    if "700016" in codes:
        return (
            "this client_id is not an app in this tenant: check client_id and tenant, and "
            'that the app is registered for "Accounts in any organizational directory and '
            'personal Microsoft accounts"'
        )
    return "check client_id (and client_secret) against the app you registered"


def _login_failure(what: str, error: str, fix: str) -> LoginFailed:
    if error in _DECLINED_ERRORS:
        return LoginFailed(f"{what}: the sign-in was declined; {fix} and accept")
    if error in _EXPIRED_CODE_ERRORS:
        return LoginFailed(f"{what}: the code was not entered in time; {fix}")
    return LoginFailed(f"{what}; {fix}")
