"""Whom a draft may go to: the addresses the application's own mail vouches for.

Headers anyone can write (Reply-To, References) must never choose a draft's recipient alone.
A process vouches for:
- its employer's own domains, any address there: the domains its employer mail is sent from
  (From; an agency's and its client's included), and a domain named like the company an ATS or
  a scheduler relays for (the recruiter such a service names in Reply-To there);
- the people who wrote in its threads (From), a freemail recruiter or founder included;
- the addresses its employer gave: named in the text or a signature (`Signal.contact`), the
  people of its interviews (attendees, organisers, sessions), in mail from the employer itself,
  or from an ATS or scheduler relaying for it when they are at the employer's domains;
- everyone the user wrote to (in any process), and the user's references;
- every address of a message the user confirmed or corrected (`followupd correct`).
Anyone else waits for the user: the message that names them needs a look (looks.py), and the
policy drafts nothing to them until the user confirms that message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from followupd.model import Interview, NeedsLook, Observation, Person
from followupd.processes.identity import (
    company_from_display_name,
    company_key,
    domain_label,
    employer_company_key,
    resembles,
    same_company,
    speaks_for_employer,
)
from followupd.understand import (
    domain_of,
    is_freemail,
    is_no_reply,
    is_third_party_domain,
    registrable_domain,
)


def vouched(
    observations: Sequence[Observation],
    me_domains: frozenset[str],
    elsewhere: Iterable[str] = (),
) -> tuple[frozenset[str], frozenset[str]]:
    """(addresses, domains) this process's mail vouches for; `elsewhere`: addresses vouched
    for outside it (the user wrote to them, the user's references)."""
    employer = [o for o in observations if not o.from_user]
    domains = {
        registrable_domain(domain_of(o.envelope.sender.address))
        for o in employer
        if o.envelope.sender is not None
        and speaks_for_employer(o.envelope.sender, employer_company_key(o), me_domains)
    }
    relays = [o for o in employer if _relayed(o)]
    companies = {key for o in relays if (key := employer_company_key(o))}
    addresses = {a.lower() for a in elsewhere}
    for observation in employer:
        sender = observation.envelope.sender
        if sender is not None and "@" in sender.address and not is_no_reply(sender.address):
            addresses.add(sender.address.lower())  # they wrote in its threads
        headers, given = _named(observation)
        relayed = _relayed(observation)
        for person in [*headers, *given]:
            address = person.address.lower()
            domain = registrable_domain(domain_of(address))
            if observation.signal.confirmed or domain in domains:
                addresses.add(address)
            elif relayed and _named_like(domain, companies) and not is_third_party_domain(domain):
                domains.add(domain)  # the employer's own, though none of its mail came from it
            elif not relayed and person in headers and _spelled_by_sender(observation, domain):
                domains.add(domain)
            elif not relayed and person in given:
                addresses.add(address)  # given in its text or invitation by the employer
    return frozenset(addresses), frozenset(domains)


def _named(observation: Observation) -> tuple[list[Person], list[Person]]:
    """Whom a message names who might be written to: in headers anyone can write (Reply-To),
    and given by its writer (the contact found in its text, its interviewers)."""
    envelope, signal = observation.envelope, observation.signal
    headers = [p for p in envelope.reply_to if "@" in p.address]
    in_headers = {p.address.lower() for p in headers}
    given = [*signal.interviewers, *(s.person for s in signal.sessions)]
    if signal.contact is not None and signal.contact.address.lower() not in in_headers:
        given.append(signal.contact)  # (the classifier's contact is Reply-To, when there is one)
    if signal.confirmed and envelope.sender is not None:
        given.append(envelope.sender)
    return headers, [p for p in given if "@" in p.address]


def _relayed(observation: Observation) -> bool:
    """Sent by an ATS or a scheduler for the employer (a known service's domain): what it
    names is believed at the employer's domains only, which it may tell by the company's name.
    A freemail sender is a person, the employer's own voice; mail from any other domain names
    whom it likes in its text, but a Reply-To elsewhere than the employer's own domains is no
    one's word."""
    sender = observation.envelope.sender
    domain = domain_of(sender.address) if sender is not None else ""
    return bool(domain) and is_third_party_domain(domain) and not is_freemail(domain)


def _spelled_by_sender(observation: Observation, domain: str) -> bool:
    """A Reply-To from a no-reply this list does not know, at the domain its display name
    spells exactly ("Nubalia <no-reply@mail.teamhire.example>", Reply-To at nubalia.example):
    a service relaying for the company, as a known one does; not "acme-careers.example" for
    "Acme", not an employer's own no-reply naming another domain."""
    sender = observation.envelope.sender
    if sender is None or not is_no_reply(sender.address) or is_third_party_domain(domain):
        return False
    company = company_key(company_from_display_name(sender.name))
    label = domain_label(domain).replace("-", "")
    own = domain_label(domain_of(sender.address)).replace("-", "")
    return len(company) >= 4 and label == company and not resembles(own, company)


def _named_like(domain: str, companies: set[str]) -> bool:
    """A domain named like a company the mail speaks for (as grouping.py joins them)."""
    label = domain_label(domain)
    return any(resembles(label, c) or same_company(label, c) for c in companies)


def recipient_looks(
    employer: Sequence[Observation],
    writers: Iterable[tuple[str, Person]],
    answered: Iterable[str],
    interviews: Iterable[Interview],
    vouches: tuple[frozenset[str], frozenset[str]],
) -> list[NeedsLook]:
    """A look for each message naming someone a draft would go to whom nothing vouches for:
    the writer of a message a draft answers (`answered`: their keys, the contact's included),
    and each interviewer (named by the invitation that fixed their interview)."""
    by_key = {o.key: o for o in employer}
    by_id = {o.envelope.message_id: o for o in employer}
    wanted = set(answered)
    pairs = [(by_key[key], person) for key, person in writers if key in wanted and key in by_key]
    for interview in interviews:
        source = by_id.get(interview.source.message_id)
        if source is not None and not interview.cancelled:
            pairs += [(source, person) for person in interview.interviewers]
    looks: dict[tuple[str, str], NeedsLook] = {}
    for observation, person in pairs:
        address = person.address.lower()
        if not is_vouched(address, vouches):
            reason = f"{address} is not vouched for by this application's own mail"
            looks.setdefault((observation.key, address), NeedsLook(observation, reason, address))
    return sorted(looks.values(), key=lambda look: _order(look, employer))


def _order(look: NeedsLook, employer: Sequence[Observation]) -> int:
    return next(i for i, o in enumerate(employer) if o.key == look.observation.key)


def is_vouched(address: str, vouches: tuple[frozenset[str], frozenset[str]]) -> bool:
    addresses, domains = vouches
    address = address.lower()
    return address in addresses or registrable_domain(domain_of(address)) in domains
