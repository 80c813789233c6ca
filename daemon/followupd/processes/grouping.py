"""Messages -> application processes: thread headers first, then the employer's identity.

Every observation is a node in a union-find together with the thread ids it carries
(Message-ID, In-Reply-To, References: those it cites only when its writer's identity agrees
with that thread's, thread_links.py) and the employer identities it shows: the employer's
own mail domain (never an ATS's, a scheduler's or freemail's: identity.py), a company name
key ("on behalf of" display names, Signal.company), and, for people writing from freemail,
their address. Company keys join domains and other company keys that resemble them, so an
ATS acknowledgement "for Prairie Wind Energy" meets the recruiter at prairiewind.example.

Only employer messages of a hiring kind open a process; `other` mail from a person joins
one through its thread or that person's domain; the user's own mail through its thread or
its recipients. A group without a hiring message is not a process. Hiring news after a
rejection, an offer or a withdrawal starts a new episode of the group, a process of its own
("acme.example#2", episodes.py). The folding of a group into its state lives in
state.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from followupd.model import Kind, Me, Observation, Person, Process
from followupd.processes.episodes import episode_id, split_episodes
from followupd.processes.go_between import pairs_across_go_betweens
from followupd.processes.identity import (
    core_of,
    domain_label,
    employer_company_key,
    resembles,
    speaks_for_employer,
)
from followupd.processes.same_moment import pairs_at_one_moment
from followupd.processes.state import fold_process, is_auto_reply
from followupd.processes.thread_links import thread_links
from followupd.understand import (
    FREEMAIL_DOMAINS,
    THIRD_PARTY_DOMAINS,
    domain_of,
    is_freemail,
    is_no_reply,
    is_role_mailbox,
    is_third_party_domain,
    registrable_domain,
)

# A message with no usable date (rare: IMAP supplies the delivery time) sorts last, as the
# newest known, so it can neither found a process nor end an episode that came after it.
_UNDATED = datetime.max.replace(tzinfo=UTC)
_THIRD_PARTY_LABELS = frozenset(
    {"greenhouse", "lever", "ashby", "workday", "icims", "smartrecruiters", "calendly"}
    | {"goodtime", "jobvite", "taleo", "bamboohr", "teamtailor", "workable", "recruitee"}
    | {"personio", "successfactors", "gem", "linkedin", "indeed", "docusign"}
)


_SERVICE_LABELS = frozenset(domain_label(d) for d in FREEMAIL_DOMAINS | THIRD_PARTY_DOMAINS)


def build_processes(
    observations: Sequence[Observation], me: Me, vouched_elsewhere: Iterable[str] = ()
) -> tuple[Process, ...]:
    """Every application process the observations show, ordered by id. `vouched_elsewhere`:
    addresses a draft may go to in any process (everyone the user wrote to, the user's
    references; processes/trust.py)."""
    ordered = _deduplicated(sorted(observations, key=observation_order))
    context = _Context(me)
    groups = _Groups()
    links = thread_links(ordered, context.identity_keys)
    for index, observation in enumerate(ordered):
        node = f"obs:{index}"
        groups.add(node)
        for thread_id in links[index]:
            groups.union(node, f"mid:{thread_id}")
        for key in context.identity_keys(observation):
            groups.union(node, key)
    groups.join_resembling_keys()
    opened = []
    for members in groups.components():
        chosen = [ordered[int(n[4:])] for n in sorted(members) if n.startswith("obs:")]
        if any(_opens_process(o) for o in chosen):
            opened.append(chosen)
    processes = []
    elsewhere = frozenset(_written_to(ordered, context.me) | {a.lower() for a in vouched_elsewhere})
    for chosen in _joined_by_interview_time(opened, context):
        chosen.sort(key=observation_order)
        employer = [o for o in chosen if not o.from_user]
        keys = [context.identity_keys(o) for o in employer]
        founding = keys[: next(i for i, o in enumerate(employer) if _opens_process(o)) + 1]
        base = _process_id(chosen, founding, keys)
        for number, episode in enumerate(split_episodes(chosen), start=1):
            process_id = episode_id(base, number)
            processes.append(fold_process(process_id, tuple(episode), me, elsewhere))
    return tuple(sorted(processes, key=lambda p: p.id))


def _joined_by_interview_time(
    opened: list[list[Observation]], context: _Context
) -> list[list[Observation]]:
    """Groups that are one application: by a shared interview moment (same_moment.py), or
    across an agency and its client (go_between.py)."""
    employer = [
        [o for o in sorted(chosen, key=observation_order) if not o.from_user] for chosen in opened
    ]
    groups = _Groups()
    for index in range(len(opened)):
        groups.add(f"group:{index}")
    for index, other in pairs_at_one_moment(employer, context.me, context.identity_keys):
        groups.union(f"group:{index}", f"group:{other}")
    for index, other in pairs_across_go_betweens(employer, context.me_domains):
        groups.union(f"group:{index}", f"group:{other}")
    joined: list[list[Observation]] = []
    for members in sorted(groups.components(), key=min):
        members_in_order = sorted(int(n[6:]) for n in members if n.startswith("group:"))
        joined.append([o for i in members_in_order for o in opened[i]])
    return joined


def observation_order(observation: Observation) -> tuple[datetime, str]:
    moment = observation.envelope.date or _UNDATED
    return moment.astimezone(UTC), observation.key


def _deduplicated(ordered: Iterable[Observation]) -> list[Observation]:
    """One observation per message (a copy in another folder is the same message)."""
    seen: set[tuple[str, bool]] = set()
    kept = []
    for observation in ordered:
        identity = (observation.envelope.message_id.lower(), observation.from_user)
        if identity not in seen:
            seen.add(identity)
            kept.append(observation)
    return kept


def _opens_process(observation: Observation) -> bool:
    return not observation.from_user and observation.signal.kind is not Kind.OTHER


def _written_to(observations: Iterable[Observation], me: frozenset[str]) -> set[str]:
    """Everyone the user wrote to, in any process: a draft may go to them."""
    return {
        person.address.lower()
        for o in observations
        if o.from_user
        for person in (*o.envelope.to, *o.envelope.cc)
        if person.address.lower() not in me
    }


class _Context:
    """The user's addresses and domains, which never stand for an employer."""

    def __init__(self, me: Me) -> None:
        self.me = frozenset(a.lower() for a in me.addresses)
        self.me_domains = frozenset(registrable_domain(domain_of(a)) for a in self.me)

    def identity_keys(self, observation: Observation) -> list[str]:
        if observation.from_user:
            envelope = observation.envelope
            return self._recipient_keys([*envelope.to, *envelope.cc])
        if is_auto_reply(observation):  # an out-of-office joins its writer, a newsletter nothing
            return [f"addr:{p.address.lower()}" for p in _writers(observation) if "@" in p.address]
        company = employer_company_key(observation)
        if observation.signal.kind is Kind.OTHER:
            people = [p for p in _writers(observation) if not is_no_reply(p.address)]
            people = [p for p in people if not is_role_mailbox(p.address)]
            return self._person_keys(people, company)
        keys = self._person_keys(
            [*_writers(observation), *observation.signal.interviewers], company
        )
        if company and not _names_a_service(company):
            keys.append(f"company:{company}")
        return keys

    def _person_keys(self, people: Iterable[Person], company: str) -> list[str]:
        keys = []
        for person in people:
            address = person.address.lower()
            if address in self.me or "@" not in address:
                continue
            if is_freemail(domain_of(address)):
                if not is_no_reply(address):
                    keys.append(f"addr:{address}")
            elif speaks_for_employer(person, company, self.me_domains):
                keys += [f"domain:{registrable_domain(domain_of(address))}", f"addr:{address}"]
        return keys

    def _recipient_keys(self, people: Iterable[Person]) -> list[str]:
        keys = []
        for person in people:
            address = person.address.lower()
            domain = domain_of(address)
            if address in self.me or not domain or is_no_reply(address):
                continue
            keys.append(f"addr:{address}")
            mine = registrable_domain(domain) in self.me_domains
            if not mine and not is_third_party_domain(domain):
                keys.append(f"domain:{registrable_domain(domain)}")
        return keys


