"""`followupd explain MAILBOX`: each application process, its timeline and every stage's status.

Replays the mailbox like `simulate` (same inputs), then shows, as of the end of the replay,
for each process: its messages with their kind and the evidence for it, its state, and for
every stage whether it is due, done, waiting (until when), missed or ruled out, and why.
With --json, one object per process.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followupd.commands.replay_inputs import add_replay_arguments, replay_inputs
from followupd.errors import EXIT_OK

if TYPE_CHECKING:
    from followupd.engine import ProcessReport
    from followupd.model import Observation


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_replay_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from followupd.commands.simulate import run_replay
    from followupd.engine import report
    from followupd.store import Store

    inputs = replay_inputs(args)
    with Store.open(":memory:") as store:
        replayed = run_replay(inputs, store)
        if not replayed.cycles:
            return EXIT_OK
        reports = report(store, inputs.settings, replayed.cycles[-1].at)
    for process in reports:
        if args.json:
            print(json.dumps(process_object(process), ensure_ascii=False))
        else:
            for line in process_lines(process, inputs.zone):
                print(line)
    return EXIT_OK


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if moment else "-"


def process_lines(process: ProcessReport, zone: ZoneInfo) -> Iterator[str]:
    title = " - ".join(part for part in (process.company or process.employer, process.role) if part)
    yield f"{title} [{process.state}]  (process {process.process_id}, {process.employer})"
    yield "  timeline:"
    for observation in process.timeline:
        envelope = observation.envelope
        who = envelope.sender.address if envelope.sender else "?"
        arrow = "sent    " if observation.from_user else "received"
        kind = observation.signal.kind.value
        yield f"    {_when(envelope.date, zone)}  {arrow} {kind:<22} {who}: {envelope.subject}"
        for reason in observation.signal.evidence:
            yield f"        because: {reason}"
    yield "  stages:"
    for status in process.stages:
        until = f" until {_when(status.until, zone)}" if status.until else ""
        yield (
            f"    {status.stage.value:<21} to {status.recipient or '-'}: "
            f"{status.status}{until} - {status.reason}"
        )
    for record in process.drafts:
        yield (
            f"  draft {record.status}: {record.stage.value} #{record.occurrence} "
            f"to {record.recipient} at {_when(record.at, zone)}"
        )
    yield ""


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def process_object(process: ProcessReport) -> dict[str, Any]:
    return {
        "process": process.process_id,
        "employer": process.employer,
        "company": process.company,
        "role": process.role,
        "state": process.state,
        "last_contact": _iso(process.last_contact),
        "timeline": [_message_object(o) for o in process.timeline],
        "stages": [
            {
                "stage": s.stage.value,
                "recipient": s.recipient,
                "status": s.status,
                "until": _iso(s.until),
                "reason": s.reason,
            }
            for s in process.stages
        ],
        "drafts": [
            {
                "stage": r.stage.value,
                "recipient": r.recipient,
                "occurrence": r.occurrence,
                "status": r.status,
                "at": _iso(r.at),
            }
            for r in process.drafts
        ],
    }


def _message_object(observation: Observation) -> dict[str, Any]:
    envelope = observation.envelope
    return {
        "date": _iso(envelope.date),
        "from_user": observation.from_user,
        "from": envelope.sender.address if envelope.sender else None,
        "subject": envelope.subject,
        "kind": observation.signal.kind.value,
        "evidence": list(observation.signal.evidence),
    }
