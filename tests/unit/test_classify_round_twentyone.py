"""Classes of language found by the twenty-first round of mail written blind (the hardest
look-alikes; timelines where the calendar and the words disagree), with look-alikes that must
keep their reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


def _kind(body: str, subject: str, sender: str = "Lucía <lucia.romero@pagora.example>") -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    "body",
    [
        "Te propongo tres huecos: miércoles 21 de octubre, a las 10:00; jueves 22 de octubre, a"
        " las 16:30. Dime cuál te encaja mejor y te mando la invitación.",
        "I can do Wednesday 21 October at 10am or Thursday 22 October at 4:30pm. Let me know which"
        " one works and I'll send the invite.",
    ],
)
def test_slots_left_to_the_user_ask_for_a_time(body: str) -> None:
    assert _kind(body, "Pagora – primera entrevista para Product Analyst") is (
        Kind.INTERVIEW_REQUEST
    )


def test_a_committee_that_chose_a_colleague_rejects() -> None:
    body = (
        "Toutes mes excuses pour ce retour tardif. Le comité a finalement choisi une collaboratrice"
        " déjà en poste chez nous, qui connaît nos outils."
    )
    sender = "Nathalie Perrin <n.perrin@saone.example>"
    assert _kind(body, "RE: Merci pour notre entretien – Data Analyst", sender) is Kind.REJECTION


def test_an_insurer_accepting_an_application_is_no_offer() -> None:
    body = (
        "Ihr Antrag wurde angenommen. Versicherungsbeginn ist der 1. Januar. Die Vertragsunterlagen"
        " senden wir Ihnen in den nächsten Tagen per Post zu."
    )
    sender = "Kundenservice <service@versicherung.example>"
    assert _kind(body, "Ihr Antrag auf Zahnzusatzversicherung", sender) is Kind.OTHER
