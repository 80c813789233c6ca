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


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reference for Jordan Blake - quick call?",
            "Jordan Blake has applied for a Senior Analyst role with us and listed you as a "
            "reference. Would you have 15 minutes this week for a short call? You can also pick a "
            "slot in my calendar: https://cal.example/ref",
        ),
        (
            "Referenz für Lena Vogt",
            "Lena Vogt hat sich bei uns als Projektleiterin beworben und Sie als Referenz "
            "angegeben. Hätten Sie diese Woche Zeit für ein kurzes Telefonat? Wann passt es "
            "Ihnen am besten?",
        ),
        (
            "Prise de références - Hugo Marchal",
            "Hugo Marchal a postulé chez nous au poste de chef de projet et vous a cité comme "
            "référence. Seriez-vous disponible pour un court échange téléphonique cette "
            "semaine ? Quel créneau vous conviendrait ?",
        ),
        (
            "Referencias de Marta Gil",
            "Marta Gil ha participado en nuestro proceso de selección para el puesto de "
            "analista y le ha indicado como referencia. ¿Tendría disponibilidad para una breve "
            "llamada esta semana? Indíquenos qué horario le viene mejor.",
        ),
    ],
)
def test_a_request_to_be_someone_elses_referee_is_no_interview(subject: str, body: str) -> None:
    sender = "Dana Ortiz <dana.ortiz@talent.example>"
    signal = signal_of(eml(body, subject=subject, sender=sender))
    assert signal.kind is Kind.OTHER, signal.evidence


def test_an_employer_asking_for_the_users_references_is_still_hiring() -> None:
    body = (
        "Thanks for a great final interview. Could you send us the names of two people you "
        "worked with who could act as references? We would like to schedule a call with you "
        "next week - when are you free?"
    )
    sender = "Dana Ortiz <dana.ortiz@talent.example>"
    signal = signal_of(eml(body, subject="Next steps", sender=sender))
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence
    assert signal.asks_references, signal.evidence


@pytest.mark.parametrize(
    "where",
    [
        "Reporter : https://book.example/r/8817",
        "Need to move it? Reporter: https://book.example/r/8817",
    ],
)
def test_the_french_verb_reporter_in_a_booking_is_no_press_interview(where: str) -> None:
    body = (
        "Bonjour,\n\nVotre entretien d'embauche pour le poste de chargée de projet est "
        "confirmé : jeudi 9 avril 2026, 13 h 30 - 14 h 15 (heure de Paris), avec Claire Petit."
        f"\n\n{where}\nAnnuler : https://book.example/a/8817\n"
    )
    sender = "Agenda <notifications@booking.example>"
    signal = signal_of(eml(body, subject="Rendez-vous confirmé : entretien", sender=sender))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence


def test_a_reporter_writing_for_a_story_is_no_job_interview() -> None:
    body = (
        "Hi Sam, I'm a reporter at the Harbor Gazette working on a piece about data careers. "
        "Could we set up a 20-minute interview on Thursday at 3pm?"
    )
    signal = signal_of(eml(body, subject="Interview request", sender="Kit <kit@gazette.example>"))
    assert signal.kind is Kind.OTHER, signal.evidence
