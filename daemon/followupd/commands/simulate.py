"""`followupd simulate MAILBOX`: replay a local mailbox and show every draft that would be made.

With --json, one object per draft: {"at", "stage", "to", "cc", "subject", "in_reply_to",
"process", "body"}, `at` being the virtual moment it was made, in the user's zone. Without
it, a timeline: the messages that matter as they arrive (with their kind), the drafts made,
each with its text under its line (`--brief`: the line alone), and the stages missed.
Nothing is written anywhere: the state lives in memory. The user's corrections
(corrections.toml in MAILBOX, or --corrections FILE) apply from the start, the user's news
(news.toml, or --news FILE) each from its moment; the timeline shows each one then, and each
INBOX note left.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import getaddresses
from typing import TYPE_CHECKING, Any

from followupd.commands.replay_inputs import ReplayInputs, add_replay_arguments, replay_inputs
from followupd.errors import EXIT_OK

if TYPE_CHECKING:
    from followupd.engine import Replay
    from followupd.model import DraftRecord
    from followupd.store import Store


BODY_INDENT = " " * 8
BODY_WIDTH = 100


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_replay_arguments(parser)
    parser.add_argument("--brief", action="store_true", help="one line per draft, without its text")


def run(args: argparse.Namespace) -> int:
    inputs = replay_inputs(args)
    from followupd.store import Store

    with Store.open(":memory:") as store:
        replayed = run_replay(inputs, store)
    if args.json:
        lines = json_lines(replayed, inputs)
    else:
        lines = timeline_lines(replayed, inputs, bodies=not args.brief)
    for line in lines:
        print(line)
    return EXIT_OK


def run_replay(inputs: ReplayInputs, store: Store) -> Replay:
    """Replay the mailbox over the requested span (default: its mail's, plus 30 days)."""
    from followupd.engine import replay

    for correction in inputs.corrections:
        store.add_correction(correction)
    for event in inputs.news:
        store.add_news(event)
    return replay(inputs.mailbox, inputs.settings, store, inputs.start, inputs.until)


@dataclass(frozen=True, slots=True)
class ShownDraft:
    at: datetime
    record: DraftRecord
    message: EmailMessage


def made_drafts(replayed: Replay) -> Iterator[ShownDraft]:
    for cycle in replayed.cycles:
        for record in cycle.report.drafts_made:
            data = replayed.drafts.get(record.message_id)
            if data is not None:
                message = message_from_bytes(data, policy=default_policy)
                assert isinstance(message, EmailMessage)
                yield ShownDraft(at=cycle.at, record=record, message=message)


def draft_object(draft: ShownDraft, inputs: ReplayInputs) -> dict[str, Any]:
    message = draft.message
    body = message.get_body(("plain",))
    return {
        "at": draft.at.astimezone(inputs.zone).isoformat(),
        "stage": draft.record.stage.value,
        "to": _addresses(message, "to"),
        "cc": _addresses(message, "cc"),
        "subject": str(message.get("subject", "")),
        "in_reply_to": message.get("in-reply-to"),
        "process": draft.record.process_id,
        "body": _text(body),
    }


def json_lines(replayed: Replay, inputs: ReplayInputs) -> Iterator[str]:
    for draft in made_drafts(replayed):
        yield json.dumps(draft_object(draft, inputs), ensure_ascii=False)


def timeline_lines(replayed: Replay, inputs: ReplayInputs, *, bodies: bool = True) -> Iterator[str]:
    from followupd.understand import apply_corrections

    drafts = {d.record.message_id: d for d in made_drafts(replayed)}
    for cycle in replayed.cycles:
        when = cycle.at.astimezone(inputs.zone).strftime("%a %Y-%m-%d %H:%M")
        for event in inputs.news:
            if event.at == cycle.at:
                named = event.employer or ", ".join(event.messages)
                yield f"{when}  you said {event.what:<22} ({named})"
        for observation in apply_corrections(cycle.report.observed, inputs.corrections):
            envelope = observation.envelope
            who = envelope.sender.address if envelope.sender else "?"
            arrow = "sent    " if observation.from_user else "received"
            kind = observation.signal.kind.value
            yield f"{when}  {arrow} {kind:<22} {who}: {envelope.subject}"
        ignored = cycle.report.messages_seen - len(cycle.report.observed)
        if ignored > 0:
            yield f"{when}  ignored  {ignored} message(s) unrelated to a job search"
        for record in cycle.report.drafts_made:
            shown = drafts.get(record.message_id)
            subject = str(shown.message.get("subject", "")) if shown else ""
            yield f"{when}  DRAFT    {record.stage.value:<22} to {record.recipient}: {subject}"
            if bodies and shown is not None:
                yield from body_lines(shown.message)
        for record in cycle.report.missed:
            yield f"{when}  missed   {record.stage.value:<22} to {record.recipient} (too old)"
        if cycle.report.note is not None:
            yield f"{when}  NOTE     in INBOX: {cycle.report.note.subject}"
        for problem in cycle.report.problems:
            yield f"{when}  problem  {problem}"
    count = sum(len(cycle.report.drafts_made) for cycle in replayed.cycles)
    yield f"{count} draft(s) made."


def body_lines(message: EmailMessage) -> Iterator[str]:
    """The draft's text, indented under its line and wrapped for a terminal, then a blank."""
    text = _text(message.get_body(("plain",)))
    for line in text.rstrip("\n").split("\n"):
        wrapped = textwrap.wrap(line, BODY_WIDTH - len(BODY_INDENT), break_long_words=False)
        for part in wrapped or [""]:
            yield (BODY_INDENT + part).rstrip()
    yield ""


def _addresses(message: EmailMessage, header: str) -> list[str]:
    values = [str(value) for value in message.get_all(header, [])]
    return [address.lower() for _, address in getaddresses(values) if address]


def _text(part: object) -> str:
    if not isinstance(part, EmailMessage):
        return ""
    content = part.get_content()
    return content.replace("\r\n", "\n") if isinstance(content, str) else ""
