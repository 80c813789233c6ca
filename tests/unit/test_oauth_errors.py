"""oauth_errors: what each refusal of Microsoft or Google means, said with its fix, and
tokens kept out of every message."""

from __future__ import annotations

import pytest

from followupd.config.oauth_errors import (
    ConsentBlocked,
    LoginFailed,
    LoginRequired,
    OAuthError,
    OAuthUnreachable,
    ReauthorizationNeeded,
    redact,
    refusal,
    short_description,
)
from followupd.errors import EXIT_CONFIG, EXIT_UNAVAILABLE, TransientMailboxError

FIX = "run `followupd login --account work` again"
TRACE = (
    " Trace ID: 0f3a7c2e-1b4d-4e5f-8a9b-0c1d2e3f4a5b Correlation ID: "
    "8c1f2e3d-4b5a-6978-8a9b-0c1d2e3f4a5c Timestamp: 2026-03-02 09:00:00Z"
)
MICROSOFT_REVOKED = {
    "error": "invalid_grant",
    "error_description": "AADSTS50173: The provided grant has expired due to it being revoked, "
    "a fresh auth token is needed." + TRACE,
    "error_codes": [50173],
}
MICROSOFT_CONSENT = {
    "error": "invalid_grant",
    "error_description": "AADSTS65001: The user or administrator has not consented to use the "
    "application with ID '3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10' named 'followupd'." + TRACE,
    "error_codes": [65001],
    "suberror": "consent_required",
}


def test_a_revoked_microsoft_sign_in_asks_for_login_again() -> None:
    error = refusal("work", "Microsoft", MICROSOFT_REVOKED)
    assert isinstance(error, LoginRequired) and isinstance(error, ReauthorizationNeeded)
    assert error.exit_code == EXIT_CONFIG
    text = str(error)
    assert text.startswith("work: Microsoft refused (invalid_grant: AADSTS50173: ")
    assert text.endswith(FIX)
    assert "Trace ID" not in text and "Correlation" not in text


def test_a_blocked_consent_names_the_administrator_and_the_fix() -> None:
    error = refusal("work", "Microsoft", MICROSOFT_CONSENT)
    assert isinstance(error, ConsentBlocked)
    text = str(error)
    assert "AADSTS65001" in text and "administrator must approve this app" in text
    assert "3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10" in text  # the app's id is kept
    assert text.endswith(FIX)


@pytest.mark.parametrize(
    "response",
    [
        {"error": "interaction_required", "error_description": "AADSTS90094: admin approval"},
        {"error": "invalid_grant", "suberror": "consent_required"},
        {"error": "admin_policy_enforced", "error_description": "Blocked by your admin."},
        {"error": "invalid_grant", "error_codes": [65001]},
    ],
)
def test_every_shape_of_an_admin_block_is_a_blocked_consent(response: dict[str, object]) -> None:
    assert isinstance(refusal("work", "Microsoft", response), ConsentBlocked)


def test_a_revoked_google_sign_in_asks_for_login_again() -> None:
    response = {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
    error = refusal("gmail", "Google", response)
    assert isinstance(error, LoginRequired)
    assert "Token has been expired or revoked." in str(error)


def test_multi_factor_now_required_asks_for_login_again() -> None:
    response = {"error": "interaction_required", "error_description": "AADSTS50076: MFA."}
    assert isinstance(refusal("work", "Microsoft", response), LoginRequired)


def test_public_client_flows_off_says_where_to_turn_them_on() -> None:
    response = {
        "error": "invalid_client",
        "error_description": "AADSTS7000218: The request body must contain the following "
        "parameter: 'client_assertion' or 'client_secret'.",
    }
    error = refusal("work", "Microsoft", response, during_login=True)
    assert type(error) is OAuthError
    assert "Allow public client flows" in str(error)


def test_a_busy_provider_is_retried_later_not_a_config_error() -> None:
    error = refusal("work", "Microsoft", {"error": "temporarily_unavailable"})
    assert isinstance(error, OAuthUnreachable) and isinstance(error, TransientMailboxError)
    assert error.exit_code == EXIT_UNAVAILABLE


@pytest.mark.parametrize("name", ["access_denied", "authorization_declined"])
def test_a_declined_login_says_so(name: str) -> None:
    error = refusal("work", "Microsoft", {"error": name}, during_login=True)
    assert isinstance(error, LoginFailed) and "declined" in str(error)


@pytest.mark.parametrize("name", ["expired_token", "authorization_pending"])
def test_a_code_not_entered_in_time_says_so(name: str) -> None:
    error = refusal("work", "Microsoft", {"error": name}, during_login=True)
    assert isinstance(error, LoginFailed) and "not entered in time" in str(error)
    assert str(error).endswith(FIX)


def test_a_token_echoed_in_a_description_is_redacted() -> None:
    access = "eyJ0eXAiOiJKV1QifQ.eyJ1cG4iOiJhQGIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    refresh = "0.AXoA" + "Zm9vYmFy" * 20
    response = {
        "error": "invalid_grant",
        "error_description": f"bad token {access} or {refresh} given",
    }
    text = str(refusal("work", "Microsoft", response))
    assert access not in text and "Zm9vYmFy" * 4 not in text
    assert "[redacted]" in text


def test_redact_removes_known_secrets_and_token_shapes_but_keeps_ids() -> None:
    text = (
        "at ya29.a0AfB_byC-xyz rt 1//0gAbC-dEf secret s3cr3t-value "
        "client 3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10 run " + "A1b2" * 10
    )
    cleaned = redact(text, ["s3cr3t-value"])
    for gone in ("ya29.", "1//0g", "s3cr3t-value", "A1b2A1b2"):
        assert gone not in cleaned
    assert "3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10" in cleaned


def test_a_description_is_one_short_line() -> None:
    assert short_description("first line\nsecond line") == "first line"
    assert len(short_description("x " * 500)) <= 240
    assert short_description(None) == ""
