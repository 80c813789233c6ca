"""`login`, then a cycle that makes its draft over XOAUTH2 against a real Dovecot whose oauth2
passdb asks the local authorization server (RFC 7662 introspection) whether the token is
live, as it would ask Microsoft's or Google's. A refreshed token logs in, an expired one does
not, and a revoked sign-in stops the account with exit code 78 and the fix.

This module starts its own Dovecot (the session fixture's vouches only for its own fixed
tokens), asking this module's authorization server (oauth_dovecot.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.utils import format_datetime
from pathlib import Path

import pytest
from dovecot_server import DovecotServer
from imap_client import ImapUser
from oauth_dovecot import authorization_server, dovecot_asking
from oauth_server import (
    GOOGLE_CLIENT_ID,
    GOOGLE_CLIENT_SECRET,
    MICROSOFT_CLIENT_ID,
    AuthorizationServer,
    Browser,
    Terminal,
)

from followupd.backends.imap import ImapMailbox
from followupd.config import oauth
from followupd.config.oauth_errors import LoginRequired
from followupd.config.oauth_providers import OAuthSettings
from followupd.config.oauth_tokens import TokenSource
from followupd.errors import EXIT_CONFIG, PermanentMailboxError
from followupd.model import AccountSettings, Me, Settings
from followupd.service.mailboxes import run_account_cycle
from followupd.store import Store

pytestmark = pytest.mark.dovecot
USERS = tuple(f"oauth{n:02d}" for n in range(8))
_numbers = itertools.count()
ME_NAME = "Alex Morgan"
INTERVIEWER = ("Sam Ortiz", "sam.ortiz@harborlight.example")


@pytest.fixture(scope="module")
def idp() -> Iterator[AuthorizationServer]:
    with authorization_server() as server:
        yield server


@pytest.fixture(scope="module")
def mail_server(idp: AuthorizationServer) -> Iterator[DovecotServer]:
    with dovecot_asking(idp, USERS) as server:
        yield server


@pytest.fixture
def user(mail_server: DovecotServer) -> ImapUser:
    return ImapUser(mail_server, USERS[next(_numbers)])


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def microsoft(idp: AuthorizationServer, user: ImapUser, home: Path) -> OAuthSettings:
    return OAuthSettings(
        account="work",
        provider="microsoft",
        client_id=MICROSOFT_CLIENT_ID,
        username=user.name,
        token_file=home / "work.oauth2.json",
        authority=idp.authority("common"),
        ca_file=idp.ca_path,
        timeout=10,
    )


def login_microsoft(idp: AuthorizationServer, settings: OAuthSettings) -> None:
    terminal = Terminal()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(oauth.login, settings, terminal.say)
        page, code = terminal.device_code()
        Browser(idp).enter_device_code(page, code, settings.username)
        future.result(timeout=30)


def account(user: ImapUser) -> AccountSettings:
    return user.account(name="work", auth="xoauth2", lookback_days=30)


def cycle(user: ImapUser, source: TokenSource, now: datetime) -> int:
    """One engine cycle over XOAUTH2 with the token source as the credential getter, as
    service.mailboxes will wire it; the number of drafts made."""
    me = f"{user.name}@example.org"
    settings = Settings(
        me=Me(name=ME_NAME, addresses=(me,), timezone="UTC"), accounts=(account(user),)
    )
    with Store.open(":memory:") as store:
        report = run_account_cycle(
            account(user), store, settings, now, mailbox_opener=lambda a: ImapMailbox(a, source)
        )
    return len(report.drafts_made)


def drafts(user: ImapUser) -> list[Message]:
    client = user.client()
    try:
        client.select("Drafts", readonly=True)
        _, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
        return [message_from_bytes(item[1]) for item in data if isinstance(item, tuple)]
    finally:
        client.logout()


def invitation(me: str, end: datetime) -> bytes:
    """The hiring manager confirms an interview that ended two hours ago."""
    start = end - timedelta(hours=1)
    message = EmailMessage()
    message["From"] = f"{INTERVIEWER[0]} <{INTERVIEWER[1]}>"
    message["To"] = f"{ME_NAME} <{me}>"
    message["Subject"] = "Interview confirmation: Platform Engineer at Harborlight"
    message["Date"] = format_datetime(end - timedelta(days=3))
    message["Message-ID"] = "<invite-oauth@mail.harborlight.example>"
    message.set_content(
        "Hi Alex,\n\nThank you for your interest in the Platform Engineer role at Harborlight. "
        f"I'm happy to confirm our interview on {start:%A, %B %d, %Y} from {start:%H:%M} to "
        f"{end:%H:%M} UTC.\n\nBest regards,\n{INTERVIEWER[0]}\nEngineering Manager, Harborlight\n"
    )
    return message.as_bytes()


def test_login_then_a_cycle_makes_its_draft_over_xoauth2(
    idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    user.append("INBOX", invitation(f"{user.name}@example.org", end=now - timedelta(hours=2)))
    settings = microsoft(idp, user, tmp_path)
    login_microsoft(idp, settings)
    source = oauth.token_source(settings, Clock())
    assert cycle(user, source, now) == 1
    [draft] = drafts(user)
    assert draft["To"].endswith(f"<{INTERVIEWER[1]}>")
    assert source() in idp.introspected  # Dovecot asked the authorization server


def test_an_expired_token_is_refused_and_the_refreshed_one_logs_in(
    idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    settings = microsoft(idp, user, tmp_path)
    login_microsoft(idp, settings)
    clock = Clock()
    source = oauth.token_source(settings, clock)
    stale = source()
    idp.expire_access_tokens()  # an hour went by at the provider
    with ImapMailbox(account(user), lambda: stale) as box, pytest.raises(PermanentMailboxError):
        box.folders()
    clock.advance(hours=1)  # the daemon's clock agrees: the next connection refreshes
    with ImapMailbox(account(user), source) as box:
        box.folders()
    assert source() != stale and source() in idp.active_tokens("access")


def test_a_revoked_sign_in_stops_the_cycle_with_exit_78_and_the_fix(
    idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    settings = microsoft(idp, user, tmp_path)
    login_microsoft(idp, settings)
    clock = Clock()
    source = oauth.token_source(settings, clock)
    source()
    idp.revoke_sign_ins(user.name)
    clock.advance(hours=1)
    with pytest.raises(LoginRequired) as raised:
        cycle(user, source, clock.now)
    assert raised.value.exit_code == EXIT_CONFIG
    assert str(raised.value).endswith("run `followupd login --account work` again")


def test_a_google_token_logs_in_over_xoauth2_too(
    idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    settings = OAuthSettings(
        account="gmail",
        provider="google",
        client_id=GOOGLE_CLIENT_ID,
        client_secret=GOOGLE_CLIENT_SECRET,
        username=user.name,
        token_file=tmp_path / "gmail.oauth2.json",
        authorize_url=idp.google_authorize_url,
        token_url=idp.google_token_url,
        ca_file=idp.ca_path,
        timeout=10,
    )
    terminal = Terminal()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(oauth.login, settings, terminal.say, timeout=30)
        Browser(idp).consent(terminal.address_to_open(), user.name)
        future.result(timeout=30)
    source = oauth.token_source(settings, Clock())
    with ImapMailbox(account(user), source) as box:
        box.folders()
    assert source() in idp.introspected
