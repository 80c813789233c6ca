"""The messages of the review of this stop's change (rounds 25 and 26) that must keep their
reading: money in an offer's thread that is no new offer, an agency's "not yet", an offer said
not to be withdrawn, a product's new direction, a permit an offer helps with, another event
cancelled, another meeting at the same time, interview-day wording."""

from __future__ import annotations

from datetime import datetime

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of

from followupd.model import Person
from followupd.model.domain import Kind, Signal

SENDER = "Dana Cole <dana.cole@acme.example>"
AGENCY = "Jo Reed <jo@reed-talent.example>"
DEIRDRE = Person("deirdre@corrib.example", "Deirdre")


def _kind(body: str, subject: str = "Re: Data Analyst role", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


def _after_an_offer(body: str) -> Signal:
    return reply_in_thread(
        body,
        earlier(1, Signal(Kind.OFFER, ("offer",)), writer=DEIRDRE),
        sender="Deirdre <deirdre@corrib.example>",
        subject="Re: the role",
        days=3,
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "I'd like to invite you to a second interview for the senior role too - salary range"
            " €90k-€110k. Are you free Thursday at 2pm?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Sadly the budget was cut and we can't proceed with the offer. We'd still pay your"
            " travel costs of €120 per day of the trip.",
            Kind.REJECTION,
        ),
    ],
)
def test_money_in_an_offer_s_thread_that_is_no_revised_offer(body: str, kind: Kind) -> None:
    assert _after_an_offer(body).kind is kind


def test_lunch_money_after_an_offer_is_no_new_offer() -> None:
    assert _after_an_offer("Small thing: lunch is covered, €10 per day.").kind is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "I'm going to put you forward to the client tomorrow - I can't put you forward until I've"
        " got your right-to-work docs though.",
        "I won't be submitting you to the client until Monday as the hiring manager is off.",
        "je ne vais pas présenter votre candidature au client cette semaine car il est en congés ;"
        " je le ferai lundi.",
        "Ich kann Sie erst nächste Woche beim Kunden vorstellen, bevor dann Ihr Lebenslauf fertig"
        " ist.",
        "No voy a presentar tu candidatura hasta que me mandes el CV actualizado.",
    ],
)
def test_an_agency_s_not_yet_is_no_rejection(body: str) -> None:
    assert _kind(body, sender=AGENCY) is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Hola Sam, no vamos a retirar la oferta, tranquilo. Solo cambia la fecha de inicio.",
        "We won't rescind the offer - don't worry, only the start date moves.",
        "Acme are not going to withdraw the offer; the start date moves to June.",
        "Keine Sorge, wir ziehen das Angebot nicht zurück; nur der Starttermin verschiebt sich.",
        "Rassurez-vous, nous ne retirons pas notre offre : seule la date d'arrivée change.",
    ],
)
def test_an_offer_said_not_to_be_withdrawn_is_no_rejection(body: str) -> None:
    assert _kind(body) is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "das Produktteam hat sich entschieden, technisch eine andere Richtung einzuschlagen -"
        " daher sprechen Sie am Donnerstag mit Frau Weber.",
        "l'équipe a décidé de prendre une autre direction pour le projet, l'entretien de jeudi se"
        " fera donc avec Claire.",
        "hemos decidido tomar otra dirección con el diseño del producto; la entrevista del jueves"
        " será con Marta.",
    ],
)
def test_a_product_s_new_direction_is_no_rejection(body: str) -> None:
    assert _kind(body) is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "wir freuen uns, Ihnen die Stelle anzubieten! Wir unterstützen Sie beim Antrag auf eine"
        " Blaue Karte.",
        "nos complace ofrecerte el puesto. Te ayudamos con tu solicitud de residencia.",
        "nous avons le plaisir de vous proposer le poste. Nous accompagnons votre demande de"
        " permis de travail.",
    ],
)
def test_an_offer_that_helps_with_a_permit_stays_an_offer(body: str) -> None:
    assert _kind(body) is Kind.OFFER


def test_another_event_cancelled_leaves_the_interview() -> None:
    body = (
        "The team canceled the event for Friday (the summer party), but your interview on"
        " Thursday at 2pm stays."
    )
    assert _kind(body) is not Kind.INTERVIEW_CANCELLED