def _names_a_service(company: str) -> bool:
    """A company key that is an ATS's or a freemail provider's brand ("gmail"): it joins the
    mail of every employer using it, so it is no identity."""
    if company in _SERVICE_LABELS:
        return True
    return any(resembles(label, company) for label in _THIRD_PARTY_LABELS)


def _writers(observation: Observation) -> list[Person]:
    envelope = observation.envelope
    people = [envelope.sender, *envelope.reply_to, observation.signal.contact]
    return [p for p in people if p is not None]


def _process_id(
    chosen: Sequence[Observation], founding: Sequence[list[str]], keys: Sequence[list[str]]
) -> str:
    """Derived from who the employer is, so it stays the same as mail accumulates: the first
    employer domain of the mail up to the process's first hiring message; else, when that mail
    came from a person (a freemail recruiter), its company key or their address, which later
    mail from the employer's own domain must not replace (drafts are already keyed by it); else
    (only an ATS naming a company) the earliest domain seen, company key, address; else the
    thread."""
    settled = _first_key("domain:", founding)
    if not settled and _first_key("addr:", founding):
        settled = _first_key("company:", founding) or _first_key("addr:", founding)
    for kind in ("domain:", "company:", "addr:"):
        settled = settled or _first_key(kind, keys)
    if settled:
        return settled
    first = chosen[0].envelope.message_id.lower().encode()
    return "thread-" + hashlib.sha256(first).hexdigest()[:12]


