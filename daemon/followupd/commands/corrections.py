"""`followupd corrections [--json] [--undo ID]`: the corrections you made, and undoing one.

Lists each correction with its number, the message it is about (short id, sender, subject)
and what it says. `--undo ID` removes one: the classifier's reading stands again, and the
message's processes are shown re-planned without it (a draft already made stays).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followupd.commands.correct import describe, process_ids_of, show_processes
from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_OK, FollowupdError

if TYPE_CHECKING:
    from followupd.model import Correction, Observation


class UnknownCorrection(FollowupdError):
    """--undo names no correction (exit 1)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--json", action="store_true", help="one JSON object per correction")
    parser.add_argument("--undo", type=int, metavar="ID", help="remove correction ID")


def run(args: argparse.Namespace) -> int:
    from followupd.store import Store

    settings = load_settings(config_path(args))
    if not settings.daemon.state_path.exists():
        if args.undo is not None:
            raise UnknownCorrection(f"no correction {args.undo}: no state database yet")
        print("[]" if args.json else "no corrections")
        return EXIT_OK
    with Store.open(settings.daemon.state_path) as store:
        if args.undo is not None:
            return _undo(store, settings, args)
        messages = {o.envelope.message_id: o for o in store.observations()}
        corrections = store.corrections()
    if args.json:
        print(json.dumps([_object(c, messages.get(c.message_id)) for c in corrections]))
    elif not corrections:
        print("no corrections")
    zone = ZoneInfo(settings.me.timezone)
    for correction in [] if args.json else corrections:
        when = correction.at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if correction.at else "-"
        print(f"{correction.id:>4}  {when}  {describe(correction)}")
        message = messages.get(correction.message_id)
        if message is not None:
            print(f"      {_sender(message)}: {' '.join(message.envelope.subject.split())}")
    return EXIT_OK


def _undo(store: Any, settings: Any, args: argparse.Namespace) -> int:
    wanted = next((c for c in store.corrections() if c.id == args.undo), None)
    if wanted is None:
        raise UnknownCorrection(f"no correction {args.undo} (see `followupd corrections`)")
    before = process_ids_of(store, settings, wanted.message_id)
    store.remove_correction(wanted.id)
    print(f"undone: correction {wanted.id}: {describe(wanted)}\n")
    show_processes(store, settings, wanted.message_id, before, args)
    return EXIT_OK


def _sender(message: Observation) -> str:
    sender = message.envelope.sender
    return sender.address if sender else "?"


def _object(correction: Correction, message: Observation | None) -> dict[str, Any]:
    from followupd.understand import short_id

    return {
        "id": correction.id,
        "message": short_id(correction.message_id),
        "message_id": correction.message_id,
        "what": correction.what,
        "value": correction.value,
        "at": correction.at.isoformat() if correction.at else None,
        "from": _sender(message) if message else None,
        "subject": message.envelope.subject if message else None,
    }
