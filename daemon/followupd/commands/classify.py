"""`followupd classify PATH...`: say what each .eml message means for a job search.

PATH: .eml files or folders searched recursively for them. A table by default; with --json
one object per message per line, with the fields and formats of corpus/SCHEMA.md. A path that
cannot be read gives one line on stderr and exit code 1; the other files are still classified.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from followupd.errors import EXIT_ERROR, EXIT_OK, FollowupdError, UsageError
from followupd.model import Kind, Signal

MAX_FILE_BYTES = 40_000_000
_TIMED = frozenset({Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED})


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
        "company": signal.company,
        "role": signal.role,
        "evidence": list(signal.evidence),
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


def classify_file(path: Path, me: frozenset[str], zone: str | None = None) -> Signal:
    from followupd.mail import parse_message
    from followupd.understand import classify

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FollowupdError(f"{path}: cannot read: {error.strerror or error}") from error
    if len(data) > MAX_FILE_BYTES:
        raise FollowupdError(f"{path}: larger than {MAX_FILE_BYTES} bytes, skipped")
    try:
        return classify(parse_message(data), me, zone)
    except FollowupdError as error:
        raise FollowupdError(f"{path}: {error}") from error


def _row(record: dict[str, object]) -> str:
    people = ", ".join(str(p) for p in record["interviewers"])  # type: ignore[attr-defined]
    facts = [
        f"at {record['interview_start']}" if record["interview_start"] else "",
        f"with {people}" if people else "",
        f"decision by {record['decision_by']}" if record["decision_by"] else "",
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
    for path in eml_files(list(args.paths), errors):
        try:
            record = signal_record(str(path), classify_file(path, me, zone))
        except FollowupdError as error:
            print(f"followupd: {error}", file=sys.stderr)
            failed = True
            continue
        print(json.dumps(record, ensure_ascii=False) if args.json else _row(record), flush=False)
    for problem in errors:
        print(f"followupd: {problem}", file=sys.stderr)
    return EXIT_ERROR if failed or errors else EXIT_OK
