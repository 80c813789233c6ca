"""A local authorization server (oauth_server.py) and a Dovecot whose oauth2 passdb asks it,
by RFC 7662 introspection, whether an access token is live, as it would ask Microsoft or Google.

The Dovecot fixture's own introspection endpoint (which vouches only for fixed test tokens) is
replaced, while Dovecot starts, by the authorization server's, so nothing in dovecot_server.py
changes for the other tests. With `same_ca`, Dovecot serves the authorization server's
certificate, so that one `ca_file` trusts both, as an account's `ca_file` must.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dovecot_server
import pytest
from dovecot_server import DovecotServer, dovecot_missing_reason
from oauth_server import (
    GOOGLE_CLIENT_ID,
    GOOGLE_CLIENT_SECRET,
    MICROSOFT_CLIENT_ID,
    AuthorizationServer,
    Client,
)


@dataclass
class _Introspection:
    """Stands in for dovecot_server.TokenIntrospection: the authorization server's endpoint."""

    url: str

    def stop(self) -> None:
        pass


@contextmanager
def authorization_server(**options: Any) -> Iterator[AuthorizationServer]:
    """Started, with the Microsoft and Google test apps registered."""
    root = Path(tempfile.mkdtemp(prefix="followupd-idp-"))
    server = AuthorizationServer(root, **options).start()
    server.register(Client(MICROSOFT_CLIENT_ID))
    server.register(Client(GOOGLE_CLIENT_ID, secret=GOOGLE_CLIENT_SECRET))
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def dovecot_asking(
    idp: AuthorizationServer, users: tuple[str, ...], *, same_ca: bool = False
) -> Iterator[DovecotServer]:
    reason = dovecot_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"Dovecot tests are required in CI: {reason}")
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="followupd-oauth-dovecot-"))
    server = DovecotServer(root, users=users, certificates=idp.root if same_ca else None)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(
                dovecot_server,
                "TokenIntrospection",
                lambda _users: _Introspection(idp.introspection_url),
            )
            server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
