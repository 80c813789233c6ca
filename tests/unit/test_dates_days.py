"""Days and clock times read on their own (the pieces find_interview_times pairs up)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from followupd.dates.days import find_days, month_day, prefers_day_first, weekday_after
from followupd.dates.times import find_durations, find_times

UTC0 = UTC
NEW_YORK = timezone(timedelta(hours=-5))
TUESDAY = date(2026, 3, 17)


def _days(text: str, sent: datetime = datetime(2026, 3, 17, 10, tzinfo=NEW_YORK)) -> list[date]:
    return [span.day for span in find_days(text, sent)]


@pytest.mark.parametrize(
    ("modifier", "weekday", "expected"),
    [
        ("", 4, date(2026, 3, 20)),  # Friday
        ("", 1, date(2026, 3, 24)),  # Tuesday named on a Tuesday: next week's
        ("this", 1, date(2026, 3, 17)),
        ("next", 4, date(2026, 3, 27)),  # Friday still ahead this week: next week's
        ("next", 0, date(2026, 3, 23)),  # Monday already gone: the coming one
        ("last", 4, date(2026, 3, 13)),
    ],
)
def test_weekday_resolution(modifier: str, weekday: int, expected: date) -> None:
    assert weekday_after(TUESDAY, weekday, modifier) == expected


def test_month_day_year_inference() -> None:
    assert month_day(3, 2, None, TUESDAY) == date(2026, 3, 2)  # recent past: this year
    assert month_day(1, 5, None, date(2026, 12, 28)) == date(2027, 1, 5)
    assert month_day(12, 30, None, date(2027, 1, 3)) == date(2026, 12, 30)
    assert month_day(1, 10, None, TUESDAY) == date(2027, 1, 10)  # long gone: next year
    assert month_day(2, 30, None, TUESDAY) is None
    assert month_day(3, 10, 26, TUESDAY) == date(2026, 3, 10)


def test_day_first_follows_the_sender_and_the_zones_written() -> None:
    assert prefers_day_first(datetime(2026, 3, 1, tzinfo=UTC0))
    assert prefers_day_first(datetime(2026, 3, 1, tzinfo=timezone(timedelta(hours=1))))
    assert not prefers_day_first(datetime(2026, 3, 1, tzinfo=NEW_YORK))
    assert not prefers_day_first(datetime(2026, 3, 1, tzinfo=UTC0), ["America/Chicago"])
    assert prefers_day_first(datetime(2026, 3, 1, tzinfo=NEW_YORK), ["Europe/London"])


def test_words_that_look_like_dates_are_not_days() -> None:
    text = "May I say we march forward? We sat in the sun on a mon-itor, 24/7, 3/4 of us."
    assert _days(text) == []


def test_short_numeric_dates_need_an_anchor_word() -> None:
    assert _days("by 3/27") == [date(2026, 3, 27)]
    assert _days("3/27 of the team") == []


def test_relative_words_in_four_languages() -> None:
    assert _days("today, tomorrow, morgen, demain, mañana") == [
        TUESDAY,
        *[date(2026, 3, 18)] * 4,
    ]
    assert _days("esta mañana y Guten Morgen") == []


def test_clock_forms() -> None:
    sent = datetime(2026, 3, 17, tzinfo=NEW_YORK)
    found = find_times("2pm, 2:30 p.m., 14:00, 14h30, 14 Uhr, noon, 9.45am", sent)
    assert [span.begin for span in found] == [
        time(14),
        time(14, 30),
        time(14),
        time(14, 30),
        time(14),
        time(12),
        time(9, 45),
    ]


def test_lengths() -> None:
    text = "a 30-minute call, for an hour, 1.5 hours, 90 minutes, half an hour, 45-60 minutes"
    lengths = [span.length for span in find_durations(text)]
    assert lengths == [timedelta(minutes=m) for m in (30, 60, 90, 90, 30, 60)]


def test_deadlines_are_not_lengths() -> None:
    assert find_durations("within 48 hours, in 2 hours, every 30 minutes") == []
