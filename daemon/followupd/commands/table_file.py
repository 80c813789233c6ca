"""A small TOML file of `[[name]]` tables beside a replayed mailbox (corrections.toml, news.toml):
read whole, each table turned into one entry, every problem gathered into one UsageError."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from followupd.errors import UsageError

MAX_BYTES = 1024 * 1024
T = TypeVar("T")
# (the table, where it is for a message, the problems so far) -> its entry, None when unusable
EntryReader = Callable[[Any, str, list[str]], T | None]


def read_tables(path: Path, name: str, entry: EntryReader[T]) -> tuple[T, ...]:
    try:
        data = tomllib.loads(path.read_bytes()[:MAX_BYTES].decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"{path}: not a readable TOML file ({error})") from None
    problems = [f"unknown key {key!r} (use [[{name}]])" for key in data if key != name]
    tables = data.get(name, [])
    if not isinstance(tables, list):
        tables, problems = [], [*problems, f"{name}: must be [[{name}]] tables"]
    found: list[T] = []
    for number, table in enumerate(tables, start=1):
        read = entry(table, f"{name} #{number}", problems)
        if read is not None:
            found.append(read)
    if problems:
        raise UsageError(f"{path}: " + "; ".join(problems))
    return tuple(found)
