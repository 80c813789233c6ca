"""OAuth2 sign-in settings for one account, and the Microsoft and Google presets.

Pure data and checks, no I/O. `OAuthSettings.from_account` reads the account's OAuth keys
(`provider`, `client_id`, `client_secret`, `tenant`, `oauth2_token_file` and the endpoint
overrides); `config_problems` says what is wrong with them, by key, for the config loader;
`PRESETS` gives each provider's IMAP host and port, scopes and endpoints.

Endpoints can be overridden (`oauth2_authority` for Microsoft's national clouds, and for
tests; `oauth2_authorize_url` / `oauth2_token_url` for Google, for tests), and `ca_file`
names the CA that signs them (tests; TLS-inspecting proxies).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

MICROSOFT = "microsoft"
GOOGLE = "google"
PROVIDERS = (MICROSOFT, GOOGLE)

MICROSOFT_LOGIN_HOST = "https://login.microsoftonline.com"
MICROSOFT_TENANTS = ("common", "organizations", "consumers")
GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 (a URL, not a secret)

_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_TENANT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*")
_GOOGLE_CLIENT_SUFFIX = ".apps.googleusercontent.com"


@dataclass(frozen=True, slots=True)
class Preset:
    """What a provider's mailbox needs: IMAP server, scopes, and its sign-in flow's name."""

    title: str
    imap_host: str
    imap_port: int
    scopes: tuple[str, ...]  # MSAL adds openid, profile and offline_access by itself
    flow: str


PRESETS: dict[str, Preset] = {
    MICROSOFT: Preset(
        title="Microsoft",
        imap_host="outlook.office365.com",
        imap_port=993,
        scopes=("https://outlook.office.com/IMAP.AccessAsUser.All",),
        flow="device code",
    ),
    GOOGLE: Preset(
        title="Google",
        imap_host="imap.gmail.com",
        imap_port=993,
        scopes=("https://mail.google.com/",),
        flow="browser with a loopback redirect (PKCE)",
    ),
}


class OAuthAccount(Protocol):
    """The account keys OAuth reads (AccountSettings has them once the config knows them)."""

    @property
    def name(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def keyring_service(self) -> str: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def client_secret(self) -> str | None: ...
    @property
    def tenant(self) -> str | None: ...
    @property
    def oauth2_token_file(self) -> Path | None: ...
    @property
    def oauth2_authority(self) -> str | None: ...
    @property
    def oauth2_authorize_url(self) -> str | None: ...
    @property
    def oauth2_token_url(self) -> str | None: ...
    @property
    def ca_file(self) -> Path | None: ...


@dataclass(frozen=True, slots=True)
class OAuthSettings:
    """Everything a sign-in or a token refresh for one account needs."""

    account: str  # the account's name: messages and the fix name it
    provider: str  # "microsoft" | "google"
    client_id: str
    username: str  # the mailbox address, the IMAP login
    client_secret: str | None = field(default=None, repr=False)  # Google installed apps
    tenant: str = "common"  # Microsoft: common | organizations | consumers | a tenant id
    token_file: Path | None = None  # else the system keyring
    keyring_service: str = "followupd"
    authority: str | None = None  # Microsoft: instead of https://login.microsoftonline.com/<tenant>
    authorize_url: str | None = None  # Google: instead of GOOGLE_AUTHORIZE_URL
    token_url: str | None = None  # Google: instead of GOOGLE_TOKEN_URL
    ca_file: Path | None = None  # the CA of the endpoints, instead of the system's
    timeout: float = 30.0  # seconds, per HTTP request to the provider

    @classmethod
    def from_account(cls, account: OAuthAccount) -> OAuthSettings:
        return cls(
            account=account.name,
            provider=account.provider or "",
            client_id=account.client_id or "",
            username=account.username,
            client_secret=account.client_secret,
            tenant=account.tenant or "common",
            token_file=account.oauth2_token_file,
            keyring_service=account.keyring_service,
            authority=account.oauth2_authority,
            authorize_url=account.oauth2_authorize_url,
            token_url=account.oauth2_token_url,
            ca_file=account.ca_file,
        )

    @property
    def preset(self) -> Preset:
        return PRESETS[self.provider]

    @property
    def scopes(self) -> tuple[str, ...]:
        return self.preset.scopes

    @property
    def authority_url(self) -> str:
        """Microsoft's authority: where MSAL finds the tenant's OpenID configuration."""
        return (self.authority or f"{MICROSOFT_LOGIN_HOST}/{self.tenant}").rstrip("/")

    @property
    def google_authorize_url(self) -> str:
        return self.authorize_url or GOOGLE_AUTHORIZE_URL

    @property
    def google_token_url(self) -> str:
        return self.token_url or GOOGLE_TOKEN_URL

    @property
    def login_command(self) -> str:
        return f"followupd login --account {self.account}"


def imap_defaults(provider: str) -> dict[str, object]:
    """The account keys a provider presets when the config leaves them out."""
    preset = PRESETS[provider]
    return {
        "host": preset.imap_host,
        "port": preset.imap_port,
        "security": "tls",
        "auth": "xoauth2",
    }


def config_problems(
    provider: str | None,
    client_id: str | None,
    client_secret: str | None,
    tenant: str | None,
    endpoints: dict[str, str | None],
) -> list[tuple[str, str]]:
    """(key, message) for each wrong OAuth key of one account; [] when all is well.

    `endpoints` maps the override keys (oauth2_authority, oauth2_authorize_url,
    oauth2_token_url) to their values.
    """
    if provider is None:
        set_keys = [k for k, v in _oauth_keys(client_id, client_secret, tenant, endpoints) if v]
        return [(key, "only used with provider = ...") for key in set_keys]
    if provider not in PROVIDERS:
        return [("provider", f"must be one of {', '.join(map(repr, PROVIDERS))}")]
    problems = _client_id_problems(provider, client_id)
    if provider == MICROSOFT:
        problems += _microsoft_problems(client_secret, tenant, endpoints)
    else:
        problems += _google_problems(client_secret, tenant, endpoints)
    for key, url in endpoints.items():
        if url and not endpoint_is_secure(url):
            problems.append((key, "must be an https:// URL (http:// only to a loopback address)"))
    return problems


def _oauth_keys(
    client_id: str | None,
    client_secret: str | None,
    tenant: str | None,
    endpoints: dict[str, str | None],
) -> list[tuple[str, str | None]]:
    keys = [("client_id", client_id), ("client_secret", client_secret), ("tenant", tenant)]
    return keys + list(endpoints.items())


def _client_id_problems(provider: str, client_id: str | None) -> list[tuple[str, str]]:
    if not client_id:
        return [("client_id", "required: the client ID of the app you registered (see README)")]
    if provider == MICROSOFT and not _GUID.fullmatch(client_id):
        return [("client_id", "must be the app's Application (client) ID, a GUID")]
    if provider == GOOGLE and not client_id.endswith(_GOOGLE_CLIENT_SUFFIX):
        return [("client_id", f"must be a Google OAuth client ID (ending {_GOOGLE_CLIENT_SUFFIX})")]
    return []


def _microsoft_problems(
    client_secret: str | None, tenant: str | None, endpoints: dict[str, str | None]
) -> list[tuple[str, str]]:
    problems = []
    if client_secret:
        problems.append(("client_secret", 'not used with provider = "microsoft" (a public client)'))
    if tenant is not None and not (tenant in MICROSOFT_TENANTS or _TENANT.fullmatch(tenant)):
        problems.append(("tenant", "must be common, organizations, consumers or a tenant id"))
    for key in ("oauth2_authorize_url", "oauth2_token_url"):
        if endpoints.get(key):
            problems.append((key, 'not used with provider = "microsoft" (see oauth2_authority)'))
    return problems


def _google_problems(
    client_secret: str | None, tenant: str | None, endpoints: dict[str, str | None]
) -> list[tuple[str, str]]:
    problems = []
    if not client_secret:
        problems.append(("client_secret", "required: the client secret of your Desktop app client"))
    if tenant is not None:
        problems.append(("tenant", 'only used with provider = "microsoft"'))
    if endpoints.get("oauth2_authority"):
        problems.append(("oauth2_authority", 'only used with provider = "microsoft"'))
    return problems


def endpoint_is_secure(url: str) -> bool:
    """https, or plain http to a loopback address (as for IMAP's "plain")."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and is_loopback(parts.hostname or "")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
