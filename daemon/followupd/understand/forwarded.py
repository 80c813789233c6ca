"""A forward that relays news: a recruiter's "see below" above the hiring manager's words.

"Great news - Martin came back on the Lead Analytics Engineer role, see below" forwards the
news it announces; "Te reenvío lo que me ha contado Arnau" likewise. When a message's own words
settle nothing and what it quotes begins with a forward's marker ("---------- Forwarded
message ---------", "Begin forwarded message:", "Mensaje reenviado", "Weitergeleitete
Nachricht", "Message transféré"; Outlook's rule and header block under a "TR:" or "WG:"
subject), the message is read once more with the forwarded message's
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
# Outlook's: a rule, then the header block ("De : ...", "Von: ..."), as in its replies: a
# forward only under a forward's subject ("TR:", "WG:", "Fwd:", "RV:").
_RULE_AND_HEADER = re.compile(r"\A\s*_{10,}\s*\n\s*(?:from|de|von|da|van)\s?:", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|tr|wg|rv|enc|doorst)\s*:", re.IGNORECASE)


def with_forwarded(mail: Mail, me: frozenset[str]) -> Mail | None:
    """`mail` with the text of the message it forwards after its own, when it is a short
    cover note from no personal mailbox and the forwarded message names the user (`me`: their
    addresses; their name is the one the cover note's To gives them); None otherwise."""
    sender = mail.envelope.sender
    if (
        sender is None
        or is_freemail(sender.address.rpartition("@")[2])
        or len(mail.text) > MAX_NOTE_CHARS
        or not _forwards(mail)
    ):
        return None
    pieces = quoted_pieces(mail.quoted)
    if not pieces:
        return None
    head, text = pieces[0]
    forwarded = text[:MAX_FORWARDED_CHARS]
    # (not the user's own message forwarded back: "Je vous confirme ma présence ...")
    if _from_the_user(head, forwarded, me) or not _names_the_user(forwarded, mail, me):
        return None
    return replace(mail, text=f"{mail.text}\n\n{forwarded}", quoted="")


_FROM_LINE = re.compile(r"^\s*(?:from|de|von|da|van)\s?:[^\n]*", re.IGNORECASE | re.MULTILINE)


def _from_the_user(head: str, text: str, me: frozenset[str]) -> bool:
    """Whether the forwarded message is the user's own: its attribution or its header's From
    line names one of the user's addresses."""
    found = _FROM_LINE.search(text, 0, 400)
    lines = f"{head}\n{found.group() if found else ''}".lower()
    return any(address in lines for address in me)


def _forwards(mail: Mail) -> bool:
    if _MARKER.match(mail.quoted):
        return True
    return bool(
        _RULE_AND_HEADER.match(mail.quoted) and _FORWARD_SUBJECT.match(mail.envelope.subject)
    )


def _names_the_user(text: str, mail: Mail, me: frozenset[str]) -> bool:
    # (by given name, or by surname outside a greeting: "We'd like Lena to join us", "Mme Vidal
    # Hartmann a fait une très bonne impression", not "Sehr geehrte Frau Kessler" in a reply)
    mine = [p.name for p in mail.envelope.to if p.address in me and p.name]
    given = {given_name(n) for n in mine}
    surnames = {n.split()[-1] for n in mine if len(n.split()) > 1}
    if any(_written(name, text) for name in given):
        return True
    return any(
        not _GREETING.search(text, text.rfind("\n", 0, found.start()) + 1, found.start())
        for name in surnames
        if len(name) > 2
        for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    )


_GREETING = re.compile(
    r"\b(?:dear|hi|hello|liebe|lieber|geehrte|geehrter|hallo|chère|cher|bonjour|estimad[oa]|hola"
    r"|querid[oa])\b",
    re.IGNORECASE,
)


def _written(name: str, text: str) -> bool:
    return len(name) > 1 and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


__all__ = ["with_forwarded"]
