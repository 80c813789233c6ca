"""Where and how an Exchange account is reached: `EwsEndpoint`, built from the account's settings.

The EWS keys are not in `AccountSettings` yet; `ews_endpoint` takes them as arguments so that the
config only has to pass them on: `server` (a host name, optionally with a port; the EWS URL is
then https://server/EWS/Exchange.asmx), `ews_url` (the full URL), `auth` ("ntlm", "basic" or
"oauth2": a bearer access token), `address` (the mailbox's primary SMTP address; the username
when that is an address). With neither `server` nor `ews_url`, the endpoint is found by
autodiscover from the address. `host` stays the IMAP key and is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from followupd.errors import ConfigError
from followupd.model import AccountSettings

AUTH_MODES = ("ntlm", "basic", "oauth2")
EWS_PATH = "/EWS/Exchange.asmx"
_HOST_PORT = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$")


@dataclass(frozen=True, slots=True)
class EwsEndpoint:
    name: str  # the account's name, for messages
    address: str  # the mailbox's primary SMTP address
    username: str  # DOMAIN\user, a UPN or the address; unused with oauth2
    auth: str  # "ntlm" | "basic" | "oauth2"
    url: str | None  # https://host[:port]/EWS/Exchange.asmx; None: autodiscover
    ca_file: Path | None = None  # replaces the system's trust store for this server
    timeout: float = 60.0

    @property
    def autodiscover(self) -> bool:
        return self.url is None

    @property
    def where(self) -> str:
        return f"{self.name} ({self.url or 'autodiscover for ' + self.address})"

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower()


def ews_endpoint(
    account: AccountSettings,
    *,
    server: str | None = None,
    ews_url: str | None = None,
    auth: str = "ntlm",
    address: str | None = None,
) -> EwsEndpoint:
    """The endpoint for an `backend = "ews"` account; every problem at once as a ConfigError."""
    where = f"accounts.{account.name}"
    problems: list[str] = []
    url = _url(where, server, ews_url, problems)
    if auth not in AUTH_MODES:
        problems.append(f"{where}.auth: must be one of {', '.join(AUTH_MODES)} for EWS")
    if auth != "oauth2" and not account.username:
        problems.append(f"{where}.username: needed to sign in with {auth}")
    mailbox = (address or (account.username if "@" in account.username else "")).strip()
    if mailbox.count("@") != 1 or not all(mailbox.split("@")) or any(c.isspace() for c in mailbox):
        problems.append(
            f"{where}.address: the mailbox's email address is needed (the username is not one)"
        )
    if not account.timeout > 0:
        problems.append(f"{where}.timeout: must be positive")
    if problems:
        raise ConfigError(problems)
    return EwsEndpoint(
        name=account.name,
        address=mailbox,
        username=account.username,
        auth=auth,
        url=url,
        ca_file=account.ca_file.expanduser() if account.ca_file else None,
        timeout=account.timeout,
    )


def _url(where: str, server: str | None, ews_url: str | None, problems: list[str]) -> str | None:
    if server and ews_url:
        problems.append(f"{where}: set server or ews_url, not both")
        return None
    if server:
        if not _HOST_PORT.match(server.strip()):
            problems.append(f"{where}.server: a host name, optionally :port ({server!r})")
            return None
        return f"https://{server.strip()}{EWS_PATH}"
    if ews_url:
        parts = urlsplit(ews_url.strip())
        if parts.scheme != "https" or not parts.hostname:
            problems.append(
                f"{where}.ews_url: must be an https:// URL, e.g. https://mail.example.com{EWS_PATH}"
            )
            return None
        return ews_url.strip()
    return None
