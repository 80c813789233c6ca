"""The review of round 18's change (3517186..76d56b0): each finding's messages, with the reading
they must keep, in the languages the finding spans."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.decision import decision_day
from followupd.dates.mentions import find_interview_times
from followupd.model import Person
from followupd.model.domain import Kind, Signal

ACME = Person("dana.cole@acme.example", "Dana Cole")
SENDER = "Dana Cole <dana.cole@acme.example>"
TUESDAY_2PM = datetime.fromisoformat("2026-03-10T14:00:00-04:00")


def _read(body: str, subject: str = "Re: Data Analyst role") -> Signal:
    return signal_of(eml(body, subject=subject, sender=SENDER))


def _clock(signal: Signal) -> tuple[int, int, int] | None:
    start = signal.interview_start
    return None if start is None else (start.month, start.day, start.hour)


# H1: consent to a recording or to keeping a CV is interview logistics, not a consent renewal.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Hi Sam, your interview with Acme is confirmed for Tuesday 10 March at 2pm ET on"
            " Zoom. We record interviews for calibration; please confirm your consent by replying.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Guten Tag Herr Lee, Ihr Vorstellungsgespräch findet am Dienstag, 10. März 2026 um 14"
            " Uhr statt. Bitte Ihre Einwilligung zur Aufzeichnung bestätigen.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Hi Sam, Acme would like to offer you an interview. Before we schedule it, please"
            " renew your consent for us to store your CV. Which days suit next week?",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_consent_in_interview_mail_keeps_the_interview(body: str, kind: Kind) -> None:
    assert _read(body).kind is kind


# H2: a job dating an employer convenes the user to is an interview.
def test_a_job_dating_the_user_is_convened_to_is_an_interview() -> None:
    body = (
        "Bonjour Sam, nous organisons un job dating le mardi 10 mars à 14h pour le poste de Data"
        " Analyst : vous êtes convoqué à 14h, salle B."
    )
    assert _read(body).kind is Kind.INTERVIEW_SCHEDULED


# H3: a cancellation that promises or refuses a new date is no move.
@pytest.mark.parametrize(
    "body",
    [
        "Hola Sam, por un imprevisto tenemos que anular tu entrevista del martes 10 de marzo a las"
        " 14:00. Te escribiremos con una nueva fecha para tu entrevista.",
        "Bonjour Sam, votre entretien du mardi 10 mars à 14h est annulé, le poste a été pourvu."
        " Il n'y aura pas de nouvelle date pour votre entretien.",
    ],
)
def test_a_cancellation_naming_a_new_date_to_come_is_a_cancellation(body: str) -> None:
    assert _read(body).kind is Kind.INTERVIEW_CANCELLED


# H4: "I'll lock that in" is the writer booking now.
@pytest.mark.parametrize(
    "body",
    [
        "Great, I'll lock that in for Tuesday 10 March at 2pm with Priya.",
        "Thanks Sam, Tuesday 10 March at 2pm. I will lock it in now.",
    ],
)
def test_locking_it_in_books_the_time(body: str) -> None:
    signal = _read(body)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert _clock(signal) == (3, 10, 14)


# H5 / M8: distances, counts and people are no clock times.
@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Sam, votre entretien aura lieu le mardi 10 mars dans nos locaux, à deux heures de"
        " route de Paris.",
        "Hallo Sam, leider müssen wir das Gespräch am Dienstag, 10. März um zwei, drei Tage"
        " verschieben.",
        "Hola Sam, tu entrevista está confirmada el martes 10 de marzo. Hemos invitado a las dos,"
        " a ti y a Ana.",
        "Hi Sam, your final round is confirmed for Tuesday 10 March. You're ranked at two on our"
        " list.",
    ],
)
def test_a_number_word_is_no_interview_time(body: str) -> None:
    signal = _read(body)
    assert signal.interview_start is None or signal.interview_start.hour == 0


def test_a_proposal_at_one_is_no_booking() -> None:
    body = (
        "Hi Sam, we'd like to interview you on Tuesday 10 March. We're looking at one if that"
        " works, otherwise the morning."
    )
    assert _read(body).kind is Kind.INTERVIEW_REQUEST


# H6: the French way to propose a time still asks for one.
@pytest.mark.parametrize(
    "body",
    [
        "Bonjour Sam, nous vous proposons un entretien le mardi 10 mars à 14h. Merci de me dire si"
        " cela vous convient.",
        "Bonjour Sam, je vous propose mardi 10 mars à 14h pour l'entretien, si le créneau vous"
        " convient je vous envoie l'invitation.",
    ],
)
def test_a_french_proposal_is_a_request(body: str) -> None:
    assert _read(body).kind is Kind.INTERVIEW_REQUEST


# M1: a recruiter relaying a manager's two noted slots books neither.
def test_slots_a_manager_noted_are_no_booking() -> None:
    body = (
        "Bonjour Sam, j'ai transmis vos disponibilités à Claire. Elle a bien noté mardi 10 mars à"
        " 14h et jeudi 12 mars à 10h, elle revient vers vous pour confirmer."
    )
    assert _read(body).kind is not Kind.INTERVIEW_SCHEDULED


# M2: a length stated for a screen does not last into the onsite booked after it.
def test_the_next_round_does_not_take_the_screen_s_length() -> None:
    screen = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=TUESDAY_2PM,
        interview_end=TUESDAY_2PM + timedelta(minutes=30),
        length_minutes=30,
    )
    signal = reply_in_thread(
        "Hi Sam, great news, you're through to the final round! You're booked for the onsite on"
        " Thursday 12 March at 10am at our office.",
        earlier(1, screen, writer=ACME),
        sender=SENDER,
        subject="Re: Data Analyst role",
        days=2,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_end is None


def test_a_promise_to_write_within_hours_gives_no_length_and_no_decision_day() -> None:
    body = (
        "Hallo Sam, wir möchten Sie gern kennenlernen. Ich melde mich in zwei Stunden mit"
        " Terminvorschlägen."
    )
    signal = _read(body, subject="Ihre Bewerbung")
    assert signal.length_minutes is None
    assert signal.decision_by is None


# M3: the hours of a time said in words are not its length.
def test_a_time_said_in_words_lasts_no_hours() -> None:
    sent = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    found = find_interview_times(
        "votre entretien est confirmé le mardi 10 mars à trois heures et demie.", sent
    )
    assert [(m.start.hour, m.start.minute, m.end) for m in found] == [(15, 30, None)]


# M4: "Morgen Sam," greets.
@pytest.mark.parametrize(
    "body",
    [
        "Morgen zusammen,\nIhr Vorstellungsgespräch findet um 14 Uhr statt.",
        "Morgen Sam,\nkurze Info: das Gespräch mit Herrn Weber findet um 14 Uhr statt, ich schicke"
        " dir am Donnerstag den Link.",
    ],
)
def test_morgen_as_a_greeting_is_no_day(body: str) -> None:
    signal = _read(body, subject="Vorstellungsgespräch Data Analyst")
    assert signal.interview_start is None


# M5: a dual study programme's selection interview is a job's.
def test_a_dual_study_selection_interview_is_an_interview() -> None:
    body = (
        "Hallo Herr Lee, wir laden Sie zum Auswahlgespräch für das duale Studium"
        " Wirtschaftsinformatik bei der Acme AG am Dienstag, 10. März um 14 Uhr ein."
    )
    assert _read(body, subject="Ihre Bewerbung").kind is Kind.INTERVIEW_SCHEDULED


# M6: jobs at employment services, and job ads that name them, stay hiring mail.
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Dear Sam, following your interview for a work coach position, we're still reviewing"
            " candidates and will update you by Friday 13 March.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Hola Sam, te convocamos a una entrevista para el puesto de orientador laboral el"
            " martes 10 de marzo a las 14:00. Es requisito estar inscrito como demandante de"
            " empleo.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Hallo Sam, vielen Dank für das nette Beratungsgespräch gestern. Gerne möchten wir Sie"
            " zu einem Vorstellungsgespräch am Dienstag, 10. März um 14 Uhr einladen.",
            Kind.INTERVIEW_SCHEDULED,
        ),
    ],
)
def test_employment_service_words_in_hiring_mail_keep_it(body: str, kind: Kind) -> None:
    assert _read(body).kind is kind


# M7: looking forward to a day is no move.
def test_looking_forward_to_a_day_is_no_move() -> None:
    fixed = Signal(Kind.INTERVIEW_SCHEDULED, ("interview confirmed",), interview_start=TUESDAY_2PM)
    signal = reply_in_thread(
        "Hallo Sam, ich freue mich auf Dienstag, um 15 Uhr gehen wir dann noch gemeinsam durchs"
        " Büro.",
        earlier(1, fixed, writer=ACME),
        sender=SENDER,
        subject="Re: Gespräch",
        days=1,
    )
    assert signal.kind is not Kind.INTERVIEW_RESCHEDULED


# M9: the client wanting to meet, or a CV not sent yet, is no wait on the client.
@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, I've sent your CV to my client and they'd like to meet you: are you free Tuesday"
        " or Thursday afternoon?",
        "Hallo Herr Lee, sobald Sie mir Ihr Okay geben, werden Ihre Unterlagen unserem Mandanten"
        " vorgestellt.",
    ],
)
def test_an_agency_step_not_waiting_on_the_client_is_no_holding_reply(body: str) -> None:
    assert _read(body).kind is not Kind.HOLDING_REPLY


# L1: a rejection after a cancellation ends it; a later booking is no move.
def test_a_booking_after_a_cancellation_and_a_rejection_is_no_move() -> None:
    booked = Signal(Kind.INTERVIEW_SCHEDULED, ("interview confirmed",), interview_start=TUESDAY_2PM)
    cancelled = Signal(Kind.INTERVIEW_CANCELLED, ("interview cancelled",))
    rejected = Signal(Kind.REJECTION, ("rejection",))
    signal = reply_in_thread(
        "Hi Sam, a new opening came up for the Senior role and you're booked for an interview on"
        " Thursday 12 March at 10am.",
        earlier(1, booked, writer=ACME),
        earlier(2, cancelled, writer=ACME),
        earlier(3, rejected, writer=ACME),
        sender=SENDER,
        subject="Re: Data Analyst role",
        days=3,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED


# L4: joining as a finalist is no offer.
def test_joining_the_last_round_as_a_finalist_is_no_offer() -> None:
    body = "We'd like you to join us as a finalist for the last round on Tuesday 10 March at 2pm."
    assert _read(body).kind is not Kind.OFFER


# L5: "passt mir ... leider gar nicht" agrees to nothing.
def test_a_refusal_starting_like_an_agreement_agrees_to_nothing() -> None:
    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",))
    signal = reply_in_thread(
        "Hallo Frau Cole, Dienstag, 10. März um 14 Uhr passt mir und meinem Kalender leider gar"
        " nicht.",
        earlier(1, request, writer=ACME),
        sender="Sam Lee <sam.lee@example.net>",
        subject="Re: Gespräch",
        days=1,
    )
    assert not signal.evidence[0].startswith("a time the user agrees to")


def test_hours_away_give_no_decision_day() -> None:
    sent = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    assert (
        decision_day("Ich melde mich in zwei Stunden bei Ihnen.", sent, BusinessCalendar()) is None
    )


# The second review (76d56b0..32b7ae6).
@pytest.mark.parametrize(
    "body",
    [
        "Hallo Sam, danke für die schnelle Antwort. Morgen 14 Uhr passt uns, ich schicke die"
        " Einladung.",
        "Hallo Sam. Morgen treffen wir uns um 14 Uhr im Büro zum Gespräch.",
        "Bonjour Sam, il vous a réservé un créneau le mardi 10 mars à 14h pour l'entretien.",
        "Bonjour Sam, elle a bloqué mardi 10 mars à 14h pour votre entretien.",
    ],
)
def test_a_booking_in_these_words_books(body: str) -> None:
    assert _read(body, subject="Ihr Gespräch / votre entretien").kind is (Kind.INTERVIEW_SCHEDULED)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, we don't know yet whether an offer is coming your way; the committee meets"
        " Thursday.",
        "Hi Sam, an offer is coming your way if references check out.",
        "Hi Sam, great that you accepted! Welcome aboard - please bring the signed paperwork and"
        " your ID on your first day.",
        "Hallo Sam, Ihre Zusage ist da - danke! Wir freuen uns auf Sie.",
    ],
)
def test_an_offer_hoped_for_or_already_accepted_is_no_offer(body: str) -> None:
    assert _read(body).kind is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Sam,\nTermin steht leider nicht mehr, Frau Berg ist krank. Dienstag, 10. März um 14"
        " Uhr fällt aus.",
        "Hi Sam,\nlocking it in is up to you - Thursday 2pm or Friday 10am, whichever suits.",
    ],
)
def test_an_appointment_that_stands_no_more_or_is_left_to_the_user_books_nothing(body: str) -> None:
    assert _read(body).kind is not Kind.INTERVIEW_SCHEDULED


def test_an_employer_at_a_fair_still_asks_for_an_interview() -> None:
    body = (
        "Bonjour Sam, lors du forum, 12 entreprises seront présentes, dont la nôtre. Nous aimerions"
        " vous y rencontrer pour un entretien de 20 minutes : seriez-vous disponible mardi ?"
    )
    assert _read(body).kind is Kind.INTERVIEW_REQUEST


def test_a_distance_said_with_a_half_hour_is_no_clock_time() -> None:
    body = (
        "Bonjour Sam, votre entretien est confirmé le mardi 10 mars dans notre usine, à une heure"
        " et demie de route de Lyon."
    )
    assert _read(body).interview_start is None


def test_a_screen_s_length_does_not_reach_the_final_round_through_a_request() -> None:
    screen = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=TUESDAY_2PM,
        interview_end=TUESDAY_2PM + timedelta(minutes=30),
        length_minutes=30,
    )
    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",))
    signal = reply_in_thread(
        "Hi Sam, you're booked for the final round on Monday 16 March at 10am.",
        earlier(1, screen, writer=ACME),
        earlier(200, request, writer=ACME),  # after the screen took place: the next round's
        sender=SENDER,
        subject="Re: Data Analyst role",
        days=9,
    )
    assert signal.interview_start is not None and signal.interview_end is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wir melden uns bis zum 14. bei Ihnen.", 14),
        ("Te daremos una respuesta antes del 15 sin falta.", 15),
        ("Nous vous ferons un retour d'ici le 12 au plus tard.", 12),
    ],
)
def test_a_day_of_the_month_followed_by_words_is_read(text: str, day: int) -> None:
    sent = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    found = decision_day(text, sent, BusinessCalendar())
    assert found is not None and found[0].day == day


# The third review (32b7ae6..67dd3ba).
def test_slots_offered_as_lines_ask_for_a_time() -> None:
    body = (
        "Would one of these work for you?\nOption 1 - Date: Tuesday 10 March, Time: 2:00 PM\n"
        "Option 2 - Date: Wednesday 11 March, Time: 10:00 AM\nPlease let me know."
    )
    assert _read(body).kind is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "Morgen, Sam!\nIhr Vorstellungsgespräch findet am Donnerstag, 12. März um 10 Uhr statt.",
        "Morgen Frau Dr. Weber,\nIhr Vorstellungsgespräch findet am Donnerstag, 12. März um 10 Uhr"
        " statt.",
    ],
)
def test_morgen_greeting_leaves_the_day_written(body: str) -> None:
    signal = _read(body, subject="Einladung zum Vorstellungsgespräch")
    assert _clock(signal) == (3, 12, 10)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, I spoke with the hiring manager and the offer is on its way to you.",
        "Hallo Sam, gute Nachrichten: die Zusage ist raus, der Vertrag kommt nächste Woche.",
    ],
)
def test_an_offer_on_its_way_is_an_offer(body: str) -> None:
    assert _read(body, subject="Re: Senior Data Analyst").kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam, we'd love to interview you for the Product Analyst role at Visa on Tuesday 10"
        " March at 2pm.",
        "Hi Sam, your interview is confirmed for Tuesday 10 March at 2pm. We'll help you prepare"
        " for your visa interview once you join.",
        "Hallo Frau Lee, wir laden Sie zum Vorstellungsgespräch als Erzieherin am Dienstag, 10."
        " März um 10 Uhr ein; dazu gehört ein kurzes Rollenspiel zu einem Elterngespräch.",
        "Hallo Sam, Ihr Vorstellungsgespräch ist am Dienstag, 10. März um 10 Uhr. Im Anschluss"
        " ist eine Besichtigung der Produktion geplant.",
    ],
)
def test_job_interviews_that_mention_look_alike_words_keep_their_reading(body: str) -> None:
    assert _read(body, subject="Interview / Vorstellungsgespräch").kind is (
        Kind.INTERVIEW_SCHEDULED
    )


@pytest.mark.parametrize(
    ("body", "hour", "minute"),
    [
        (
            "Bonjour Sam, votre entretien est confirmé mardi 10 mars à trois heures et je t'envoie"
            " le lien.",
            15,
            0,
        ),
        (
            "Bonjour Sam, votre entretien est confirmé mardi 10 mars à dix heures et demie de"
            " préférence.",
            10,
            30,
        ),
    ],
)
def test_french_hours_said_in_words_keep_their_time(body: str, hour: int, minute: int) -> None:
    start = _read(body).interview_start
    assert start is not None and (start.hour, start.minute) == (hour, minute)


def test_a_distance_gives_no_length() -> None:
    body = (
        "Bonjour Sam, votre entretien est confirmé mardi 10 mars à 14h. Le site est à une heure et"
        " demie de route de Paris."
    )
    signal = _read(body)
    assert _clock(signal) == (3, 10, 14) and signal.interview_end is None


def test_a_first_day_is_no_interview() -> None:
    body = "Welcome! On your first day, Monday 16 March, you'll meet the team at 9am."
    assert _read(body, subject="Your first day").kind is not Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "text",
    ["Nous reviendrons vers vous avant le 2e tour.", "Te diremos algo para el 3er trimestre."],
)
def test_an_ordinal_is_no_day_of_the_month(text: str) -> None:
    sent = datetime.fromisoformat("2026-03-02T10:00:00+01:00")
    found = decision_day(text, sent, BusinessCalendar())
    assert found is None or found[0].day not in (2, 3)
