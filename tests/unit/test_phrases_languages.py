"""The phrase lists by language: every list a language module defines is one the rule table
reads, every pattern compiles, and the shared lists carry each language's additions."""

from __future__ import annotations

import re

import pytest

from followupd.understand.phrases import de, en, es, fr
from followupd.understand.phrases.common import CONDITIONAL
from followupd.understand.phrases.decision import REJECTION_UNLESS
from followupd.understand.phrases.languages import LANGUAGE_MODULES, NAMES, extended


@pytest.mark.parametrize("module", [en, de, fr, es], ids=lambda m: m.__name__.rsplit(".")[-1])
def test_a_language_defines_only_lists_the_rules_read(module: object) -> None:
    capitals = {n for n in vars(module) if n.isupper() and not n.startswith("_")}
    assert capitals <= NAMES, sorted(capitals - NAMES)
    for name in capitals:
        patterns = getattr(module, name)
        assert isinstance(patterns, tuple) and patterns, name
        for pattern in patterns:
            re.compile(pattern)


def test_extended_lists_carry_every_languages_additions() -> None:
    combined = extended("REJECTION", ("base",))
    assert combined[0] == "base"
    for module in LANGUAGE_MODULES:
        assert set(getattr(module, "REJECTION", ())) <= set(combined)


def test_a_veto_list_built_on_the_conditionals_takes_each_languages_conditionals() -> None:
    assert set(CONDITIONAL) <= set(REJECTION_UNLESS)
    vetoes = extended("REJECTION_UNLESS", REJECTION_UNLESS)
    for module in LANGUAGE_MODULES:
        assert set(getattr(module, "CONDITIONAL", ())) <= set(vetoes)


def test_an_unknown_list_name_is_refused() -> None:
    with pytest.raises(AssertionError):
        extended("REJECTIONS")
