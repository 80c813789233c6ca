"""The phrase gates' literal sets shipped with the package (understand/gate_sets.py)."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from followupd.understand import gate_sets
from followupd.understand.classifier import phrase_tables
from followupd.understand.literal_sets import edged_sets

SHIPPED = Path(gate_sets.__file__).with_name(gate_sets.FILE)


def _patterns() -> list[str]:
    return [pattern for table in phrase_tables() for pattern in table.patterns]


def test_the_shipped_file_holds_every_pattern_derived_as_now() -> None:
    """Stale after a phrase or literal_sets.py changed: run bench/make_gate_sets.py."""
    assert SHIPPED.read_bytes() == gate_sets.encode(_patterns())


def test_sets_from_the_file_are_the_derived_ones() -> None:
    for pattern in _patterns()[::25]:
        assert gate_sets.gate_sets(pattern) == edged_sets(pattern)


def test_a_pattern_the_file_lacks_is_derived() -> None:
    pattern = r"\b(?:quixotic|zanzibar) hiring committee\b"
    assert pattern not in gate_sets.decode(SHIPPED.read_bytes())
    assert gate_sets.gate_sets(pattern) == edged_sets(pattern)
    assert gate_sets.gate_sets(pattern), "the test pattern has literal sets"


def test_a_file_made_by_other_deriving_code_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    data = gate_sets.encode([r"\bwe regret to inform you\b"])
    assert gate_sets.decode(data)
    monkeypatch.setattr(gate_sets, "fingerprint", lambda: "0" * 64)
    assert gate_sets.decode(data) == {}


@pytest.mark.parametrize(
    "data", [b"", b"not zlib", zlib.compress(b"[1, 2]"), zlib.compress(b"{not json")]
)
def test_a_damaged_file_is_ignored(data: bytes) -> None:
    assert gate_sets.decode(data) == {}


def test_the_file_names_no_more_than_patterns_and_their_strings() -> None:
    payload = json.loads(zlib.decompress(SHIPPED.read_bytes()))
    assert set(payload) == {"fingerprint", "sets"}
    assert payload["fingerprint"] == gate_sets.fingerprint()
