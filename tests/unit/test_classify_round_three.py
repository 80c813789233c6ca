"""Classes from a third blind round, each in every language it takes: the user still in the
process; a selection that takes more time than planned; people named without a gender
("Kandidierende", "Bewerbende"); "ohne" and applicants not considered as a group in German
boilerplate; details confirmed are no request; a parking ticket is no event ticket; Spanish
infinitives that ask for slots ("¿podrías indicarnos...?")."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

HR = "Maya Lind <maya.lind@cobaltridge.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Senior Data Engineer - next steps?",
            "Apologies for the radio silence. You're very much still in the process, and I expect "
            "a decision by the end of next week.",
        ),
        (
            "Re: Poste de data engineer",
            "Désolée pour le silence : vous êtes toujours dans le processus pour le poste, et "
            "nous devrions décider la semaine prochaine.",
        ),
        (
            "Re: Stelle als Data Engineer",
            "Entschuldigen Sie die Funkstille: Sie sind weiterhin im Verfahren für die Stelle, "
            "eine Entscheidung erwarten wir nächste Woche.",
        ),
        (
            "Zwischenbescheid zu Ihrer Bewerbung",
            "Vielen Dank für Ihre Bewerbung. Aufgrund der vielen Bewerbungen nimmt das "
            "Auswahlverfahren mehr Zeit in Anspruch als ursprünglich geplant.",
        ),
        (
            "Re: Puesto de data engineer",
            "Perdona el silencio: sigues en el proceso para el puesto y esperamos decidir la "
            "semana que viene.",
        ),
    ],
)
def test_still_in_the_process_is_a_holding_reply(subject: str, body: str) -> None:
    assert signal_of(eml(body, subject=subject, sender=HR)).kind is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Wir haben uns entschieden, den Prozess mit Kandidierenden weiterzuführen, deren "
        "Erfahrung noch enger mit dem Anforderungsprofil übereinstimmt.",
        "Leider haben wir uns für andere Bewerbende entschieden.",
        "Wir haben uns nach langem Hin und Her für jemanden entschieden, der ohne lange "
        "Einarbeitung loslegen kann.",
    ],
)
def test_german_decisions_in_neutral_words_are_rejections(body: str) -> None:
    signal = signal_of(eml(body, subject="Ihre Bewerbung", sender=HR))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    "aside",
    [
        "Bewerbungen ohne Anschreiben können leider nicht berücksichtigt werden.",
        "Nach Abschluss des Verfahrens werden die Unterlagen nicht berücksichtigter "
        "Bewerberinnen und Bewerber gelöscht.",
    ],
)
def test_a_german_receipt_with_group_boilerplate_stays_a_receipt(aside: str) -> None:
    body = "Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle. " + aside
    signal = signal_of(eml(body, subject="Bewerbungseingang", sender=HR))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence


def test_details_confirmed_are_no_request() -> None:
    body = (
        "Great news - the team would like to invite you to the second stage, and I'm pleased to "
        "confirm the details below.\nDate: Thursday 5 March\nTime: 2:00pm ET\nDuration: 60 "
        "minutes\nFormat: Google Meet"
    )
    signal = signal_of(eml(body, subject="Second stage interview", sender=HR))
    assert signal.kind is not Kind.INTERVIEW_REQUEST, signal.evidence


def test_a_parking_ticket_is_no_event_ticket() -> None:
    body = (
        "We're excited to host you for your onsite interview next Tuesday, March 10 at 10:00 AM "
        "ET with our data team. Parking: validate your ticket at reception."
    )
    signal = signal_of(eml(body, subject="Your onsite itinerary", sender=HR))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence


def test_a_spanish_infinitive_asking_for_slots_is_a_request() -> None:
    body = (
        "Has superado la primera fase del proceso. ¿Podrías indicarnos dos o tres franjas de la "
        "semana que viene que te vengan bien para la entrevista?"
    )
    signal = signal_of(eml(body, subject="Siguiente paso", sender=HR))
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre entretien sur site",
            "Nous sommes ravis de vous accueillir pour votre entretien le mardi 10 mars à 10h "
            "dans nos bureaux.",
        ),
        (
            "Ihr Vorstellungsgespräch",
            "Wir freuen uns, Sie am Dienstag, 10. März um 10 Uhr zu Ihrem Vorstellungsgespräch "
            "bei uns begrüßen zu dürfen.",
        ),
        (
            "Tu entrevista presencial",
            "Estamos encantados de recibirte para la entrevista el martes 10 de marzo a las 10:00 "
            "en nuestra oficina.",
        ),
    ],
)
def test_a_welcome_to_the_interview_with_its_time_is_scheduled(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=HR))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
