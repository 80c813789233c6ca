"""Spanish hiring mail read as classes of language (phrases/es.py), with phrasings of our own.

Each class comes in several shapes (tú, usted and vos; Spain, Mexico, Argentina, Colombia,
Chile, Peru; tense, politeness, negation with the auxiliaries and clitics Spanish puts inside it,
"postulación", "hoja de vida", "vacante", "cargo", a sentence written without its accents), and
hard negatives that share the vocabulary must stay what they are: job alerts, newsletters of
interview advice, press, research, reviews at the user's own job, a doctor's appointment,
conditionals in receipts. None of this is taken from a fixture or a corpus.
"""

from __future__ import annotations

import pytest
from classify_mail import eml, kind_of

from followupd.understand.classifier import sentences

RRHH = "Marta Ibáñez <marta.ibanez@grupo-lucero.example>"
ATS = "Grupo Lucero – Selección <no-responder@empleo.grupo-lucero.example>"
FOUNDER = "Tomás Aguirre <tomas@pampa-datos.example>"
BOARD = "Portal de empleo <alertas@empleos-portal.example>"
BULK = (("List-Unsubscribe", "<mailto:baja@empleos-portal.example>"),)


def read(body: str, subject: str = "Tu candidatura", sender: str = RRHH) -> str:
    headers = BULK if sender == BOARD else ()
    return kind_of(eml(body, subject, sender, headers=headers))


# the application not continued: a negated "seguir", "avanzar", "contar contigo"...
NOT_CONTINUED = [
    "Tras revisar tu perfil, no vamos a seguir adelante con tu candidatura.",
    "Lamentablemente no podremos avanzar con su postulación en esta oportunidad.",
    "Te escribo para decirte que no vamos a poder contar contigo para este proyecto.",
    "Después de la entrevista con el equipo, hemos decidido no continuar con tu proceso.",
    "Finalmente no te vamos a poder ofrecer el puesto, el presupuesto se ha recortado.",
    "Por ahora no seguimos con vos, pero nos encantó conocerte.",
    "No avanzarás a la siguiente fase del proceso de selección.",
    "Tu candidatura no continuará en el proceso para el cargo de analista.",
    "Hemos tomado la decisión de no seguir adelante con su solicitud.",
    "No es posible dar continuidad a tu postulación en este momento.",
    "Lamentablemente no pasás a la siguiente etapa de entrevistas.",
    "Al final no seguimos, lo siento mucho.",
    "Esta vez no ha podido ser, pero te animamos a postular de nuevo.",
    "Lamentablemente, despues de valorar tu candidatura, no podemos ofrecerte el puesto.",
]
# the candidate not selected, the application closed
NOT_SELECTED = [
    "Te informamos que tu postulación no ha sido seleccionada para la vacante de contador.",
    "Lamentablemente no resultaste seleccionado en esta ocasión.",
    "Tu candidatura no quedó seleccionada para la fase final.",
    "Le comunicamos que usted no fue seleccionado para el cargo de jefe de bodega.",
    "Estado de tu candidatura: descartada.",
    "Nº de solicitud 2026-0311 – Auxiliar de farmacia – Estado: No seleccionado/a",
    "Tu candidatura ha sido descartada para esta oferta.",
    "Damos por cerrada tu candidatura y te deseamos mucho éxito.",
    "Lamentamos comunicarte que tu solicitud ha sido desestimada.",
    "Por ahora el proceso queda cerrado para ti.",
]
# others chosen
OTHERS_CHOSEN = [
    "Hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a la posición.",
    "El cliente se ha decantado por una candidata con más experiencia en logística.",
    "Finalmente optamos por un perfil más senior para el equipo.",
    "Nos inclinamos por otra persona que ya conocía el sector.",
    "La empresa eligió a un candidato interno para el cargo.",
    "Decidimos avanzar con candidatas y candidatos que cuentan con experiencia en SAP.",
    "Hemos ofrecido el puesto a otra persona, que ya lo ha aceptado.",
    "Al final nos quedamos con alguien de dentro de la compañía.",
    "Seleccionamos a otro postulante para la vacante de diseñador.",
]
# the role gone
ROLE_GONE = [
    "Te informamos que la vacante ya ha sido cubierta.",
    "La posición fue cubierta internamente, por lo que cerramos el proceso.",
    "Hemos cancelado la búsqueda por una reorganización interna.",
    "El puesto quedó congelado de forma indefinida por decisión de la dirección.",
    "La plaza ha sido declarada desierta.",
    "Esta oferta ya no está disponible.",
    "Ya se cubrió el cargo de supervisor de turno.",
    "El proceso de selección ha finalizado.",
]
# judged no fit
NO_FIT = [
    "Tu perfil no se ajusta a lo que buscamos para esta posición.",
    "Su experiencia no encaja del todo con los requisitos del puesto.",
    "Consideramos que tu trayectoria no termina de encajar con lo que necesita el equipo.",
    "Por ahora no cumples con los requisitos mínimos de la vacante.",
    "Tu hoja de vida no coincide con el perfil que requiere el cliente.",
]
REJECTIONS = NOT_CONTINUED + NOT_SELECTED + OTHERS_CHOSEN + ROLE_GONE + NO_FIT


