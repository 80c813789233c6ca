"""A move written as an amount ("push it back an hour"): the interview the thread fixed,
shifted by it, in every language (understand/shifted_time.py, read through the thread)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from classify_mail import ME, eml

from followupd.mail.parse import parse_message
from followupd.model.domain import Kind
from followupd.understand import classify
from followupd.understand.shifted_time import shift_of

HOUR = timedelta(hours=1)
HALF = timedelta(minutes=30)


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("Can we push it back an hour?", HOUR),
        ("Could we bring it forward 30 minutes?", -HALF),
        ("Would it be OK to start 30 minutes later?", HALF),
        ("I've moved it up by 15 minutes.", -timedelta(minutes=15)),
        ("Könnten wir das Gespräch um eine halbe Stunde nach hinten verschieben?", HALF),
        ("Wir beginnen eine Stunde später.", HOUR),
        ("Peut-on décaler d'une heure ?", HOUR),
        ("On commence une demi-heure plus tôt.", -HALF),
        ("¿Podemos retrasarla media hora?", HALF),
        ("Empezamos una hora más tarde.", HOUR),
    ],
)
def test_a_shift_is_read_with_its_way(text: str, shift: timedelta) -> None:
    assert shift_of(text) == shift


@pytest.mark.parametrize(
    "text",
    ["Can we push it back a bit?", "See you in an hour!", "It will last two hours.", ""],
)
def test_no_shift_without_a_move_and_an_amount(text: str) -> None:
    assert shift_of(text) is None


def test_a_reply_pushing_the_quoted_interview_back_an_hour_moves_it() -> None:
    body = (
        "Hi Sam,\n\nReally sorry - something's just landed in my diary that I can't move. Can we "
        "push it back an hour? I've moved the invite, same Meet link.\n\nOliver\n\n"
        "On Mon, 2 Mar 2026 at 15:40, Oliver Hayes <oliver.hayes@tamarisk.example> wrote:\n"
        "> Hi Sam,\n> Confirming our interview on Thursday 5 March at 2:00pm (UK time) - 45\n"
        "> minutes on Google Meet.\n"
    )
    data = eml(
        body,
        subject="Re: Interview confirmed - Thursday 2pm",
        sender="Oliver Hayes <oliver.hayes@tamarisk.example>",
    )
    signal = classify(parse_message(data), frozenset({ME}))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
    assert signal.interview_start is not None
    assert (signal.interview_start.hour, signal.interview_start.utcoffset()) == (15, timedelta(0))
