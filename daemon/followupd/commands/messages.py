"""Finding the message a user names on the command line: a Message-ID, or the short id that
`explain` and `status` show (or its first few characters, when only one message has them).
"""

from __future__ import annotations

from collections.abc import Sequence

from followupd.commands.corrections_file import message_key
from followupd.errors import FollowupdError, UsageError
from followupd.model import Observation

MIN_PREFIX = 4  # characters of a short id that may stand for it


class UnknownMessage(FollowupdError):
    """No message of the state database has that Message-ID or short id (exit 1)."""


def find_message(observations: Sequence[Observation], text: str) -> Observation:
    """The message `text` names: exactly one, or UnknownMessage / UsageError (ambiguous)."""
    from followupd.understand import short_id

    key = message_key(text)
    if "@" in key:
        wanted = key.lower()
        found = [o for o in observations if o.envelope.message_id.lower() == wanted]
    elif len(key) < MIN_PREFIX:
        raise UsageError(
            f"{text!r}: give a Message-ID or at least {MIN_PREFIX} characters of a short id"
        )
    else:
        found = [o for o in observations if short_id(o.envelope.message_id).startswith(key)]
    if not found:
        raise UnknownMessage(
            f"no message {text!r} in the state database (the short ids are in `followupd explain`)"
        )
    ids = sorted({o.envelope.message_id for o in found})
    if len(ids) > 1:
        named = ", ".join(f"{short_id(i)} {i}" for i in ids[:5])
        raise UsageError(f"{text!r} names {len(ids)} messages ({named}): give more of it")
    return found[0]
