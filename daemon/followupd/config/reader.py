"""Typed reads of one TOML table that record problems by key path instead of raising.

`TableReader.finish()` reports every key that no read asked for as unknown, with the closest
known key as a did-you-mean. Durations are written like "90s", "5m", "1h30m", "3d", "2w".
"""

from __future__ import annotations

import difflib
import re
import shlex
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

_DURATION = re.compile(
    r"(?:(?P<w>\d+)\s*w)?\s*(?:(?P<d>\d+)\s*d)?\s*(?:(?P<h>\d+)\s*h)?\s*"
    r"(?:(?P<m>\d+)\s*m)?\s*(?:(?P<s>\d+)\s*s)?"
)
_UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text: str) -> timedelta:
    """ "1h30m" -> 1:30:00; raises ValueError for anything else (bare numbers included)."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not text.strip() or match is None or not any(match.groupdict().values()):
        raise ValueError(f'{text!r} is not a duration like "90s", "5m", "1h30m" or "3d"')
    seconds = sum(int(v) * _UNIT_SECONDS[unit] for unit, v in match.groupdict().items() if v)
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    parts = []
    for unit, size in _UNIT_SECONDS.items():
        if unit != "w" and seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


class TableReader:
    """Reads keys of `data` (a TOML table at `path`), appending problems to `problems`."""

    def __init__(
        self, data: object, path: str, problems: list[str], base: Path | None = None
    ) -> None:
        self.where = path
        self.problems = problems
        self.base = base  # relative paths are taken from here: the config file's folder
        self.data: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        self._taken: set[str] = set()

    def key_path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def problem(self, key: str, message: str) -> None:
        self.problems.append(f"{self.key_path(key)}: {message}")

    def value(self, key: str) -> Any:
        self._taken.add(key)
        return self.data.get(key)

    def finish(self) -> None:
        """Report the keys nobody read, each with a did-you-mean when one is close."""
        for key in self.data:
            if key in self._taken:
                continue
            close = difflib.get_close_matches(key, sorted(self._taken), n=1, cutoff=0.6)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            self.problem(key, f"unknown key{hint}")

    def table(self, key: str) -> Mapping[str, Any]:
        value = self.value(key)
        if value is not None and not isinstance(value, Mapping):
            self.problem(key, f"must be a table ([{key}])")
        return value if isinstance(value, Mapping) else {}

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self.value(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(t, Mapping) for t in value):
            self.problem(key, f"must be an array of tables ([[{key}]])")
            return []
        return value

    def text(
        self, key: str, default: Any, *, required: bool = False, pattern: str | None = None
    ) -> Any:
        value = self.value(key)
        if value is None:
            if required:
                self.problem(key, "required")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(key, "must be a non-empty string" if required else "must be a string")
            return default
        if pattern and not re.fullmatch(pattern, value):
            self.problem(key, f"{value!r} may hold only letters, digits, '.', '_' and '-'")
        return value

    def choice(
        self, key: str, default: str, choices: tuple[str, ...], *, upper: bool = False
    ) -> str:
        value = self.value(key)
        if value is None:
            return default
        if isinstance(value, str) and (value.upper() if upper else value) in choices:
            return value.upper() if upper else value
        self.problem(key, f"must be one of {', '.join(repr(c) for c in choices)}, not {value!r}")
        return default

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.value(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(key, f"must be an integer {low}..{high}")
            return default
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.value(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(key, "must be true or false")
            return default
        return value

    def duration(self, key: str, default: timedelta, *, minimum: int = 0) -> timedelta:
        value = self.value(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(key, 'must be a duration string like "90s", "5m", "1h30m" or "3d"')
            return default
        try:
            parsed = parse_duration(value)
        except ValueError as error:
            self.problem(key, str(error))
            return default
        if parsed.total_seconds() < minimum:
            self.problem(key, f"must be at least {format_duration(timedelta(seconds=minimum))}")
            return default
        return parsed

    def seconds(self, key: str, default: float) -> float:
        """A positive number of seconds, or a duration string."""
        value = self.data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            self._taken.add(key)
            return float(value)
        return self.duration(key, timedelta(seconds=default), minimum=1).total_seconds()

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.value(key)
        if value is None:
            return default
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(key, "must be a list of strings")
            return default
        return tuple(value)

    def command(self, key: str) -> tuple[str, ...] | None:
        """An argument list, or a string split like a shell would (but run without one)."""
        value = self.value(key)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = shlex.split(value)
            except ValueError as error:
                self.problem(key, f"cannot split into arguments: {error}")
                return None
        if not value or not all(isinstance(item, str) and item for item in value):
            self.problem(key, "must be a non-empty list of arguments (run without a shell)")
            return None
        return tuple(value)

    def path(
        self,
        key: str,
        *,
        must_exist: Literal["file", "dir", None] = None,
        required: bool = False,
    ) -> Path | None:
        value = self.value(key)
        if value is None or value == "":
            if required:
                self.problem(key, "required")
            return None
        if not isinstance(value, str):
            self.problem(key, "must be a path string")
            return None
        path = Path(value).expanduser()
        if self.base is not None and not path.is_absolute():
            path = self.base / path
        if must_exist == "file" and not path.is_file():
            self.problem(key, f"no such file: {path}")
        elif must_exist == "dir" and not path.is_dir():
            self.problem(key, f"no such folder: {path}")
        return path
