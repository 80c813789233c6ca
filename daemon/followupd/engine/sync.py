"""Pull what is new from a mailbox into the store: headers first, bodies only where it can matter.

For INBOX and Sent: poll from the stored cursor (first run: `lookback_days` back), drop what
was seen (by ref, then by Message-ID, which survives a UIDVALIDITY resync or the same
message in two folders), read the header blocks, and fetch whole only the messages that may
matter: what triage lets through, what the user sent, replies in a known thread, mail from a
known employer's domain. Those are parsed and classified (guarded: a message that cannot be
read is retried once, then quarantined, quarantine.py); hiring mail and everything tied to a
known process becomes an observation.

Recorded in rounds, so that a first scan interrupted at any point resumes where it stopped:
each fetch round commits the seen rows of its messages (with which were fetched whole, so an
upgrade of the classifier can read them again) and their observations in one transaction; the
cursors move only in the last one, with the seen rows of everything else. A crash means the
same poll again, never a hole: what a committed round recorded is skipped as seen, the rest
is read as if for the first time (a message fetched whole before still draws its thread's
replies in, as it did then).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from followupd.backends import HeaderBlock, Mailbox
from followupd.engine.corrected import corrected_observations
from followupd.engine.quarantine import Item, Quarantine
from followupd.engine.reading import Reader, helper_count, read_head, read_message
from followupd.engine.threads import ThreadIndex, waves
from followupd.model import (
    AccountSettings,
    Envelope,
    FolderRole,
    Kind,
    Mail,
    Observation,
    Settings,
    Signal,
)
from followupd.store import Store
from followupd.understand import (
    NO_CONTEXT,
    ThreadContext,
    domain_of,
    is_third_party_domain,
    might_matter,
)

SYNCED_FOLDERS = (FolderRole.INBOX, FolderRole.SENT)
# Whole messages held in memory at once, by their sizes from the poll: one fetch round (and
# so one folder switch on IMAP) per this many bytes, not per handful of messages.
FETCH_BYTES = 16 * 1024 * 1024
FETCH_MAX = 2_000  # candidates per round
FIRST_ROUND_BYTES = 1024 * 1024
UNKNOWN_SIZE = 256 * 1024  # counted for a message whose size the poll did not give
PROGRESS_EVERY = 100
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Pulled:
    """What one pull brought: how many new messages were seen, and the new observations."""

    seen: int
    observed: tuple[Observation, ...]
    quarantined: int = 0  # messages that could not be read, set aside


@dataclass(slots=True)
class Candidate:
    block: HeaderBlock
    head: Mail  # parsed from the header block only


@dataclass(slots=True)
class Known:
    """What ties a message to the job search: thread Message-IDs and employer domains."""

    me: frozenset[str]
    thread_ids: set[str]
    employer_domains: set[str]
    observations: Sequence[Observation] = ()  # what the store holds: earlier threads' news
    zone: str = ""  # the user's IANA zone: a time the mail leaves in doubt may be in it
    fetched_ids: frozenset[str] = frozenset()  # messages fetched whole before, in these threads

    def in_thread(self, envelope: Envelope) -> bool:
        return bool(self.thread_ids.intersection(_thread_keys(envelope)))

    def from_employer(self, envelope: Envelope) -> bool:
        return envelope.sender is not None and domain_of(envelope.sender.address) in (
            self.employer_domains
        )

    def to_employer(self, envelope: Envelope) -> bool:
        return any(
            domain_of(p.address) in self.employer_domains for p in (*envelope.to, *envelope.cc)
        )

    def from_user(self, envelope: Envelope, folder: FolderRole) -> bool:
        if not self.me:
            return folder is FolderRole.SENT
        return envelope.sender is not None and envelope.sender.address in self.me


def account_settings(settings: Settings, name: str) -> AccountSettings:
    found = next((account for account in settings.accounts if account.name == name), None)
    return found or AccountSettings(name=name)


def pull_changes(
    mailbox: Mailbox,
    store: Store,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
) -> Pulled:
    account = mailbox.name
    since = (now - timedelta(days=account_settings(settings, account).lookback_days)).date()
    cursors: dict[FolderRole, str] = {}
    blocks: list[HeaderBlock] = []
    stored = {folder: store.cursor(account, folder) for folder in SYNCED_FOLDERS}
    for folder in SYNCED_FOLDERS:
        poll = mailbox.poll(folder, stored[folder], since)
        cursors[folder] = poll.cursor
        already = store.seen_refs(account, folder, [block.ref for block in poll.new])
        blocks.extend(block for block in poll.new if block.ref not in already)
    if not blocks and all(cursors[f] == stored[f] for f in SYNCED_FOLDERS):
        return Pulled(seen=0, observed=())  # nothing new: no lookups, no write
    helpers = helper_count(settings.daemon.read_helpers, len(blocks))
    with _settled(), Reader(helpers) as reader:  # started before the fetch thread starts
        seen, candidates = _new_candidates(store, account, blocks, now, reader)
        store.record_written_to(account, _written_to(candidates, settings))
        observed: list[Observation] = []
        guard = Quarantine(store, account, now)
        if candidates:
            gc.freeze()  # the parsed header blocks too
            known = known_for(store, account, settings, candidates)
            observed = _observe(
                mailbox,
                account,
                candidates,
                known,
                reader=reader,
                progress=progress,
                guard=guard,
            )
    store.record_sync(account, seen, (), cursors)  # the rest, and the cursors: last
    notes = store.own_notes(account, [message_id for _, _, message_id in seen])
    counted = sum(message_id not in notes for _, _, message_id in seen)
    return Pulled(counted, tuple(observed), len(guard.quarantined))


@contextmanager
def _settled() -> Iterator[None]:
    """What exists now (after a first scan's polls: thousands of header blocks, each kept to
    the end of the pull) set aside from the cyclic garbage collector, until the end: else
    every full collection, triggered over and over by the parsing, walks them all again."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _new_candidates(
    store: Store, account: str, blocks: Sequence[HeaderBlock], now: datetime, reader: Reader
) -> tuple[list[tuple[FolderRole, str, str]], list[Candidate]]:
    """Seen rows for every block, and the blocks whose message was never seen, oldest first."""
    heads = list(zip(blocks, reader.map(read_head, blocks), strict=True))
    ids = {head.envelope.message_id for _, head in heads if head is not None}
    already = store.seen_message_ids(account, ids)
    seen: list[tuple[FolderRole, str, str]] = []
    candidates: list[Candidate] = []
    for block, head in heads:
        message_id = head.envelope.message_id if head else f"<unreadable-{block.ref}>"
        seen.append((block.folder, block.ref, message_id))
        if head is not None and message_id not in already:
            already.add(message_id)
            candidates.append(Candidate(block=block, head=head))
    candidates.sort(
        key=lambda candidate: (candidate.head.envelope.date or now, candidate.block.ref)
    )
    return seen, candidates


