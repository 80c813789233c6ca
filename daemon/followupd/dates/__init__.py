"""Dates in prose and on the calendar: interview times and their zones, decision dates, and
business days with public holidays.

Everything is resolved against the message's own Date (the sender's clock), so "by Friday" or
"2pm ET" mean what the writer meant. A zone written in words ("Pacific", "heure de Paris",
"All times Eastern", a zone in the subject or signature) is a region's clock on that date; a time
whose zone is only guessed is marked uncertain, with its readings in the other plausible zones.

Also here, because the date patterns were first to need it and understanding may import
dates: `by_first_letter`, word alternations written so that re tries them quickly.

May import: model, errors. Never: the clock, any I/O, the meaning of a message.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from followupd.dates.business_days import BusinessCalendar

if TYPE_CHECKING:
    from followupd.dates.alternation import by_first_letter, letter_first, split_alternatives
    from followupd.dates.days import find_days
    from followupd.dates.mentions import TimeMention, find_decision_date, find_interview_times
    from followupd.dates.reply_by import ReplyBy, find_reply_by
    from followupd.dates.same_time import same_time_on_day
    from followupd.dates.sender_zone import local_sent
    from followupd.dates.words import WEEKDAYS
    from followupd.dates.zone_choice import ZoneContext

# Loaded on first use: the patterns of dates in prose take a while to compile, and the
# calendar of business days is all that deciding what is due needs.
_ON_FIRST_USE = {
    "by_first_letter": "alternation",
    "letter_first": "alternation",
    "split_alternatives": "alternation",
    "find_days": "days",
    "TimeMention": "mentions",
    "find_decision_date": "mentions",
    "find_interview_times": "mentions",
    "ReplyBy": "reply_by",
    "find_reply_by": "reply_by",
    "same_time_on_day": "same_time",
    "WEEKDAYS": "words",
    "local_sent": "sender_zone",
    "ZoneContext": "zone_choice",
}


def __getattr__(name: str) -> object:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "WEEKDAYS",
    "BusinessCalendar",
    "ReplyBy",
    "TimeMention",
    "ZoneContext",
    "by_first_letter",
    "find_days",
    "find_decision_date",
    "find_interview_times",
    "find_reply_by",
    "letter_first",
    "local_sent",
    "same_time_on_day",
    "split_alternatives",
]