def test_another_meeting_at_the_same_time_moves_nothing() -> None:
    dana = Person("dana.cole@acme.example", "Dana")
    booked = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=datetime.fromisoformat("2026-03-10T14:00:00-05:00"),
    )
    signal = reply_in_thread(
        "The CTO will join on Wednesday at the same time for a separate call about relocation;"
        " your interview Tuesday 2pm stays.",
        earlier(1, booked, writer=dana),
        sender=SENDER,
        subject="Re: Interview",
        days=2,
    )
    assert signal.kind is not Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "I'd like you to come and build a small prototype with us during the onsite on Thursday.",
        "Here's what they've put on the table for the interview day: a coding pair session and a"
        " system design round. Thursday 10am.",
        "voici ce qu'ils ont mis sur la table pour l'entretien : un cas pratique, jeudi à 10h.",
        "We have put together an offer for the conference tickets - 20% off for recruiters.",
    ],
)
def test_interview_day_wording_and_sales_are_no_offer(body: str) -> None:
    assert _kind(body, sender=AGENCY) is not Kind.OFFER


def test_times_awaited_from_the_client_are_no_holding_reply() -> None:
    body = "As soon as they get back to me with times, I'll send the invite for the second round."
    assert _kind(body, sender=AGENCY) is not Kind.HOLDING_REPLY


def test_an_interview_invite_naming_a_piece_of_news_stays_an_interview() -> None:
    body = (
        "Thanks for interviewing with us. For the piece on remote hiring our comms team is"
        " writing, could we mention the process? Separately: we'd like to invite you to a second"
        " interview on Thursday 5 March at 2pm."
    )
    assert _kind(body) is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "For the next stage we'd like you to build a small dashboard as a take-home exercise.",
        "For the final stage we'd like you to lead a 30-minute case study with the team.",
        "Great news!\nThey want you back.\nCan you do Thursday 12 March at 2pm for the second"
        " round?",
        "Hola Sam, te han elegido a ti para la entrevista final con el director el jueves.",
    ],
)
def test_a_task_or_another_round_is_no_offer(body: str) -> None:
    assert _kind(body, "Data Engineer - next steps", AGENCY) is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "I've passed your request for a base of €152,000 to the hiring manager. I'll get back to"
        " you by Friday.",
        "the client is still reviewing the 95 €/h you asked for. You'll have an answer from me by"
        " Thursday.",
        "I'm afraid we aren't able to meet your counter of €95,000. The salary of €88,000 is our"
        " final position.",
        "leider können wir beim Grundgehalt nicht über 80.000 € gehen. Das ist unser letztes Wort.",
        "la mutuelle est prise en charge à 60 %, et le variable est de 10 % du fixe (5 000 €).",
    ],
)
def test_negotiation_in_an_offer_s_thread_is_no_new_offer(body: str) -> None:
    assert _after_an_offer(body).kind is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "thanks for today! The team would like you back for the final round on Thursday 12 March,"
        " same time, with our CTO.",
        "danke für heute! Wir möchten Sie zur zweiten Runde am Donnerstag, 12.03., zur gleichen"
        " Uhrzeit einladen.",
        "¡gracias por hoy! Queremos verte en la segunda ronda el jueves 12 de marzo a la misma"
        " hora.",
    ],
)
def test_the_next_round_at_the_same_time_is_no_move(body: str) -> None:
    dana = Person("dana.cole@acme.example", "Dana")
    booked = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=datetime.fromisoformat("2026-03-02T14:00:00-05:00"),
    )
    signal = reply_in_thread(
        body, earlier(1, booked, writer=dana), sender=SENDER, subject="Re: Interview", days=1
    )
    assert signal.kind is not Kind.INTERVIEW_RESCHEDULED


def test_an_interview_invite_that_mentions_the_first_day_stays_an_interview() -> None:
    from classify_mail import vevent

    ics = vevent(summary="Interview: Sam Lee - Data Engineer")
    body = "Bring any questions - e.g. what your first day would look like, the team, the stack."
    data = eml(body, subject="Interview: Sam Lee - Data Engineer", sender=SENDER, ics=ics)
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Confirmed for Saturday 14 March at 7pm, see you at mine. Bring snacks!\n\n--\nJo Park\n"
        "Senior Recruiter | Hexacorp",
        "ich bestätige unser Treffen am Dienstag, 10.03. um 19 Uhr im Biergarten.\n\n--\nJo Park\n"
        "Personalreferentin",
    ],
)
def test_a_recruiter_s_own_evening_is_no_interview(body: str) -> None:
    assert _kind(body, "Samstag / Saturday", "Jo Park <jo.park@hexacorp.example>") is Kind.OTHER


def test_german_ist_after_a_time_is_no_indian_zone() -> None:
    from followupd.dates import find_interview_times

    sent = datetime.fromisoformat("2026-03-09T10:00:00+01:00")
    text = "ich bestätige Ihnen, dass das Vorstellungsgespräch am Donnerstag, 12.03. um 14:30 ist."
    (found,) = find_interview_times(text, sent)
    assert found.start.utcoffset() != datetime.fromisoformat("2026-01-01T00:00+05:30").utcoffset()


