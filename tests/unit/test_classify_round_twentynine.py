"""Round 29: calendar entries published to a whole list, a work meeting an outsider books with no
word of hiring in it ("interim" is an English adjective too, "he puesto" a participle), trial
shifts and hiring days, a shop's hiring words and offers, answers promised by a day, requests
put as a day and a time, look-alikes of public services and accounts."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of, vevent

from followupd.mail import parse_message
from followupd.model.domain import Kind

WORK = "sam.lee@hollow-gears.example"
ME_BOTH = ("sam.lee@example.net", WORK)


@pytest.mark.parametrize(
    ("subject", "body", "list_headers"),
    [
        (
            "Webinar: acing the panel interview",
            "Join our recruiters live on Thursday: how panel interviews work and what hiring"
            " managers look for. The calendar entry is attached.",
            (("List-Id", "Careers news <careers.news.example>"),),
        ),
        (
            "Einladung: Karriereabend der Alumni",
            "Am Donnerstag um 19 Uhr spricht unsere Personalchefin über Vorstellungsgespräche und"
            " Bewerbungen. Den Kalendereintrag finden Sie im Anhang.",
            (("Precedence", "bulk"),),
        ),
        (
            "Atelier : réussir son entretien d'embauche",
            "Notre atelier de jeudi 18h : simuler un entretien d'embauche avec une recruteuse."
            " Le rendez-vous est dans votre agenda.",
            (("List-Id", "<ateliers.club-emploi.example>"), ("Precedence", "list")),
        ),
        (
            "Feria de empleo: tu entrada",
            "Te esperamos el jueves en la feria: entrevistas rápidas con empresas que contratan."
            " Adjuntamos la cita para tu calendario.",
            (("Precedence", "bulk"), ("List-Unsubscribe", "<https://feria.example/baja>")),
        ),
    ],
)
def test_an_event_sent_to_a_list_is_no_interview(
    subject: str, body: str, list_headers: tuple[tuple[str, str], ...]
) -> None:
    ics = vevent(method="PUBLISH", summary=subject, organizer=("Events", "events@club.example"))
    sender = "Events <events@club.example>"
    data = eml(body, subject=subject, sender=sender, headers=list_headers, ics=ics)
    assert signal_of(data).kind is Kind.OTHER


def test_an_ats_invite_that_can_be_unsubscribed_from_stays_an_interview() -> None:
    """Mail platforms add List-Unsubscribe to transactional mail: no list in that."""
    ics = vevent(summary="Interview: Sam Lee - Data Engineer")
    data = eml(
        "Your interview with the data team is confirmed, see the invitation attached.",
        subject="Interview confirmed: Data Engineer",
        headers=(("List-Unsubscribe", "<mailto:unsubscribe@acme.example>"),),
        ics=ics,
    )
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Pre-meeting: draft accounts",
            "Ahead of the board I'd like an hour with you and Priya on the draft accounts and the"
            " points from the interim audit. I've put Wednesday 16:00 in the diary.",
        ),
        (
            "Vorbesprechung Prüfungsausschuss",
            "vor der Sitzung möchte ich mit Ihnen und Frau Kuhn eine Stunde die Zahlen durchgehen."
            " Ich habe Mittwoch 16 Uhr eingetragen.",
        ),
        (
            "Point préparatoire comité d'audit",
            "Avant le comité, je vous propose une heure avec vous et Priya sur les comptes. J'ai"
            " bloqué mercredi 16h.",
        ),
        (
            "Reunión previa: comité de auditoría",
            "Antes del comité me gustaría una hora contigo y con Priya para revisar las cuentas."
            " He puesto el miércoles a las 16:00.",
        ),
    ],
)
def test_a_work_meeting_an_outsider_books_is_no_interview(subject: str, body: str) -> None:
    colleague = ("Priya Nair", "priya.nair@hollow-gears.example")
    ics = vevent(
        summary=subject,
        organizer=("Piet Dalen", "piet@dalen-advisory.example"),
        attendees=(("Sam Lee", WORK), colleague, ("Ann Audit", "ann@audit-firm.example")),
    )
    data = eml(
        body,
        subject=subject,
        sender="Piet Dalen <piet@dalen-advisory.example>",
        to=f"Sam Lee <{WORK}>",
        headers=(("Cc", "Priya Nair <priya.nair@hollow-gears.example>"),),
        ics=ics,
    )
    assert signal_of(data, ME_BOTH).kind is Kind.OTHER


def test_an_employer_s_invite_to_the_user_s_personal_address_stays_an_interview() -> None:
    """A work address among the user's own does not make every outside invite work."""
    ics = vevent(attendees=(("Sam Lee", "sam.lee@example.net"), ("Lee Park", "lee@acme.example")))
    data = eml("Looking forward to our interview on Tuesday.", subject="Interview", ics=ics)
    assert signal_of(data, ME_BOTH).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    ("body", "hiring"),
    [
        ("Can we go through the interim results before Friday's call?", False),
        ("The interim report is attached; comments welcome by Tuesday.", False),
        (
            "We're looking for an interim CFO for six months - is an interim mandate of interest?",
            True,
        ),
        ("Notre agence d'intérim cherche un cariste pour une mission d'intérim à Lyon.", True),
        ("Je suis intérimaire chez vous depuis mars.", True),
    ],
)
def test_interim_is_a_hiring_word_only_for_a_post(body: str, hiring: bool) -> None:
    from followupd.understand import classifier

    mail = parse_message(eml(body, subject="Quick one", sender="Kim <kim@kim-consult.example>"))
    assert classifier._speaks_of_hiring(mail, frozenset({"sam.lee@example.net"})) is hiring


