"""Phrase patterns with a literal gate: skip a regex when the text cannot hold a match.

Python's `re` scans a pattern that starts with `\\b` or an alternation position by position
(tens of microseconds per kilobyte, per pattern), while `substring in text` is nearly free.
For each pattern we derive, from its parsed form, sets of literal strings such that every match
contains one string of each set: runs of elements with few spellings are spelled out
("\\b(?:pleased|happy) to offer" -> {"pleased to offer", "happy to offer"}), longer patterns
give several sets. The regex runs only when each set has a string in the text. Where the
pattern marks word edges (\\b, ^, $), a string's whole words are known ("pleased", "to"), and
a text lacking them cannot hold it: one set lookup in the text's words, no search. `Literals`
remembers, for one text, its words and which strings it holds, so the many phrases of the
rule table that share a string search the text for it once; `PhraseTuple` indexes a list of
phrases by key word, so a text's words pick the few phrases worth a look. This keeps the rule
table readable as plain regexes and classification fast.
The sets come from literal_sets.py.
"""

from __future__ import annotations

import operator
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import TypeVar, cast, overload

from followupd.dates import split_alternatives
from followupd.understand.gate_sets import gate_sets
from followupd.understand.literal_sets import (
    EDGE,
    required_literal_sets,
    required_literals,
)

_WORD = re.compile(r"\w+")
PREFIX = 4  # a word's first characters, among a text's keys: what a stem is looked up by
_PREFIX = operator.itemgetter(slice(PREFIX))
_NOT_WORD_ASCII = str.maketrans({chr(c): " " for c in range(128) if not re.match(r"\w", chr(c))})

__all__ = [
    "Gated",
    "Literals",
    "Phrase",
    "PhraseTuple",
    "admitted",
    "first_match",
    "flatten",
    "forget_spellings",
    "needle_key",
    "phrase",
    "phrases",
    "required_literal_sets",
    "required_literals",
]


# A string to look for; the words (\w+ runs) any text holding it has whole; whether it is
# made of word characters only (then it lies inside one word of any text holding it).
Needle = tuple[str, tuple[str, ...], bool]
_BLANK_RUN = re.compile(r"\s+")


# One copy of each needle's words, kept as a sorted tuple (a frozenset of one or two words
# takes four times the memory, and there are some ten thousand): the phrase tables share most
# of theirs (as they share needles, made once per spelling).
_WORD_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


@cache
def needle(spelling: str) -> Needle:
    """ "\x00pleased to " -> ("pleased to ", {"pleased", "to"}, False): both words are bounded.
    Its blanks are made single spaces, as in the flattened text the gates look at."""
    words = tuple(
        sorted(
            {
                sys.intern(found.group())
                for found in _WORD.finditer(spelling)
                if found.start() > 0 and found.end() < len(spelling)
            }
        )
    )
    string = sys.intern(_BLANK_RUN.sub(" ", spelling.replace(EDGE, "")))
    return string, _WORD_SETS.setdefault(words, words), _WORD.fullmatch(string) is not None


def flatten(text: str) -> str:
    """`text` with every run of blanks, and its two ends, made one space."""
    return f" {' '.join(text.split())} "


