"""Word alternations that re tries quickly: grouped by their first letter.

re tries the alternatives of a pattern one after the other at each position where a match
may start: `\\b(?:decision|decide|get\\s+back|...)` compares the first letter of every
alternative at every word start. Grouped by that letter, in the order they first appear and
keeping their order within a group, the alternation costs one comparison per letter:
`\\b(?:d(?:ecision|ecide)|g(?:et\\s+back))`. Only alternatives that can never match at the same
position change places, so every match is the same match. An alternative that starts with a
non-capturing group is first spelled out (`(?:an?|any)\\s+update` -> `an?\\s+update`,
`any\\s+update`: tried in the same order, so again the same match).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_SPECIAL = set("\\()[].^$|{}*+?")
_QUANTIFIERS = ("?", "*", "+", "{")
_AFTER_EDGE = r"(?<!\w.)"  # right after a word character: no word character before it


def by_first_letter(alternatives: Iterable[str]) -> str:
    """One non-capturing group matching what `(?:A|B|...)` matches, the same way."""
    groups: dict[str, list[str]] = {}
    for alternative in (a for given in alternatives for a in spelled_out(given)):
        first = alternative[:1]
        if not first or first in _SPECIAL or alternative[1:2] in _QUANTIFIERS:
            raise ValueError(f"an alternative must start with a plain letter: {alternative!r}")
        groups.setdefault(first, []).append(alternative[1:])
    return "(?:" + "|".join(first + _one_group(rests) for first, rests in groups.items()) + ")"


def letter_first(pattern: str) -> str:
    """`pattern` with a leading word edge moved after the first letter, where re can skip
    ahead to: `\\bfoo` -> `f(?<!\\w.)oo`, `\\b(?:foo|bar) x` -> `(?:f(?<!\\w.)oo|b(?<!\\w.)ar) x`.
    The same matches (\\b before a letter: no word character before it), but a pattern
    starting with \\b is tried at every position of the text, one starting with letters only
    where they are: worth it when the alternatives start with few letters ("with|mit|avec"),
    not when they start with most (each then costs a look back). Each top-level alternative
    is moved so; one that does not start that way stays as it is."""
    alternatives = split_alternatives(pattern)
    if len(alternatives) > 1:
        return "|".join(map(letter_first, alternatives))
    if not pattern.startswith(r"\b"):
        return pattern
    rest = pattern[2:]
    if not rest.startswith("(?:"):
        return _edge_after_letter(rest) or pattern
    end = _group_end(rest)
    if rest[end + 1 : end + 2] in _QUANTIFIERS:
        return pattern
    moved = [_edge_after_letter(a) for a in split_alternatives(rest[3:end])]
    if not all(moved):
        return pattern
    return f"(?:{'|'.join(moved)}){rest[end + 1 :]}"  # type: ignore[arg-type]


def _edge_after_letter(alternative: str) -> str | None:
    first = alternative[:1]
    if not first.isalnum() or alternative[1:2] in _QUANTIFIERS:
        return None
    return first + _AFTER_EDGE + alternative[1:]


def _one_group(rests: list[str]) -> str:
    return rests[0] if len(rests) == 1 and "|" not in rests[0] else f"(?:{'|'.join(rests)})"


def spelled_out(alternative: str) -> list[str]:
    """`alternative` as alternatives that start with a letter: a leading non-capturing group
    (not quantified) distributed over what follows it, recursively."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative)
    rest = alternative[end + 1 :]
    if rest[:1] in _QUANTIFIERS:
        raise ValueError(f"a quantified group cannot be spelled out: {alternative!r}")
    inner = split_alternatives(alternative[3:end])
    return [spelled for option in inner for spelled in spelled_out(option + rest)]


def _group_end(pattern: str) -> int:
    """The index of the ")" closing the group that opens `pattern`."""
    for index, char, depth in _structure(pattern):
        if char == ")" and depth == 0:
            return index
    raise ValueError(f"unbalanced group: {pattern!r}")


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (a "|" inside a group or a class is not one)."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    starts, ends = [0, *(cut + 1 for cut in cuts)], [*cuts, len(pattern)]
    return [pattern[start:end] for start, end in zip(starts, ends, strict=True)]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each "(", ")" and "|" that is neither
    escaped nor inside a character class."""
    depth, escaped, in_class = 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += 1 if char == "(" else -1 if char == ")" else 0
            yield index, char, depth
