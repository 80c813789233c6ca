"""The HTTPS endpoint: authentication, dispatch, fault injection, and the record of what came."""

from __future__ import annotations

import base64
import os
import socket
import ssl
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from . import operations, rules
from .certs import write_ca, write_server_cert
from .soap import M, envelope, fault, parse, q, short
from .store import MSGFLAG_READ, Item, Store
from .traffic import CountingReader, CountingWriter, Traffic

PATH = "/EWS/Exchange.asmx"
PASSWORD = "correct horse battery staple"


@dataclass(frozen=True)
class Exchange:
    """One SOAP request the server answered (after authentication)."""

    operation: str
    request: bytes
    response: bytes
    status: int


@dataclass
class Throttle:
    back_off_ms: int
    operation: str | None
    times: int
    status: int  # 500: SOAP fault ErrorServerBusy; 503: IIS queue full, Retry-After
    after: int  # matching requests let through first


class EwsServer:
    """An EWS endpoint on 127.0.0.1 over HTTPS, one mailbox, held in memory.

    auth: "basic", "ntlm" (pyspnego as the acceptor) or "bearer" (tokens in `tokens`).
    """

    def __init__(
        self,
        root: Path,
        *,
        auth: str = "basic",
        domain: str = "EXAMPLE",
        user: str = "alice",
        password: str = PASSWORD,
        mailbox: str = "alice@example.org",
    ) -> None:
        self.root = root
        self.auth = auth
        self.domain, self.user, self.password = domain, user, password
        self.mailbox = mailbox
        self.tokens: set[str] = set()
        self.store = Store()
        self.exchanges: list[Exchange] = []
        self.traffic = Traffic()
        self.violations: list[str] = []
        self.sends: list[str] = []
        self.refused_logins = 0
        self._throttles: list[Throttle] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.ca_file, ca_key, ca_cert = write_ca(root, "followupd test EWS CA")
        self.other_ca_file, _, _ = write_ca(root, "some other CA")
        self._cert, self._key = write_server_cert(root, ca_key, ca_cert)
        self._user_file = root / "ntlm-users"
        self._user_file.write_text(f"{domain}:{user}:{password}\n")

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}{PATH}"

    @property
    def login(self) -> str:
        return f"{self.domain}\\{self.user}"

    def start(self) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self._cert, self._key)
        if self.auth == "ntlm":
            os.environ["NTLM_USER_FILE"] = str(self._user_file)
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler, self, context)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self.auth == "ntlm" and os.environ.get("NTLM_USER_FILE") == str(self._user_file):
            del os.environ["NTLM_USER_FILE"]

    # -- the mailbox, for tests -----------------------------------------------------------------

    def deliver(
        self, mime: bytes, *, folder: str = "inbox", received: datetime | None = None
    ) -> Item:
        """A message arriving (inbox) or sent by the user from another client (sentitems)."""
        return self.store.add(folder, mime, received=received, flags=MSGFLAG_READ)

    def delete(self, item: Item) -> None:
        self.store.delete(item.id)

    def folder(self, name: str) -> list[Item]:
        return self.store.in_folder(name)

    def deny_folder(self, name: str) -> None:
        """GetFolder of this distinguished folder answers ErrorAccessDenied, as Exchange does
        for a delegate without permission on it."""
        self.store.denied.add(name)

    def invalidate_sync_states(self) -> None:
        self.store.invalidate_sync_states()

    def throttle(
        self,
        back_off_ms: int,
        *,
        operation: str | None = None,
        times: int = 1,
        status: int = 500,
        after: int = 0,
    ) -> None:
        """`times` requests (of `operation`), after `after` of them went through, are refused
        as a busy server refuses them."""
        with self._lock:
            self._throttles.append(Throttle(back_off_ms, operation, times, status, after))

    def operations(self) -> list[str]:
        with self._lock:
            return [exchange.operation for exchange in self.exchanges]

    def forget_requests(self) -> None:
        """Start counting afresh: the requests answered, and the traffic."""
        with self._lock:
            self.exchanges.clear()
        self.traffic.reset()

    # -- serving (called from the handler threads) ------------------------------------------

    def serve(self, body: bytes) -> tuple[int, bytes, dict[str, str]]:
        try:
            request = parse(body)
        except ET.ParseError as error:
            return self._refuse("", body, f"not XML: {error}")
        found = rules.problems(request)
        soap_body = request.find(q("s:Body"))
        operations_found = [c for c in soap_body] if soap_body is not None else []
        if len(operations_found) != 1 or not operations_found[0].tag.startswith(f"{{{M}}}"):
            found.append("s:Body must hold exactly one operation in the messages namespace")
        if found:
            return self._refuse("?", body, "; ".join(found))
        operation = operations_found[0]
        name = short(operation.tag).removeprefix("m:")
        throttled = self._take_throttle(name)
        if throttled is not None:
            return self._record(name, body, *self._busy(throttled))
        handler = operations.HANDLERS.get(name)
        if handler is None:
            if "send" in name.lower():
                self.sends.append(name)
            return self._refuse(name, body, f"operation {name} is not served by the test server")
        context = operations.Context(self.store, self.mailbox, self.violations, self.sends)
        try:
            answer = handler(operation, context)
        except operations.Refused as refused:
            return self._record(name, body, 500, fault(refused.code, str(refused)), {})
        return self._record(name, body, 200, envelope(answer), {})

    def _refuse(self, name: str, body: bytes, reason: str) -> tuple[int, bytes, dict[str, str]]:
        self.violations.append(f"{name or '?'}: {reason}")
        return self._record(name, body, 500, fault("ErrorSchemaValidation", reason), {})

    def _record(
        self, name: str, request: bytes, status: int, response: bytes, headers: dict[str, str]
    ) -> tuple[int, bytes, dict[str, str]]:
        with self._lock:
            self.exchanges.append(Exchange(name, request, response, status))
        return status, response, headers

    def _take_throttle(self, name: str) -> Throttle | None:
        with self._lock:
            for throttle in self._throttles:
                if throttle.operation not in (None, name) or throttle.times <= 0:
                    continue
                if throttle.after > 0:
                    throttle.after -= 1
                    continue
                throttle.times -= 1
                return throttle
        return None

    def _busy(self, throttle: Throttle) -> tuple[int, bytes, dict[str, str]]:
        if throttle.status == 503:
            seconds = str(max(1, throttle.back_off_ms // 1000))
            return 503, b"", {"Retry-After": seconds}
        message = "The server cannot service this request right now. Try again later."
        values = {"BackOffMilliseconds": str(throttle.back_off_ms)}
        return 500, fault("ErrorServerBusy", message, values), {}


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], handler: Any, ews: EwsServer, context: ssl.SSLContext
    ) -> None:
        self.ews = ews
        self.context = context
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = super().get_request()
        return self.context.wrap_socket(
            sock, server_side=True, do_handshake_on_connect=False
        ), address

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gives up (wrong CA, closed connection) is not the server's error


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        traffic = self.server.ews.traffic
        traffic.add(connections=1)
        self.rfile = CountingReader(self.rfile, traffic)  # type: ignore[assignment]
        self.wfile = CountingWriter(self.wfile, traffic)  # type: ignore[assignment]
        self.ntlm: Any = None  # the pyspnego acceptor of this connection's handshake
        self.signed_in = False  # NTLM authenticates the connection, as IIS does

    def handle(self) -> None:
        try:
            self.request.do_handshake()
        except (ssl.SSLError, OSError):
            return
        with suppress(ConnectionError, ssl.SSLError, TimeoutError):
            super().handle()

    def log_message(self, *_: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send(405, b"", {})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if self.path.lower() != PATH.lower():
            self._send(404, b"", {})
            return
        if not self._authenticated():
            return
        status, answer, headers = self.server.ews.serve(body)
        self._send(status, answer, {"Content-Type": "text/xml; charset=utf-8", **headers})

    # -- authentication ----------------------------------------------------------------------

    def _authenticated(self) -> bool:
        ews = self.server.ews
        header = self.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if ews.auth == "basic":
            if scheme.lower() == "basic" and _basic_ok(value, ews.login, ews.password):
                return True
            return self._challenge('Basic realm="127.0.0.1"', bool(header))
        if ews.auth == "bearer":
            if scheme.lower() == "bearer" and value in ews.tokens:
                return True
            return self._challenge("Bearer", bool(header))
        return self._ntlm(scheme, value)

    def _ntlm(self, scheme: str, value: str) -> bool:
        import spnego

        ews = self.server.ews
        if scheme.upper() != "NTLM":
            return self.signed_in or self._challenge("NTLM", False)
        token = base64.b64decode(value)
        if token[8:12] == b"\x01\x00\x00\x00":  # NEGOTIATE_MESSAGE: a new handshake
            self.signed_in = False
            self.ntlm = spnego.server(protocol="ntlm")
        if self.ntlm is None:
            return self._challenge("NTLM", True)
        try:
            answer = self.ntlm.step(token)
        except spnego.exceptions.SpnegoError:
            self.ntlm = None
            return self._challenge("NTLM", True)
        if not self.ntlm.complete:
            self._send(
                401, b"", {"WWW-Authenticate": f"NTLM {base64.b64encode(answer or b'').decode()}"}
            )
            return False
        principal = str(self.ntlm.client_principal or "")
        self.ntlm = None
        if principal.lower() != ews.login.lower():
            return self._challenge("NTLM", True)
        self.signed_in = True
        return True

    def _challenge(self, offer: str, refused: bool) -> bool:
        if refused:
            self.server.ews.refused_logins += 1
        self._send(401, b"", {"WWW-Authenticate": offer})
        return False

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _basic_ok(value: str, login: str, password: str) -> bool:
    try:
        user, _, secret = base64.b64decode(value).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    return user == login and secret == password


@contextmanager
def running(root: Path, **options: Any) -> Iterator[EwsServer]:
    server = EwsServer(root, **options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
