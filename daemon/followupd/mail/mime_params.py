"""MIME header parameters: 'type/sub; name="a;b"; filename*0*=utf-8''R%C3%A9' -> values.

Quoted strings (with backslash escapes) and RFC 2231 continuations and charsets are read.
A value without a quoted ";" or an escape, nearly every one, is split with one str.split;
any other character by character.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

_CONTINUATION = re.compile(r"^(.+?)\*(\d{1,3})(\*?)$")
_ESCAPED = re.compile(r"\\(.)")


def split_parameters(value: str) -> tuple[str, dict[str, str]]:
    """'type/sub; a=1; b="x;y"; name*=utf-8''R%C3%A9sum%C3%A9.pdf' -> ('type/sub', params)."""
    if not value:  # no such field, most often
        return "", {}
    head, _, rest = value[:8_000].partition(";")
    params: dict[str, str] = {}
    pieces: dict[str, dict[int, tuple[str, bool]]] = {}
    for item in _semicolon_separated(rest):
        key, equals, raw = item.partition("=")
        name, raw = key.strip().lower(), raw.strip()
        if not name or not equals:
            continue
        text = raw
        if raw.startswith('"'):
            text = raw.strip('"')
            text = _ESCAPED.sub(r"\1", text) if "\\" in text else text
        if "*" not in name:  # the common case: no continuation, no charset
            params.setdefault(name, text)
        elif numbered := _CONTINUATION.match(name):
            chunks = pieces.setdefault(numbered.group(1), {})
            chunks[int(numbered.group(2))] = (text, bool(numbered.group(3)))
        elif name.endswith("*"):
            params.setdefault(name[:-1], _rfc2231(text, True))
        else:
            params.setdefault(name, text)
    for name, chunks in pieces.items():
        ordered = [chunks[i] for i in sorted(chunks)]
        joined = "".join(text for text, _ in ordered)
        params.setdefault(name, _rfc2231(joined, ordered[0][1]))
    return head.strip(), params


def _semicolon_separated(text: str) -> list[str]:
    """Split on ";" outside double quotes (a backslash escapes inside them)."""
    if '"' not in text:
        return text.split(";")
    if "\\" not in text and not any(";" in inside for inside in text.split('"')[1::2]):
        return text.split(";")  # no ";" in any quoted string, no escape: every ";" splits
    return _semicolon_separated_by_char(text)


def _semicolon_separated_by_char(text: str) -> list[str]:
    items: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if char == ";" and not quoted:
            items.append("".join(current))
            current = []
            continue
        current.append(char)
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
    items.append("".join(current))
    return items


def _rfc2231(text: str, encoded: bool) -> str:
    """charset'language'percent-encoded -> text (RFC 2231)."""
    if not encoded or text.count("'") < 2:
        return text
    charset, _, rest = text.partition("'")
    _, _, encoded_text = rest.partition("'")
    data = unquote_to_bytes(encoded_text)
    try:
        return data.decode(charset or "ascii")
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", errors="replace")
