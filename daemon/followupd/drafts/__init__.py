"""Drafts: an `Action` and its process in, an `EmailMessage` out.

Jinja2 templates (the user's own first, then the packaged ones) in a sandbox, with mail data
only ever as variables, one per stage and language (the employer's, when the user enabled it);
dates, weekdays and lists of names in the user's locale (CLDR, via Babel); salutations by the
user's convention and each language's own; threading headers (`In-Reply-To`, `References`,
`Thread-Index`); header values cleaned so no name or subject can add a header; a deterministic
Message-ID. And the INBOX note (note.py): the user's own message to themselves saying what is
waiting in Drafts.

May import: model, errors. Never: the clock (the moment is an argument), the store, a
mailbox, the policy's inside.
"""

from followupd.drafts.compose import action_message_id, compose
from followupd.drafts.context import sample_action, sample_variables
from followupd.drafts.note import (
    NoteContent,
    NoteEntry,
    NoteQuestion,
    compose_note,
    note_message_id,
)
from followupd.drafts.templates import Templates

__all__ = [
    "NoteContent",
    "NoteEntry",
    "NoteQuestion",
    "Templates",
    "action_message_id",
    "compose",
    "compose_note",
    "note_message_id",
    "sample_action",
    "sample_variables",
]
