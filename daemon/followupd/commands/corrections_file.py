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

from pathlib import Path
from typing import Any

from followupd.commands.table_file import read_tables
from followupd.model import Correction, Kind

FILE_NAME = "corrections.toml"
SHORT_ID_LENGTH = 7
_CHANGES = ("kind", "not_interviewer", "confirm")


def read_corrections(path: Path) -> tuple[Correction, ...]:
    return read_tables(path, "correct", _entry)


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
