"""Addresses every draft may go to whatever the mail says: everyone the user wrote to, and the
user's references.

The people the user names under `[[references]]` (`settings.references`) are the user's own
word: no employer mail names them, yet a heads-up goes to each when an employer asks for
references (policy/news_stages.py). processes/trust.py vouches for them in every process, so
that heads-up is drafted rather than held for a look.
"""

from __future__ import annotations

from followupd.model import Settings
from followupd.store import Store


def vouched_elsewhere(store: Store, account: str, settings: Settings) -> frozenset[str]:
    """Addresses a draft may go to in any process: everyone the user wrote to (their sent
    mail's recipients, recorded as it is pulled), and the user's references."""
    return frozenset(store.written_to(account)) | frozenset(reference_addresses(settings))


def reference_addresses(settings: Settings) -> tuple[str, ...]:
    """The addresses of the user's `[[references]]`, lowercase."""
    found = (reference.address.strip().lower() for reference in settings.references)
    return tuple(address for address in found if "@" in address)