HIRING = "Re: your application / Bewerbung / candidature / candidatura"
SHOP = "Doreen Pietsch <d.pietsch@baeckerei-wiedemann.example>"


def _read(body: str, subject: str = HIRING, sender: str = SHOP) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Your trial shift is confirmed for Saturday 10am-2pm.", Kind.INTERVIEW_SCHEDULED),
        ("Could you come in for a trial shift on Friday from 5 to 9pm?", Kind.INTERVIEW_REQUEST),
        (
            "Können Sie am Donnerstag zum Probearbeiten kommen? 6 Uhr bis ca 10, Filiale"
            " Kastanienallee 51.",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Nous vous proposons une journée d'immersion le mercredi 22 avril, de 8h30 à 16h30.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "¿Te late venir el viernes 20 a las 5 de la tarde para un día de prueba? Serían como 4"
            " horas.",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Priya went home sick, so tomorrow's intro (8:30am PT / 3:30pm your time) is off. I'll"
            " circle back with new slots once she's on her feet again.",
            Kind.INTERVIEW_CANCELLED,
        ),
    ],
)
def test_a_trial_shift_or_day_is_met_like_an_interview(body: str, kind: Kind) -> None:
    assert _read(body) is kind


@pytest.mark.parametrize(
    "body",
    [
        "Me dejaste tu CV el sábado con Fer. Ando buscando a alguien para la barra.",
        "We're looking for someone for the bar this summer, and we have spots to fill by May.",
        "Wir suchen noch jemanden für die Frühschicht, zwei Stellen sind zu besetzen.",
        "Un poste est à pourvoir au comptoir ; viens faire une journée d'essai.",
    ],
)
def test_a_shop_s_hiring_words_make_hiring_mail(body: str) -> None:
    from followupd.understand import classifier

    mail = parse_message(eml(body, subject="Hola", sender="Rodrigo <rodrigo@laguera.example>"))
    assert classifier._speaks_of_hiring(mail, frozenset({"sam.lee@example.net"}))


def test_a_software_trial_is_no_trial_day() -> None:
    from followupd.understand import classifier

    body = "Tu prueba gratuita caduca el domingo: te quedan los 14 días de prueba."
    mail = parse_message(
        eml(body, subject="Tu prueba", sender="Álvaro <alvaro@metricalia.example>")
    )
    assert not classifier._speaks_of_hiring(mail, frozenset({"sam.lee@example.net"}))


