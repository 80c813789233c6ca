"""Certificate checks for EWS: the system's trust store, or an account's own CA (`ca_file`).

exchangelib builds its HTTP sessions itself and customises TLS only through a class attribute,
`BaseProtocol.HTTP_ADAPTER_CLS`, shared by every protocol in the process (autodiscover's too).
So the adapter installed here is the same for all accounts, and the CA file is chosen per
request from a registry keyed by the server's origin, in the two places where requests turns
its `verify` value into TLS settings: the CA path keys urllib3's connection pool (a connection
made with one CA is never reused with another) and is what the connection checks the chain
with. The host name is always checked.

The registered CA wins over requests' environment default (REQUESTS_CA_BUNDLE and
CURL_CA_BUNDLE replace `verify=True` by a path before the adapter sees it). Nothing here turns
verification off: a `verify=False` is turned back on, and `install` refuses to run on top of an
adapter it does not know (exchangelib's NoVerifyHTTPAdapter, for one).
"""

from __future__ import annotations

import ssl
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests.adapters
from exchangelib.protocol import BaseProtocol

from followupd.errors import ConfigError


class TrustAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter, with the CA registered for the request's origin when there is one.

    The two hooks are where requests turns `verify` into TLS settings: the connection pool
    (keyed by the CA file since requests 2.32.2) and the connection's certificate check; the
    same two that exchangelib's NoVerifyHTTPAdapter overrides, here to check with the right CA.
    """

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: dict[str, str] | None = None,
        cert: Any = None,
    ) -> Any:
        return super().get_connection_with_tls_context(
            request, verify_for(request.url or "", verify), proxies=proxies, cert=cert
        )

    def cert_verify(self, conn: Any, url: str, verify: bool | str, cert: Any) -> None:
        super().cert_verify(conn, url, verify_for(url, verify), cert)


def verify_for(url: str, verify: bool | str | None) -> bool | str:
    """What to check the server at `url` with: its registered CA file, else what requests
    would use (True: the system's store, or the REQUESTS_CA_BUNDLE path); never nothing."""
    ca_file = ca_for(url) if url else None
    if ca_file is not None:
        return ca_file
    return True if verify is False or verify is None else verify


_lock = threading.Lock()
_by_origin: dict[tuple[str, int], str] = {}  # (host, port) -> CA file
_by_domain: dict[str, str] = {}  # mail domain -> CA file, for autodiscover's hosts


def install() -> None:
    """Make exchangelib use TrustAdapter (once per process)."""
    with _lock:
        current = BaseProtocol.HTTP_ADAPTER_CLS
        if current is TrustAdapter:
            return
        if current is not requests.adapters.HTTPAdapter:
            raise ConfigError(
                f"exchangelib's HTTP adapter was replaced by {current.__name__}; followupd will "
                "not talk to Exchange without knowing that certificates are checked"
            )
        BaseProtocol.HTTP_ADAPTER_CLS = TrustAdapter


def trust(where: str, ca_file: Path, *, url: str | None, domain: str) -> None:
    """Check the EWS server at `url` (or, for autodiscover, the hosts of `domain` and its
    subdomains) with `ca_file` instead of the system's trust store. Registered again at each
    session, so the account being served always has its own file."""
    path = _readable(where, ca_file)
    with _lock:
        if url is not None:
            _by_origin[_origin(url)] = path
        else:
            _by_domain[domain] = path


def ca_for(url: str) -> str | None:
    host, port = _origin(url)
    with _lock:
        if (host, port) in _by_origin:
            return _by_origin[(host, port)]
        for domain, path in _by_domain.items():
            if host == domain or host.endswith("." + domain):
                return path
    return None


def _origin(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


def _readable(where: str, ca_file: Path) -> str:
    try:
        ssl.create_default_context(cafile=str(ca_file))
    except (OSError, ssl.SSLError) as error:
        raise ConfigError(f"{where}.ca_file: cannot read {ca_file}: {error}") from None
    return str(ca_file)
