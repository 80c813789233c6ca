"""Zones written after a time, in words, in four languages: each is a region's clock, so the
offset is the one that region shows on that date. Every family is read on both sides of a DST
change (US: March 8 and November 1, 2026; EU and UK: March 29 and October 25; Sydney: April 5
and October 4) and from a sender elsewhere, whose own offset must not leak in."""

from __future__ import annotations

from datetime import datetime

import pytest

from followupd.dates.mentions import find_interview_times

NEW_YORK_MARCH = "2026-03-04T10:00:00-05:00"  # a New York sender before the US change
NEW_YORK_OCTOBER = "2026-10-21T10:00:00-04:00"  # ... before the US change back
LONDON_MARCH = "2026-03-24T09:00:00+00:00"
BERLIN_MARCH = "2026-03-24T09:00:00+01:00"
BERLIN_OCTOBER = "2026-10-20T09:00:00+02:00"
MADRID_OCTOBER = "2026-10-20T09:00:00+02:00"
SYDNEY_MARCH = "2026-03-30T09:00:00+11:00"
SYDNEY_SEPTEMBER = "2026-09-28T09:00:00+10:00"
TOKYO = "2026-03-24T09:00:00+09:00"

# (sent, text, the start expected, the zone expected)
CASES = [
    # US Eastern: parentheses, a range's zone, "EST/EDT" as one clock, Outlook's label
    (
        NEW_YORK_MARCH,
        "Can you do Thursday, March 5 at 2pm (Eastern Time)?",
        "2026-03-05T14:00:00-05:00",
        "America/New_York",
    ),
    (
        NEW_YORK_MARCH,
        "Confirmed: Tuesday, March 10 at 2pm (Eastern Time).",
        "2026-03-10T14:00:00-04:00",
        "America/New_York",
    ),
    (
        NEW_YORK_OCTOBER,
        "See you Monday, November 2 at 10am EST/EDT.",
        "2026-11-02T10:00:00-05:00",
        "America/New_York",
    ),
    (
        NEW_YORK_OCTOBER,
        "See you Friday, October 30 at 10am EST/EDT.",
        "2026-10-30T10:00:00-04:00",
        "America/New_York",
    ),
    (
        LONDON_MARCH,
        "Friday, March 27 at 9:30 a.m. ET works for the panel.",
        "2026-03-27T09:30:00-04:00",
        "America/New_York",
    ),
    (
        NEW_YORK_OCTOBER,
        "When: Tuesday, November 3, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).",
        "2026-11-03T09:00:00-05:00",
        "America/New_York",
    ),
    (
        NEW_YORK_OCTOBER,
        "When: Tuesday, October 27, 2026 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada).",
        "2026-10-27T09:00:00-04:00",
        "America/New_York",
    ),
    (
        BERLIN_MARCH,
        "Shall we say Monday, March 30 at 9am New York time?",
        "2026-03-30T09:00:00-04:00",
        "America/New_York",
    ),
    (
        NEW_YORK_MARCH,
        "le mardi 10 mars à 14h, heure de l'Est",
        "2026-03-10T14:00:00-04:00",
        "America/New_York",
    ),
    # US Central, Mountain, Pacific: names, short forms, places, "time in"
    (
        NEW_YORK_MARCH,
        "Thursday, March 12 at 9:30am Central works.",
        "2026-03-12T09:30:00-05:00",
        "America/Chicago",
    ),
    (
        NEW_YORK_MARCH,
        "Thursday, March 5 at 9:30am Central works.",
        "2026-03-05T09:30:00-06:00",
        "America/Chicago",
    ),
    (
        NEW_YORK_OCTOBER,
        "Wednesday, November 4 at 1pm CT, for 45 minutes.",
        "2026-11-04T13:00:00-06:00",
        "America/Chicago",
    ),
    (
        NEW_YORK_MARCH,
        "Monday, March 9 at 3pm Mountain.",
        "2026-03-09T15:00:00-06:00",
        "America/Denver",
    ),
    (NEW_YORK_MARCH, "Friday, March 6 at 3pm MT.", "2026-03-06T15:00:00-07:00", "America/Denver"),
    (
        NEW_YORK_MARCH,
        "Interview: Thursday, March 12 at 2pm, Pacific time.",
        "2026-03-12T14:00:00-07:00",
        "America/Los_Angeles",
    ),
    (
        NEW_YORK_MARCH,
        "Interview: Thursday, March 5 at 2pm Pacific.",
        "2026-03-05T14:00:00-08:00",
        "America/Los_Angeles",
    ),
    (
        NEW_YORK_MARCH,
        "We meet Thursday, March 12 at 2pm Seattle time.",
        "2026-03-12T14:00:00-07:00",
        "America/Los_Angeles",
    ),
    (
        NEW_YORK_MARCH,
        "Onsite: Thursday, March 12 at 10am in San Francisco.",
        "2026-03-12T10:00:00-07:00",
        "America/Los_Angeles",
    ),
    (
        NEW_YORK_MARCH,
        "Thursday, March 12 at 2pm (local time in Los Angeles)",
        "2026-03-12T14:00:00-07:00",
        "America/Los_Angeles",
    ),
    (
        MADRID_OCTOBER,
        "el jueves 12 de noviembre a las 11:00 hora del Pacífico",
        "2026-11-12T11:00:00-08:00",
        "America/Los_Angeles",
    ),
    (
        NEW_YORK_MARCH,
        "Tuesday, July 7 at 10am Arizona time",
        "2026-07-07T10:00:00-07:00",
        "America/Phoenix",
    ),
    # Europe: abbreviations in pairs, German, French and Spanish names, places
    (
        BERLIN_MARCH,
        "Dienstag, 31. März um 14:00 Uhr CET/CEST",
        "2026-03-31T14:00:00+02:00",
        "Europe/Paris",
    ),
    (
        BERLIN_MARCH,
        "Freitag, 27. März um 14:00 Uhr CET/CEST",
        "2026-03-27T14:00:00+01:00",
        "Europe/Paris",
    ),
    (
        BERLIN_OCTOBER,
        "Montag, 26. Oktober, 10:00 MEZ/MESZ",
        "2026-10-26T10:00:00+01:00",
        "Europe/Paris",
    ),
    (
        BERLIN_OCTOBER,
        "Freitag, 23. Oktober, 10:00 MESZ",
        "2026-10-23T10:00:00+02:00",
        "Europe/Paris",
    ),
    (
        BERLIN_MARCH,
        "am Montag, 30. März um 9 Uhr Berliner Zeit",
        "2026-03-30T09:00:00+02:00",
        "Europe/Berlin",
    ),
    (
        BERLIN_MARCH,
        "am Freitag, 27. März um 9 Uhr deutscher Zeit",
        "2026-03-27T09:00:00+01:00",
        "Europe/Berlin",
    ),
    (
        NEW_YORK_MARCH,
        "Monday, March 30 at 10:00 Berlin time",
        "2026-03-30T10:00:00+02:00",
        "Europe/Berlin",
    ),
    (
        NEW_YORK_MARCH,
        "le lundi 30 mars à 10h (heure de Paris)",
        "2026-03-30T10:00:00+02:00",
        "Europe/Paris",
    ),
    (
        NEW_YORK_MARCH,
        "le vendredi 27 mars à 10h (heure de Paris)",
        "2026-03-27T10:00:00+01:00",
        "Europe/Paris",
    ),
    (
        NEW_YORK_MARCH,
        "le jeudi 2 avril à 15h, heure française",
        "2026-04-02T15:00:00+02:00",
        "Europe/Paris",
    ),
    (
        NEW_YORK_MARCH,
        "el lunes 30 de marzo a las 10:00, hora peninsular",
        "2026-03-30T10:00:00+02:00",
        "Europe/Madrid",
    ),
    (
        NEW_YORK_OCTOBER,
        "Lunes 26 de octubre, 10:00 Madrid",
        "2026-10-26T10:00:00+01:00",
        "Europe/Madrid",
    ),
    (
        NEW_YORK_OCTOBER,
        "Viernes 23 de octubre, 10:00 Madrid",
        "2026-10-23T10:00:00+02:00",
        "Europe/Madrid",
    ),
    (
        NEW_YORK_MARCH,
        "Thursday, April 2, 2026 10:00 AM-11:00 AM "
        "(GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        "2026-04-02T10:00:00+02:00",
        "Europe/Amsterdam",
    ),
    (
        NEW_YORK_MARCH,
        "Thursday, March 26, 2026 10:00 AM-11:00 AM "
        "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
        "2026-03-26T10:00:00+01:00",
        "Europe/Brussels",
    ),
    (NEW_YORK_MARCH, "le mardi 31 mars à 14h à Paris", "2026-03-31T14:00:00+02:00", "Europe/Paris"),
    (
        NEW_YORK_OCTOBER,
        "el martes 27 de octubre a las 10:00 en Madrid",
        "2026-10-27T10:00:00+01:00",
        "Europe/Madrid",
    ),
    # UK and Ireland: "UK time", "London time", BST, GMT as London's clock
    (LONDON_MARCH, "Monday 30 March at 3pm UK time", "2026-03-30T15:00:00+01:00", "Europe/London"),
    (LONDON_MARCH, "Friday 27 March at 3pm UK time", "2026-03-27T15:00:00+00:00", "Europe/London"),
    (
        NEW_YORK_OCTOBER,
        "Tuesday, October 27 at 9am London time",
        "2026-10-27T09:00:00+00:00",
        "Europe/London",
    ),
    (
        NEW_YORK_OCTOBER,
        "Friday, October 23 at 9am London time",
        "2026-10-23T09:00:00+01:00",
        "Europe/London",
    ),
    (LONDON_MARCH, "Thursday, 2 April, 10:00 BST", "2026-04-02T10:00:00+01:00", "Europe/London"),
    (LONDON_MARCH, "Wednesday 1 April at 14:00 GMT", "2026-04-01T14:00:00+01:00", "Europe/London"),
    (LONDON_MARCH, "Thursday 26 March at 14:00 GMT", "2026-03-26T14:00:00+00:00", "Europe/London"),
    (
        "2026-07-01T10:00:00+01:00",
        "Thursday, July 9 at 11:00 IST",
        "2026-07-09T11:00:00+01:00",
        "Europe/Dublin",
    ),
    (
        "2026-07-01T10:00:00+03:00",
        "Thursday, July 9 at 11:00 IST",
        "2026-07-09T11:00:00+03:00",
        "Asia/Jerusalem",
    ),
    (
        "2026-07-01T10:00:00+05:30",
        "Thursday, July 9 at 11:00 IST",
        "2026-07-09T11:00:00+05:30",
        "Asia/Kolkata",
    ),
    (
        NEW_YORK_MARCH,
        "Thursday, March 12 at 11:00 India Standard Time",
        "2026-03-12T11:00:00+05:30",
        "Asia/Kolkata",
    ),
    # Mexico, which left DST in 2022
    (
        BERLIN_MARCH,
        "el jueves 9 de abril a las 10:00 (hora de Ciudad de México)",
        "2026-04-09T10:00:00-06:00",
        "America/Mexico_City",
    ),
    # Australia: AEST/AEDT as Sydney's clock, Sydney and Brisbane by name
    (
        SYDNEY_MARCH,
        "Tuesday 7 April at 10am AEST/AEDT",
        "2026-04-07T10:00:00+10:00",
        "Australia/Sydney",
    ),
    (
        SYDNEY_MARCH,
        "Thursday 2 April at 10am AEST/AEDT",
        "2026-04-02T10:00:00+11:00",
        "Australia/Sydney",
    ),
    (
        SYDNEY_SEPTEMBER,
        "Monday 5 October at 9am AEST",
        "2026-10-05T09:00:00+11:00",
        "Australia/Sydney",
    ),
    (
        NEW_YORK_OCTOBER,
        "Monday, October 5 at 9am Sydney time",
        "2026-10-05T09:00:00+11:00",
        "Australia/Sydney",
    ),
    (
        SYDNEY_SEPTEMBER,
        "Friday, October 2 at 9am Sydney time",
        "2026-10-02T09:00:00+10:00",
        "Australia/Sydney",
    ),
    (
        SYDNEY_SEPTEMBER,
        "Monday, October 5 at 9am Brisbane time",
        "2026-10-05T09:00:00+10:00",
        "Australia/Brisbane",
    ),
    # Asia
    (NEW_YORK_MARCH, "Tuesday, March 24 at 9am SGT", "2026-03-24T09:00:00+08:00", "Asia/Singapore"),
    (
        NEW_YORK_MARCH,
        "Tuesday, March 24 at 9am Singapore time",
        "2026-03-24T09:00:00+08:00",
        "Asia/Singapore",
    ),
    (TOKYO, "Friday, March 27 at 4:30 pm JST", "2026-03-27T16:30:00+09:00", "Asia/Tokyo"),
    (
        NEW_YORK_MARCH,
        "Friday, March 27 at 4:30 pm Japan time",
        "2026-03-27T16:30:00+09:00",
        "Asia/Tokyo",
    ),
]


