"""Strings every match of a regex must contain, read from the regex's parsed form.

`required_literal_sets("\\b(?:pleased|happy) to offer")` -> ({"pleased to offer", "happy to
offer"},): runs of elements with few spellings are spelled out; a longer pattern gives several
sets, each met by every match, most telling first. `edged_sets` marks with EDGE where the
pattern says a word starts or ends (\\b, ^, $), so the words of a string that are whole in every
match are known. The parsed form comes from the standard library's own regex parser
(re._parser, Python 3.11+); should a future Python move it, no set is found and every
pattern simply runs ungated.
"""

from __future__ import annotations

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
_CATEGORY = getattr(sre_constants, "CATEGORY", None)
_BLANK_CATEGORIES = tuple(
    getattr(sre_constants, name, None) for name in ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE")
)
_ZERO_WIDTH = tuple(getattr(sre_constants, name, None) for name in ("ASSERT", "ASSERT_NOT"))
_WORD_EDGES = tuple(
    getattr(sre_constants, name, None)
    for name in ("AT_BOUNDARY", "AT_BEGINNING", "AT_END", "AT_BEGINNING_STRING", "AT_END_STRING")
)
# Stands for \b, ^ or $ inside a spelling: a word next to it starts or ends there.
EDGE = "\x00"

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
        for option in edged_sets(pattern)
    )


def edged_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """required_literal_sets with EDGE where the pattern says a word starts or ends."""
    if sre_parser is None:
        return ()
    options = _options(list(sre_parser.parse(pattern)))
    ranked = sorted(options, key=_selectivity, reverse=True)[:MAX_GATE_SETS]
    return tuple(dict.fromkeys(frozenset(option) for option in ranked))


def _sequence(items: list[tuple[Any, Any]], lead: str = "") -> set[str] | None:
    options = _options(items, lead)
    return max(options, key=_selectivity) if options else None


def _options(items: list[tuple[Any, Any]], lead: str = "") -> list[set[str]]:
    """Every set of the sequence `items` must meet: runs of elements with few spellings
    ("(?:pleased|happy) to " -> {"pleased to ", "happy to "}), then required groups.
    `lead`: EDGE when a word edge comes right before the sequence."""
    options: list[set[str]] = []
    run: frozenset[str] = frozenset({lead})
    for op, value in items:
        if _blanks(op, value):  # "\\s+": a word before it ends there, one after it starts
            _close(frozenset(spelling + EDGE for spelling in run), options)
            run = frozenset({EDGE})
            continue
        spellings = _spellings(op, value)
        if spellings is not None:
            joined = _concatenated(run, spellings)
            if joined is not None:
                run = joined
                continue
            _close(run, options)
            run = frozenset(EDGE + spelling for spelling in spellings) if _edged(run) else spellings
            continue
        _close(run, options)
        edged = _edged(run)  # "\\b(?:leider|bedauer\\w*)": a word starts each branch
        run = frozenset({""})
        inner = _element(op, value, EDGE if edged else "")
        if inner:
            options.append(inner)
    _close(run, options)
    return options


def _edged(run: frozenset[str]) -> bool:
    """Whether every spelling of `run` ends where a word may start: after EDGE or a character
    that is not a word character (what follows it starts a word, if it is one)."""
    return all(
        spelling and (spelling[-1] == EDGE or not (spelling[-1].isalnum() or spelling[-1] == "_"))
        for spelling in run
    )


def _blanks(op: Any, value: Any) -> bool:
    """A run of one or more characters none of which is a word character ("\\s+", " +")."""
    if op not in _REPEATS or value[0] < 1 or len(value[2]) != 1:
        return False
    inner_op, inner = value[2][0]
    items = inner if inner_op is _IN else [(inner_op, inner)]
    return all(
        (kind is _CATEGORY and what in _BLANK_CATEGORIES)
        or (kind is _LITERAL and not (chr(what).isalnum() or chr(what) == "_"))
        for kind, what in items
    )


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
    if op is _IN:
        return _class_spellings(value)
    return _group_spellings(op, value)


def _class_spellings(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """[aeiou] -> its characters; a range, a category or a negation -> None."""
    if len(items) <= MAX_SPELLINGS and all(op is _LITERAL for op, _ in items):
        return frozenset(chr(char) for _, char in items)
    return None


def _group_spellings(op: Any, value: Any) -> frozenset[str] | None:
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


def _selectivity(strings: set[str]) -> tuple[bool, bool, int, int]:
    """Prefer few literals that are all long (rare in text), then the longest shortest one.
    A set with a blank among its strings (" " between two words) says nothing: last."""
    shortest = min(len(string.strip(f" {EDGE}")) for string in strings)
    return shortest >= 5, shortest > 0, -len(strings), shortest


def _element(op: Any, value: Any, lead: str = "") -> set[str] | None:
    if op is _SUBPATTERN:
        return _sequence(list(value[-1]), lead)
    if op is _BRANCH:
        branches = [_sequence(list(branch), lead) for branch in value[1]]
        if all(branches):
            return set().union(*branches)  # type: ignore[arg-type]
        return None
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]), lead)
    return None
