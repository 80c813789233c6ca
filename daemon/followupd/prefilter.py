"""Phrase patterns with a literal gate: skip a regex when the text cannot hold a match.

Python's `re` scans a pattern that starts with `\\b` or an alternation position by position
(tens of microseconds per kilobyte, per pattern), while `substring in text` is nearly free.
For each pattern we derive, from its parsed form, a set of literal strings one of which every
match must contain ("regret to inform" -> {"regret to inform"}; "(?:pleased|happy) to offer"
-> {" to offer"}); the regex runs only when one of them occurs. A pattern with no such set
always runs. This keeps the rule table readable as plain regexes and classification fast.
The parsed form comes from the standard library's own regex parser (re._parser, Python 3.11+);
should a future Python move it, every pattern simply runs ungated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

try:
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python that moved its regex internals
    sre_constants = sre_parser = None

_LITERAL = getattr(sre_constants, "LITERAL", None)
_SUBPATTERN = getattr(sre_constants, "SUBPATTERN", None)
_BRANCH = getattr(sre_constants, "BRANCH", None)
_REPEATS = (getattr(sre_constants, "MAX_REPEAT", None), getattr(sre_constants, "MIN_REPEAT", None))


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which occurs in every match of `pattern`, or None if none is known."""
    if sre_parser is None:
        return None
    found = _sequence(list(sre_parser.parse(pattern)))
    return frozenset(found) if found else None


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    options: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is _LITERAL:
            run += chr(value)
            continue
        if run:
            options.append({run})
            run = ""
        inner = _element(op, value)
        if inner:
            options.append(inner)
    if run:
        options.append({run})
    return max(options, key=_selectivity) if options else None


def _selectivity(strings: set[str]) -> tuple[bool, int, int]:
    """Prefer few literals that are all long (rare in text), then the longest shortest one."""
    shortest = min(map(len, strings))
    return shortest >= 5, -len(strings), shortest


def _element(op: Any, value: Any) -> set[str] | None:
    if op is _SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is _BRANCH:
        branches = [_sequence(list(branch)) for branch in value[1]]
        if all(branches):
            return set().union(*branches)  # type: ignore[arg-type]
        return None
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]))
    return None


@dataclass(frozen=True, slots=True)
class Phrase:
    regex: re.Pattern[str]
    gate: frozenset[str] | None

    def may_match(self, text: str) -> bool:
        return self.gate is None or any(map(text.__contains__, self.gate))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())


def phrase(pattern: str, flags: int = 0) -> Phrase:
    gate = None if flags & re.IGNORECASE else required_literals(pattern)
    return Phrase(re.compile(pattern, flags), gate)


def phrases(patterns: tuple[str, ...]) -> tuple[Phrase, ...]:
    """One gated phrase per top-level alternative of each pattern."""
    return tuple(phrase(alternative) for p in patterns for alternative in _alternatives(p))


def _alternatives(pattern: str) -> list[str]:
    parts, depth, start, escaped = [], 0, 0, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def first_match(items: tuple[Phrase, ...], text: str) -> Iterator[re.Match[str]]:
    """Every match of every phrase whose gate lets it run, phrase by phrase."""
    contains = text.__contains__
    for item in items:
        gate = item.gate
        if gate is None or any(map(contains, gate)):
            yield from item.regex.finditer(text)
