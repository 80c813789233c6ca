"""`followupd explain [MAILBOX]`: each application process, its timeline and every stage's status.

With MAILBOX, replays it like `simulate` (same inputs, corrections.toml included) and explains
the state at the end of the replay. Without it, explains the live state: the state database
of the config file (`--config FILE`, else the default), as of now, as `status` sees it. Either
way, for each process: its messages with their short id (what `followupd correct` takes),
kind and evidence, the readings that need a look, its state, and for every stage whether it
is due, done, waiting (until when), missed or ruled out, and why. `--process ID` shows one.
With --json, one object per process.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from followupd.commands.process_view import (
    live_advice,
    process_lines,
    process_object,
    replay_advice,
)
from followupd.commands.replay_inputs import add_replay_arguments, replay_inputs
from followupd.errors import EXIT_OK, FollowupdError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from followupd.commands.process_view import Advice
    from followupd.engine import ProcessReport


class UnknownProcess(FollowupdError):
    """--process names no process."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_replay_arguments(parser, mailbox_optional=True)
    parser.add_argument("--process", metavar="ID", help="only this process (as `status` shows)")


def run(args: argparse.Namespace) -> int:
    if args.mailbox is None:
        reports, zone, advice = _live(args)
    else:
        reports, zone, advice = _replayed(args)
    if args.process is not None:
        reports = [r for r in reports if r.process_id == args.process]
        if not reports:
            raise UnknownProcess(f"no process {args.process} (see `followupd status`)")
    for process in reports:
        if args.json:
            print(json.dumps(process_object(process), ensure_ascii=False))
        else:
            for line in process_lines(process, zone, advice):
                print(line)
    return EXIT_OK


def _replayed(args: argparse.Namespace) -> tuple[Sequence[ProcessReport], ZoneInfo, Advice]:
    from followupd.commands.simulate import run_replay
    from followupd.engine import report
    from followupd.store import Store

    inputs = replay_inputs(args)
    with Store.open(":memory:") as store:
        replayed = run_replay(inputs, store)
        if not replayed.cycles:
            return [], inputs.zone, replay_advice
        return report(store, inputs.settings, replayed.cycles[-1].at), inputs.zone, replay_advice


def _live(args: argparse.Namespace) -> tuple[Sequence[ProcessReport], ZoneInfo, Advice]:
    from zoneinfo import ZoneInfo

    from followupd.config import config_path, load_settings
    from followupd.engine import report
    from followupd.service import now
    from followupd.store import Store

    settings = load_settings(config_path(args))
    advice = live_advice(str(args.config) if args.config else None)
    zone = ZoneInfo(settings.me.timezone)
    if not settings.daemon.state_path.exists():
        return [], zone, advice
    with Store.open(settings.daemon.state_path) as store:
        return report(store, settings, now()), zone, advice
