"""Classes of language found by the twenty-fifth round of mail written blind (an ordinary search
written in one language per set), each written here in the languages it spans."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from classify_mail import ME, earlier, eml, reply_in_thread, signal_of, vevent

from followupd.dates import find_interview_times
from followupd.model import Person
from followupd.model.domain import Kind, Signal

SENDER = "Dana Cole <dana.cole@acme.example>"


def _kind(body: str, subject: str = "Re: Data Analyst role", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    "body",
    [
        "kurzes Update: Die Stelle wird jetzt aber intern mit einer Kollegin aus dem Vertrieb"
        " besetzt. Für diese Position geht es für Sie also nicht weiter, das tut mir leid. Ich"
        " melde mich, sobald ich etwas Passendes habe.",
        "Quick update: it won't be going any further for you on this one, sorry. I'll be in touch"
        " as soon as something else comes up.",
        "Quick update: the role is now going to an internal candidate. I'll be in touch as soon as"
        " something else comes up.",
        "Bonjour, pour ce poste la suite ne se fera pas avec vous. Je reviens vers vous si autre"
        " chose se présente.",
        "Merci encore pour l'échange. Ça s'arrête donc là pour vous sur ce poste, désolée.",
        "Hola, el puesto lo va a ocupar una persona de dentro de la empresa, así que por esta parte"
        " no sigue tu proceso. Te escribo si sale algo.",
    ],
)
def test_the_road_ending_for_the_user_is_a_rejection_though_they_will_write_again(
    body: str,
) -> None:
    assert _kind(body) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        # the post will be filled, not is: still open
        "Die Stelle wird im Frühjahr besetzt; wir melden uns, sobald wir die Gespräche planen.",
        "We'll decide soon whether it goes any further; I'll be in touch as soon as I hear.",
    ],
)
def test_a_post_still_to_fill_is_no_rejection(body: str) -> None:
    assert _kind(body) is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "could we chat this Friday? I'm free anywhere 5 to 8pm IST. pick a half hour and I'll send"
        " a meet link",
        "Thanks for applying! I'd love a quick call - I'm around Thursday between 2 and 5pm, grab"
        " any 30 minutes that suits you.",
        "Merci pour ta candidature. On s'appelle jeudi ? Je suis dispo entre 14h et 17h, choisis"
        " une demi-heure et je t'envoie un lien.",
        "Gracias por postularte. ¿Hablamos el jueves? Estoy libre de 14 a 17 h, elige media hora"
        " que te venga bien y te mando el enlace.",
        "Hallo Sam, vielen Dank für Ihre Bewerbung. Ich würde gern ein erstes Gespräch per Video"
        " führen, ca. 45 Minuten. Ich hätte Zeit:\n- Dienstag, 17. März um 10 Uhr\n- Mittwoch,"
        " 18. März um 14 Uhr\nFalls nichts davon passt, nennen Sie mir gern andere Zeiten.",
        "Merci pour votre candidature. J'aimerais qu'on fasse un premier point en visio, 45"
        " minutes environ. Je suis libre :\n- mardi 17 mars à 10h\n- mercredi 18 mars à 14h\nSi"
        " rien ne colle, proposez-moi d'autres horaires.",
        "Gracias por tu candidatura. Te propongo dos huecos:\n- martes 17 de marzo a las 10h\n-"
        " miércoles 18 de marzo a las 14h\nSi ninguno te encaja, proponme otros horarios.",
    ],
)
def test_a_window_or_times_left_to_pick_from_is_a_request(body: str) -> None:
    assert _kind(body) is Kind.INTERVIEW_REQUEST


def test_one_time_with_a_fallback_stays_a_booking() -> None:
    body = (
        "Vielen Dank für Ihre Bewerbung. Wir laden Sie zum Vorstellungsgespräch am Dienstag,"
        " 17. März um 10 Uhr ein. Falls der Termin nicht passt, nennen Sie uns bitte andere"
        " Zeiten."
    )
    assert _kind(body) is Kind.INTERVIEW_SCHEDULED


def test_an_emoji_ends_a_typed_sentence() -> None:
    antoine = Person("antoine@verdier.example", "Antoine")
    asked = Signal(Kind.INTERVIEW_REQUEST, ("a time asked about, not fixed",))
    signal = reply_in_thread(
        "Parfait mardi 11h 👍 je t'appelle sur ton portable, celui du CV c'est bien ça ? Compte"
        " 30 min max.",
        earlier(1, asked, writer=antoine),
        earlier(2, Signal(Kind.OTHER, ("written by the user",)), from_user=True, writer=antoine),
        sender="Antoine <antoine@verdier.example>",
        subject="Re: Ta candidature",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start is not None and signal.interview_start.hour == 11


@pytest.mark.parametrize(
    ("summary", "organizer"),
    [
        ("Interview - Callum Reid - Product Manager", ("Orla", "orla@brightwater.example")),
        ("Entretien candidat stage Data – Hugo Martin", ("Sandra", "sandra@brightwater.example")),
    ],
)
def test_an_invite_from_a_colleague_at_the_user_s_workplace_is_not_the_user_s_interview(
    summary: str, organizer: tuple[str, str]
) -> None:
    work = "sam.lee@brightwater.example"
    ics = vevent(
        summary=summary,
        organizer=organizer,
        attendees=(("Sam Lee", work), ("Callum Reid", "callum.reid@gmail.example")),
    )
    data = eml(
        "Je t'ajoute au jury pour cet entretien, merci !",
        subject=summary,
        sender=f"{organizer[0]} <{organizer[1]}>",
        to=f"Sam Lee <{work}>",
        ics=ics,
    )
    assert signal_of(data, me=(ME, work)).kind is Kind.OTHER


def test_an_employer_s_invite_to_the_user_s_personal_address_stays_an_interview() -> None:
    ics = vevent(attendees=(("Sam Lee", ME),))
    data = eml("Looking forward to it.", subject="Interview: Sam Lee", sender=SENDER, ics=ics)
    assert signal_of(data, me=(ME, "sam.lee@brightwater.example")).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Here's where we've got to: base up to €152,000, one week a month from Dublin, everything"
        " else as before. I've updated the letter in Personio. Friday 3 April is fine.",
        "Wir konnten noch etwas machen: Grundgehalt 82.000 € statt 78.000 €. Alles andere bleibt.",
        "On a pu revoir la rémunération : 58 k€ fixe au lieu de 55. Le reste ne change pas.",
        "Hemos podido subir el fijo a 52.000 € brutos; lo demás queda igual.",
    ],
)
def test_revised_terms_in_a_thread_whose_offer_the_user_answered_are_an_offer(body: str) -> None:
    deirdre = Person("deirdre@corrib.example", "Deirdre")
    offer = Signal(Kind.OFFER, ("offer",))
    counter = Signal(Kind.OTHER, ("written by the user",))
    signal = reply_in_thread(
        body,
        earlier(1, offer, writer=deirdre),
        earlier(30, counter, from_user=True, writer=deirdre),
        sender="Deirdre <deirdre@corrib.example>",
        subject="Re: the role",
        days=3,
    )
    assert signal.kind is Kind.OFFER


def test_a_salary_figure_outside_an_offer_s_thread_is_no_offer() -> None:
    body = "The role pays a base up to €152,000 plus equity; would you like to apply?"
    assert _kind(body) is not Kind.OFFER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "vielen Dank für Ihre Anfrage über ImmoScout24 zur 3-Raum-Wohnung. Ihre Bewerbung"
            " liegt uns vor, und wir laden Sie gern zu einer Besichtigung ein: Samstag, 28.03.,"
            " 10:30 Uhr. Bitte bringen Sie die Mieterselbstauskunft mit.",
            "Einladung zur Besichtigung",
        ),
        (
            "Thanks for your rental application. The letting agent will run tenant referencing"
            " and confirm the holding deposit; viewing on Saturday at 10:30.",
            "Your application",
        ),
        (
            "Le ministère accuse réception de votre déclaration d'intérêt au programme de"
            " sélection des travailleurs qualifiés (emploi, études).",
            "Accusé de réception",
        ),
        (
            "Hemos recibido tu solicitud de residencia. Te avisaremos cuando haya una resolución.",
            "Solicitud recibida",
        ),
        (
            "Ihr Antrag auf eine Aufenthaltserlaubnis ist eingegangen. Wir melden uns.",
            "Eingangsbestätigung",
        ),
    ],
)
def test_a_letting_or_an_immigration_file_is_no_job_application(body: str, subject: str) -> None:
    assert _kind(body, subject, "Service <noreply@service.example>") is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Le presenté tu perfil al cliente y les gustó. Están terminando de ver a otras personas;"
        " en cuanto me den feedback te escribo.",
        "The client liked your profile; they're finishing up with a few other people, and as soon"
        " as they get back to me I'll let you know.",
    ],
)
def test_a_recruiter_waiting_on_the_client_is_a_holding_reply(body: str) -> None:
    assert _kind(body, sender="Lucía <lucia@talento.example>") is Kind.HOLDING_REPLY


def test_an_interview_called_off_because_they_were_asked_to_freeze_is_cancelled() -> None:
    body = (
        "Mañana no voy a poder hacer nuestra llamada: nos han pedido congelar unos días las"
        " entrevistas de esta vacante. Así que la anulo.\n\nEn cuanto sepa algo te escribo yo"
        " para buscar otro hueco."
    )
    assert _kind(body) is Kind.INTERVIEW_CANCELLED


def test_a_shop_order_still_vetoes_a_cancellation() -> None:
    assert _kind("Tu pedido 4471 ha sido cancelado.", "Pedido cancelado") is not (
        Kind.INTERVIEW_CANCELLED
    )


def test_a_clock_named_by_its_country_after_de() -> None:
    sent = datetime(2026, 2, 19, 10, 15, tzinfo=timezone(timedelta(hours=-3)))
    text = "Te agendo para mañana viernes 20 a las 15 hs de Argentina (19 h en Madrid)."
    (first, *_) = find_interview_times(text, sent)
    assert first.start.isoformat() == "2026-02-20T15:00:00-03:00"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Ihre Unterlagen liegen beim Fachbereich, eine Entscheidung steht noch aus. Ob wir"
            " Sie zum Gespräch einladen, erfahren Sie bis spätestens Freitag, 3. April.",
            date(2026, 4, 3),
        ),
        (
            "Todavía no tengo una respuesta definitiva. A más tardar el viernes 20 de marzo le"
            " estaré contando en qué quedamos.",
            date(2026, 3, 20),
        ),
        (
            "Nous n'avons pas encore tranché. Vous saurez au plus tard le vendredi 20 mars si nous"
            " vous recevons.",
            date(2026, 3, 20),
        ),
    ],
)
def test_when_the_user_will_learn_the_answer_is_a_decision_date(body: str, day: date) -> None:
    signal = signal_of(eml(body, subject="Re: Ihre Bewerbung / your application"))
    assert signal.decision_by == day