# The third review (of the mends above and round 27).
@pytest.mark.parametrize(
    "body",
    [
        "I went back to the team: base is now €155,000, which is our final position.",
        "we've moved you to the top of the range: base now €98,000 plus 10% bonus.",
        "we can't go to 110k, but we've increased the base to €104,000.",
        "wir haben das Grundgehalt auf 88.000 € erhöht - mehr ist leider nicht möglich.",
        "nous avons revu notre offre : salaire de 58 000 € au lieu de 55 000 €, c'est notre"
        " dernier mot.",
    ],
)
def test_a_real_revised_offer_with_its_limit_stays_an_offer(body: str) -> None:
    assert _after_an_offer(body).kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "As the position was frozen due to budget cuts, we are unable to move forward with your"
        " application.",
        "The headcount was paused by finance and we have decided not to proceed with your"
        " application at this time.",
        "I'm not going to put you forward for this one - the client wants someone who has run a"
        " data platform migration before.",
        "I can't put you forward to the client - they won't consider anyone without SC clearance,"
        " sorry.",
    ],
)
def test_a_budget_freeze_or_an_agency_s_reasoned_no_stays_a_rejection(body: str) -> None:
    assert _kind(body, sender=AGENCY) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Here's what they've put on the table: £650 a day, outside IR35, 6 months with a view to"
        " extend.",
        "we've put together an offer: £85,000 base, 25 days holiday. Letter attached.",
    ],
)
def test_terms_laid_out_stay_an_offer(body: str) -> None:
    assert _kind(body, sender=AGENCY) is Kind.OFFER


def test_a_first_day_invite_in_the_interview_s_thread_is_no_interview() -> None:
    from classify_mail import vevent

    ics = vevent(summary="Erster Arbeitstag bei Brennwert")
    body = "Für Ihren ersten Tag schicke ich Ihnen gleich einen Termin mit: wir starten um 9 Uhr."
    data = eml(body, subject="Re: Interview - Data Engineer", sender=SENDER, ics=ics)
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Your training in data science caught my eye. Are you free Thursday at 2pm for a"
            " quick call?\n\n--\nJo Park\nSenior Recruiter",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "vielen Dank für das nette Gespräch auf der Karrieremesse! Gerne möchten wir Sie zu"
            " einem Vorstellungsgespräch einladen. Passt Ihnen Donnerstag um 14 Uhr?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Heads up - the req is closing on Friday, so I'd like to get you in front of the hiring"
            " manager before then. Are you free Wednesday at 3pm?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "In the meantime we decided to bring on a contractor to cover the migration, but the"
            " permanent role is still open and we'd love to talk. Are you free Thursday at 10am?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Confirmation de votre entretien avec votre conseiller Randstad le jeudi 5 mars à 14h,"
            " pour le poste de comptable chez Acme.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Votre candidature au poste de Chargé de clientèle a bien été reçue. Suivez son"
            " avancement depuis votre espace client.",
            Kind.APPLICATION_RECEIVED,
        ),
        ("Thank you for applying for the Card Risk Analyst role at Acme Bank.", None),
        ("Thank you for your application for Business Development Manager - Prepaid Card.", None),
    ],
)
def test_real_news_near_the_new_look_alike_words_is_kept(body: str, kind: Kind | None) -> None:
    got = _kind(body, "Re: your application / Ihre Bewerbung", "Jo Park <jo@acme.example>")
    assert got is (kind or Kind.APPLICATION_RECEIVED)


@pytest.mark.parametrize(
    "body",
    [
        "¡Genial Sam! Dime cuándo puedes empezar y preparo el contrato.",
        "Dis-moi quand t'es dispo pour commencer, je prépare le contrat.",
        "Je vous propose un point téléphonique pour finaliser votre contrat et la date de"
        " démarrage.",
    ],
)
def test_a_start_date_or_a_contract_asked_after_an_offer_is_no_request(body: str) -> None:
    assert _after_an_offer(body).kind is not Kind.INTERVIEW_REQUEST


def test_i_m_off_on_monday_is_not_the_day_met() -> None:
    from followupd.dates.same_time import same_time_on_day

    sent = datetime.fromisoformat("2026-03-06T09:00:00+01:00")
    fixed = datetime.fromisoformat("2026-03-10T14:00:00+01:00")
    moved = same_time_on_day("I'm off on Mon, could we do same time on Wed?", sent, fixed)
    assert moved is not None and moved.day == 11


def test_a_revision_word_elsewhere_in_the_mail_revises_nothing() -> None:
    body = "Quick logistics: parking is €5 per day.\n\nThe office is now open on Fridays."
    assert _after_an_offer(body).kind is not Kind.OFFER
