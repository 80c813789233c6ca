"""`followupd login`, then `followupd once`, on the command line: Microsoft's device-code flow
and Google's loopback flow against the local authorization server, then drafts made over
XOAUTH2 in a Dovecot that asks that server whether each access token is live.

The config is what a user writes (`provider`, `client_id`, the endpoints and one `ca_file`:
Dovecot serves the authorization server's certificate, so one CA signs both), plus the
test's endpoints. The test plays the user: it reads the code or the address `login` prints on
its standard output, a pipe, and types the code at the device-login page or lets the browser
consent and follow the redirect to the waiting `login`. Access tokens live a few seconds, so
every `once` meets an expired one and must refresh it on its own.
"""

from __future__ import annotations

import itertools
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dovecot_server import DovecotServer
from followupd_cli import Interactive, followupd, once_json
from imap_client import ImapUser
from job_search_backends import Imap
from job_search_mailbox import ME, JobSearch
from oauth_dovecot import authorization_server, dovecot_asking
from oauth_server import (
    GOOGLE_CLIENT_ID,
    GOOGLE_CLIENT_SECRET,
    MICROSOFT_CLIENT_ID,
    AuthorizationServer,
    Browser,
)

from followupd.errors import EXIT_CONFIG

pytestmark = pytest.mark.dovecot
USERS = tuple(f"login{n:02d}" for n in range(6))
_numbers = itertools.count()
LIFETIME = 3  # seconds an access token lives
REFRESH = "refresh_token"


@pytest.fixture(scope="module")
def idp() -> Iterator[AuthorizationServer]:
    with authorization_server(access_token_lifetime=LIFETIME) as server:
        yield server


@pytest.fixture(scope="module")
def mail_server(idp: AuthorizationServer) -> Iterator[DovecotServer]:
    with dovecot_asking(idp, USERS, same_ca=True) as server:
        yield server


@pytest.fixture
def user(mail_server: DovecotServer, job_search: JobSearch) -> ImapUser:
    found = ImapUser(mail_server, USERS[next(_numbers)])
    Imap(found).load(job_search)
    return found


def write_config(tmp_path: Path, user: ImapUser, idp: AuthorizationServer, provider: str) -> Path:
    if provider == "microsoft":
        sign_in = f"""
client_id = "{MICROSOFT_CLIENT_ID}"
tenant = "organizations"
oauth2_authority = "{idp.authority("organizations")}"
"""
    else:
        sign_in = f"""
client_id = "{GOOGLE_CLIENT_ID}"
client_secret = "{GOOGLE_CLIENT_SECRET}"
oauth2_authorize_url = "{idp.google_authorize_url}"
oauth2_token_url = "{idp.google_token_url}"
"""
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[me]
name = "{ME[0]}"
addresses = ["{ME[1]}"]
timezone = "UTC"
holidays = ""

[[accounts]]
name = "work"
provider = "{provider}"
username = "{user.name}"
host = "127.0.0.1"
port = {user.server.tls_port}
ca_file = "{idp.ca_path}"
oauth2_token_file = "{tmp_path / "tokens" / "work.oauth2.json"}"
lookback_days = 30
{sign_in}
[daemon]
state_path = "{tmp_path / "state.db"}"
"""
    )
    return config


def login(config: Path, idp: AuthorizationServer, user: ImapUser, provider: str) -> str:
    """`followupd login --account work`, the test playing the user; what it said last."""
    running = Interactive("login", "--config", str(config), "--account", "work")
    browser = Browser(idp)
    if provider == "microsoft":
        found = running.wait_for(r"open (\S+) , enter the code (\S+) and sign in as (\S+)\.")
        assert found.group(3) == user.name
        browser.enter_device_code(found.group(1), found.group(2), user.name)
    else:
        found = running.wait_for(r"^  (https://\S+)$")
        browser.consent(found.group(1), user.name)  # and follows the redirect to login
    code, out, err = running.finish()
    assert code == 0, err
    return out


def wait_until_expired(idp: AuthorizationServer) -> list[str]:
    """Sleep until every access token issued so far is dead at the provider; those tokens."""
    issued = idp.active_tokens("access")
    time.sleep(LIFETIME + 0.2)
    assert not [t for t in issued if t in idp.active_tokens("access")]
    return issued


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_login_then_once_drafts_over_xoauth2_refreshing_expired_tokens(
    provider: str, idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    config = write_config(tmp_path, user, idp, provider)
    said = login(config, idp, user, provider)
    token_file = tmp_path / "tokens" / "work.oauth2.json"
    assert f"kept in {token_file}" in said
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    expired = wait_until_expired(idp)

    refreshed, asked = idp.grant_calls(REFRESH), len(idp.introspected)
    report = once_json(config)
    assert report["drafts_made"] == 2  # the thank-you and the answer to the rejection
    assert idp.grant_calls(REFRESH) == refreshed + 1
    presented = idp.introspected[asked:]  # what Dovecot was given to log in with
    assert presented and not set(expired) & set(presented)

    expired, asked = wait_until_expired(idp), len(idp.introspected)
    again = once_json(config)  # another process: the rotated refresh token was saved
    assert again["drafts_made"] == 0 and again["accounts"]["work"]["error"] is None
    assert idp.grant_calls(REFRESH) == refreshed + 2
    presented = idp.introspected[asked:]
    assert presented and not set(expired) & set(presented)


def test_a_revoked_sign_in_makes_once_exit_78_until_login_runs_again(
    idp: AuthorizationServer, user: ImapUser, tmp_path: Path
) -> None:
    config = write_config(tmp_path, user, idp, "microsoft")
    login(config, idp, user, "microsoft")
    idp.revoke_sign_ins(user.name)
    done = followupd("once", "--config", str(config))
    assert done.returncode == EXIT_CONFIG, done.stderr
    assert "failed: work: Microsoft refused" in done.stdout and "revoked" in done.stdout
    assert done.stdout.rstrip().endswith("run `followupd login --account work` again")
    assert not [t for t in idp.secrets_seen if t in done.stdout + done.stderr]

    login(config, idp, user, "microsoft")  # the fix the message names
    assert once_json(config)["drafts_made"] == 2
