"""A big message rebuilt from its text and calendar parts, as fetched by section.

Each fetched leaf keeps its own MIME header (BODY.PEEK[n.MIME], so its Content-Transfer-
Encoding and charset stay as sent); they go under a multipart/mixed with the real header
section, and every other leaf becomes an empty part that keeps its file name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from followupd.backends import SKIPPED_HEADER
from followupd.backends.imap.bodystructure import Leaf, Structure, message_pieces

_CONTENT_FIELDS = re.compile(rb"^content-(?:type|transfer-encoding):", re.I)
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\]')


def rebuilt_message(
    header: bytes, structure: Structure, sections: dict[str, tuple[bytes, bytes]]
) -> bytes:
    """The real header section, then a multipart/mixed of the fetched leaves (MIME header and
    content as sent) and, for every other leaf, an empty part keeping its file name."""
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
    kept = _without_content_fields(header)
    top = (
        kept
        + f"{SKIPPED_HEADER.decode()}: {skipped} part(s) not downloaded\r\n".encode()
        + f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
    )
    separator = f"\r\n--{boundary}\r\n".encode()
    return (
        top + separator.lstrip(b"\r\n") + separator.join(parts) + f"\r\n--{boundary}--\r\n".encode()
    )


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


_SECTION = re.compile(rb"BODY\[([^\]]*)\](?:<\d+>)?\s*$", re.I)
_UID = re.compile(rb"\bUID (\d+)", re.I)


def sections_by_uid(data: Sequence[object]) -> dict[int, dict[str, bytes]]:
    """UID -> section name ("HEADER", "1.MIME", "2.1") -> literal, from a UID FETCH of
    BODY sections; a message without a UID is dropped."""
    found: dict[int, dict[str, bytes]] = {}
    for pieces in message_pieces(data):
        sections: dict[str, bytes] = {}
        uid: int | None = None
        for text, literal in zip(pieces, [*pieces[1:], b""], strict=True):
            if isinstance(text, tuple):
                continue
            if uid is None and (match := _UID.search(text)) is not None:
                uid = int(match[1])
            if isinstance(literal, tuple) and (name := _SECTION.search(text)):
                sections[name[1].decode("ascii", "replace").upper()] = literal[0]
        if uid is not None:
            found[uid] = sections
    return found


def slim_fetch_items(sections: Sequence[str], header_cap: int, section_cap: int) -> str:
    """FETCH items for the header and the given parts (each with its MIME header)."""
    items = [f"UID BODY.PEEK[HEADER]<0.{header_cap}>"]
    items += [f"BODY.PEEK[{s}.MIME] BODY.PEEK[{s}]<0.{section_cap}>" for s in sections]
    return f"({' '.join(items)})"


def slim_messages(
    data: Sequence[object], structures: Sequence[Structure], sections: Sequence[str]
) -> list[tuple[int, bytes]]:
    """UID and rebuilt message for each structure whose answer holds every part asked;
    one lacking a part is left out (fetched whole, or vanished)."""
    answers = sections_by_uid(data)
    slim: list[tuple[int, bytes]] = []
    for structure in structures:
        found = answers.get(structure.uid, {})
        # a part that came back other than as a literal (a quoted string, NIL) is not read
        # here: the message is then fetched whole rather than classified without its text
        if "HEADER" in found and all(s in found and f"{s}.MIME" in found for s in sections):
            pieces = {s: (found[f"{s}.MIME"], found[s]) for s in sections}
            slim.append((structure.uid, rebuilt_message(found["HEADER"], structure, pieces)))
    return slim
