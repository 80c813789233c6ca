"""A replay's `news.toml`: what the user said, and when, for `simulate` and `explain`.

    [[news]]
    what = "offer"                         # offer, accepted, withdraw, mute, snooze, references
    at = "2026-03-12T09:30:00-04:00"       # when the user said it (from then on it counts)
    process = "acme.example"               # the process id simulate and explain show, and/or
    message = "<4f2a@mail.acme.example>"   # a message of it (a Message-ID or a short id)
    reply_by = "2026-03-20"                # offer: the day it must be answered by

    [[news]]
    what = "snooze"
    at = "2026-03-12T09:30:00-04:00"
    process = "globex.example"
    until = "2026-03-30"                   # snooze: nothing before this day

    [[news]]
    what = "withdraw"
    at = "2026-03-14T18:00:00-04:00"
    message = "k3q7xzp"
    reason = "I have decided to stay in my current role."

Each entry names one process by `process` or `message` (or both; `messages` takes a list) and
says one thing, at one moment, as `followupd news` stores it. Every problem is reported at once,
with the entry's number; a file with problems is a usage error (exit 2).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from followupd.commands.corrections_file import SHORT_ID_LENGTH, message_key
from followupd.commands.table_file import read_tables
from followupd.model import NEWS_KINDS, NewsEvent, NewsKind

FILE_NAME = "news.toml"
_KEYS = {"what", "at", "process", "message", "messages", "until", "reply_by", "reason"}


def read_news(path: Path) -> tuple[NewsEvent, ...]:
    return read_tables(path, "news", _entry)


def _entry(entry: Any, where: str, problems: list[str]) -> NewsEvent | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    problems += [f"{where}: unknown key {key!r}" for key in sorted(set(entry) - _KEYS)]
    what = _kind(entry.get("what"), where, problems)
    at = _moment(entry.get("at"), where, problems)
    process = entry.get("process", "")
    messages = _messages(entry, where, problems)
    if not isinstance(process, str) or (not process.strip() and not messages):
        problems.append(f"{where}: name the process by `process` or `message`")
        return None
    until = _day(entry, "until", where, problems, wanted=what == "snooze")
    reply_by = _day(entry, "reply_by", where, problems, wanted=None if what == "offer" else False)
    reason = entry.get("reason", "")
    if not isinstance(reason, str) or (reason and what != "withdraw"):
        problems.append(f"{where}: `reason` is text, for withdraw only")
        return None
    if what is None or at is None:
        return None
    return NewsEvent(what, process.strip(), messages, at, until, reply_by, reason.strip())


def _kind(value: Any, where: str, problems: list[str]) -> NewsKind | None:
    for kind in NEWS_KINDS:
        if value == kind:
            return kind
    problems.append(f"{where}: `what` must be one of {', '.join(NEWS_KINDS)}")
    return None


def _moment(value: Any, where: str, problems: list[str]) -> datetime | None:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return moment
    problems.append(f"{where}: `at` must be a moment with its offset (2026-03-12T09:30:00-04:00)")
    return None


def _messages(entry: dict[str, Any], where: str, problems: list[str]) -> tuple[str, ...]:
    given = entry.get("messages", [])
    if "message" in entry:
        given = [entry["message"], *(given if isinstance(given, list) else [])]
    if not isinstance(given, list) or not all(isinstance(m, str) for m in given):
        problems.append(f"{where}: `message` is a Message-ID or short id, `messages` a list")
        return ()
    found = []
    for text in given:
        if "@" not in text and len(text.strip()) != SHORT_ID_LENGTH:
            problems.append(f"{where}: {text!r} is neither a Message-ID nor a short id")
            continue
        found.append(message_key(text))
    return tuple(found)


def _day(
    entry: dict[str, Any], key: str, where: str, problems: list[str], *, wanted: bool | None
) -> date | None:
    """`wanted`: True required, None optional, False not allowed."""
    value = entry.get(key)
    if value is None:
        if wanted:
            problems.append(f"{where}: `{key}` is required")
        return None
    if wanted is False:
        problems.append(f"{where}: `{key}` does not go with this kind of news")
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: `{key}` must be a day (2026-03-30)")
        return None
