"""The zone of a time written without one: the zone the writer names elsewhere (a zone line, the
subject, the signature, a zone named once in the text), else the sender's clock, which is a
guess: the mention is then uncertain when another plausible zone (named in the message or its
thread, the reader's, UTC for a +00:00 Date) reads it as another instant."""

from __future__ import annotations

from datetime import datetime

import pytest

from followupd.dates.mentions import TimeMention, ZoneContext, find_interview_times
from followupd.dates.zone_phrases import zones_named

NEW_YORK = datetime.fromisoformat("2026-03-04T10:00:00-05:00")
SERVER = datetime.fromisoformat("2026-04-14T17:20:00+00:00")
BERLIN_SUMMER = datetime.fromisoformat("2026-07-01T09:00:00+02:00")


def one(text: str, sent: datetime, context: ZoneContext | None = None) -> TimeMention:
    (mention,) = find_interview_times(text, sent, context)
    return mention


ITINERARY = "Your onsite on Tuesday, April 21:\n\n09:30 - 10:15 Coding\n10:30 - 11:15 Design\n"
ZONE_LINES = [
    (f"{ITINERARY}\nAll times Eastern.", "America/New_York"),
    (f"{ITINERARY}\nAll times are in PT.", "America/Los_Angeles"),
    (f"{ITINERARY}\n(all times CT)", "America/Chicago"),
    (f"{ITINERARY}\nTimes shown in CET.", "Europe/Paris"),
    (f"{ITINERARY}\nTimes are listed in Mountain Time.", "America/Denver"),
    (f"All times Pacific.\n{ITINERARY}", "America/Los_Angeles"),
    (f"{ITINERARY}\nTime zone: (GMT-05:00) Eastern Time (US & Canada)", "America/New_York"),
    (f"{ITINERARY}\nTimezone: Europe/London", "Europe/London"),
    (
        "Ihr Termin am Dienstag, 21. April:\n09:30 - 10:15 Coding\nAlle Zeiten in MESZ.",
        "Europe/Paris",
    ),
    ("Ihr Termin am Dienstag, 21. April, 09:30 - 10:15.\nZeitzone: Europe/Berlin", "Europe/Berlin"),
    (
        "Votre entretien le mardi 21 avril, 9h30 - 10h15.\n"
        "Toutes les heures sont indiquées en heure de Paris.",
        "Europe/Paris",
    ),
    (
        "Votre entretien le mardi 21 avril, 9h30 - 10h15.\nFuseau horaire : Europe/Paris",
        "Europe/Paris",
    ),
    (
        "Su entrevista el martes 21 de abril, 09:30 - 10:15.\nTodas las horas son hora peninsular.",
        "Europe/Madrid",
    ),
    (
        "Su entrevista el martes 21 de abril, 09:30 - 10:15.\nHorario: hora de Ciudad de México",
        "America/Mexico_City",
    ),
    ("Su entrevista el martes 21 de abril, 09:30 - 10:15.\nZona horaria: CET", "Europe/Paris"),
]


@pytest.mark.parametrize(("text", "zone"), ZONE_LINES, ids=[z[0][-40:] for z in ZONE_LINES])
def test_a_zone_line_gives_the_zone_of_every_time(text: str, zone: str) -> None:
    mentions = find_interview_times(text, SERVER)
    assert mentions
    assert {str(m.start.tzinfo) for m in mentions} == {zone}
    assert not any(m.uncertain for m in mentions)
    assert any(zone in note for note in mentions[0].notes)


def test_the_zone_line_is_read_on_the_date_of_each_time() -> None:
    march = "Panel on Friday, March 27 at 10:00 and Monday, March 30 at 10:00.\nAll times CET."
    first, second = find_interview_times(march, SERVER)
    assert (first.start.isoformat(), second.start.isoformat()) == (
        "2026-03-27T10:00:00+01:00",
        "2026-03-30T10:00:00+02:00",
    )


@pytest.mark.parametrize(
    ("context", "zone"),
    [
        (ZoneContext(subject="Interview Tues 3pm PT"), "America/Los_Angeles"),
        (ZoneContext(subject="Entretien mardi 15h (heure de Paris)"), "Europe/Paris"),
        (ZoneContext(signature="Dana Cole\nRecruiter, Acme\nMountain Time"), "America/Denver"),
        (ZoneContext(signature="Dana Cole | Talent | Sydney time"), "Australia/Sydney"),
        (ZoneContext(signature="Lena Vogt\nRecruiting\nBüro Berlin (MEZ)"), "Europe/Paris"),
    ],
)
def test_a_zone_in_the_subject_or_the_signature_is_the_writers(
    context: ZoneContext, zone: str
) -> None:
    mention = one("Confirming Tuesday, March 10 at 3pm with Dana.", NEW_YORK, context)
    assert str(mention.start.tzinfo) == zone
    assert not mention.uncertain


def test_the_subject_wins_over_the_signature_and_the_text_over_both() -> None:
    both = ZoneContext(subject="Interview 3pm PT", signature="Mountain Time")
    assert str(one("Tuesday, March 10 at 3pm.", NEW_YORK, both).start.tzinfo) == (
        "America/Los_Angeles"
    )
    text = "I'm on Central time, so Tuesday, March 10 at 3pm suits me."
    assert str(one(text, NEW_YORK, both).start.tzinfo) == "America/Chicago"


def test_one_zone_named_anywhere_in_the_text_is_the_zone() -> None:
    text = "Happy to confirm Thursday, March 12 at 2pm. (I keep my calendar in Pacific time.)"
    mention = one(text, NEW_YORK)
    assert mention.start.isoformat() == "2026-03-12T14:00:00-07:00"
    assert not mention.uncertain


