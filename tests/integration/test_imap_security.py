"""TLS, STARTTLS, certificate checks, logins and error translation against a real Dovecot."""

from __future__ import annotations

import imaplib
from datetime import date
from pathlib import Path

import pytest
from dovecot_server import PASSWORD, free_port, oauth_token
from imap_client import ImapUser

from followupd.backends.imap.mailbox import ImapMailbox
from followupd.errors import ConfigError, PermanentMailboxError, TransientMailboxError
from followupd.model.domain import FolderRole

pytestmark = pytest.mark.dovecot
EXPECTED = {FolderRole.INBOX: "INBOX", FolderRole.SENT: "Sent", FolderRole.DRAFTS: "Drafts"}


def tls(user: ImapUser, **changes: object) -> ImapMailbox:
    account = user.account(security="tls", port=user.server.tls_port, **changes)
    return ImapMailbox(account, lambda: PASSWORD)


def starttls(user: ImapUser, **changes: object) -> ImapMailbox:
    account = user.account(security="starttls", port=user.server.plain_port, **changes)
    return ImapMailbox(account, lambda: PASSWORD)


def test_tls_with_the_servers_ca_connects(imap_user: ImapUser) -> None:
    with tls(imap_user, ca_file=imap_user.server.ca_path) as box:
        assert box.folders() == EXPECTED


def test_tls_refuses_a_certificate_the_system_does_not_trust(imap_user: ImapUser) -> None:
    with tls(imap_user) as box, pytest.raises(PermanentMailboxError, match="certificate"):
        box.folders()


def test_tls_checks_the_host_name_against_the_certificate(imap_user: ImapUser) -> None:
    # the server answers on 127.0.0.2 too, with a certificate naming localhost and 127.0.0.1
    box = tls(imap_user, host="127.0.0.2", ca_file=imap_user.server.ca_path)
    with box, pytest.raises(PermanentMailboxError, match=r"certificate.*(mismatch|127\.0\.0\.2)"):
        box.folders()


def test_starttls_with_the_servers_ca_connects(imap_user: ImapUser) -> None:
    with starttls(imap_user, ca_file=imap_user.server.ca_path) as box:
        assert box.folders() == EXPECTED


def test_starttls_refuses_an_untrusted_certificate(imap_user: ImapUser) -> None:
    with starttls(imap_user) as box, pytest.raises(PermanentMailboxError, match="certificate"):
        box.folders()


def test_a_ca_file_that_is_not_a_certificate_is_a_config_error(
    imap_user: ImapUser, tmp_path: Path
) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("not a certificate\n")
    with tls(imap_user, ca_file=junk) as box, pytest.raises(ConfigError, match="ca_file"):
        box.folders()


def test_a_wrong_password_is_permanent_and_does_not_echo_it(imap_user: ImapUser) -> None:
    box = ImapMailbox(imap_user.account(), lambda: "wrong-password-123")
    with box, pytest.raises(PermanentMailboxError, match="login refused") as raised:
        box.folders()
    assert "wrong-password-123" not in str(raised.value)


def test_xoauth2_sends_the_token_as_a_bearer_and_a_refusal_is_permanent(
    imap_user: ImapUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a token the identity provider does not vouch for: Dovecot refuses, a login problem
    sent: list[tuple[str, tuple[object, ...]]] = []
    original = imaplib.IMAP4._command

    def recording(self: imaplib.IMAP4, name: str, *args: object) -> object:
        sent.append((name, args))
        return original(self, name, *args)

    monkeypatch.setattr(imaplib.IMAP4, "_command", recording)
    asked: list[bool] = []

    def token() -> str:
        asked.append(True)
        return "ya29.a-token-nobody-issued"

    box = ImapMailbox(imap_user.account(auth="xoauth2"), token)
    with box, pytest.raises(PermanentMailboxError, match="login refused"):
        box.folders()
    assert asked == [True]
    assert ("AUTHENTICATE", ("XOAUTH2",)) in sent


def test_xoauth2_with_a_valid_token_logs_in_and_reads_the_folders(imap_user: ImapUser) -> None:
    introspection = imap_user.server.introspection
    assert introspection is not None
    box = ImapMailbox(imap_user.account(auth="xoauth2"), lambda: oauth_token(imap_user.name))
    with box:
        found = box.folders()
    assert {found[FolderRole.DRAFTS], found[FolderRole.SENT]} == {"Drafts", "Sent"}
    assert oauth_token(imap_user.name) in introspection.asked  # the server checked the token


def test_xoauth2_with_another_users_token_is_refused(imap_user: ImapUser) -> None:
    other = "user00" if imap_user.name != "user00" else "user01"
    box = ImapMailbox(imap_user.account(auth="xoauth2"), lambda: oauth_token(other))
    with box, pytest.raises(PermanentMailboxError, match="login refused") as raised:
        box.folders()
    assert oauth_token(other) not in str(raised.value)


def test_nothing_listening_is_transient(imap_user: ImapUser) -> None:
    box = ImapMailbox(imap_user.account(port=free_port()), lambda: PASSWORD)
    with box, pytest.raises(TransientMailboxError, match="cannot reach"):
        box.folders()


def test_tls_spoken_to_a_plain_port_fails_cleanly(imap_user: ImapUser) -> None:
    box = ImapMailbox(
        imap_user.account(security="tls", ca_file=imap_user.server.ca_path), lambda: PASSWORD
    )
    with box, pytest.raises((PermanentMailboxError, TransientMailboxError)):
        box.folders()


def test_a_missing_override_folder_is_permanent(imap_user: ImapUser) -> None:
    box = ImapMailbox(imap_user.account(sent_folder="No Such Folder"), lambda: PASSWORD)
    with box, pytest.raises(PermanentMailboxError, match="folder"):
        box.poll(FolderRole.SENT, None, date(2026, 1, 1))
