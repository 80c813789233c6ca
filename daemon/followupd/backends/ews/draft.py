"""A draft as an EWS item: the MIME message, saved unsent, threaded as Outlook threads (and the
user's INBOX note: saved unread, as an ordinary message).

Exchange turns MimeContent into an item, and whether that item is a draft (shown in Outlook as
one the user edits and then dispatches) is PR_MESSAGE_FLAGS' MSGFLAG_UNSENT bit, which can only
be set when the item is created. Microsoft's import guide sets the flags to make an imported
message *not* a draft, and servers differ on the default, so the flags are always sent: read
and unsent. In-Reply-To
and References are also set as properties, and the Thread-Index as PR_CONVERSATION_INDEX, so the
draft joins its conversation whatever the server's MIME conversion keeps.

The extended properties are registered on a private subclass with its own FIELDS: exchangelib's
`register()` inserts into the FIELDS list the class *sees*, which for a subclass without fields
of its own is Message's, and would change every Message in the process.
"""

from __future__ import annotations

from typing import Any

from exchangelib import ExtendedProperty, Message

from followupd.backends.ews.items import thread_headers

MSGFLAG_READ = 0x1
MSGFLAG_UNSENT = 0x8


class MessageFlags(ExtendedProperty):  # type: ignore[misc]
    """PR_MESSAGE_FLAGS (PidTagMessageFlags)."""

    property_tag = 0x0E07
    property_type = "Integer"


class ConversationIndex(ExtendedProperty):  # type: ignore[misc]
    """PR_CONVERSATION_INDEX (PidTagConversationIndex): the Thread-Index header, decoded."""

    property_tag = 0x0071
    property_type = "Binary"


class DraftMessage(Message):  # type: ignore[misc]
    FIELDS = Message.FIELDS.copy()


DraftMessage.register("message_flags", MessageFlags)
DraftMessage.register("conversation_index_property", ConversationIndex)


def draft_item(account: Any, message: bytes) -> Any:
    """The CreateItem payload for a draft: its MIME, read and unsent, with its threading."""
    threading = thread_headers(message)
    return DraftMessage(
        account=account,
        mime_content=message,
        is_read=True,
        message_flags=MSGFLAG_READ | MSGFLAG_UNSENT,
        in_reply_to=threading.in_reply_to,
        references=threading.references,
        conversation_index_property=threading.thread_index,
    )


def note_item(account: Any, message: bytes) -> Any:
    """The CreateItem payload for the user's INBOX note: its MIME, unread and not a draft (no
    flag at all: an ordinary message, as if delivered)."""
    return DraftMessage(account=account, mime_content=message, is_read=False, message_flags=0)
