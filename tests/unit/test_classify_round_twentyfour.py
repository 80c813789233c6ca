"""Classes of language found by the twenty-fourth round of mail written blind (news typed on
phones and relayed by chat tools; mail mixing languages; public employers; the hardest
look-alikes), and the messages of the review of round 23 that must keep their reading."""

from __future__ import annotations

from datetime import datetime

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of

from followupd.dates import find_interview_times
from followupd.mail.parse import parse_message
from followupd.model import Person
from followupd.model.domain import Kind, Signal

SENDER = "Dana Cole <dana.cole@acme.example>"


def _kind(body: str, subject: str = "Re: Data Analyst role", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# Texting.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "hey lena – gotta cancel tmrw's 3pm w/ me + sarah, sorry, the role's just been frozen",
            Kind.INTERVIEW_CANCELLED,
        ),
        (
            "lena, toute l'équipe a adoré l'aprèm avec toi. on voudrait te faire une propal pour le"
            " poste de lead back : 58k fixe, démarrage mi-mars.",
            Kind.OFFER,
        ),
        (
            "hey lena, jonas hier, einer der gründer. wir suchen jmd fürs backend. lust auf nen"
            " kurzen kennenlern-call? sonst schlag was vor",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Hi Lena, Steffi von Brückner Personal. Leider Absage vom Kunden für die Backend-Stelle"
            " in HH, die wollen doch jmd mit mehr Kotlin.",
            Kind.REJECTION,
        ),
    ],
)
def test_news_typed_on_a_phone_is_read(body: str, kind: Kind) -> None:
    assert _kind(body) is kind


def test_texting_spelled_out_moves_a_spanish_interview() -> None:
    sent = datetime.fromisoformat("2026-02-10T09:48:00+01:00")
    body = (
        "hola lena! sorry 🙏 tenemos q mover la entrevista técnica de backend del jue 12 a las 16h"
        " al vie 13 a las 9:30, mismo link de meet. t va bien??"
    )
    signal = signal_of(eml(body, subject="Nuevo mensaje de WhatsApp", sender=SENDER, date=sent))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (13, 9)


def test_q_and_a_is_no_texting() -> None:
    from followupd.understand.classifier import normalise

    assert normalise("Join our Q&A, tenemos q mover") == "join our q&a, tenemos que mover"


def test_a_voicemail_transcript_under_its_header_block_is_the_message() -> None:
    body = (
        "Neue Sprachnachricht\n\nVon:     +49 89 4161 2270\nAn:      Lena Moreau\n"
        "Datum:   06.01.2026, 14:21 Uhr\nDauer:   0:38 min\n\n"
        '"hallo frau moreau hier ist jana reuter von der talent schmiede ich ruf an wegen der'
        " platform engineer stelle der kunde würd sie gern kennenlernen rufen sie mich doch"
        ' zurück dann finden wir nen termin"\n'
    )
    mail = parse_message(eml(body, subject="Neue Sprachnachricht", sender="sipgate <a@b.example>"))
    assert "talent schmiede" in mail.text


def test_a_day_s_meeting_called_off_is_no_rejection() -> None:
    jonas = Person("jonas@kiezkasse.example", "Jonas")
    booked = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=datetime.fromisoformat("2026-03-03T16:00:00-05:00"),
    )
    signal = reply_in_thread(
        "mist lena, morgen muss ich leider absagen, ein investor will genau um die zeit"
        " telefonieren. ich meld mich nächste woche.",
        earlier(1, booked, writer=jonas),
        sender="Jonas <jonas@kiezkasse.example>",
        subject="Re: backend bei kiezkasse?",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_CANCELLED


# Public employers.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "J'ai le plaisir de vous informer que votre candidature a été retenue par le jury de"
            " recrutement. Vous êtes à ce titre convoquée à un entretien le mardi 24 mars 2026 à"
            " 10h15.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Concluida la valoración de méritos, la Comisión de Selección le cita a la fase de"
            " entrevista personal:\nDía: lunes, 23 de marzo de 2026\nHora: 10:40",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Consultada dicha relación, usted no figura como aspirante seleccionada, al haber"
            " obtenido una puntuación inferior a la del aspirante propuesto.",
            Kind.REJECTION,
        ),
        (
            "danke für Ihre Bewerbung auf die Stelle im Projekt. Wir würden gern mit Ihnen"
            " sprechen. Geht einer dieser Termine?\n- Mo, 30.3., 14 Uhr\n- Di, 31.3., 10 Uhr",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_public_employers_wording_is_read(body: str, kind: Kind) -> None:
    assert _kind(body, "Convocatoria – entrevista", "RH <rh@metropole.example>") is kind


def test_a_school_inviting_parents_is_no_interview() -> None:
    body = "Les cita a una entrevista con la tutora de Pablo el jueves 12 de marzo a las 17:00."
    assert _kind(body, "Entrevista con la tutora", "Colegio <secretaria@colegio.example>") is (
        Kind.OTHER
    )


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Votre entretien de positionnement (test oral, environ 20 minutes) est confirmé :"
            " mardi 17 mars 2026 à 18 h 15, salle 2.",
            "Confirmation : votre entretien de positionnement",
        ),
        (
            "Ihr Gesuch um Verlängerung der Aufenthaltsbewilligung ist eingegangen. Termin:"
            " Dienstag, 24. März 2026, 08.40 Uhr.",
            "Eingangsbestätigung und Terminaufgebot",
        ),
        (
            "Ayşe Kaya has requested your approval for the following offer. Candidate: Priya"
            " Nair. Position: Senior Product Designer.",
            "Approval requested: offer for Priya Nair",
        ),
        (
            "für die Stelle Junior UX Designer, bei der du als Hiring Manager eingetragen bist, ist"
            " eine neue Bewerbung eingegangen.",
            "Neue Bewerbung eingegangen: Junior UX Designer",
        ),
    ],
)
def test_look_alikes_of_the_public_and_the_hiring_side_are_no_news(body: str, subject: str) -> None:
    assert _kind(body, subject, "Notifications <noreply@service.example>") is Kind.OTHER


