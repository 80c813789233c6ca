"""Running the real `followupd` command line in a subprocess, as a user or systemd would."""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[2]


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test's environment with followupd's source first on the path."""
    env = dict(os.environ, **(extra or {}))
    daemon = str(REPO / "daemon")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (daemon, env.get("PYTHONPATH")) if p)
    env.pop("PYTHONUNBUFFERED", None)  # what a pipe gets is what a user's pipe gets
    return env


def command(*args: str, program: Sequence[str] = ("-m", "followupd")) -> list[str]:
    return [sys.executable, *program, *args]


def followupd(
    *args: str,
    env: Mapping[str, str] | None = None,
    program: Sequence[str] = ("-m", "followupd"),
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args, program=program),
        capture_output=True,
        text=True,
        env=environment(env),
        timeout=timeout,
        check=False,
    )


def once_json(config: Path, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """`followupd once --json`, which must succeed; its summary."""
    done = followupd("once", "--config", str(config), "--json", env=env)
    assert done.returncode == 0, done.stderr + done.stdout
    return json.loads(done.stdout)  # type: ignore[no-any-return]


class Interactive:
    """A followupd command still running, its standard output read line by line as it comes,
    as a person reads a terminal (here a pipe: what is not flushed is not seen)."""

    def __init__(self, *args: str, env: Mapping[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            command(*args),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(env),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._errors: list[str] = []
        assert self.process.stdout is not None and self.process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, self.lines.put)),
            threading.Thread(target=self._read, args=(self.process.stderr, self._errors.append)),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str], keep: Callable[[str], None]) -> None:
        for line in stream:
            keep(line)

    def wait_for(self, pattern: str, timeout: float = 20) -> re.Match[str]:
        """The first line from now on that matches `pattern`."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            found = re.search(pattern, line)
            if found is not None:
                return found
        code, _, err = self.finish(kill=True)
        raise AssertionError(f"no line matched {pattern!r}; saw {self.seen!r}; {code}: {err}")

    def logged(self) -> str:
        """Standard error so far."""
        return "".join(list(self._errors))

    def finish(self, timeout: float = 30, *, kill: bool = False) -> tuple[int, str, str]:
        """Exit code, the rest of standard output, and standard error."""
        if kill:
            self.process.kill()
        code = self.process.wait(timeout=timeout)
        for reader in self._readers:
            reader.join(timeout=5)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return code, "".join(rest), "".join(self._errors)
