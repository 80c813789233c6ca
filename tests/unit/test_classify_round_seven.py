"""Classes of language found by the seventh round of mail written blind (decisions, traps and
calendar timelines), each with look-alikes that must not change: the post offered to another,
"will not be moved forward", "n'a pu être retenue", a contract sent to sign, offers that ask
for a call about terms, applications of other kinds (a tryout, a club, a flat to rent, a
grant), an ATS acknowledgement sent as an auto-reply, a podcast's recording and a dinner with
friends sent as calendar invitations, and an update that changes only the room."""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.model.domain import Kind

HR = "Rachel Abernathy <rachel.abernathy@tidewater.example>"


def _kind(body: str, subject: str, sender: str = HR) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    "body",
    [
        "We've decided to offer the Senior Data Scientist position to another candidate, and "
        "they accepted this morning. Just reply with a couple of times for a feedback call.",
        "Wir haben uns entschieden, die Stelle einer anderen Kandidatin anzubieten.",
        "Nous avons décidé de proposer le poste à un autre candidat.",
        "Hemos decidido ofrecer el puesto a otra candidata.",
    ],
)
def test_the_post_offered_to_another_is_a_rejection(body: str) -> None:
    assert _kind(body, "Final round") is Kind.REJECTION


def test_the_post_offered_to_the_user_is_an_offer() -> None:
    assert _kind("We are happy to offer the position to you.", "Offer") is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "At this time, your candidacy will not be moved forward for this position.",
        "Suite à l'examen de votre candidature, nous vous informons que celle-ci n'a pu être "
        "retenue.",
        "Nous n'avons pu retenir votre candidature pour ce poste.",
    ],
)
def test_not_taken_on_in_formal_words_is_a_rejection(body: str) -> None:
    assert _kind(body, "Your application") is Kind.REJECTION


def test_an_application_not_yet_moved_forward_is_no_rejection() -> None:
    body = "Your application has not yet been moved forward; we are still reviewing."
    assert _kind(body, "Your application") is not Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bitte mit DocuSign unterzeichnen: Dienstvertrag",
            "Wie telefonisch vereinbart übermitteln wir Ihnen hiermit Ihren Dienstvertrag als "
            "Senior Embedded Engineer zur elektronischen Unterzeichnung. Geben Sie den "
            "Sicherheitscode ein: 4B9E2C71.",
        ),
        ("Your contract", "Please find attached your employment contract for signature."),
        (
            "Bonne nouvelle",
            "Toute l'équipe a été convaincue et nous souhaitons vous faire une proposition pour "
            "le poste de Responsable Paie. Seriez-vous disponible lundi pour en discuter ?",
        ),
        (
            "¡Buenas noticias!",
            "La decisión ha sido unánime. Queremos hacerte una propuesta para incorporarte como "
            "Responsable de Compras. ¿Te viene bien una llamada mañana?",
        ),
    ],
)
def test_an_offer_sent_to_sign_or_to_talk_through(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.OFFER


def test_a_proposal_of_interview_dates_is_no_offer() -> None:
    body = "Nous souhaitons vous faire une proposition de créneaux pour un entretien."
    assert _kind(body, "Votre candidature") is not Kind.OFFER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Probetraining Herren I",
            "Danke für die Probetrainings. Für die Erste hat es diesmal leider nicht gereicht.",
        ),
        (
            "Tryouts",
            "Thanks for coming to the U15 tryouts. Unfortunately Sam was not selected this year.",
        ),
        (
            "Votre demande d'adhésion",
            "Le comité a examiné votre demande d'adhésion en qualité de membre actif. Nous avons "
            "le regret de vous faire savoir qu'il n'a pas été en mesure d'y réserver une suite "
            "favorable.",
        ),
        (
            "Postulación arriendo depto.",
            "Le escribo respecto de su postulación para arrendar el departamento. Lamento "
            "informarle que el propietario optó por otro postulante.",
        ),
        (
            "Resultados pruebas Sub-15",
            "Agradecemos que Samuel haya participado en las pruebas para la categoría Sub-15. "
            "Lamentamos informarle que no fue seleccionado.",
        ),
    ],
)
def test_a_tryout_a_club_or_a_flat_is_no_job(subject: str, body: str) -> None:
    assert _kind(body, subject, "Secretariat <info@club.example>") is Kind.OTHER


def test_an_ats_acknowledgement_sent_as_an_auto_reply_is_an_acknowledgement() -> None:
    body = (
        "Moin Anna,\n\ndeine Unterlagen für die Stelle Office Managerin sind sicher bei uns "
        "gelandet. Danke!\n\nDies ist eine automatisch versendete Nachricht."
    )
    data = eml(
        body,
        subject="Moin Anna - angekommen!",
        sender="Hansekontor <hansekontor@mail.recruitee.com>",
        headers=(("Auto-Submitted", "auto-replied"),),
    )
    assert signal_of(data).kind is Kind.APPLICATION_RECEIVED


