"""The days a period resolves to: a week's Monday, a week's or a month's last business day.

A week ends on its last business day: Friday, or earlier when Friday is a public holiday or the
country's weekend is Friday-Saturday. A month ends on its last business day (within its last
ten days). A week belongs to the month its Thursday falls in (as ISO 8601 weeks belong to
years), so the first week of January 2027 is 4-8 January.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from followupd.dates.business_days import BusinessCalendar


def monday_of(day: date, weeks_ahead: int = 0) -> date:
    """The Monday of the week `day` falls in, moved `weeks_ahead` weeks on."""
    return day - timedelta(days=day.weekday()) + timedelta(weeks=weeks_ahead)


def last_business_day_of_week(monday: date, calendar: BusinessCalendar) -> date:
    """The week's last business day from Friday back to Monday (its Friday when none is)."""
    days = [monday + timedelta(days=i) for i in range(4, -1, -1)]
    return next((d for d in days if calendar.is_business_day(d)), monday + timedelta(days=4))


def month_end(year: int, month: int, calendar: BusinessCalendar) -> date:
    """The month's last business day (its last day when its last ten hold none)."""
    last = date(year, month, monthrange(year, month)[1])
    while not calendar.is_business_day(last) and last.day > 20:
        last -= timedelta(days=1)
    return last


def month_after(day: date, months: int = 1) -> tuple[int, int]:
    """(year, month) of the month `months` after the one `day` falls in."""
    year, index = divmod(day.month - 1 + months, 12)
    return day.year + year, index + 1


def month_week_end(year: int, month: int, place: int, calendar: BusinessCalendar) -> date:
    """The last business day of the month's `place`-th week (1 the first, -1 the last)."""
    first = date(year, month, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    thursdays = [thursday + timedelta(weeks=i) for i in range(5)]
    thursdays = [day for day in thursdays if day.month == month]
    chosen = thursdays[-1] if place < 0 else thursdays[min(place, len(thursdays)) - 1]
    return last_business_day_of_week(chosen - timedelta(days=3), calendar)
