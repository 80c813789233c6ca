"""Memory a long scan freed, given back to the system after each chunk.

A first scan over 100,000 messages allocates and frees the same few megabytes per chunk (header
blocks, bodies, their readings); the C allocator keeps freed pages for reuse, and over dozens
of chunks what it keeps grows with the mailbox. glibc's malloc_trim returns them, which keeps
the process's memory flat. Elsewhere (no glibc) this does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    with contextlib.suppress(OSError):
        return ctypes.CDLL(name) if name else None
    return None


def release_freed_memory() -> None:
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)