def test_a_podcast_recording_invite_is_no_interview() -> None:
    ics = vevent(
        summary="Enregistrement Carrières Data - interview de Camille Dubois",
        organizer=("Julien Mercier", "julien@carrieres-data.example"),
        attendees=(("Camille Dubois", ME),),
    )
    body = (
        "Merci d'avoir accepté l'interview pour l'épisode 58 de Carrières Data. On enregistre "
        "sur Riverside ; compte une heure en tout."
    )
    data = eml(
        body,
        subject="Invitation: Enregistrement Carrières Data - interview",
        sender="Julien Mercier <julien@carrieres-data.example>",
        ics=ics,
    )
    assert signal_of(data).kind is Kind.OTHER


def test_a_dinner_invite_among_friends_is_no_interview() -> None:
    ics = vevent(
        summary="Dinner at Osteria Bruno (post-interview edition)",
        organizer=("Sofia Marchetti", "sofia.marchetti@example.org"),
        attendees=(("Sam Lee", ME), ("Luis Ortega", "luis.ortega@example.org")),
    )
    body = "Panel survived?!? Dinner's on us. No rehearsing interview answers at the table."
    data = eml(
        body,
        subject="Invitation: Dinner at Osteria Bruno (post-interview edition) @ Fri Mar 13",
        sender="Sofia Marchetti <sofia.marchetti@example.org>",
        ics=ics,
    )
    assert signal_of(data).kind is Kind.OTHER


def test_an_update_that_changes_only_the_room_moves_nothing() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from followupd.mail.parse import parse_message
    from followupd.understand.classifier import classify
    from followupd.understand.thread import ThreadContext

    start = datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    ics = vevent(sequence=1, summary="Interview: Sam Lee - Data Engineer (room changed)")
    data = eml(
        "The room changed to 4B; everything else stays.", subject="Updated: Interview", ics=ics
    )
    mail = parse_message(data)
    same = classify(mail, frozenset({ME}), ThreadContext(hiring=True, interview_start=start))
    assert same.kind is Kind.INTERVIEW_SCHEDULED, same.evidence
    earlier = start.replace(day=9)
    moved = classify(mail, frozenset({ME}), ThreadContext(hiring=True, interview_start=earlier))
    assert moved.kind is Kind.INTERVIEW_RESCHEDULED, moved.evidence


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # funding and tryouts named in hiring mail veto nothing
        (
            "Your offer",
            "After closing our Series A funding round last month, we're delighted to offer you "
            "the role of Data Engineer.",
            Kind.OFFER,
        ),
        (
            "Ihre Bewerbung",
            "Die aus Fördermitteln des BMBF finanzierte Stelle haben wir inzwischen anderweitig "
            "besetzt.",
            Kind.REJECTION,
        ),
        # a meal-format interview is an interview; a date is no time
        (
            "Ihre Bewerbung",
            "Hiermit bestätigen wir Ihr Vorstellungsgespräch am Do., 23.07., 10:00 Uhr.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        # "the search goes on" while the user stays in it
        (
            "Re: Votre candidature",
            "Nous poursuivons nos recherches et vous tiendrons au courant.",
            Kind.OTHER,
        ),
        (
            "Quick question",
            "We continue our search for someone with strong Python skills and your profile "
            "caught my eye.",
            Kind.OTHER,
        ),
        ("Ihre Bewerbung", "Bislang haben wir die Stelle nicht besetzt.", Kind.OTHER),
        (
            "Ihre Bewerbung",
            "Die Interviewtermine für die Position haben wir bereits vergeben.",
            Kind.OTHER,
        ),
        # "tell me when" about documents
        (
            "Ihre Bewerbung",
            "Geben Sie uns bitte Bescheid, wann Sie das Zeugnis nachreichen können.",
            Kind.OTHER,
        ),
        (
            "Votre candidature",
            "Dites-moi quand vous pourrez envoyer vos justificatifs.",
            Kind.OTHER,
        ),
        # offer look-alikes
        (
            "Your application",
            "We're delighted to have you join us for the assessment day on Friday.",
            Kind.OTHER,
        ),
        (
            "Oportunidad",
            "Queremos hacerte una propuesta para un puesto de director financiero.",
            Kind.OTHER,
        ),
        (
            "Votre candidature",
            "Nous souhaitons vous faire une proposition d'entretien la semaine prochaine.",
            Kind.OTHER,
        ),
    ],
)
def test_look_alikes_of_this_rounds_classes(subject: str, body: str, kind: Kind) -> None:
    assert _kind(body, subject) is kind


def test_a_meal_format_interview_invite_is_an_interview() -> None:
    ics = vevent(summary="Lunch interview with Raj Patel")
    data = eml(
        "Looking forward to it.", subject="Invitation: Lunch interview with Raj Patel", ics=ics
    )
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


def test_two_times_joined_by_und_are_both_read() -> None:
    from datetime import datetime, timedelta, timezone

    from followupd.dates.mentions import find_interview_times

    sent = datetime(2026, 7, 6, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    found = find_interview_times("Donnerstag, 23. Juli um 10 Uhr und 14 Uhr", sent, None)
    assert [m.start.hour for m in found] == [10, 14]
    assert find_interview_times("Thursday, July 23, between 20 and 30 minutes", sent, None) == []