def test_a_server_clock_alone_never_makes_the_zone_known() -> None:
    mention = one("Your interview is on Wednesday, May 6 at 10:00 AM.", SERVER)
    assert mention.start.isoformat() == "2026-05-06T10:00:00+00:00"
    assert mention.uncertain and mention.alternatives == ()
    assert any("zone uncertain" in note and "+00:00" in note for note in mention.notes)


def test_the_readers_zone_is_plausible_and_gives_the_latest_reading() -> None:
    los_angeles = ZoneContext(reader_zone="America/Los_Angeles", server_clock=True)
    mention = one("Your interview is on Wednesday, May 6 at 10:00 AM.", SERVER, los_angeles)
    assert [a.isoformat() for a in mention.alternatives] == ["2026-05-06T10:00:00-07:00"]
    assert max((mention.start, *mention.alternatives)).isoformat() == "2026-05-06T10:00:00-07:00"


def test_a_person_s_clock_is_known_unless_the_reader_is_elsewhere() -> None:
    text = "See you Thursday, March 12 at 2pm."
    assert not one(text, NEW_YORK).uncertain
    assert not one(text, NEW_YORK, ZoneContext(reader_zone="America/New_York")).uncertain
    assert not one(text, NEW_YORK, ZoneContext(reader_zone="America/Toronto")).uncertain
    doubtful = one(text, NEW_YORK, ZoneContext(reader_zone="America/Los_Angeles"))
    assert doubtful.start.isoformat() == "2026-03-12T14:00:00-04:00"
    assert [a.isoformat() for a in doubtful.alternatives] == ["2026-03-12T14:00:00-07:00"]


def test_a_zone_of_the_quoted_thread_is_plausible_not_known() -> None:
    thread = ZoneContext(thread="> Would Thursday, March 12 at 2pm or 4pm PT work for you?")
    mention = one("Great, Thursday, March 12 at 2pm it is.", NEW_YORK, thread)
    assert str(mention.start.tzinfo) == "America/New_York"
    assert mention.uncertain
    assert [str(a.tzinfo) for a in mention.alternatives] == ["America/Los_Angeles"]


def test_two_zones_named_leave_a_time_without_one_in_doubt_between_them() -> None:
    text = "Dana is on Eastern time and Omar on Pacific time. We meet Thursday, March 12 at 2pm."
    mention = one(text, datetime.fromisoformat("2026-03-04T10:00:00-06:00"))
    assert str(mention.start.tzinfo) == "America/Chicago"
    assert {str(a.tzinfo) for a in mention.alternatives} == {
        "America/New_York",
        "America/Los_Angeles",
    }


def test_your_time_is_the_readers_zone_and_in_doubt_while_it_is_unknown() -> None:
    text = "Would Thursday, March 12 at 9am your time work?"
    known = one(text, NEW_YORK, ZoneContext(reader_zone="Europe/Berlin"))
    assert (known.start.isoformat(), known.uncertain) == ("2026-03-12T09:00:00+01:00", False)
    unknown = one(text, NEW_YORK)
    assert unknown.uncertain and unknown.start.isoformat() == "2026-03-12T09:00:00-04:00"


def test_an_offset_label_of_the_writers_own_zone_in_summer_reads_as_that_zone() -> None:
    label = one("Thursday, July 9 at 15:00 (GMT+1)", BERLIN_SUMMER)
    assert label.start.isoformat() == "2026-07-09T15:00:00+02:00"
    assert label.uncertain
    assert [a.isoformat() for a in label.alternatives] == ["2026-07-09T15:00:00+01:00"]
    winter = one("Thursday, January 14 at 15:00 (GMT+1)", BERLIN_SUMMER)
    assert (winter.start.isoformat(), winter.uncertain) == ("2027-01-14T15:00:00+01:00", False)
    utc = one("Thursday, July 9 at 14:00 UTC", datetime.fromisoformat("2026-07-01T09:00:00+01:00"))
    assert (utc.start.isoformat(), utc.uncertain) == ("2026-07-09T14:00:00+00:00", False)


def test_a_zone_written_with_the_time_is_never_in_doubt() -> None:
    los_angeles = ZoneContext(reader_zone="America/Los_Angeles", thread="> 4pm CET?")
    mention = one("Confirmed for Thursday, March 12 at 2pm ET.", SERVER, los_angeles)
    assert (mention.uncertain, mention.alternatives) == (False, ())


@pytest.mark.parametrize(
    "text",
    [
        "PT/FT roles in CT and MA",
        "Thank you for taking the time to speak with us; in the meantime, sometimes",
        "Our office in London is on the second floor.",
        "Central America and Eastern Europe hubs",
        "Thank you for your time. Timeline: two weeks.",
        "Sydney, Priya and Omar will join; at times it gets busy.",
        "Die Arbeitszeit ist flexibel, Uhrzeit nach Absprache.",
    ],
)
def test_words_that_only_look_like_zones_name_none(text: str) -> None:
    assert zones_named(text, NEW_YORK) == []


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("I'm on Pacific time", "America/Los_Angeles"),
        ("Jane Doe\nRecruiter | Mountain Time Zone", "America/Denver"),
        ("mitteleuropäischer Sommerzeit", "Europe/Paris"),
        ("Ortszeit Berlin", "Europe/Berlin"),
        ("hora de Ciudad de México", "America/Mexico_City"),
        ("heure du Québec", "America/Toronto"),
        ("(America/Chicago)", "America/Chicago"),
        ("Office hours in CEST", "Europe/Paris"),
    ],
)
def test_a_zone_named_on_its_own_is_found(text: str, zone: str) -> None:
    assert [z.name for z in zones_named(text, NEW_YORK)] == [zone]
