"""Classes of language found by the eighteenth round of mail written blind (calendars, agencies
and their clients, public employment services and the life around a search, whole timelines),
each in the languages it spans, with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classify_mail import ME, earlier, eml, reply_in_thread, signal_of, vevent

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.days import find_days
from followupd.dates.decision import decision_day
from followupd.dates.mentions import find_interview_times
from followupd.dates.times import find_times
from followupd.model import Person
from followupd.model.domain import Kind, Signal
from followupd.understand.extract import stated_length

RECRUITER = Person("katrin.vogel@brandt-roth.example", "Katrin Vogel")
AGENCY = "Katrin Vogel <katrin.vogel@brandt-roth.example>"


def _kind(body: str, subject: str = "Your application", sender: str = AGENCY) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


# An agency's news that the CV is with its client: the client's answer awaited.
@pytest.mark.parametrize(
    "body",
    [
        "Good to speak on Friday. I've submitted your CV to my client this morning; you should"
        " hear from me by the end of next week.",
        "Quick one: your profile went over to the client today, they review shortlists on"
        " Thursdays.",
        "wie besprochen habe ich Ihre Unterlagen heute unserem Mandanten vorgestellt. Mit einer"
        " Rückmeldung rechne ich bis Ende nächster Woche.",
        "Je vous confirme que j'ai présenté votre candidature ce matin à notre client. Je"
        " reviens vers vous dès que possible.",
        "Te confirmo que esta mañana hemos presentado tu candidatura a nuestro cliente. Te iré"
        " contando.",
    ],
)
def test_a_cv_put_to_the_agency_s_client_is_a_holding_reply(body: str) -> None:
    assert _kind(body, subject="Head of Data - candidatura presentada") is Kind.HOLDING_REPLY


def test_a_cv_not_yet_put_to_the_client_stays_a_receipt() -> None:
    body = (
        "Thanks for sending your CV through for the Payroll Manager role. I've registered you on"
        " our system. I'll call you tomorrow before I put you forward to the client."
    )
    assert _kind(body, subject="Payroll Manager - thanks for applying") is not Kind.HOLDING_REPLY


# A choice left to the user, however the sentence promises to book it.
@pytest.mark.parametrize(
    "body",
    [
        "Priya has given me these windows: Tue 17 Feb, 11:00; Wed 18 Feb, 14:00; Thu 19 Feb,"
        " 10:00. Tell me which one works and I'll lock it in with her.",
        "I've got space on Monday 14th or Tuesday 15th September, anywhere between 10:00 and"
        " 16:00 UK time. Let me know what suits and I'll lock it in.",
    ],
)
def test_a_promise_to_book_the_slot_the_user_picks_is_a_request(body: str) -> None:
    assert _kind(body, subject="Lead Data Engineer - interview") is Kind.INTERVIEW_REQUEST


def test_locking_a_time_in_still_confirms_it() -> None:
    body = (
        "Thursday 10am with Priya works great for us, let's lock it in. Interview invite to follow."
    )
    assert _kind(body, subject="Re: Lead Data Engineer - interview") is Kind.INTERVIEW_SCHEDULED


# Public employment services: an appointment with the user's own adviser is no job interview.
@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "vielen Dank für Ihre Arbeitsuchendmeldung. Termin: Donnerstag, 12.02.2026, 10:30 Uhr,"
            " Agentur für Arbeit, Zimmer 2.114. Bitte bringen Sie Ihren Lebenslauf mit.",
            "Einladung zu einem Beratungsgespräch am 12.02.2026",
        ),
        (
            "Vous êtes convoquée à un entretien avec votre conseillère France Travail le jeudi 19"
            " février 2026 à 14h15.",
            "Convocation à un entretien avec votre conseiller",
        ),
        (
            "Estimado/a demandante: se le ha asignado una cita con su orientadora laboral el"
            " martes 10 a las 9:30. Debe confirmar su disponibilidad para mantener su demanda de"
            " empleo.",
            "Cita previa",
        ),
        (
            "Your work coach has booked a phone appointment for Tuesday 10 March at 11:20am to"
            " review your claim.",
            "Jobcentre Plus: your appointment",
        ),
    ],
)
def test_an_appointment_at_the_employment_service_is_other(body: str, subject: str) -> None:
    assert (
        _kind(body, subject=subject, sender="Service <no-reply@employment.example>") is Kind.OTHER
    )


def test_an_employer_writing_after_a_referral_is_still_read() -> None:
    body = (
        "vielen Dank für Ihre Bewerbung auf unseren Vermittlungsvorschlag. Wir würden Sie gern"
        " zu einem Kennenlernen einladen: Passt Ihnen Dienstag, 10.03. um 9 Uhr oder Mittwoch,"
        " 11.03. um 14 Uhr?"
    )
    assert _kind(body, subject="Ihre Bewerbung", sender="P. Lindemann <p@stadtwerke.example>") is (
        Kind.INTERVIEW_REQUEST
    )


@pytest.mark.parametrize(
    "body",
    [
        "Jonas Feldmann has applied for the role of Data Engineer at Voltaro and has nominated you"
        " as a referee. Please respond by 10 March 2026.",
    ],
)
def test_mail_of_the_search_that_is_not_the_user_s_application_is_other(body: str) -> None:
    assert _kind(body, subject="Quick note", sender="Lucie <lucie@smu.example>") is Kind.OTHER


# Interviews for a place on a course, a guest slot on a show: not a job's.
@pytest.mark.parametrize(
    ("subject", "summary"),
    [
        ("Your admissions interview is booked", "Admissions interview - Analytics programme"),
        ("Invitación: Entrevistas de admisión", "Entrevistas de admisión – Bootcamp"),
        ("Einladung: Auswahlgespräch für den Masterstudiengang", "Auswahlgespräch Master"),
        ("Confirmé : entretien d'admission", "Entretien d'admission - MSc"),
    ],
)
def test_an_invite_to_an_admission_interview_is_other(subject: str, summary: str) -> None:
    data = eml(
        f"{summary}. See you then.",
        subject=subject,
        sender="Admissions <admissions@school.example>",
        ics=vevent(summary=summary, organizer=("Admissions", "admissions@school.example")),
    )
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "So glad you said yes to coming on the show! Forty minutes of interview on how you moved"
        " into analytics.",
        "Merci d'avoir accepté ! Le portrait paraîtra dans la newsletter de mai ; voici"
        " l'invitation pour l'interview.",
    ],
)
def test_a_guest_slot_or_a_portrait_is_no_job_interview(body: str) -> None:
    data = eml(
        body,
        subject="Confirmed: guest recording",
        sender="Mel <mel@show.example>",
        ics=vevent(summary="Interview recording", organizer=("Mel", "mel@show.example")),
    )
    assert signal_of(data).kind is Kind.OTHER


def test_a_recruiter_s_whereabouts_at_a_job_fair_do_not_hide_a_new_interview_time() -> None:
    body = (
        "¿Te vendría bien el miércoles 25 a las 16:30? Serían unos 45 minutos con Alberto, porque"
        " yo ese día estoy en una feria de empleo en Huesca. Te mando ya la convocatoria."
    )
    data = eml(
        body,
        subject="Entrevista – Data Analyst Senior",
        sender="Marta <marta@cierzo.example>",
        ics=vevent(
            start="20260325T163000",
            end="20260325T171500",
            tzid="Europe/Madrid",
            organizer=("Marta", "marta@cierzo.example"),
            attendees=(("Sam Lee", ME), ("Alberto", "alberto@cierzo.example")),
        ),
    )
    assert signal_of(data).kind is not Kind.OTHER


# A time booked again after the thread's cancellation is a move.
CANCELLED = Signal(Kind.INTERVIEW_CANCELLED, ("calendar cancellation",))
BOOKED = Signal(
    Kind.INTERVIEW_SCHEDULED,
    ("calendar invite for an interview",),
    interview_start=datetime.fromisoformat("2026-03-03T14:00:00-05:00"),
    interview_end=datetime.fromisoformat("2026-03-03T15:00:00-05:00"),
)


@pytest.mark.parametrize(
    "body",
    [
        "Good news: Alberto is back. I've booked a new date for your interview: Wednesday 11"
        " March at 4pm.",
        "Gute Nachrichten: Ich habe Ihnen einen Ersatztermin eingetragen, Mittwoch, 11. März um"
        " 16 Uhr.",
        "Nueva fecha para tu entrevista: el miércoles 11 de marzo a las 16:00, confirmada.",
    ],
)
def test_a_time_booked_after_a_cancellation_is_a_move(body: str) -> None:
    signal = reply_in_thread(
        body,
        earlier(1, BOOKED, writer=RECRUITER),
        earlier(30, CANCELLED, writer=RECRUITER),
        sender=AGENCY,
        subject="Re: Interview",
        days=3,
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    start = signal.interview_start
    assert start is not None and (start.month, start.day, start.hour) == (3, 11, 16)


def test_a_first_booking_is_no_move() -> None:
    body = "I've booked your interview: Wednesday 11 March at 4pm."
    signal = reply_in_thread(body, sender=AGENCY, subject="Interview", days=3)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED


# Clock times said in words.
@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("Morgen um halb drei klappt bei mir", 14, 30),
        ("Passt dir Viertel nach zehn?", 10, 15),
        ("um Viertel vor elf", 10, 45),
        ("Tuesday at three?", 15, 0),
        ("at half past two your time", 14, 30),
        ("three o'clock works", 15, 0),
        ("Je peux à trois heures et demie.", 15, 30),
        ("el jueves a las tres de la tarde", 15, 0),
        ("a la una y media", 13, 30),
        ("Rendez-vous jeudi vers onze heures.", 11, 0),
        ("Te llamo el lunes a las diez.", 10, 0),
    ],
)
def test_a_clock_time_said_in_words_is_read(text: str, hour: int, minute: int) -> None:
    sent = datetime.fromisoformat("2026-11-05T22:30:00+01:00")
    found = find_times(text, sent)
    assert [(span.begin.hour, span.begin.minute) for span in found] == [(hour, minute)]


@pytest.mark.parametrize(
    "text",
    [
        "we met at three locations",
        "deux heures d'entretien",
        "um ein Gespräch zu führen",
        "una de las tres opciones",
        "I'll be there at one point or another",
        # distances, counts and people, beside a day (review of round 18)
        "Le poste est basé mardi à Lyon, à deux heures de route de Paris.",
        "Leider müssen wir das Gespräch am Dienstag um zwei, drei Tage verschieben.",
        "La entrevista es el martes; hemos invitado a las dos, a ti y a Ana.",
        "Your final round is on Tuesday. You're ranked at two on our list.",
        "Das Gespräch ist am Dienstag. Es geht um eins: Ihre Erfahrung.",
    ],
)
def test_a_number_word_that_is_no_clock_time_is_left(text: str) -> None:
    assert find_times(text, datetime.fromisoformat("2026-11-05T22:30:00+01:00")) == []


def test_a_sentence_that_starts_with_morgen_is_tomorrow_and_guten_morgen_is_not() -> None:
    sent = datetime.fromisoformat("2026-11-05T22:30:00+01:00")
    found = find_interview_times("Guten Morgen Herr Weber,\n\nMorgen um 14:30 passt.", sent)
    assert [m.start.isoformat() for m in found] == ["2026-11-06T14:30:00+01:00"]
    assert find_days("Guten Morgen, wie geht's?", sent) == []


# Lengths said in words, and a length the thread stated before.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("une entrevue virtuelle d'une heure et quart", 75),
        ("une demi-heure au téléphone", 30),
        ("una hora y media", 90),
        ("eine halbe Stunde", 30),
        ("a 45-minute call", 45),
        ("an hour and a half", 90),
    ],
)
def test_a_length_said_in_words_is_read(text: str, minutes: int) -> None:
    assert stated_length(text) == timedelta(minutes=minutes)


def test_a_confirmation_lasts_as_long_as_its_thread_s_request_said() -> None:
    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",), length_minutes=30)
    signal = reply_in_thread(
        "Perfecto, el jueves a las 9 te llamo. ¡Hasta entonces!",
        earlier(1, request, writer=RECRUITER),
        sender=AGENCY,
        subject="Re: Data Analytics Manager",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_end is not None and signal.interview_start is not None
    assert signal.interview_end - signal.interview_start == timedelta(minutes=30)


def test_a_request_keeps_the_length_it_states() -> None:
    body = (
        "Thanks for applying for the Data Engineer role. Would you be up for a 30-minute intro"
        " call? I have Monday or Tuesday afternoon."
    )
    assert signal_of(eml(body, subject="Intro call?", sender=AGENCY)).length_minutes == 30


# Promises of an answer in the first person.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ich melde mich spätestens am Mittwoch, 11.03., mit einer verbindlichen Aussage.", 11),
        ("El viernes te cuento cómo ha ido.", 6),
        ("Je te dis tout d'ici vendredi.", 6),
        ("I'll ping you by Friday with news.", 6),
    ],
)
def test_a_promise_to_answer_gives_its_day(text: str, day: int) -> None:
    sent = datetime.fromisoformat("2026-03-04T17:10:00+01:00")
    found = decision_day(text, sent, BusinessCalendar())
    assert found is not None and found[0].day == day


def test_writing_to_say_something_else_gives_no_decision_day() -> None:
    sent = datetime.fromisoformat("2026-03-04T17:10:00+01:00")
    text = "Te escribo para avisarte de que la entrevista pasa al jueves 12 a las 10."
    assert decision_day(text, sent, BusinessCalendar()) is None


# Offers and plans to decide, said plainly.
@pytest.mark.parametrize(
    "body",
    [
        "References are in and they were glowing. The team would love for you to join Quillmetric"
        " as our Senior Analytics Engineer. Anytime after 11am my time works for a call.",
        "Kurz und schmerzlos: Wir wollen dich als Data Lead! Das offizielle Angebot kommt morgen.",
    ],
)
def test_an_offer_said_plainly_is_an_offer(body: str) -> None:
    assert _kind(body, subject="Re: next steps", sender="Maya <maya@quill.example>") is Kind.OFFER


def test_joining_as_a_speaker_is_no_offer() -> None:
    body = "We would love for you to join Acme Summit as a speaker this June."
    assert _kind(body, subject="Summit", sender="Maya <maya@quill.example>") is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Gracias por lo del jueves. La idea es tener una decisión antes del viernes.",
        "Thanks for Thursday. The plan is to make a decision by Friday.",
        "Merci pour jeudi. L'objectif est de prendre une décision d'ici vendredi.",
        "Danke für Donnerstag. Ziel ist es, bis Freitag zu entscheiden.",
    ],
)
def test_a_decision_planned_is_a_holding_reply(body: str) -> None:
    signal = signal_of(eml(body, subject="Re: Entrevista final", sender=AGENCY))
    assert signal.kind is Kind.HOLDING_REPLY
    assert signal.decision_by is not None


# A move in German word order, and escape clauses that ask for nothing.
def test_a_meeting_laid_on_another_day_is_a_move() -> None:
    agreed = Signal(
        Kind.OTHER,
        ("a time the user agrees to",),
        interview_start=datetime.fromisoformat("2026-03-03T14:00:00-05:00"),
    )
    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",))
    signal = reply_in_thread(
        "Können wir unser Gespräch auf Montag, 14 Uhr legen? Frau Vogt schickt Ihnen den Termin"
        " neu.",
        earlier(1, request, writer=RECRUITER),
        earlier(2, agreed, from_user=True, writer=RECRUITER),
        sender=AGENCY,
        subject="Re: Kennenlernen",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED


def test_a_time_blocked_with_an_escape_clause_is_fixed() -> None:
    body = (
        "Bonne nouvelle : Luc et Nadia aimeraient vous rencontrer. Ils ont bloqué le jeudi 5 mars"
        " à 10h. Si le moment ne vous convient pas, faites-moi signe."
    )
    assert _kind(body, subject="RE: Entrevue", sender="Marie <marie@grenat.example>") is (
        Kind.INTERVIEW_SCHEDULED
    )


# An organizer who says they will not be there is no interviewer.
@pytest.mark.parametrize(
    "line",
    [
        "Je ne serai pas présente moi-même, mais la réception vous accompagnera.",
        "I won't be joining myself, but reception will bring you up.",
        "Ich selbst bin nicht dabei, der Empfang holt Sie ab.",
        "Yo no estaré, pero en recepción te acompañarán.",
    ],
)
def test_an_organizer_who_stays_away_is_no_interviewer(line: str) -> None:
    body = (
        "I'm pleased to confirm your final interview with Pierre Favre and Nathalie Bonvin on"
        f" Friday 10 April at 4:10pm. {line}"
    )
    data = eml(
        body,
        subject="Final interview - Arve Capital",
        sender="Sabine Rochat <sabine.rochat@arve.example>",
        ics=vevent(
            start="20260410T161000",
            end="20260410T170000",
            tzid="Europe/Zurich",
            organizer=("Sabine Rochat", "sabine.rochat@arve.example"),
            attendees=(
                ("Sam Lee", ME),
                ("Pierre Favre", "pierre.favre@arve.example"),
                ("Nathalie Bonvin", "nathalie.bonvin@arve.example"),
            ),
        ),
    )
    people = {p.address for p in signal_of(data).interviewers}
    assert people == {"pierre.favre@arve.example", "nathalie.bonvin@arve.example"}


def test_an_organizer_who_joins_herself_is_an_interviewer() -> None:
    body = (
        "Je vous confirme votre entretien avec Pierre Favre le vendredi 10 avril à 16h10. Je"
        " serai présente moi-même."
    )
    data = eml(
        body,
        subject="Entretien final",
        sender="Sabine Rochat <sabine.rochat@arve.example>",
        ics=vevent(
            start="20260410T161000",
            end="20260410T170000",
            tzid="Europe/Zurich",
            organizer=("Sabine Rochat", "sabine.rochat@arve.example"),
            attendees=(("Sam Lee", ME), ("Pierre Favre", "pierre.favre@arve.example")),
        ),
    )
    people = {p.address for p in signal_of(data).interviewers}
    assert "sabine.rochat@arve.example" in people


def test_an_organizer_met_alongside_the_others_is_an_interviewer() -> None:
    body = "You'll meet Tom (Analytics) and Anjali (Product) alongside me on Wednesday 18 March."
    data = eml(
        body,
        subject="Panel interview",
        sender="Rachel Dunmore <rachel.dunmore@harrow.example>",
        ics=vevent(
            start="20260318T100000",
            end="20260318T113000",
            organizer=("Rachel Dunmore", "rachel.dunmore@harrow.example"),
            attendees=(
                ("Sam Lee", ME),
                ("Tom Iwu", "tom.iwu@harrow.example"),
                ("Anjali Rao", "anjali.rao@harrow.example"),
            ),
        ),
    )
    people = {p.address for p in signal_of(data).interviewers}
    assert "rachel.dunmore@harrow.example" in people


# Decision dates as they are written: a day of the month alone, "innert", a "by" date set off
# by commas before the verb, the words of the answer ("a yes or no", "wie es weitergeht").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Te diremos algo antes del 15, en cuanto tengamos todas las valoraciones.", "2026-05-15"),
        ("We'll get back to you by the 20th.", "2026-05-20"),
        ("Je reviens vers vous d'ici le 12.", "2026-05-12"),
        ("Te contestamos antes del día 2.", "2026-06-02"),
        ("Wir melden uns innert drei Wochen bei Ihnen.", "2026-05-26"),
        (
            "Wir gehen davon aus, Ihnen bis spätestens Freitag, den 8. Mai 2026, eine Rückmeldung"
            " geben zu können.",
            "2026-05-08",
        ),
        ("You'll have a yes or no from me by Wednesday arvo, promise.", "2026-05-06"),
        (
            "Ich rechne damit, dass wir Ihnen bis Ende nächster Woche sagen können, wie es"
            " weitergeht.",
            "2026-05-15",
        ),
        ("We expect to confirm who moves on to the final stage by Friday, May 8.", "2026-05-08"),
    ],
)
def test_a_decision_date_written_every_way_is_read(text: str, expected: str) -> None:
    sent = datetime.fromisoformat("2026-05-05T10:21:00+02:00")
    found = decision_day(text, sent, BusinessCalendar())
    assert found is not None and found[0].isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Te diremos algo antes del 15%.",
        "We'll let you know before the 3 interviews are done.",
        # the manager travels until the 20th; the answer comes by the 29th
        "El gerente está de viaje hasta el 20 de mayo y es quien debe tomar la decisión final.",
        "Please send us your documents by the 12th, we'll then be in touch.",
    ],
)
def test_a_day_that_is_no_decision_date_is_left(text: str) -> None:
    sent = datetime.fromisoformat("2026-05-05T10:21:00+02:00")
    assert decision_day(text, sent, BusinessCalendar()) is None
