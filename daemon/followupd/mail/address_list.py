"""An RFC 5322 address list split into (display name, address) pairs, in one linear pass.

Our own because email.utils.getaddresses recurses once per nested comment (a From of
"((((..." raises RecursionError) and, like any backtracking regex, can be made slow by hostile
input. Quoted strings, nested comments, angle addresses, groups ("team: a@b, c@d;") and
source routes are understood; anything else is kept as text and judged by the caller.
"""

from __future__ import annotations

import re

MAX_PAIRS = 1_000

_PLAIN_RUN = re.compile(r'[^"()<>,;:\\]+')
# One item of plain words, with or without one angle address: what most From and To are
_ONE_PLAIN = re.compile(r'([^"()<>,;:\\]*)(?:<([^>]*)>([^"()<>,;:\\]*))?')


def address_pairs(text: str) -> list[tuple[str, str]]:
    """("Dana Lee", "dana@example.com") pairs; a bare address gets its comment as the name."""
    if plain := _ONE_PLAIN.fullmatch(text):
        return _one_plain(plain)
    return _tokenized(text)


def _tokenized(text: str) -> list[tuple[str, str]]:
    """address_pairs of any list, token by token."""
    pairs: list[tuple[str, str]] = []
    words: list[str] = []  # display name, or a bare address, of the current item
    comments: list[str] = []
    angle: str | None = None
    position = 0
    while position < len(text) and len(pairs) < MAX_PAIRS:
        kind, value, position = _token(text, position)
        if kind == "word":
            words.append(value)
        elif kind == "comment":
            comments.append(value)
        elif kind == "angle":
            angle = value.rpartition(":")[2]  # drop a source route "@relay:"
        elif kind == "separator":
            _flush(pairs, words, comments, angle)
            words, comments, angle = [], [], None
        else:  # a group's name ends: what came before was not an address
            words, comments = [], []
    _flush(pairs, words, comments, angle)
    return pairs


def _one_plain(plain: re.Match[str]) -> list[tuple[str, str]]:
    """What the tokens of one item of plain words and at most one angle address give."""
    before, angle, after = plain.groups()
    pairs: list[tuple[str, str]] = []
    _flush(pairs, [before, after or ""], [], None if angle is None else angle.rpartition(":")[2])
    return pairs


def _token(text: str, position: int) -> tuple[str, str, int]:
    """(kind, value, next position) of the token at `position`."""
    char = text[position]
    if char == '"':
        return ("word", *_quoted(text, position))
    if char == "(":
        return ("comment", *_comment(text, position))
    if char == "<":
        end = text.find(">", position + 1)
        end = len(text) if end == -1 else end
        return "angle", text[position + 1 : end], end + 1
    if char in ",;:":
        return ("group" if char == ":" else "separator"), char, position + 1
    if char == "\\":
        return "word", text[position + 1 : position + 2], position + 2
    run = _PLAIN_RUN.match(text, position)
    end = run.end() if run else position + 1
    return "word", text[position:end], end


def _flush(
    pairs: list[tuple[str, str]], words: list[str], comments: list[str], angle: str | None
) -> None:
    phrase = " ".join("".join(words).split())
    if angle is not None:
        pairs.append((phrase or " ".join(comments), angle.strip()))
    elif phrase and " " not in phrase:
        pairs.append((" ".join(comments), phrase))


def _quoted(text: str, start: int) -> tuple[str, int]:
    """The content of the quoted string at `start` and the index after it."""
    closing = text.find('"', start + 1)
    end = len(text) if closing == -1 else closing
    if text.find("\\", start + 1, end) != -1:
        return _quoted_by_char(text, start)
    return text[start + 1 : end], min(end + 1, len(text))  # no escape: a slice


def _quoted_by_char(text: str, start: int) -> tuple[str, int]:
    chars: list[str] = []
    position = start + 1
    while position < len(text):
        char = text[position]
        if char == '"':
            return "".join(chars), position + 1
        if char == "\\" and position + 1 < len(text):
            position += 1
            char = text[position]
        chars.append(char)
        position += 1
    return "".join(chars), position


def _comment(text: str, start: int) -> tuple[str, int]:
    """The content of the (possibly nested) comment at `start` and the index after it."""
    closing = text.find(")", start + 1)
    if closing == -1 or "(" in text[start + 1 : closing] or "\\" in text[start + 1 : closing]:
        return _comment_by_char(text, start)
    return text[start + 1 : closing].strip(), closing + 1  # no nesting, no escape: a slice


def _comment_by_char(text: str, start: int) -> tuple[str, int]:
    depth, position = 0, start
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        position += 1
        if depth == 0:
            break
    return text[start + 1 : position - 1].strip(), position
