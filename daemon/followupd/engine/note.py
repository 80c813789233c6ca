"""The INBOX note: after a cycle that drafted something new, or found something to ask, a short
message from the user to the user in INBOX says what is waiting in Drafts and why, what waits
for their word, and what needs a look (`[notify] inbox_note`, on by default).

At most one note a day per account: the note has one Message-ID per day (drafts/note.py), and
a later cycle that day with more to say replaces it by one that lists everything of the day
(`Mailbox.leave_note` removes the earlier one). Nothing is put when there is nothing new to say.
The note is recorded as seen before it is put, so the next poll never reads it as mail; what it
told is recorded after, so a failed put is tried again by the next cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.backends import Mailbox
from followupd.drafts import NoteContent, NoteEntry, NoteQuestion, compose_note, note_message_id
from followupd.engine.asks import company_of, look_words, missed_words, question_words, why_now
from followupd.engine.corrected import corrected_observations
from followupd.engine.news_inputs import user_news
from followupd.engine.references import vouched_elsewhere
from followupd.errors import DraftError
from followupd.model import DraftRecord, Process, Settings
from followupd.policy import Question, news_questions
from followupd.processes import build_processes
from followupd.store import NoteRecord, Store


@dataclass(frozen=True, slots=True)
class InboxNote:
    """The note a cycle left in INBOX: for the log, `simulate` and a desktop notification."""

    day: date
    message_id: str
    subject: str
    drafts: int  # drafts of the day it lists
    questions: int
    text: str  # its plain text


def leave_note(
    mailbox: Mailbox, store: Store, settings: Settings, now: datetime
) -> InboxNote | None:
    """Put (or replace) the day's note in INBOX when there is something new to tell."""
    if not settings.notify.inbox_note:
        return None
    account = mailbox.name
    zone = _zone(settings.me.timezone)
    day = now.astimezone(zone).date()
    ledger = store.ledger(account)
    made = [r for r in ledger if r.status != "missed" and r.at.astimezone(zone).date() == day]
    observations = corrected_observations(store, account)
    elsewhere = vouched_elsewhere(store, account, settings)
    processes = build_processes(observations, settings.me, elsewhere)
    asked = news_questions(processes, user_news(store, settings, processes), now, settings.policy)
    listed = tuple(
        [f"draft:{r.message_id}" for r in made] + [f"ask:{q.what}:{q.message_id}" for q in asked]
    )
    earlier = store.note(account, day)
    if not listed or (earlier is not None and set(listed) <= set(earlier.listed)):
        return None
    missed = [r for r in ledger if r.status == "missed" and r.at.astimezone(zone).date() == day]
    content = _content(day, made, asked, missed, processes, zone)
    address = _own_address(settings, account)
    try:
        message = compose_note(content, settings.me, address, now)
    except DraftError:  # no address of the user's known: no note (the drafts are made)
        return None
    message_id = note_message_id(day, address)
    store.expect_note(account, message_id)
    mailbox.leave_note(message.as_bytes(), message_id)
    store.record_note(NoteRecord(account, day, message_id, listed, now))
    body = message.get_body(("plain",))
    text = str(body.get_content()) if body is not None else ""
    return InboxNote(day, message_id, content.subject, len(made), len(asked), text)


def _content(  # noqa: PLR0917
    day: date,
    made: list[DraftRecord],
    asked: list[Question],
    missed: list[DraftRecord],
    processes: tuple[Process, ...],
    zone: ZoneInfo,
) -> NoteContent:
    by_id = {p.id: p for p in processes}
    entries = tuple(
        NoteEntry(
            company_of(by_id.get(r.process_id)),
            r.stage.value,
            r.recipient,
            why_now(r, by_id.get(r.process_id), zone),
        )
        for r in made
    )
    questions = tuple(NoteQuestion(*question_words(q, zone)) for q in asked)
    looks = [line for p in processes for line in look_words(p)]
    looks += [missed_words(r, by_id.get(r.process_id)) for r in missed]
    return NoteContent(day, entries, questions, tuple(looks))


def _own_address(settings: Settings, account: str) -> str:
    """The account's own address (its username when that is an address), else the user's first."""
    username = next((a.username for a in settings.accounts if a.name == account), "").lower()
    own = settings.me.addresses
    if username in own or (not own and "@" in username):
        return username
    return own[0] if own else username


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