@pytest.mark.parametrize(
    "body",
    [
        "hat heute super geklappt. Wir würden Sie gern nehmen, 30 Std/Woche, Frühschicht.",
        "Cest bon pour nous, tes engagée si tu veux toujours. Formation samedi 6h30.",
        "Good news, the client liked your profile and wants you on the day crew. Start: Monday.",
        "You're hired if you still want it! First shift Saturday 6:30.",
        "Te quedas con el puesto si todavía te interesa. Empiezas el lunes a las 7.",
        "Dispone de 24 horas para aceptar o rechazar la oferta de nombramiento.",
        "You have until Friday to accept or decline this offer of a fixed-term post.",
    ],
)
def test_a_hire_said_in_a_line_is_an_offer(body: str) -> None:
    assert _read(body) is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "The team leads are going through their notes this week. You'll hear from me either way"
        " by Friday 3 April at the latest.",
        "Aktuell schauen sich zwei Personen aus dem Team alle Aufzeichnungen an. Sie hören"
        " spätestens am Freitag, 10. April, von mir, ob und wie es weitergeht.",
        "Seguimos con las entrevistas esta semana. Te escribimos antes del viernes con lo que sea.",
    ],
)
def test_an_answer_promised_by_a_day_is_a_holding_reply(body: str) -> None:
    assert _read(body) is Kind.HOLDING_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Nous ne sommes donc pas en mesure de vous donner une réponse aujourd'hui comme prévu."
        " Je reviens vers vous dès que possible.",
        "No podremos darte una respuesta el viernes como estaba previsto, seguimos evaluando.",
    ],
)
def test_a_date_said_to_be_missed_is_no_decision_date(body: str) -> None:
    signal = signal_of(eml(body, subject=HIRING, sender=SHOP))
    assert signal.kind is Kind.HOLDING_REPLY
    assert signal.decision_by is None


def test_someone_named_as_joining_by_asking_questions_is_met() -> None:
    body = (
        "Sie sprechen mit Dr. Miriam Vogt und Felix Baumann. Sabine Roth aus dem Plattformbetrieb"
        " ist aus Hamburg zugeschaltet und wird ebenfalls Fragen stellen."
    )
    ics = vevent(
        summary="Fachgespräch",
        attendees=(("Sam Lee", "sam.lee@example.net"), ("Felix Baumann", "felix@acme.example")),
    )
    signal = signal_of(eml(body, subject="Fachgespräch", ics=ics))
    assert "Sabine Roth" in " ".join(signal.evidence)


def test_an_agent_who_will_call_with_the_answer_is_no_interviewer() -> None:
    body = (
        "Te confirmo la entrevista con Marta Iglesias (marta.iglesias@finanzia.example) el jueves"
        " 1 de octubre a las 12:00. Nos darán una respuesta el viernes 9, y en cuanto la tenga te"
        " llamo."
    )
    signal = signal_of(eml(body, subject="Re: Oportunidad", sender=AGENT))
    assert [p.address for p in signal.interviewers] == ["marta.iglesias@finanzia.example"]


AGENT = "Javier Ruiz <javier.ruiz@talentonorte.example>"


def test_a_doctor_on_the_panel_is_no_medical_appointment() -> None:
    body = (
        "Je vous propose de nous rencontrer le mardi 14 avril à 14h00 pour un entretien. La"
        " commission :\n- Dr Alain Mercadier, médecin responsable de l'URC\n- moi-même, pour les"
        " ressources humaines."
    )
    ics = vevent(summary="Convocation entretien – IDE de recherche clinique")
    data = eml(body, subject="Convocation entretien – IDE de recherche clinique", ics=ics)
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


def test_a_summons_to_a_selection_act_is_an_interview() -> None:
    body = (
        "Por indicación de la Presidenta de la Comisión de Selección, se le convoca al acto de"
        " presentación de candidatos, que tendrá lugar el martes 12 de mayo de 2026 a las 10:00 en"
        " la Sala de Grados."
    )
    assert _read(body, "Convocatoria – Plaza PPL-2026-18", SHOP) is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Heads up on time zones: for these two weeks Pacific is only 7 hours behind Lisbon instead"
        " of 8. Pick a slot here: https://app.goodtime.io/self-schedule/x, 8-10am PT.",
        "Achtung: diese Woche sind es nur 7 Stunden Zeitunterschied statt 8. Slots: 9-11 Uhr.",
    ],
)
def test_a_clock_difference_told_moves_nothing(body: str) -> None:
    assert _read(body) is not Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Mejora tu CV con nuestros expertos: ¿qué día te viene mejor para una demo?",
        "Boost your CV with our coaches - which day suits you for a quick demo?",
    ],
)
def test_a_demo_asked_for_is_no_interview(body: str) -> None:
    assert _read(body, "Demo", "Sales <hello@vendor.example>") is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "bitte kommen Sie am Freitag, 27.03.2026, um 09:15 Uhr zu einem Gespräch über Ihre"
        " berufliche Situation und Ihre bisherigen Bewerbungsaktivitäten.",
        "Please attend on Friday at 9:15am to review your job search activities with your work"
        " coach.",
        "Vous êtes convoqué vendredi à 9h15 pour faire le point sur vos démarches de recherche"
        " d'emploi.",
        "Le citamos el viernes a las 9:15 para revisar sus gestiones de búsqueda de empleo.",
    ],
)
def test_a_job_centre_appointment_is_no_interview(body: str) -> None:
    sender = "Agentur <noreply@jobs-agency.example>"
    assert _read(body, "Einladung / Invitation / Convocation / Cita", sender) is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "A new message concerning your application EPSO/AD/418/25 has been posted to your"
        " account. Please sign in to your account to read it.",
        "Un nouveau message concernant votre candidature EPSO/AD/418/25 a été déposé dans votre"
        " compte. Veuillez vous connecter à votre compte pour en prendre connaissance.",
    ],
)
def test_a_message_left_in_the_account_is_no_receipt(body: str) -> None:
    sender = "EPSO <noreply-epso-account@epso.example>"
    assert _read(body, "New message in your account", sender) is not Kind.APPLICATION_RECEIVED


