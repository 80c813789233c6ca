"""The classifier's fast paths (translate instead of a regex or Unicode normalisation for
ASCII text, arrays instead of big-number arithmetic) give exactly what the general forms give."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.understand import employer, people, second_opinion

_MIXED = "abcRAJiyer .-_@éüßİK\u0301 1ÅΣ"
_texts = st.text(alphabet=_MIXED, max_size=16) | st.text(max_size=16)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _fits(name: str, address: str) -> bool:
    local = re.sub(r"[^a-z]", "", address.partition("@")[0])
    words = [re.sub(r"[^a-z]", "", _plain(w)) for w in name.split()]
    return any(len(w) >= 3 and w in local for w in words)


@settings(max_examples=2000, deadline=None)
@given(_texts, _texts)
def test_a_name_fits_an_address_as_the_general_form_says(name: str, address: str) -> None:
    assert people.plain(name) == _plain(name)
    assert people.fits(name, address) == _fits(name, address)


@settings(max_examples=2000, deadline=None)
@given(_texts)
def test_a_name_is_squashed_as_the_general_form_squashes_it(text: str) -> None:
    assert employer._squash(text) == re.sub(r"[^a-z0-9]", "", _plain(text))


def test_examples() -> None:
    assert people.fits("Raj Iyer", "r.iyer@acme.example")
    assert not people.fits("Dana Lee", "info@acme.example")
    assert employer._squash("Café-Nord GmbH") == "cafenordgmbh"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), max_size=40))
def test_word_pairs_are_the_first_hash_times_2_32_plus_the_second(hashes: list[int]) -> None:
    expected = [first * 2**32 + second for first, second in pairwise(hashes)]
    assert sorted(second_opinion._pairs(hashes)) == sorted(expected)