class Literals:
    """Which strings one text holds, each searched for once, and its words, found once.

    The gates look at `flat`, the text flattened: a text made from it by turning blanks into
    other blanks (classify.sentences splits sentences that way) flattens to the same `flat`,
    so a string found in such a text is found in `flat`, and a gate that fails on `flat` fails
    on the text. The text itself, costly to make, is made only when a regex must run on it.
    A string whose whole words the text lacks is not searched for at all; a string of word
    characters only is searched for among the text's words, shorter than the text."""

    __slots__ = (
        "_at_hand",
        "_found",
        "_in_words",
        "_keys_at_hand",
        "_make",
        "_runs",
        "_table_keys",
        "_text",
        "_wider",
        "_words",
        "flat",
    )

    def __init__(
        self,
        text: str | Callable[[], str],
        wider: Literals | None = None,
        flat: str | None = None,
    ) -> None:
        """`text`, or a function making it, and then `flat` is required. `wider`: a text
        holding all of this one's words, whose words are read instead."""
        if isinstance(text, str):
            self._text: str | None = text
            self._make: Callable[[], str] | None = None
            self.flat = flatten(text) if flat is None else flat
        else:
            if flat is None:
                raise ValueError("a text made on demand needs its flattened form")
            self._text, self._make, self.flat = None, text, flat
        self._found: dict[str, bool] = {}
        self._words: frozenset[str] | None = None
        self._at_hand: frozenset[str] | None = None
        self._keys_at_hand: frozenset[str] | None = None
        self._table_keys: tuple[int, frozenset[str]] = (-1, frozenset())
        self._runs: list[str] | None = None
        self._in_words: str | None = None
        self._wider = wider

    @property
    def text(self) -> str:
        if self._text is None:
            assert self._make is not None
            self._text = self._make()
        return self._text

    def any_of(self, needles: tuple[Needle, ...]) -> bool:
        found = self._found
        at_hand = self._at_hand or self.words_at_hand()
        for string, words, in_one_word in needles:
            known = found.get(string)
            if known is None:
                if words:
                    known = at_hand.issuperset(words) and string in self.flat
                elif in_one_word:
                    known = string in (self._in_words or self._word_list())
                else:
                    known = string in self.flat
                found[string] = known
            if known:
                return True
        return False

    def admits(self, item: Phrase) -> bool:
        """Whether `item`'s regex could match: its key words first, then its strings."""
        lacks = self.keys_at_hand().isdisjoint
        if any(lacks(key) for key in item.keys):
            return False
        return all(self.any_of(needles) for needles in item.gate)

    def words_at_hand(self) -> frozenset[str]:
        """This text's words, or the wider text's (a superset)."""
        if self._at_hand is None:
            self._at_hand = (self._wider or self).words()
        return self._at_hand

    def keys_at_hand(self) -> frozenset[str]:
        """This text's words, word pairs (two \\w+ runs next to each other, "we regret") and
        words' first PREFIX characters, or the wider text's (a superset): what phrase keys are
        looked up in."""
        if self._keys_at_hand is None:
            if self._wider is not None:
                self._keys_at_hand = self._wider.keys_at_hand()
            else:
                words = self.words()
                pairs = map(" ".join, pairwise(self._word_runs()))
                self._keys_at_hand = words.union(pairs, map(_PREFIX, words))
        return self._keys_at_hand

    def table_keys(self) -> frozenset[str]:
        """keys_at_hand that some phrase table made so far has (_TABLE_KEYS): a few dozen,
        where a text has hundreds, for each table to intersect with its own."""
        if self._wider is not None:
            return self._wider.table_keys()
        made, keys = self._table_keys
        if made != len(_TABLE_KEYS):
            keys = self.keys_at_hand().intersection(_TABLE_KEYS)
            self._table_keys = (len(_TABLE_KEYS), keys)
        return keys

    def words(self) -> frozenset[str]:
        """The text's \\w+ runs (ASCII text: the runs between the other characters)."""
        if self._words is None:
            self._words = frozenset(self._word_runs())
        return self._words

    def _word_runs(self) -> list[str]:
        """The text's \\w+ runs in order."""
        if self._runs is None:
            flat = self.flat
            if flat.isascii():
                self._runs = flat.translate(_NOT_WORD_ASCII).split()
            else:
                self._runs = _WORD.findall(flat)
        return self._runs

    def _word_list(self) -> str:
        """The words at hand, one per line: a string of word characters found in the text
        lies inside one of its words, so it is found here."""
        if self._in_words is None:
            self._in_words = "\n".join(self.words_at_hand())
        return self._in_words


class Phrase:
    """A regex and its gate. The regex is compiled the first time its gate lets it run: most
    phrases never run on most mail, and a process that classifies nothing compiles none."""

    __slots__ = ("_regex", "flags", "gate", "keys", "pattern", "strings")

    def __init__(
        self,
        pattern: str,
        gate: tuple[tuple[Needle, ...], ...],  # empty: no gate, the regex always runs
        # For each gate set whose strings all have a key (a pair of their whole words, a
        # whole word, a word's first letters: needle_key), the keys: a text with none of them
        # holds none of the strings (one set operation on Literals.keys_at_hand). Tuples, not
        # frozensets: a few keys each, a quarter of a frozenset's memory.
        keys: tuple[tuple[str, ...], ...] = (),
        flags: int = 0,
        strings: tuple[Strings, ...] | None = None,  # default: the gate's strings, unkeyed
    ) -> None:
        self.pattern, self.gate, self.keys, self.flags = pattern, gate, keys, flags
        self.strings = strings or tuple(tuple(s for s, _, _ in needles) for needles in gate)
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.pattern, self.flags)
        return self._regex

    def may_match(self, text: str | Literals) -> bool:
        literals = text if isinstance(text, Literals) else Literals(text)
        return literals.admits(self)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())


