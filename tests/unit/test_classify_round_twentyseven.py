"""Classes of language found by the twenty-seventh round of mail written blind (one ordinary
search per language), each written here in the languages it spans."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

SENDER = "Dana Cole <dana.cole@acme.example>"


def _kind(body: str, subject: str = "Re: Data Analyst role", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    "body",
    [
        "The requisition was frozen while finance closed out the budgets. It was released again"
        " Monday. If you're still looking, I'd like to set up a 45-minute conversation this week.",
        "Le recrutement avait été mis en pause. Le poste est de nouveau ouvert : si vous êtes"
        " encore en recherche, je vous propose un premier échange de 45 minutes.",
        "reabrimos la posición. Si todavía estás buscando, elige el hueco que mejor te venga para"
        " la entrevista aquí: https://calendly.example/clara",
        "Le poste est toujours d'actu. Si t'es toujours partante, dis moi quand t'es dispo cette"
        " semaine ou la suivante.",
    ],
)
def test_an_employer_back_from_a_pause_asking_for_a_time_is_a_request(body: str) -> None:
    assert _kind(body) is Kind.INTERVIEW_REQUEST


def test_a_role_on_hold_indefinitely_stays_a_rejection() -> None:
    body = (
        "The business has decided to put this position on hold indefinitely while we restructure."
        " That means we're closing all applications for the role today."
    )
    assert _kind(body) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "He liked you a lot, but they've decided to convert a contractor, so the req is closing"
        " without an outside hire. Free for a quick call Friday about two other roles?",
        "la charla nos gustó mucho, pero necesitamos a alguien más de ingeniería, así que vamos a"
        " tirar por otro perfil.",
        "L'échange nous a beaucoup plu, mais nous partons sur un autre profil, plus senior.",
        "Das Gespräch war gut, aber wir gehen mit einem anderen Profil weiter.",
    ],
)
def test_another_profile_taken_is_a_rejection(body: str) -> None:
    assert _kind(body) is Kind.REJECTION


def test_a_public_employer_s_decision_to_offer_the_post_is_an_offer() -> None:
    body = (
        "im Anschluss an das Auswahlgespräch hat die Auswahlkommission beschlossen, Ihnen die"
        " Stelle „Sachbearbeitung Datenmanagement (m/w/d)“ anzubieten. Herzlichen Glückwunsch!"
    )
    assert _kind(body, "Stellenbesetzung Kennziffer 2026/014") is Kind.OFFER


def test_a_public_summons_to_the_interview_is_a_booking() -> None:
    body = (
        "En relación con el proceso selectivo, se le comunica que queda citada a la entrevista"
        " personal:\n\nFecha: jueves, 5 de marzo de 2026\nHora: 10:20 h"
    )
    assert _kind(body, "Citación a entrevista personal") is Kind.INTERVIEW_SCHEDULED


def test_a_deadline_before_a_holiday_is_no_agreed_time() -> None:
    from followupd.understand.classifier import normalise

    text = normalise("Unsere Entscheidung wollen wir spätestens bis Gründonnerstag treffen.")
    from followupd.understand import classifier as c

    rule = next(r for r in c.COMPILED if r.rule.name == "time agreed in the thread")
    assert rule.phrases is not None
    assert not any(p.regex.search(text) for p in rule.phrases)


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        (
            "Thank you for applying for the Lakeshore Cash Rewards Visa Signature(R) card. Most"
            " decisions are made within 7-10 business days.",
            "We received your application",
            "Lakeshore Bank <alerts@notify.lakeshore.example>",
        ),
        (
            "Nous vous confirmons votre entretien avec votre conseiller : mardi 10 mars à 12h15,"
            " agence Gratte-Ciel. Vous pouvez l'annuler depuis votre espace client.",
            "Confirmation de votre entretien",
            "Banque <ne-pas-repondre@banque.example>",
        ),
        (
            "Tu inscripción en Madrid Talent Fair 2026 está confirmada. Speed interviews con"
            " reclutadores.",
            "Inscripción confirmada: Madrid Talent Fair",
            "Madrid Talent Fair <inscripciones@fair.example>",
        ),
        (
            "Votre inscription à l'atelier en ligne « Négocier son salaire à l'embauche » est bien"
            " enregistrée. Quand : mardi 7 avril, 12h30.",
            "Inscription confirmée : atelier",
            "Apec Événements <evenements@apec.example>",
        ),
    ],
)
def test_a_bank_a_fair_and_a_workshop_are_no_news(body: str, subject: str, sender: str) -> None:
    assert _kind(body, subject, sender) is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Gracias por inscribirte en la oferta. Tu inscripción está confirmada y la empresa la"
            " revisará en los próximos días.",
            Kind.APPLICATION_RECEIVED,
        ),
        (
            "Votre candidature au poste de Conseiller clientèle a bien été envoyée à Assurances"
            " Pélican.",
            Kind.APPLICATION_RECEIVED,
        ),
        (
            "Thanks for applying for the Card Services Analyst role - we've received your"
            " application.",
            Kind.APPLICATION_RECEIVED,
        ),
    ],
)
def test_a_job_board_s_receipt_naming_a_card_or_an_adviser_stays_a_receipt(
    body: str, kind: Kind
) -> None:
    assert _kind(body, "Votre candidature / your application / tu inscripción") is kind
