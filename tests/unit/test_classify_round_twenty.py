"""Classes of language found by the twentieth round of mail written blind (English across the
world, the formal German of public employers, French of every register, Spanish across Spain
and Latin America), each in the languages it spans, with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


def _kind(body: str, subject: str, sender: str = "Elena <elena@example.org>") -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# A consulate's visa interview and a teacher meeting the parents are no job interviews.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Su entrevista de visado ha sido programada.\nTipo de visado: B1/B2\nFecha y hora:"
            " martes, 14 de abril de 2026, 08:15. Traiga su pasaporte.",
            "Confirmación de cita: entrevista de visado",
        ),
        (
            "Your appointment has been scheduled.\nConsular Section Appointment\nDate: 17 March,"
            " 2026\nTime: 08:15\nYou must appear in person for your interview at the consulate.",
            "Appointment Confirmation - Nonimmigrant Visa",
        ),
        (
            "Como cada trimestre, os convoco a la entrevista individual de seguimiento para"
            " comentar la evolución de Leo.\nDía: martes, 24 de marzo\nHora: 16:45",
            "Convocatoria de entrevista individual – Leo (2º B)",
        ),
        (
            "Liebe Eltern, hiermit lade ich Sie zum Elterngespräch am Dienstag, 24. März um 16:45"
            " Uhr ein.",
            "Einladung zum Elterngespräch",
        ),
        (
            "Dear parents, your parent-teacher conference is booked for Tuesday 24 March at"
            " 4:45pm.",
            "Parent-teacher conference",
        ),
    ],
)
def test_an_appointment_that_is_no_job_interview_is_other(body: str, subject: str) -> None:
    assert _kind(body, subject) is Kind.OTHER


def test_a_work_visa_in_an_interview_invitation_keeps_the_interview() -> None:
    body = (
        "We're pleased to confirm your interview on Tuesday 10 March at 2pm. Please bring your work"
        " visa documents."
    )
    assert _kind(body, "Interview - Data Analyst") is Kind.INTERVIEW_SCHEDULED


# A convocation written as lines ("Fecha:", "Hora:") books the interview.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "En relación con el proceso selectivo, se le convoca a la fase de entrevista personal."
            "\nFecha: jueves, 16 de abril de 2026\nHora: 10:30 h\nLugar: Casa Consistorial",
            "Convocatoria entrevista personal – Bolsa de empleo Técnico/a de Estadística",
        ),
        (
            "Wir laden Sie zu einem Vorstellungsgespräch für die Stelle als Sachbearbeiterin ein."
            "\nDatum: Donnerstag, 16. April 2026\nUhrzeit: 10:30\nOrt: Rathaus, Raum 2.14",
            "Einladung zum Vorstellungsgespräch – Kennziffer 2026/14",
        ),
    ],
)
def test_a_convocation_in_lines_books_the_interview(body: str, subject: str) -> None:
    assert _kind(body, subject, sender="Selección <seleccion@ayto.example>") is (
        Kind.INTERVIEW_SCHEDULED
    )


def test_a_friend_who_got_the_job_tells_her_news() -> None:
    body = (
        "Te tenía que contar a ti primero: me quedé con el puesto de Gerente de Marca! Mañana me"
        " mandan la carta oferta formal."
    )
    sender = "Carla Mendoza <carla.mendoza.v@gmail.com>"
    assert _kind(body, "ME DIERON EL TRABAJO", sender=sender) is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "vielen Dank für Ihre Bewerbung. Gerne lade ich Sie zur Besichtigung der Wohnung ein."
            "\nDatum: Samstag, 14.03.2026\nUhrzeit: 11:00 Uhr",
            "Ihre Bewerbung: 3-Zimmer-Wohnung Zasiusstraße",
        ),
        (
            "Nous avons le plaisir de vous convoquer à l'assemblée générale de la copropriété le"
            " jeudi 19 mars 2026 à 18h30.",
            "Convocation à l'assemblée générale",
        ),
        (
            "Coucou ! J'ai reçu ma promesse d'embauche ce matin, je commence en avril !",
            "Grande nouvelle",
        ),
    ],
)
def test_a_flat_a_co_owners_meeting_or_a_friend_s_promise_is_other(body: str, subject: str) -> None:
    assert _kind(body, subject, sender="Léa <lea.martin@gmail.com>") is Kind.OTHER
