"""BODYSTRUCTURE -> the parts of a message worth downloading.

A message is read from its text (plain, HTML) and calendar parts; attachments are only named.
Its BODYSTRUCTURE names the leaves (a message that is not multipart is one leaf, its body);
only the text and calendar leaves are fetched (fetch_plan.py says how, slim.py rebuilds the
message). Anything unexpected in the structure leaves the message out, and it is then fetched
whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

MAX_PARTS = 200
MAX_DEPTH = 20
MAX_TOKENS = 20_000
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_TEXT_TYPES = frozenset({"text/plain", "text/html"})
_TOKEN = re.compile(rb'\s*(?:(\()|(\))|"((?:[^"\\]|\\.)*)"|([^\s()"\[\]]+(?:\[[^\]]*\])?))', re.S)
_LITERAL_END = re.compile(rb"\{(\d+)\}\s*$")
_MESSAGE_START = re.compile(rb"^\d+ \(")

Node = str | None | list["Node"]


class BodyStructureError(ValueError):
    """A BODYSTRUCTURE we do not read with confidence."""


@dataclass(frozen=True, slots=True)
class Leaf:
    section: str  # "1", "2.1": the IMAP part number
    content_type: str  # lowercase "type/subtype"
    filename: str  # "" when the part names no file
    disposition: str  # lowercase, "" when none
    size: int  # encoded size in octets

    @property
    def calendar(self) -> bool:
        name = self.filename.lower()
        return self.content_type in _CALENDAR_TYPES or name.endswith((".ics", ".vcs"))

    @property
    def wanted(self) -> bool:
        """Would parse read this leaf's content (not only its name)?"""
        if self.calendar:
            return True
        return self.content_type in _TEXT_TYPES and self.disposition != "attachment"


@dataclass(frozen=True, slots=True)
class Structure:
    uid: int
    leaves: tuple[Leaf, ...]
    multipart: bool = True  # False: one leaf, the body (section TEXT)

    def sections(self) -> list[str]:
        return [leaf.section for leaf in self.leaves if leaf.wanted]

    def wanted_bytes(self) -> int:
        return sum(leaf.size for leaf in self.leaves if leaf.wanted)


def parse_bodystructures(data: Sequence[object]) -> Iterator[Structure]:
    """imaplib's data for `UID FETCH ... (UID BODYSTRUCTURE)`; a message we cannot read is
    left out (so it is fetched whole)."""
    for pieces in message_pieces(data):
        try:
            nodes = _read(_tokens(pieces), 0)[0]
            if len(nodes) < 2 or not isinstance(nodes[1], list):
                raise BodyStructureError("not a FETCH response")
            yield _structure(nodes[1])
        except (BodyStructureError, IndexError, ValueError, RecursionError):
            continue


def message_pieces(data: Sequence[object]) -> Iterator[list[bytes | tuple[bytes]]]:
    """One list of pieces per message: text, and literals as 1-tuples."""
    pieces: list[bytes | tuple[bytes]] = []
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            text, literal = bytes(item[0]), bytes(item[1])
        elif isinstance(item, bytes):
            text, literal = item, None
        else:
            continue
        if _MESSAGE_START.match(text) and pieces:
            yield pieces
            pieces = []
        if literal is not None:
            text = _LITERAL_END.sub(b"", text)
        pieces.append(text)
        if literal is not None:
            pieces.append((literal,))
    if pieces:
        yield pieces


def _tokens(pieces: list[bytes | tuple[bytes]]) -> list[bytes | tuple[bytes]]:
    tokens: list[bytes | tuple[bytes]] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            tokens.append(piece)
            continue
        position = 0
        while position < len(piece):
            match = _TOKEN.match(piece, position)
            if match is None:
                if piece[position:].strip():
                    raise BodyStructureError("unreadable FETCH response")
                break
            position = match.end()
            if match[1]:
                tokens.append(b"(")
            elif match[2]:
                tokens.append(b")")
            elif match[3] is not None:
                tokens.append((re.sub(rb"\\(.)", rb"\1", match[3]),))
            else:
                tokens.append(match[4])
            if len(tokens) > MAX_TOKENS:
                raise BodyStructureError("FETCH response too long")
    return tokens


