"""Phrase patterns with a literal gate: skip a regex when the text cannot hold a match.

Python's `re` scans a pattern that starts with `\\b` or an alternation position by position
(tens of microseconds per kilobyte, per pattern), while `substring in text` is nearly free.
For each pattern we derive, from its parsed form, sets of literal strings such that every match
contains one string of each set ("regret to inform" -> {"regret to inform"}; "(?:pleased|happy)
to offer" -> {"pleased", "happy"} and {" to offer"}); the regex runs only when each set has a
string in the text, the most telling set tested first. A pattern with no such set always runs.
`Literals` remembers, for one text, which strings it holds, so the many phrases of the rule
table that share a string search the text for it once. This keeps the rule table readable as
plain regexes and classification fast.
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
_IN = getattr(sre_constants, "IN", None)
_REPEATS = (getattr(sre_constants, "MAX_REPEAT", None), getattr(sre_constants, "MIN_REPEAT", None))
_AT = getattr(sre_constants, "AT", None)
_ZERO_WIDTH = tuple(getattr(sre_constants, name, None) for name in ("ASSERT", "ASSERT_NOT"))
_WORD_EDGES = tuple(
    getattr(sre_constants, name, None)
    for name in ("AT_BOUNDARY", "AT_BEGINNING", "AT_END", "AT_BEGINNING_STRING", "AT_END_STRING")
)
# Stands for \b, ^ or $ inside a spelling: a word next to it starts or ends there.
EDGE = "\x00"
_WORD = re.compile(r"\w+")

MAX_GATE_SETS = 4
MAX_SPELLINGS = 12  # "(?:new|updated) (?:time|date)" -> 4 spellings, gated as one set


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which occurs in every match of `pattern`, or None if none is known."""
    found = required_literal_sets(pattern)
    return found[0] if found else None


def required_literal_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings, each with one string in every match of `pattern`, best first."""
    return tuple(
        frozenset(spelling.replace(EDGE, "") for spelling in option)
        for option in _edged_sets(pattern)
    )


def _edged_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """required_literal_sets with EDGE where the pattern says a word starts or ends."""
    if sre_parser is None:
        return ()
    options = _options(list(sre_parser.parse(pattern)))
    ranked = sorted(options, key=_selectivity, reverse=True)[:MAX_GATE_SETS]
    return tuple(dict.fromkeys(frozenset(option) for option in ranked))


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    options = _options(items)
    return max(options, key=_selectivity) if options else None


def _options(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """Every set of the sequence `items` must meet: runs of elements with few spellings
    ("(?:pleased|happy) to " -> {"pleased to ", "happy to "}), then required groups."""
    options: list[set[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, value in items:
        spellings = _spellings(op, value)
        if spellings is not None:
            joined = _concatenated(run, spellings)
            if joined is not None:
                run = joined
                continue
            _close(run, options)
            run = spellings
            continue
        _close(run, options)
        run = frozenset({""})
        inner = _element(op, value)
        if inner:
            options.append(inner)
    _close(run, options)
    return options


def _close(run: frozenset[str], options: list[set[str]]) -> None:
    if all(spelling.strip(EDGE) for spelling in run):  # else it may match nothing at all
        options.append(set(run))


def _concatenated(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > MAX_SPELLINGS:
        return None
    return frozenset(a + b for a in left for b in right)


def _spellings(op: Any, value: Any) -> frozenset[str] | None:
    """Every string the element matches, when there are few (zero-width ones match "")."""
    if op is _LITERAL:
        return frozenset({chr(value)})
    if op is _AT:
        return frozenset({EDGE if value in _WORD_EDGES else ""})
    if op in _ZERO_WIDTH:
        return frozenset({""})
    if op is _IN and all(item_op is _LITERAL for item_op, _ in value):
        return frozenset(chr(char) for _, char in value) if len(value) <= MAX_SPELLINGS else None
    if op is _SUBPATTERN:
        return _sequence_spellings(list(value[-1]))
    if op is _BRANCH:
        branches = [_sequence_spellings(list(branch)) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        union = frozenset().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= MAX_SPELLINGS else None
    if op in _REPEATS and (value[0], value[1]) == (0, 1):
        inner = _sequence_spellings(list(value[2]))
        return None if inner is None else inner | {""}
    return None


def _sequence_spellings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    strings: frozenset[str] | None = frozenset({""})
    for op, value in items:
        element = _spellings(op, value)
        if element is None or strings is None:
            return None
        strings = _concatenated(strings, element)
    return strings


def _selectivity(strings: set[str]) -> tuple[bool, int, int]:
    """Prefer few literals that are all long (rare in text), then the longest shortest one."""
    shortest = min(len(string.strip(f" {EDGE}")) for string in strings)
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


# A string to look for, and the words (\w+ runs) any text holding it has whole.
Needle = tuple[str, frozenset[str]]


def needle(spelling: str) -> Needle:
    """ "\x00pleased to " -> ("pleased to ", {"pleased", "to"}): both words are bounded."""
    words = {
        found.group()
        for found in _WORD.finditer(spelling)
        if found.start() > 0 and found.end() < len(spelling)
    }
    return spelling.replace(EDGE, ""), frozenset(words)


class Literals:
    """Which strings one text holds, each searched for once, and its words, found once: a
    string whose whole words the text lacks is not searched for at all."""

    __slots__ = ("_found", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[str, bool] = {}
        self._words: frozenset[str] | None = None

    def any_of(self, needles: tuple[Needle, ...]) -> bool:
        found = self._found
        for string, words in needles:
            known = found.get(string)
            if known is None:
                known = found[string] = self._has_words(words) and string in self.text
            if known:
                return True
        return False

    def all_of(self, gate: tuple[tuple[Needle, ...], ...]) -> bool:
        return all(self.any_of(needles) for needles in gate)

    def _has_words(self, words: frozenset[str]) -> bool:
        if not words:
            return True
        if self._words is None:
            self._words = frozenset(_WORD.findall(self.text))
        return self._words.issuperset(words)


@dataclass(frozen=True, slots=True)
class Phrase:
    regex: re.Pattern[str]
    gate: tuple[tuple[Needle, ...], ...]  # empty: no gate, the regex always runs

    def may_match(self, text: str | Literals) -> bool:
        literals = text if isinstance(text, Literals) else Literals(text)
        return literals.all_of(self.gate)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())


def phrase(pattern: str, flags: int = 0) -> Phrase:
    sets = () if flags & re.IGNORECASE else _edged_sets(pattern)
    gate = tuple(tuple(needle(spelling) for spelling in sorted(option)) for option in sets)
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


def first_match(items: tuple[Phrase, ...], text: str | Literals) -> Iterator[re.Match[str]]:
    """Every match of every phrase whose gate lets it run, phrase by phrase."""
    literals = text if isinstance(text, Literals) else Literals(text)
    for item in items:
        if literals.all_of(item.gate):
            yield from item.regex.finditer(literals.text)
