""" "Panel" is hiring context when it is the people who interview ("the same panel", "tu panel
técnico"), not a dashboard ("el panel de métricas") or a control panel: a project meeting
invitation that mentions one is no interview."""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.model.domain import Kind

COLLEAGUE = "Irati Goñi <irati.goni@txokostudio.example>"


@pytest.mark.parametrize(
    "description",
    [
        "Repasamos lo entregado en el sprint 14 (migración del checkout y panel de métricas) y "
        "cerramos prioridades para el Q4.",
        "We review the admin panel redesign and the control panel alerts before the release.",
    ],
)
def test_a_dashboard_panel_makes_no_interview(description: str) -> None:
    ics = vevent(
        summary="Revisión del sprint 14",
        organizer=("Irati Goñi", "irati.goni@txokostudio.example"),
        attendees=(("Mikel Arana", "mikel.arana@txokostudio.example"), ("Sam Lee", ME)),
        description=description,
    )
    data = eml(description, subject="Invitación: Revisión del sprint 14", sender=COLLEAGUE, ics=ics)
    assert signal_of(data).kind is Kind.OTHER


def test_an_interview_panel_is_hiring_context() -> None:
    body = (
        "Could we bring Thursday forward to 9:30? Everything else stays the same "
        "(Kent St office, 90 minutes, same panel). I've updated the invite."
    )
    signal = signal_of(eml(body, subject="Thursday", sender="Dana Cole <dana.cole@acme.example>"))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