# A gate set's strings, for `admitted`: all of them, to search the text for each; or, when
# each has a key (needle_key), their keys beside them, so that only the strings whose key the
# text holds are searched for (a set's strings often share a word, but not their key).
Plain = tuple[str, ...]
Keyed = tuple[tuple[str, ...], tuple[str, ...]]  # the strings' keys, and the strings
Strings = Plain | Keyed


class Gated:
    """A compiled regex searched only when the text holds a string of each of its literal
    sets (required_literal_sets, on the text as it is: no flattening), for the regexes that
    read mail outside the rule table. A regex whose case is ignored anywhere has no gate."""

    __slots__ = ("regex", "sets")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        caseless = regex.flags & re.IGNORECASE or "(?i" in regex.pattern
        found = () if caseless else required_literal_sets(regex.pattern)
        self.sets = tuple(tuple(sorted(option)) for option in found)

    def may_match(self, text: str) -> bool:
        holds = text.__contains__
        return all(any(map(holds, strings)) for strings in self.sets)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self.may_match(text) else iter(())


@cache
def phrase(pattern: str, flags: int = 0) -> Phrase:
    """One Phrase per pattern, shared by every table that lists it (four in ten of the tables'
    patterns are another table's too): its gate is derived and its regex compiled once."""
    sets = () if flags & re.IGNORECASE else gate_sets(pattern)
    spellings = tuple(tuple(sorted(option)) for option in sets)
    gate = tuple(tuple(needle(spelling) for spelling in option) for option in spellings)
    keys: list[tuple[str, ...]] = []
    strings: list[Strings] = []
    for option, needles in zip(spellings, gate, strict=True):
        found = [needle_key(spelling) for spelling in option]
        plain = _shared(tuple(string for string, _, _ in needles))
        known = [key for key in found if key is not None]
        if len(known) < len(found):
            strings.append(plain)
            continue
        keys.append(_shared(tuple(sorted(set(known)))))
        strings.append((_shared(tuple(known)), plain))
    return Phrase(pattern, gate, tuple(keys), flags, tuple(strings))


_SHARED: dict[object, object] = {}
_T = TypeVar("_T")


def _shared(value: _T) -> _T:
    """One copy of each equal value (the phrase tables share many key sets)."""
    return cast(_T, _SHARED.setdefault(value, value))


def forget_spellings() -> None:
    """Drop the caches keyed by the gate files' spellings once every table is made: they
    keep each spelling string alive (a megabyte and more) for phrases made later, which can
    derive them again."""
    needle.cache_clear()
    needle_key.cache_clear()


@cache
def needle_key(spelling: str) -> str | None:
    """What a text holding `spelling` holds among its keys (Literals.keys_at_hand): the
    longest pair of its whole words that follow each other ("\x00we regret to " -> "regret
    to"; in any text holding the string they are two \\w+ runs next to each other), else
    its longest whole word; else, for a stem at a word's start ("\x00bedauer"), the first
    PREFIX characters of a word ("beda"); else None."""
    runs = [
        (m.group(), m.start() > 0 and m.end() < len(spelling)) for m in _WORD.finditer(spelling)
    ]
    pairs = [
        f"{first} {second}" for (first, whole), (second, also) in pairwise(runs) if whole and also
    ]
    wholes = pairs or [word for word, whole in runs if whole]
    if wholes:
        return sys.intern(max(sorted(wholes), key=len))
    stem = _WORD.match(spelling, 1) if spelling.startswith(EDGE) else None
    if stem is None or len(stem.group()) < PREFIX:
        return None
    return sys.intern(stem.group()[:PREFIX])