def known_for(
    store: Store, account: str, settings: Settings, candidates: Sequence[Candidate]
) -> Known:
    me = frozenset(address.lower() for address in settings.me.addresses)
    keys = {key for candidate in candidates for key in _thread_keys(candidate.head.envelope)}
    own_domains = {domain_of(address) for address in me}
    return Known(
        observations=corrected_observations(store, account),
        me=me,
        thread_ids=store.observed_message_ids(account, keys),
        fetched_ids=frozenset(store.fetched_message_ids(account, keys)),
        employer_domains={
            domain
            for domain in store.employer_domains(account) - own_domains
            if _speaks_for_one_employer(domain)
        },
        zone=settings.me.timezone,
    )


def _worth_fetching(candidates: Sequence[Candidate], known: Known) -> list[Candidate]:
    """Triage on headers, then close over threads among the messages of this poll."""
    wanted = [
        candidate
        for candidate in candidates
        if known.from_user(candidate.head.envelope, candidate.block.folder)
        or known.in_thread(candidate.head.envelope)
        or known.from_employer(candidate.head.envelope)
        or might_matter(candidate.head)
    ]
    chosen = {id(candidate) for candidate in wanted}
    thread_ids = known.thread_ids | known.fetched_ids | {c.head.envelope.message_id for c in wanted}
    for candidate in candidates:
        if id(candidate) not in chosen and thread_ids.intersection(
            _thread_keys(candidate.head.envelope)
        ):
            wanted.append(candidate)
    return wanted


def _observe(
    mailbox: Mailbox,
    account: str,
    candidates: Sequence[Candidate],
    known: Known,
    *,
    reader: Reader,
    progress: Progress | None,
    guard: Quarantine,
) -> list[Observation]:
    """Fetch and read what is worth it, oldest first, a bounded batch of bodies at a time;
    each batch recorded once read (its seen rows, which arrived whole, its observations)."""
    wanted = {id(candidate) for candidate in _worth_fetching(candidates, known)}
    observed: list[Observation] = []
    done = 0
    threads = ThreadIndex(known.observations)
    for batch, bodies in _prefetched(mailbox, list(_rounds(candidates, wanted)), wanted):
        arrived = set(bodies)
        fetched = [
            (candidate, bodies.pop((candidate.block.folder, candidate.block.ref)))
            for candidate in batch
            if (candidate.block.folder, candidate.block.ref) in bodies
        ]
        signals = read_in_waves(fetched, known, threads, reader, guard)
        round_observed: list[Observation] = []
        for candidate in batch:
            if id(candidate) in signals:
                observation = observation_of(account, candidate, signals[id(candidate)], known)
                if observation is not None:
                    round_observed.append(observation)
            done += 1
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(candidates)):
                progress(done, len(candidates))
        guard.store.record_sync(account, _seen_rows(batch), round_observed, {}, arrived)
        observed += round_observed
    return observed


def _written_to(candidates: Sequence[Candidate], settings: Settings) -> set[str]:
    """Everyone the user's new sent mail went to (processes/trust.py: a draft may go to them)."""
    me = frozenset(address.lower() for address in settings.me.addresses)
    known = Known(me=me, thread_ids=set(), employer_domains=set())
    found: set[str] = set()
    for candidate in candidates:
        envelope = candidate.head.envelope
        if known.from_user(envelope, candidate.block.folder):
            found.update(p.address.lower() for p in (*envelope.to, *envelope.cc))
    return found - me