@pytest.mark.parametrize(
    "body",
    [
        "Est-ce que mardi 10h vous convient ?",
        "Mardi 10h, ça te va ?",
        "Passt Ihnen Dienstag um 10 Uhr?",
        "Hi Mara, passt dir do 14h? Tobias hätte da ne lücke.",
        "Würde Ihnen Donnerstag, 12. März, passen?",
    ],
)
def test_a_day_and_time_put_as_a_question_is_a_request(body: str) -> None:
    assert _read(body, "Re: Product Analyst (m/w/d) – candidature") is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "Passt dir das so mit dem Vertrag?",
        "Mardi me convient parfaitement.",
        "Je t'invite à boire un verre samedi 14, ça te dit ?",
    ],
)
def test_no_day_asked_or_a_friend_s_plan_is_no_request(body: str) -> None:
    assert _read(body, "Re: Product Analyst (m/w/d) – candidature") is not Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "Nearly all of last summer's crew said yes to coming back, so the bar is full for 2026."
        " I've cancelled the call you booked rather than waste your time, sorry.",
        "Leider ist das Team schon komplett, deshalb habe ich unser Telefonat abgesagt.",
        "Désolée, l'équipe est déjà complète : j'ai annulé notre appel de jeudi.",
        "Lo siento, ya tenemos el equipo completo, así que cancelé la llamada del jueves.",
    ],
)
def test_a_call_cancelled_because_the_team_is_full_is_a_rejection(body: str) -> None:
    assert _read(body, "Re: Summer bar staff / Aushilfe / serveuse / camarera") is Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "On a bien reçu ta candidature. Au lieu de faire des entrevues une à une, on organise"
            " une journée d'embauche sur place : samedi 21 février, entre 9 h et 13 h.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Leider ist Frau Kaya krank, daher kann das Gespräch morgen nicht wie geplant"
            " stattfinden. Als Ersatztermin nennt sie Mittwoch, den 1. April, um 14:00 Uhr.",
            Kind.INTERVIEW_RESCHEDULED,
        ),
        (
            "Le confirmamos que su solicitud se ha presentado correctamente. Fecha y hora de"
            " presentación: 27/01/2026 19:33:12.",
            Kind.APPLICATION_RECEIVED,
        ),
    ],
)
def test_public_and_frontline_notices(body: str, kind: Kind) -> None:
    assert _read(body, "Candidature / Vorstellungsgespräch / Solicitud") is kind


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Sans admission par la directrice avant cette date, la place pourra être attribuée à"
            " un autre enfant.",
            "Inscriptions scolaires <inscriptions@ville.example>",
        ),
        (
            "Pour compléter votre dossier (avis d'imposition, justificatifs de ressources, contrat"
            " de travail ou promesse d'embauche), connectez-vous à votre espace.",
            "Logement social <ne-pas-repondre@logement.example>",
        ),
        (
            "Ich hab heute den Anruf bekommen – der Präsident hat mir den Ruf auf die W2"
            " erteilt!!!",
            "Steffi <steffi.brandl@web.de>",
        ),
    ],
)
def test_a_school_place_a_housing_file_a_friend_s_appointment_are_other(
    body: str, sender: str
) -> None:
    assert _read(body, "Affectation / Demande / Ruf !!!", sender) is Kind.OTHER


@pytest.mark.parametrize(
    ("summary", "headers"),
    [
        ("Interview: Sam Lee - Data Engineer", (("Precedence", "bulk"),)),
        ("Entretien – jury de recrutement", (("List-Id", "<jury.univ.example>"),)),
    ],
)
def test_a_meeting_request_through_a_list_stays_an_interview(
    summary: str, headers: tuple[tuple[str, str], ...]
) -> None:
    ics = vevent(summary=summary)
    data = eml(
        "Your interview is booked, see the invitation.", subject=summary, headers=headers, ics=ics
    )
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


