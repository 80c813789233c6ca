"""The user's INBOX note over IMAP: APPEND with no flags (unread, not a draft), then the day's
earlier note (the same Message-ID) removed.

The only time followupd SELECTs a folder read-write, and only to flag its own earlier note
\\Deleted and remove that one message with UID EXPUNGE (RFC 4315, UIDPLUS: Dovecot, Gmail,
Fastmail, Exchange...). A plain EXPUNGE would also remove whatever else the user had flagged
\\Deleted in INBOX, so without UIDPLUS the earlier note is only flagged (most mail programs then
hide it, or strike it through). The new note is appended before the old one goes, so INBOX
never lacks one; a retry after a dropped connection finds both and keeps only the newest.
INBOX is EXAMINEd again after, so the rest of the session stays read-only.
The search for the earlier note looks only at mail that arrived from two days before the note's
Date (a note is put on its day or later, whatever the server's zone): the server then reads the
headers of a day's mail, not of the whole INBOX (0.6 s on a cold 10,000-message Dovecot).
"""

from __future__ import annotations

from datetime import date, timedelta
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime

from imap_tools import BaseMailBox

from followupd.backends.imap.connect import require_ok
from followupd.backends.imap.sync import (
    any_header_search,
    message_id_of,
    parse_fetch,
    search_since,
    uid_set,
)

SEARCH_DAYS_BEFORE = 2  # an earlier note of the day arrived at most this long before its Date


def leave_note(box: BaseMailBox, name: str, message: bytes, message_id: str) -> None:
    """Put `message` in the folder `name` (INBOX) unflagged; remove earlier ones of its id."""
    box.folder.set(name, readonly=False)
    try:
        earlier = _with_message_id(box, message_id, _dated(message))
        box.append(message, name, flag_set=())
        if earlier:
            typ, data = box.client.uid("STORE", uid_set(earlier), "+FLAGS.SILENT", "(\\Deleted)")
            require_ok(typ, data, "UID STORE")
            if "UIDPLUS" in box.client.capabilities:
                typ, data = box.client.uid("EXPUNGE", uid_set(earlier))
                require_ok(typ, data, "UID EXPUNGE")
    finally:
        box.folder.set(name, readonly=True)


def _dated(message: bytes) -> date | None:
    """The day of the message's Date header (None when it has none that reads)."""
    value = BytesHeaderParser().parsebytes(message).get("Date")
    try:
        return parsedate_to_datetime(str(value)).date() if value else None
    except (TypeError, ValueError):
        return None


def _with_message_id(box: BaseMailBox, message_id: str, day: date | None) -> list[int]:
    """UIDs of the selected folder's messages whose Message-ID is exactly `message_id`, among
    those that arrived from a little before `day` (all of them when it is None)."""
    since = "" if day is None else search_since(day - timedelta(SEARCH_DAYS_BEFORE)) + " "
    criteria = f"UNDELETED {since}{any_header_search('Message-ID', [message_id])}"
    typ, data = box.client.uid("SEARCH", criteria)
    require_ok(typ, data, "UID SEARCH")
    found = [int(uid) for line in data if isinstance(line, bytes) for uid in line.split()]
    if not found:
        return []
    parts = "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
    typ, data = box.client.uid("FETCH", uid_set(found), parts)
    require_ok(typ, data, "UID FETCH")
    return sorted(item.uid for item in parse_fetch(data) if message_id_of(item.data) == message_id)
