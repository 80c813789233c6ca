"""Classes of language found by the eighth round of mail written blind (a mixed inbox): a
meeting that repeats is no interview, an agency relaying the client's yes is an offer, and a
child's school asking to meet the parents is no job."""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.model.domain import Kind

AGENCY = "Jess Tanaka <jess@kellerroan-recruit.example>"


def test_a_meeting_that_repeats_is_no_interview() -> None:
    ics = vevent(
        summary="1:1 Sam / Javier",
        organizer=("Javier Ortega", "javier.ortega@alcornoque.example"),
        attendees=(("Sam Lee", ME),),
    ).replace("SEQUENCE:0", "SEQUENCE:0\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")
    body = "Agenda fija: prioridades del sprint, bloqueos y desarrollo. Tu plan de carrera también."
    data = eml(body, subject="Invitación: 1:1 Sam / Javier", ics=ics)
    signal = signal_of(data)
    assert signal.kind is Kind.OTHER
    assert signal.evidence[0] == "a meeting that repeats"


def test_the_same_invite_once_is_still_read() -> None:
    ics = vevent(summary="Interview: Sam Lee - Data Engineer")
    data = eml("See you then.", subject="Invitation: Interview: Sam Lee - Data Engineer", ics=ics)
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Great news - they want you! 85k base plus bonus, start date mid-June.",
        "Gute Nachrichten: Die wollen dich einstellen! 72k plus Bonus.",
        "Super nouvelle : ils te veulent ! 55k fixe, démarrage en juin.",
        "Me acaba de llamar Elena: te quieren dentro. 52k fijo + 10% variable.",
    ],
)
def test_an_agency_relaying_the_clients_yes_is_an_offer(body: str) -> None:
    assert signal_of(eml(body, subject="Calder", sender=AGENCY)).kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "They want you to come in again for a second round on Thursday.",
        "Ils te veulent en entretien jeudi.",
    ],
)
def test_they_want_to_see_you_again_is_no_offer(body: str) -> None:
    assert signal_of(eml(body, subject="Calder", sender=AGENCY)).kind is not Kind.OFFER


def test_a_childs_school_asking_to_meet_is_no_job() -> None:
    body = (
        "Madame, Monsieur, en tant que professeur principal de votre fils Jules, je vous propose "
        "un entretien mardi 14 avril à 17h pour faire le point sur son trimestre."
    )
    sender = "Mme Roussel <c.roussel@college-lumiere.example>"
    assert signal_of(eml(body, subject="Demande d'entretien", sender=sender)).kind is Kind.OTHER


def test_a_move_asked_with_the_new_time_instead_is_a_move_to_that_time() -> None:
    body = (
        "Hallo Herr Schneider, leider muss ich unser Gespräch am Donnerstag um 15 Uhr kurzfristig "
        "verschieben. Würde Ihnen stattdessen Montag, der 13. Juli, um 11:00 Uhr passen?"
    )
    signal = signal_of(eml(body, subject="Ihre Bewerbung", sender="Marco <marco@acme.example>"))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (13, 11)


def test_a_condition_on_an_unsent_application_is_no_rejection() -> None:
    body = (
        "Sie haben begonnen, sich zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt. Ohne "
        "Abschluss können wir Ihre Bewerbung leider nicht berücksichtigen."
    )
    sender = "Kita <noreply@softgarden.io>"
    assert signal_of(eml(body, subject="Ihre Bewerbung", sender=sender)).kind is not (
        Kind.REJECTION
    )


def test_a_school_meeting_about_a_child_is_no_request() -> None:
    body = (
        "Suite à votre demande via Pronote, je vous propose de nous rencontrer mardi 20 janvier à "
        "17h30, en salle des professeurs, pour faire le point sur le trimestre de Lucas."
    )
    sender = "Karim Haddad <k.haddad@college.example>"
    assert signal_of(eml(body, subject="rencontre", sender=sender)).kind is Kind.OTHER


def test_a_reminder_of_an_unsent_application_is_nobody_writing() -> None:
    body = "You started an application to Acme, but it has not been submitted yet. Finish it here."
    signal = signal_of(
        eml(body, subject="Finish your application", sender="Jobs <no-reply@jobs.example>")
    )
    assert signal.kind is Kind.OTHER
    assert signal.automated, signal.evidence
