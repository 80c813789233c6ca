"""Classes of language found by the eleventh round of mail written blind (a mixed inbox in
English and German; people and boards in French, Spanish and German), each in the languages
it spans, with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of, vevent

from followupd.model.domain import Kind

PERSON = "Reto Brunner <reto.brunner@fluxwerk.example>"


@pytest.mark.parametrize(
    "body",
    [
        "The board moved the budget, so we won't fill the analyst role at all, with you or anyone"
        " else.",
        "Die Stelle fällt weg. Wir besetzen sie vorerst gar nicht - weder mit dir noch mit jemand"
        " anderem.",
        "Le budget a été réaffecté : le poste ne sera pourvu ni par toi ni par personne.",
        "La posición no se va a cubrir, ni contigo ni con nadie. Así que el proceso se cierra"
        " aquí.",
    ],
)
def test_a_role_given_to_no_one_is_a_rejection(body: str) -> None:
    assert signal_of(eml(body, subject="Update", sender=PERSON)).kind is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "After the second round we're filling the role with someone who has more payments"
        " experience.",
        "Wir besetzen die Stelle daher mit einer Kollegin, die am Anfang ihrer Laufbahn steht.",
        "Nous avons décidé de confier le poste à une personne de l'équipe export.",
        "Finalmente cubrimos el puesto con otra persona del equipo.",
        "Ehrlich gesagt: Sie wären überqualifiziert, Ihre Erfahrung geht deutlich über das hinaus,"
        " was die Stelle bietet.",
    ],
)
def test_a_role_given_to_someone_else_is_a_rejection(body: str) -> None:
    assert signal_of(eml(body, subject="Ihre Bewerbung", sender=PERSON)).kind is Kind.REJECTION


def test_not_worrying_about_being_overqualified_is_no_rejection() -> None:
    body = "Don't worry about being overqualified for the role - we'd love to talk. When are you"
    body += " free next week?"
    assert signal_of(eml(body, subject="Data role", sender=PERSON)).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("No firm date yet; you'll be the first to know.", "Re: your application"),
        ("You're still in the running - give me until Friday.", "Re: analyst role"),
        ("Ihr Dossier ist nach wie vor im Rennen.", "AW: Ihre Bewerbung"),
        ("Gib mir bis Montag Zeit, dann melde ich mich.", "AW: Bewerbung"),
        ("Tu es toujours dans la course, tu seras la première à le savoir.", "Re: candidature"),
        ("En cuanto tenga noticias, serás la primera en saberlo.", "Re: tu candidatura"),
    ],
)
def test_a_wait_in_everyday_words_is_a_holding_reply(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject, sender=PERSON)).kind is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("For the analyst role, here are a few times Priya could do:\n- Tue 10 March, 10:00\n- Wed"
         " 11 March, 15:00", "Next step"),
        ("Suite à votre candidature, voici les disponibilités qu'il peut vous proposer :\n• mardi"
         " 10 mars à 16h\n• mercredi 11 mars à 9h30\nMerci de m'indiquer le créneau qui vous"
         " convient le mieux.", "RE: Votre candidature"),
        ("J'ai lu votre candidature avec intérêt et j'aimerais beaucoup que nous puissions nous"
         " rencontrer dans les prochains jours.", "Votre candidature"),
        ("Zu Ihrer Bewerbung: hier ein paar Terminvorschläge für ein erstes Gespräch.", "Termin"),
        ("Sobre tu candidatura, te paso unas opciones para hablar con Jorge.", "Entrevista"),
    ],
)  # fmt: skip
def test_times_offered_to_choose_from_are_a_request(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject, sender=PERSON)).kind is Kind.INTERVIEW_REQUEST


def test_a_take_home_exercise_is_no_request() -> None:
    body = (
        "Great chatting yesterday about the role. We'd like to invite you to complete a short"
        " take-home exercise. Send it back whenever suits you."
    )
    assert signal_of(eml(body, subject="Next step", sender=PERSON)).kind is Kind.OTHER


def test_the_teams_own_calendar_asks_no_time() -> None:
    body = (
        "Ihr Dossier ist nach wie vor im Rennen. Gerade sind Schulferien, was die Terminfindung"
        " im Team nicht einfacher macht."
    )
    data = eml(body, subject="AW: Nachfrage Bewerbung", sender=PERSON)
    assert signal_of(data).kind is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "We're pleased to offer you a place on the Data Analytics course starting in June. Please"
        " accept your offer by Friday.",
        "Wir freuen uns, Ihnen mitteilen zu können, dass Ihr Kind einen Platz im Ganztag erhält"
        " (Zusage).",
    ],
)
def test_a_place_on_a_course_or_at_a_school_is_no_job(body: str) -> None:
    sender = "Admissions <admissions@datacraft.example>"
    assert signal_of(eml(body, subject="Your place", sender=sender)).kind is Kind.OTHER


def test_an_automatic_messages_footer_is_no_receipt() -> None:
    body = (
        "Wir erinnern Sie an Ihren Termin am Donnerstag, 12. März, um 9:30 Uhr in unserer"
        " Praxis.\n\nDiese Nachricht wurde automatisch versendet."
    )
    sender = "Zahnarztpraxis <termine@praxis-hansen.example>"
    kind = signal_of(eml(body, subject="Terminerinnerung", sender=sender)).kind
    assert kind is not Kind.APPLICATION_RECEIVED


def test_a_half_year_review_with_ones_manager_is_no_interview() -> None:
    ics = vevent(summary="H1 review - Callum / Sophie")
    body = "Let's go through your H1 goals and development plan."
    data = eml(body, subject="Invitation: H1 review - Callum / Sophie", ics=ics)
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Would you be up for meeting Leonie, our CTO? When are you free next week? No formal"
        " process, no CV needed.",
        "Hättest du Lust, Leonie kennenzulernen? Wann passt es dir nächste Woche? Kein formaler"
        " Prozess, kein Lebenslauf nötig.",
    ],
)
def test_a_founders_informal_process_is_hiring(body: str) -> None:
    sender = "Moritz <moritz.albrecht@gmail.com>"
    subject = "Kaskade - follow-up from Thursday's meetup"
    assert signal_of(eml(body, subject=subject, sender=sender)).kind is Kind.INTERVIEW_REQUEST
