"""A forward that relays news: a recruiter's "see below" above the hiring manager's words.

"Great news - Martin came back on the Lead Analytics Engineer role, see below" forwards the
news it announces; "Te reenvío lo que me ha contado Arnau" likewise. When a message's own words
settle nothing and what it quotes begins with a forward's marker ("---------- Forwarded
message ---------", "Begin forwarded message:", "Mensaje reenviado", "Weitergeleitete
Nachricht", "Message transféré"), the message is read once more with the forwarded message's
text after its own. Only from a sender who is no personal mailbox, and only when the forwarded
message names the user (the recruiter is told "Read Lena's CV", "We'd like Lena to join us"):
a friend forwarding their own offer letter or rejection for advice relays no news of the
user's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from followupd.mail import quoted_pieces
from followupd.model import Mail
from followupd.understand.names import given_name
from followupd.understand.senders import is_freemail

MAX_NOTE_CHARS = 1500  # a cover note longer than this says its news in its own words
MAX_FORWARDED_CHARS = 4000

_MARKER = re.compile(
    r"\A\s*(?:-{2,}\s*(?:forwarded message|original message|mensaje reenviado|mensaje original"
    r"|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine)"
    r"\s*-{2,}|begin forwarded message:)",
    re.IGNORECASE,
)


def with_forwarded(mail: Mail, me: frozenset[str]) -> Mail | None:
    """`mail` with the text of the message it forwards after its own, when it is a short
    cover note from no personal mailbox and the forwarded message names the user (`me`: their
    addresses; their name is the one the cover note's To gives them); None otherwise."""
    sender = mail.envelope.sender
    if (
        sender is None
        or is_freemail(sender.address.rpartition("@")[2])
        or len(mail.text) > MAX_NOTE_CHARS
        or not _MARKER.match(mail.quoted)
    ):
        return None
    pieces = quoted_pieces(mail.quoted)
    if not pieces:
        return None
    forwarded = pieces[0][1][:MAX_FORWARDED_CHARS]
    if not _names_the_user(forwarded, mail, me):
        return None
    return replace(mail, text=f"{mail.text}\n\n{forwarded}", quoted="")


def _names_the_user(text: str, mail: Mail, me: frozenset[str]) -> bool:
    names = {given_name(p.name) for p in mail.envelope.to if p.address in me and p.name}
    return any(
        len(name) > 1 and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None
        for name in names
    )


__all__ = ["with_forwarded"]
