"""The redirect of a browser sign-in, received on 127.0.0.1 (RFC 8252, section 7.3).

A one-shot HTTP listener on the loopback address only, at a port chosen by the system or
given (`--port`, for a port forwarded over SSH). It accepts the first redirect whose
`state` is the one this sign-in sent, answers the browser with a page saying to go back to
the terminal, and ignores everything else. When the browser cannot reach it (no forwarded
port), the address the browser shows may be pasted instead: `offer(url)`. The code in the
request is never logged: the standard request log line is switched off.
"""

from __future__ import annotations

import errno
import hmac
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from followupd.config.oauth_errors import LoginFailed

HOST = "127.0.0.1"
_DONE_PAGE = (
    "<!doctype html><meta charset=utf-8><title>followupd</title>"
    "<p>{message}</p><p>You can close this tab and go back to the terminal.</p>"
)


class LoopbackRedirect:
    """Use as a context manager: listening inside, closed after."""

    def __init__(self, state: str, account: str, port: int = 0) -> None:
        self._state = state
        self._account = account
        self._received: dict[str, str] | None = None
        self._arrived = threading.Event()
        self._server = _bind(port, account, self._handler_class())
        self.port: int = self._server.server_address[1]
        self.redirect_uri = f"http://{HOST}:{self.port}/"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )

    def __enter__(self) -> LoopbackRedirect:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()

    def offer(self, url: str) -> bool:
        """Take a redirect address pasted by the user; True when it was this sign-in's."""
        parts = urlsplit(url.strip())
        return self._accept(_single_values(parts.query))

    def wait(self, timeout: float) -> dict[str, str]:
        """The redirect's parameters (`code`, or `error`), or LoginFailed after `timeout`."""
        if not self._arrived.wait(timeout):
            raise LoginFailed(
                f"{self._account}: no answer from the browser within {timeout / 60:.0f} minutes; "
                f"run `followupd login --account {self._account}` again"
            )
        assert self._received is not None
        return self._received

    def _accept(self, params: dict[str, str]) -> bool:
        if self._arrived.is_set() or not hmac.compare_digest(
            params.get("state", "").encode(), self._state.encode()
        ):
            return False
        if "code" not in params and "error" not in params:
            return False
        self._received = params
        self._arrived.set()
        return True

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != "/":
                    self._answer(404, "Not found.")
                    return
                params = _single_values(parts.query)
                if not receiver._accept(params):
                    self._answer(400, "This is not the answer the waiting sign-in expects.")
                elif "error" in params:
                    self._answer(200, "The sign-in did not complete.")
                else:
                    self._answer(200, "Signed in.")

            def _answer(self, status: int, message: str) -> None:
                body = _DONE_PAGE.format(message=message).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                """Silent: the request line holds the authorization code."""

        return Handler


def _bind(port: int, account: str, handler: type[BaseHTTPRequestHandler]) -> HTTPServer:
    try:
        return HTTPServer((HOST, port), handler)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise LoginFailed(
                f"{account}: port {port} on {HOST} is in use; choose another with --port"
            ) from None
        raise LoginFailed(f"{account}: cannot listen on {HOST}:{port} ({error.strerror})") from None


def _single_values(query: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(query).items() if values}
