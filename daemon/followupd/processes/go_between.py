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
    registrable_domain,
)


def pairs_across_go_betweens(
    employer_mail: Sequence[list[Observation]], me_domains: frozenset[str]
) -> list[tuple[int, int]]:
    """Pairs of groups (by index; each group's employer mail) that are one application."""
    domains = [_own_domains(group, me_domains) for group in employer_mail]
    names = [_own_names(group) for group in employer_mail]
    pairs: list[tuple[int, int]] = []
    copies: dict[int, list[int]] = {}
    for index, group in enumerate(employer_mail):
        copies[index] = [
            other
            for other in range(len(employer_mail))
            if other != index
            and domains[index]
            and domains[other]
            and not domains[index] & domains[other]
            and _copies(group, domains[other], me_domains)
        ]
    # (one to one: an agency two clients copy in joins neither)
    for index, copied in copies.items():
        if len(copied) == 1 and sum(copied[0] in others for others in copies.values()) == 1:
            pairs.append((index, copied[0]))
    for index, group in enumerate(employer_mail):
        named = [
            other
            for other in range(len(employer_mail))
            if other != index
            and domains[other]
            and names[other]
            and not domains[index] & domains[other]
            and not any(resembles(domain_label(d), n) for d in domains[index] for n in names[other])
            and _names_a_company_of(group, names[other])
        ]
        if len(named) == 1:
            pairs.append((index, named[0]))
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


def _copies(
    group: Sequence[Observation], domains: frozenset[str], me_domains: frozenset[str]
) -> bool:
    """Whether a hiring message of the group, from a person, copies in (To or Cc) a person of
    those domains (not a friend's introduction, not a notice)."""
    for observation in _people_s_hiring_mail(group):
        envelope = observation.envelope
        for person in (*envelope.to, *envelope.cc):
            domain = registrable_domain(domain_of(person.address))
            if domain in domains and domain not in me_domains and not is_no_reply(person.address):
                return True
    return False


# Where a subject's parts meet: "Corrib Health – Senior Clinical Data Analyst", "Analyst at
# Kestrel Utilities", "RE: Vanhove Pharma | Entretien".
_SUBJECT_PARTS = re.compile(
    r"\s[-–—|:/]\s|[|()\[\],:;]|\s(?:at|bei|chez|en|for|für|pour|para|with|mit|avec|con|@)\s",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|wg|fwd?|tr|rv|sv|antw)\s*:)+", re.IGNORECASE)


def _names_a_company_of(group: Sequence[Observation], names: frozenset[str]) -> bool:
    """Whether the group's mail names one of `names` whole: as the company it speaks for, or
    as a whole part of a subject ("Kestrel Utilities - Senior Financial Analyst"; not the
    "Prairie Wind" of "Prairie Wind Capital - Analyst")."""
    for observation in _people_s_hiring_mail(group):
        if employer_company_key(observation) in names:
            return True
        subject = _REPLY_PREFIX.sub("", observation.envelope.subject)
        # (a part of two words or more: "Remote" in "Data Engineer - Remote" is no company)
        parts = (part for part in _SUBJECT_PARTS.split(subject) if len(part.split()) >= 2)
        if any(company_key(part) in names for part in parts):
            return True
    return False


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