# Every key of the phrase tables indexed so far (PhraseTuple.key_index adds a table's). Only
# ever grows; Literals.table_keys reads a text's keys again when it has grown.
_TABLE_KEYS: set[str] = set()


class PhraseTuple(Sequence[Phrase]):
    """Phrases in order, made (gates derived) when first used, and indexed by the key words of
    each one's first key set: a text's words pick the phrases that may match, and the others
    cost nothing at all."""

    __slots__ = ("_index", "_items", "_unkeyed", "patterns")

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        self._items: tuple[Phrase, ...] | None = None
        self._unkeyed: tuple[Phrase, ...] | None = None
        self._index: tuple[dict[str, tuple[int, ...]], frozenset[str], frozenset[int]] | None
        self._index = None

    @property
    def items(self) -> tuple[Phrase, ...]:
        if self._items is None:
            self._items = tuple(phrase(pattern) for pattern in self.patterns)
        return self._items

    @overload
    def __getitem__(self, index: int) -> Phrase: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Phrase, ...]: ...
    def __getitem__(self, index: int | slice) -> Phrase | tuple[Phrase, ...]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.patterns)

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self.items)

    @property
    def key_index(self) -> tuple[dict[str, tuple[int, ...]], frozenset[str], frozenset[int]]:
        """(key word -> positions, every key word, positions of the phrases without keys)."""
        if self._index is None:
            by_word: dict[str, list[int]] = {}
            unkeyed: list[int] = []
            for position, item in enumerate(self.items):
                if not item.keys:
                    unkeyed.append(position)
                for word in item.keys[0] if item.keys else ():
                    by_word.setdefault(word, []).append(position)
            table = {word: tuple(positions) for word, positions in by_word.items()}
            _TABLE_KEYS.update(key for item in self.items for keys in item.keys for key in keys)
            self._index = (table, frozenset(table), frozenset(unkeyed))
        return self._index

    def candidates(self, words: frozenset[str] | Literals) -> list[Phrase] | tuple[Phrase, ...]:
        """The phrases, in order, that a text with these words (keys) may match."""
        by_word, key_words, unkeyed = self.key_index
        if isinstance(words, Literals):
            words = words.table_keys()
        present = key_words.intersection(words)
        items = self.items
        if not present:
            return self._unkeyed_items
        positions = unkeyed.union(*map(by_word.__getitem__, present))
        return list(map(items.__getitem__, sorted(positions)))

    @property
    def _unkeyed_items(self) -> tuple[Phrase, ...]:
        if self._unkeyed is None:
            items = self.items
            self._unkeyed = tuple(items[position] for position in sorted(self.key_index[2]))
        return self._unkeyed


def phrases(patterns: tuple[str, ...]) -> PhraseTuple:
    """One gated phrase per top-level alternative of each pattern (made when first used)."""
    return PhraseTuple(tuple(part for pattern in patterns for part in split_alternatives(pattern)))


def admitted(items: Sequence[Phrase], text: str | Literals) -> Iterator[Phrase]:
    """The phrases, in order, whose keys and gates let their regex run on `text`."""
    literals = text if isinstance(text, Literals) else Literals(text)
    if isinstance(items, PhraseTuple):
        items = items.candidates(literals)
        keys = literals.table_keys()  # (after candidates: the table's keys are among them)
    else:
        keys = literals.keys_at_hand()
    lacks = keys.isdisjoint  # (plain loops: this runs for every phrase)
    flat = literals.flat
    any_of = literals.any_of
    for item in items:
        for key in item.keys:
            if lacks(key):
                break
        else:
            for strings, needles in zip(item.strings, item.gate, strict=True):
                if type(strings[0]) is str:
                    if not any_of(needles):
                        break
                elif not any(
                    string in flat
                    for key, string in zip(*cast(Keyed, strings), strict=True)
                    if key in keys
                ):
                    break
            else:
                yield item


def first_match(items: Sequence[Phrase], text: str | Literals) -> Iterator[re.Match[str]]:
    """Every match of every phrase whose gate lets it run, phrase by phrase."""
    literals = text if isinstance(text, Literals) else Literals(text)
    for item in admitted(items, literals):
        yield from item.regex.finditer(literals.text)