def test_a_headhunter_asking_about_the_user_s_situation_is_no_job_centre() -> None:
    body = (
        "hätten Sie Zeit für ein kurzes Gespräch über Ihre berufliche Situation? Passt Ihnen"
        " Dienstag um 10 Uhr?"
    )
    assert _read(body, "Vertrauliche Anfrage – Head of Finance", AGENT) is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "You'll be meeting Ana García (ana.garcia@acme.example) and me, and once you have your"
        " portfolio ready, bring a printed copy. Tuesday 10 March at 2pm, our office.",
        "Ich bestätige Ihnen unser Vorstellungsgespräch am Dienstag, 10. März, um 14 Uhr mit Herrn"
        " Weber (weber@acme.example) und mir; wenn Sie vorab Fragen haben, melden Sie sich gern.",
        "Te confirmo la entrevista el martes 10 de marzo a las 14:00. La entrevista será conmigo y"
        " con Ana (ana@acme.example); cuando tengas dudas, escríbeme.",
    ],
)
def test_an_interviewer_who_says_once_you_have_stays_an_interviewer(body: str) -> None:
    signal = signal_of(eml(body, subject="Interview – Tuesday 10 March / Vorstellungsgespräch"))
    assert "dana.cole@acme.example" in [p.address for p in signal.interviewers]


def test_a_date_kept_as_planned_stays_the_decision_date() -> None:
    body = "Nous ne vous répondrons pas avant le vendredi 13 mars, comme prévu."
    signal = signal_of(eml(body, subject="Votre candidature", sender=SHOP))
    assert signal.decision_by is not None


@pytest.mark.parametrize("domain", ["hotmail.fr", "yahoo.es", "live.com.mx", "outlook.de"])
def test_national_webmail_domains_are_freemail(domain: str) -> None:
    from followupd.understand.senders import is_freemail

    assert is_freemail(domain)


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. You have been shortlisted for interview for the post of Band 5"
        " Staff Nurse. Please log in to your account to accept or decline the offer of interview on"
        " Tuesday 10 March at 2pm.",
        "Suite à votre candidature, nous vous proposons un entretien le mardi 10 mars à 14h. Merci"
        " d'accepter ou refuser cette proposition de rendez-vous depuis votre espace candidat.",
        "Te hemos convocado a una entrevista para el puesto el martes 10 de marzo a las 10:00."
        " Puedes aceptar o rechazar la oferta de entrevista desde tu área de candidato.",
    ],
)
def test_an_interview_offered_to_accept_or_decline_is_no_job_offer(body: str) -> None:
    assert _read(body, "Interview / Entretien / Entrevista") is not Kind.OFFER


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Tu día de prueba gratis en el gimnasio está reservado para el martes 10 de marzo a las"
            " 18:00.",
            "GymFit <hola@gymfit.example>",
        ),
        (
            "Votre journée d'essai au club d'escalade est confirmée mardi 10 mars à 18h.",
            "Club <contact@escalade.example>",
        ),
        (
            "Os confirmamos el día de prueba de Leo en la guardería el lunes 9 de marzo a las"
            " 9:00.",
            "Guardería <hola@guarderia.example>",
        ),
        (
            "Votre inscription à la journée d'immersion en licence de psychologie est confirmée :"
            " mercredi 11 mars à 9h.",
            "Université <scolarite@univ.example>",
        ),
    ],
)
def test_a_free_trial_day_at_a_gym_a_club_or_a_school_is_no_interview(
    body: str, sender: str
) -> None:
    assert _read(body, "Confirmación / Confirmation", sender) is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "We're short on kitchen staff this week so Carla wants you on the night shift Thursday and"
        " Friday.",
        "We've got two new people doing a trial shift on Saturday, so Greg wants you on the early"
        " shift to show them around.",
    ],
)
def test_a_rota_from_the_user_s_current_job_is_no_offer(body: str) -> None:
    assert _read(body, "Rota", "Greg <greg@theredlion.example>") is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Hi, you will hear from us no later than Friday 20 March as planned.",
        "Te escribimos no más tarde del viernes 20 de marzo, como estaba previsto.",
    ],
)
def test_no_later_than_as_planned_keeps_the_date(body: str) -> None:
    signal = signal_of(eml(body, subject="Your application / Tu candidatura", sender=SHOP))
    assert signal.decision_by is not None
