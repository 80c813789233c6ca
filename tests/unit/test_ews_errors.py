"""Library errors as followupd's mailbox errors: transient (with a back-off) or permanent."""

from __future__ import annotations

import ssl

import pytest
import requests
from exchangelib import errors as ews

from followupd.backends.ews.errors import (
    ServerBusyError,
    SignInRefusedError,
    translate,
    translated_errors,
)
from followupd.errors import PermanentMailboxError, TransientMailboxError

WHERE = "work (https://mail.example.org/EWS/Exchange.asmx)"


def test_a_busy_server_carries_its_back_off() -> None:
    found = translate(ews.ErrorServerBusy("busy", back_off=297.749), WHERE)
    assert isinstance(found, ServerBusyError) and isinstance(found, TransientMailboxError)
    assert found.back_off == 297.749
    assert str(found) == f"{WHERE}: the server is busy; it asks to wait 298s"
    unknown = translate(ews.ErrorServerBusy("busy"), WHERE)
    assert isinstance(unknown, ServerBusyError) and unknown.back_off is None


def test_rate_limit_and_transient_codes_are_transient() -> None:
    limited = translate(ews.RateLimitError("too many", wait=60), WHERE)
    assert isinstance(limited, ServerBusyError) and limited.back_off == 60
    for error in (
        ews.ErrorTimeoutExpired("Reraised from ConnectionError"),
        ews.ErrorMailboxStoreUnavailable("store down"),
        ews.ErrorInternalServerTransientError("503"),
        ews.ErrorExceededConnectionCount("too many connections"),
    ):
        found = translate(error, WHERE)
        assert type(found) is TransientMailboxError, error


def test_a_refused_sign_in_is_permanent() -> None:
    found = translate(ews.UnauthorizedError("Invalid credentials for https://x"), WHERE)
    assert isinstance(found, SignInRefusedError) and isinstance(found, PermanentMailboxError)
    assert "sign-in refused" in str(found)


def test_an_untrusted_certificate_is_found_inside_exchangelibs_wrapping() -> None:
    verify = ssl.SSLCertVerificationError(1, "certificate verify failed")
    verify.verify_message = "unable to get local issuer certificate"
    wrapped = requests.exceptions.SSLError(verify)
    try:
        try:
            raise wrapped
        except requests.exceptions.SSLError as error:
            raise ews.TransportError(str(error)) from None  # as exchangelib does
    except ews.TransportError as transport:
        transport.__context__ = wrapped
        found = translate(transport, WHERE)
    assert isinstance(found, PermanentMailboxError)
    assert "not trusted (unable to get local issuer certificate)" in str(found)
    assert "set ca_file" in str(found)


def test_a_connection_that_fails_is_transient() -> None:
    found = translate(requests.exceptions.ConnectionError("refused"), WHERE)
    assert type(found) is TransientMailboxError
    assert type(translate(ConnectionRefusedError(111, "refused"), WHERE)) is TransientMailboxError
    assert type(translate(ssl.SSLEOFError(8, "EOF"), WHERE)) is TransientMailboxError


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (ews.ErrorFolderNotFound("no such folder"), "folder not available"),
        (ews.ErrorAccessDenied("denied"), "folder not available"),
        (ews.AutoDiscoverFailed("none found"), "set server or ews_url"),
        (ews.RedirectError("https://owa.example.org/owa/"), "set ews_url"),
        (ews.ErrorSchemaValidation("bad request"), "request refused"),
        (ews.MalformedResponseError("Unknown failure"), "request refused"),
    ],
)
def test_what_retrying_cannot_fix_is_permanent(error: Exception, words: str) -> None:
    found = translate(error, WHERE)
    assert type(found) is PermanentMailboxError
    assert words in str(found)


def test_a_bug_is_not_dressed_up_as_a_mailbox_error() -> None:
    assert translate(ValueError("bug"), WHERE) is None
    with pytest.raises(KeyError), translated_errors(WHERE):
        raise KeyError("bug")


def test_the_context_manager_translates() -> None:
    with pytest.raises(ServerBusyError), translated_errors(WHERE):
        raise ews.ErrorServerBusy("busy", back_off=1.0)
