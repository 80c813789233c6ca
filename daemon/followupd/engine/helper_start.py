"""How a reading helper process starts (reading.py shares the reading with them): forked by the
daemon itself while it runs a single thread (`once`), else by a fork server started clean, with
the reading code already loaded (helper_preload.py); deaf to the signals that stop the daemon,
which closes them after its step; ending when the daemon ends, however it ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.context
import os
import select
import signal
import sys
import threading
import time
from typing import TextIO

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def forks_itself() -> bool:
    """Whether helpers are forked from this process: only while it runs a single thread, as
    `once` does (a thread of another holding a lock would leave it locked in the child for ever).
    They then share its memory, the classifier's tables included, and no fork server (nor
    multiprocessing's resource tracker) is started."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def helper_context() -> multiprocessing.context.BaseContext:
    """This process's own forking context when it runs a single thread (forks_itself), else
    the fork server's, with what it loads before forking any helper."""
    if forks_itself():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["followupd.engine.helper_preload"])
    return context


def helper_started(daemon: int) -> None:
    """A new helper's first step (`daemon`: the pid of the daemon it reads for)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    server = os.getppid()  # the fork server, or the daemon
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != server or not _alive(daemon):  # gone before prctl: no signal would come
        os._exit(1)
    sys.stdout = _fresh_stream(1)
    sys.stderr = _fresh_stream(2)
    threading.Thread(target=_exit_with, args=(daemon,), daemon=True).start()


def _exit_with(daemon: int) -> None:
    """End this helper when the daemon ends. The fork server outlives the daemon while any
    helper lives (each holds its keep-alive pipe), and a helper waiting for work never sees
    its queue close (it holds the queue's other end too): nothing else would end them."""
    try:
        watched = os.pidfd_open(daemon)
    except (AttributeError, OSError):
        while _alive(daemon):
            time.sleep(1.0)
        os._exit(1)
    select.select([watched], [], [])  # readable once the daemon has exited
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fresh_stream(fd: int) -> TextIO:
    """A new stream on a copy of `fd` (or on /dev/null): no lock inherited from the parent."""
    try:
        return open(os.dup(fd), "w", encoding="utf-8", errors="replace")
    except OSError:
        return open(os.devnull, "w", encoding="utf-8")
