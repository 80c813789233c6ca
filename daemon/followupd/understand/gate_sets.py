"""The phrase gates' literal sets, derived ahead of time and shipped with the package.

Deriving them (literal_sets.edged_sets: the standard library's regex parser, then spellings)
takes about a second for the rule table's patterns, which every process reading mail would pay
on its first message. `gate_sets.bin` holds them, keyed by pattern (made by
bench/make_gate_sets.py; a unit test fails while it is stale); it is read once, when the first
phrase table is made, as a module's source is read. A pattern it lacks (a phrase changed since)
is derived as before, and the whole file is ignored unless the literal_sets.py that made it is
the one installed (the SHA-256 of its source): sets from other code could be wrong.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable
from functools import cache
from importlib import resources

from followupd.understand.literal_sets import edged_sets

FILE = "gate_sets.bin"
_DERIVING_MODULE = "literal_sets.py"

Sets = tuple[frozenset[str], ...]


def gate_sets(pattern: str) -> Sets:
    """edged_sets(pattern), from the shipped file when it holds the pattern."""
    shipped = _shipped().get(pattern)
    if shipped is None:
        return edged_sets(pattern)
    return tuple(frozenset(option) for option in shipped)


def forget_shipped() -> None:
    """Drop the file's contents once every table is made (some megabytes of strings)."""
    _shipped.cache_clear()


def fingerprint() -> str:
    """The SHA-256 of the installed literal_sets.py, "" when its source cannot be read."""
    try:
        source = resources.files(__package__).joinpath(_DERIVING_MODULE).read_bytes()
    except OSError:
        return ""
    return hashlib.sha256(source).hexdigest()


def encode(patterns: Iterable[str]) -> bytes:
    """The file's bytes for these patterns, derived now: deterministic (sorted throughout)."""
    sets = {
        pattern: [sorted(option) for option in edged_sets(pattern)]
        for pattern in sorted(set(patterns))
    }
    text = json.dumps({"fingerprint": fingerprint(), "sets": sets}, sort_keys=True)
    return zlib.compress(text.encode(), 9)


def decode(data: bytes) -> dict[str, list[list[str]]]:
    """The patterns' sets a file holds; empty when it was made by other code than this."""
    try:
        payload = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError):
        return {}
    if not isinstance(payload, dict):
        return {}
    expected = fingerprint()
    if not expected or payload.get("fingerprint") != expected:
        return {}
    sets = payload.get("sets")
    return sets if isinstance(sets, dict) else {}


@cache
def _shipped() -> dict[str, list[list[str]]]:
    try:
        data = resources.files(__package__).joinpath(FILE).read_bytes()
    except OSError:
        return {}
    return decode(data)


__all__ = ["FILE", "decode", "encode", "fingerprint", "forget_shipped", "gate_sets"]
