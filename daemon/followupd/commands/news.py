"""`followupd news`: what changed on your side of the search, in one command.

    followupd news offer --process ID [--reply-by DATE]   # an offer: tell the others
    followupd news accepted --process ID                  # accepted: withdraw from the rest
    followupd news withdraw --process ID [--reason TEXT]  # withdraw from this one
    followupd news mute --process ID                      # no more drafts for it, ever
    followupd news snooze --process ID --until DATE       # nothing before that day
    followupd news references --process ID                # they asked for references
    followupd news [--list] [--json]                      # what you said, and what is asked
    followupd news --undo ID

ID is a process id as `status` and `explain` show it. Each event is stored with the moment it
was said, keyed by that process's employer and messages (not the id alone, which a regrouping
could change), and counts from then on; the daemon's next cycle (or `once`) drafts what it makes
due. `--undo` removes one, as `corrections --undo` does: a draft already made stays made.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followupd.commands.process_view import live_advice, process_lines
from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_OK, FollowupdError, UsageError
from followupd.model import NEWS_KINDS, NewsEvent, Settings, Stage

if TYPE_CHECKING:
    from followupd.engine import ProcessReport
    from followupd.store import Store

NEWS_STAGES = frozenset({Stage.OTHER_OFFER_UPDATE, Stage.WITHDRAWAL, Stage.REFERENCE_HEADS_UP})


class UnknownNews(FollowupdError):
    """No state database, no such process, or no such event (exit 1)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", nargs="?", choices=NEWS_KINDS, help="what happened")
    parser.add_argument("--process", metavar="ID", help="the application (as `status` shows)")
    parser.add_argument("--reply-by", type=_day, metavar="DATE", help="offer: answer it by")
    parser.add_argument("--until", type=_day, metavar="DATE", help="snooze: until this day")
    parser.add_argument("--reason", metavar="TEXT", help="withdraw: a sentence for the draft")
    parser.add_argument("--list", action="store_true", help="what you said, what is asked")
    parser.add_argument("--json", action="store_true", help="--list as one JSON object")
    parser.add_argument("--undo", type=int, metavar="ID", help="remove news ID")
    add_config_argument(parser)


def run(args: argparse.Namespace) -> int:
    from followupd.store import Store

    _check(args)
    settings = load_settings(config_path(args))
    if not settings.daemon.state_path.exists():
        if args.what is None and args.undo is None:
            print('{"events": [], "questions": []}' if args.json else "no news")
            return EXIT_OK
        raise UnknownNews(f"no state database at {settings.daemon.state_path}: run `once` first")
    with Store.open(settings.daemon.state_path) as store:
        if args.undo is not None:
            return _undo(store, settings, args)
        if args.what is not None:
            return _add(store, settings, args)
        return _list(store, settings, args)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (2026-03-30)") from None


def _check(args: argparse.Namespace) -> None:
    what = args.what
    if what is not None and not args.process:
        raise UsageError(f"news {what} needs --process ID (the ids are in `followupd status`)")
    if what is None and (args.process or args.reply_by or args.until or args.reason):
        raise UsageError("say what happened: followupd news offer|accepted|withdraw|... --process")
    if (what == "snooze") != (args.until is not None):
        raise UsageError("--until goes with snooze, and snooze needs it")
    if args.reply_by is not None and what != "offer":
        raise UsageError("--reply-by goes with offer")
    if args.reason is not None and what != "withdraw":
        raise UsageError("--reason goes with withdraw")


