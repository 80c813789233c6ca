"""What the IMAP benches measure with: a command's wall time, CPU and memory (its whole process
tree's peak summed RSS and PSS, sampled from /proc), a relay counting (and logging) the bytes a
server sends, and the environment that runs followupd from this checkout."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Figures:
    seconds: float
    max_rss_kb: int
    output: str
    tree_rss_kb: int = 0  # peak of the process tree's summed RSS
    tree_pss_kb: int = 0  # and of its summed PSS
    cpu_seconds: float = 0.0  # user + system, the child's reaped children included


class TreeMemory:
    """Samples a process and its descendants from /proc: the peaks of their summed RSS/PSS."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.rss_kb = self.pss_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            rss = pss = 0
            for pid in self._tree(self.pid):
                fields = self._rollup(pid)
                rss += fields.get("Rss", 0)
                pss += fields.get("Pss", 0)
            self.rss_kb, self.pss_kb = max(self.rss_kb, rss), max(self.pss_kb, pss)

    def _tree(self, pid: int) -> list[int]:
        found, pending = [], [pid]
        while pending:
            current = pending.pop()
            found.append(current)
            with contextlib.suppress(OSError):
                for task in Path(f"/proc/{current}/task").iterdir():
                    pending += map(int, (task / "children").read_text().split())
        return found

    @staticmethod
    def _rollup(pid: int) -> dict[str, int]:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            return {}
        return {
            line.split(":")[0]: int(line.split()[1]) for line in lines[1:] if line.endswith("kB")
        }


class CountingRelay:
    """A loopback TCP relay that counts the bytes the server sends."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.from_server = 0
        self.lines: list[tuple[float, int, bytes]] = []  # (when, connection, line) if logging
        self.logging = False
        self._connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(("127.0.0.1", self.target_port))
            self._connections += 1
            number = self._connections
            threading.Thread(target=self._pipe, args=(client, server, 0), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, number), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, connection: int) -> None:
        """Relays one direction; `connection` > 0: the server's side, counted (and logged)."""
        pending = b""
        try:
            while data := source.recv(65536):
                if connection:
                    self.from_server += len(data)
                    if self.logging:
                        *lines, pending = (pending + data).split(b"\r\n")
                        at = time.monotonic()
                        self.lines += [(at, connection, line + b"\r\n") for line in lines]
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def measured(command: list[str], env: dict[str, str]) -> Figures:
    """Wall time and the child's own peak RSS (wait4), not any other child's."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        tree = TreeMemory(process.pid)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        tree.stop()
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[:4]} failed: {errors}")
    cpu = usage.ru_utime + usage.ru_stime
    return Figures(seconds, usage.ru_maxrss, output, tree.rss_kb, tree.pss_kb, cpu)


def bench_environment(password: str) -> dict[str, str]:
    """followupd from this checkout, its bytecode compiled once beforehand as an installed
    package's is (pip compiles at install time), even where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["BENCH_PASSWORD"] = password
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "daemon"), env.get("PYTHONPATH")) if p
    )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "daemon")], check=True, env=env
    )
    return env


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"
