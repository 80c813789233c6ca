"""read_events and the calendar parts parse_message finds: zones, methods, people, caps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from followupd.mail.invitations import MAX_EVENTS, read_events
from followupd.mail.parse import parse_message
from followupd.model.domain import Person

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def offset(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def test_outlook_invite_with_windows_zone_name_and_rooms_excluded() -> None:
    (event,) = parse_message(fixture("outlook_invite_windows_zone.eml")).events
    assert event.method == "REQUEST"
    assert event.sequence == 2
    assert event.status == "CONFIRMED"
    # 30 March 2026 is the day after Europe's spring change: +02:00, not +01:00.
    assert event.start == datetime(2026, 3, 30, 10, 0, tzinfo=offset(2))
    assert event.end == datetime(2026, 3, 30, 11, 15, tzinfo=offset(2))
    assert event.start is not None and event.start.utcoffset() == timedelta(hours=2)
    assert event.organizer == Person("katrin.weber@example.de", "Katrin Weber")
    assert event.attendees == (
        Person("alex@example.org", "Alex Morgan"),
        Person("katrin.weber@example.de", "Weber, Katrin"),
        Person("jonas.kleinschmidt@example.de", "Jonas Kleinschmidt"),
    )
    assert event.summary == "Vorstellungsgespräch: Alex Morgan"
    assert event.location == "BER-3-Spree; Microsoft Teams-Besprechung"
    assert event.description.startswith("Hallo Alex,\n\nwir freuen uns")


def test_google_invite_with_vtimezone_read_once_though_sent_twice() -> None:
    mail = parse_message(fixture("google_invite_vtimezone.eml"))
    (event,) = mail.events  # inline text/calendar and invite.ics carry the same event
    assert mail.attachments == ("invite.ics",)
    pacific = ZoneInfo("America/Los_Angeles")
    assert event.start == datetime(2026, 5, 19, 13, 0, tzinfo=pacific)
    assert event.end == datetime(2026, 5, 19, 14, 30, tzinfo=pacific)
    assert event.start is not None and event.start.utcoffset() == timedelta(hours=-7)
    assert [p.address for p in event.attendees] == [
        "gina@example.com",
        "omar@example.com",
        "jordan@example.org",
    ]
    assert event.attendees[1].name == ""  # Google puts the address in CN when no name is known


def test_same_custom_tzid_from_two_senders_keeps_each_senders_offset() -> None:
    (first,) = read_events(fixture("custom_zone_a.ics"))
    summer, winter = read_events(fixture("custom_zone_b.ics"))
    (again,) = read_events(fixture("custom_zone_a.ics"))
    assert first.start == datetime(2026, 4, 10, 15, 0, tzinfo=offset(5.5))
    assert summer.start == datetime(2026, 4, 10, 15, 0, tzinfo=offset(-3))
    assert winter.start == datetime(2026, 1, 15, 15, 0, tzinfo=offset(-4))
    assert winter.end == datetime(2026, 1, 15, 15, 30, tzinfo=offset(-4))
    assert again.start == first.start
    assert again.start is not None and again.start.utcoffset() == timedelta(hours=5.5)


def test_custom_zone_with_southern_hemisphere_rules() -> None:
    summer, winter = read_events(fixture("southern_zone.ics"))
    assert summer.start is not None and summer.start.utcoffset() == timedelta(hours=11)
    assert winter.start is not None and winter.start.utcoffset() == timedelta(hours=10)


def test_all_day_events() -> None:
    one_day, no_end = read_events(fixture("all_day.ics"))
    assert one_day.all_day and no_end.all_day
    assert one_day.method == "PUBLISH"
    assert one_day.start is not None and one_day.start.date().isoformat() == "2026-04-15"
    assert one_day.end is not None and one_day.end.date().isoformat() == "2026-04-16"
    assert no_end.end is not None and no_end.end - no_end.start == timedelta(days=1)  # type: ignore[operator]


def test_duration_gives_the_end_and_no_end_stays_none() -> None:
    utc_event, long_event, open_event = read_events(fixture("duration.ics"))
    assert utc_event.start == datetime(2026, 3, 12, 15, 0, tzinfo=UTC)
    assert utc_event.end == datetime(2026, 3, 12, 15, 45, tzinfo=UTC)
    assert long_event.end == datetime(2026, 6, 13, 11, 30, tzinfo=ZoneInfo("Europe/London"))
    assert open_event.start == datetime(2026, 6, 23, 10, 0, tzinfo=offset(-4))
    assert open_event.end is None
    assert not open_event.all_day


def test_cancel_method_from_content_type_parameter() -> None:
    (event,) = parse_message(fixture("cancel_method_param.eml")).events
    assert event.method == "CANCEL"
    assert event.status == "CANCELLED"
    assert event.sequence == 3
    assert event.uid == "cancel-uid-1@example.com"
    assert event.start == datetime(2026, 2, 18, 13, 0, tzinfo=offset(-5))
    assert event.organizer == Person("kofi@example.com", "Kofi Mensah")


def test_vcalendar_method_wins_over_the_hint() -> None:
    (event,) = read_events(fixture("custom_zone_a.ics"), "CANCEL")
    assert event.method == "REQUEST"


def test_unknown_zone_gives_no_time_and_a_note() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nDTSTART;TZID=Mars/Olympus:20260101T100000\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_events(ics)
    assert event.start is None
    assert any("Mars/Olympus" in note for note in event.notes)


def test_outlook_display_name_zone_falls_back_to_its_offset() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\n"
        'DTSTART;TZID="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi":20260101T100000\n'
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_events(ics)
    assert event.start == datetime(2026, 1, 1, 10, 0, tzinfo=offset(5.5))


def test_room_names_and_resource_addresses_are_not_people() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\n"
        "ATTENDEE;CN=Dana Lee:mailto:dana@example.com\n"
        "ATTENDEE;CN=Boardroom 4:mailto:br4@example.com\n"
        "ATTENDEE;CN=NYC-7-Hudson (10):mailto:nyc-7-hudson@example.com\n"
        "ATTENDEE;CN=Projector:mailto:room-projector@example.com\n"
        "ATTENDEE;CUTYPE=RESOURCE;CN=Laptop:mailto:laptop@example.com\n"
        "ATTENDEE;CN=Brooke Mendez:mailto:brooke.mendez@example.com\n"
        "ATTENDEE;CN=Marco Sala:mailto:marco.sala@example.it\n"
        "ATTENDEE;CN=LDN-2-Thames:mailto:c_188abc@resource.calendar.google.com\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_events(ics)
    assert [p.address for p in event.attendees] == [
        "dana@example.com",
        "brooke.mendez@example.com",
        "marco.sala@example.it",
    ]


def test_event_count_and_size_are_capped() -> None:
    event = "BEGIN:VEVENT\nUID:x\nDTSTART:20260101T100000Z\nEND:VEVENT\n"
    ics = "BEGIN:VCALENDAR\n" + event * (MAX_EVENTS * 4) + "END:VCALENDAR\n"
    assert len(read_events(ics)) == MAX_EVENTS
    assert read_events("BEGIN:VCALENDAR\n" + "X-JUNK:" + "a" * 3_000_000) == ()


def test_garbage_and_unbalanced_components_do_not_raise() -> None:
    assert read_events(b"\xff\xfe\x00garbage") == ()
    ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:2026XX01\nSEQUENCE:-4\nEND:VCALENDAR\n"
    (event,) = read_events(ics)
    assert event.start is None and event.sequence == 0


def test_windows_zone_names_without_vtimezone() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\n"
        "DTSTART;TZID=GMT Standard Time:20260701T090000\n"
        "DTEND;TZID=Eastern Standard Time:20260701T040000\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    (event,) = read_events(ics)
    assert event.start == datetime(2026, 7, 1, 9, 0, tzinfo=offset(1))
    assert event.end == event.start
    assert event.notes == ()


def test_custom_zone_times_carry_plain_fixed_offsets() -> None:
    (event,) = read_events(fixture("custom_zone_a.ics"))
    assert event.start is not None
    assert event.start.tzinfo == timezone(timedelta(hours=5, minutes=30))


def test_zone_rule_with_until_stops_applying() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Old Rules\n"
        "BEGIN:STANDARD\nDTSTART:19701025T030000\nTZOFFSETTO:+0100\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n"
        "BEGIN:DAYLIGHT\nDTSTART:19700329T020000\nTZOFFSETTO:+0200\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20200329T010000Z\nEND:DAYLIGHT\n"
        "END:VTIMEZONE\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Old Rules:20190701T100000\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:b\nDTSTART;TZID=Old Rules:20260701T100000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    old, new = read_events(ics)
    assert old.start is not None and old.start.utcoffset() == timedelta(hours=2)
    assert new.start is not None and new.start.utcoffset() == timedelta(hours=1)


def test_same_custom_tzid_in_two_messages_parsed_in_one_process() -> None:
    def message(ics: bytes) -> bytes:
        head = b"From: ats@example.com\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        return head + ics

    (first,) = parse_message(message(fixture("custom_zone_a.ics"))).events
    second = parse_message(message(fixture("custom_zone_b.ics"))).events[0]
    assert first.start is not None and first.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert second.start is not None and second.start.utcoffset() == timedelta(hours=-3)


def test_byte_order_marks_and_legacy_encodings() -> None:
    ics = fixture("duration.ics").decode()
    assert len(read_events(b"\xef\xbb\xbf" + ics.encode())) == 3
    assert len(read_events(ics.encode("utf-16"))) == 3
    latin = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:u\nSUMMARY:Entretien à Genève\n"
        "END:VEVENT\nEND:VCALENDAR"
    )
    (event,) = read_events(latin.encode("cp1252"))
    assert event.summary == "Entretien à Genève"
