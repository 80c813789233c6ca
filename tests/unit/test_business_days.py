"""BusinessCalendar: weekends, public holidays (observed days too), subdivisions, caching."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.mentions import BusinessCalendar as ExportedCalendar
from followupd.errors import ConfigError

US = BusinessCalendar("US")


def test_dates_module_exports_the_same_calendar() -> None:
    assert ExportedCalendar is BusinessCalendar


def test_weekends_and_us_holidays_are_not_business_days() -> None:
    assert US.is_business_day(date(2026, 5, 26))  # Tuesday after Memorial Day
    assert not US.is_business_day(date(2026, 5, 25))  # Memorial Day
    assert not US.is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert not US.is_business_day(date(2026, 12, 25))  # Christmas
    assert not US.is_business_day(date(2026, 7, 3))  # Independence Day observed (Friday)
    assert not US.is_business_day(date(2026, 5, 23))  # Saturday


def test_without_a_country_only_weekends_are_off() -> None:
    plain = BusinessCalendar()
    assert plain.is_business_day(date(2026, 12, 25))
    assert not plain.is_business_day(date(2026, 12, 26))


def test_add_business_days_skips_memorial_day() -> None:
    assert US.add_business_days(date(2026, 5, 22), 1) == date(2026, 5, 26)
    assert US.add_business_days(date(2026, 5, 22), 5) == date(2026, 6, 1)


def test_add_business_days_skips_thanksgiving_and_christmas() -> None:
    assert US.add_business_days(date(2026, 11, 25), 1) == date(2026, 11, 27)
    assert US.add_business_days(date(2026, 12, 24), 1) == date(2026, 12, 28)


def test_add_business_days_counts_backwards_and_zero_is_the_same_day() -> None:
    assert US.add_business_days(date(2026, 5, 26), -1) == date(2026, 5, 22)
    assert US.add_business_days(date(2026, 5, 23), 0) == date(2026, 5, 23)


def test_next_business_day_is_strictly_after() -> None:
    assert US.next_business_day(date(2026, 3, 10)) == date(2026, 3, 11)
    assert US.next_business_day(date(2026, 7, 2)) == date(2026, 7, 6)
    assert US.next_business_day(date(2026, 12, 31)) == date(2027, 1, 4)  # New Year, weekend


def test_business_days_ignore_dst_changes() -> None:
    # US clocks change on Sunday 2026-03-08: a business day is a date, so nothing shifts.
    assert US.add_business_days(date(2026, 3, 6), 1) == date(2026, 3, 9)
    assert US.business_days_between(date(2026, 3, 6), date(2026, 3, 9)) == 1


def test_subdivision_holidays_apply() -> None:
    scotland = BusinessCalendar("GB", "SCT")
    england = BusinessCalendar("GB", "ENG")
    assert not scotland.is_business_day(date(2026, 1, 2))  # 2 January, Scotland only
    assert england.is_business_day(date(2026, 1, 2))


def test_a_friday_saturday_weekend_is_respected() -> None:
    israel = BusinessCalendar("IL")
    assert not israel.is_business_day(date(2026, 3, 20))  # Friday
    assert israel.is_business_day(date(2026, 3, 22))  # Sunday


def test_unknown_country_or_subdivision_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="ZZ"):
        BusinessCalendar("ZZ")
    with pytest.raises(ConfigError):
        BusinessCalendar("US", "NOPE")


def test_each_year_of_holidays_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = holidays.country_holidays

    def counting(*args: object, **kwargs: object) -> holidays.HolidayBase:
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(holidays, "country_holidays", counting)
    calendar = BusinessCalendar("US")
    calendar.add_business_days(date(2026, 1, 2), 200)
    built = calls.count(2026)  # the country's, and each state's (what most of them keep)
    calendar.add_business_days(date(2026, 3, 2), 30)
    assert built == 1 + len(holidays.country_holidays("US").subdivisions)
    assert calls.count(2026) == built


def test_a_country_named_alone_keeps_the_days_most_of_its_parts_keep() -> None:
    whit_monday, easter_monday = date(2026, 5, 25), date(2026, 4, 6)
    assert not BusinessCalendar("CH").is_business_day(whit_monday)  # 20 of 26 cantons
    assert not BusinessCalendar("GB").is_business_day(easter_monday)  # not Scotland
    assert BusinessCalendar("GB", "SCT").is_business_day(easter_monday)
    assert not BusinessCalendar("ES").is_business_day(date(2026, 4, 2))  # Holy Thursday
    assert BusinessCalendar("ES", "CT").is_business_day(date(2026, 4, 2))
    assert BusinessCalendar("DE").is_business_day(date(2026, 6, 4))  # Corpus Christi: 6 of 16


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 40))
def test_adding_n_business_days_lands_on_a_business_day_n_steps_away(start: date, n: int) -> None:
    end = US.add_business_days(start, n)
    assert US.is_business_day(end)
    assert US.business_days_between(start, end) == n
    if US.is_business_day(start):
        assert US.add_business_days(end, -n) == start
    assert end - start <= timedelta(days=n * 2 + 10)
