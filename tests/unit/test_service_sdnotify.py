"""sdnotify: datagrams to $NOTIFY_SOCKET (a path or an abstract '@' name), watchdog timing."""

from __future__ import annotations

import os
import socket
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from followupd.service.sdnotify import Notifier, socket_address, watchdog_interval


@pytest.fixture
def path_socket() -> Iterator[tuple[socket.socket, str]]:
    # AF_UNIX paths are limited to ~107 bytes: pytest's tmp_path can be longer
    with tempfile.TemporaryDirectory(prefix="sdn", dir="/tmp") as folder:
        address = str(Path(folder) / "notify")
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
            server.bind(address)
            server.settimeout(2)
            yield server, address


def test_ready_with_status_to_a_path_socket(path_socket: tuple[socket.socket, str]) -> None:
    server, address = path_socket
    notifier = Notifier({"NOTIFY_SOCKET": address})
    assert notifier.active
    assert notifier.ready("scanning personal:\n10 of 20")
    assert server.recv(4096) == b"READY=1\nSTATUS=scanning personal: 10 of 20"


def test_watchdog_status_and_stopping(path_socket: tuple[socket.socket, str]) -> None:
    server, address = path_socket
    notifier = Notifier({"NOTIFY_SOCKET": address})
    notifier.watchdog()
    notifier.status("idle")
    notifier.stopping()
    assert [server.recv(4096) for _ in range(3)] == [b"WATCHDOG=1", b"STATUS=idle", b"STOPPING=1"]


def test_abstract_namespace_socket() -> None:
    name = f"followupd-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind("\0" + name)
        server.settimeout(2)
        assert Notifier({"NOTIFY_SOCKET": "@" + name}).ready()
        assert server.recv(4096) == b"READY=1"


def test_without_notify_socket_nothing_is_sent() -> None:
    notifier = Notifier({})
    assert not notifier.active
    assert not notifier.ready("x")
    assert notifier.watchdog_seconds is None


def test_a_vanished_socket_is_not_an_error(tmp_path: Path) -> None:
    assert not Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")}).status("x")


def test_socket_address_forms() -> None:
    assert socket_address({"NOTIFY_SOCKET": "/run/systemd/notify"}) == "/run/systemd/notify"
    assert socket_address({"NOTIFY_SOCKET": "@abc"}) == "\0abc"
    assert socket_address({"NOTIFY_SOCKET": "vsock:2:1"}) is None
    assert socket_address({}) is None


def test_watchdog_interval_is_half_of_watchdog_usec() -> None:
    assert watchdog_interval({"WATCHDOG_USEC": "120000000"}) == 60.0
    assert watchdog_interval({"WATCHDOG_USEC": "120000000", "WATCHDOG_PID": str(os.getpid())}) == 60
    assert watchdog_interval({"WATCHDOG_USEC": "120000000", "WATCHDOG_PID": "1"}) is None
    assert watchdog_interval({"WATCHDOG_USEC": "junk"}) is None
    assert watchdog_interval({}) is None
