"""Business days: weekdays of the country's working week that are not public holidays (a
country's own, and with no subdivision named, those most of its subdivisions keep).

Days are plain calendar dates in the user's own zone; the caller converts an instant to a local
date first, so DST changes never move a business day. The `holidays` package is slow to build a
year, so each year's holiday set is built once per calendar object and kept.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import holidays

from followupd.errors import ConfigError

_SATURDAY_SUNDAY = frozenset({5, 6})
_MAX_STEPS = 3660  # ten years of days: a guard against a calendar with no business day at all


class BusinessCalendar:
    """Working days for a country ("US", "GB", "DE"...) and optional subdivision ("CA", "ENG").

    With no country, every Monday to Friday is a business day.
    """

    def __init__(self, country: str = "", subdivision: str = "") -> None:
        self.country = country.strip().upper()
        self.subdivision = subdivision.strip().upper()
        self._by_year: dict[int, frozenset[date]] = {}
        self._weekend = _SATURDAY_SUNDAY
        if self.country:
            self._weekend = frozenset(self._holidays_for(None).weekend)

    def __repr__(self) -> str:
        return f"BusinessCalendar({self.country!r}, {self.subdivision!r})"

    def _holidays_for(self, year: int | None) -> holidays.HolidayBase:
        try:
            return holidays.country_holidays(
                self.country, subdiv=self.subdivision or None, years=year
            )
        except NotImplementedError as error:
            raise ConfigError(f"holidays: unknown country code {self.country!r}") from error
        except ValueError as error:  # unknown subdivision
            raise ConfigError(f"holidays: {error}") from error

    def holidays_in(self, year: int) -> frozenset[date]:
        """The public holidays of `year` (observed days included), cached. With no subdivision
        named, the days most of the country's subdivisions keep count too: a canton's Whit
        Monday in Switzerland, England's Easter Monday in "GB", Holy Thursday in Spain."""
        cached = self._by_year.get(year)
        if cached is None:
            cached = self._built(year) if self.country else frozenset()
            self._by_year[year] = cached
        return cached

    def _built(self, year: int) -> frozenset[date]:
        national = self._holidays_for(year)
        days = frozenset(national.keys())
        subdivisions = () if self.subdivision else tuple(national.subdivisions)
        if not subdivisions:
            return days
        kept: Counter[date] = Counter()
        for subdivision in subdivisions:
            kept.update(
                set(holidays.country_holidays(self.country, subdiv=subdivision, years=year))
            )
        return days | {d for d, count in kept.items() if count * 2 > len(subdivisions)}

    def is_business_day(self, d: date) -> bool:
        return d.weekday() not in self._weekend and d not in self.holidays_in(d.year)

    def next_business_day(self, d: date) -> date:
        """The first business day strictly after `d`."""
        return self.add_business_days(d, 1)

    def add_business_days(self, d: date, n: int) -> date:
        """The n-th business day after `d` (before it when n < 0); `d` itself when n == 0."""
        step = timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        day = d
        for _ in range(_MAX_STEPS * max(1, remaining)):
            if remaining == 0:
                return day
            day += step
            if self.is_business_day(day):
                remaining -= 1
        raise ValueError(f"no business days found near {d.isoformat()} for {self!r}")

    def business_days_between(self, start: date, end: date) -> int:
        """Business days in (start, end]: the steps `add_business_days` takes from start to end."""
        if end < start:
            return -self.business_days_between(end, start)
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            count += self.is_business_day(day)
        return count
