"""The `[[accounts]]` tables: one mailbox each, with how to reach it and sign in.

A `provider` ("microsoft", "google") presets the IMAP host, port, security and XOAUTH2, and
the sign-in keys of `followupd login`; every other key may still override the preset.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from followupd.config.oauth_providers import PROVIDERS, config_problems, imap_defaults
from followupd.config.reader import TableReader
from followupd.model import AccountSettings

BACKENDS = ("imap", "ews", "maildir")
SECURITY_DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
EWS_AUTH = ("ntlm", "basic", "oauth2")
_OAUTH_ENDPOINTS = ("oauth2_authority", "oauth2_authorize_url", "oauth2_token_url")


def read_accounts(
    tables: list[Mapping[str, Any]], problems: list[str], base: Path | None
) -> tuple[AccountSettings, ...]:
    accounts = [
        _account(TableReader(t, f"accounts[{i}]", problems, base)) for i, t in enumerate(tables)
    ]
    seen: set[str] = set()
    for index, account in enumerate(accounts):
        if account.name in seen:
            problems.append(f"accounts[{index}].name: {account.name!r} is used twice")
        seen.add(account.name)
    return tuple(accounts)


def _account(table: TableReader) -> AccountSettings:
    name = table.text("name", "", required=True, pattern=r"[A-Za-z0-9][A-Za-z0-9._-]*")
    backend = table.choice("backend", "imap", BACKENDS)
    provider = table.text("provider", None)
    preset: dict[str, Any] = imap_defaults(provider) if provider in PROVIDERS else {}
    security = table.choice(
        "security", str(preset.get("security", "tls")), tuple(SECURITY_DEFAULT_PORTS)
    )
    auth = _auth(table, backend, preset)
    port = int(preset.get("port", SECURITY_DEFAULT_PORTS.get(security, 993)))
    account = AccountSettings(
        name=name,
        backend=backend,
        host=table.text(
            "host", str(preset.get("host", "")), required=backend == "imap" and not preset
        ),
        port=table.integer("port", port, 1, 65535),
        security=security,
        username=table.text("username", "", required=backend != "maildir"),
        auth=auth,
        password_env=table.text("password_env", None),
        password_command=table.command("password_command"),
        password_file=table.path("password_file"),
        oauth2_token_command=table.command("oauth2_token_command"),
        keyring_service=table.text("keyring_service", "followupd") or "followupd",
        ca_file=table.path("ca_file", must_exist="file"),
        lookback_days=table.integer("lookback_days", 90, 1, 36500),
        timeout=table.seconds("timeout", 60.0),
        inbox_folder=table.text("inbox_folder", None),
        sent_folder=table.text("sent_folder", None),
        drafts_folder=table.text("drafts_folder", None),
        path=table.path("path", must_exist="dir", required=backend == "maildir"),
        credential=table.text("credential", None, pattern=r"[A-Za-z0-9][A-Za-z0-9._-]*"),
        server=table.text("server", None),
        ews_url=table.text("ews_url", None),
        address=table.text("address", None),
        provider=provider,
        client_id=table.text("client_id", None),
        client_secret=table.text("client_secret", None),
        tenant=table.text("tenant", None),
        oauth2_token_file=table.path("oauth2_token_file"),
        oauth2_authority=table.text("oauth2_authority", None),
        oauth2_authorize_url=table.text("oauth2_authorize_url", None),
        oauth2_token_url=table.text("oauth2_token_url", None),
    )
    _check_account(table, account)
    table.finish()
    return account


def _auth(table: TableReader, backend: str, preset: Mapping[str, Any]) -> str:
    if backend == "ews":
        return table.choice("auth", "ntlm", EWS_AUTH)
    return table.choice("auth", str(preset.get("auth", "password")), ("password", "xoauth2"))


def _check_account(table: TableReader, account: AccountSettings) -> None:
    if account.backend == "ews":
        _check_ews(table, account)
    else:
        for key in ("server", "ews_url", "address"):
            if getattr(account, key) is not None:
                table.problem(key, 'only used with backend = "ews"')
    if account.security == "plain" and account.host and not _is_loopback(account.host):
        table.problem(
            "security",
            f'"plain" (no encryption) is allowed only for loopback hosts, not {account.host!r}',
        )
    password_sources = [
        key
        for key in ("password_env", "password_command", "password_file")
        if getattr(account, key) is not None
    ]
    if len(password_sources) > 1:
        table.problem(
            password_sources[1], f"choose one password source, not {' and '.join(password_sources)}"
        )
    _check_oauth(table, account, password_sources)


def _check_oauth(table: TableReader, account: AccountSettings, password_sources: list[str]) -> None:
    endpoints = {key: getattr(account, key) for key in _OAUTH_ENDPOINTS}
    for key, message in config_problems(
        account.provider, account.client_id, account.client_secret, account.tenant, endpoints
    ):
        table.problem(key, message)
    if account.auth in ("xoauth2", "oauth2"):
        if account.oauth2_token_command is None and account.provider is None:
            table.problem(
                "oauth2_token_command",
                'required when auth = "xoauth2" without a provider (or set provider = '
                '"microsoft" | "google" and run `followupd login`)',
            )
        if account.oauth2_token_command is not None and account.provider is not None:
            table.problem(
                "oauth2_token_command", "choose provider or oauth2_token_command, not both"
            )
        for key in password_sources:
            table.problem(key, 'not used with auth = "xoauth2"')
    else:
        if account.oauth2_token_command is not None:
            table.problem("oauth2_token_command", 'only used with auth = "xoauth2"')
        if account.provider is not None and account.provider in PROVIDERS:
            table.problem("provider", 'signs in with OAuth: leave auth unset (or "xoauth2")')


def _check_ews(table: TableReader, account: AccountSettings) -> None:
    if account.server and account.ews_url:
        table.problem("ews_url", "set server or ews_url, not both")
    if account.ews_url and not account.ews_url.lower().startswith("https://"):
        table.problem("ews_url", "must be an https:// URL")
    if account.server and ("/" in account.server or "://" in account.server):
        table.problem("server", "a host name (optionally :port), not a URL: use ews_url for that")
    mailbox = account.address or (account.username if "@" in account.username else "")
    if "@" not in mailbox:
        table.problem("address", "the mailbox's email address is needed (the username is not one)")
    if account.auth != "oauth2" and not account.username:
        table.problem("username", f"required to sign in with {account.auth}")
    for key in ("host", "inbox_folder", "sent_folder", "drafts_folder", "provider"):
        if getattr(account, key):
            table.problem(key, 'not used with backend = "ews" (Exchange names its own folders)')


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
