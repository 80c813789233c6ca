"""Round 32: a booking made by someone else and relayed, a staffing agency's signature, a
season's yes, an executive search's approach, a rejection denied ("not ruled out"), a decision
still to be taken by a day, a podcast's episode, an elected office, the user taking questions on
a club's panel, a selection board's proposal, a youth centre's adviser, a listed choice asked
about, the stages of a process described in an acknowledgement."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

AGENCY = "Jana Wolff <jana.wolff@wolff-partner.example>"


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # a booking someone else made, relayed (four languages)
        (
            "Re: Plant Controller role - next step",
            "Good news: Priya has booked you in with the CFO for Wednesday at 3pm. Shout if you"
            " want to prep.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "AW: Ihre Bewerbung als Teamleitung Logistik",
            "Herr Sommer hat Sie für Mittwoch, 6. Mai um 15 Uhr beim Werksleiter eingeplant."
            " Drücke die Daumen!",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Re: Votre candidature - poste de chef d'équipe",
            "Mme Caron vous a calé mercredi à 15h avec le directeur d'usine. À bientôt !",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Re: Jefe de turno - candidatura",
            "Vi que Marta te agendó con el director de planta para el miércoles a las 15:00.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        # a season's yes, said plainly
        (
            "Sommersaison 2027",
            "Wir würden dich gern fest für die Sommersaison nehmen, Service und Frühstück.",
            Kind.OFFER,
        ),
        (
            "Saison d'hiver",
            "On aimerait vous prendre pour la saison, du 18 décembre au 3 avril, en salle.",
            Kind.OFFER,
        ),
        (
            "Summer season - front desk",
            "We'd like to take you on for the season, starting 1 June, front desk mornings.",
            Kind.OFFER,
        ),
        # an agency relaying the client's yes
        (
            "Your application - Northgate",
            "Northgate have signed you off - you're on from Tuesday, nights, 22:00 to 06:00.",
            Kind.OFFER,
        ),
        (
            "Propuesta - Dirección de Operaciones",
            "Buenas noticias: Grupo Norte ha decidido contar contigo como directora de"
            " operaciones interina.",
            Kind.OFFER,
        ),
        (
            "Mandat DSI",
            "Le client a décidé de vous confier la mission de DSI de transition dès mars.",
            Kind.OFFER,
        ),
        # a selection board's proposal
        (
            "Convocatoria 2026-04 - resolución",
            "El tribunal, reunido el 3 de marzo, acordó proponer su contratación para la plaza de"
            " técnico de laboratorio.",
            Kind.OFFER,
        ),
        # "not ruled out": news that holds, no rejection
        (
            "Proceso Director/a Financiero/a",
            "El comité ha congelado las incorporaciones. Tu candidatura no ha sido descartada y"
            " seguirá abierta; te avisaremos en cuanto se retome.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Leitung Einkauf - Zwischenstand",
            "Der Kunde spricht nächste Woche noch mit einer weiteren Kandidatin, das hatte der"
            " Vorstand zugesagt, und will danach bis Ende KW 18 entscheiden.",
            Kind.HOLDING_REPLY,
        ),
        # a decision still to be taken, by a day
        (
            "Poste de directrice financière",
            "Le comité décidera d'ici le 15 mai, après avoir vu les deux derniers profils.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Puesto de directora financiera",
            "El consejo decidirá antes del 15 de mayo, cuando haya visto los dos últimos perfiles.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Re: Directora de Sistemas",
            "Hemos pasado a referencias, pero la respuesta definitiva llegará en septiembre,"
            " cuando vuelva a reunirse el consejo.",
            Kind.HOLDING_REPLY,
        ),
        # the client chose its own
        (
            "Dirección Financiera",
            "Lo siento, el consejo se ha decantado finalmente por la candidata interna.",
            Kind.REJECTION,
        ),
        # an executive search's approach
        (
            "Confidential - COO search",
            "We have been retained by a listed retailer to find its first COO. Would you have 30"
            " minutes for a call next week?",
            Kind.INTERVIEW_REQUEST,
        ),
        # a listed choice, asked about in Spanish
        (
            "Puesto de Dirección Financiera - reunión con la presidenta",
            "La presidenta propone dos huecos:\n\n- lunes 8 de junio, a las 17:00\n- miércoles 10"
            " de junio, a las 10:00\n\n¿Cuál te encaja mejor?",
            Kind.INTERVIEW_REQUEST,
        ),
        # an agency asking for a time by text
        (
            "Warehouse roles - Corby",
            "Saw your CV for the picker role. Text me with a time that suits and I'll book you in"
            " for a registration chat at the branch.",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_round_thirtytwo_classes(subject: str, body: str, kind: Kind) -> None:
    assert signal_of(eml(body, subject=subject, sender=AGENCY)).kind is kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a podcast's episode, an elected office, a youth centre's adviser
        (
            "¿Grabamos?",
            "Nos encantaría entrevistarte para un episodio sobre liderazgo. Puedes reservar el"
            " hueco que mejor te venga en nuestro enlace.",
        ),
        (
            "Wir haben Deine Kandidatur erhalten",
            "Deine Kandidatur für das Amt des Kassenwarts ist eingegangen. Die Wahl findet bei"
            " der Mitgliederversammlung statt.",
        ),
        (
            "Your nomination",
            "Thanks, your candidacy for the committee treasurer has been received. The ballot"
            " opens next Monday.",
        ),
        (
            "Rendez-vous confirmé",
            "Votre rendez-vous avec Paul, informateur jeunesse, est confirmé jeudi à 14h : jobs"
            " d'été, vos questions.",
        ),
        # the user taking questions on a club's interview panel
        (
            "Gespräch neuer Jugendtrainer",
            "Wir treffen den Bewerber am Freitag um 19 Uhr im Vereinsheim. Magst du die Fragen"
            " zur Jugendarbeit übernehmen?",
        ),
        (
            "Interview for the new treasurer",
            "We're meeting the candidate on Friday at 7pm at the clubhouse. Could you take the"
            " questions on the accounts?",
        ),
        # a flat viewing asking for an employment contract
        (
            "Visita confirmada",
            "Tu solicitud de visita para el piso de la calle Mayor está aceptada: sábado a las"
            " 11:00. Lleva tu contrato de trabajo y las últimas nóminas.",
        ),
    ],
)
def test_round_thirtytwo_lookalikes_are_other(subject: str, body: str) -> None:
    data = eml(body, subject=subject, sender="Info <hola@someone.example>")
    assert signal_of(data).kind is Kind.OTHER


def test_an_acknowledgement_describing_a_recorded_interview_to_come_is_a_receipt() -> None:
    body = (
        "Your application for the Graduate Programme has reached us.\n\nWhat happens next\n"
        "Shortlisted applicants are invited to a short recorded video interview, then to our"
        " assessment centre in March."
    )
    data = eml(body, subject="Thank you for applying", sender="Careers <noreply@bank.example>")
    assert signal_of(data).kind is Kind.APPLICATION_RECEIVED


def test_a_rejection_still_reads_where_nothing_denies_it() -> None:
    body = "Lamentablemente tu candidatura ha sido descartada en esta fase."
    data = eml(body, subject="Proceso Director/a Financiero/a", sender=AGENCY)
    assert signal_of(data).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Skikurs Winter 2026/27",
            "Wir würden dich gern fix für die Wintersaison nehmen - in den Kinderkurs am Vormittag,"
            " Gruppe Schneeflocke.",
        ),
        (
            "Votre emplacement",
            "On aimerait vous prendre pour la saison : emplacement 12, forfait juillet-août.",
        ),
        (
            "Welcome to the team!",
            "We'd like to take you on a quick tour of the kitchen before your first shift.",
        ),
        (
            "La boda",
            "Hemos decidido contar contigo como testigo en la boda, ¡no nos puedes fallar!",
        ),
    ],
)
def test_a_booking_a_tour_or_a_wedding_is_no_offer(subject: str, body: str) -> None:
    data = eml(body, subject=subject, sender="Info <hola@someone.example>")
    assert signal_of(data).kind is not Kind.OFFER
