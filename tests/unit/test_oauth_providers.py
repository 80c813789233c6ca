"""oauth_providers: the presets, the settings read from an account, and the config checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from followupd.config.oauth_providers import (
    GOOGLE_AUTHORIZE_URL,
    GOOGLE_TOKEN_URL,
    OAuthSettings,
    config_problems,
    endpoint_is_secure,
    imap_defaults,
)

MICROSOFT_ID = "3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10"
GOOGLE_ID = "271828182845-abc.apps.googleusercontent.com"
NO_ENDPOINTS: dict[str, str | None] = {
    "oauth2_authority": None,
    "oauth2_authorize_url": None,
    "oauth2_token_url": None,
}


@dataclass(frozen=True)
class Account:
    """The keys AccountSettings will have (see the report: config keys to add)."""

    name: str = "work"
    username: str = "alex@contoso.example"
    keyring_service: str = "followupd"
    provider: str | None = "microsoft"
    client_id: str | None = MICROSOFT_ID
    client_secret: str | None = None
    tenant: str | None = None
    oauth2_token_file: Path | None = None
    oauth2_authority: str | None = None
    oauth2_authorize_url: str | None = None
    oauth2_token_url: str | None = None
    ca_file: Path | None = None


def test_settings_from_a_microsoft_account_use_the_common_tenant_by_default() -> None:
    settings = OAuthSettings.from_account(Account())
    assert settings.authority_url == "https://login.microsoftonline.com/common"
    assert settings.scopes == ("https://outlook.office.com/IMAP.AccessAsUser.All",)
    assert settings.login_command == "followupd login --account work"
    tenant = OAuthSettings.from_account(Account(tenant="consumers"))
    assert tenant.authority_url == "https://login.microsoftonline.com/consumers"


def test_an_authority_override_replaces_the_host_and_tenant() -> None:
    account = Account(oauth2_authority="https://login.microsoftonline.us/contoso.onmicrosoft.us/")
    settings = OAuthSettings.from_account(account)
    assert settings.authority_url == "https://login.microsoftonline.us/contoso.onmicrosoft.us"


def test_google_settings_use_googles_endpoints_and_the_mail_scope() -> None:
    account = Account(provider="google", client_id=GOOGLE_ID, client_secret="GOCSPX-x")
    settings = OAuthSettings.from_account(account)
    assert settings.google_authorize_url == GOOGLE_AUTHORIZE_URL
    assert settings.google_token_url == GOOGLE_TOKEN_URL
    assert settings.scopes == ("https://mail.google.com/",)
    assert "GOCSPX" not in repr(settings)


def test_presets_fill_the_imap_server() -> None:
    assert imap_defaults("microsoft")["host"] == "outlook.office365.com"
    assert imap_defaults("google") == {
        "host": "imap.gmail.com",
        "port": 993,
        "security": "tls",
        "auth": "xoauth2",
    }


def test_good_settings_have_no_problems() -> None:
    assert config_problems("microsoft", MICROSOFT_ID, None, "organizations", NO_ENDPOINTS) == []
    assert config_problems("google", GOOGLE_ID, "GOCSPX-x", None, NO_ENDPOINTS) == []
    assert config_problems(None, None, None, None, NO_ENDPOINTS) == []


@pytest.mark.parametrize(
    ("arguments", "key", "words"),
    [
        (("outlook", MICROSOFT_ID, None, None), "provider", "must be one of"),
        (("microsoft", None, None, None), "client_id", "required"),
        (("microsoft", "my-app", None, None), "client_id", "GUID"),
        (("microsoft", MICROSOFT_ID, "s3cret", None), "client_secret", "public client"),
        (("microsoft", MICROSOFT_ID, None, "bad tenant!"), "tenant", "tenant id"),
        (("google", "12345", "GOCSPX-x", None), "client_id", "apps.googleusercontent.com"),
        (("google", GOOGLE_ID, None, None), "client_secret", "required"),
        (("google", GOOGLE_ID, "GOCSPX-x", "common"), "tenant", "only used"),
        ((None, MICROSOFT_ID, None, None), "client_id", "only used with provider"),
    ],
)
def test_each_wrong_key_is_named(arguments: tuple[str | None, ...], key: str, words: str) -> None:
    problems = config_problems(*arguments, NO_ENDPOINTS)  # type: ignore[arg-type]
    assert any(k == key and words in message for k, message in problems), problems


def test_an_endpoint_must_be_https_except_on_loopback() -> None:
    endpoints = {**NO_ENDPOINTS, "oauth2_token_url": "http://tokens.example/token"}
    problems = config_problems("google", GOOGLE_ID, "GOCSPX-x", None, endpoints)
    assert problems == [("oauth2_token_url", problems[0][1])] and "https" in problems[0][1]
    assert endpoint_is_secure("http://127.0.0.1:8080/token")
    assert endpoint_is_secure("https://oauth2.googleapis.com/token")
    assert not endpoint_is_secure("http://oauth2.googleapis.com/token")


def test_signing_in_without_a_provider_says_which_keys_to_set() -> None:
    from followupd.config import oauth
    from followupd.config.oauth_errors import OAuthError

    settings = OAuthSettings.from_account(Account(provider=None))
    with pytest.raises(OAuthError, match='set provider = "microsoft" or "google"'):
        oauth.refresher_for(settings)