def test_an_offer_naming_a_residence_permit_stays_an_offer() -> None:
    body = (
        "Wir freuen uns, Ihnen die Stelle als Data Engineer anbieten zu können. Bei der"
        " Aufenthaltsbewilligung unterstützen wir Sie gern."
    )
    assert _kind(body, "Ihr Angebot", "HR <hr@rheinhafen.example>") is Kind.OFFER


# The review of round 23: what must keep its reading.
@pytest.mark.parametrize(
    "text",
    [
        "It runs between 2 and 3 hrs on Thursday, March 12.",
        "Please block 2 to 3 hrs on Thursday, March 12.",
        "el jueves 12 de marzo. Dura de 2 a 3 hs.",
        "Thursday, March 12: sessions at 2 hrs intervals.",
    ],
)
def test_hours_written_hrs_as_a_length_are_no_time(text: str) -> None:
    sent = datetime.fromisoformat("2026-03-02T10:15:00-05:00")
    assert find_interview_times(text, sent) == []


@pytest.mark.parametrize(
    "body",
    [
        "Great to hear you're free on Thursday for the panel interview. We'd love to have you.",
        "As discussed the contract is on its way to legal for review; once they sign off I'll"
        " call you.",
        "Si todo va bien en la entrevista del jueves, te llega el contrato la semana que viene.",
        "Der Vertrag ist schon unterwegs zur Rechtsabteilung, danach melden wir uns.",
        "Pour signer le contrat de travail, il faut d'abord que le comité valide le budget.",
    ],
)
def test_a_contract_not_yet_the_user_s_is_no_offer(body: str) -> None:
    assert _kind(body) is not Kind.OFFER


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Hola Sam, he hablado con el cliente sobre tu candidatura y me dicen que no, que han"
            " optado por otro perfil.",
            "Marta Ruiz <marta.ruiz.rrhh@gmail.com>",
        ),
        (
            "Hallo Sam, ich habe eine Absage bekommen vom Kunden für dich – sie haben sich für"
            " einen anderen Kandidaten entschieden.",
            "Jens <jens.personal@gmail.com>",
        ),
    ],
)
def test_a_recruiter_on_a_personal_address_relaying_a_no_is_a_rejection(
    body: str, sender: str
) -> None:
    assert _kind(body, "Re: Candidatura Data Analyst", sender) is Kind.REJECTION


def test_closing_the_search_on_a_day_asks_for_a_time_first() -> None:
    body = "On ferme le recrutement vendredi : merci de nous envoyer vos disponibilités."
    assert _kind(body, "Re: Candidature Data Analyst") is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, if tomorrow doesn't work after all, just let me know and we'll find a new slot.",
        "Hallo Sam, leider klappt es doch nicht morgen. Können wir auf Freitag um 14 Uhr schieben?",
    ],
)
def test_a_meeting_not_working_after_all_with_a_condition_or_a_new_time_is_not_cancelled(
    body: str,
) -> None:
    assert _kind(body) is not Kind.INTERVIEW_CANCELLED


def test_thanks_for_the_take_home_with_a_date_stays_a_holding_reply() -> None:
    body = "Hi Sam, thanks for the take-home, we'll get back to you by Friday."
    assert _kind(body) is Kind.HOLDING_REPLY


def test_an_interim_notice_recalling_the_application_is_no_receipt() -> None:
    body = (
        "Sie haben sich vor einigen Wochen bei uns als Data Analyst beworben. Die Gespräche mit"
        " den Fachbereichen dauern länger als geplant; wir melden uns spätestens bis zum 3."
        " April bei Ihnen."
    )
    kind = _kind(body, "Ihre Bewerbung – Zwischenbescheid", "HR <bewerbung@alpin.example>")
    assert kind is Kind.HOLDING_REPLY
