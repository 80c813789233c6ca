"""Decision dates written as more time asked for ("another two weeks"), as a quarter's end
("by the end of Q1"), with "trancher" for deciding; and a decision "by Friday" in the message
that books the interview it decides on, that Friday coming before the interview."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from classify_mail import eml, signal_of

from followupd.dates import find_decision_date
from followupd.model.domain import Kind

SENT = datetime(2026, 1, 16, 10, 0, tzinfo=timezone(timedelta(hours=1)))  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "We need another two weeks before we can decide.",
        "We need two more weeks, then we'll get back to you.",
        "Gib uns noch zwei Wochen, dann melden wir uns.",
        "Il nous faut encore deux semaines avant de vous faire un retour.",
        "Necesitamos dos semanas más para darte una respuesta.",
        "Necesitamos otras dos semanas para decidir.",
    ],
)
def test_more_time_asked_for_gives_the_day_it_ends(text: str) -> None:
    found = find_decision_date(text, SENT)
    assert found is not None and found.day == date(2026, 1, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("We'll make a decision by the end of Q1.", date(2026, 3, 31)),
        ("Wir entscheiden bis Ende Q2.", date(2026, 6, 30)),
        ("Nous reviendrons vers vous d'ici la fin du premier trimestre.", date(2026, 3, 31)),
        ("Te daremos una respuesta a finales del segundo trimestre.", date(2026, 6, 30)),
    ],
)
def test_a_quarter_s_end_is_its_last_business_day(text: str, day: date) -> None:
    found = find_decision_date(text, SENT)
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    "text",
    [
        "We have two more interviews next week.",
        "Es ist noch Zeit bis zum 15. März für die Bewerbung.",
        "We need a few more weeks to decide.",
        "Our Q1 all-hands is at the end of Q1.",
    ],
)
def test_no_decision_date_where_none_is_promised(text: str) -> None:
    assert find_decision_date(text, SENT) is None


def test_trancher_is_deciding() -> None:
    sent = datetime(2026, 1, 29, 17, 48, tzinfo=timezone(timedelta(hours=1)))
    text = "Il m'a dit qu'il tranchera avec sa DRH courant de la semaine prochaine."
    found = find_decision_date(text, sent)
    assert found is not None and found.day == date(2026, 2, 6)


def test_a_decision_by_friday_follows_the_interview_the_message_books() -> None:
    body = (
        "I've booked the final round for Tuesday 10 March, 3pm-4:30pm UK time, on Google Meet."
        " The panel has blocked Thursday afternoon to compare notes and has committed to getting"
        " a decision back to candidates by Friday."
    )
    sent = datetime(2026, 3, 4, 11, 42, tzinfo=UTC)  # a Wednesday
    signal = signal_of(
        eml(body, subject="Final round", sender="Priya <priya@northwind.example>", date=sent)
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.decision_by == date(2026, 3, 13)


def test_a_decision_date_written_with_its_number_stays_as_written() -> None:
    body = (
        "I've booked the final round for Tuesday 10 March, 3pm-4:30pm UK time, on Google Meet."
        " We will get back to all candidates by Friday 6 March."
    )
    sent = datetime(2026, 3, 4, 11, 42, tzinfo=UTC)
    signal = signal_of(
        eml(body, subject="Final round", sender="Priya <priya@northwind.example>", date=sent)
    )
    assert signal.decision_by == date(2026, 3, 6)
