"""The last plan of an account, kept in the store, so a fresh `once` with nothing new does not
plan again (it would load every observation and fold every process to find nothing due).

A plan stands while the store's revision (bumped by any change to observations or the
drafts ledger) and the settings are those it was made with, the next moment a stage waits
for has not come, and it is less than a day old (as the in-memory plan of `run`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from followupd.model import Settings
from followupd.store import Store

REPLAN_AT_LEAST_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class StoredPlan:
    at: datetime
    next_due: datetime | None


def settings_digest(settings: Settings) -> str:
    return hashlib.sha256(repr(settings).encode("utf-8")).hexdigest()[:32]


def standing_plan(
    store: Store, account: str, settings: Settings, now: datetime
) -> StoredPlan | None:
    """The account's stored plan if it still stands at `now`, else None."""
    stored = store.stored_plan(account)
    if stored is None:
        return None
    revision, digest, at, next_due = stored
    if (
        revision != store.revision()
        or digest != settings_digest(settings)
        or not at <= now < at + REPLAN_AT_LEAST_EVERY
        or (next_due is not None and now >= next_due)
    ):
        return None
    return StoredPlan(at, next_due)


def remember_plan(
    store: Store, account: str, settings: Settings, now: datetime, next_due: datetime | None
) -> None:
    store.store_plan(account, settings_digest(settings), now, next_due)
