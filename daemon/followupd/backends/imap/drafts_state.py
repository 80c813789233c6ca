"""Has anything left Drafts? Told from two STATUS answers, whatever the number of drafts.

A Drafts state is "drafts1:<UIDVALIDITY>:<UIDNEXT>:<MESSAGES>". Between two states, every
message added took a UID, so at most UIDNEXT' - UIDNEXT messages came; if MESSAGES' is lower
than MESSAGES plus that, some message went (deleted, sent, or replaced by an edit). A server
may also skip UIDs, which only makes a removal look possible: then the drafts are looked up,
never the other way round. A new UIDVALIDITY, or no state before, says "maybe" too.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "drafts1"


@dataclass(frozen=True, slots=True)
class DraftsState:
    uidvalidity: int
    uidnext: int
    messages: int

    def encode(self) -> str:
        return f"{PREFIX}:{self.uidvalidity}:{self.uidnext}:{self.messages}"


def decode_drafts_state(text: str | None) -> DraftsState | None:
    parts = (text or "").split(":")
    if len(parts) != 4 or parts[0] != PREFIX or not all(p.isdigit() for p in parts[1:]):
        return None
    return DraftsState(int(parts[1]), int(parts[2]), int(parts[3]))


def removed_since(before: DraftsState | None, now: DraftsState) -> bool:
    """May a message have left Drafts between `before` and `now`?"""
    if before is None or before.uidvalidity != now.uidvalidity or now.uidnext < before.uidnext:
        return True
    return now.messages < before.messages + (now.uidnext - before.uidnext)
