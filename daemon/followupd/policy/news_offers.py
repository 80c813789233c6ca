"""Another offer, told to the others; and what the user is asked before anything is drafted.

An offer at one process (its mail, or the user's `news offer`) may be told to every other open
process that had an interview: an `other_offer_update` to its contact, once per offer, ever.
Which offers are told depends on `[policy] other_offer_updates`:
- "draft": an offer in the mail is told at once;
- "ask" (the default): an offer in the mail is a `Question`, listed by `status`, `news` and the
  INBOX note with the command that confirms it (`followupd news offer --process ID`); told
  once confirmed, from the moment it was;
- "off": an offer in the mail is neither told nor asked about.
The user's own `news offer` is always told: it is the user asking for it.

An acceptance read in the user's Sent mail is only ever a `Question` ("withdraw from the other
applications?"): a misread acceptance must never withdraw anything. `followupd news accepted
--process ID` confirms it (news.py then closes the others with a withdrawal each).

A question stands for `QUESTION_DAYS` after its message, and goes once answered (or, for an
acceptance, once the message is corrected to `other`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from followupd.model import Kind, Observation, Outcome, PolicySettings, Process
from followupd.policy.news import OfferNews, Standing, employer_of, is_open_at

QUESTION_DAYS = timedelta(days=14)
_KEY_FLOOR = 1000  # offer keys stay apart from the small ordinals of other stages


@dataclass(frozen=True, slots=True)
class Question:
    """Something the user is asked to confirm before anything is drafted."""

    what: Literal["offer", "accepted"]  # the command that confirms it: `news offer|accepted`
    process_id: str
    company: str
    at: datetime  # when the message came (or was sent)
    message_id: str  # the offer, or the user's acceptance
    targets: tuple[Process, ...]  # the processes it would write to
    reply_by: date | None = None


def offer_key(process: Process) -> int:
    """The ledger's occurrence for an offer at `process`: the employer and the first message of
    the application, so an offer said by the user and the letter that follows it are one."""
    first = process.observations[0].envelope.message_id if process.observations else ""
    digest = hashlib.sha256(f"{employer_of(process.id)}\x1f{first}".encode()).digest()
    return _KEY_FLOOR + int.from_bytes(digest[:4], "big") % (2**31 - _KEY_FLOOR)


def mail_offer(process: Process) -> Observation | None:
    """The first offer the employer's mail made (not one held for a look)."""
    return next(
        (
            o
            for o in process.observations
            if not o.from_user and o.signal.kind is Kind.OFFER and not process.held(o)
        ),
        None,
    )


def with_offers(
    processes: Sequence[Process],
    standings: Mapping[str, Standing],
    policy: PolicySettings,
) -> dict[str, Standing]:
    """Each process with the confirmed offers at the others that it should be told about."""
    result = dict(standings)
    for process in processes:
        offer = confirmed_offer(process, standings[process.id], policy)
        if offer is None:
            continue
        for target in update_targets(offer, processes, standings):
            own = result[target.id]
            result[target.id] = replace(own, offers=(*own.offers, offer))
    return result


def confirmed_offer(
    process: Process, standing: Standing, policy: PolicySettings
) -> OfferNews | None:
    """The offer at `process` to tell the others about, if the user said so or the mode wants."""
    told = [e for e in standing.events if e.what == "offer"]
    message = mail_offer(process)
    mailed_by = message.signal.reply_by if message is not None else None
    company = process.company or process.employer
    if told:
        reply_by = next((e.reply_by for e in reversed(told) if e.reply_by), None) or mailed_by
        return OfferNews(process.id, company, told[0].at, reply_by, offer_key(process))
    arrived = message.envelope.date if message is not None else None
    if arrived is None or policy.other_offer_updates != "draft":
        return None
    return OfferNews(process.id, company, arrived, mailed_by, offer_key(process))


def update_targets(
    offer: OfferNews, processes: Sequence[Process], standings: Mapping[str, Standing]
) -> list[Process]:
    """The other processes open when the offer became news that had had an interview by then."""
    targets = []
    for process in processes:
        if employer_of(process.id) == employer_of(offer.process_id):
            continue
        closure = standings[process.id].closure
        if closure is not None and closure.at <= offer.at:
            continue
        interviewed = any(not i.cancelled and i.start < offer.at for i in process.interviews)
        if interviewed and process.contact is not None and is_open_at(process, offer.at):
            targets.append(process)
    return targets


def questions(
    processes: Sequence[Process],
    standings: Mapping[str, Standing],
    policy: PolicySettings,
    now: datetime,
) -> list[Question]:
    """What the user is asked now: offers to tell the others about ("ask"), acceptances read
    in their Sent mail."""
    found: list[Question] = []
    for process in processes:
        standing = standings[process.id]
        if policy.other_offer_updates == "ask":
            found += _offer_question(process, processes, standings, now)
        found += _acceptance_question(process, standing, processes, standings, now)
    return sorted(found, key=lambda q: (q.at, q.process_id, q.what))


def _offer_question(
    process: Process,
    processes: Sequence[Process],
    standings: Mapping[str, Standing],
    now: datetime,
) -> list[Question]:
    standing = standings[process.id]
    message = mail_offer(process)
    arrived = message.envelope.date if message is not None else None
    if message is None or arrived is None or not _recent(arrived, now):
        return []
    if any(e.what == "offer" for e in standing.events) or standing.closure is not None:
        return []
    if process.outcome is Outcome.DECLINED or any(
        o.signal.user_act == "accepted" for o in process.sent
    ):
        return []  # declined, or accepted: the acceptance is what is asked about
    offer = OfferNews(
        process.id, process.company or "", arrived, message.signal.reply_by, offer_key(process)
    )
    targets = _unheld(update_targets(offer, processes, standings), standings)
    if not targets:
        return []
    company = process.company or process.employer
    message_id = message.envelope.message_id
    return [Question("offer", process.id, company, arrived, message_id, targets, offer.reply_by)]


def _unheld(targets: list[Process], standings: Mapping[str, Standing]) -> tuple[Process, ...]:
    """The targets the user has neither muted nor closed."""
    return tuple(
        t for t in targets if standings[t.id].muted is None and standings[t.id].closure is None
    )


def _acceptance_question(
    process: Process,
    standing: Standing,
    processes: Sequence[Process],
    standings: Mapping[str, Standing],
    now: datetime,
) -> list[Question]:
    accepted = [o for o in process.sent if o.signal.user_act == "accepted"]
    sent = accepted[-1].envelope.date if accepted else None
    if sent is None or not _recent(sent, now) or standing.closure is not None:
        return []
    targets = tuple(
        p
        for p in processes
        if employer_of(p.id) != employer_of(process.id)
        and standings[p.id].closure is None
        and is_open_at(p, now)
    )
    message_id = accepted[-1].envelope.message_id
    company = process.company or process.employer
    return [Question("accepted", process.id, company, sent, message_id, targets)]


def _recent(moment: datetime, now: datetime) -> bool:
    return moment <= now <= moment + QUESTION_DAYS