def _read(tokens: list[bytes | tuple[bytes]], index: int) -> tuple[list[Node], int]:
    """The list of nodes from `index` to the matching ")" (or the end), and the next index."""
    nodes: list[Node] = []
    stack: list[list[Node]] = []
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token == b"(":
            if len(stack) >= MAX_DEPTH * 2 + 4:
                raise BodyStructureError("too deep")
            stack.append(nodes)
            nodes = []
        elif token == b")":
            if not stack:
                raise BodyStructureError("unbalanced parentheses")
            inner, nodes = nodes, stack.pop()
            nodes.append(inner)
        elif isinstance(token, tuple):
            nodes.append(token[0].decode("utf-8", "replace"))
        else:
            atom = token.decode("ascii", "replace")
            nodes.append(None if atom.upper() == "NIL" else atom)
    if stack:
        raise BodyStructureError("unbalanced parentheses")
    return nodes, index


def _structure(items: list[Node]) -> Structure:
    """[UID, 5, BODYSTRUCTURE, (...)] -> the leaves of a multipart message."""
    pairs = dict(zip(items[::2], items[1::2], strict=False))
    uid, body = pairs.get("UID"), pairs.get("BODYSTRUCTURE")
    if not isinstance(uid, str) or not uid.isdigit() or not isinstance(body, list):
        raise BodyStructureError("no UID or BODYSTRUCTURE")
    if not body:
        raise BodyStructureError("an empty BODYSTRUCTURE")
    if not isinstance(body[0], list):
        return Structure(int(uid), (_leaf(body, "1"),), multipart=False)
    leaves: list[Leaf] = []
    _walk(body, "", 0, leaves)
    return Structure(int(uid), tuple(leaves))


def _walk(node: list[Node], prefix: str, depth: int, leaves: list[Leaf]) -> None:
    if depth > MAX_DEPTH or len(leaves) > MAX_PARTS:
        raise BodyStructureError("too many or too deeply nested parts")
    if node and isinstance(node[0], list):
        subtype_at = next((i for i, child in enumerate(node) if not isinstance(child, list)), None)
        children = [child for child in node[:subtype_at] if isinstance(child, list)]
        for number, child in enumerate(children, start=1):
            _walk(
                child,
                f"{prefix}{number}" if not prefix else f"{prefix}.{number}",
                depth + 1,
                leaves,
            )
        return
    leaves.append(_leaf(node, prefix))


def _leaf(node: list[Node], section: str) -> Leaf:
    if len(node) < 7 or not all(isinstance(node[i], str) for i in (0, 1, 6)):
        raise BodyStructureError("short body part")
    kind = f"{node[0]}/{node[1]}".lower()
    size = str(node[6])
    if not size.isdigit():
        raise BodyStructureError("part size is not a number")
    params = _params(node[2])
    extension = {"text": 8, "message": 10}.get(str(node[0]).lower(), 7)
    if kind != "message/rfc822" and str(node[0]).lower() == "message":
        extension = 7
    disposition, disposition_params = _disposition(node[extension + 1 : extension + 2])
    name = _name(disposition_params, "filename") or _name(params, "name")
    return Leaf(section, kind, name, disposition, int(size))


def _params(node: Node) -> dict[str, str]:
    if not isinstance(node, list):
        return {}
    return {
        str(key).lower(): str(value)
        for key, value in zip(node[::2], node[1::2], strict=False)
        if isinstance(key, str) and isinstance(value, str)
    }


def _disposition(found: list[Node]) -> tuple[str, dict[str, str]]:
    node = found[0] if found else None
    if not isinstance(node, list) or not node or not isinstance(node[0], str):
        return "", {}
    return node[0].lower(), _params(node[1] if len(node) > 1 else None)


def _name(params: dict[str, str], key: str) -> str:
    """A plain parameter, else its RFC 2231 form (key*, or key*0*, key*1*, ... joined)."""
    if params.get(key):
        return params[key]
    pieces: list[tuple[int, str]] = []
    for name, value in params.items():
        number = name[len(key) + 1 :].strip("*") if name.startswith(f"{key}*") else "x"
        if number.isdigit() or (number == "" and name == f"{key}*"):
            pieces.append((int(number or 0), value))
    if not pieces:
        return ""
    text = "".join(value for _, value in sorted(pieces))
    charset, _, encoded = text.split("'", 2) if text.count("'") >= 2 else ("", "", text)
    try:
        return unquote(encoded, encoding=charset or "utf-8", errors="replace")
    except LookupError:  # an unknown charset
        return unquote(encoded, encoding="utf-8", errors="replace")