@pytest.mark.parametrize(("sent", "text", "start", "zone"), CASES, ids=[c[1] for c in CASES])
def test_a_zone_in_words_is_that_regions_clock_on_that_date(
    sent: str, text: str, start: str, zone: str
) -> None:
    (mention,) = find_interview_times(text, datetime.fromisoformat(sent))
    assert mention.start.isoformat() == start
    assert str(mention.start.tzinfo) == zone
    assert not mention.uncertain


# Words after a time that are no zone: the sender's own clock stays (New York, or Los Angeles).
NOT_ZONES = [
    ("2026-03-04T10:00:00-05:00", "Thursday, March 12 at 2pm Sydney will call you.", "-04:00"),
    ("2026-03-04T10:00:00-05:00", "Thursday, March 12 at 2pm, Madrid office.", "-04:00"),
    ("2026-03-04T10:00:00-05:00", "Thursday, March 12 at 2pm in German, then English.", "-04:00"),
    ("2026-03-04T10:00:00-08:00", "Thursday, March 12 at 2pm Central Park.", "-07:00"),
    ("2026-03-04T10:00:00-08:00", "Thursday, March 12 at 2pm Eastern Europe team sync.", "-07:00"),
    ("2026-03-04T10:00:00-08:00", "Thursday, March 12 at 2pm Pacific Northwest office.", "-07:00"),
]


@pytest.mark.parametrize(("sent", "text", "offset"), NOT_ZONES, ids=[c[1] for c in NOT_ZONES])
def test_words_after_a_time_that_name_no_clock_leave_the_senders(
    sent: str, text: str, offset: str
) -> None:
    (mention,) = find_interview_times(text, datetime.fromisoformat(sent))
    assert mention.start.isoformat().endswith(offset)


def test_the_zone_words_are_kept_in_the_mention_text() -> None:
    sent = datetime.fromisoformat(NEW_YORK_MARCH)
    (mention,) = find_interview_times("We're set: Monday, March 30 at 10h (heure de Paris).", sent)
    assert mention.text == "Monday, March 30 at 10h (heure de Paris)"
