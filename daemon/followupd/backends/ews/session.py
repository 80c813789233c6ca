"""An exchangelib Account for an EwsEndpoint, made so that it never sleeps, never leaks, never
logs a secret, and makes no request it does not need.

- Retries: exchangelib's default FaultTolerance policy sleeps (up to an hour) inside a call when
  the server is busy. FailFast raises instead; this subclass also keeps a 503's Retry-After on
  the error, as FaultTolerance does, so the back-off reaches the daemon's scheduler.
- Protocols: exchangelib caches one Protocol per (endpoint, credentials) for the life of the
  process, and hands the cached one out even when the new Configuration differs (another auth
  type, a sleeping retry policy). `open_session` drops such a leftover first, and
  `close_session` closes the connections and drops its own, so passwords and hourly OAuth
  tokens do not pile up in memory either.
- Version: the first request to an endpoint guesses the server version (a ConvertId request);
  the answer is kept per endpoint, so later sessions start with their real work.
- Folders: Inbox, Sent Items and Drafts are addressed by their distinguished ids, built here
  without a request (exchangelib's `account.inbox` costs two GetFolder calls).
- Logging: exchangelib logs whole requests at DEBUG (the Authorization header included) and,
  on an unexpected error, at ERROR; both are held back.
- Reading: answers are parsed from 64 KiB steps, not one byte at a time (responses.py).
- Autodiscover runs only when the endpoint has no URL.
"""

from __future__ import annotations

import logging
import threading
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from exchangelib import (
    DELEGATE,
    UTC,
    Account,
    Configuration,
    Credentials,
    OAuth2AuthorizationCodeCredentials,
)
from exchangelib.errors import ErrorInternalServerTransientError, ErrorServerBusy
from exchangelib.folders import Drafts, Inbox, Root, SentItems
from exchangelib.properties import DistinguishedFolderId, Mailbox
from exchangelib.protocol import FailFast, Protocol
from exchangelib.transport import BASIC, NTLM, OAUTH2

from followupd.backends.ews import responses as ews_responses
from followupd.backends.ews import tls as ews_tls
from followupd.backends.ews.endpoint import EwsEndpoint
from followupd.model import FolderRole

AUTH_TYPES = {"ntlm": NTLM, "basic": BASIC, "oauth2": OAUTH2}
FOLDER_CLASSES = {FolderRole.INBOX: Inbox, FolderRole.SENT: SentItems, FolderRole.DRAFTS: Drafts}

_versions: dict[str, Any] = {}  # endpoint -> exchangelib Version, as the server reported it
_versions_lock = threading.Lock()


class FailFastHonouringRetryAfter(FailFast):  # type: ignore[misc]
    """Never sleeps; a 503's Retry-After header rides on the ErrorServerBusy it raises."""

    def raise_response_errors(self, response: Any) -> None:
        try:
            super().raise_response_errors(response)
        except (ErrorInternalServerTransientError, ErrorServerBusy) as error:
            retry_after = _retry_after(response)
            if retry_after is None:
                raise
            raise ErrorServerBusy(str(error), back_off=retry_after) from None


def _retry_after(response: Any) -> float | None:
    value = str(response.headers.get("Retry-After", "")).strip()
    return float(value) if value.isdigit() and int(value) > 0 else None


@dataclass
class EwsSession:
    account: Any  # exchangelib Account
    folders: dict[FolderRole, Any]  # distinguished folders, never fetched
    key: str  # for the version cache


def open_session(endpoint: EwsEndpoint, secret: str) -> EwsSession:
    """An Account for the endpoint. No request is made, except autodiscover's when it runs."""
    _hold_back_exchangelib_logs()
    ews_tls.install()
    ews_responses.install()
    if endpoint.ca_file is not None:
        where = f"accounts.{endpoint.name}"
        ews_tls.trust(where, endpoint.ca_file, url=endpoint.url, domain=endpoint.domain)
    key = endpoint.url or f"autodiscover:{endpoint.address.lower()}"
    with _versions_lock:
        version = _versions.get(key)
    config = Configuration(
        credentials=_credentials(endpoint, secret),
        service_endpoint=endpoint.url,
        auth_type=AUTH_TYPES[endpoint.auth],
        version=version,
        retry_policy=FailFastHonouringRetryAfter(),
        max_connections=1,
    )
    _uncache(config)  # a cached Protocol would keep its own config: auth type, retry policy
    account = Account(
        endpoint.address,
        config=config,
        autodiscover=endpoint.autodiscover,
        access_type=DELEGATE,
        default_timezone=UTC,
    )
    account.protocol.TIMEOUT = endpoint.timeout
    return EwsSession(account, _folders(account), key)


def _credentials(endpoint: EwsEndpoint, secret: str) -> Any:
    if endpoint.auth == "oauth2":
        token = {"access_token": secret, "token_type": "Bearer"}
        return OAuth2AuthorizationCodeCredentials(access_token=token)
    return Credentials(endpoint.username, secret)


def _folders(account: Any) -> dict[FolderRole, Any]:
    root = Root(account=account)
    mailbox = Mailbox(email_address=account.primary_smtp_address)
    return {
        role: cls(
            root=root,
            _distinguished_id=DistinguishedFolderId(
                id=cls.DISTINGUISHED_FOLDER_ID, mailbox=mailbox
            ),
        )
        for role, cls in FOLDER_CLASSES.items()
    }


def remember_version(session: EwsSession) -> None:
    """Keep the version the server reported, for the next session to the same endpoint."""
    version = session.account.protocol.config.version
    if version is not None and version.build is not None:
        with _versions_lock:
            _versions[session.key] = version


def forget_versions() -> None:
    with _versions_lock:
        _versions.clear()


def close_session(session: EwsSession) -> None:
    protocol = session.account.protocol
    with suppress(Exception):  # closing sockets must not hide the error being handled
        protocol.close()
    with suppress(KeyError):
        if Protocol[protocol.config][0] is protocol:
            del Protocol[protocol.config]


def _uncache(config: Any) -> None:
    """exchangelib hands out the cached Protocol for the same endpoint and credentials, with
    the configuration it was first made with; drop it so this session gets its own."""
    if config.service_endpoint:
        with suppress(KeyError):
            del Protocol[config]


class _WithholdRequests(logging.Filter):
    """exchangelib's ERROR record for an unexpected failure carries the request's headers and
    body: keep its first line only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.levelno >= logging.ERROR
            and isinstance(record.args, tuple)
            and len(record.args) == 4
        ):
            record.args = (record.args[0], record.args[1], "[request withheld]", "")
        return True


_log_guard = _WithholdRequests()


def _hold_back_exchangelib_logs() -> None:
    logger = logging.getLogger("exchangelib")
    if logger.level < logging.INFO:  # NOTSET included: DEBUG would show Authorization headers
        logger.setLevel(logging.INFO)
    util = logging.getLogger("exchangelib.util")
    if _log_guard not in util.filters:
        util.addFilter(_log_guard)
