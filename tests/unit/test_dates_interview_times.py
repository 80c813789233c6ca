"""find_interview_times: the phrase families of tests/fixtures/dates/interview_times.json, and
the properties every answer must have."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.dates.mentions import TimeMention, find_interview_times

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "interview_times.json").read_text("utf-8"))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def _instants(mentions: list[TimeMention]) -> list[tuple[str, str | None]]:
    return [(m.start.isoformat(), m.end.isoformat() if m.end else None) for m in mentions]


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_fixture_sentence_resolves_to_the_expected_moments(case: dict[str, Any]) -> None:
    found = find_interview_times(case["text"], datetime.fromisoformat(case["sent"]))
    expected = [(start, end) for start, end in case["expect"]]
    assert _instants(found) == expected


def test_the_mention_text_and_index_point_into_the_text() -> None:
    text = "Thanks! Confirming Tuesday, March 10 at 2pm ET with Dana."
    (mention,) = find_interview_times(text, datetime(2026, 3, 4, 10, tzinfo=NEW_YORK_WINTER))
    assert mention.text == "Tuesday, March 10 at 2pm ET"
    assert text[mention.start_index : mention.end_index] == mention.text


def test_a_weekday_that_disagrees_with_the_date_is_noted() -> None:
    sent = datetime(2026, 3, 4, 10, tzinfo=NEW_YORK_WINTER)
    (mention,) = find_interview_times("Wednesday, March 10 at 2pm ET", sent)
    assert mention.start.date().isoformat() == "2026-03-10"
    assert any("does not match" in note for note in mention.notes)
    (agreeing,) = find_interview_times("Tuesday, March 10 at 2pm ET", sent)
    assert agreeing.notes == ()


def test_written_zone_keeps_its_iana_name_for_later_arithmetic() -> None:
    sent = datetime(2026, 3, 4, 10, tzinfo=NEW_YORK_WINTER)
    (mention,) = find_interview_times("Friday, March 6 at 9am PT", sent)
    assert str(mention.start.tzinfo) == "America/Los_Angeles"
    assert mention.start.astimezone(UTC).hour == 17


def test_a_zoneinfo_sent_time_is_honoured_across_the_dst_change() -> None:
    from zoneinfo import ZoneInfo

    sent = datetime(2026, 3, 6, 12, tzinfo=ZoneInfo("America/New_York"))
    (mention,) = find_interview_times("See you Monday at 10am.", sent)
    assert mention.start.utcoffset() == timedelta(hours=-4)


def test_a_time_is_paired_with_its_own_day_not_a_far_one() -> None:
    text = "We met on Monday.\n\n" + "Lorem ipsum dolor sit amet. " * 8 + "Call me at 4pm."
    assert find_interview_times(text, datetime(2026, 3, 4, 10, tzinfo=NEW_YORK_WINTER)) == []


_words = st.sampled_from(
    [
        "Tuesday",
        "March",
        "10",
        "at",
        "2pm",
        "ET",
        "10/03/2026",
        "14:00",
        "GMT",
        "tomorrow",
        "the",
        "14th",
        "3:30-4:15",
        "PM",
        "PT",
        "for",
        "45",
        "minutes",
        "from",
        "10:00",
        "to",
        "11:30",
        "CET",
        "noon",
        "May",
        "I",
        "We",
        "Sun",
        "24/7",
        "$14.00",
        "2–3pm",
        ",",
        ".",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, max_size=30), st.integers(-11, 13))
def test_any_text_gives_aware_ordered_moments(words: list[str], offset: int) -> None:
    sent = datetime(2026, 3, 4, 10, tzinfo=timezone(timedelta(hours=offset)))
    found = find_interview_times(" ".join(words), sent)
    for mention in found:
        assert mention.start.tzinfo is not None
        assert mention.end is None or mention.end > mention.start
    assert [m.start_index for m in found] == sorted(m.start_index for m in found)


def test_the_first_mention_is_the_dated_one_when_a_bare_weekday_agrees_with_it() -> None:
    # understand/extract.py takes the first mention as the interview's start
    text = "Thursday at 3pm works for Raj, so you're now set for Thursday, April 16 at 3:00 pm ET."
    sent = datetime(2026, 4, 8, 10, tzinfo=timezone(timedelta(hours=-4)))
    first = find_interview_times(text, sent)[0]
    assert first.text == "Thursday, April 16 at 3:00 pm ET"
    assert first.start.date().isoformat() == "2026-04-16"


def test_a_bare_weekday_far_from_the_dated_mention_keeps_its_own_reading() -> None:
    sent = datetime(2026, 4, 8, 10, tzinfo=timezone(timedelta(hours=-4)))
    filler = " We look forward to it." * 30
    text = f"Thursday at 3pm works.{filler} Separately, Thursday, April 16 at 3pm is the panel."
    found = [m.start.date().isoformat() for m in find_interview_times(text, sent)]
    assert found == ["2026-04-09", "2026-04-16"]
