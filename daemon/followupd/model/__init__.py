"""The model: the value types every part speaks in, and nothing else.

What a message says (`Envelope`, `Mail`, `CalendarEvent`, `Person`), what it means (`Kind`,
`Signal`, `Observation`), the user's word on it (`Correction`; `NeedsLook` until it is
given), an application process (`Process`, `Interview`, `Outcome`), what is due and what was
drafted (`Stage`, `Action`, `DraftRecord`), and the settings every part reads (`Settings`
and its sections). All frozen dataclasses; datetimes are timezone-aware.

May import: the standard library only. Never: another part of followupd, any I/O.
"""

from followupd.model.corrections import CORRECTION_KINDS, Correction, CorrectionKind
from followupd.model.domain import (
    ASSUMED_LENGTH,
    AUTOMATED_RULES,
    CONFIDENT,
    Action,
    CalendarEvent,
    DraftRecord,
    DraftStatus,
    Envelope,
    FolderRole,
    Interview,
    Kind,
    Mail,
    NeedsLook,
    Observation,
    Outcome,
    Person,
    Process,
    Session,
    Signal,
    Stage,
    recipient_key,
)
from followupd.model.settings import (
    DRAFT_LANGUAGES,
    MAX_READ_HELPERS,
    SALUTATIONS,
    AccountSettings,
    DaemonSettings,
    DraftSettings,
    Me,
    PolicySettings,
    Settings,
)

__all__ = [
    "ASSUMED_LENGTH",
    "AUTOMATED_RULES",
    "CONFIDENT",
    "CORRECTION_KINDS",
    "DRAFT_LANGUAGES",
    "MAX_READ_HELPERS",
    "SALUTATIONS",
    "AccountSettings",
    "Action",
    "CalendarEvent",
    "Correction",
    "CorrectionKind",
    "DaemonSettings",
    "DraftRecord",
    "DraftSettings",
    "DraftStatus",
    "Envelope",
    "FolderRole",
    "Interview",
    "Kind",
    "Mail",
    "Me",
    "NeedsLook",
    "Observation",
    "Outcome",
    "Person",
    "PolicySettings",
    "Process",
    "Session",
    "Settings",
    "Signal",
    "Stage",
    "recipient_key",
]
