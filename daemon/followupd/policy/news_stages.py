"""The stages that answer the user's own news (news.py says what each event does):

- other_offer_update: another offer, told to this process's contact: there is one, the day
  it must be answered by, still interested here, what is their timeline. Once per offer,
  whoever the contact is by then (the ledger's occurrence is the offer's key);
- withdrawal: the user withdrew or accepted an offer elsewhere: a short, gracious note to the
  contact, once per process, never to one that had already closed;
- reference_heads_up: the employer asked for references (its mail, or the user's word): each
  reference gets a heads-up, once per process;
and the rule over all of them and the others: a muted process gets no draft at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from followupd.model import Action, Person, Reference, Stage
from followupd.policy.context import Context, StageStatus, Verdict, judge, ruled_out, stale_limit
from followupd.policy.news import OfferNews
from followupd.policy.thanks import closed_since


def news_verdicts(context: Context) -> list[Verdict]:
    return [*_offer_updates(context), *_withdrawal(context), *_heads_ups(context)]


def hushed(context: Context, verdicts: Sequence[Verdict]) -> list[Verdict]:
    """A muted process: every stage not yet in the ledger is ruled out, from the moment the
    user muted it (drafts already made stay made)."""
    muted = context.standing.muted
    if muted is None:
        return list(verdicts)
    reason = f"muted by you on {context.local_day(muted.at).isoformat()}"
    return [
        v
        if v.status.status in ("done", "ruled_out")
        else Verdict(StageStatus(v.status.stage, v.status.recipient, "ruled_out", None, reason))
        for v in verdicts
    ]


def _offer_updates(context: Context) -> list[Verdict]:
    return [_offer_update(context, offer) for offer in context.standing.offers]


def _offer_update(context: Context, offer: OfferNews) -> Verdict:
    stage = Stage.OTHER_OFFER_UPDATE
    process = context.process
    contact = process.contact
    earlier = [r for r in context.rows_of(stage) if r.occurrence == offer.key]
    if earlier:  # told already, whoever the contact is now
        contact = Person(earlier[0].recipient, contact.name if contact else "")
    if contact is None:
        return ruled_out(stage, (), "no employer contact to tell about the other offer")
    _, closed = closed_since(context)
    if closed and not earlier:
        return ruled_out(stage, (contact,), closed)
    extra = (("offer_from", offer.company),)
    return _at_once(context, stage, contact, offer.at, offer.key, extra, offer)


def _withdrawal(context: Context) -> list[Verdict]:
    closure = context.standing.closure
    if closure is None:
        return []
    stage = Stage.WITHDRAWAL
    process = context.process
    contact = process.contact
    earlier = context.rows_of(stage)
    if earlier:
        contact = Person(earlier[0].recipient, contact.name if contact else "")
    if not closure.withdrawal and not earlier:
        return []  # accepted here, or it had closed before the user withdrew
    if contact is None:
        return [ruled_out(stage, (), "no employer contact to tell: closed without a note")]
    extra = [("accepted_at", closure.accepted_at)] if closure.accepted_at else []
    if closure.event.reason and closure.event.what == "withdraw":
        extra.append(("reason", closure.event.reason))
    return [_at_once(context, stage, contact, closure.at, 1, tuple(extra))]


def _heads_ups(context: Context) -> list[Verdict]:
    process = context.process
    asked = sorted(
        [
            *(
                o.envelope.date
                for o in process.observations
                if not o.from_user
                and o.signal.asks_references
                and not process.held(o)
                and o.envelope.date is not None
            ),
            *context.standing.asked_references,
        ]
    )
    if not asked:
        return []
    if not context.standing.references:
        return [ruled_out(Stage.REFERENCE_HEADS_UP, (), "references asked for; none configured")]
    return [_heads_up(context, reference, asked[0]) for reference in context.standing.references]


def _heads_up(context: Context, reference: Reference, asked: datetime) -> Verdict:
    stage = Stage.REFERENCE_HEADS_UP
    person = Person(reference.address, reference.name)
    _, closed = closed_since(context)
    if closed and context.row(stage, person.address, 1) is None:
        return ruled_out(stage, (person,), closed)
    contact = context.process.contact
    extra = (
        ("relationship", reference.relationship),
        ("caller", contact.name if contact is not None else ""),
    )
    verdict = _at_once(context, stage, person, asked, 1, extra)
    if verdict.action is None:
        return verdict
    return Verdict(verdict.status, replace(verdict.action, language=reference.language or "en"))


def _at_once(  # noqa: PLR0917
    context: Context,
    stage: Stage,
    to: Person,
    due: datetime,
    occurrence: int,
    extra: tuple[tuple[str, str], ...],
    offer: OfferNews | None = None,
) -> Verdict:
    """A draft due the moment the news came, in the contact's thread (none for a reference)."""
    process = context.process
    starts = [i.start for i in process.interviews if not i.cancelled]
    colleague = stage is not Stage.REFERENCE_HEADS_UP  # a reference was never in the thread
    action = Action(
        process.id,
        stage,
        (to,),
        due,
        occurrence,
        answers=process.contact_message if colleague else None,
        company=process.company,
        role=process.role,
        interview_start=max(starts, default=None) if colleague else None,
        reply_by=offer.reply_by if offer is not None else None,
        extra=extra,
    )
    return judge(
        context,
        stage,
        (to,),
        occurrence=occurrence,
        due=due,
        expires=stale_limit(context, due),
        make=lambda: action,
    )
