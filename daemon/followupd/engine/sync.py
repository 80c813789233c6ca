"""One chunk of a pull (pull.py) read into the store: headers first, bodies only where it can
matter.

In each chunk: drop what was seen (by ref, then by Message-ID, which survives a UIDVALIDITY
resync or the same message in two folders), read the header blocks, and fetch only the
messages that may matter: what triage lets through, what the user sent, replies in a known
thread, mail from a known employer's domain; of those only the text and calendar parts
(fetching.py). Those are parsed and classified; hiring mail and everything tied to a known
process becomes an observation. A chunk's seen rows, observations and the cursors of the
pages it finished are recorded in one transaction, so a crash half-way resumes after the last
chunk recorded, never leaving a hole.

Within a chunk, each fetch round is recorded as soon as it is read: the seen rows of its
messages (with which were fetched, so an upgrade of the classifier can read them again) and
their observations, in one transaction; the chunk's other seen rows and its cursors come
last. A message that cannot be read is retried once, then quarantined (quarantine.py).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from followupd.backends import HeaderBlock, Mailbox
from followupd.engine.corrected import corrected_observations
from followupd.engine.fetching import fetch_rounds, prefetched
from followupd.engine.memory import release_freed_memory
from followupd.engine.pull import Progress, Pulled, Scan, pull_changes
from followupd.engine.quarantine import Item, Quarantine
from followupd.engine.reading import Reader, helper_count, read_head, read_message
from followupd.engine.scan import Chunk
from followupd.engine.threads import ThreadIndex, waves
from followupd.model import (
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

PROGRESS_EVERY = 100


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
    fetched_ids: frozenset[str] = frozenset()  # messages fetched before, in these threads

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


def pull_chunk(
    mailbox: Mailbox,
    store: Store,
    settings: Settings,
    chunk: Chunk,
    *,
    reader: Reader,
    scan: Scan,
    guard: Quarantine,
) -> list[Observation]:
    """Read and record one chunk: its fetch rounds as they are read, then the rest of its seen
    rows and its cursors."""
    account = mailbox.name
    seen, candidates = _new_candidates(store, account, chunk.items)
    store.record_written_to(account, _written_to(candidates, settings))
    found: list[Observation] = []
    if candidates:
        # The garbage earlier chunks left in reference cycles (each classified message and
        # the phrase index of its text refer to each other) is collected first: frozen with
        # the rest, it would be kept to the end of the pull, megabytes more every chunk.
        gc.collect()
        gc.freeze()  # this chunk's parsed header blocks too
        known = known_for(store, account, settings, candidates)
        progress = scan.within(chunk)
        found = _observe(
            mailbox, account, candidates, known, reader=reader, progress=progress, guard=guard
        )
    store.record_sync(account, seen, (), chunk.cursors)
    scan.chunk_done(chunk, notes=len(store.own_notes(account, [m for _, _, m in seen])))
    release_freed_memory()
    return found


def read_heads(reader: Reader, blocks: Sequence[HeaderBlock]) -> list[Mail | None]:
    return list(reader.map(read_head, blocks))


def reader_for(settings: Settings, messages: int) -> Reader:
    """The reading helpers a pull of `messages` gets (none for a small one)."""
    return Reader(helper_count(settings.daemon.read_helpers, messages))


def _new_candidates(
    store: Store, account: str, items: Sequence[tuple[HeaderBlock, Mail | None]]
) -> tuple[list[tuple[FolderRole, str, str]], list[Candidate]]:
    """Seen rows for every block, and the blocks whose message was never seen, oldest first."""
    ids = {head.envelope.message_id for _, head in items if head is not None}
    already = store.seen_message_ids(account, ids)
    seen: list[tuple[FolderRole, str, str]] = []
    candidates: list[Candidate] = []
    for block, head in items:
        message_id = head.envelope.message_id if head else f"<unreadable-{block.ref}>"
        seen.append((block.folder, block.ref, message_id))
        if head is not None and message_id not in already:
            already.add(message_id)
            candidates.append(Candidate(block=block, head=head))
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
    each batch recorded once read (its seen rows, which were fetched, its observations)."""
    wanted = {id(candidate) for candidate in _worth_fetching(candidates, known)}
    observed: list[Observation] = []
    done = 0
    threads = ThreadIndex(known.observations)
    rounds = list(fetch_rounds(candidates, wanted))
    for batch, bodies in prefetched(mailbox, rounds, wanted, known.me):
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


__all__ = [
    "Candidate",
    "Known",
    "Pulled",
    "Quarantine",
    "known_for",
    "observation_of",
    "pull_changes",
    "pull_chunk",
    "read_heads",
    "read_in_waves",
    "reader_for",
]
