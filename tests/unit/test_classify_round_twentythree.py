"""Classes of language found by the twenty-third round of mail written blind (a month of one
inbox; exact times and zones; decisions said softly; long processes in one thread), each in the
languages it spans, with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of, vevent

from followupd.model import Person
from followupd.model.domain import Kind, Signal

EMPLOYER = "Ben Kowalczyk <ben@quillstack.example>"


def _kind(body: str, subject: str = "Re: Senior Product Designer", sender: str = EMPLOYER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# Offers said as the contract on its way, or as wanting the user.
@pytest.mark.parametrize(
    "body",
    [
        "Debriefed with Devin and Aisha: a very easy yes from all three of us. We'd love to have"
        " you on board.",
        "Maya's putting the paperwork together, so the contract is on its way via DocuSign"
        " tonight.",
        "Das Team war sich einig! Den Vertrag bekommst du in den nächsten Tagen per DocuSign.",
        "Les deux références sont revenues, très positives : la promesse est ferme. Vous recevrez"
        " un lien Yousign pour signer le contrat de travail.",
        "¡Buenas noticias! Todo el equipo dijo que sí y el contrato está de camino.",
    ],
)
def test_the_contract_on_its_way_or_the_user_wanted_is_an_offer(body: str) -> None:
    assert _kind(body) is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "We'd love to have you come in for a chat on Tuesday at 3pm with the design team.",
        "Once the contract is on its way we'll set up your laptop.",
    ],
)
def test_wanting_the_user_at_a_meeting_or_a_contract_to_come_is_no_offer(body: str) -> None:
    assert _kind(body) is not Kind.OFFER


# A friend's own rejection is her news.
@pytest.mark.parametrize(
    "body",
    [
        'Me acaba de llegar el correo de Rutalia: me dicen que "han optado por alguien con más'
        ' recorrido". Después de cinco entrevistas.',
        "Ugh. I didn't get the job at Brightwater - they went with someone more senior.",
        "Ich hab eine Absage bekommen, nach drei Runden. Die haben sich für jemand Internen"
        " entschieden.",
        "J'ai reçu un refus de Pollen ce matin : ils ont retenu un profil plus senior.",
    ],
)
def test_a_friend_s_own_rejection_is_her_news(body: str) -> None:
    sender = "Lucía Fernández <lucia.fdez88@gmail.com>"
    assert _kind(body, "pues nada...", sender) is Kind.OTHER


def test_a_friend_asking_after_the_applications_over_dinner_plans_is_no_request() -> None:
    body = (
        "Je suis à Berlin du 9 au 13. Tu serais libre un soir pour un dîner ? Mardi ou mercredi"
        " de préférence. Et raconte-moi où tu en es avec tes candidatures !!"
    )
    sender = "Margaux Lefèvre <margaux.lefevre@laposte.net>"
    assert _kind(body, "dîner la semaine prochaine ?", sender) is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "La réorganisation s'est conclue : le poste de Data Analyst sera finalement occupé par"
        " quelqu'un de l'équipe marketing. On ferme donc le recrutement externe.",
        "Nous arrêtons le recrutement externe sur ce poste ; je ne pourrai pas vous proposer de"
        " nouvel échange.",
    ],
)
def test_a_role_given_to_a_colleague_is_a_rejection(body: str) -> None:
    sender = "Camille Roussel <camille.roussel@maisonlumen.example>"
    assert _kind(body, "Re: Data Analyst Senior CRM", sender) is Kind.REJECTION


# Decision dates promised as being told, or written to.
def test_being_informed_by_a_date_is_a_decision_date() -> None:
    body = (
        "L'examen des candidatures se poursuit. Le jury se réunira le 2 avril prochain ; vous"
        " serez informée de la suite donnée à votre candidature au plus tard le 10 avril 2026."
    )
    data = eml(
        body,
        subject="Votre candidature – Chargé·e de mission données",
        sender="DRH <ne-pas-repondre@departement.example>",
        date=datetime.fromisoformat("2026-03-19T11:00:00+01:00"),
    )
    signal = signal_of(data)
    assert signal.kind is Kind.HOLDING_REPLY
    assert signal.decision_by == date(2026, 4, 10)


def test_writing_back_by_a_day_is_a_decision_date_and_writing_now_is_not() -> None:
    sent = datetime.fromisoformat("2026-03-26T18:40:00+01:00")
    later = (
        "Estamos terminando de ver a los dos últimos perfiles. En cuanto tengamos algo cerrado te"
        " escribo, calculo que antes del viernes 3 de abril."
    )
    signal = signal_of(eml(later, subject="Re: Entrevista – Analista", sender=EMPLOYER, date=sent))
    assert signal.kind is Kind.HOLDING_REPLY
    assert signal.decision_by == date(2026, 4, 3)
    now = (
        "Te escribo porque Gustavo tiene que viajar el miércoles, así que la entrevista la pasamos"
        " al jueves 16 a las 11, mismo lugar."
    )
    signal = signal_of(eml(now, subject="Re: Entrevista – Analista", sender=EMPLOYER, date=sent))
    assert signal.decision_by is None


def test_a_take_home_s_due_date_is_no_holding_reply() -> None:
    body = (
        "Chloé m'a fait un super retour, donc on passe au cas pratique. Retour attendu d'ici lundi"
        " 9 février (repo Git ou zip). On organisera ensuite une restitution avec l'équipe."
    )
    sender = "Julien Caradec <julien.caradec@lumio.example>"
    assert _kind(body, "Re: Lumio – premier échange", sender) is not Kind.HOLDING_REPLY


# Times.
@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        (
            "Petite modification pour demain jeudi : l'entretien ne commence plus à 10h mais à"
            " 11h15. La durée ne change pas.",
            11,
            15,
        ),
        (
            "Small change for tomorrow: your interview no longer starts at 10am but at 11:15am,"
            " same Teams link.",
            11,
            15,
        ),
        (
            "Kleine Änderung für morgen: Ihr Gespräch beginnt nicht mehr um 10 Uhr, sondern um"
            " 11:15 Uhr.",
            11,
            15,
        ),
        ("Un cambio para mañana: la entrevista ya no empieza a las 10 sino a las 11:15.", 11, 15),
    ],
)
def test_no_longer_at_one_time_but_another_moves_the_interview(
    body: str, hour: int, minute: int
) -> None:
    data = eml(
        body,
        subject="Demain : changement d'horaire pour votre entretien",
        sender="Julie Peeters <julie.peeters@brabant.example>",
        date=datetime.fromisoformat("2026-04-22T17:40:00+02:00"),
    )
    signal = signal_of(data)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (23, hour)
    assert signal.interview_start.minute == minute


def test_an_hour_written_hs_after_a_las_is_a_time_and_a_length_in_hs_is_not() -> None:
    sent = datetime.fromisoformat("2026-04-09T15:27:00-03:00")
    body = (
        "Te confirmo la entrevista técnica para el miércoles que viene a las 11 hs de Buenos"
        " Aires. Dura 45 minutos."
    )
    signal = signal_of(eml(body, subject="Entrevista técnica", sender=EMPLOYER, date=sent))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start == datetime.fromisoformat("2026-04-15T11:00:00-03:00")
    body = "Te confirmo la entrevista técnica el miércoles 15 a las 11:00. Dura 2 hs."
    signal = signal_of(eml(body, subject="Entrevista técnica", sender=EMPLOYER, date=sent))
    assert signal.interview_start == datetime.fromisoformat("2026-04-15T11:00:00-03:00")
    assert signal.interview_end == datetime.fromisoformat("2026-04-15T13:00:00-03:00")


TOBIAS = Person("tobias.kranz@falkenrot.example", "Tobias Kranz")
BOOKED = Signal(
    Kind.INTERVIEW_SCHEDULED,
    ("interview confirmed",),
    interview_start=datetime.fromisoformat("2026-03-04T14:00:00+01:00"),
    interview_end=datetime.fromisoformat("2026-03-04T15:00:00+01:00"),
    interviewers=(TOBIAS,),
)


def test_a_meeting_laid_on_another_day_is_moved() -> None:
    signal = reply_in_thread(
        "sorry, dass das so kurzfristig kommt: Ich hab unser Gespräch deshalb auf Montag, den"
        " 9.3., um halb drei gelegt. Eine Stunde reicht uns.",
        earlier(1, BOOKED, writer=TOBIAS),
        sender="Tobias Kranz <tobias.kranz@falkenrot.example>",
        subject="Re: Terminbestätigung: Kennenlernen",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    start = signal.interview_start
    assert (start.day, start.hour, start.minute) == (9, 14, 30)


@pytest.mark.parametrize(
    "body",
    [
        "leider klappt es doch nicht morgen – ich muss kurzfristig nach Bonn. Frau Aigner meldet"
        " sich wegen eines neuen Termins.",
        "So sorry - tomorrow doesn't work after all, I have to fly to Bonn. Anna will find a new"
        " slot.",
        "Perdona, al final mañana no puedo: me toca viajar a Bonn. Anna te propone otro día.",
        "Désolé, finalement demain ça ne va pas être possible : je dois partir à Bonn.",
    ],
)
def test_a_fixed_meeting_that_does_not_work_after_all_is_cancelled(body: str) -> None:
    signal = reply_in_thread(
        body,
        earlier(1, BOOKED, writer=TOBIAS),
        sender="Tobias Kranz <tobias.kranz@falkenrot.example>",
        subject="Re: Telefoninterview",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_CANCELLED


def test_an_interviewer_s_illness_is_no_doctor_s_appointment() -> None:
    body = (
        "Mauvaise nouvelle de dernière minute : Julien est malade depuis hier et son médecin"
        " l'arrête jusqu'à la fin de la semaine prochaine. Nous sommes donc obligés d'annuler"
        " l'entretien de mardi."
    )
    ics = vevent(
        method="CANCEL",
        status="CANCELLED",
        summary="Entretien technique – Sam Lee / Julien Tremblay",
        organizer=("Camille Vasseur", "camille.vasseur@oreade.example"),
    )
    data = eml(body, subject="Annulé : Entretien technique", sender=EMPLOYER, ics=ics)
    assert signal_of(data).kind is Kind.INTERVIEW_CANCELLED


def test_a_public_employment_service_s_guidance_interview_is_no_job_interview() -> None:
    body = (
        "Le confirmamos la siguiente cita:\nServicio: Entrevista de orientación laboral"
        " (demandante de mejora de empleo)\nFecha: jueves, 16 de abril de 2026\nHora: 12:20"
    )
    sender = "Cita Previa <no-reply-citaprevia@labora.example>"
    assert _kind(body, "Cita previa confirmada", sender) is Kind.OTHER


def test_a_registration_to_a_webinar_about_interviews_is_no_interview() -> None:
    body = (
        "You're registered! Three hiring managers will talk through how they schedule interviews"
        " across time zones. Everyone who registered gets the recording on Friday."
    )
    ics = vevent(
        summary="Live panel: Interviewing across time zones",
        organizer=("Remote Ready Events", "events@remoteready.example"),
    )
    data = eml(
        body,
        subject="You're registered: Interviewing across time zones",
        sender="Remote Ready <events@remoteready.example>",
        ics=ics,
    )
    assert signal_of(data).kind is Kind.OTHER
