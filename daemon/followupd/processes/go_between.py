"""Which groups of mail are one application carried by a go-between (an agency, a headhunter)
and its client: the agency writes from its own domain about the client, the client's people
write from theirs (the invite, the decision), and the two would otherwise be two employers.

Two groups are one application when the client's mail copies the agency's person in (or the
agency's copies the client's), or when the one group's mail names, in its subject or as the
company it speaks for, the company the other group's own people speak for, and nothing names
a third company that way. A company name two employers share only in part ("Prairie Wind
Energy" and "Prairie Wind Capital") joins nothing: the name must be the other's whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followupd.model import Kind, Observation
from followupd.processes.identity import company_key, domain_label, employer_company_key, resembles
from followupd.understand import (
    domain_of,
    is_freemail,
    is_no_reply,
    is_role_mailbox,
    is_third_party_domain,
    is_title,
    registrable_domain,
)


def pairs_across_go_betweens(
    employer_mail: Sequence[list[Observation]], me_domains: frozenset[str]
) -> list[tuple[int, int]]:
    """Pairs of groups (by index; each group's employer mail) that are one application."""
    domains = [_own_domains(group, me_domains) for group in employer_mail]
    names = [_own_names(group) for group in employer_mail]
    copied = [_copied_domains(group, me_domains) for group in employer_mail]
    named = [_named_companies(group) for group in employer_mail]
    labels = [frozenset(domain_label(d) for d in found) for found in domains]
    pairs: list[tuple[int, int]] = []
    copies = {
        index: [
            other
            for other in range(len(employer_mail))
            if other != index
            and domains[index]
            and domains[other]
            and not domains[index] & domains[other]
            and copied[index] & domains[other]
        ]
        for index in range(len(employer_mail))
    }
    # (one to one: an agency two clients copy in joins neither)
    for index, targets in copies.items():
        if len(targets) == 1 and sum(targets[0] in others for others in copies.values()) == 1:
            pairs.append((index, targets[0]))
    for index in range(len(employer_mail)):
        matches = [
            other
            for other in range(len(employer_mail))
            if other != index
            and domains[other]
            and not domains[index] & domains[other]
            and not any(resembles(domain_label(d), n) for d in domains[index] for n in names[other])
            and (named[index][0] & names[other] or named[index][1] & labels[other])
        ]
        if len(matches) == 1:
            pairs.append((index, matches[0]))
    return pairs


def _own_domains(group: Sequence[Observation], me_domains: frozenset[str]) -> frozenset[str]:
    """The registrable domains its people write from (no freemail, service or the user's)."""
    found = set()
    for observation in group:
        sender = observation.envelope.sender
        if sender is None or is_no_reply(sender.address):
            continue
        domain = registrable_domain(domain_of(sender.address))
        if domain and not is_freemail(domain) and not is_third_party_domain(domain):
            found.add(domain)
    return frozenset(found - me_domains)


def _own_names(group: Sequence[Observation]) -> frozenset[str]:
    """The company keys its people speak for from their own domain ("Kestrel Utilities" from
    chloe@kestrelutilities.example: a name the domain spells), and those domains' labels, at
    least six letters each."""
    found = set()
    for observation in group:
        sender = observation.envelope.sender
        if sender is None:
            continue
        label = domain_label(domain_of(sender.address)).replace("-", "")
        key = employer_company_key(observation)
        if resembles(label, key):
            found.add(key)
        domain = domain_of(sender.address)
        if not is_freemail(domain) and not is_third_party_domain(domain):
            found.add(label)
    return frozenset(name for name in found if len(name) >= 6)


def _copied_domains(group: Sequence[Observation], me_domains: frozenset[str]) -> frozenset[str]:
    """The registrable domains of the people its hiring messages from a person copy in (To or
    Cc): not a friend's introduction, not a notice."""
    found = set()
    for observation in _people_s_hiring_mail(group):
        envelope = observation.envelope
        for person in (*envelope.to, *envelope.cc):
            if not is_no_reply(person.address):
                found.add(registrable_domain(domain_of(person.address)))
    return frozenset(found - me_domains)


# Where a subject's parts meet: "Corrib Health – Senior Clinical Data Analyst", "Analyst at
# Kestrel Utilities", "RE: Vanhove Pharma | Entretien".
_SUBJECT_PARTS = re.compile(
    r"\s[-–—|:/]\s|[|()\[\],:;]|\s(?:at|bei|chez|en|for|für|pour|para|with|mit|avec|con|@)\s",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|wg|fwd?|tr|rv|sv|antw)\s*:)+", re.IGNORECASE)


def _named_companies(group: Sequence[Observation]) -> tuple[frozenset[str], frozenset[str]]:
    """The company keys the group's hiring mail from a person names whole: as the company it
    speaks for, or as a whole part of a subject ("Kestrel Utilities - Senior Financial
    Analyst"; not the "Prairie Wind" of "Prairie Wind Capital - Analyst"); and the initials of
    the subject's parts of four words or more ("Grupo Alimentario Sierra Madre": "gasm", a
    domain's label)."""
    found = set()
    initials: set[str] = set()
    for observation in _people_s_hiring_mail(group):
        found.add(employer_company_key(observation))
        subject = _REPLY_PREFIX.sub("", observation.envelope.subject)
        # (a part of two words or more: "Remote" in "Data Engineer - Remote" is no company)
        parts = [part for part in _SUBJECT_PARTS.split(subject) if len(part.split()) >= 2]
        found.update(company_key(part) for part in parts)
        initials.update(_initials(part) for part in parts)
    return frozenset(found - {""}), frozenset(initials - {""})


_PARTICLES = frozenset(
    [
        "de",
        "del",
        "des",
        "du",
        "di",
        "da",
        "of",
        "the",
        "and",
        "y",
        "und",
        "für",
        "la",
        "le",
        "las",
        "los",
        "el",
        "et",
    ]
)


def _initials(part: str) -> str:
    """The initials of a name of four capitalised words or more, its particles left out (not
    a job's title: "Senior Data Manager Europe")."""
    words = [w for w in part.split() if w.lower() not in _PARTICLES]
    # (four letters at least: "New York City" spells nyc.gov, "Human Resources Department" hrd)
    if len(words) < 4 or not all(w[:1].isupper() for w in words) or is_title(part):
        return ""
    return company_key("".join(w[0] for w in words))


def _people_s_hiring_mail(group: Sequence[Observation]) -> list[Observation]:
    """The group's hiring news written by a person: not a job board's alert or notice, not a
    no-reply or a shared mailbox, not mail about something else."""
    found = []
    for observation in group:
        sender = observation.envelope.sender
        if observation.signal.kind is Kind.OTHER or observation.signal.automated:
            continue
        if sender is None or is_no_reply(sender.address) or is_role_mailbox(sender.address):
            continue
        found.append(observation)
    return found


__all__ = ["pairs_across_go_betweens"]
