"""The user's word on a reading: a correction, keyed by the message it is about.

Never keyed by a process id: processes are derived from readings and regroup when a reading
changes, while a message's Message-ID stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

CorrectionKind = Literal["kind", "not_interviewer", "confirm"]
CORRECTION_KINDS: tuple[CorrectionKind, ...] = ("kind", "not_interviewer", "confirm")


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction: what a message means (`kind`, value a Kind's value), who in it is no
    interviewer (`not_interviewer`, value an address), or that its reading stands
    (`confirm`, value "")."""

    message_id: str  # "<id@host>"; in a replay's corrections.toml also a short id
    what: CorrectionKind
    value: str = ""
    id: int = 0  # the store's number for it (0: not stored)
    at: datetime | None = None  # when the user made it
