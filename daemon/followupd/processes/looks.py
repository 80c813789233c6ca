"""Readings that wait for the user's word ("needs a look") before they may draft anything.

A trigger (an interview booked or moved, a holding reply, a rejection, an offer) read with a
confidence below CONFIDENT, which the user has neither confirmed nor corrected (either sets
the confidence to 1.0), is held. A held message still counts as the employer writing, so it
restarts the check-in clock and no nag follows it; but it closes nothing, books or moves no
interview, states no decision date and is answered by nothing, until the user's word.
"""

from __future__ import annotations

from collections.abc import Iterable

from followupd.model import CONFIDENT, Kind, NeedsLook, Observation

TRIGGERS = frozenset(
    {
        Kind.INTERVIEW_SCHEDULED,
        Kind.INTERVIEW_RESCHEDULED,
        Kind.HOLDING_REPLY,
        Kind.REJECTION,
        Kind.OFFER,
    }
)


def is_held(observation: Observation) -> bool:
    signal = observation.signal
    return not observation.from_user and signal.kind in TRIGGERS and signal.confidence < CONFIDENT


def needs_look(observations: Iterable[Observation]) -> tuple[NeedsLook, ...]:
    """The held readings among `observations`, in their order, each with its reason."""
    return tuple(
        NeedsLook(o, f"reads as {o.signal.kind.value} with confidence {o.signal.confidence:.2f}")
        for o in observations
        if is_held(o)
    )
