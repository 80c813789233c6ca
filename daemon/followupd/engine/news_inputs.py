"""The user's news as the policy takes it: the stored events and the configured references.

A replay's news.toml may name a message by the short id `explain` shows; here each short id
becomes the Message-ID of the message that has it, so the policy only ever compares ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from followupd.model import NewsEvent, Process, Settings, UserNews
from followupd.store import Store
from followupd.understand import short_id


def user_news(store: Store, settings: Settings, processes: Sequence[Process]) -> UserNews:
    events = store.news()
    if any("@" not in m for event in events for m in event.messages):
        ids = (o.envelope.message_id for p in processes for o in p.observations)
        events = list(with_message_ids(events, ids))
    return UserNews(events=tuple(events), references=settings.references)


def with_message_ids(events: Iterable[NewsEvent], message_ids: Iterable[str]) -> list[NewsEvent]:
    """The events with each short id replaced by the Message-ID it stands for (when known)."""
    by_short = {short_id(m): m for m in message_ids}
    found = []
    for event in events:
        messages = tuple(m if "@" in m else by_short.get(m, m) for m in event.messages)
        found.append(replace(event, messages=messages))
    return found
