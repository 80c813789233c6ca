"""The user's corrections applied to readings: a correction wins over the classifier.

`apply_corrections(observations, corrections)` gives each corrected message the reading the
user gave it, with evidence that says so:
- a kind: that kind, confidence 1.0. `other` means "not about my job search": the message is
  then treated like mail nobody wrote to the user (`automated`), so it opens no process,
  names no contact and restarts no clock; the user's own message so corrected accepts,
  declines and withdraws nothing (a misread acceptance is no longer asked about);
- not an interviewer: the address leaves the message's interviewers and sessions, and is
  listed in `Signal.not_interviewers` so the interview it announced never thanks them;
- a confirmation: the reading stands, confidence 1.0 (a held reading is released), and
  everyone the message names may be written to (`Signal.confirmed`: processes/trust.py).
A kind correction (other than `other`) confirms the message the same way.

Corrections name a message by its Message-ID, or (in a replay's corrections.toml) by the short
id `explain` and `status` show: `short_id`, 7 base32 characters of a hash of the Message-ID.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from followupd.model import Correction, Kind, Observation, Signal

SHORT_ID_LENGTH = 7
NOT_ABOUT_THE_JOB_SEARCH = "not about my job search"


def short_id(message_id: str) -> str:
    """A short, stable name for a message: 7 lowercase base32 characters (35 bits)."""
    digest = hashlib.sha256(message_id.strip().encode("utf-8", "surrogateescape")).digest()
    return base64.b32encode(digest).decode("ascii")[:SHORT_ID_LENGTH].lower()


def apply_corrections(
    observations: Sequence[Observation], corrections: Iterable[Correction]
) -> list[Observation]:
    """The observations with every correction about them applied (others unchanged)."""
    by_message: dict[str, list[Correction]] = {}
    for correction in corrections:
        by_message.setdefault(correction.message_id.strip(), []).append(correction)
    if not by_message:
        return list(observations)
    short = any(len(key) == SHORT_ID_LENGTH and "@" not in key for key in by_message)
    corrected = []
    for observation in observations:
        message_id = observation.envelope.message_id.strip()
        mine = by_message.get(message_id, [])
        if short:
            mine = mine + by_message.get(short_id(message_id), [])
        corrected.append(_corrected(observation, mine) if mine else observation)
    return corrected


def _corrected(observation: Observation, corrections: Sequence[Correction]) -> Observation:
    signal = observation.signal
    for correction in sorted(corrections, key=_order):
        if correction.what == "kind":
            signal = _with_kind(signal, Kind(correction.value))
        elif correction.what == "not_interviewer":
            signal = _without_interviewer(signal, correction.value.strip().lower())
        else:
            signal = replace(
                signal,
                confidence=1.0,
                confirmed=True,
                evidence=("confirmed by you", *signal.evidence),
            )
    return replace(observation, signal=signal)


def _order(correction: Correction) -> int:
    """The kind first: the other corrections are about the message as the user reads it."""
    return ("kind", "not_interviewer", "confirm").index(correction.what)


def _with_kind(signal: Signal, kind: Kind) -> Signal:
    was = f"read as {signal.kind.value}"
    if kind is Kind.OTHER:  # and, for the user's own message, it accepts or withdraws nothing
        reason = f"corrected by you: {NOT_ABOUT_THE_JOB_SEARCH} ({was})"
        evidence = (reason, *signal.evidence)
        return replace(
            signal, kind=kind, confidence=1.0, automated=True, evidence=evidence, user_act=""
        )
    reason = f"corrected by you: {kind.value} ({was})"
    evidence = (reason, *signal.evidence)
    return replace(
        signal, kind=kind, confidence=1.0, automated=False, confirmed=True, evidence=evidence
    )


def _without_interviewer(signal: Signal, address: str) -> Signal:
    return replace(
        signal,
        interviewers=tuple(p for p in signal.interviewers if p.address.lower() != address),
        sessions=tuple(s for s in signal.sessions if s.person.address.lower() != address),
        not_interviewers=(*signal.not_interviewers, address),
        evidence=(f"corrected by you: {address} is not an interviewer", *signal.evidence),
    )
