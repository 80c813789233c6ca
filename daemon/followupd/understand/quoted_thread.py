"""A reply's quoted history read as its thread, when nothing else of the thread is known.

A short reply often says its news only against what it quotes: "Top, on dit jeudi 10h alors !"
under "Tu aurais un moment cette semaine pour un premier call ?"; "Ich habe unser Gespräch auf
Dienstag verlegt" under the confirmation of Thursday's interview. The engine reads a reply with
what the store holds of its thread (thread.py). When it holds nothing (the earlier messages
predate the look-back, or went to another mailbox) and the reply's own words settle nothing,
classify reads it once more with the context its quoted history leaves: each quoted message
(mail.quoted_pieces) read as any message is, without quotes of its own, in order,
its writer told by the line that introduces it ("On ... Name <address> wrote:", "Am ...
schrieb ...:", "Le ... a écrit :", "El ... escribió:", Outlook's "From:"): the user when it
names one of the user's addresses or the name the reply addresses the user by, the reply's
writer when it names theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from followupd.mail import quoted_pieces
from followupd.model import Envelope, Mail, Person, Signal
from followupd.understand.people import addresses_in
from followupd.understand.thread import NO_CONTEXT, Earlier, ThreadContext, thread_context

MAX_REPLY_CHARS = 1500  # a reply longer than this says its news in its own words
MAX_PIECE_CHARS = 4000

Read = Callable[[Mail], Signal]


def quoted_context(
    mail: Mail, me: frozenset[str], read: Read, speaks_of_hiring: Callable[[Mail], bool]
) -> ThreadContext:
    """What the messages `mail` quotes establish, each read by `read`; NO_CONTEXT when it
    quotes none. The thread is about hiring when a quoted message of the other side speaks of
    it; the user's own words never make it so (a friend's "see you Tuesday" under "I can tell
    you about my job interview" is no interview)."""
    pieces = quoted_pieces(mail.quoted)
    if not pieces:
        return NO_CONTEXT
    user = _user(mail, me)
    earlier = []
    hiring = False
    for age, (head, text) in enumerate(pieces, start=1):
        writer = _writer(head, mail, user)
        from_user = user is not None and writer is user
        envelope = Envelope(
            message_id=f"{mail.envelope.message_id}#quoted-{age}",
            subject=mail.envelope.subject,
            sender=writer,
            to=(mail.envelope.sender,)
            if from_user and mail.envelope.sender
            else (user,)
            if user
            else (),
            date=mail.envelope.date - timedelta(minutes=age) if mail.envelope.date else None,
        )
        piece = Mail(envelope=envelope, text=text[:MAX_PIECE_CHARS], headers=_headers(mail))
        earlier.append(Earlier(envelope, read(piece), from_user))
        hiring = hiring or (not from_user and speaks_of_hiring(piece))
    context = thread_context(earlier)
    return replace(context, hiring=True) if hiring and not context.hiring else context


def leans_on_quotes(mail: Mail) -> bool:
    """A short reply that quotes earlier mail: its news may be in what it answers."""
    return bool(mail.quoted) and len(mail.text) <= MAX_REPLY_CHARS


def with_quotes_noted(signal: Signal) -> Signal:
    note = "read with its quoted history (nothing else of its thread is known)"
    return replace(signal, evidence=(*signal.evidence, note))


def _user(mail: Mail, me: frozenset[str]) -> Person | None:
    """The user as the reply addresses them (their address, and the name written with it)."""
    envelope = mail.envelope
    return next((p for p in (*envelope.to, *envelope.cc) if p.address in me), None)


def _writer(head: str, mail: Mail, user: Person | None) -> Person:
    """Who wrote a quoted message, by the line that introduces it."""
    sender = mail.envelope.sender
    named = addresses_in(head)
    lowered = head.lower()
    if user is not None and (user.address in named or (not named and _names(lowered, user.name))):
        return user
    if sender is not None and (
        sender.address in named or (not named and _names(lowered, sender.name))
    ):
        return sender
    return Person(named[0] if named else "", "")


def _names(lowered_head: str, name: str) -> bool:
    return len(name) > 2 and name.lower() in lowered_head


def _headers(mail: Mail) -> tuple[tuple[str, str], ...]:
    """The reply's headers that say who the user is (the quoted messages reached them too)."""
    return tuple((k, v) for k, v in mail.headers if k in {"delivered-to", "x-original-to"})


__all__ = ["leans_on_quotes", "quoted_context", "with_quotes_noted"]
