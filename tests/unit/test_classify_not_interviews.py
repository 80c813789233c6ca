"""Meetings that are not job interviews though they are calendar invitations with a time: a
performance review at the user's current job, a vendor's product demo ("Kennenlerngespräch"
with a live demo and licence models); account notices by their subject."""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.model.domain import Kind


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        (
            "Alex / Priya - H1 performance review",
            "Hi Sam, time for our H1 performance review. Please submit your self-assessment by "
            "Monday. We'll also cover goals for H2.",
        ),
        (
            "Kennenlerngespräch Datenhafen",
            "Wie telefonisch besprochen, bestätige ich unser Kennenlerngespräch am Dienstag. "
            "Agenda: Ihre Anforderungen, Live-Demo, Lizenzmodelle und eine Testlizenz.",
        ),
        (
            "Intro call - Pipeline monitoring",
            "Looking forward to our call on Tuesday: a platform demo, pricing options and how to "
            "start your free trial.",
        ),
    ],
)
def test_an_invitation_that_is_no_job_interview_is_other(summary: str, body: str) -> None:
    ics = vevent(
        summary=summary,
        organizer=("Priya Raman", "priya.raman@tallowfinch.example"),
        attendees=(("Sam Lee", ME),),
    )
    sender = "Priya <p@tallowfinch.example>"
    data = eml(body, subject=f"Invitation: {summary}", sender=sender, ics=ics)
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "subject",
    [
        "Your password was changed",
        "Ihr Passwort wurde geändert",
        "Votre mot de passe a été modifié",
        "Tu contraseña ha sido cambiada",
    ],
)
def test_an_account_notice_is_other(subject: str) -> None:
    body = "If this wasn't you, reset it now and check your applications and saved resumes."
    assert signal_of(eml(body, subject=subject, sender="Jobs <noreply@board.example>")).kind is (
        Kind.OTHER
    )
