"""IMAP IDLE's reading: a line is read only when one is there (imaplib's buffer included), the
server's keep-alives are ignored, more messages call `arrived`, BYE ends the watch."""

from __future__ import annotations

import imaplib
import socket
from collections.abc import Iterator

import pytest

from followupd.backends.imap.idle import _seen, next_line
from followupd.errors import TransientMailboxError


@pytest.fixture
def pair() -> Iterator[tuple[imaplib.IMAP4, socket.socket]]:
    ours, server = socket.socketpair()
    client = imaplib.IMAP4.__new__(imaplib.IMAP4)
    client.sock, client.file, client.debug = ours, ours.makefile("rb"), 0
    client._cmd_log, client._cmd_log_idx, client._cmd_log_len = {}, 0, 10
    try:
        yield client, server
    finally:
        client.file.close()
        ours.close()
        server.close()


def test_lines_that_came_together_are_all_read_without_waiting(
    pair: tuple[imaplib.IMAP4, socket.socket],
) -> None:
    client, server = pair
    assert next_line(client, 0.05) is None  # nothing there: no read, no wait beyond the timeout
    server.sendall(b"* 5 EXISTS\r\n* 1 RECENT\r\n")
    assert next_line(client, 1) == b"* 5 EXISTS"
    assert next_line(client, 0) == b"* 1 RECENT"  # in imaplib's buffer, not on the socket
    assert next_line(client, 0.05) is None
    server.sendall(b"* OK Still here\r\n")
    assert next_line(client, 1) == b"* OK Still here"


def test_a_closed_connection_is_an_error_not_silence(
    pair: tuple[imaplib.IMAP4, socket.socket],
) -> None:
    client, server = pair
    server.close()
    with pytest.raises(imaplib.IMAP4.abort):
        next_line(client, 1)


def test_only_more_messages_than_before_call_arrived() -> None:
    calls: list[int] = []
    arrived = lambda: calls.append(1)  # noqa: E731
    assert _seen(b"* OK Still here", 5, arrived, "x") == 5
    assert _seen(b"* 5 EXISTS", 5, arrived, "x") == 5
    assert _seen(b"* 7 EXISTS", 5, arrived, "x") == 7
    assert _seen(b"* 3 EXPUNGE", 7, arrived, "x") == 6
    assert _seen(b"* 2 FETCH (FLAGS (\\Seen))", 6, arrived, "x") == 6
    assert calls == [1]
    with pytest.raises(TransientMailboxError, match="closed the connection"):
        _seen(b"* BYE Server shutting down.", 6, arrived, "x")