def _seen_rows(batch: Sequence[Candidate]) -> list[tuple[FolderRole, str, str]]:
    return [(c.block.folder, c.block.ref, c.head.envelope.message_id) for c in batch]


def read_in_waves(
    fetched: Sequence[tuple[Candidate, bytes]],
    known: Known,
    threads: ThreadIndex,
    reader: Reader,
    guard: Quarantine,
) -> dict[int, Signal | None]:
    """Each fetched message read with its thread's context: replies after what they answer;
    None for one that could not be read (quarantined)."""
    read = partial(read_message, me=known.me, zone=known.zone)
    signals: dict[int, Signal | None] = {}
    for wave in waves(fetched, (candidate.head.envelope for candidate, _ in fetched)):
        about = [Item(c.block.folder, c.block.ref, c.head.envelope) for c, _ in wave]
        items = [(c.head, data, _context(threads, c.head.envelope)) for c, data in wave]
        for (candidate, _), signal in zip(
            wave, guard.read(read, about, items, reader), strict=True
        ):
            signals[id(candidate)] = signal
            if signal is not None:
                envelope = candidate.head.envelope
                threads.add(envelope, signal, known.from_user(envelope, candidate.block.folder))
    return signals


def _context(threads: ThreadIndex, envelope: Envelope) -> ThreadContext:
    """The thread's context; none rather than a pull stopped by one odd thread."""
    try:
        return threads.context(envelope)
    except Exception:  # read without it, as a message of an unknown thread
        return NO_CONTEXT


def _prefetched(
    mailbox: Mailbox, rounds: Sequence[list[Candidate]], wanted: set[int]
) -> Iterator[tuple[list[Candidate], dict[tuple[FolderRole, str], bytes]]]:
    """Each round with its bodies; the next round's download (on one worker thread, the only
    user of the mailbox meanwhile) overlaps with the classifying of this one."""

    def bodies_of(batch: list[Candidate]) -> dict[tuple[FolderRole, str], bytes]:
        return _fetch(mailbox, [candidate for candidate in batch if id(candidate) in wanted])

    if not rounds:
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="followupd-fetch") as pool:
        pending = pool.submit(bodies_of, rounds[0])
        for index, batch in enumerate(rounds):
            bodies = pending.result()
            if index + 1 < len(rounds):
                pending = pool.submit(bodies_of, rounds[index + 1])
            yield batch, bodies


def _rounds(candidates: Sequence[Candidate], wanted: set[int]) -> Iterator[list[Candidate]]:
    """Consecutive candidates whose wanted bodies stay under FETCH_BYTES together; the first
    round is smaller, as nothing can be read before it arrives."""
    batch: list[Candidate] = []
    size, budget = 0, FIRST_ROUND_BYTES
    for candidate in candidates:
        body = (candidate.block.size or UNKNOWN_SIZE) if id(candidate) in wanted else 0
        if batch and (size + body > budget or len(batch) >= FETCH_MAX):
            yield batch
            batch, size, budget = [], 0, FETCH_BYTES
        batch.append(candidate)
        size += body
    if batch:
        yield batch


def _fetch(mailbox: Mailbox, wanted: Iterable[Candidate]) -> dict[tuple[FolderRole, str], bytes]:
    refs: dict[FolderRole, list[str]] = {}
    for candidate in wanted:
        refs.setdefault(candidate.block.folder, []).append(candidate.block.ref)
    return {
        (raw.folder, raw.ref): raw.data
        for folder, folder_refs in refs.items()
        for raw in mailbox.fetch(folder, folder_refs)
    }


def observation_of(
    account: str, candidate: Candidate, signal: Signal | None, known: Known
) -> Observation | None:
    """An observation of a read message if it matters (None: unreadable), and what is
    known updated."""
    if signal is None:
        return None
    folder = candidate.block.folder
    envelope = candidate.head.envelope  # the id the seen row used, even if the body differs
    from_user = known.from_user(envelope, folder)
    related = known.in_thread(envelope) or (
        known.to_employer(envelope) if from_user else known.from_employer(envelope)
    )
    if signal.kind is Kind.OTHER and not related:
        return None
    known.thread_ids.add(envelope.message_id)
    if signal.kind is not Kind.OTHER and not from_user and envelope.sender is not None:
        domain = domain_of(envelope.sender.address)
        if domain not in {domain_of(address) for address in known.me} and (
            _speaks_for_one_employer(domain)
        ):
            known.employer_domains.add(domain)
    return Observation(
        key=f"{folder.value}/{candidate.block.ref}",
        account=account,
        folder=folder,
        envelope=envelope,
        signal=signal,
        from_user=from_user,
    )


def _thread_keys(envelope: Envelope) -> set[str]:
    keys = set(envelope.references)
    if envelope.in_reply_to:
        keys.add(envelope.in_reply_to)
    return keys


def _speaks_for_one_employer(domain: str) -> bool:
    """A freemail or ATS/scheduler domain carries mail of many senders: not an employer's."""
    return not is_third_party_domain(domain)
