"""The stored readings as the user has them: the classifier's, with every correction applied.

What every cycle, report and replay folds into processes (understand.apply_corrections), so a
correction wins over the classifier wherever a reading is used, and a re-read or a rescan
never loses it: corrections are kept apart, keyed by Message-ID.
"""

from __future__ import annotations

from followupd.model import Observation
from followupd.store import Store
from followupd.understand import apply_corrections


def corrected_observations(store: Store, account: str | None = None) -> list[Observation]:
    """The account's observations (every account's: None), corrections applied."""
    return apply_corrections(store.observations(account), store.corrections())
