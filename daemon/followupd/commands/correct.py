"""`followupd correct MESSAGE`: tell followupd what a message really means.

    followupd correct MESSAGE --kind KIND             # rejection...; other: not my job search
    followupd correct MESSAGE --not-interviewer ADDR  # they only arranged it: no thank-you
    followupd correct MESSAGE --confirm               # the reading is right: release it

MESSAGE is a Message-ID or the short id `explain` and `status` show. The correction is stored
in the state database, keyed by Message-ID, and wins over the classifier from then on (rescans
and re-reads after an upgrade included). The processes of that message are shown at once,
re-planned with it, as `explain` shows them: a draft already made stays and none is made
twice (the ledger); what became due is drafted by the daemon's next cycle (or `once`).
Undo with `followupd corrections --undo ID`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from followupd.commands.messages import find_message
from followupd.commands.process_view import live_advice, process_lines
from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_OK, FollowupdError
from followupd.model import Correction, CorrectionKind, Kind, Observation, Settings

if TYPE_CHECKING:
    from followupd.store import Store


_TIMED = frozenset({Kind.INTERVIEW_SCHEDULED.value, Kind.INTERVIEW_RESCHEDULED.value})


class NothingToCorrect(FollowupdError):
    """No state database yet, or the address is not an interviewer of that message (exit 1)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("message", metavar="MESSAGE", help="a Message-ID or a short id")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--kind",
        choices=[kind.value for kind in Kind],
        help='what the message means ("other": not about my job search)',
    )
    what.add_argument("--not-interviewer", metavar="ADDRESS", help="this person is not one you met")
    what.add_argument("--confirm", action="store_true", help="the reading is right")
    add_config_argument(parser)


def run(args: argparse.Namespace) -> int:
    from followupd.service import now
    from followupd.store import Store

    settings = load_settings(config_path(args))
    if not settings.daemon.state_path.exists():
        raise NothingToCorrect(
            f"no state database at {settings.daemon.state_path}: run `followupd once` first"
        )
    with Store.open(settings.daemon.state_path) as store:
        message = find_message(store.observations(), args.message)
        what, value = _what(args, message)
        before = process_ids_of(store, settings, message.envelope.message_id)
        stored = store.add_correction(
            Correction(message.envelope.message_id, what, value, at=now())
        )
        print(f"correction {stored.id}: {describe(stored)}")
        if what == "kind" and value in _TIMED and message.signal.interview_start is None:
            print("  note: no interview time was read from it, so no interview is booked by it")
        print(f"  (undo: followupd corrections --undo {stored.id}{_config_flag(args)})\n")
        show_processes(store, settings, message.envelope.message_id, before, args)
    return EXIT_OK


def _what(args: argparse.Namespace, message: Observation) -> tuple[CorrectionKind, str]:
    if args.kind is not None:
        return "kind", str(args.kind)
    if args.confirm:
        return "confirm", ""
    address = str(args.not_interviewer).strip().lower()
    signal = message.signal
    named = {p.address.lower() for p in signal.interviewers}
    named |= {s.person.address.lower() for s in signal.sessions if s.person.address}
    if address not in named:
        listed = ", ".join(sorted(named)) or "nobody"
        raise NothingToCorrect(
            f"{address} is not among the interviewers {message.envelope.message_id} "
            f"names ({listed})"
        )
    return "not_interviewer", address


def describe(correction: Correction) -> str:
    from followupd.understand import short_id

    message = f"{correction.message_id} ({short_id(correction.message_id)})"
    if correction.what == "kind":
        if correction.value == Kind.OTHER.value:
            return f"{message} is not about your job search"
        return f"{message} reads as {correction.value}"
    if correction.what == "not_interviewer":
        return f"{message}: {correction.value} is not an interviewer"
    return f"{message}: its reading is confirmed"


def _config_flag(args: argparse.Namespace) -> str:
    return f" --config {args.config}" if args.config else ""


def process_ids_of(store: Store, settings: Settings, message_id: str) -> set[str]:
    from followupd.engine import report
    from followupd.service import now

    return {
        r.process_id
        for r in report(store, settings, now())
        if any(o.envelope.message_id == message_id for o in r.timeline)
    }


def show_processes(
    store: Store,
    settings: Settings,
    message_id: str,
    before: set[str],
    args: argparse.Namespace,
) -> None:
    """The processes of the message now, and those it was in before, re-planned."""
    from zoneinfo import ZoneInfo

    from followupd.engine import report
    from followupd.service import now

    zone = ZoneInfo(settings.me.timezone)
    advice = live_advice(str(args.config) if args.config else None)
    shown = [
        r
        for r in report(store, settings, now())
        if r.process_id in before or any(o.envelope.message_id == message_id for o in r.timeline)
    ]
    if not shown:
        print("that message is part of no application process now")
    for process in shown:
        for line in process_lines(process, zone, advice):
            print(line)
