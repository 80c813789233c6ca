"""A message rebuilt from what its fetch plan brought: the header block, then its text and
calendar parts as fetched by section.

The header block is the poll's (the header fields, with INTERNALDATE and the size as a
Received line: the same bytes, so a message without a Message-ID gets the same synthetic one).
A message that is not multipart is that block and its body (as sent: its Content-Type and
Content-Transfer-Encoding are among the fields). A multipart message becomes a
multipart/mixed of the fetched leaves, each with its own MIME header (BODY.PEEK[n.MIME], so
its encoding and charset stay as sent), and, for every other leaf, an empty part that keeps
its file name; SKIPPED_HEADER says parts were left on the server.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from followupd.backends import SKIPPED_HEADER
from followupd.backends.imap.bodystructure import Leaf, Structure, message_pieces
from followupd.backends.imap.sync import with_internal_date

_CONTENT_FIELDS = re.compile(rb"^content-(?:type|transfer-encoding):", re.I)
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\]')
_SECTION = re.compile(rb"BODY\[([^\]]*)\](?:<\d+>)?\s*$", re.I)
_UID = re.compile(rb"\bUID (\d+)", re.I)
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)", re.I)
_INTERNAL_DATE = re.compile(rb'\bINTERNALDATE "([^"\r\n]{1,40})"', re.I)
HEADER_SECTION = "HEADER.FIELDS"


@dataclass(slots=True)
class Answer:
    """One message's part of a FETCH response: its sections by name, its date and size."""

    sections: dict[str, bytes] = field(default_factory=dict)
    internal_date: str = ""
    size: int = 0

    def header_block(self) -> bytes | None:
        header = self.sections.get(HEADER_SECTION)
        return None if header is None else with_internal_date(header, self.internal_date, self.size)


def answers_by_uid(data: Sequence[object]) -> dict[int, Answer]:
    """UID -> its answer, from a UID FETCH of BODY sections ("HEADER.FIELDS" for any
    HEADER.FIELDS (...) section; "1.MIME", "2.1", "TEXT"); a message without a UID is dropped."""
    found: dict[int, Answer] = {}
    for pieces in message_pieces(data):
        answer = Answer()
        uid: int | None = None
        for text, literal in zip(pieces, [*pieces[1:], b""], strict=True):
            if isinstance(text, tuple):
                continue
            if uid is None and (match := _UID.search(text)) is not None:
                uid = int(match[1])
            if (size := _SIZE.search(text)) is not None:
                answer.size = int(size[1])
            if (when := _INTERNAL_DATE.search(text)) is not None:
                answer.internal_date = when[1].decode("ascii", "replace")
            if isinstance(literal, tuple) and (name := _SECTION.search(text)):
                key = name[1].decode("ascii", "replace").upper()
                answer.sections[HEADER_SECTION if key.startswith(HEADER_SECTION) else key] = (
                    literal[0]
                )
        if uid is not None:
            found[uid] = answer
    return found


def rebuilt(answer: Answer, structure: Structure, asked: Sequence[str]) -> bytes | None:
    """The message from its answer; None when a section asked for is missing (a part that
    came back other than as a literal is not read: the message is then fetched whole)."""
    header = answer.header_block()
    if header is None or any(name not in answer.sections for name in asked):
        return None
    if not structure.multipart:
        if not asked:  # a body that is not text (a lone attachment): its name is in the header
            return header.rstrip(b"\r\n") + b"\r\n" + _skipped_line(1) + b"\r\n"
        return header + answer.sections["TEXT"]
    leaves = [name for name in asked if not name.endswith(".MIME")]
    parts = {s: (answer.sections[f"{s}.MIME"], answer.sections[s]) for s in leaves}
    return rebuilt_message(header, structure, parts)


def rebuilt_message(
    header: bytes, structure: Structure, sections: dict[str, tuple[bytes, bytes]]
) -> bytes:
    """The header block, then a multipart/mixed of the fetched leaves (MIME header and content
    as sent) and, for every other leaf, an empty part keeping its file name."""
    parts: list[bytes] = []
    skipped = 0
    for leaf in structure.leaves:
        fetched = sections.get(leaf.section)
        if leaf.wanted and fetched is not None:
            mime, content = fetched
            parts.append(mime.rstrip(b"\r\n") + b"\r\n\r\n" + content)
        else:
            skipped += 1
            parts.append(_placeholder(leaf))
    boundary = _boundary(parts)
    top = (
        _without_content_fields(header)
        + (_skipped_line(skipped) if skipped else b"")
        + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
    )
    separator = f"\r\n--{boundary}\r\n".encode()
    return (
        top + separator.lstrip(b"\r\n") + separator.join(parts) + f"\r\n--{boundary}--\r\n".encode()
    )


def _skipped_line(count: int) -> bytes:
    return f"{SKIPPED_HEADER.decode()}: {count} part(s) not downloaded\r\n".encode()


def _placeholder(leaf: Leaf) -> bytes:
    name = _UNSAFE_NAME.sub("", leaf.filename)[:255]
    kind = (
        leaf.content_type if re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", leaf.content_type) else ""
    )
    lines = f"Content-Type: {kind or 'application/octet-stream'}\r\n"
    if name:
        lines += f'Content-Disposition: attachment; filename="{name}"\r\n'
    else:
        lines += "Content-Disposition: attachment\r\n"
    return lines.encode("utf-8") + b"\r\n"


def _boundary(parts: list[bytes]) -> str:
    digest = hashlib.sha256(b"".join(part[:256] for part in parts)).hexdigest()[:24]
    boundary = f"followupd-{digest}"
    while any(boundary.encode() in part for part in parts):
        boundary += "x"
    return boundary


def _without_content_fields(header: bytes) -> bytes:
    """The header section without its Content-Type/-Transfer-Encoding fields (folded too)."""
    kept: list[bytes] = []
    dropping = False
    for line in header.rstrip(b"\r\n").splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = _CONTENT_FIELDS.match(line) is not None
        if not dropping:
            kept.append(line)
    text = b"".join(kept)
    return text if text.endswith(b"\n") or not text else text + b"\r\n"
