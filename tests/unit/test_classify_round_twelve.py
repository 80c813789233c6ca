"""Classes of language found by the twelfth round of mail written blind (English as written
around the world; whole timelines in four languages), with look-alikes that must keep their
reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

FOUNDER = "Dana Whitcombe <dana.whitcombe@quillstone.example>"


@pytest.mark.parametrize(
    "body",
    [
        "Your application came through this week. Would love to do a quick 30 min video chat -"
        " no prep.",
        "Your application came through this week. Any chance you're free Thursday or Friday next"
        " week?",
        "Ihre Bewerbung ist angekommen. Hättest du zufällig Zeit für einen kurzen Call?",
        "Ta candidature nous a plu. Tu serais dispo pour un café jeudi ou vendredi ?",
        "Nos ha llegado tu candidatura. ¿Tendrías un rato el jueves para una videollamada?",
    ],
)
def test_a_quick_chat_asked_for_in_everyday_words_is_a_request(body: str) -> None:
    assert signal_of(eml(body, subject="quick chat?", sender=FOUNDER)).kind is (
        Kind.INTERVIEW_REQUEST
    )


@pytest.mark.parametrize(
    "body",
    [
        "Die Firma möchte Sie gern persönlich kennenlernen.\n\n  Wann:  Montag, 9. März 2026,"
        " 14:00-15:30 Uhr\n  Wo:    Garching\n\nSagen Sie mir gern, wann wir vorher kurz"
        " telefonieren können.",
        "L'entreprise souhaite vous rencontrer.\n\n  Quand : lundi 9 mars 2026, 14h-15h30\n  Où :"
        " Lyon",
        "La empresa quiere conocerte en persona.\n\n  Cuándo: lunes 9 de marzo de 2026, 14:00\n "
        " Dónde: Madrid",
        "The client would like to meet you in person.\n\n  When: Monday 9 March, 2pm-3:30pm\n "
        " Where: their Shoreditch office",
    ],
)
def test_a_labelled_when_line_fixes_the_time(body: str) -> None:
    sender = "Tobias Reinhardt <tobias@kranich-personal.example>"
    signal = signal_of(eml(body, subject="Vorstellungsgespräch / interview", sender=sender))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (9, 14)


def test_an_outlook_acceptance_when_line_is_no_interview_of_ones_own() -> None:
    body = (
        "Dana Cole has accepted this meeting.\n\nWhen: Tuesday, March 10, 2026 2:00 PM-2:45 PM"
        " (UTC-05:00) Eastern Time (US & Canada)\nWhere: Zoom"
    )
    subject = "Accepted: Interview - Jordan Park (Data Engineer)"
    assert signal_of(eml(body, subject=subject)).kind is not Kind.INTERVIEW_SCHEDULED


def test_a_talk_seen_at_a_meetup_is_context_not_the_news() -> None:
    body = (
        "I came across your talk on feature stores at the Boston ML meetup. We're hiring a Staff"
        " ML Engineer - would you be open to a 30-minute intro call?"
    )
    sender = "Marcus Bell <marcus.bell@corvid.example>"
    assert signal_of(eml(body, subject="Open to a chat?", sender=sender)).kind is (
        Kind.INTERVIEW_REQUEST
    )


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for choosing Bramblewood. We've received your application for car insurance and"
        " we're running a few final checks.",
        "Vielen Dank, Ihr Versicherungsantrag ist bei uns eingegangen.",
        "Nous avons bien reçu votre demande d'assurance habitation.",
        "Hemos recibido tu solicitud de préstamo y la estamos revisando.",
    ],
)
def test_an_application_for_insurance_or_a_loan_is_no_job(body: str) -> None:
    sender = "Bramblewood <noreply@bramblewood-insurance.example>"
    assert signal_of(eml(body, subject="Application received", sender=sender)).kind is (Kind.OTHER)


@pytest.mark.parametrize(
    "body",
    [
        "Below is your itinerary for the virtual onsite on Tuesday 10 March (all times CET):\n"
        "13:00-13:45  Hiring manager conversation\n13:50-14:35  Product case",
        "I've gone ahead and blocked a slot that suits the team: Tuesday 10 March, 13:00-14:00"
        " CET. Let me know if it works for you.",
        "Damit es schnell geht, habe ich direkt einen Termin geblockt:\nDienstag, 10. März 2026,"
        " 13:00–14:00 Uhr\nGib mir bitte kurz Bescheid, ob der Termin passt.",
        "Pour aller vite, j'ai directement bloqué un créneau : mardi 10 mars 2026, 13h-14h.",
        "Para ir rápido, te he reservado un hueco: martes 10 de marzo de 2026, 13:00-14:00.",
    ],
)
def test_a_time_booked_for_the_user_is_scheduled(body: str) -> None:
    sender = "Chloé Martin <chloe.martin@tidewater.example>"
    signal = signal_of(eml(body, subject="Your interview / Vorstellungsgespräch", sender=sender))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED


def test_the_next_step_being_a_take_home_is_no_request() -> None:
    body = (
        "Good news - after reviewing your application, we'd like to invite you to the next step"
        " in our process: a short take-home exercise. The link stays active until Monday."
    )
    sender = "Orbitline Recruiting <no-reply@ashbyhq.com>"
    assert signal_of(eml(body, subject="Next step", sender=sender)).kind is Kind.OTHER


def test_an_admissions_panel_offering_a_place_is_no_job() -> None:
    body = (
        "I'm delighted to tell you that the admissions panel has decided to offer you a place in"
        " the cohort. To accept your offer, please confirm by Friday."
    )
    sender = "Admissions <admissions@datacraft.example>"
    assert signal_of(eml(body, subject="Decision", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "We'd love to interview you about how you budget. As a thank-you, you'll receive a EUR 60"
        " voucher. Pick a time here: https://calendly.com/kontora/study",
        "Wir würden Sie gern 30 Minuten interviewen. Als Dankeschön gibt es einen 40 €"
        " Gutschein. Wann passt es Ihnen?",
    ],
)
def test_a_paid_study_is_no_job_interview(body: str) -> None:
    sender = "Kontora Research <research@kontora.example>"
    assert signal_of(eml(body, subject="Got 45 minutes?", sender=sender)).kind is Kind.OTHER


def test_a_move_signed_by_the_people_team_is_hiring_mail() -> None:
    body = (
        "leider muss ich unseren Termin am Donnerstag, 12. März, um 10:00 Uhr verschieben.\n\n"
        "Neuer Termin:\n    Montag, 16. März 2026\n    15:00 – 16:00 Uhr (MEZ)\n\nHerzliche"
        " Grüße\nLena Hoffmann\nPeople & Culture\nQuellberg Software GmbH"
    )
    sender = "Lena Hoffmann <lena.hoffmann@quellberg.example>"
    data = eml(body, subject="Verschiebung unseres Gesprächs am Donnerstag", sender=sender)
    assert signal_of(data).kind is Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Votre dossier de candidature au Master 2 Marketing a été jugé recevable par la commission"
        " pédagogique. Vous êtes convoquée à un entretien devant le jury d'admission le mercredi"
        " 11 mars 2026 à 9h40.",
        "Your application to the MSc programme has been shortlisted. You are invited to an"
        " interview on Wednesday, March 11 at 9:40am.",
        "Tu solicitud de admisión al máster ha sido preseleccionada. Te citamos a una entrevista"
        " el miércoles 11 de marzo a las 9:40.",
    ],
)
def test_an_admission_interview_for_a_degree_is_no_job_interview(body: str) -> None:
    sender = "Admissions <admissions@iae-rhone.example>"
    assert signal_of(eml(body, subject="Admission", sender=sender)).kind is Kind.OTHER
