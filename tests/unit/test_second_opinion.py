"""The learned second opinion (understand/second_opinion.py, opinion_weights.py): its features
are the same for the same message on every run, the weights file holds numbers only, packs
weights without loss, and loads fast and lazily; nothing of it needs numpy at run time."""

from __future__ import annotations

import ast
import zlib
from pathlib import Path

import pytest
from classify_mail import ME, eml
from hypothesis import given
from hypothesis import strategies as st

from followupd.mail import parse_message
from followupd.model import Kind
from followupd.understand import NO_CONTEXT, ThreadContext
from followupd.understand.classifier import Message
from followupd.understand.opinion_weights import (
    KINDS,
    MAGIC,
    OFFSET,
    Weights,
    decode,
    encode,
    pack,
    unpack,
)
from followupd.understand.second_opinion import (
    TEXT_CHARS,
    WEIGHTS_FILE,
    features,
    features_of,
    header_facts,
    shipped_weights,
)

UNDERSTAND = Path(__file__).resolve().parents[2] / "daemon" / "followupd" / "understand"
BODY = "Unfortunately we have decided not to move forward with your application. 14:30"


def _features(body: str = BODY, subject: str = "Your application", **kw: object) -> set[int]:
    mail = parse_message(eml(body, subject=subject, **kw))  # type: ignore[arg-type]
    return features_of(Message(mail, frozenset({ME}), NO_CONTEXT))


def test_the_same_message_gives_the_same_features_every_time() -> None:
    assert _features() == _features()
    assert len(_features()) > 20


def test_a_word_is_its_crc32_seeded_by_where_it_stands() -> None:
    """Pinned: the hashing scheme is what the shipped weights were trained with."""
    found = features(parse_message(eml("x")), frozenset(), NO_CONTEXT, "", " unfortunately ")
    assert zlib.crc32(b"unfortunately", zlib.crc32(b"text")) in found
    assert zlib.crc32(b"unfortunately", zlib.crc32(b"subject")) not in found


def test_case_links_and_digits_do_not_change_the_features() -> None:
    plain = _features("Your interview is at 10:00 on Friday.")
    assert plain == _features("YOUR Interview is at 14:30 on https://example.com/x Friday.")


def test_the_subject_and_the_text_are_told_apart() -> None:
    assert _features("hello", subject="rejection") != _features("rejection", subject="hello")


def test_only_the_top_of_a_long_text_is_read() -> None:
    top = "We have decided not to move forward. " + "x " * TEXT_CHARS
    assert _features(top) == _features(top + " offer contract signing bonus")


def test_header_facts_say_bulk_no_reply_and_calendar() -> None:
    mail = parse_message(
        eml(
            "hi",
            sender="Acme Careers <no-reply@greenhouse.io>",
            headers=[("List-Unsubscribe", "<https://x.example/u>")],
        )
    )
    facts = set(header_facts(mail, frozenset({ME})))
    assert {"bulk", "no-reply sender", "service sender"} <= facts
    assert "from the user" not in facts


def test_thread_facts_change_the_features() -> None:
    mail = parse_message(eml("Thursday works, see you then"))
    alone = features(mail, frozenset(), NO_CONTEXT, "", "thursday works")
    asked = features(mail, frozenset(), ThreadContext(asked_for_time=True), "", "thursday works")
    assert alone < asked


@given(st.lists(st.integers(-32767, 32767), min_size=len(KINDS), max_size=len(KINDS)))
def test_packed_weights_add_up_exactly(weights: list[int]) -> None:
    twice = pack(weights) + pack(reversed(weights))
    assert unpack(twice) == tuple(a + b for a, b in zip(weights, reversed(weights), strict=True))


def test_nothing_packed_sums_to_zero() -> None:
    assert unpack(0) == (0,) * len(KINDS)
    assert unpack(pack([-OFFSET + 1] * len(KINDS))) == (-OFFSET + 1,) * len(KINDS)


def _weights() -> Weights:
    return Weights(
        rows={7: pack([1, -2, 3, 0, 0, 0, 5, 0, -9]), 2**40 + 3: pack([100] * len(KINDS))},
        scale=(0.5,) * len(KINDS),
        bias=tuple(float(i) for i in range(len(KINDS))),
        promote={Kind.REJECTION: 0.8},
        hold={Kind.REJECTION: 0.1, Kind.OFFER: 0.05},
        meta={"steps": 3},
    )


def test_the_file_format_round_trips() -> None:
    weights = _weights()
    again = decode(encode(weights))
    assert again == weights
    assert again.opinion({7, 99}) == weights.opinion({7})


def test_a_file_that_is_not_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="not a second-opinion"):
        decode(b"PK\x03\x04 something else")


def test_the_opinion_is_a_probability_for_each_kind() -> None:
    opinion = _weights().opinion({7})
    assert abs(sum(opinion.probabilities) - 1.0) < 1e-9
    assert opinion.kind is Kind.OFFER  # bias 6 + 0.5 * 5 beats other's 8 + 0.5 * -9
    assert opinion[Kind.OFFER] == max(opinion.probabilities)
    assert _weights().opinion(set()).kind is Kind.OTHER  # no feature known: the biases alone


def test_the_shipped_weights_load_and_hold_no_words() -> None:
    weights = shipped_weights()
    assert weights is not None and len(weights.rows) > 1000
    assert set(weights.promote) <= set(KINDS) and Kind.OTHER not in weights.promote
    raw = (UNDERSTAND / WEIGHTS_FILE).read_bytes()
    size = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 4], "little")
    header = raw[len(MAGIC) + 4 : len(MAGIC) + 4 + size]
    tables = zlib.decompress(raw[len(MAGIC) + 4 + size :])
    for word in (b"unfortunately", b"regret", b"leider", b"malheureusement", b"lamentamos"):
        assert word not in header.lower() and word not in tables.lower()


def test_the_shipped_weights_are_read_once() -> None:
    assert shipped_weights() is shipped_weights()


def test_run_time_modules_import_no_numpy() -> None:
    for name in ("second_opinion.py", "opinion_weights.py", "confidence.py"):
        tree = ast.parse((UNDERSTAND / name).read_text())
        roots = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            node.module.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert "numpy" not in roots, name
