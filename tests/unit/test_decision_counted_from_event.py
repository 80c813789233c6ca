"""A week or month counted from an event ("the end of the week after your interview") is not
counted from the message's day: it gives no date of its own, and a date written with it wins."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followupd.dates.mentions import find_decision_date

THURSDAY = datetime(2026, 10, 29, 8, 47, tzinfo=timezone(timedelta(hours=-6)))


def _day(text: str) -> str | None:
    found = find_decision_date(text, THURSDAY)
    return found.day.isoformat() if found else None


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "They want to wrap this up by the end of the week after your interview, so a "
            "decision by Friday, November 13 at the latest.",
            "2026-11-13",
        ),
        ("We'll decide by the end of the week following the final round.", None),
        (
            "Eine Entscheidung fällt bis Ende der Woche nach Ihrem Gespräch, also spätestens "
            "am Freitag, 13. November.",
            "2026-11-13",
        ),
        (
            "Nous reviendrons vers vous d'ici la fin de la semaine après votre entretien, "
            "soit au plus tard le vendredi 13 novembre.",
            "2026-11-13",
        ),
        (
            "Te daremos una respuesta a finales de la semana después de la entrevista, como "
            "muy tarde el viernes 13 de noviembre.",
            "2026-11-13",
        ),
    ],
)
def test_a_week_after_an_event_is_no_week_from_today(text: str, expect: str | None) -> None:
    assert _day(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # counted from now: "next week", "this week", "the week after next"
        ("We'll get back to you by the end of next week after the last interviews.", "2026-11-06"),
        ("We will decide by the end of this week after the panel.", "2026-10-30"),
        ("You will hear from us by the end of the week.", "2026-10-30"),
        ("We'll let you know by the end of the week, after the panel meets.", "2026-10-30"),
    ],
)
def test_a_week_counted_from_now_keeps_its_day(text: str, expect: str) -> None:
    assert _day(text) == expect
