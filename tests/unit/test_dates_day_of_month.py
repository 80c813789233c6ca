"""Days and times as Spanish and French write them: a weekday and the day of the month with no
month ("el martes 21 a las 10:00", "jeudi 16 à 11h"), a range closed by a spaced "h" ("de 10 a
11 h"), a time before its day ("a las 12:00 del jueves 12 de marzo"). The number after the
weekday is the day, not the start of a range that ends at the clock time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followupd.dates import find_interview_times

MADRID_SPRING = timezone(timedelta(hours=2))
SENT = datetime(2026, 4, 13, 10, 20, tzinfo=MADRID_SPRING)  # a Monday


def _moments(text: str) -> list[tuple[str, str | None]]:
    return [
        (m.start.isoformat(), m.end.isoformat() if m.end else None)
        for m in find_interview_times(text, SENT)
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("La entrevista es el martes 21 a las 10:00 h.", "2026-04-21T10:00:00+02:00"),
        ("Te llamo el martes 21 a las 10 h.", "2026-04-21T10:00:00+02:00"),
        (
            "La entrevista la pasamos al jueves 16 a las 11, mismo lugar.",
            "2026-04-16T11:00:00+02:00",
        ),
        ("Entretien jeudi 16 à 11h, salle B.", "2026-04-16T11:00:00+02:00"),
        ("Nos vemos el viernes 17 a las 9:30.", "2026-04-17T09:30:00+02:00"),
    ],
)
def test_a_weekday_and_a_day_number_name_that_day(text: str, start: str) -> None:
    assert _moments(text)[0][0] == start


def test_a_range_closed_by_a_spaced_h_is_a_range() -> None:
    assert _moments("La entrevista queda para el viernes 17 de 10 a 11 h, por Teams.") == [
        ("2026-04-17T10:00:00+02:00", "2026-04-17T11:00:00+02:00")
    ]


def test_a_time_written_before_its_day_with_del() -> None:
    (moment,) = _moments("Ahora será a las 12:00 del jueves 16 de abril.")
    assert moment[0] == "2026-04-16T12:00:00+02:00"


def test_a_day_number_that_does_not_fall_on_the_weekday_is_not_read_as_that_day() -> None:
    # the 22nd is a Wednesday: "martes 22" gives no date of its own
    assert all(not start.startswith("2026-04-22") for start, _ in _moments("martes 22 a las 10"))


@pytest.mark.parametrize(
    "text", ["Friday 2–3pm works for us.", "Tenemos hueco el viernes 17 de 14 a 15 h."]
)
def test_ranges_after_a_weekday_keep_their_meaning(text: str) -> None:
    (moment,) = _moments(text)
    assert moment[0][11:16] == "14:00" and moment[1] is not None and moment[1][11:16] == "15:00"


def test_a_length_in_hours_is_no_time() -> None:
    assert _moments("La prueba dura 2 h y se hace en remoto.") == []
