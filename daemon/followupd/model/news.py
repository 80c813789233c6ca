"""The job seeker's own news: what the user says about their search, and the people who vouch
for them.

A `NewsEvent` is the user's word on one application (another offer, an offer accepted, a
withdrawal, mute, snooze, references asked for), stored with the moment it was said. Like a
correction it is never keyed by a process id alone: processes are derived from readings and
regroup when a reading changes. It names the employer as the process id showed it then (the
employer's identity, "acme.example") and the Message-IDs of the messages it is about, and is
found again through them (policy/news.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

NewsKind = Literal["offer", "accepted", "withdraw", "mute", "snooze", "references"]
NEWS_KINDS: tuple[NewsKind, ...] = (
    "offer",
    "accepted",
    "withdraw",
    "mute",
    "snooze",
    "references",
)
# How `[policy] other_offer_updates` treats an offer at one employer: list the updates to the
# others for one command to confirm, draft them at once, or neither.
OFFER_UPDATE_MODES = ("ask", "draft", "off")


@dataclass(frozen=True, slots=True)
class NewsEvent:
    """One thing the user said about one application, at `at`."""

    what: NewsKind
    employer: str  # the process id when it was said ("acme.example", "acme.example#2")
    messages: tuple[str, ...]  # Message-IDs (or, in a replay's news.toml, short ids)
    at: datetime
    until: date | None = None  # snooze: nothing before this day
    reply_by: date | None = None  # offer: the day it must be answered by
    reason: str = ""  # withdraw: the user's own words, put in the draft as written
    id: int = 0  # the store's number for it (0: not stored)


@dataclass(frozen=True, slots=True)
class Reference:
    """Someone who vouches for the user (`[[references]]`): told before an employer calls."""

    name: str
    address: str  # lowercase
    relationship: str = ""  # "my manager at Northwind, 2019-2023"
    processes: tuple[str, ...] = ()  # only for these employers (process ids, domains or
    # company names); empty: for every application
    language: str = "en"  # the language the heads-up is written in


@dataclass(frozen=True, slots=True)
class UserNews:
    """What the policy is told besides the mail: the user's events and references."""

    events: tuple[NewsEvent, ...] = ()
    references: tuple[Reference, ...] = ()


NO_NEWS = UserNews()
