"""Dates in prose and on the calendar: interview times and their zones, decision dates, and
business days with public holidays.

Everything is resolved against the message's own Date (the sender's clock), so "by Friday" or
"2pm ET" mean what the writer meant. A zone written in words ("Pacific", "heure de Paris",
"All times Eastern", a zone in the subject or signature) is a region's clock on that date; a time
whose zone is only guessed is marked uncertain, with its readings in the other plausible zones.

May import: model, errors. Never: the clock, any I/O, the meaning of a message.
"""

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.mentions import TimeMention, find_decision_date, find_interview_times
from followupd.dates.reply_by import ReplyBy, find_reply_by
from followupd.dates.same_time import same_time_on_day
from followupd.dates.sender_zone import local_sent
from followupd.dates.zone_choice import ZoneContext

__all__ = [
    "BusinessCalendar",
    "ReplyBy",
    "TimeMention",
    "ZoneContext",
    "find_decision_date",
    "find_interview_times",
    "find_reply_by",
    "local_sent",
    "same_time_on_day",
]
