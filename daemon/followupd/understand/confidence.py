"""The rules and the learned second opinion, combined per kind; and each reading's confidence.

The rules stay the explanation: their kind and evidence come first. The second opinion
(second_opinion.py) is asked only where the rules did not settle the message themselves:

- A rule that names `other` on purpose (written by the user, an auto-reply, bulk mail, a job
  alert, not a job interview, an invite among colleagues...) is never overturned.
- Where no rule matched, the model may name a kind (_may_be: only in mail about the job
  search or from a sender that is no personal mailbox; a scheduled or moved interview only
  where a time is given), when its probability for that kind
  reaches the kind's `promote` threshold (chosen in training so that the model, out of
  sample, was right at least 97 % of the time above it): recall gained without precision
  lost. Its evidence says so ("second opinion: rejection 0.93") and the kind's facts are read
  as for a rule.
- Every other reading gets a confidence from the model's probability `p` for the kind given:
  at the kind's `hold` threshold (chosen so that at most 1 % of right readings of the kind
  fall below it) the confidence is CONFIDENT, below it less (a reading that would draft
  something then waits for the user's look), above it more, linearly up to 1. A strong
  disagreement (the model gives the rules' kind little weight) leaves an evidence line naming
  what the model would have said.

Without shipped weights every reading keeps confidence 1.0 and the rules' word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from followupd.model import CONFIDENT, TIMED_KINDS, Kind, Signal
from followupd.understand.second_opinion import Opinion, Readable, features_of, shipped_weights

NO_RULE = "no rule matched"
# Given a kind and the evidence line that names it, the signal a rule of that kind would give.
ReadAs = Callable[[Kind, str], Signal]


def settled_by_rules(signal: Signal) -> bool:
    """A rule named `other` on purpose: no model overturns it, and no confidence is asked."""
    return signal.kind is Kind.OTHER and signal.evidence[:1] != (NO_RULE,)


def weigh(signal: Signal, msg: Readable, read_as: ReadAs) -> Signal:
    """`signal` (the rules' reading of `msg`) with the second opinion taken into account."""
    if settled_by_rules(signal):
        return signal
    weights = shipped_weights()
    if weights is None:
        return signal
    opinion = weights.opinion(features_of(msg))
    if signal.kind is Kind.OTHER:
        kind = opinion.kind
        likely = opinion[kind]
        if (
            kind is not Kind.OTHER
            and likely >= weights.promote.get(kind, 2.0)
            and _may_be(kind, msg)
        ):
            promoted = read_as(kind, f"second opinion: {kind.value} {likely:.2f}")
            return replace(promoted, confidence=confidence(weights.hold, kind, likely))
    return _with_confidence(signal, opinion, weights.hold)


_INTERVIEW_NEWS = frozenset(
    {
        Kind.INTERVIEW_REQUEST,
        Kind.INTERVIEW_SCHEDULED,
        Kind.INTERVIEW_RESCHEDULED,
        Kind.INTERVIEW_CANCELLED,
    }
)
# Kinds the model may not name where the rules set their words aside: a decision's words in
# a conditional or a footer, a time agreed that is still being checked ("I'll confirm").
_SET_ASIDE_STANDS = frozenset(
    {
        Kind.REJECTION,
        Kind.OFFER,
        Kind.INTERVIEW_SCHEDULED,
        Kind.INTERVIEW_RESCHEDULED,
        Kind.INTERVIEW_REQUEST,
    }
)


def _may_be(kind: Kind, msg: Readable) -> bool:
    """Whether the model may name `kind` for a message no rule read: only in mail about the
    job search or from a sender that is no personal mailbox (a friend's "see you Tuesday at
    10" from Gmail is no interview, whatever the model thinks); a kind that stands on a time
    only where the message or its thread gives one; never a decision or a time agreed whose
    words the rules found and set aside ("if you are not selected...", "no seguir adelante con
    lo del viaje", "that's fine - let me check with Raj and I'll confirm"): the model would
    name it on those very words."""
    if kind in _SET_ASIDE_STANDS and kind in msg.vetoed:
        return False
    if kind in _INTERVIEW_NEWS and msg.thread.closed:
        return False  # after a rejection or an offer, interview news comes in words a rule reads
    if not (msg.fact("hiring") or not msg.fact("freemail_sender")):
        return False
    # (an invitation no word ties to the search, to drinks or a party, is none)
    if (
        kind in _INTERVIEW_NEWS
        and msg.event is not None
        and not msg.fact("hiring")
        and _LEISURE_EVENT.search(msg.event.summary.lower())
    ):
        return False
    return kind not in TIMED_KINDS or msg.fact("timed") or msg.event is not None


_LEISURE_EVENT = re.compile(
    r"\b(?:drinks|party|dinner|lunch|brunch|birthday|bbq|barbecue|pint|pub|quiz|wedding|picnic"
    r"|abendessen|feier|grillen|geburtstag|apéro|apéritif|dîner|déjeuner|soirée|anniversaire|cena"
    r"|comida|fiesta|copas|cumpleaños|boda)\b"
)


# An interview booked or moved: either way a time is fixed, and what follows is the same (a
# thank-you after it); the model's doubt between the two is no doubt about the reading.
_TIME_FIXED = frozenset({Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED})


def _likely(opinion: Opinion, kind: Kind) -> float:
    if kind in _TIME_FIXED:
        return sum(opinion[k] for k in _TIME_FIXED)
    return opinion[kind]


def _with_confidence(signal: Signal, opinion: Opinion, hold: dict[Kind, float]) -> Signal:
    score = confidence(hold, signal.kind, _likely(opinion, signal.kind))
    if score >= CONFIDENT or opinion.kind is signal.kind:
        return replace(signal, confidence=score)
    doubt = (
        f"second opinion: {opinion.kind.value} {opinion[opinion.kind]:.2f}, "
        f"{signal.kind.value} {opinion[signal.kind]:.2f}"
    )
    return replace(signal, confidence=score, evidence=(*signal.evidence, doubt))


def confidence(hold: dict[Kind, float], kind: Kind, likely: float) -> float:
    """The model's probability `likely` for `kind`, mapped so that the kind's hold threshold
    is CONFIDENT: below it, proportionally less; above it, linearly up to 1."""
    threshold = hold.get(kind)
    if threshold is None or threshold <= 0.0:
        return 1.0
    threshold = min(threshold, 0.999)
    if likely < threshold:
        return round(CONFIDENT * likely / threshold, 3)
    return round(CONFIDENT + (1.0 - CONFIDENT) * (likely - threshold) / (1.0 - threshold), 3)


__all__ = ["NO_RULE", "ReadAs", "confidence", "settled_by_rules", "weigh"]
