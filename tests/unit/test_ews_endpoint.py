"""EwsEndpoint from an account's settings and the EWS keys, every problem at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from followupd.backends.ews.endpoint import ews_endpoint
from followupd.errors import ConfigError
from followupd.model import AccountSettings


def settings(**changes: object) -> AccountSettings:
    values: dict[str, object] = {"name": "work", "backend": "ews", "username": "EXAMPLE\\alice"}
    values.update(changes)
    return AccountSettings(**values)  # type: ignore[arg-type]


def test_a_server_name_gives_the_standard_ews_url() -> None:
    endpoint = ews_endpoint(settings(), server="mail.example.org", address="alice@example.org")
    assert endpoint.url == "https://mail.example.org/EWS/Exchange.asmx"
    assert not endpoint.autodiscover
    assert endpoint.auth == "ntlm"
    assert endpoint.username == "EXAMPLE\\alice"
    assert ews_endpoint(settings(), server="mail.example.org:8443", address="a@b.c").url == (
        "https://mail.example.org:8443/EWS/Exchange.asmx"
    )


def test_an_ews_url_is_taken_as_it_is() -> None:
    url = "https://owa.example.org/ews/exchange.asmx"
    endpoint = ews_endpoint(settings(), ews_url=url, auth="basic", address="alice@example.org")
    assert endpoint.url == url and endpoint.auth == "basic"


def test_without_server_or_url_the_endpoint_is_autodiscovered() -> None:
    endpoint = ews_endpoint(settings(username="alice@example.org"))
    assert endpoint.autodiscover and endpoint.url is None
    assert endpoint.address == "alice@example.org"  # the username, being an address
    assert endpoint.domain == "example.org"


def test_settings_it_shares_with_imap() -> None:
    endpoint = ews_endpoint(
        settings(ca_file=Path("~/ca.pem"), timeout=12.5), server="mail.example.org", address="a@b.c"
    )
    assert endpoint.ca_file == Path("~/ca.pem").expanduser()
    assert endpoint.timeout == 12.5


def test_oauth2_needs_no_username() -> None:
    endpoint = ews_endpoint(
        settings(username=""), server="m.example.org", auth="oauth2", address="a@b.c"
    )
    assert endpoint.auth == "oauth2"


def test_every_problem_at_once() -> None:
    with pytest.raises(ConfigError) as caught:
        ews_endpoint(
            settings(username="", timeout=0),
            server="mail.example.org",
            ews_url="https://mail.example.org/EWS/Exchange.asmx",
            auth="kerberos",
        )
    problems = caught.value.problems
    assert "accounts.work: set server or ews_url, not both" in problems
    assert any(p.startswith("accounts.work.auth:") for p in problems)
    assert any(p.startswith("accounts.work.username:") for p in problems)
    assert any(p.startswith("accounts.work.address:") for p in problems)
    assert any(p.startswith("accounts.work.timeout:") for p in problems)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("ews_url", "http://mail.example.org/EWS/Exchange.asmx"),
        ("ews_url", "mail.example.org"),
        ("server", "https://mail.example.org"),
        ("server", "mail.example.org/EWS"),
        ("server", "mail example.org"),
    ],
)
def test_a_malformed_or_unencrypted_endpoint_is_refused(option: str, value: str) -> None:
    with pytest.raises(ConfigError, match=f"accounts.work.{option}"):
        ews_endpoint(settings(), address="a@b.c", **{option: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("address", ["alice", "@example.org", "alice@", "a@b@c", "al ice@b.c"])
def test_the_mailbox_address_must_be_one(address: str) -> None:
    with pytest.raises(ConfigError, match="address"):
        ews_endpoint(settings(), server="m.example.org", address=address)