@pytest.mark.parametrize("body", REJECTIONS)
def test_spanish_rejections(body: str) -> None:
    assert read(f"Hola Lucía,\n\n{body}\n\nUn saludo,\nMarta") == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # a concession ("si bien", "aunque") does not undo the decision that follows it
        "Si bien tu perfil es muy interesante, hemos decidido continuar con otros candidatos.",
        "Aunque tu experiencia es valiosa, en esta ocasión no vamos a avanzar con tu candidatura.",
        "Si bien tu perfil nos gustó mucho, finalmente hemos optado por otra persona.",
        "Si bien valoramos tu experiencia, sin embargo no vamos a seguir adelante con tu proceso.",
    ],
)
def test_a_concession_before_a_decision_is_still_a_rejection(body: str) -> None:
    assert read(body) == "rejection"


# Receipts, some full of decision words in conditionals, deadlines and footers.
RECEIPTS = [
    "Hemos recibido correctamente tu candidatura para el puesto de contable.",
    "¡Tu postulación fue enviada con éxito! La empresa revisará tu hoja de vida.",
    "Confirmamos la recepción de su solicitud. Nuestro equipo la revisará con atención.",
    "Gracias por postularte. Si tu perfil encaja con la vacante, te contactaremos.",
    "Te has inscrito correctamente en la oferta de Técnico de Mantenimiento.",
    "Recibimos tu aplicación para Diseñadora UX; la revisaremos en los próximos días.",
    "Gracias por tu candidatura. Si no recibes respuesta en 20 días, entiende que no has sido "
    "seleccionada.",
    "Hemos recibido su CV. Los candidatos no seleccionados serán informados por correo.",
    "Tu candidatura ha quedado registrada. Puedes consultar el estado de tu candidatura en tu "
    "área privada.",
    "Nos ha llegado tu hoja de vida; en caso de que tu perfil sea afín, te llamaremos para "
    "coordinar una entrevista.",
    "Su solicitud de admisión al proceso selectivo para la bolsa de empleo ha sido registrada.",
    "Te confirmo que he recibido tu CV, se lo paso hoy al responsable de la tienda.",
    "Acusamos recibo de tu candidatura. Ninguna empresa seria te pedirá dinero para agendar una "
    "entrevista.",
]


@pytest.mark.parametrize("body", RECEIPTS)
def test_spanish_receipts_and_their_conditionals(body: str) -> None:
    assert read(body, "Confirmación de candidatura", ATS) == "application_received"


