"""Decision days written as a weekday of next week ("Friday of next week", "vendredi de la
semaine prochaine", "Freitag nächster Woche", "el viernes de la semana que viene") or as the
end of a named month with its word for month ("fin du mois de mai", "finales del mes de
mayo"), and the cues "je reviens vers vous", "eine Nachricht geben", in four languages."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from followupd.dates import find_interview_times
from followupd.dates.mentions import find_decision_date

TUESDAY = datetime(2026, 3, 17, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _day(text: str) -> date | None:
    found = find_decision_date(text, TUESDAY)
    return found.day if found else None


@pytest.mark.parametrize(
    "text",
    [
        "We will get back to you by Friday of next week.",
        "We'll get back to you next week Friday at the latest.",
        "Nous vous répondrons vendredi de la semaine prochaine.",
        "Wir melden uns bis Freitag nächster Woche.",
        "Wir melden uns spätestens nächste Woche Freitag.",
        "Te daremos una respuesta antes del viernes de la semana que viene.",
        "Te contactaremos a más tardar el viernes de la próxima semana con novedades.",
    ],
)
def test_a_weekday_of_next_week_is_that_day_next_week(text: str) -> None:
    assert _day(text) == date(2026, 3, 27)


def test_a_weekday_alone_is_still_the_coming_one() -> None:
    assert _day("We will get back to you by Friday.") == date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "We will get back to you by the end of the month of May.",
        "Nous reviendrons vers vous au plus tard à la fin du mois de mai.",
        "Wir melden uns bis Ende des Monats Mai.",
        "Te responderemos a finales del mes de mayo.",
    ],
)
def test_the_end_of_a_named_month_is_that_months_last_business_day(text: str) -> None:
    assert _day(text) == date(2026, 5, 29)


@pytest.mark.parametrize(
    "text",
    [
        "We will get back to you by the end of the month.",
        "Nous reviendrons vers vous à la fin du mois.",
    ],
)
def test_the_end_of_the_month_is_still_this_months(text: str) -> None:
    assert _day(text) == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Je reviens vers vous d'ici la fin de la semaine prochaine, quelle que soit notre "
            "décision.",
            date(2026, 3, 27),
        ),
        (
            "Wir gehen davon aus, Ihnen bis Ende April 2026 eine Nachricht geben zu können.",
            date(2026, 4, 30),
        ),
    ],
)
def test_more_words_promise_an_answer(text: str, day: date) -> None:
    assert _day(text) == day


def test_a_leading_zero_writes_a_24_hour_clock() -> None:
    """ "from 00:14 to 01:14 UTC" ends at 01:14, not 13:14; a bare "2:30" stays afternoon."""
    sent = datetime(2026, 12, 4, 1, 14, tzinfo=UTC)
    [night] = find_interview_times("on Monday, December 7, 2026 from 00:14 to 01:14 UTC", sent)
    assert (night.start.hour, night.end and night.end.hour) == (0, 1)
    [bare] = find_interview_times("on Monday, December 7 at 2:30", sent)
    assert bare.start.hour == 14
