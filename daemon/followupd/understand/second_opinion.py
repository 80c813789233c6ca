"""A learned second opinion: a linear model of a message's kind, beside the rules.

A multinomial logistic regression over hashed features: the words, the stems of long words
and the word pairs of the message's subject and the top of its new text above its sign-off
(lowercase, links gone, digits made 0), plus a few facts of its headers (bulk, auto-submitted,
a no-reply, service or freemail sender, a calendar request or cancellation, an answer to an
earlier message, a PDF attached) and of its thread (a time asked for, an interview fixed, a
decision already in). A word's feature is the CRC-32 of its bytes (seeded by where it stands),
a pair's is made of its words' two, so the shipped weights (`second_opinion.bin`, made by
bench/train_second_opinion.py from the project's own labelled mail; opinion_weights.py) hold
numbers only, never a word.

Pure Python at run time: no numpy, no network. The weights are read once, on first use
(package data, read as a module's source is; nothing else is read), and a reading is a few
C-level passes over a message's words.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat
from typing import Protocol

from followupd.mail import before_sign_off
from followupd.model import CalendarEvent, Kind, Mail
from followupd.understand.opinion_weights import KINDS, Opinion, Weights, decode
from followupd.understand.senders import (
    domain_of,
    is_freemail,
    is_no_reply,
    is_role_mailbox,
    is_third_party_domain,
)
from followupd.understand.thread import ThreadContext

WEIGHTS_FILE = "second_opinion.bin"
TEXT_CHARS = 3000  # the news of a message is at its top; footers add only noise
SUBJECT_CHARS = 300
STEM = 5  # a word longer than this also counts by its first STEM letters

# Bytes of the UTF-8 text: ASCII letters and every byte of a non-ASCII character are word
# bytes, digits become 0 ("14:30" and "09:15" read alike), other ASCII separates words.
_WORD_BYTES = bytes(
    c if chr(c).isalpha() or c >= 0x80 else ord("0") if chr(c).isdigit() else ord(" ")
    for c in range(256)
)
_LITTLE = sys.byteorder == "little"
assert array("I").itemsize == 4 and array("Q").itemsize == 8  # (so on every platform we run on)
_SEEDS = {place: zlib.crc32(place.encode()) for place in ("subject", "text", "event", "fact")}
# A stem's feature is the CRC-32 of "~" and the stem: the CRC of "~" carried on as the seed.
_STEM_SEEDS = {place: zlib.crc32(b"~", seed) for place, seed in _SEEDS.items()}
_STEM_OF_LONG_WORD = re.compile(rb" ([^ ]{%d})[^ ]" % STEM)  # in the translated text
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>]+")


def add_words(found: set[int], flat: str, place: str, limit: int) -> None:
    """Add the hashes of the words of `flat` (normalised text), of the stems of its long
    words ("rejected" and "rejection" share one, across tenses and languages' endings) and
    of each pair of neighbouring words."""
    spaced = b" " + flat[:limit].encode().translate(_WORD_BYTES)
    hashes = list(map(zlib.crc32, spaced.split(), repeat(_SEEDS[place])))
    found.update(hashes)
    found.update(map(zlib.crc32, _STEM_OF_LONG_WORD.findall(spaced), repeat(_STEM_SEEDS[place])))
    found.update(_pairs(hashes))


def _pairs(hashes: list[int]) -> list[int]:
    """Each neighbouring pair's feature, first * 2^32 + second: the hashes written as 32-bit
    big-endian numbers side by side, every 8 bytes from offsets 0 and 4 read as one 64-bit
    number (a few C-level array operations instead of two big-number operations a pair)."""
    written = array("I", hashes)
    if _LITTLE:
        written.byteswap()
    raw = written.tobytes()
    pairs = array("Q")
    pairs.frombytes(raw[: len(raw) // 8 * 8])
    pairs.frombytes(raw[4 : 4 + (len(raw) - 4) // 8 * 8])
    if _LITTLE:
        pairs.byteswap()
    return pairs.tolist()


def header_facts(mail: Mail, me: frozenset[str]) -> Iterator[str]:
    """The facts of a message's headers the model weighs, as names."""
    headers = {key for key, _ in mail.headers}
    precedence = (mail.header("precedence") or "").strip().lower()
    if headers & {"list-unsubscribe", "list-id"} or precedence in _BULK_PRECEDENCE:
        yield "bulk"
    submitted = (mail.header("auto-submitted") or "no").strip().lower()
    if submitted != "no" or headers & {"x-autoreply", "x-autorespond"}:
        yield "auto-submitted"
    sender = mail.envelope.sender
    if sender is not None:
        if sender.address in me:
            yield "from the user"
        yield from _sender_facts(sender.address)
    for event in mail.events[:1]:
        yield "calendar cancellation" if event.method == "CANCEL" else "calendar request"
        if event.sequence > 0:
            yield "calendar update"
    if mail.envelope.in_reply_to or mail.envelope.references:
        yield "answers an earlier message"
    if any(name.lower().endswith(".pdf") for name in mail.attachments):
        yield "pdf attached"


@lru_cache(maxsize=4096)  # a mailbox's senders write again and again
def _sender_facts(address: str) -> tuple[str, ...]:
    domain = domain_of(address)
    facts = (
        ("no-reply sender", is_no_reply(address)),
        ("freemail sender", is_freemail(domain)),
        ("service sender", not is_freemail(domain) and is_third_party_domain(domain)),
        ("role mailbox sender", is_role_mailbox(address)),
    )
    return tuple(name for name, holds in facts if holds)


def thread_facts(thread: ThreadContext) -> Iterator[str]:
    if thread.hiring:
        yield "thread about hiring"
    if thread.asked_for_time:
        yield "thread asked for a time"
    if thread.interview_start is not None:
        yield "thread fixed an interview"
    if thread.proposed:
        yield "user proposed a time"
    if thread.closed:
        yield "thread closed"


@cache
def fact_hash(name: str) -> int:
    return zlib.crc32(name.encode(), _SEEDS["fact"])


def features(
    mail: Mail,
    me: frozenset[str],
    thread: ThreadContext,
    subject: str,
    text: str,
    *,
    event: str = "",
) -> set[int]:
    """The hashed features of one message; `subject`, `text`, `event`: its subject, the top of
    its new text and its calendar summary, normalised (`normalised`)."""
    found: set[int] = set()
    add_words(found, subject, "subject", SUBJECT_CHARS)
    add_words(found, text, "text", TEXT_CHARS)
    if event:
        add_words(found, event, "event", SUBJECT_CHARS)
    found.update(map(fact_hash, header_facts(mail, me)))
    found.update(map(fact_hash, thread_facts(thread)))
    return found


class Readable(Protocol):
    """A message as classify.Message holds it."""

    mail: Mail
    me: frozenset[str]
    thread: ThreadContext
    vetoed: set[Kind]  # kinds whose phrase the rules found and set aside (a conditional...)

    @property
    def event(self) -> CalendarEvent | None: ...

    def fact(self, name: str) -> bool: ...


def features_of(msg: Readable) -> set[int]:
    """The hashed features of a message as classify.Message holds it."""
    mail, event = msg.mail, msg.event
    summary = normalised(event.summary[:SUBJECT_CHARS]) if event is not None else ""
    subject, text = (
        normalised(mail.envelope.subject[:SUBJECT_CHARS]),
        normalised(before_sign_off(mail.text[:TEXT_CHARS])),
    )
    return features(mail, msg.me, msg.thread, subject, text, event=summary)


def normalised(text: str) -> str:
    """Lowercase, plain apostrophes, links removed (their words are nobody's sentences).
    The model's own, so that its features change only when it is retrained."""
    if "http" in text or "www." in text:
        text = _LINK.sub(" ", text)
    return text.replace("\u2019", "'").lower()


@cache
def shipped_weights() -> Weights | None:
    """The weights shipped with the package, read on first use; None when absent."""
    try:
        data = resources.files(__package__).joinpath(WEIGHTS_FILE).read_bytes()
    except OSError:
        return None
    return decode(data)


__all__ = [
    "KINDS",
    "WEIGHTS_FILE",
    "Opinion",
    "Readable",
    "Weights",
    "features",
    "features_of",
    "header_facts",
    "shipped_weights",
    "thread_facts",
]
