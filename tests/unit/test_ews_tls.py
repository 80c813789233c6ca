"""The account's CA is chosen per request, by the server's origin, and wins over requests'
environment default; nothing turns verification off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
import requests.adapters
from exchangelib.protocol import BaseProtocol, NoVerifyHTTPAdapter

from followupd.backends.ews import tls as ews_tls
from followupd.errors import ConfigError

CA = Path(requests.certs.where())  # any readable CA bundle will do


@pytest.fixture(autouse=True)
def clean_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(ews_tls, "_by_origin", {})
    monkeypatch.setattr(ews_tls, "_by_domain", {})
    yield


def test_a_ca_is_registered_for_the_origin_of_the_ews_url() -> None:
    ews_tls.trust("accounts.work", CA, url="https://Mail.Example.org/EWS/Exchange.asmx", domain="x")
    assert ews_tls.ca_for("https://mail.example.org/EWS/Exchange.asmx") == str(CA)
    assert ews_tls.ca_for("https://mail.example.org:443/other") == str(CA)
    assert ews_tls.ca_for("https://mail.example.org:8443/EWS/Exchange.asmx") is None
    assert ews_tls.ca_for("https://example.org/EWS/Exchange.asmx") is None


def test_for_autodiscover_the_ca_covers_the_mail_domain() -> None:
    ews_tls.trust("accounts.work", CA, url=None, domain="example.org")
    assert ews_tls.ca_for("https://autodiscover.example.org/autodiscover/autodiscover.xml")
    assert ews_tls.ca_for("https://example.org/autodiscover/autodiscover.xml")
    assert ews_tls.ca_for("https://example.org.evil.example/") is None
    assert ews_tls.ca_for("https://notexample.org/") is None


def test_an_unreadable_ca_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("nope")
    with pytest.raises(ConfigError, match=r"accounts\.work\.ca_file: cannot read"):
        ews_tls.trust(
            "accounts.work", tmp_path / "ca.pem", url="https://m.example.org/", domain="x"
        )
    with pytest.raises(ConfigError):
        ews_tls.trust("accounts.work", tmp_path / "missing.pem", url=None, domain="x")


def test_the_registered_ca_wins_over_the_environment_bundle() -> None:
    ews_tls.trust("accounts.work", CA, url="https://mail.example.org/", domain="x")
    url = "https://mail.example.org/EWS/Exchange.asmx"
    assert ews_tls.verify_for(url, "/etc/ssl/certs/ca-certificates.crt") == str(CA)
    assert ews_tls.verify_for(url, True) == str(CA)
    assert ews_tls.verify_for(url, False) == str(CA)
    other = "https://other.example.org/EWS/Exchange.asmx"
    assert ews_tls.verify_for(other, True) is True
    assert ews_tls.verify_for(other, "/env/bundle.pem") == "/env/bundle.pem"
    assert ews_tls.verify_for(other, False) is True  # never off
    assert ews_tls.verify_for(other, None) is True


def test_the_adapter_checks_connections_with_the_registered_ca() -> None:
    ews_tls.trust("accounts.work", CA, url="https://mail.example.org/", domain="x")
    adapter = ews_tls.TrustAdapter()
    request = requests.Request("POST", "https://mail.example.org/EWS/Exchange.asmx").prepare()
    pool = adapter.get_connection_with_tls_context(request, verify=True)
    assert pool.ca_certs == str(CA)
    assert pool.cert_reqs == "CERT_REQUIRED"
    connection = SimpleNamespace(cert_reqs=None, ca_certs=None, ca_cert_dir=None, cert_file=None)
    adapter.cert_verify(connection, request.url, verify=False, cert=None)
    assert connection.cert_reqs == "CERT_REQUIRED" and connection.ca_certs == str(CA)
    elsewhere = requests.Request("POST", "https://other.example.org/").prepare()
    assert adapter.get_connection_with_tls_context(elsewhere, verify=True).ca_certs != str(CA)


def test_install_replaces_only_the_stock_adapter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BaseProtocol, "HTTP_ADAPTER_CLS", requests.adapters.HTTPAdapter)
    ews_tls.install()
    assert BaseProtocol.HTTP_ADAPTER_CLS is ews_tls.TrustAdapter
    ews_tls.install()  # again: nothing changes
    assert BaseProtocol.HTTP_ADAPTER_CLS is ews_tls.TrustAdapter
    monkeypatch.setattr(BaseProtocol, "HTTP_ADAPTER_CLS", NoVerifyHTTPAdapter)
    with pytest.raises(ConfigError, match="NoVerifyHTTPAdapter"):
        ews_tls.install()