def _add(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    from followupd.engine import report
    from followupd.service import now

    found = [r for r in report(store, settings, now()) if r.process_id == args.process]
    if not found:
        raise UnknownNews(f"no process {args.process} (see `followupd status`)")
    event = NewsEvent(
        what=args.what,
        employer=found[0].process_id,
        messages=_messages(found[0], args.what),
        at=now(),
        until=args.until,
        reply_by=args.reply_by,
        reason=" ".join((args.reason or "").split()),
    )
    stored = store.add_news(event)
    print(f"news {stored.id}: {describe(stored)}")
    print(f"  (undo: followupd news --undo {stored.id}{_config_flag(args)})\n")
    _show(store, settings, _about(store, settings, stored.id), args)
    return EXIT_OK


def _messages(process: ProcessReport, what: str) -> tuple[str, ...]:
    """The process's Message-IDs, the one the news is about first (the offer, the acceptance)."""
    ids = [o.envelope.message_id for o in process.timeline]
    if what == "offer":
        first = [o.envelope.message_id for o in process.timeline if o.signal.kind.value == "offer"]
    elif what == "accepted":
        first = [o.envelope.message_id for o in process.timeline if o.signal.user_act == "accepted"]
    else:
        first = []
    return tuple(dict.fromkeys([*first, *ids]))


def describe(event: NewsEvent) -> str:
    what = {
        "offer": "an offer",
        "accepted": "you accepted its offer",
        "withdraw": "you withdraw",
        "mute": "muted: no more drafts",
        "snooze": f"snoozed until {event.until}",
        "references": "they asked for references",
    }[event.what]
    if event.reply_by:
        what += f", to answer by {event.reply_by.isoformat()}"
    if event.reason:
        what += f' ("{event.reason}")'
    return f"{event.employer}: {what}"


def _show(store: Store, settings: Settings, about: str | None, args: argparse.Namespace) -> None:
    """The process the news is about, re-planned, and the drafts the news makes due elsewhere."""
    from followupd.engine import report
    from followupd.service import now

    zone = ZoneInfo(settings.me.timezone)
    reports = report(store, settings, now())
    for process in reports:
        if process.process_id == about:
            for line in process_lines(process, zone, live_advice(_config(args))):
                print(line)
    due = [
        (r, s)
        for r in reports
        for s in r.stages
        if s.stage in NEWS_STAGES and s.status == "due" and r.process_id != about
    ]
    if due:
        print("the next cycle (the daemon's, or `followupd once`) drafts:")
    for process, status in due:
        who = process.company or process.employer
        print(f"  {who}: {status.stage.value} to {status.recipient}")


def _about(store: Store, settings: Settings, number: int) -> str | None:
    """The process an event is about now (the one its report lists it under)."""
    from followupd.engine import report
    from followupd.service import now

    reports = report(store, settings, now())
    return next((r.process_id for r in reports if any(e.id == number for e in r.news)), None)


def _undo(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    about = _about(store, settings, args.undo)
    removed = store.remove_news(args.undo)
    if removed is None:
        raise UnknownNews(f"no news {args.undo} (see `followupd news --list`)")
    print(f"undone: news {removed.id}: {describe(removed)}\n")
    _show(store, settings, about, args)
    return EXIT_OK


def _list(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    from followupd.engine import question_words, report_with_questions
    from followupd.service import now

    zone = ZoneInfo(settings.me.timezone)
    reports, asked = report_with_questions(store, settings, now())
    events = store.news()
    about = {e.id: r.process_id for r in reports for e in r.news}
    questions = [(account, q, *question_words(q, zone)) for account, q in asked]
    if args.json:
        print(json.dumps(_object(events, about, questions), ensure_ascii=False))
        return EXIT_OK
    if not events:
        print("no news")
    for event in events:
        when = event.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        now_in = about.get(event.id) or "no process now"
        print(f"{event.id:>4}  {when}  {describe(event)}  (now: {now_in})")
    if questions:
        print("\nwaiting for your word (nothing is drafted until you answer):")
    for _, _, text, command in questions:
        print(f"  {text}\n    {command}{_config_flag(args)}")
    return EXIT_OK


def _object(events: list[NewsEvent], about: dict[int, str], questions: list[Any]) -> dict[str, Any]:
    return {
        "events": [
            {
                "id": e.id,
                "what": e.what,
                "employer": e.employer,
                "process": about.get(e.id),
                "messages": list(e.messages),
                "at": e.at.isoformat(),
                "until": e.until.isoformat() if e.until else None,
                "reply_by": e.reply_by.isoformat() if e.reply_by else None,
                "reason": e.reason or None,
            }
            for e in events
        ],
        "questions": [
            {
                "account": account,
                "what": q.what,
                "process": q.process_id,
                "message_id": q.message_id,
                "targets": [t.id for t in q.targets],
                "text": text,
                "command": command,
            }
            for account, q, text, command in questions
        ],
    }


def _config(args: argparse.Namespace) -> str | None:
    return str(args.config) if args.config else None


def _config_flag(args: argparse.Namespace) -> str:
    return f" --config {args.config}" if args.config else ""
