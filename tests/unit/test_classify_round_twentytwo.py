"""Classes of language found by the twenty-second round of mail written blind (quoted and
forwarded mail; mail whose words live in HTML; when the employer will decide; early-career
hiring), each in the languages it spans, with look-alikes that must keep their reading."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

SENDER = "Nuria Belda <nuria.belda@alqueria.example>"


def _kind(body: str, subject: str, sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# Words any application shares, in a mail that says nothing of hiring.
@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        (
            "Hemos recibido tu solicitud de alta en el Seguro de Salud Plus. Nuestro equipo"
            " médico estudiará el cuestionario y te comunicaremos la decisión en 10 días hábiles.",
            "Hemos recibido tu solicitud",
            "Mutua Salud <no-responder@mutua.example>",
        ),
        (
            "Ihr Antrag ist bei uns eingegangen. Wir prüfen Ihre Unterlagen und melden uns"
            " innerhalb von zwei Wochen mit einer Entscheidung.",
            "Ihr Antrag auf Kreditkarte",
            "Kundenservice <service@bank.example>",
        ),
        (
            "We've received your request for a Platinum card and will let you know within 5"
            " working days.",
            "We've got your request",
            "Northbank Cards <noreply@northbank.example>",
        ),
        (
            "Votre demande a bien été reçue. Un conseiller l'étudiera sous 48 heures.",
            "Confirmation de votre demande",
            "Service client <ne-pas-repondre@assurance.example>",
        ),
    ],
)
def test_a_request_of_another_kind_acknowledged_is_no_application_news(
    body: str, subject: str, sender: str
) -> None:
    assert _kind(body, subject, sender) is Kind.OTHER


def test_a_job_application_acknowledged_in_the_same_words_stays_one() -> None:
    body = (
        "Hemos recibido tu solicitud para el puesto de Data Analyst. El equipo de selección la"
        " revisará en los próximos días."
    )
    sender = "Talento <empleo@alcora.example>"
    assert _kind(body, "Tu candidatura en Alcora", sender) is Kind.APPLICATION_RECEIVED


def test_a_flat_s_applicants_are_no_hiring_news() -> None:
    body = (
        "Hemos recibido tu solicitud y la documentación está completa. La propietaria tiene"
        " cuatro candidaturas para el piso y quiere decidir antes del viernes."
    )
    sender = "Raquel Ortiz <alquileres@inmobiliaria.example>"
    assert _kind(body, "RE: Solicitud piso c/ Fernández de los Ríos", sender) is Kind.OTHER


# The stages of a process described in an acknowledgement are no test to take now.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Thank you for applying to the 2026 Technology Graduate Programme. Each stage - online"
            " assessments, a recorded video interview and our Assessment Centre - is reviewed in"
            " turn.",
            "Application received - Technology Graduate Programme",
        ),
        (
            "Nous accusons réception de votre candidature pour le poste VIE Contrôleur de gestion."
            " Le parcours de sélection comprend en général un entretien vidéo différé puis un"
            " échange avec le manager.",
            "Confirmation de candidature",
        ),
        (
            "Vielen Dank für Ihre Bewerbung als Trainee. Unser Auswahlverfahren besteht aus einem"
            " zeitversetzten Videointerview und einem Assessment Center.",
            "Eingangsbestätigung Ihrer Bewerbung",
        ),
        (
            "Hemos recibido tu candidatura para las prácticas. El proceso incluye una entrevista"
            " grabada y una dinámica de grupo.",
            "Candidatura recibida",
        ),
    ],
)
def test_an_acknowledgement_describing_a_recorded_stage_is_an_acknowledgement(
    body: str, subject: str
) -> None:
    sender = "Early Careers <no-reply@careers.example>"
    assert _kind(body, subject, sender) is Kind.APPLICATION_RECEIVED


def test_a_recorded_video_to_take_now_is_a_test_taken_alone() -> None:
    body = (
        "Gracias por tu interés en el programa de Prácticas. El siguiente paso es una entrevista"
        " en vídeo grabada: responderás a 6 preguntas cuando mejor te venga, no habrá nadie"
        " conectado en directo al otro lado. Plazo: hasta el lunes 1 de diciembre."
    )
    sender = "Selección <noreply@hirevue.example>"
    assert _kind(body, "Siguiente paso – entrevista en vídeo", sender) is Kind.OTHER


# A friend's own internship or place.
@pytest.mark.parametrize(
    "body",
    [
        "¡Me han ofrecido las prácticas en Solvera! Ya me han mandado la carta de oferta:"
        " empiezo el 2 de marzo. ¿Y tú qué tal?",
        "I got the internship at Brightwater!! Offer letter came this morning, I start in June."
        " How's your own search going?",
        "Ich habe den Praktikumsplatz bei Lumen! Den Vertrag unterschreibe ich morgen.",
        "J'ai décroché le stage chez Pollen ! J'ai reçu la convention ce matin.",
    ],
)
def test_a_friend_s_own_place_is_her_news(body: str) -> None:
    sender = "Marta Ibáñez <marta.ibanez.r@gmail.com>"
    assert _kind(body, "news!!", sender) is Kind.OTHER


# A fair already over, then a request of its own.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Thanks for stopping by our booth at the career fair last Thursday! I'd love to set up"
            " a proper 30-minute call about the internship: grab any open slot here:"
            " https://calendly.com/jp/intern-30",
            "Great meeting you at the career fair!",
        ),
        (
            "Merci d'être passée sur notre stand au forum de l'école jeudi ! Je vous propose un"
            " premier entretien pour le stage : pouvez-vous m'indiquer vos disponibilités la"
            " semaine prochaine ?",
            "Suite au forum entreprises",
        ),
    ],
)
def test_a_fair_already_over_does_not_hide_the_request_that_follows(
    body: str, subject: str
) -> None:
    sender = "Jordan Pike <jordan.pike@ferrolan.example>"
    assert _kind(body, subject, sender) is Kind.INTERVIEW_REQUEST


def test_a_fair_to_come_stays_no_interview() -> None:
    body = (
        "Come and meet us at the career fair on Thursday 12 March from 10am: our engineers will"
        " hold speed interviews at booth 14."
    )
    sender = "Ferrolan Campus <campus@ferrolan.example>"
    assert _kind(body, "See you at the career fair!", sender) is Kind.OTHER


# Offers said as who wants the user.
@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Sign-off came through last night. Tom wants you on the team, and I'd love to walk"
            " you through the package we've put together.",
            "Priya Raman <priya.raman@northwind.example>",
        ),
        (
            "¡Me acaba de llamar Inés: quieren hacerte una oferta para el puesto! La carta formal"
            " te la mandan esta semana.",
            "Álvaro Pérez <alvaro.perez@talentia.example>",
        ),
        (
            "Bonne nouvelle : ils veulent te faire une offre ! Le courrier formel arrive cette"
            " semaine.",
            "Claire Dumesnil <c.dumesnil@vaubrun.example>",
        ),
        (
            "Kurz gesagt: Wir hätten dich sehr gern ab dem 1. Dezember als Werkstudentin bei uns"
            " im Data-Team! Den Vertrag bekommst du per DocuSign.",
            "Jana Krüger <jana.krueger@rheinhafen.example>",
        ),
    ],
)
def test_who_wants_the_user_on_the_team_makes_an_offer(body: str, sender: str) -> None:
    assert _kind(body, "Re: Senior Analytics Engineer", sender) is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Tom wants you on the call on Tuesday at 3pm as well, he has questions on dbt.",
        "Wir hätten Sie gern am Dienstag, 10. März, um 14 Uhr zum Kennenlerngespräch bei uns.",
    ],
)
def test_wanting_the_user_at_a_meeting_is_no_offer(body: str) -> None:
    kind = _kind(body, "Re: Senior Analytics Engineer", "Priya <priya@northwind.example>")
    assert kind is not Kind.OFFER


# Holding replies that promise when the user will hear.
@pytest.mark.parametrize(
    "body",
    [
        "The committee was one member short, so it cannot confirm a recommendation yet. You will"
        " hear from me or from HR by 30 April at the latest.",
        "Die Auswahlkommission tagt erst nächste Woche. Sie hören spätestens Ende nächster Woche"
        " von uns.",
        "Le jury ne s'est pas encore réuni ; vous aurez de nos nouvelles au plus tard vendredi.",
        "Aún nos quedan conversaciones con otros candidatos y no vamos a cerrar nada este año."
        " Cuenta con tener noticias nuestras como muy tarde el viernes 9 de enero.",
    ],
)
def test_a_promise_of_news_by_a_day_is_a_holding_reply(body: str) -> None:
    kind = _kind(body, "Re: Research Software Engineer – Stand", "Fiona <f.macleod@uni.example>")
    assert kind is Kind.HOLDING_REPLY


def test_a_job_title_compounded_with_rolle_speaks_of_hiring() -> None:
    body = (
        "danke nochmal für heute! Ich setz mich morgen mit Merve zusammen und wir entscheiden bis"
        " Freitag, wie es mit der Founding-Data-Engineer-Rolle weitergeht."
    )
    assert _kind(body, "Danke für heute!", "Jannik <jannik@kumo.example>") is Kind.HOLDING_REPLY


def test_an_answer_promised_either_way_is_no_holding_reply() -> None:
    body = (
        "Te has inscrito correctamente en la oferta «Ingeniero/a de Datos». Mensaje de la empresa:"
        " responderemos a todas las personas inscritas antes de fin de mes, tanto si continúas"
        " en el proceso como si no."
    )
    sender = "InfoJobs <noreply@infojobs.example>"
    assert _kind(body, "Te has inscrito en la oferta", sender) is Kind.APPLICATION_RECEIVED


# A deadline's time is no interview's.
def test_a_reply_deadline_s_time_is_no_second_interview_day() -> None:
    body = (
        "Thank you for your application for the above post. I am delighted to invite you to"
        " interview, which will take place on Wednesday 25 March 2026 at 11:15 (GMT). Please"
        " confirm that you are able to attend no later than 12 noon on Friday 20 March."
    )
    signal = signal_of(
        eml(body, subject="Invitation to interview", sender="HR <recruitment@uni.example>")
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (25, 11)


# "Come by" with a day and a time.
@pytest.mark.parametrize(
    "body",
    [
        "danke für die Unterlagen! Kommen Sie doch am Montag, den 23. März, um 9:30 Uhr bei uns in"
        " der Oranienstraße 183 vorbei. Planen Sie etwa eine Stunde ein.",
        "Thanks for the samples! Come by our office on Monday 23 March at 9:30am and we'll talk"
        " through the role over coffee.",
        "Merci pour votre candidature ! Passez nous voir lundi 23 mars à 9h30 à l'atelier, on"
        " parlera du poste autour d'un café.",
        "¡Gracias por tu candidatura! Pásate por la oficina el lunes 23 de marzo a las 9:30 y"
        " hablamos del puesto con un café.",
    ],
)
def test_an_invitation_to_come_by_at_a_time_books_it(body: str) -> None:
    sender = "Markus Kühn <m.kuehn@datenhaus.example>"
    subject = "Re: Bewerbung als Analytics Consultant"
    assert _kind(body, subject, sender) is Kind.INTERVIEW_SCHEDULED
