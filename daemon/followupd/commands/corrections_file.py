"""A replay's `corrections.toml`: the user's corrections for `simulate` and `explain`.

    [[correct]]
    message = "<4f2a@mail.acme.example>"   # a Message-ID, or the short id `explain` shows
    kind = "rejection"                     # a kind; "other" = not about my job search

    [[correct]]
    message = "k3q7xzp"
    not_interviewer = "cora@acme.example"

    [[correct]]
    message = "<9d1e@mail.acme.example>"
    confirm = true

Each entry names one message and one correction. Every problem is reported at once, with
the entry's number; a file with problems is a usage error (exit 2).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from followupd.errors import UsageError
from followupd.model import Correction, Kind

FILE_NAME = "corrections.toml"
SHORT_ID_LENGTH = 7
MAX_BYTES = 1024 * 1024
_CHANGES = ("kind", "not_interviewer", "confirm")


def read_corrections(path: Path) -> tuple[Correction, ...]:
    try:
        data = tomllib.loads(path.read_bytes()[:MAX_BYTES].decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"{path}: not a readable TOML file ({error})") from None
    problems: list[str] = [
        f"unknown key {key!r} (use [[correct]])" for key in data if key != "correct"
    ]
    entries = data.get("correct", [])
    if not isinstance(entries, list):
        entries, problems = [], [*problems, "correct: must be [[correct]] tables"]
    corrections: list[Correction] = []
    for number, entry in enumerate(entries, start=1):
        found = _entry(entry, f"correct #{number}", problems)
        if found is not None:
            corrections.append(found)
    if problems:
        raise UsageError(f"{path}: " + "; ".join(problems))
    return tuple(corrections)


def _entry(entry: Any, where: str, problems: list[str]) -> Correction | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    unknown = sorted(set(entry) - {"message", *_CHANGES})
    problems += [f"{where}: unknown key {key!r}" for key in unknown]
    message = entry.get("message")
    if not isinstance(message, str) or not message.strip():
        problems.append(f"{where}: `message` must name a Message-ID or a short id")
        return None
    if "@" not in message and len(message.strip()) != SHORT_ID_LENGTH:
        problems.append(f"{where}: `message` {message!r} is neither a Message-ID nor a short id")
        return None
    changes = [key for key in _CHANGES if key in entry]
    if len(changes) != 1:
        problems.append(f"{where}: give exactly one of kind, not_interviewer, confirm")
        return None
    return _correction(message_key(message), changes[0], entry[changes[0]], where, problems)


def _correction(
    message: str, change: str, value: Any, where: str, problems: list[str]
) -> Correction | None:
    if change == "kind":
        kinds = [kind.value for kind in Kind]
        if value not in kinds:
            problems.append(f"{where}: kind must be one of {', '.join(kinds)}")
            return None
        return Correction(message, "kind", str(value))
    if change == "not_interviewer":
        if not isinstance(value, str) or "@" not in value:
            problems.append(f"{where}: not_interviewer must be an address")
            return None
        return Correction(message, "not_interviewer", value.strip().lower())
    if value is not True:
        problems.append(f"{where}: confirm must be true")
        return None
    return Correction(message, "confirm")


def message_key(text: str) -> str:
    """A Message-ID in its stored form ("<id@host>"), or a short id as given (lowercase)."""
    text = text.strip()
    if "@" in text:
        return text if text.startswith("<") else f"<{text.strip('<>')}>"
    return text.lower()
