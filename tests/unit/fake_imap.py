"""A small IMAP server of our own on 127.0.0.1 that misbehaves on sign-in as the red team's did:
it repeats the command line (the password in it) in its refusal, or hangs up with it.

Only what a sign-in needs: the greeting, CAPABILITY, LOGIN, AUTHENTICATE PLAIN (its base64
line echoed back), LOGOUT. Every line it received is kept in `received`.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

REFUSE = "refuse"  # tagged NO repeating the command line
HANG_UP = "hang-up"  # untagged BYE repeating it, then the connection closed


class FakeImap:
    def __init__(self, capabilities: str = "IMAP4rev1 AUTH=LOGIN", how: str = REFUSE) -> None:
        self.capabilities = capabilities
        self.how = how
        self.received: list[str] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        with suppress(OSError):
            self._listener.close()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(connection,), daemon=True).start()

    def _session(self, connection: socket.socket) -> None:
        with connection, connection.makefile("rwb") as stream:
            stream.write(f"* OK [CAPABILITY {self.capabilities}] fake ready\r\n".encode())
            stream.flush()
            for raw in stream:
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                self.received.append(line)
                if not self._answer(stream, line):
                    return

    def _answer(self, stream: BinaryIO, line: str) -> bool:
        tag, _, rest = line.partition(" ")
        command = rest.split(" ", 1)[0].upper()
        write = stream.write
        if command == "CAPABILITY":
            write(f"* CAPABILITY {self.capabilities}\r\n{tag} OK done\r\n".encode())
        elif command == "AUTHENTICATE":
            write(b"+ \r\n")
            stream.flush()
            answer = stream.readline().decode("ascii", "replace").strip()
            self.received.append(answer)
            return self._refuse(stream, tag, f"AUTHENTICATE PLAIN {answer}")
        elif command == "LOGIN":
            return self._refuse(stream, tag, rest)
        elif command == "LOGOUT":
            write(f"* BYE bye\r\n{tag} OK done\r\n".encode())
            stream.flush()
            return False
        else:
            write(f"{tag} BAD not here\r\n".encode())
        stream.flush()
        return True

    def _refuse(self, stream: BinaryIO, tag: str, said: str) -> bool:
        if self.how == HANG_UP:
            stream.write(f"* BYE [UNAVAILABLE] cannot serve {said}\r\n".encode())
            stream.flush()
            return False
        text = f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials: {said}\r\n"
        stream.write(text.encode())
        stream.flush()
        return True


@contextmanager
def fake_imap(capabilities: str = "IMAP4rev1 AUTH=LOGIN", how: str = REFUSE) -> Iterator[FakeImap]:
    server = FakeImap(capabilities, how)
    try:
        yield server
    finally:
        server.close()
