"""One employer's mail, split into application episodes.

A rejection, an offer, or the user's withdrawal or decline closes an application, not the
employer: a month later the same company may invite the user to interview for another role.
Hiring activity after the closing message (an application acknowledged, an interview
requested, or one booked for a time after the closing message) starts a new episode, which
gets its own process. A reading held for the user's word (looks.py) neither closes an episode
nor starts one. Episodes are cut in date order, so the first keeps the employer's id and later
ones add "#2", "#3": ids (and with them the drafts ledger's keys) stay the same as mail
accumulates.
"""

from __future__ import annotations

from collections.abc import Sequence

from followupd.model import Kind, Observation
from followupd.processes.looks import is_held
from followupd.processes.state import closes_by_user

_CLOSING = frozenset({Kind.REJECTION, Kind.OFFER})
_STARTING = frozenset({Kind.APPLICATION_RECEIVED, Kind.INTERVIEW_REQUEST})


def split_episodes(observations: Sequence[Observation]) -> list[list[Observation]]:
    """The observations (oldest first) cut into episodes, oldest first; never empty."""
    episodes: list[list[Observation]] = [[]]
    closed_at: Observation | None = None
    for observation in observations:
        if closed_at is not None and _starts_anew(observation, closed_at):
            episodes.append([])
            closed_at = None
        episodes[-1].append(observation)
        if closed_at is None and _closes(observation):
            closed_at = observation
    return episodes


def episode_id(process_id: str, number: int) -> str:
    return process_id if number == 1 else f"{process_id}#{number}"


def _closes(observation: Observation) -> bool:
    if observation.from_user:
        return closes_by_user(observation) is not None
    return observation.signal.kind in _CLOSING and not is_held(observation)


def _starts_anew(observation: Observation, closed_at: Observation) -> bool:
    if observation.from_user or is_held(observation):
        return False
    signal = observation.signal
    if signal.kind in _STARTING:
        return True
    closed = closed_at.envelope.date
    if signal.kind is not Kind.INTERVIEW_SCHEDULED or signal.interview_start is None:
        return False
    return closed is None or signal.interview_start > closed  # not a late copy of an old one
