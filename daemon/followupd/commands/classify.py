"""`followupd classify PATH...`: say what each .eml message means for a job search.

PATH: .eml files or folders searched recursively for them. A table by default; with --json
one object per message per line, with the fields and formats of corpus/SCHEMA.md, plus the
reading's confidence and "reply_by" (the day an offer asks an answer by). Messages named
together are read as a mailbox is: oldest first, each
with what the earlier messages of its thread (and the employer's earlier mail) established,
so "Thursday at 2 works" in a scheduling thread reads as the confirmation it is. A path that
cannot be read gives one line on stderr and exit code 1; the other files are still classified.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from followupd.errors import EXIT_ERROR, EXIT_OK, FollowupdError, UsageError
from followupd.model import TIMED_KINDS, Mail, Signal

MAX_FILE_BYTES = 40_000_000
_TIMED = TIMED_KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".eml files or folders of them")
    parser.add_argument("--json", action="store_true", help="one JSON object per message per line")
    parser.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDR",
        help="one of your own addresses (repeatable); default: inferred from each message",
    )
    parser.add_argument(
        "--timezone",
        metavar="TZ",
        help="your IANA time zone: a time whose zone a message leaves open may be in it",
    )


def signal_record(path: str, signal: Signal) -> dict[str, object]:
    """The --json object of one message (corpus/SCHEMA.md's fields and formats)."""
    timed = signal.kind in _TIMED
    start = signal.interview_start if timed else None
    end = signal.interview_end if timed else None
    return {
        "path": path,
        "kind": signal.kind.value,
        "interview_start": start.isoformat() if start else None,
        "interview_end": end.isoformat() if end else None,
        "interviewers": [p.address for p in signal.interviewers],
        "decision_by": signal.decision_by.isoformat() if signal.decision_by else None,
        "reply_by": signal.reply_by.isoformat() if signal.reply_by else None,
        "company": signal.company,
        "role": signal.role,
        "evidence": [*signal.evidence, f"confidence {signal.confidence:.2f}"],
    }


def eml_files(paths: list[str], errors: list[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.eml") if p.is_file())
        elif path.is_file():
            yield path
        else:
            errors.append(f"{name}: no such file or folder")


def read_file(path: Path) -> Mail:
    from followupd.mail import looks_like_mail, parse_message

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FollowupdError(f"{path}: cannot read: {error.strerror or error}") from error
    if len(data) > MAX_FILE_BYTES:
        raise FollowupdError(f"{path}: larger than {MAX_FILE_BYTES} bytes, skipped")
    if not looks_like_mail(data):
        raise FollowupdError(f"{path}: not an email message (no mail header section), skipped")
    try:
        return parse_message(data)
    except FollowupdError as error:
        raise FollowupdError(f"{path}: {error}") from error


def classify_file(path: Path, me: frozenset[str], zone: str | None = None) -> Signal:
    from followupd.understand import NO_CONTEXT, classify

    return classify(read_file(path), me, NO_CONTEXT, reader_zone=zone)


def classify_together(
    mails: dict[Path, Mail], me: frozenset[str], zone: str | None = None
) -> dict[Path, Signal]:
    """Each message read oldest first with its thread's context, as the engine reads a pull."""
    from followupd.engine import ThreadIndex
    from followupd.understand import classify, infer_me

    index = ThreadIndex([])
    signals: dict[Path, Signal] = {}
    everyone = me or _most_addressed(mails.values())
    for path in sorted(mails, key=lambda p: (_moment(mails[p]), str(p))):
        mail = mails[path]
        mine = everyone or infer_me(mail)
        signal = classify(mail, mine, index.context(mail.envelope), reader_zone=zone)
        signals[path] = signal
        sender = mail.envelope.sender
        index.add(mail.envelope, signal, sender is not None and sender.address in mine)
    return signals


def _most_addressed(mails: Iterable[Mail]) -> frozenset[str]:
    """The user, when the files do not say: the addresses inferred as the recipient of at
    least half of the messages (one message alone: its own inference)."""
    from followupd.understand import infer_me

    counts: Counter[str] = Counter()
    listed = list(mails)
    for mail in listed:
        counts.update(infer_me(mail))
    return frozenset(a for a, n in counts.items() if 2 * n >= len(listed) and len(listed) > 1)


def _moment(mail: Mail) -> datetime:
    return mail.envelope.date or datetime.max.replace(tzinfo=UTC)


def _row(record: dict[str, object]) -> str:
    people = ", ".join(str(p) for p in record["interviewers"])  # type: ignore[attr-defined]
    facts = [
        f"at {record['interview_start']}" if record["interview_start"] else "",
        f"with {people}" if people else "",
        f"decision by {record['decision_by']}" if record["decision_by"] else "",
        f"answer by {record['reply_by']}" if record["reply_by"] else "",
        " / ".join(str(x) for x in (record["company"], record["role"]) if x),
    ]
    evidence = record["evidence"]
    why = f"\n    why: {evidence[0]}" if isinstance(evidence, list) and evidence else ""
    return f"{record['path']}\n    {record['kind']:<22} " + "; ".join(f for f in facts if f) + why


def _zone(name: str | None) -> str | None:
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {name!r} (an IANA name, e.g. Europe/Paris)") from None
    return name


def run(args: argparse.Namespace) -> int:
    me = frozenset(str(a).strip().lower() for a in args.me)
    zone = _zone(args.timezone)
    errors: list[str] = []
    failed = False
    mails: dict[Path, Mail] = {}
    for path in eml_files(list(args.paths), errors):
        try:
            mails[path] = read_file(path)
        except FollowupdError as error:
            print(f"followupd: {error}", file=sys.stderr)
            failed = True
    signals = classify_together(mails, me, zone)
    for path in mails:
        record = signal_record(str(path), signals[path])
        print(json.dumps(record, ensure_ascii=False) if args.json else _row(record), flush=False)
    for problem in errors:
        print(f"followupd: {problem}", file=sys.stderr)
    return EXIT_ERROR if failed or errors else EXIT_OK
