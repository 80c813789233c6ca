"""One process's state, folded from its messages in order (grouping.py groups them).

What the policy needs and nothing more: interviews (interviews.py; their people named without
an address reached when any message gives one, reach.py), the employer contact
(the person at the employer who last wrote; never a no-reply, ATS or shared-notification
address: Reply-To where it names a person, else an address the classifier found in the
text; a shared mailbox such as recruiting@ only when no person ever wrote), the decision date
still standing (a holding reply without one withdraws an earlier one), and the outcome (the
first rejection, offer, or withdrawal or declined offer by the user).

The user's withdrawal is read from their own message (Signal.user_act, else its subject or the
classifier's evidence, "Withdrawing my application"): the classifier's kinds label employer
mail only. An offer the user accepts closes nothing here: a misread acceptance must not stop
anything, so it is asked about first (policy/news.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from followupd.model import (
    AUTOMATED_RULES,
    Kind,
    Me,
    Observation,
    Outcome,
    Person,
    Process,
)
from followupd.processes.identity import (
    company_from_display_name,
    company_key,
    domain_label,
    employer_company_key,
    is_reachable_mailbox,
    is_reachable_person,
    resembles,
    speaks_for_employer,
)
from followupd.processes.interviews import fold_interviews, thread_ids
from followupd.processes.looks import is_held, needs_look
from followupd.processes.reach import reach_sessions
from followupd.processes.trust import is_vouched, recipient_looks, vouched
from followupd.understand import USER_AGREED, domain_of, registrable_domain

_WITHDRAWAL = re.compile(r"\bwithdr(?:aw|awing|awal|ew|awn)\b", re.IGNORECASE)
_AUTO_REPLY = re.compile(
    r"\s*(?:automatic reply|auto(?:matic)?[- ]?reply|auto:|out of (?:the )?office|ooo\b"
    r"|abwesenheit|r[ée]ponse automatique|respuesta autom[áa]tica)",
    re.IGNORECASE,
)
_FIRST_DOT_LAST = re.compile(r"^([a-z]{2,})[._]([a-z]{2,})$")
_CLOSING = {Kind.REJECTION: Outcome.REJECTED, Kind.OFFER: Outcome.OFFERED}
_ANSWERED = frozenset({Kind.HOLDING_REPLY, Kind.REJECTION, Kind.OFFER})  # drafts reply to them


class _People:
    """The user, and the best display name known for each address."""

    def __init__(self, observations: Sequence[Observation], me: Me) -> None:
        self.me = frozenset(a.lower() for a in me.addresses)
        self.me_domains = frozenset(registrable_domain(domain_of(a)) for a in self.me)
        names: dict[str, str] = {}
        for observation in observations:  # a sender's own header names them best: last wins
            envelope = observation.envelope
            signal = observation.signal
            others = [*envelope.to, *envelope.cc, *signal.interviewers, *envelope.reply_to]
            for person in [*others, signal.contact]:
                if person is not None and person.name and person.address.lower() not in names:
                    names[person.address.lower()] = person.name
        for observation in observations:
            sender = observation.envelope.sender
            if sender is not None and sender.name and "@" not in sender.name:
                names[sender.address.lower()] = sender.name
        self.names = names

    def named(self, person: Person) -> Person:
        address = person.address.lower()
        return Person(address, person.name or self.names.get(address) or _name_from(address))

    def writer(self, observation: Observation) -> Person | None:
        """The person this employer message lets the user answer, if any."""
        company = employer_company_key(observation)
        envelope = observation.envelope
        candidates = [envelope.sender, *envelope.reply_to, observation.signal.contact]
        people = [p for p in candidates if p is not None]
        for person in people:
            if is_reachable_person(person, company, self.me, self.me_domains):
                return self.named(person)
        return None

    def mailbox(self, observation: Observation) -> Person | None:
        company = employer_company_key(observation)
        envelope = observation.envelope
        candidates = [*envelope.reply_to, envelope.sender, observation.signal.contact]
        for person in candidates:
            if person is not None and is_reachable_mailbox(
                person, company, self.me, self.me_domains
            ):
                return self.named(person)
        return None


def _name_from(address: str) -> str:
    """ "fiona.marsh@..." -> "Fiona Marsh": a salutation when no header ever named them."""
    match = _FIRST_DOT_LAST.match(address.partition("@")[0])
    return " ".join(part.capitalize() for part in match.groups()) if match else ""


def fold_process(
    process_id: str,
    observations: tuple[Observation, ...],
    me: Me,
    elsewhere: frozenset[str] = frozenset(),
) -> Process:
    """The state of one process from its observations (oldest first); `elsewhere`: addresses
    vouched for outside its mail (the user wrote to them; the user's references)."""
    people = _People(observations, me)
    employer = [o for o in observations if not o.from_user and not is_auto_reply(o)]
    user = [o for o in observations if o.from_user]
    standing = [o for o in employer if not is_held(o)]  # held: the employer wrote, nothing more
    interviews = reach_sessions(
        fold_interviews(_with_agreed_times(observations, standing), people.me, people.named),
        observations,
        people.me,
    )
    interviewers = frozenset(p.address for i in interviews for p in i.interviewers)
    vouches = vouched(observations, people.me_domains, elsewhere)
    contact, contact_observation = _contact(employer, people, interviewers, vouches)
    outcome, closed_by = _outcome([o for o in observations if not is_held(o)])
    domains = _domains(employer, people)
    writers = tuple((o.key, person) for o in employer if (person := people.writer(o)) is not None)
    answered = [o.key for o in employer if _answered(o, contact_observation)]
    return Process(
        id=process_id,
        employer=", ".join(domains) or process_id,
        company=_company(employer, interviewers),
        role=_role(employer),
        observations=observations,
        interviews=interviews,
        contact=contact,
        contact_message=contact_observation.envelope if contact_observation else None,
        last_employer_message=employer[-1] if employer else None,
        last_user_message=user[-1] if user else None,
        decision_by=_decision_by(standing),
        outcome=outcome,
        closed_by=closed_by,
        domains=domains,
        writers=writers,
        needs_look=(
            *needs_look(employer),
            *recipient_looks(employer, writers, answered, interviews, vouches),
        ),
        vouched=vouches[0],
        vouched_domains=vouches[1],
    )


def _with_agreed_times(
    observations: Sequence[Observation], standing: Sequence[Observation]
) -> list[Observation]:
    """The employer's standing messages, and in their place among them each time the user
    agreed to in a thread that asked for one, while it is the thread's latest word on the
    interview: the request's time accepted is the booking ("Je vous propose mardi 5 mai à 10h"
    ... "C'est noté, je serai à l'hôtel mardi à 10h"). Any later word on it from the employer,
    in that thread or before that time (a move, another request, a confirmation, a call-off,
    a rejection), or the user's own (a call-off, a move asked for, a withdrawal, another time
    agreed to), is what stands."""
    kept = {id(o) for o in standing}
    news = [o for o in standing if o.signal.kind in _INTERVIEW_NEWS]
    news += [o for o in observations if o.from_user and _unsays(o)]
    return [
        o if id(o) in kept else replace(o, signal=replace(o.signal, kind=Kind.INTERVIEW_SCHEDULED))
        for o in observations
        if id(o) in kept or (_agrees_to_a_time(o) and not _overtaken(o, news))
    ]


_INTERVIEW_NEWS = frozenset(
    {
        Kind.INTERVIEW_REQUEST,
        Kind.INTERVIEW_SCHEDULED,
        Kind.INTERVIEW_RESCHEDULED,
        Kind.INTERVIEW_CANCELLED,
        Kind.REJECTION,
        Kind.OFFER,
    }
)


def _unsays(observation: Observation) -> bool:
    """The user's own later word on the meeting: a call-off, a move asked for, a withdrawal,
    another time agreed to."""
    signal = observation.signal
    return signal.user_act in ("called_off", "withdrew", "declined") or _agrees_to_a_time(
        observation
    )


def _overtaken(agreed: Observation, news: Sequence[Observation]) -> bool:
    """Whether the employer spoke of the interview after the user agreed to its time: in the
    same thread, or anywhere before that time came."""
    when, start = agreed.envelope.date, agreed.signal.interview_start
    if when is None or start is None:
        return True
    thread = thread_ids(agreed.envelope)
    return any(
        o.envelope.date is not None
        and o.envelope.date > when
        and (o.envelope.date < start or bool(thread_ids(o.envelope) & thread))
        for o in news
    )


def _agrees_to_a_time(observation: Observation) -> bool:
    signal = observation.signal
    return (
        observation.from_user
        and signal.interview_start is not None
        and bool(signal.evidence)
        and signal.evidence[0].startswith(USER_AGREED)
    )


def _answered(observation: Observation, contact: Observation | None) -> bool:
    """Whether a draft replies to this message's writer: news that is answered at once, or
    the contact's message (check-ins)."""
    return observation.signal.kind in _ANSWERED or observation is contact


def _contact(
    employer: Sequence[Observation],
    people: _People,
    interviewers: frozenset[str],
    vouches: tuple[frozenset[str], frozenset[str]],
) -> tuple[Person | None, Observation | None]:
    """The person at the employer who last wrote, among those its mail vouches for if any
    (a Reply-To elsewhere does not take the contact over). A calendar invitation is not
    writing, unless its organiser promises the answer in it: it yields to anyone's own
    message, and an interviewer's to the organiser's."""
    ranked = []
    for index, observation in enumerate(employer):
        person = people.writer(observation)
        if person is not None:
            organiser = person.address not in interviewers
            # (an organiser's invitation that promises the answer is a letter: "Unsere
            # Entscheidung möchten wir Ihnen bis ... mitteilen")
            promises = organiser and observation.signal.decision_by is not None
            prose = observation.signal.calendar_uid is None or promises
            organiser = prose or organiser
            trusted = is_vouched(person.address, vouches)
            ranked.append(((trusted, prose, organiser, index), person, observation))
    if ranked:
        _, person, observation = max(ranked, key=lambda item: item[0])
        return person, observation
    shared = [(o, people.mailbox(o)) for o in employer]
    for observation, mailbox in reversed(shared):
        if mailbox is not None:
            return mailbox, observation
    return None, None


def _decision_by(employer: Sequence[Observation]) -> date | None:
    """The decision date the employer's latest word stands on. An acknowledgement's ("you will
    hear from us within two weeks") is a form's promise, no date to wait on: an application
    alone never starts the check-in clock (POLICY.md)."""
    standing: date | None = None
    for observation in employer:
        if observation.signal.kind is Kind.APPLICATION_RECEIVED:
            continue
        if observation.signal.decision_by is not None:
            standing = observation.signal.decision_by
        elif observation.signal.kind is Kind.HOLDING_REPLY:
            standing = None  # "no decision yet": the earlier date no longer holds
    return standing


def is_auto_reply(observation: Observation) -> bool:
    """An out-of-office or "automatic reply", a newsletter or a job alert is not the employer
    writing: it neither restarts the clock nor names a contact (an ATS acknowledgement is a kind
    of its own, not this). Rows stored before Signal.automated existed show it in evidence."""
    signal = observation.signal
    if signal.kind is not Kind.OTHER:
        return False
    rule = signal.evidence[0].partition(":")[0] if signal.evidence else ""
    automated = signal.automated or rule in AUTOMATED_RULES
    return automated or bool(_AUTO_REPLY.match(observation.envelope.subject))


def is_withdrawal(observation: Observation) -> bool:
    if not observation.from_user or observation.signal.automated:  # corrected: not about it
        return False
    if observation.signal.user_act:
        return observation.signal.user_act == "withdrew"
    evidence = " ".join(observation.signal.evidence)
    return bool(_WITHDRAWAL.search(observation.envelope.subject) or _WITHDRAWAL.search(evidence))


def closes_by_user(observation: Observation) -> Outcome | None:
    """How the user's own message closes the application: a withdrawal, or the offer declined.
    An acceptance closes nothing until the user confirms it (policy/news.py asks)."""
    if is_withdrawal(observation):
        return Outcome.WITHDRAWN
    if observation.from_user and observation.signal.user_act == "declined":
        return Outcome.DECLINED
    return None


def _outcome(observations: Sequence[Observation]) -> tuple[Outcome, Observation | None]:
    """The first news that closed the application; an offer the user declined afterwards
    reads as declined (the offer still being what closed it)."""
    for index, observation in enumerate(observations):
        if observation.from_user:
            closed = closes_by_user(observation)
            if closed is not None:
                return closed, observation
        elif observation.signal.kind in _CLOSING:
            outcome = _CLOSING[observation.signal.kind]
            if outcome is Outcome.OFFERED and any(
                closes_by_user(later) is Outcome.DECLINED for later in observations[index + 1 :]
            ):
                outcome = Outcome.DECLINED
            return outcome, observation
    return Outcome.OPEN, None


def _company(employer: Sequence[Observation], interviewers: frozenset[str]) -> str | None:
    """The company stated most often; among them first those whose name matches the domain of
    an interviewer (a staffing agency's mail names the agency, its client hosts the interview)."""
    stated = [o.signal.company for o in employer if o.signal.company]
    labels = {domain_label(domain_of(address)) for address in interviewers}
    hosting = [c for c in stated if any(resembles(label, company_key(c)) for label in labels)]
    if stated:
        return Counter(hosting or stated).most_common(1)[0][0]
    for observation in employer:
        sender = observation.envelope.sender
        if sender is not None and employer_company_key(observation):
            return company_from_display_name(sender.name) or None
    return None


def _role(employer: Sequence[Observation]) -> str | None:
    """The role stated most often; among equals the shortest, as a subject's tail ("Data
    Scientist interview, Tuesday 5 May") only ever lengthens it."""
    stated = [o.signal.role.strip() for o in employer if o.signal.role and o.signal.role.strip()]
    if not stated:
        return None
    counts = Counter(stated)
    return min(counts, key=lambda role: (-counts[role], len(role), stated.index(role)))


def _domains(employer: Sequence[Observation], people: _People) -> tuple[str, ...]:
    domains: dict[str, None] = {}
    for observation in employer:
        company = employer_company_key(observation)
        envelope = observation.envelope
        for person in [envelope.sender, *envelope.reply_to, *observation.signal.interviewers]:
            if person is not None and speaks_for_employer(person, company, people.me_domains):
                domains[registrable_domain(domain_of(person.address))] = None
    return tuple(domains)
