"""Classes of language found by the twenty-eighth round of mail written blind (who and when
exactly; silence and follow-ups; students and graduates; a senior search), each written here in
the languages it spans."""

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
        "zu Ihrer Bewerbung liegt eine Aktualisierung vor. Den aktuellen Status Ihrer Bewerbung"
        " können Sie jederzeit in Ihrem Kandidatenprofil einsehen.",
        "Hay una actualización en tu solicitud para el puesto Analista BI. Para consultar el"
        " estado actual, accede a tu cuenta de candidato.",
        "L'entreprise a mis à jour le statut de votre candidature. Pour le découvrir, rendez-vous"
        " dans votre espace candidat.",
        "There's an update on your application. Log in to see your status.",
    ],
)
def test_a_status_behind_a_log_in_is_no_news(body: str) -> None:
    assert _kind(body, "Your application / Ihre Bewerbung", "ATS <noreply@ats.example>") is (
        Kind.OTHER
    )


def test_a_status_change_that_states_the_status_stays_a_holding_reply() -> None:
    body = (
        "Statusänderung: Ihre Bewerbung befindet sich derzeit in Prüfung beim Fachbereich. Sie"
        " können den Status in Ihrem Kandidatenprofil einsehen."
    )
    assert _kind(body, "Statusänderung", "ATS <noreply@ats.example>") is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Hola, estoy terminando mi TFM sobre analítica de datos y me gustaría entrevistarte 30"
        " minutos. ¿Te va bien el jueves?",
        "Hi, for my master's thesis I'm interviewing data analysts - could we talk Thursday at"
        " 3pm?",
        "Für meine Masterarbeit würde ich Sie gern 20 Minuten interviewen. Passt Donnerstag?",
        "Pour mon mémoire, j'aimerais vous interviewer une demi-heure. Seriez-vous dispo jeudi ?",
    ],
)
def test_a_student_s_research_interview_is_no_news(body: str) -> None:
    assert _kind(body, "Entrevista / interview", "Ana <ana.student@uni.example>") is Kind.OTHER


def test_join_us_for_an_onsite_is_no_offer() -> None:
    body = (
        "The team would like you to join us for a virtual onsite for the Senior Analyst position."
        " Full itinerary below."
    )
    assert _kind(body) is not Kind.OFFER


def test_an_interview_that_will_therefore_not_take_place_is_cancelled() -> None:
    body = (
        "Le groupe a décidé de geler les recrutements. L'entretien de mardi avec M. Rochat n'aura"
        " donc pas lieu. Je vous tiens au courant dès que le gel est levé."
    )
    assert _kind(body, "RE: entretien confirmé mardi 14/04") is Kind.INTERVIEW_CANCELLED


def test_slots_listed_with_a_clock_change_note_are_no_move() -> None:
    body = (
        "Next up is a 60-minute conversation with our Head of Data. Two options:\n\n  * Mon Mar 9,"
        " 9-10am PT\n  * Tue Mar 10, 8-9am PT\n\nHeads up: by then you'll be 9 hours ahead of us"
        " instead of 8. Let me know which one works and I'll send the invite."
    )
    assert _kind(body) is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "L'examen des dossiers est terminé et, cette année, votre candidature ne fait pas"
            " partie de celles que nous invitons en entretien.",
            Kind.REJECTION,
        ),
        (
            "Te escribo con la respuesta: al final la plaza se la hemos dado a otra persona.",
            Kind.REJECTION,
        ),
        (
            "Bonne nouvelle : nous voulons vous accueillir dans mon équipe pour l'alternance"
            " Analyste Data Marketing, de septembre 2026 à septembre 2027.",
            Kind.OFFER,
        ),
        (
            "Der Aufsichtsrat hat heute einstimmig beschlossen, Ihnen das Amt des Finanzvorstands"
            " anzutragen.",
            Kind.OFFER,
        ),
        (
            "Danke für Ihren Anruf. Wie besprochen halten wir Donnerstag, den 5. März 2026,"
            " verbindlich fest. Beginn um 8:30 Uhr.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "J'ai été ravie d'échanger avec vous sur notre stand du Forum Entreprises. L'équipe"
            " aimerait faire un premier point téléphonique : pourriez-vous m'indiquer deux ou trois"
            " créneaux ?",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_students_and_executives_news_is_read(body: str, kind: Kind) -> None:
    assert _kind(body, "Votre candidature / Ihre Bewerbung / tu candidatura") is kind
