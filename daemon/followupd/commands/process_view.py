"""How `explain`, `correct`, `corrections` and `news` show a process: what the user said about
it, its messages (each with the short id a correction names it by, its kind and the evidence),
what needs a look, and every stage's status. As lines of text or as one JSON object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from followupd.engine import ProcessReport
    from followupd.model import NeedsLook, Observation
    from followupd.store import Quarantined

# what to tell the user to release or fix a held reading, from its short id
Advice = Callable[[str], str]


def live_advice(config: str | None) -> Advice:
    """The commands that confirm or correct a message of the state database."""
    flag = f" --config {config}" if config else ""

    def advice(message: str) -> str:
        return (
            f"followupd correct {message} --confirm{flag}  "
            f"(or --kind KIND, --kind other if not about your job search)"
        )

    return advice


def replay_advice(message: str) -> str:
    """What to add to a replayed mailbox's corrections.toml."""
    return f'in corrections.toml: [[correct]] message = "{message}", confirm = true (or kind = ...)'


def short_id(message_id: str) -> str:
    """The short id of a message (imported late: understand loads the whole classifier)."""
    from followupd.understand import short_id as of

    return of(message_id)


def when(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") if moment else "-"


def process_lines(process: ProcessReport, zone: ZoneInfo, advice: Advice) -> Iterator[str]:
    title = " - ".join(part for part in (process.company or process.employer, process.role) if part)
    yield f"{title} [{process.state}]  (process {process.process_id}, {process.employer})"
    yield from _news_lines(process, zone)
    yield "  timeline:"
    for observation in process.timeline:
        envelope = observation.envelope
        who = _one_line(envelope.sender.address) if envelope.sender else "?"
        arrow = "sent    " if observation.from_user else "received"
        kind = observation.signal.kind.value
        mark = short_id(envelope.message_id)
        yield (
            f"    {when(envelope.date, zone)}  {mark}  {arrow} {kind:<22} {who}: "
            f"{_one_line(envelope.subject)}"
        )
        for reason in observation.signal.evidence:
            yield f"        because: {reason}"
    if process.needs_look:
        yield "  needs a look (drafts nothing until you confirm or correct it):"
        for look in process.needs_look:
            yield from look_lines(look, advice, indent="    ")
    yield "  stages:"
    for status in process.stages:
        until = f" until {when(status.until, zone)}" if status.until else ""
        yield (
            f"    {status.stage.value:<21} to {status.recipient or '-'}: "
            f"{status.status}{until} - {status.reason}"
        )
    for record in process.drafts:
        yield (
            f"  draft {record.status}: {record.stage.value} #{record.occurrence} "
            f"to {record.recipient} at {when(record.at, zone)}"
        )
    yield ""


def _news_lines(process: ProcessReport, zone: ZoneInfo) -> Iterator[str]:
    """What the user said about the process (`followupd news`), each with its number."""
    if process.news:
        yield "  your news:"
    for event in process.news:
        extra = f" until {event.until}" if event.until else ""
        extra += f", to answer by {event.reply_by}" if event.reply_by else ""
        yield f"    {when(event.at, zone)}  #{event.id} {event.what}{extra}"


def look_lines(look: NeedsLook, advice: Advice, indent: str) -> Iterator[str]:
    envelope = look.observation.envelope
    mark = short_id(envelope.message_id)
    who = _one_line(envelope.sender.address) if envelope.sender else "?"
    yield f"{indent}{mark}  {who}: {_one_line(envelope.subject)} - {_one_line(look.reason)}"
    yield f"{indent}         {advice(mark)}"


def _one_line(text: str) -> str:
    """Mail-derived text on one line, without control characters (CR, LF, U+0085, ESC...)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def quarantine_lines(entry: Quarantined, zone: ZoneInfo, indent: str) -> Iterator[str]:
    """A message that could not be read: its short id, sender and subject, why, since when."""
    who = _one_line(entry.sender) or "?"
    yield (
        f"{indent}{short_id(entry.message_id)}  {who}: {_one_line(entry.subject)} - "
        f"{_one_line(entry.reason)} ({entry.account}, {entry.folder.value}, "
        f"since {when(entry.at, zone)})"
    )


def quarantine_object(entry: Quarantined) -> dict[str, Any]:
    return {
        "account": entry.account,
        "id": short_id(entry.message_id),
        "message_id": entry.message_id,
        "folder": entry.folder.value,
        "from": entry.sender,
        "subject": entry.subject,
        "reason": entry.reason,
        "version": entry.version,
        "at": _iso(entry.at),
    }


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
        "muted_on": process.muted_on.isoformat() if process.muted_on else None,
        "snoozed_until": process.snoozed_until.isoformat() if process.snoozed_until else None,
        "news": [
            {"id": e.id, "what": e.what, "at": _iso(e.at), "until": str(e.until or "") or None}
            for e in process.news
        ],
        "timeline": [_message_object(o) for o in process.timeline],
        "needs_look": [look_object(look) for look in process.needs_look],
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


def look_object(look: NeedsLook) -> dict[str, Any]:
    signal = look.observation.signal
    return {
        "id": short_id(look.observation.envelope.message_id),
        "message_id": look.observation.envelope.message_id,
        "kind": signal.kind.value,
        "confidence": round(signal.confidence, 3),
        "reason": look.reason,
        "recipient": look.recipient or None,  # an address not yet trusted; None: the reading
    }


def _message_object(observation: Observation) -> dict[str, Any]:
    envelope = observation.envelope
    return {
        "id": short_id(envelope.message_id),
        "message_id": envelope.message_id,
        "date": _iso(envelope.date),
        "from_user": observation.from_user,
        "from": envelope.sender.address if envelope.sender else None,
        "subject": envelope.subject,
        "kind": observation.signal.kind.value,
        "confidence": round(observation.signal.confidence, 3),
        "evidence": list(observation.signal.evidence),
    }
