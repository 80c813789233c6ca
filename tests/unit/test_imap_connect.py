"""Account checks before connecting, and how library errors are translated."""

from __future__ import annotations

import imaplib
import socket
import ssl

import pytest
from imap_tools.errors import MailboxFolderSelectError, MailboxLoginError

from followupd.backends.imap.connect import check_account, is_loopback, translated_errors
from followupd.backends.imap.mailbox import ImapMailbox
from followupd.errors import ConfigError, PermanentMailboxError, TransientMailboxError
from followupd.model.settings import AccountSettings


def never_called() -> str:
    raise AssertionError("the credential must not be asked before a connection")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.5.6.7", "::1", "[::1]"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["imap.example.com", "10.0.0.1", "localhost.example.com", ""])
def test_other_hosts_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_plain_imap_to_a_remote_host_is_refused_with_the_key_path() -> None:
    account = AccountSettings(name="work", host="imap.example.com", port=143, security="plain")
    with pytest.raises(ConfigError, match=r"accounts\.work\.security: plain IMAP") as raised:
        ImapMailbox(account, never_called)
    assert raised.value.exit_code == 78


def test_plain_imap_to_loopback_is_allowed() -> None:
    account = AccountSettings(name="bridge", host="127.0.0.1", port=1143, security="plain")
    ImapMailbox(account, never_called).close()


def test_every_account_problem_is_reported_at_once() -> None:
    account = AccountSettings(name="x", host="", security="ssl", auth="kerberos")
    with pytest.raises(ConfigError) as raised:
        check_account(account)
    assert len(raised.value.problems) == 3


def test_starttls_on_the_implicit_tls_port_is_refused() -> None:
    account = AccountSettings(name="x", host="imap.example.com", port=993, security="starttls")
    with pytest.raises(ConfigError, match="993"):
        check_account(account)


def translate(error: BaseException) -> BaseException:
    expected = (TransientMailboxError, PermanentMailboxError)
    with pytest.raises(expected) as raised, translated_errors("acct"):
        raise error
    return raised.value


@pytest.mark.parametrize(
    "error",
    [
        imaplib.IMAP4.abort("socket error: EOF"),
        TimeoutError(),
        ConnectionResetError(104, "reset"),
        socket.gaierror(-2, "Name or service not known"),
        ssl.SSLEOFError(8, "EOF occurred in violation of protocol"),
        MailboxLoginError(("NO", [b"[UNAVAILABLE] Temporary authentication failure"]), "OK"),
    ],
)
def test_network_trouble_and_busy_servers_are_transient(error: BaseException) -> None:
    assert isinstance(translate(error), TransientMailboxError)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "certificate"),
        (
            MailboxFolderSelectError(("NO", [b"[NONEXISTENT] Mailbox doesn't exist"]), "OK"),
            "folder",
        ),
        (imaplib.IMAP4.error("SEARCH command error: BAD"), "refused"),
    ],
)
def test_what_retrying_cannot_fix_is_permanent(error: BaseException, words: str) -> None:
    translated = translate(error)
    assert isinstance(translated, PermanentMailboxError)
    assert words in str(translated)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("NO Request is throttled. Suggested Backoff Time: 120000 milliseconds", 120.0),
        ("BAD Request is throttled. Suggested Backoff Time: 500 ms", 0.5),
        ("Request is throttled. Suggested Backoff Time: 30 seconds", 30.0),
        ("Request is throttled.", None),
    ],
)
def test_microsofts_throttling_is_transient_with_the_wait_it_asks(
    text: str, seconds: float | None
) -> None:
    for error in (imaplib.IMAP4.error(text), imaplib.IMAP4.abort(text)):
        with pytest.raises(TransientMailboxError) as caught, translated_errors("acct"):
            raise error
        assert caught.value.back_off == seconds
        assert "throttling" in str(caught.value)