HOLDING = [
    "Seguimos revisando candidaturas; te daremos una respuesta la próxima semana.",
    "Todavía no hemos tomado una decisión, el gerente está de viaje hasta el lunes.",
    "El proceso se está alargando más de lo previsto, gracias por tu paciencia.",
    "Quedate tranquilo que seguís en el proceso; te escribo en cuanto tenga novedades.",
    "Estamos a la espera de la aprobación de la dirección para la contratación.",
    "Le comunicaremos el resultado dentro de dos semanas.",
    "Hemos puesto en pausa el proceso hasta septiembre por un tema de presupuesto.",
    "Aún no tengo feedback del cliente, te digo algo el viernes como muy tarde.",
    "Esta semana terminamos las entrevistas con el resto de finalistas.",
    "Tu candidatura sigue activa y la decisión final se tomará antes de fin de mes.",
    "Disculpa la demora: el comité se reúne el jueves y te llamo después con la decisión.",
    "Estás entre los tres finalistas; el lunes te damos una respuesta.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_spanish_holding_replies(body: str) -> None:
    assert read(body, "Novedades sobre tu candidatura") == "holding_reply"


REQUESTS = [
    "Nos gustaría conocerte. ¿Qué disponibilidad tienes la semana que viene?",
    "Reserva directamente el hueco que mejor te venga para la entrevista en este enlace.",
    "¿Cuándo tendrías 30 minutos para una llamada con el equipo de producto?",
    "Por favor indíquenos su disponibilidad para una entrevista con la gerencia.",
    "¿Tenés un rato esta semana para charlar sobre el puesto?",
    "Nos gustaría tener una primera charla contigo por videollamada; ¿qué día te viene mejor?",
    "Te propongo estas opciones para la entrevista: martes a las 10 o jueves a las 16.",
    "Puedes agendar tu entrevista en el siguiente enlace.",
    "¿Estarías disponible el jueves o el viernes por la mañana para una entrevista?",
    "Mandame por favor tus horarios disponibles para coordinar la entrevista técnica.",
    "¿Te parece si hablamos el martes por videollamada sobre la vacante?",
    "El cliente quisiera entrevistarte; dime qué días tienes libres.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_spanish_requests_to_book_an_interview(body: str) -> None:
    assert read(body, "Entrevista – Analista de datos") == "interview_request"


CONFIRMED = [
    "Tu entrevista quedó confirmada para el martes 10 de marzo a las 10:00 h.",
    "Le confirmo la entrevista con el director financiero el jueves 12 de marzo a las 9:30.",
    "Te esperamos el miércoles 11 de marzo a las 17h en nuestras oficinas para la entrevista.",
    "La entrevista queda programada para el viernes 13 de marzo de 10 a 11 h, por Teams.",
    "Su reserva está confirmada: entrevista el jueves 12 de marzo a las 11:00 a. m.",
    "Te llamo el viernes 13 de marzo a las 12:30 para la entrevista telefónica.",
    "Queda agendada la videollamada para el lunes 16 de marzo a las 16:00.",
    "Está convocada a la entrevista el martes 10 de marzo a las 9:00 en la sede central.",
]


@pytest.mark.parametrize("body", CONFIRMED)
def test_spanish_confirmed_interviews(body: str) -> None:
    assert read(body, "Entrevista") == "interview_scheduled"


MOVED = [
    "Tenemos que mover la entrevista del miércoles al jueves 12 de marzo a las 10:00.",
    "La entrevista la pasamos al jueves 12 a las 11, mismo lugar.",
    "La entrevista del miércoles, en vez de ser a las 15:30, será a las 17:00.",
    "Hemos reprogramado tu entrevista para el lunes 16 de marzo a las 9:00.",
    "Tu entrevista ha sido trasladada al martes 17 de marzo a las 12:00.",
    "Te escribo por un cambio de horario: la llamada será el jueves 12 de marzo a las 18:00.",
]


@pytest.mark.parametrize("body", MOVED)
def test_spanish_moved_interviews(body: str) -> None:
    assert read(body, "Entrevista") == "interview_rescheduled"


CANCELLED = [
    "Tengo que cancelar la entrevista de mañana: el director está enfermo. En cuanto se "
    "recupere te escribo para buscar nueva fecha.",
    "Lamentablemente debemos cancelar la entrevista de este jueves.",
    "La entrevista con Laura Gómez (laura.gomez@grupo-lucero.example), responsable de compras, "
    "queda cancelada.",
    "Por motivos de agenda no podremos realizar la entrevista prevista para el viernes.",
    "Hemos cancelado tu entrevista; te propondremos una nueva fecha la semana que viene.",
    "Lamentablemente suspendemos la entrevista del jueves; te escribiremos con otra fecha.",
    "Lamentablemente la call del viernes queda suspendida, lo siento mucho.",
]


@pytest.mark.parametrize("body", CANCELLED)
def test_spanish_cancelled_interviews_are_not_refusals(body: str) -> None:
    assert read(body, "Tu entrevista") == "interview_cancelled"


OFFERS = [
    "Nos complace ofrecerte el puesto de analista de datos; te adjunto la carta oferta.",
    "Queremos hacerte una oferta: contrato indefinido y 32.000 € brutos anuales.",
    "La dirección ha dado el visto bueno y nos gustaría que te incorporases como jefa de tienda.",
    "Tenemos el gusto de presentarle la siguiente propuesta para el cargo de coordinador.",
    "Te comparto la propuesta económica para la posición de backend.",
    "Podemos ajustar la propuesta a 78.000 MXN mensuales brutos, manteniendo el bono.",
    "¡Enhorabuena! Has sido seleccionada para el puesto de responsable de compras.",
    "Te enviamos el contrato para tu firma; la incorporación sería el 1 de abril.",
    "Nos encantaría contar contigo en el equipo a partir de septiembre.",
    "El puesto es tuyo si lo quieres: ¡bienvenida!",
]


@pytest.mark.parametrize("body", OFFERS)
def test_spanish_offers(body: str) -> None:
    assert read(body, "Buenas noticias") == "offer"


OTHER = [
    # job alerts and newsletters quoting the vocabulary
    (
        "Nuevas ofertas para ti",
        BOARD,
        "Analista de datos – contratación inmediata. Recepcionista – entrevistas esta semana.",
    ),
    (
        "12 empleos nuevos de Contable en Sevilla",
        BOARD,
        "Recibes esta alerta porque te suscribiste. Gestionar alertas · Cancelar suscripción",
    ),
    (
        "Consejos para tu entrevista",
        BOARD,
        "Esta newsletter te ayuda a preparar tu entrevista de trabajo y a reaccionar si no eres "
        "seleccionado.",
    ),
    (
        "Tu alerta de empleo ha sido cancelada",
        BOARD,
        "Confirmamos que tu alerta de empleo ha sido cancelada.",
    ),
    # press and research
    (
        "Entrevista para un reportaje",
        "Irene Sanz <irene.sanz@diario-norte.example>",
        "Soy periodista y preparo un reportaje sobre el empleo joven. ¿Te vendría bien hacer la "
        "entrevista el jueves 12 de marzo a las 11:00?",
    ),
    (
        "Participa en un estudio",
        "Investigación <estudios@app-banco.example>",
        "Buscamos personas para una entrevista con usuarios de 30 minutos; recibirás una tarjeta "
        "regalo de 20 €.",
    ),
    # reviews at the user's own job, an internal meeting, a doctor
    (
        "Evaluación del desempeño",
        "Sonia Ruiz <sonia.ruiz@mi-empresa.example>",
        "Te propongo el jueves 12 de marzo a las 10:00 para tu entrevista de evaluación del "
        "desempeño.",
    ),
    (
        "Reunión de seguimiento Q1",
        "Pablo Vera <pablo.vera@mi-empresa.example>",
        "Os convoco a la reunión de seguimiento del primer trimestre el martes 10 de marzo a las "
        "9:00 para revisar el calendario de entrevistas.",
    ),
    (
        "Su cita está confirmada",
        "Clínica Dental Sonrisa <citas@clinica-sonrisa.example>",
        "Su cita con el dentista queda confirmada para el martes 10 de marzo a las 10:00. Si "
        "necesita cancelar, avísenos con 24 horas de antelación.",
    ),
    # a friend asking how it went, a webinar
    (
        "qué tal??",
        "Curro <curro.bermejo@example.net>",
        "¿Qué tal te fue la entrevista? Y el jueves 12 a las 21:00 quedamos para el cumple de "
        "Lola, ¿te apuntas?",
    ),
    (
        "Webinario: cómo superar una entrevista",
        BOARD,
        "Te esperamos el martes 10 de marzo a las 18:00 en nuestro webinario gratuito.",
    ),
    # the user on an interview panel
    (
        "Se te ha asignado una entrevista",
        "Plataforma RR. HH. <noreply@rrhh-app.example>",
        "Te han añadido como entrevistadora en el proceso de Técnico de Nóminas. Fecha: jueves "
        "12 de marzo de 2026, 10:00 - 11:00.",
    ),
]


@pytest.mark.parametrize(("subject", "sender", "body"), OTHER)
def test_spanish_hard_negatives_stay_other(subject: str, sender: str, body: str) -> None:
    assert read(body, subject, sender) == "other"


@pytest.mark.parametrize(
    "body",
    [
        # decisions promised, described or about others, not made
        "Sea cual sea la decisión, te escribiremos en las próximas dos semanas.",
        "Esto no significa que tu candidatura haya sido descartada.",
        "Todavía no hemos seleccionado a nadie: seguimos entrevistando esta semana.",
        "Los candidatos no seleccionados recibirán un correo al cierre del proceso.",
        "Te avisaremos por email de cualquier cambio de estado (leída, en proceso, descartada).",
        "Hemos seleccionado a cinco personas para la fase final, entre las que te encuentras.",
        "No avanzaremos en el proceso hasta recibir tus referencias.",
        "Lamentamos comunicarte que tenemos que cambiar la fecha de la entrevista.",
    ],
)
def test_spanish_decision_words_that_decide_nothing_are_no_rejection(body: str) -> None:
    assert read(body) != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Nos complace informarte de que has sido seleccionada para la siguiente fase: una "
        "entrevista con la directora.",
        "Nos encantaría contar contigo para una entrevista la semana que viene.",
        "Me gustaría presentarte una posición que creo que encaja con tu perfil.",
        "Te comparto la oferta de empleo para que la revises antes de postularte.",
        "Si recibes una oferta de otra empresa, avísanos antes de aceptarla.",
        "Nuestro proceso incluye dos entrevistas, una prueba técnica y la carta oferta.",
    ],
)
def test_spanish_good_news_that_is_not_an_offer(body: str) -> None:
    assert read(body) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Tu entrevista está confirmada para el martes 10 de marzo a las 10:00. Si necesitas "
        "cambiar el horario, responde a este correo con al menos 24 horas de anticipación.",
        "Tu evento está programado: jueves 12 de marzo de 2026, 11:30 - 12:00.\nCancelar | "
        "Reprogramar",
    ],
)
def test_spanish_confirmations_with_change_words_stay_confirmations(body: str) -> None:
    assert read(body, "Entrevista confirmada") == "interview_scheduled"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a job board's notice that the company wrote about the application
        (
            "Grupo Lucero te ha enviado un mensaje",
            "Grupo Lucero te ha escrito sobre tu candidatura a Contable Senior. Responder.",
        ),
        (
            "Tienes un mensaje nuevo",
            "La empresa te ha enviado un mensaje en relación con tu postulación a Vendedor.",
        ),
    ],
)
def test_a_platform_notice_of_an_employer_message_is_a_request(subject: str, body: str) -> None:
    assert read(body, subject, ATS) == "interview_request"


def test_a_m_written_the_spanish_way_ends_no_sentence() -> None:
    assert sentences("Hora: 9:00 a. m. (hora Colombia). Lugar: oficina.").split("\n") == [
        "hora: 9:00 a. m. (hora colombia).",
        "lugar: oficina.",
    ]


def test_an_invitation_whose_time_is_written_a_m_the_spanish_way() -> None:
    body = (
        "Hola Camila:\n\nTe escribo para invitarte a una entrevista con la gerente de marketing."
        "\n\nFecha: jueves 12 de marzo\nHora: 9:00 a. m. (hora Colombia)\nLugar: Calle 93 # 11-26,"
        " Bogotá\n\nCordialmente,\nNatalia"
    )
    assert read(body, "Entrevista Marketing Specialist") == "interview_scheduled"


@pytest.mark.parametrize(
    "subject", ["Re: Coordinadora de Formación", "Re: Growth Marketer", "RE: Jefe de Almacén"]
)
def test_a_reply_whose_subject_is_a_job_title_is_hiring_mail(subject: str) -> None:
    body = "Perfecto, te esperamos el martes 10 de marzo a las 10:00 en la oficina."
    assert read(body, subject, FOUNDER) == "interview_scheduled"
