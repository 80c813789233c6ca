"""A move often names the old time and the new one: the interview is at the new one
(understand/moved_time.py), so no thank-you is drafted after the old time."""

from __future__ import annotations

from datetime import datetime

import pytest
from classify_mail import EST, eml, signal_of

from followupd.model import Kind

FRIDAY_3PM = datetime(2026, 3, 6, 15, 0, tzinfo=EST)


@pytest.mark.parametrize(
    "body",
    [
        "We've moved your interview from Thursday 5 March at 2pm to Friday 6 March at 3pm.",
        "Your interview on Thursday 5 March at 2pm stands rescheduled to Friday 6 March at 3pm.",
        "Your interview originally planned for Thursday 5 March at 2pm has been moved to Friday "
        "6 March at 3pm.",
        "Apologies, I said Thursday 5 March at 2pm, but the corrected time is Friday 6 March at "
        "3pm.",
        "Your interview on Thursday 5 March at 2pm has been rescheduled; the new time is Friday "
        "6 March at 3pm.",
        "Ihr Vorstellungsgespräch wird von Donnerstag, 5. März um 14 Uhr auf Freitag, 6. März "
        "um 15 Uhr verschoben.",
        "Votre entretien est décalé au vendredi 6 mars à 15h au lieu du jeudi 5 mars à 14h.",
    ],
)
def test_a_move_is_read_at_its_new_time(body: str) -> None:
    signal = signal_of(eml(body, "Interview update"))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
    assert signal.interview_start == FRIDAY_3PM


def test_a_move_naming_one_time_twice_keeps_it() -> None:
    body = (
        "We've had to move your interview to Friday 6 March at 3pm. Please arrive by 2:45pm on "
        "Friday 6 March."
    )
    assert signal_of(eml(body, "Interview update")).interview_start == FRIDAY_3PM


def test_a_confirmation_naming_two_times_keeps_the_first() -> None:
    body = (
        "Your interview is confirmed for Friday 6 March at 3pm. The office closes on Friday "
        "6 March at 6pm."
    )
    signal = signal_of(eml(body, "Interview confirmation"))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start == FRIDAY_3PM


@pytest.mark.parametrize(
    "body",
    [
        "Por un compromiso del director, la entrevista programada para el lunes 2 de marzo a las "
        "10:00 se reprograma para el viernes 6 de marzo a las 15:00.",
        "Te escribo porque tenemos que mover la entrevista: la pasamos para el viernes 6 de marzo "
        "a las 15:00.",
        "La entrevista, prevista para el lunes 2 de marzo a las 10:00, se cambia para el viernes 6 "
        "de marzo a las 15:00.",
    ],
)
def test_a_spanish_move_keeps_the_time_it_moves_to(body: str) -> None:
    signal = signal_of(eml(body, "Reprogramación de entrevista"))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
    assert signal.interview_start == FRIDAY_3PM
