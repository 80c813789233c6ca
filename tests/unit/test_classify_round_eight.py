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
