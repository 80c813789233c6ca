"""Classes of language found by the fifteenth round of mail written blind (whole conversations
in four languages; the fields of invitations and decisions), each in the languages it spans,
with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


@pytest.mark.parametrize(
    "body",
    [
        "Zwischenzeitlich konnten wir die Position mit einer Kandidatin aus den eigenen Reihen"
        " besetzen. Das Auswahlverfahren ist damit abgeschlossen.",
        "Die Stelle wurde aus den eigenen Reihen besetzt; wir wünschen Ihnen alles Gute.",
    ],
)
def test_a_role_filled_from_within_is_a_rejection(body: str) -> None:
    data = eml(
        f"Besten Dank für Ihre Bewerbung als Data Scientist. {body}", subject="Ihre Bewerbung"
    )
    assert signal_of(data).kind is Kind.REJECTION


def test_a_friends_offer_letter_is_not_the_users_offer() -> None:
    body = (
        "They rang me this morning! I got the job at Kinsale Analytics - the offer letter came"
        " through an hour ago. Drinks when you're next over?"
    )
    data = eml(body, subject="!!!!!", sender="Aoife Brennan <aoife.brennan87@gmail.com>")
    assert signal_of(data).kind is Kind.OTHER


def test_a_recruiter_from_a_personal_mailbox_with_a_job_description_is_not_a_friend() -> None:
    body = "I got the job description from the client: would you be free for a call on Tuesday?"
    data = eml(body, subject="Data Engineer role", sender="Sam Recruits <sam.recruits@gmail.com>")
    assert signal_of(data).kind is not Kind.OTHER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Thank you for applying for Kaya Annual Travel Cover. Your application has been"
            " received and is now with our underwriting team. We'll let you know the outcome"
            " within 5 working days.",
            "We've received your application",
        ),
        (
            "Nous accusons réception de votre dossier de candidature pour l'appartement de 2"
            " pièces. Le propriétaire rendra sa décision d'ici le 12 décembre.",
            "Votre dossier de candidature",
        ),
    ],
)
def test_a_policy_or_a_flat_applied_for_is_no_job(body: str, subject: str) -> None:
    data = eml(body, subject=subject, sender="Service <no-reply@service.example>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "A Javier le ha surgido un viaje y tenemos que dejarlo para otra semana. En cuanto me"
        " confirme agenda te escribo con nueva fecha.",
        "Javier está de viaje: tenemos que aplazarlo hasta nuevo aviso.",
    ],
)
def test_an_interview_put_off_without_a_new_time_is_cancelled(body: str) -> None:
    data = eml(body, subject="Re: Data Engineer Senior - entrevista con Javier")
    assert signal_of(data).kind is Kind.INTERVIEW_CANCELLED


@pytest.mark.parametrize(
    "body",
    [
        "On aimerait te faire rencontrer l'équipe pour un deuxième tour : jeudi 5 mars à 15h,"
        " dans nos locaux. Dis-moi si ça te va.",
        "Nos gustaría conocerte: te proponemos una entrevista el miércoles 4 de marzo a las"
        " 16:00. Si ese hueco no te encaja, dímelo.",
        "We'd like to propose an interview on Wednesday, March 4 at 4pm with the team.",
        "Wir schlagen Ihnen ein Gespräch am Mittwoch, 4. März um 16 Uhr vor.",
    ],
)
def test_one_time_proposed_by_the_employer_fixes_the_interview(body: str) -> None:
    data = eml(body, subject="Data Analyst – la suite / next step")
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


def test_two_times_offered_still_ask_for_one() -> None:
    body = (
        "We'd like to propose an interview on Wednesday at 4pm or Thursday at 10am - which suits?"
    )
    assert signal_of(eml(body, subject="Data Analyst - next step")).kind is (Kind.INTERVIEW_REQUEST)


@pytest.mark.parametrize(
    "body",
    [
        "Le poste demande une présence sur site quatre jours par semaine. Nous préférons donc"
        " nous arrêter là.",
        "The role needs four days a week in Lyon, so unfortunately we'll leave it there.",
        "Die Stelle verlangt vier Tage vor Ort, daher belassen wir es dabei.",
        "El puesto pide presencia cuatro días a la semana, así que preferimos dejarlo aquí.",
    ],
)
def test_a_process_stopped_in_plain_words_is_a_rejection(body: str) -> None:
    data = eml(body, subject="Votre candidature / your application – Ingénieur(e) Data")
    assert signal_of(data).kind is Kind.REJECTION


def test_a_project_stopped_in_plain_words_is_no_rejection() -> None:
    body = "Budget is gone for this quarter, so we'll leave it there for the website redesign."
    data = eml(body, subject="Website redesign quote", sender="Ana <ana@shop.example>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Eine Rückmeldung erhalten Sie innerhalb von drei Wochen.", date(2026, 3, 23)),
        ("You should hear back from us within two weeks about next steps.", date(2026, 3, 16)),
        (
            "Nous nous engageons à vous apporter une réponse dans un délai de trois semaines.",
            date(2026, 3, 23),
        ),
    ],
)
def test_an_acknowledgement_that_promises_an_answer_gives_its_date(body: str, day: date) -> None:
    text = f"Thank you, we have received your application for the Data Analyst role. {body}"
    signal = signal_of(eml(text, subject="Your application / Ihre Bewerbung / Votre candidature"))
    assert signal.kind is Kind.APPLICATION_RECEIVED
    assert signal.decision_by == day


def test_a_job_boards_tip_about_employers_is_no_decision_date() -> None:
    body = (
        "Ihre Bewerbung wurde an Mosaik Retail übermittelt. Viele Arbeitgeber melden sich"
        " innerhalb von 14 Tagen."
    )
    data = eml(body, subject="Bewerbung versendet", sender="StepStone <noreply@stepstone.example>")
    assert signal_of(data).decision_by is None
