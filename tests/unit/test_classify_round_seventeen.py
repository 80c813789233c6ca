"""Classes of language found by the seventeenth round of mail written blind (decisions of every
temperature and their look-alikes; whole timelines), each in the languages it spans, with
look-alikes that must keep their reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


def _mail(body: str, subject: str = "Re: Senior Service Designer") -> Kind:
    return signal_of(eml(body, subject=subject, sender="Ane <ane@nubia.example>")).kind


@pytest.mark.parametrize(
    "body",
    [
        "You're our first choice, but until the budget is signed we can't make you a formal offer."
        " I'll get back to you by Friday 6 March.",
        "Eres nuestra primera opción, pero hasta que no tengamos esa firma no puedo hacerte una"
        " propuesta formal. Te doy una respuesta el viernes 6.",
        "Sie sind unsere erste Wahl, aber ich kann Ihnen noch kein Angebot machen. Ich melde mich"
        " bis Freitag.",
    ],
)
def test_an_offer_not_made_yet_is_a_holding_reply(body: str) -> None:
    assert _mail(body) is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Just off the phone with Dan and they want you for the UX Research contract role!"
        " Headline terms: GBP 575/day, start Mon 9 March.",
        "Great news - the client would like you for the Data Analyst role, start 1 April.",
    ],
)
def test_an_agency_relaying_a_yes_is_an_offer(body: str) -> None:
    assert _mail(body, subject="Fenwick - it's a yes!") is Kind.OFFER


def test_wanted_for_the_final_interview_is_no_offer() -> None:
    body = "They want you for the final interview next week - I'll send times."
    assert _mail(body, subject="Fenwick update") is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "La posición no se va a reabrir, así que aquí cerramos tu proceso. Mucho éxito.",
        "The role won't reopen, so we're closing your application here. Best of luck.",
        "Le poste ne rouvrira pas : nous clôturons ici votre candidature.",
    ],
)
def test_a_process_closed_for_good_is_a_rejection(body: str) -> None:
    assert _mail(body) is Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Thanks for pulling the quote together. We're going with a UK studio, so it's a no for"
            " now.",
            "Re: Quote - checkout redesign",
        ),
        ("Malheureusement votre devis n'a pas été retenu pour ce projet.", "Votre devis"),
        ("Gracias, pero tu presupuesto no encaja este año: lo descartamos.", "Presupuesto web"),
    ],
)
def test_a_quote_turned_down_is_no_job_rejection(body: str, subject: str) -> None:
    assert _mail(body, subject=subject) is Kind.OTHER


def test_a_survey_recalling_an_application_is_no_acknowledgement() -> None:
    body = (
        "Hallo Clara, du hast dich vor Kurzem bei Kiezkraft beworben. Magst du uns erzählen, wie du"
        " unseren Bewerbungsprozess erlebt hast? Die Umfrage ist anonym."
    )
    assert _mail(body, subject="Wie war dein Bewerbungsprozess?") is not (Kind.APPLICATION_RECEIVED)


@pytest.mark.parametrize(
    "body",
    [
        "Nos gustaría conocerte en una primera entrevista por Teams el miércoles 4 de marzo a las"
        " 11:00. ¿Me confirmas si te va bien?",
        "Hiermit laden wir Sie zu einem Gespräch am Montag, den 9. März 2026, um 10:00 Uhr ein."
        " Geben Sie mir bitte kurz Bescheid, ob der Termin passt.",
        "Next step is a working session with Ana: we go through it together Wed 4 March, 9-10am"
        " PT. Ana is sending the invite.",
    ],
)
def test_one_time_given_with_a_confirmation_asked_is_scheduled(body: str) -> None:
    assert _mail(body, subject="Entrevista / Einladung / next step") is (Kind.INTERVIEW_SCHEDULED)


def test_a_booking_link_with_whatever_works_is_a_request() -> None:
    body = (
        "You'd be our first data hire. Want to do a quick 30 min this week? Grab whatever works"
        " here: https://calendly.com/dev/30min"
    )
    assert _mail(body, subject="Fieldnote / data role") is Kind.INTERVIEW_REQUEST