def _first_key(kind: str, keys: Sequence[list[str]]) -> str:
    for observation_keys in keys:
        found = sorted(k for k in observation_keys if k.startswith(kind))
        if found:
            return found[0].partition(":")[2]
    return ""


class _Groups:
    """Union-find over string nodes; each root knows the employer domains of its group."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self._domains: dict[str, frozenset[str]] = {}  # root -> the "domain:" nodes under it

    def add(self, node: str) -> None:
        if node not in self.parent:
            self.parent[node] = node
            if node.startswith("domain:"):
                self._domains[node] = frozenset((node,))

    def find(self, node: str) -> str:
        self.add(node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            kept, merged = min(root_a, root_b), max(root_a, root_b)
            self.parent[merged] = kept
            domains = self._domains.pop(merged, frozenset())
            if domains:
                self._domains[kept] = self._domains.get(kept, frozenset()) | domains

    def join_resembling_keys(self) -> None:
        """Company keys join the same company's other keys and its domains ("Prairie Wind
        Energy" and prairiewind.example), but never two groups that each have their own
        employer domain: those are two employers, whatever their names share. Keys and
        labels resemble when their cores are equal (identity.same_company), so each key is
        only compared with those of its own core."""
        companies = sorted(n for n in self.parent if n.startswith("company:"))
        domains = sorted(n for n in self.parent if n.startswith("domain:"))
        by_core: dict[str, list[str]] = {}
        for company in companies:
            by_core.setdefault(core_of(company[8:]), []).append(company)
        labels_by_core: dict[str, list[str]] = {}
        for domain in domains:
            labels_by_core.setdefault(core_of(domain_label(domain[7:])), []).append(domain)
        for company in companies:
            key, core = company[8:], core_of(company[8:])
            if not core:
                continue
            for other in by_core[core]:
                if other > company:
                    self._join_one_employer(company, other)
            matching = labels_by_core.get(core, [])
            labels = sorted((domain_label(d[7:]).replace("-", "") != key, d) for d in matching)
            for _, domain in labels:  # the domain spelling the name exactly first
                self._join_one_employer(company, domain)

    def _join_one_employer(self, a: str, b: str) -> None:
        domains_a, domains_b = self._domains_with(a), self._domains_with(b)
        if not domains_a or not domains_b or domains_a == domains_b:
            self.union(a, b)

    def _domains_with(self, node: str) -> frozenset[str]:
        return self._domains.get(self.find(node), frozenset())

    def components(self) -> list[set[str]]:
        members: dict[str, set[str]] = {}
        for node in self.parent:
            members.setdefault(self.find(node), set()).add(node)
        return list(members.values())
