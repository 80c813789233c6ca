"""Which threads a message joins: thread headers are believed only when who wrote it agrees.

A message always stands for its own Message-ID. The ids it cites (In-Reply-To, References) are
headers anyone can write: a stranger citing a real thread's Message-ID must not join that
application and take it over (become its contact, receive its drafts). So an employer message
joins a thread it cites only when its identity agrees with that thread's messages: they share
an identity key (the same employer domain, company or person; `identity_keys` of grouping.py)
or their companies and domains name the same employer, or its sender already took part in
that thread (wrote there, was written to or copied there, or invited to its interview).
In-Reply-To and References are judged alike: both are headers anyone can write. A thread
without any identity has nothing to disagree with, nor has a notice nobody could answer (a
no-reply sender, no Reply-To); a message without an identity of its own must have taken part;
the user's own messages join every thread they cite.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from followupd.model import Envelope, Observation
from followupd.processes.identity import domain_label, same_company
from followupd.understand import is_no_reply

_EMPLOYER_KEYS = ("domain:", "company:")


def thread_links(
    observations: Sequence[Observation], identity_keys: Callable[[Observation], list[str]]
) -> list[list[str]]:
    """For each observation (in order), the lowercase thread ids it joins."""
    cited = [_thread_ids(o) for o in observations]
    keys = [set(identity_keys(o)) for o in observations]
    carriers: dict[str, list[int]] = {}  # thread id -> the observations that carry it
    for index, ids in enumerate(cited):
        for thread_id in ids:
            carriers.setdefault(thread_id, []).append(index)
    links: list[list[str]] = []
    for index, observation in enumerate(observations):
        own = observation.envelope.message_id.strip().lower()
        joined = [own] if own else []
        for thread_id in cited[index]:
            if thread_id == own:
                continue
            others = [i for i in carriers[thread_id] if i != index]
            if observation.from_user or _agrees(index, others, observations, keys):
                joined.append(thread_id)
        links.append(joined)
    return links


def _thread_ids(observation: Observation) -> list[str]:
    envelope = observation.envelope
    ids = [envelope.message_id, envelope.in_reply_to or "", *envelope.references]
    return list(dict.fromkeys(i.strip().lower() for i in ids if i and i.strip()))


def _agrees(
    index: int, others: list[int], observations: Sequence[Observation], keys: list[set[str]]
) -> bool:
    mine = keys[index]
    envelope = observations[index].envelope
    address = envelope.sender.address.lower() if envelope.sender else ""
    if not any(keys[i] for i in others) or (not mine and _answers_nobody(envelope)):
        return True  # nothing to disagree with, or nobody to take it over
    for other in others:
        if address in _participants(observations[other]):
            return True  # it wrote there, or was written to or invited there
        if mine & keys[other] or _same_employer(mine, keys[other]):
            return True
    return False


def _answers_nobody(envelope: Envelope) -> bool:
    """A notice from a no-reply address with no Reply-To: no draft could ever answer it."""
    return not envelope.reply_to and (
        envelope.sender is None or is_no_reply(envelope.sender.address)
    )


def _participants(observation: Observation) -> set[str]:
    envelope, signal = observation.envelope, observation.signal
    people = [envelope.sender, *envelope.to, *envelope.cc, *envelope.reply_to]
    people += [*signal.interviewers, signal.contact]
    return {p.address.lower() for p in people if p is not None}


def _same_employer(a: set[str], b: set[str]) -> bool:
    names_a = {_name(key) for key in a if key.startswith(_EMPLOYER_KEYS)}
    names_b = {_name(key) for key in b if key.startswith(_EMPLOYER_KEYS)}
    return any(same_company(x, y) for x in names_a for y in names_b)


def _name(key: str) -> str:
    kind, _, value = key.partition(":")
    return domain_label(value) if kind == "domain" else value
