"""Which groups of mail that hold the same interview moment are one application.

A staffing agency writes "you'll meet Grace at Prairie Mills on Thursday at 1pm" and Grace
sends her own invitation for that moment: one application at two domains. Two employers can
also simply book the same slot (the user double-booked, or one of them moved). An equal start
is not enough: the group that does not know who interviews must share a person with the other,
lack an employer domain of its own (a freemail recruiter, an ATS), or name the other employer
in a subject or a stated company ("Prairie Mills interview - Supply Chain Planner").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import UTC

from followupd.model import Observation
from followupd.processes.identity import company_key, domain_label, same_company
from followupd.processes.interviews import fold_interviews

KeysOf = Callable[[Observation], list[str]]


def pairs_at_one_moment(
    employer_mail: Sequence[list[Observation]], me: frozenset[str], keys_of: KeysOf
) -> list[tuple[int, int]]:
    """Pairs of groups (by index; each group's employer mail, oldest first) that hold one same
    interview moment and are one application: the user cannot meet two employers at once, but
    an equal start alone is not enough (one_application). A moved interview keeps its old
    minute too, for the agency that announced it may never hear of the move; but someone else
    may book the freed slot, so a join on an old minute takes firmer evidence."""
    at_moment: dict[str, dict[int, tuple[bool, bool]]] = {}  # -> index -> (named, current)
    for index, employer in enumerate(employer_mail):
        for moment, flags in _minutes(employer, me).items():
            at_moment.setdefault(moment, {})[index] = flags
    return [
        (index, other)
        for known in at_moment.values()
        for index, other in itertools.permutations(known, 2)
        if not known[index][0]
        and one_application(
            employer_mail[index],
            employer_mail[other],
            keys_of,
            firm=not (known[index][1] and known[other][1]),
        )
    ]


def one_application(
    anonymous: Sequence[Observation],
    other: Sequence[Observation],
    keys_of: KeysOf,
    firm: bool = False,
) -> bool:
    """Whether `anonymous` (its interview has no known interviewers) and `other`, which hold an
    interview at the same minute, are one application. `firm`: only a shared person or the
    other employer named will do, not a group without an employer domain of its own."""
    mine, theirs = _keys(anonymous, keys_of), _keys(other, keys_of)
    if _of_kind(mine, "addr:") & _of_kind(theirs, "addr:"):
        return True
    if not firm and (not _of_kind(mine, "domain:") or not _of_kind(theirs, "domain:")):
        return True
    return _names_employer(anonymous, theirs)


def _minutes(employer: list[Observation], me: frozenset[str]) -> dict[str, tuple[bool, bool]]:
    """Each minute an interview still on is set for, or was before it moved: (its interviewers
    known, the current minute). A cancelled interview ties nothing: its slot is free."""
    minutes: dict[str, tuple[bool, bool]] = {}
    for interview in fold_interviews(employer, me):
        if interview.cancelled:
            continue
        named = bool(interview.interviewers)
        starts = [(interview.start, True), *((m, False) for m in interview.moved_from)]
        for start, current in starts:
            moment = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
            was_named, was_current = minutes.get(moment, (False, False))
            minutes[moment] = (was_named or named, was_current or current)
    return minutes


def _keys(group: Sequence[Observation], keys_of: KeysOf) -> set[str]:
    return {key for o in group if not o.from_user for key in keys_of(o)}


def _of_kind(keys: set[str], kind: str) -> set[str]:
    return {k.partition(":")[2] for k in keys if k.startswith(kind)}


def _names_employer(group: Sequence[Observation], theirs: set[str]) -> bool:
    names = {domain_label(d) for d in _of_kind(theirs, "domain:")} | _of_kind(theirs, "company:")
    for observation in group:
        if observation.from_user:
            continue
        words = re.findall(r"[a-z0-9]+", observation.envelope.subject.lower())
        runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, i + 5)}
        runs.add(company_key(observation.signal.company))
        if any(same_company(run, name) for run in runs - {""} for name in names):
            return True
    return False
