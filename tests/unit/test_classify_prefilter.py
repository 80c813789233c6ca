"""The literal gates never hide a match: gated and plain regex searches always agree."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.mail.parse import parse_message
from followupd.understand.classifier import Message, normalise, sentences
from followupd.understand.literal_sets import edged_sets
from followupd.understand.phrases.common import HIRING_WORDS
from followupd.understand.prefilter import (
    Gated,
    Literals,
    Phrase,
    admitted,
    first_match,
    flatten,
    needle_key,
    phrase,
    phrases,
    required_literal_sets,
    required_literals,
)
from followupd.understand.rules import COMPILED

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "classify"
ALL_PHRASES: list[Phrase] = [p for rule in COMPILED for p in rule.phrases or ()]
ALL_PHRASES += list(phrases(HIRING_WORDS))


@pytest.mark.parametrize(
    ("pattern", "matches"),
    [
        (r"\bregret to inform\b", ["we regret to inform you"]),
        (r"\b(?:pleased|thrilled) to offer", ["pleased to offer", "so thrilled to offer"]),
        (r"(?:a|b)?xyz", ["xyz", "axyz"]),
        (r"\bcan(?:not|'t) (?:offer|extend)", ["cannot offer", "can't extend"]),
        (r"(?:ab)+c", ["abc", "ababc"]),
    ],
)
def test_every_match_holds_one_required_literal(pattern: str, matches: list[str]) -> None:
    literals = required_literals(pattern)
    assert literals, pattern
    for text in matches:
        assert any(literal in text for literal in literals), (text, literals)


def test_patterns_without_a_literal_have_no_gate() -> None:
    assert required_literals(r"\w+") is None
    assert required_literals(r"(?:x)?\d+") is None


def _agree(text: str) -> None:
    for item in ALL_PHRASES:
        assert [m.span() for m in item.finditer(text)] == [
            m.span() for m in item.regex.finditer(text)
        ], item.pattern


def test_gates_agree_with_plain_search_on_fixture_texts() -> None:
    for path in sorted(FIXTURES.glob("*.eml")):
        mail = parse_message(path.read_bytes())
        _agree(sentences(f"{mail.envelope.subject}\n{mail.text}"))


SALAD = [
    *[
        "we",
        "regret",
        "to",
        "inform",
        "you",
        "that",
        "not",
        "n't",
        "won't",
        "be",
        "moving",
        "forward",
        "with",
        "your",
        "application",
        "offer",
        "pleased",
        "to",
        "extend",
        "the",
        "position",
        "role",
        "interview",
        "scheduled",
        "confirmed",
        "cancel",
        "still",
        "reviewing",
        "get",
        "back",
        "to",
        "you",
        "by",
        "friday",
        "webinar",
        "survey",
        "leider",
        "bedauerlicherweise",
        "stelle",
        "wurde",
        "bereits",
        "besetzt",
        "entretien",
        "candidature",
        "candidat",
        "collègue",
        "autre",
        "hemos",
        "decidido",
        "continuar",
        "otros",
        "candidatos",
        "entrevista",
        "candidatura",
        "retenue",
        ".",
        "?",
        ";",
    ],
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SALAD), max_size=40))
def test_gates_agree_with_plain_search_on_word_salad(words: list[str]) -> None:
    _agree(" ".join(words))


def test_short_alternatives_are_spelled_out_into_one_selective_set() -> None:
    sets = required_literal_sets(r"\b(?:pleased|happy) to offer you\b")
    assert frozenset({"pleased to offer you", "happy to offer you"}) in sets


def test_a_long_pattern_gives_several_sets_every_match_meets() -> None:
    pattern = r"\b(?:new|updated) (?:time|date) (?:for|of) (?:your|our|the)\b"
    sets = required_literal_sets(pattern)
    assert len(sets) >= 2
    for text in ["the new time for your call", "an updated date of the onsite"]:
        assert all(any(literal in text for literal in literals) for literals in sets), text


def test_a_repeated_group_keeps_its_words_over_the_blank_after_them() -> None:
    # "(?:(?:annual|...) )+review" with more spellings than one set spells out: the group's
    # words say more than the blank they end with; a gate of " " let the regex run on every
    # text with "our" and "review" in it
    many = "annual|quarterly|mid-?year|year-?end|six-?month|half-?yearly|pay|salary|probation"
    pattern = rf"\b(?:your|our) (?:(?:{many}|performance|end-?of-?year) )+review\b"
    sets = required_literal_sets(pattern)
    assert frozenset({" "}) not in sets
    assert any({"annual", "pay"} <= {s.strip() for s in strings} for strings in sets)
    assert not phrase(pattern).may_match("our team will review the garden photos with our family")


def test_a_text_without_a_phrase_word_never_runs_its_regex() -> None:
    item = phrase(r"\bregret to inform\b")
    assert item.keys, "word edges on both sides: the words are known"
    literals = Literals("we regretted informing nobody")
    assert not literals.admits(item)
    assert Literals("we regret to inform you").admits(item)


def test_words_of_a_wider_text_gate_a_part_of_it() -> None:
    item = phrase(r"\bmove forward with your application\b")
    whole = Literals("subject line\nwe will move forward with your application")
    part = Literals("we will move forward with your application", wider=whole)
    assert [m.group() for m in first_match((item,), part)] == ["move forward with your application"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SALAD[0], "\n", "  ", "\t", "é", "offer-letter", "x1"])))
def test_gates_with_word_keys_agree_with_plain_search(words: list[str]) -> None:
    text = " ".join(words)
    literals = Literals(text)
    for item in ALL_PHRASES:
        gated = [m.span() for m in first_match((item,), literals)]
        assert gated == [m.span() for m in item.regex.finditer(text)], item.pattern


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SALAD[0]), max_size=40))
def test_a_rule_s_indexed_phrases_find_what_each_phrase_finds(words: list[str]) -> None:
    text = " ".join(words)
    for rule in COMPILED:
        if rule.phrases is None:
            continue
        indexed = [(m.re.pattern, m.span()) for m in first_match(rule.phrases, text)]
        plain = [(p.regex.pattern, m.span()) for p in rule.phrases for m in p.regex.finditer(text)]
        assert indexed == plain, rule.rule.name


BLANKS_AND_BREAKS = [*SALAD[0], "\n", "\n\n", "  ", "\t", " \n ", "Dr.", "2 p.m.", "e.g.", "10."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BLANKS_AND_BREAKS), max_size=60))
def test_gates_read_on_the_unsplit_text_agree_with_search_on_its_sentences(
    words: list[str],
) -> None:
    raw = " ".join(words)
    text = sentences(raw)
    made: list[str] = []

    def make() -> str:
        made.append(text)
        return text

    literals = Literals(make, flat=flatten(normalise(raw)))
    for item in ALL_PHRASES:
        gated = [m.span() for m in first_match((item,), literals)]
        assert gated == [m.span() for m in item.regex.finditer(text)], item.pattern
    assert len(made) <= 1  # the sentences are made once, and only if some regex runs


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\t\r\u00a0\u2028x1é:;-*>•")), max_size=200))
def test_splitting_sentences_only_turns_blanks_into_other_blanks(raw: str) -> None:
    assert flatten(sentences(raw)) == flatten(normalise(raw))


def test_a_message_s_flattened_places_hold_what_its_sentences_hold() -> None:
    for path in sorted(FIXTURES.glob("*.eml")):
        msg = Message(parse_message(path.read_bytes()), frozenset())
        for where in ("subject", "text", "all"):
            assert flatten(msg.literals(where).flat) == flatten(msg.joined(where)), (path, where)


def test_a_word_of_a_longer_word_is_found_among_the_words() -> None:
    item = phrase(r"interview")  # no word edges: found inside "interviewing" too
    assert Literals("we are interviewing now").admits(item)
    assert not Literals("we are inter viewing now").admits(item)


def test_a_phrase_is_keyed_by_a_pair_of_its_whole_words() -> None:
    assert needle_key("\x00we regret to ") == "regret to"  # the longest pair
    assert needle_key("\x00follow-up call\x00") == "follow up"  # the hyphen parts two words
    assert needle_key("\x00interview\x00") == "interview"  # one word: the word itself
    item = phrase(r"\bwe regret to inform\b")
    assert Literals("we regret to inform you").admits(item)
    # every word is there, never next to each other: the key pair alone tells
    assert not Literals("regret: we inform you to").admits(item)
    assert "we regret" in Literals("oh, we -- regret it").keys_at_hand()


def test_a_stem_at_a_word_s_start_is_keyed_by_its_first_letters() -> None:
    assert needle_key("\x00bedauer") == "beda"  # "bedauern", "bedauerlicherweise"...
    assert needle_key("bedauer") is None  # it may lie inside a word: no key tells
    assert needle_key("\x00job") is None  # too short to be a word's first PREFIX letters
    assert "beda" in Literals("Wir bedauern sehr.").keys_at_hand()
    item = phrase(r"\b(?:leider|bedauer\w*)\b[^\n]{0,80}\bnicht weiter")
    assert Literals("wir bedauern, Sie nicht weiter").admits(item)
    assert not Literals("wir mussten, Sie nicht weiter").admits(item)


def test_word_edges_are_known_through_unspelled_groups_and_blank_runs() -> None:
    assert set(edged_sets(r"\b(?:leider|bedauer\w*)")) == {frozenset({"\x00leider", "\x00bedauer"})}
    assert set(edged_sets(r"stelle\s+wurde")) == {
        frozenset({"stelle\x00"}),
        frozenset({"\x00wurde"}),
    }
    # a run split for having too many spellings: the next one starts after a blank
    split = edged_sets(r"\b(?:a|b|c|d) (?:e|f|g|h) (?:ij|kl|mn|op)")
    assert any(all(s.startswith("\x00") for s in option) for option in split)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SALAD, "-", "'", ": ", "é", "x1"]), max_size=40))
def test_word_pairs_of_a_text_are_among_its_keys(words: list[str]) -> None:
    text = "".join(f"{word} " if len(word) > 2 else word for word in words)
    keys = Literals(text).keys_at_hand()
    runs = re.findall(r"\w+", flatten(text))
    assert {f"{a} {b}" for a, b in pairwise(runs)} <= keys
    assert set(runs) <= keys


def _vetoed_by_the_alternation(patterns: tuple[str, ...], text: str, start: int, end: int) -> bool:
    joined = re.compile("|".join(f"(?:{p})" for p in patterns))
    return joined.search(text, start, end) is not None


UNLESS_RULES = [rule for rule in COMPILED if rule.unless is not None]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.eml")), ids=lambda p: p.name)
def test_gated_unless_phrases_veto_a_sentence_as_their_alternation_does(path: Path) -> None:
    mail = parse_message(path.read_bytes())
    text = sentences(f"{mail.envelope.subject}\n{mail.text}")
    literals = Literals(text)
    for rule in UNLESS_RULES:
        assert rule.unless is not None
        vetoes = [item.regex for item in admitted(rule.unless, literals)]
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            expected = _vetoed_by_the_alternation(rule.rule.unless, text, start, end)
            assert any(v.search(text, start, end) for v in vetoes) == expected, (rule, line)
            start = end + 1


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SALAD), max_size=40))
def test_gated_unless_phrases_veto_word_salad_as_their_alternation_does(words: list[str]) -> None:
    text = " ".join(words)
    for rule in UNLESS_RULES:
        assert rule.unless is not None
        vetoes = [item.regex for item in admitted(rule.unless, text)]
        vetoed = any(v.search(text, 0, len(text)) for v in vetoes)
        assert vetoed == _vetoed_by_the_alternation(rule.rule.unless, text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*SALAD, "Role:", "Data Analyst", "position", "Stelle als"])))
def test_a_gated_regex_finds_what_the_regex_finds(words: list[str]) -> None:
    text = " ".join(words)
    for regex in (
        re.compile(
            r"\b(?:for|about|on|as|the) (?:the )?((?:[A-Z]\w* ){0,3}[A-Z]\w*) ?(?:role|position)\b"
        ),
        re.compile(r"\b(?:Position|Role|Stelle):\s*([^\n]{3,80})"),
        re.compile(r"\b(?:Stelle als|poste de)\s+([^\n.,;]{3,60})"),
        re.compile(r"(?i)regret"),
    ):
        gated = Gated(regex)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in regex.finditer(text)]
    assert not Gated(re.compile(r"\bposition\b")).may_match("no such word")
    assert Gated(re.compile(r"(?i)position")).may_match("no such word")  # case ignored: no gate


def test_a_text_read_before_a_table_was_indexed_still_finds_that_table_s_phrases() -> None:
    literals = Literals("wir bedauern sehr: die stelle wurde inzwischen besetzt")
    assert not list(admitted(phrases((r"\bnot in this text\b",)), literals))
    later = phrases((r"\bstelle wurde inzwischen besetzt\b",))  # indexed after the first
    assert [item.pattern for item in admitted(later, literals)] == [
        r"\bstelle wurde inzwischen besetzt\b"
    ]


def test_the_spelling_caches_are_dropped_once_the_tables_are_made() -> None:
    from followupd.understand.classifier import prepare_classifier
    from followupd.understand.prefilter import needle

    prepare_classifier()
    assert needle.cache_info().currsize == 0
    later = phrase(r"\bquite a rare phrase made later\b")
    assert later.may_match("we have quite a rare phrase made later here")
    assert not later.may_match("nothing of the kind")


def test_no_phrase_of_the_rule_table_matches_nothing_at_all() -> None:
    # a list item that starts with "|" (a comma too many between two string pieces) is an
    # empty alternative: it matches every text, and every rule that reads it fires
    from followupd.understand.classifier import phrase_tables

    for table in phrase_tables():
        for item in table:
            for text in ("", " x ", "hello there.\nsecond line"):
                found = item.regex.search(text)
                assert found is None or found.group(), item.pattern
