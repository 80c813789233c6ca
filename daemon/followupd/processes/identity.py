"""Who is the employer behind a message, and which addresses are people one can write to.

A process is keyed by its employer's identity, so a third party's domain must never stand
for the employer: applicant-tracking systems, schedulers, e-signature and job-board services
send for many employers, and freemail domains hold everybody. Known ones are listed; an
unknown one is recognised by its shape: a no-reply, role or company-named mailbox on a
domain that does not resemble the company the message names ("Tidewater Bank
<no-reply@hiretrack.example>", "Cobalt Freight <cobaltfreight@myworkwell.example>").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followupd.model import Observation, Person
from followupd.understand import (
    domain_of,
    is_freemail,
    is_no_reply,
    is_role_mailbox,
    is_shared_mailbox,
    is_third_party_domain,
    registrable_domain,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMPANY_NOISE = re.compile(
    r"\b(?:hiring team|recruiting team|recruitment team|talent acquisition|talent team"
    r"|careers?|recruiting|recruitment|hiring|jobs|team|hr|people)\b"
    r"|\bvia\b.*$|\bon behalf of\b",
    re.IGNORECASE,
)
_LEGAL_SUFFIXES = _words(
    """
    inc incorporated llc ltd limited gmbh corp corporation co plc sa ag bv nv sas srl
    the
    """
)


def company_key(name: str | None) -> str:
    """A comparable form of a company name: "Harbor & Finch, Inc." -> "harborfinch"."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _LEGAL_SUFFIXES]
    return "".join(words)


def company_from_display_name(display: str) -> str:
    """The company a service's display name speaks for: "Tidewater Bank Hiring Team" ->
    "Tidewater Bank"; "Olivia Grant via InkSign" -> "" (a person's name, not a company)."""
    if " via " in f" {display.lower()} ":
        return ""
    return _COMPANY_NOISE.sub(" ", display).strip(" -|,:")


def resembles(label_or_key: str, key: str) -> bool:
    """Whether a domain label and a company key name the same thing ("prairiewind" and
    "prairiewindenergy"); short keys must match whole to avoid chance overlaps."""
    a = label_or_key.replace("-", "").lower()
    b = key.lower()
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and shorter in longer


def domain_label(domain: str) -> str:
    return registrable_domain(domain).split(".")[0]


_KEY_SUFFIXES = _words(
    """
    group holdings holding labs lab technologies technology tech systems solutions software
    energy bank health healthcare partners consulting capital global international industries
    company careers jobs hiring recruiting talent hr hq team security sec services digital
    media studios studio ventures networks inc corp llc ltd gmbh
    """
)
_KEY_PREFIXES = ("the", "get", "join", "careers", "jobs")


_SUFFIXES_LONGEST_FIRST = tuple(sorted(_KEY_SUFFIXES, key=lambda word: (-len(word), word)))


@lru_cache(maxsize=65536)
def core_of(key: str) -> str:
    """A squashed company key or domain label without trailing industry or legal words and
    leading noise ("prairiewindenergy" -> "prairiewind", "joinacmehq" -> "acme")."""
    core = key.replace("-", "").lower()
    changed = True
    while changed:
        changed = False
        for word in _SUFFIXES_LONGEST_FIRST:
            if core.endswith(word) and len(core) - len(word) >= 3:
                core, changed = core[: -len(word)], True
                break
        for word in _KEY_PREFIXES:
            if core.startswith(word) and len(core) - len(word) >= 3:
                core, changed = core[len(word) :], True
                break
    return core


def same_company(label_or_key: str, key: str) -> bool:
    """Whether a domain label or company key and a company key name one employer: equal once
    legal, industry and noise words are gone ("prairiewind" and "prairiewindenergy"), never one
    name merely inside another ("meta" and "metabase")."""
    a, b = core_of(label_or_key), core_of(key)
    return bool(a) and a == b


def speaks_for_employer(person: Person, company: str, me_domains: frozenset[str]) -> bool:
    """Whether this sender's domain is the employer's own (and so an identity of it)."""
    domain = domain_of(person.address)
    if not domain or is_third_party_domain(domain) or registrable_domain(domain) in me_domains:
        return False
    if not company or resembles(domain_label(domain), company):
        return not (is_no_reply(person.address) and not company and not person.name)
    local = person.address.partition("@")[0]
    automated = is_no_reply(person.address) or is_role_mailbox(person.address)
    named_after_company = resembles(local, company) or resembles(company_key(person.name), company)
    return not (automated or named_after_company)


def is_reachable_person(
    person: Person, company: str, me: frozenset[str], me_domains: frozenset[str]
) -> bool:
    """An address a follow-up may go to: a person, at the employer's own domain or freemail."""
    address = person.address
    if "@" not in address or address in me or is_shared_mailbox(person):
        return False
    return is_freemail(domain_of(address)) or speaks_for_employer(person, company, me_domains)


def is_reachable_mailbox(
    person: Person, company: str, me: frozenset[str], me_domains: frozenset[str]
) -> bool:
    """A shared but answered mailbox of the employer ("recruiting@acme"): a last resort."""
    address = person.address
    if "@" not in address or address in me or is_no_reply(address):
        return False
    domain = domain_of(address)
    if is_third_party_domain(domain) or registrable_domain(domain) in me_domains:
        return False
    return not company or resembles(domain_label(domain), company)


def employer_company_key(observation: Observation) -> str:
    """The company an employer message speaks for: Signal.company, else the display name of
    a service or shared mailbox sending for it ("Tidewater Bank Hiring Team")."""
    stated = company_key(observation.signal.company)
    if stated:
        return stated
    sender = observation.envelope.sender
    if sender is None or not sender.name:
        return ""
    automated = is_no_reply(sender.address) or is_role_mailbox(sender.address)
    if automated or is_third_party_domain(domain_of(sender.address)):
        return company_key(company_from_display_name(sender.name))
    return ""  # "Rachel Kim <rachel.kim@...>": a person's name, not a company's
