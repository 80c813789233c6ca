"""find_decision_date: the phrase families of tests/fixtures/dates/decision_dates.json."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.dates.mentions import BusinessCalendar, find_decision_date

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "decision_dates.json").read_text("utf-8"))
CALENDARS = {"US": BusinessCalendar("US")}
EDT = timezone(timedelta(hours=-4))


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_fixture_sentence_gives_the_expected_decision_date(case: dict[str, Any]) -> None:
    calendar = CALENDARS.get(case.get("holidays", ""))
    found = find_decision_date(case["text"], datetime.fromisoformat(case["sent"]), calendar)
    assert (found.day.isoformat() if found else None) == case["expect"]


def test_the_mention_carries_its_phrase_and_index() -> None:
    text = "Thanks for your patience. We expect to make a decision by Friday."
    found = find_decision_date(text, datetime(2026, 3, 17, 16, 48, tzinfo=EDT))
    assert found is not None
    assert found.text == "by Friday"
    assert text[found.start_index :].startswith("by Friday")


def test_a_by_phrase_beats_an_earlier_bare_one() -> None:
    text = "We're finishing the last interviews this week and will get back to you by Monday."
    found = find_decision_date(text, datetime(2026, 3, 17, 16, 48, tzinfo=EDT))
    assert found is not None and found.day.isoformat() == "2026-03-23"


def test_a_fri_sat_weekend_country_ends_its_week_on_thursday() -> None:
    sent = datetime(2026, 3, 17, 10, tzinfo=timezone(timedelta(hours=2)))
    text = "We will get back to you by the end of next week."
    israeli = find_decision_date(text, sent, BusinessCalendar("IL"))
    plain = find_decision_date(text, sent)
    assert israeli is not None and plain is not None
    assert israeli.day.weekday() == 3  # Thursday
    assert plain.day.weekday() == 4


def test_no_text_no_date() -> None:
    assert find_decision_date("", datetime(2026, 3, 17, tzinfo=EDT)) is None


_phrases = st.sampled_from(
    [
        "We'll get back to you",
        "by Friday",
        "by the 20th",
        "within 9999999 days",
        "within 400000 business days",
        "end of next week",
        "early next week",
        "by March 27",
        "Please reply",
        "after the panel",
        "in the next few days",
        "by 12/31",
        "bis Ende nächster Woche",
        ",",
        ".",
        "\n",
        "decision",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_phrases, max_size=12),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
    st.integers(-11, 13),
)
def test_any_text_gives_no_date_or_one_from_the_sent_day_on(
    phrases: list[str], moment: datetime, offset: int
) -> None:
    sent = moment.replace(tzinfo=timezone(timedelta(hours=offset)))
    found = find_decision_date(" ".join(phrases), sent)
    if found is not None:
        assert sent.date() <= found.day <= sent.date() + timedelta(days=400)
        assert found.text


def test_a_french_by_phrase_is_kept_in_the_mention_text() -> None:
    text = "Nous reviendrons vers vous d'ici le mercredi 13 mai."
    found = find_decision_date(text, datetime(2026, 5, 5, 10, tzinfo=timezone(timedelta(hours=2))))
    assert found is not None
    assert found.text.startswith("d'ici le mercredi 13 mai")
