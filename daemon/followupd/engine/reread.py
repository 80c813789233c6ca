"""Reading the stored mail again after an upgrade of the classifier.

The store keeps, per account, the classifier version that read its mail
(understand.CLASSIFIER_VERSION). When it differs, the cycle first reads again every message the
account holds an observation of, and every candidate triage kept (fetched whole, but it did not
matter then): each is fetched again through the mailbox at every (folder, ref) it was seen at
(after a UIDVALIDITY change, the new epoch's ref; the old one is skipped), parsed, and
classified with its thread's context, oldest first, as a pull reads new mail. The new readings
replace the old; a message that no longer matters loses its observation; a message gone from
the server keeps its old reading. Processes are then rebuilt from the new readings by the same
cycle, and the policy plans on the same ledger: nothing it holds is drafted twice, and a stage
whose moment passed long ago is recorded as missed, as on a first run.

Quarantined messages (fetched whole, never observed) are read again with the rest, once per
upgrade: released if they read now, quarantined under the new version if not (quarantine.py).
Reading is guarded as a pull's is, so a message that kills the reader cannot make every run
start the re-read again for ever.

A fresh account (nothing seen yet) is simply stamped with the current version.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from followupd.backends import HeaderBlock, Mailbox
from followupd.engine.corrected import corrected_observations
from followupd.model import FolderRole, Kind, Observation, Settings
from followupd.store import Store
from followupd.understand import CLASSIFIER_VERSION

if TYPE_CHECKING:
    from followupd.engine.sync import Candidate

ROUND = 500  # messages fetched and read together: bounds the bodies held at once
_UNDATED = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Reread:
    """What a re-read did: how many messages were read again, how many changed their kind
    (or started or stopped mattering)."""

    messages: int = 0
    changed: int = 0
    quarantined: int = 0  # messages that could not be read (again), set aside


@dataclass(slots=True)
class _Outcome:
    upserts: list[Observation] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # Message-IDs that no longer matter
    read: int = 0
    changed: int = 0


def reread_if_upgraded(mailbox: Mailbox, store: Store, settings: Settings, now: datetime) -> Reread:
    account = mailbox.name
    if store.classifier_version(account) == CLASSIFIER_VERSION:
        return Reread()
    if not store.has_seen(account):
        store.set_classifier_version(account, CLASSIFIER_VERSION)
        return Reread()
    # what reads mail, loaded only now: a cycle with nothing to read again starts without it
    from followupd.engine.quarantine import Quarantine
    from followupd.engine.reading import Reader, helper_count
    from followupd.engine.sync import known_for, observation_of, read_in_waves
    from followupd.engine.threads import ThreadIndex
    from followupd.processes import observation_order

    stored = store.observations(account)
    old = {o.envelope.message_id: o for o in sorted(stored, key=observation_order)}
    wanted = [*old, *store.kept_candidates(account)]
    locations = store.seen_locations(account, wanted)
    outcome = _Outcome()
    threads = ThreadIndex(corrected_observations(store, account))
    guard = Quarantine(store, account, now)
    with Reader(helper_count(settings.daemon.read_helpers, len(wanted))) as reader:
        for chunk in _chunks(wanted, ROUND):
            fetched = _fetched(mailbox, chunk, locations, old)
            threads.forget(candidate.head.envelope.message_id for candidate, _ in fetched)
            known = known_for(store, account, settings, [c for c, _ in fetched])
            signals = read_in_waves(fetched, known, threads, reader, guard)
            for candidate, _ in fetched:
                signal = signals.get(id(candidate))
                if signal is not None:
                    fresh = observation_of(account, candidate, signal, known)
                    _count(outcome, old.get(candidate.head.envelope.message_id), fresh)
    store.replace_readings(account, outcome.upserts, outcome.removed, CLASSIFIER_VERSION)
    return Reread(outcome.read, outcome.changed, len(guard.quarantined))


def _count(outcome: _Outcome, before: Observation | None, after: Observation | None) -> None:
    outcome.read += 1
    if after is not None:
        outcome.upserts.append(after)
    elif before is not None:
        outcome.removed.append(before.envelope.message_id)
    if _kind(before) != _kind(after):
        outcome.changed += 1


def _kind(observation: Observation | None) -> Kind | None:
    return observation.signal.kind if observation is not None else None


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _fetched(
    mailbox: Mailbox,
    message_ids: Sequence[str],
    locations: dict[str, list[tuple[FolderRole, str]]],
    old: dict[str, Observation],
) -> list[tuple[Candidate, bytes]]:
    """Each message found again, once (in the folder it was observed in, if there), with its
    header block parsed; oldest first, as a pull reads them."""
    from followupd.engine.reading import read_head
    from followupd.engine.sync import Candidate

    expected: dict[tuple[FolderRole, str], str] = {}
    for message_id in message_ids:
        for place in locations.get(message_id, []):
            expected[place] = message_id
    found: dict[str, tuple[Candidate, bytes]] = {}
    for folder in sorted({folder for folder, _ in expected}):
        refs = [ref for (f, ref) in expected if f is folder]
        for raw in mailbox.fetch(folder, refs):
            seen_as = expected.get((raw.folder, raw.ref))
            block = HeaderBlock(raw.folder, raw.ref, _header(raw.data), len(raw.data))
            head = read_head(block)
            if seen_as is None or head is None or head.envelope.message_id != seen_as:
                continue  # not the message that was seen there (or unreadable): keep the old
            before = old.get(seen_as)
            if seen_as not in found or (before is not None and before.folder is folder):
                found[seen_as] = (Candidate(block=block, head=head), raw.data)
    return sorted(found.values(), key=lambda item: _arrival(item[0]))


def _arrival(candidate: Candidate) -> tuple[datetime, str]:
    return candidate.head.envelope.date or _UNDATED, candidate.block.ref


def _header(data: bytes) -> bytes:
    """The header section of a whole message, as a poll's header block has it."""
    ends = [index for index in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if index >= 0]
    if not ends:
        return data
    end = min(ends)
    return data[: end + (4 if data.startswith(b"\r\n\r\n", end) else 2)]
