"""Addresses every draft may go to whatever the mail says: everyone the user wrote to, and the
user's references.

`reference_addresses` is a hook for issue 15, which adds a `[[references]]` section to the
config (the people the user names as references). Once `Settings` carries them
(`settings.references`, each an address or an object with an `address`), they are returned
here and processes/trust.py vouches for them in every process. Until then there are none.
"""

from __future__ import annotations

from followupd.model import Settings
from followupd.store import Store


def vouched_elsewhere(store: Store, account: str, settings: Settings) -> frozenset[str]:
    """Addresses a draft may go to in any process: everyone the user wrote to (their sent
    mail's recipients, recorded as it is pulled), and the user's references."""
    return frozenset(store.written_to(account)) | frozenset(reference_addresses(settings))


def reference_addresses(settings: Settings) -> tuple[str, ...]:
    """The addresses of the user's `[[references]]` (none until the config has the section)."""
    references = getattr(settings, "references", ()) or ()
    found = (str(getattr(reference, "address", reference)) for reference in references)
    return tuple(address.strip().lower() for address in found if "@" in address)
