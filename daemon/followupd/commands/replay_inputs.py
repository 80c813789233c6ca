"""The inputs of `simulate` and `explain`: a local mailbox, who the user is, a time span,
and the user's corrections and news.

Each value comes from the first place that gives it: a command-line flag, then the config
file (`--config`), then the mailbox's own `scenario.json` (the corpus format), then a default
(the span of the mailbox's mail, plus 30 days to let follow-ups fall due). Corrections come
from `--corrections FILE`, else the mailbox's own `corrections.toml` (corrections_file.py);
the user's news from `--news FILE`, else the mailbox's own `news.toml` (news_file.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.commands.corrections_file import FILE_NAME, read_corrections
from followupd.commands.news_file import FILE_NAME as NEWS_FILE_NAME
from followupd.commands.news_file import read_news
from followupd.errors import ConfigError, UsageError
from followupd.model import Correction, Me, NewsEvent, Settings

MAX_SCENARIO_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReplayInputs:
    mailbox: Path
    settings: Settings
    start: datetime | None  # None: the first message's arrival
    until: datetime | None  # None: 30 days after the last message's arrival
    corrections: tuple[Correction, ...] = ()  # the user's, as if made when the mail came
    news: tuple[NewsEvent, ...] = ()  # what the user said, each at its moment

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.me.timezone)


def add_replay_arguments(
    parser: argparse.ArgumentParser, *, mailbox_optional: bool = False
) -> None:
    parser.add_argument(
        "mailbox",
        type=Path,
        metavar="MAILBOX",
        nargs="?" if mailbox_optional else None,
        help="a Maildir, or a folder with INBOX/ and Sent/ folders of .eml files"
        + (" (none: the live state of --config)" if mailbox_optional else ""),
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="ADDR",
        help="an address of the user (repeatable)",
    )
    parser.add_argument("--timezone", metavar="TZ", help="the user's IANA time zone")
    parser.add_argument(
        "--holidays", metavar="CC", help='country code for business days, "" for none'
    )
    parser.add_argument("--from", dest="start", metavar="ISO", help="when the replay starts")
    parser.add_argument("--until", metavar="ISO", help="when the replay ends")
    parser.add_argument("--config", type=Path, metavar="FILE", help="a followupd config file")
    parser.add_argument(
        "--corrections",
        type=Path,
        metavar="FILE",
        help=f"your corrections (default: {FILE_NAME} in MAILBOX, if there)",
    )
    parser.add_argument(
        "--news",
        type=Path,
        metavar="FILE",
        help=f"what you said, and when (default: {NEWS_FILE_NAME} in MAILBOX, if there)",
    )


def replay_inputs(args: argparse.Namespace) -> ReplayInputs:
    from followupd.config import load_settings

    mailbox: Path = args.mailbox
    scenario = _scenario(mailbox)
    settings = load_settings(args.config, need_accounts=False) if args.config else Settings()
    me = settings.me if args.config else _me_from_scenario(scenario)
    me = replace(
        me,
        addresses=tuple(a.lower() for a in args.me) or me.addresses,
        timezone=args.timezone or me.timezone,
        holidays=me.holidays if args.holidays is None else args.holidays,
    )
    if not (args.config or args.timezone or scenario.get("timezone")):
        print(
            "followupd: no --config, --timezone or scenario.json time zone: follow-ups fall due"
            " by UTC, with no public holidays unless --holidays is given",
            file=sys.stderr,
        )
    try:
        zone = ZoneInfo(me.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {me.timezone!r}") from None
    _check_holidays(me)
    start = _moment(args.start or scenario.get("start"), zone, "--from")
    until = _moment(args.until or scenario.get("until"), zone, "--until")
    if start is not None and until is not None and until < start:
        raise UsageError(f"--until {until.isoformat()} is before --from {start.isoformat()}")
    return ReplayInputs(
        mailbox=mailbox,
        settings=replace(settings, me=me),
        start=start,
        until=until,
        corrections=_corrections(args.corrections, mailbox),
        news=_news(getattr(args, "news", None), mailbox),
    )


def _corrections(chosen: Path | None, mailbox: Path) -> tuple[Correction, ...]:
    if chosen is not None:
        return read_corrections(chosen)
    beside = mailbox / FILE_NAME
    return read_corrections(beside) if beside.is_file() else ()


def _news(chosen: Path | None, mailbox: Path) -> tuple[NewsEvent, ...]:
    if chosen is not None:
        return read_news(chosen)
    beside = mailbox / NEWS_FILE_NAME
    return read_news(beside) if beside.is_file() else ()


def _check_holidays(me: Me) -> None:
    """An unknown country is a mistyped flag here, not a broken config file."""
    from followupd.dates import BusinessCalendar

    try:
        BusinessCalendar(me.holidays, me.holidays_subdivision).holidays_in(2000)
    except ConfigError as error:
        raise UsageError(str(error)) from None


def _scenario(mailbox: Path) -> dict[str, Any]:
    path = mailbox / "scenario.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_bytes()[:MAX_SCENARIO_BYTES])
    except (OSError, ValueError) as error:
        raise UsageError(f"{path}: not readable JSON ({error})") from None
    return data if isinstance(data, dict) else {}


def _me_from_scenario(scenario: dict[str, Any]) -> Me:
    addresses = scenario.get("me") or []
    return Me(
        addresses=tuple(str(a).lower() for a in addresses if isinstance(a, str)),
        timezone=str(scenario.get("timezone") or "UTC"),
        holidays=str(scenario.get("holidays") or ""),
    )


def _moment(text: object, zone: ZoneInfo, flag: str) -> datetime | None:
    if text is None or text == "":
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        raise UsageError(f"{flag}: {text!r} is not an ISO 8601 date or time") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
