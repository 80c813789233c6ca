"""Classes of language found by the tenth round of mail written blind (people writing in
everyday words, templated platform mail, threads about times), each in the languages it spans,
with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from classify_mail import EST, earlier, eml, reply_in_thread, signal_of

from followupd.model import Person, Signal
from followupd.model.domain import Kind
from followupd.understand.thread import Earlier

RECRUITER = Person("holly.brennan@ashgrove.example", "Holly Brennan")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=EST)
TUESDAY_1130 = datetime(2026, 3, 10, 11, 30, tzinfo=EST)


_earlier = partial(earlier, writer=RECRUITER, subject="Ashgrove - a chat about the analyst role")


ASKED = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",), company="Ashgrove"))
PROPOSED = _earlier(
    2, Signal(Kind.OTHER, ("written by the user",), interview_start=TUESDAY_1130), True
)
FIXED = _earlier(
    3,
    Signal(Kind.INTERVIEW_SCHEDULED, ("interview confirmed",), interview_start=TUESDAY_1130),
)


def _in_thread(body: str, *thread: Earlier, subject: str = "Re: a chat") -> Signal:
    sender = "Holly Brennan <holly.brennan@ashgrove.example>"
    return reply_in_thread(body, *thread, sender=sender, subject=subject, days=1)


@pytest.mark.parametrize(
    "body",
    [
        "Dan is off sick all week, so I have to take Thursday's interview off the calendar.",
        "Sorry, Ruth is stuck with the regulator, so I'll take tomorrow's interview out for now.",
        "Thanks for letting me know about the role. I've cancelled Thursday with Rachel and Ken.",
        "Herr Weber ist krank, ich muss unser Interview leider aus dem Kalender nehmen.",
        "Den Termin am Donnerstag für die Stelle muss ich leider streichen, Herr Weber ist krank.",
        "Karim est malade : je dois retirer notre entretien de l'agenda, désolé.",
        "J'ai dû annuler jeudi pour le poste de chef de projet, Karim est malade.",
        "Andrés está enfermo, así que tengo que quitar la entrevista del calendario.",
        "He cancelado lo del jueves para el puesto; Andrés está enfermo.",
    ],
)
def test_a_meeting_taken_off_the_calendar_is_cancelled(body: str) -> None:
    assert signal_of(eml(body, subject="Thursday")).kind is Kind.INTERVIEW_CANCELLED


@pytest.mark.parametrize(
    "body",
    [
        "I've cancelled Thursday's dinner reservation, the role talk can wait.",
        "Mia is sick, so I had to take Thursday off the calendar. Drinks next week?",
    ],
)
def test_other_things_taken_off_the_calendar_are_no_cancelled_interview(body: str) -> None:
    sender = "Kim <kim.friend@gmail.com>"
    assert signal_of(eml(body, subject="Thursday", sender=sender)).kind is not (
        Kind.INTERVIEW_CANCELLED
    )


@pytest.mark.parametrize(
    "body",
    [
        "Ruth would like a proper chat about the analyst role. Could you let me have a couple of"
        " windows that suit you next week?",
        "Happy to set up a call with our CTO about the role. Which days next week work for you?",
        "Ich würde dir gern das Team vorstellen. Sag mir, welche Tage dir nächste Woche passen.",
        "On cherche quelqu'un pour tenir tout le back-end. Ça te dirait qu'on en parle autour"
        " d'un café ? Dis-moi ce qui t'arrange.",
        "Nuria me pasó tu CV. ¿Te apetece pasarte por la oficina? Dime qué días te van mejor.",
    ],
)
def test_days_asked_for_are_a_request(body: str) -> None:
    sender = "Pablo Rincón <pablo@huertapp.example>"
    assert signal_of(eml(body, subject="Hola", sender=sender)).kind is Kind.INTERVIEW_REQUEST


def test_days_asked_for_a_dinner_are_no_request() -> None:
    body = "¡Qué ganas de veros! Dime qué días te van mejor para la cena y reservo."
    sender = "Pilar <pilar.f@gmail.com>"
    assert signal_of(eml(body, subject="Cena", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Lovely, you're in with Ruth on Tuesday 10 March at 11:30.",
        "Passt, du bist am Dienstag, 10. März, um 11:30 bei Ruth eingeplant.",
        "Top, c'est calé avec Ruth mardi 10 mars à 11h30.",
        "Perfecto, quedas con Ruth el martes 10 de marzo a las 11:30.",
    ],
)
def test_a_reply_booking_the_offered_time_is_scheduled(body: str) -> None:
    signal = _in_thread(body, ASKED, PROPOSED)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert signal.interview_start is not None
    assert signal.interview_start.replace(tzinfo=None) == TUESDAY_1130.replace(tzinfo=None)


def test_a_time_pencilled_in_a_thread_that_fixed_another_is_a_move() -> None:
    body = "Luis is travelling, so I've pencilled: Thursday 12 March, 2:30 pm ET."
    signal = _in_thread(body, ASKED, FIXED)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    assert signal.interview_start.replace(tzinfo=None) == datetime(2026, 3, 12, 14, 30)


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Oh, about the job - we need a few more days to close this out.", "Re: Designer role"),
        ("Wir brauchen noch ein paar Tage, dann melde ich mich.", "AW: Ihre Bewerbung"),
        ("Il nous faut encore quelques jours pour trancher.", "Re: candidature"),
        ("Todavía lo estamos hablando; necesitamos unos días más.", "Re: puesto de diseño"),
    ],
)
def test_a_few_more_days_needed_is_a_holding_reply(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject)).kind is Kind.HOLDING_REPLY


def test_a_builder_needing_more_days_is_no_holding_reply() -> None:
    body = "We need a few more days to finish the kitchen, sorry for the dust."
    data = eml(body, subject="Kitchen", sender="Bob <bob.builds@gmail.com>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Short version: we want you in the studio. £68k base, 10% bonus, start in June.",
        "Kurz und knapp: Wir wollen dich im Team! 62.000 brutto, Start im Oktober.",
        "On veut que tu nous rejoignes ! 48k brut annuel, démarrage en septembre.",
        "Ya está, lo hemos cerrado: queremos que te vengas con nosotras. 38.000 brutos al año.",
    ],
)
def test_a_hire_said_plainly_is_an_offer(body: str) -> None:
    assert signal_of(eml(body, subject="News")).kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "We want you in the office on Tuesday at 10 to meet the team for the analyst role.",
        "Queremos que te vengas a tomar un café con el equipo para hablar del puesto.",
        "On aimerait te recruter : on peut caler un appel jeudi pour en parler ?",
    ],
)
def test_a_meeting_wanted_is_no_offer(body: str) -> None:
    assert signal_of(eml(body, subject="News")).kind is not Kind.OFFER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Recibido, muchas gracias. Se lo paso a Andrés, que lleva este tema.", "RE: Candidatura"),
        ("Bien reçu, merci ! Je transmets ton CV à Julie.", "Re: candidature développeur"),
        ("Danke, ist angekommen! Ich gebe Ihre Unterlagen an Herrn Weber weiter.", "AW: Bewerbung"),
    ],
)
def test_a_persons_receipt_in_few_words(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject)).kind is Kind.APPLICATION_RECEIVED


def test_a_receipt_of_a_recipe_is_no_application() -> None:
    data = eml("Recibido, gracias. ¡Qué buena pinta!", subject="Receta", sender="Ana <a@gmail.com>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "¿Me echas un cable el jueves 12 a las 12:00? Tengo la entrevista con una candidata para"
        " el puesto de diseñadora junior.",
        "Tu peux te joindre à moi jeudi 12 à 11h ? J'ai un entretien avec une candidate pour le"
        " poste de chef de projet.",
        "Kannst du Donnerstag, 12. März, um 11 Uhr dazukommen? Ich habe ein Gespräch mit einer"
        " Bewerberin für die Junior-Stelle.",
    ],
)
def test_helping_to_interview_someone_else_is_no_interview_of_ones_own(body: str) -> None:
    assert signal_of(eml(body, subject="Jueves")).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Wir freuen uns, dass sich die Eigentümerin nach den Besichtigungen für Sie entschieden"
        " hat. Den Mietvertrag senden wir Ihnen zu.",
        "Bonne nouvelle : le propriétaire a retenu votre dossier. Le bail vous sera envoyé et"
        " l'état des lieux aura lieu le 30 juin.",
        "Nos complace comunicarte que el propietario te ha elegido. Te enviaremos el contrato de"
        " alquiler.",
        "Great news: the landlord has decided to offer you the flat. Your tenancy agreement is"
        " attached.",
    ],
)
def test_a_flat_let_is_no_hiring_news(body: str) -> None:
    sender = "Petra Gerber <vermietung@hv-gerber.example>"
    assert signal_of(eml(body, subject="Wohnung", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "¿Te vendría bien pasar la entrevista al jueves 12 a las 16:00?",
        "Est-ce qu'on peut passer l'entretien à jeudi 12 à 16h ?",
    ],
)
def test_a_move_asked_in_a_thread_is_a_move(body: str) -> None:
    signal = _in_thread(body, ASKED, FIXED)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    assert (signal.interview_start.day, signal.interview_start.hour) == (12, 16)


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Lea, dein Profil wurde diese Woche 5-mal besucht, darunter eine Recruiterin.\n\n"
        "Diese E-Mail wurde an lea.hoffmann@mail.example gesendet.",
        "3 recruiters viewed your profile this week.\n\nThis email was sent to"
        " sam.lee@example.net.",
        "Ton profil a été vu par 4 recruteurs.\n\nCet e-mail a été envoyé à sam.lee@example.net.",
    ],
)
def test_a_mails_own_footer_is_no_receipt(body: str) -> None:
    sender = "XING <mail@xing.com>"
    assert signal_of(eml(body, subject="Besucher", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "There has been an update to your application for Claims Data Specialist.\n\nTo view the"
        " current status, sign in to Candidate Home.",
        "Le statut de votre candidature a évolué. Connectez-vous à votre espace candidat.",
        "El estado de tu candidatura ha cambiado. Entra en tu cuenta para verlo.",
        "Der Status Ihrer Bewerbung hat sich geändert. Bitte melden Sie sich im Portal an.",
    ],
)
def test_a_status_changed_behind_a_log_in_is_no_news(body: str) -> None:
    sender = "Silverpine <silverpine@myworkday.com>"
    signal = signal_of(eml(body, subject="Your application status has changed", sender=sender))
    assert signal.kind is Kind.OTHER
    assert signal.automated


def test_a_status_named_is_read() -> None:
    body = "Der Status Ihrer Bewerbung hat sich geändert.\n\nNeuer Status: In Prüfung durch die"
    body += " Fachabteilung"
    sender = "Medwerk <karriere@medwerk.example>"
    assert signal_of(eml(body, subject="Statusänderung", sender=sender)).kind is Kind.HOLDING_REPLY


def test_an_offer_not_guaranteed_is_no_offer() -> None:
    body = (
        "Thank you for submitting your application for Senior Risk Analyst. We have received it"
        " and will review it.\n\nPlease note that submitting an application does not guarantee"
        " an interview or an offer of employment."
    )
    sender = "Pinegate <pinegate@myworkday.com>"
    assert signal_of(eml(body, subject="Thank you", sender=sender)).kind is (
        Kind.APPLICATION_RECEIVED
    )


def test_decision_words_quoted_by_a_vendor_are_no_rejection() -> None:
    body = (
        "Candidates hate being ghosted. Our module sends personalised “we’ve decided to move"
        " forward with other candidates” emails the moment a stage closes."
    )
    sender = "Sam at PipelinePro <sam@mail.pipelinepro.example>"
    assert signal_of(eml(body, subject="Rejections", sender=sender)).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Al final hemos decidido no seguir adelante con lo del viaje. ¿Y tú qué tal con lo de las"
        " entrevistas?",
        "We've decided not to go ahead with the trip in August. How are the interviews going?",
    ],
)
def test_a_trip_not_gone_ahead_with_is_no_rejection(body: str) -> None:
    sender = "Pilar <pilarfdez@gmail.com>"
    assert signal_of(eml(body, subject="Agosto", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Nuria me pasó tu CV después de la meetup del martes. ¿Te apetece pasarte por la"
            " oficina? Dime qué días te van mejor.",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Wir haben heute im All-Hands erfahren, dass alle Stellen eingefroren werden. Unser"
            " Gespräch am Freitag muss ich deshalb absagen.",
            Kind.INTERVIEW_CANCELLED,
        ),
        (
            "I met Priya at the hackathon and she passed along your name. Could we set up a call"
            " about the data role? Which days next week work for you?",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_an_event_where_people_met_is_no_event_invitation(body: str, kind: Kind) -> None:
    assert signal_of(eml(body, subject="Hola")).kind is kind


def test_an_invitation_to_a_meetup_is_still_no_interview() -> None:
    body = "Join us at our meetup on Thursday 12 March at 6pm: talks on hiring and interviewing!"
    assert signal_of(eml(body, subject="Meetup")).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "How are the interviews going? Fancy lunch on Thursday at 1pm?",
        "Wie laufen deine Bewerbungen? Kaffee am Donnerstag um 10?",
        "Comment se passent tes entretiens ? On se fait un déj jeudi à 12h30 ?",
        "¿Qué tal con lo de las entrevistas? ¿Comemos el jueves a las 14:00?",
    ],
)
def test_a_friend_asking_after_the_search_is_no_hiring_mail(body: str) -> None:
    sender = "Kim <kim.friend@gmail.com>"
    assert signal_of(eml(body, subject="Lunch", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "The next step is an on-demand video interview: you'll answer 5 pre-recorded questions."
        " Please complete your interview by Wednesday, March 11.",
        "Als nächster Schritt folgt ein zeitversetztes Videointerview, das Sie bis Freitag"
        " abschließen.",
        "Prochaine étape : un entretien vidéo différé, à réaliser avant vendredi.",
        "El siguiente paso es una entrevista en diferido con preguntas pregrabadas.",
    ],
)
def test_an_assessment_taken_alone_is_no_interview(body: str) -> None:
    sender = "Stonebridge <noreply@hirevue.com>"
    assert signal_of(eml(body, subject="Next step", sender=sender)).kind is Kind.OTHER


def test_a_live_video_interview_is_still_scheduled() -> None:
    body = "Your video interview with Dana Cole is confirmed for Tuesday, March 10 at 2:00 PM ET."
    assert signal_of(eml(body, subject="Interview confirmed")).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Transportes Llanogrande te ha citado a una entrevista para la oferta Analista.\n\nFecha"
        " viernes, 6 de marzo de 2026\nHora 9:00 (hora de Colombia)",
        "La société Altea vous a convoqué à un entretien.\n\nDate : vendredi 6 mars 2026\nHeure :"
        " 9h00",
    ],
)
def test_a_board_saying_the_employer_summoned_you_is_scheduled(body: str) -> None:
    sender = "Computrabajo <notificaciones@computrabajo.com>"
    assert signal_of(eml(body, subject="Entrevista", sender=sender)).kind is (
        Kind.INTERVIEW_SCHEDULED
    )


@pytest.mark.parametrize(
    "body",
    [
        "Comme convenu, voici la suite : un entretien avec Karim Benali, DAF.\n\n  Jeudi 12 mars"
        " 2026, 10h (heure de Paris)\n\nMerci de me confirmer que ce créneau vous convient.",
        "As discussed, the next step is a 45-minute interview with Karim Benali:\n\n  Thursday,"
        " March 12, 10:00 ET\n\nPlease confirm this slot works for you.",
    ],
)
def test_the_next_step_with_its_day_and_time_is_scheduled(body: str) -> None:
    assert signal_of(eml(body, subject="Entretien")).kind is Kind.INTERVIEW_SCHEDULED


def test_a_replys_subject_repeats_the_thread_not_this_message() -> None:
    body = (
        "Thanks for hanging in there through the panel this morning. Feedback is due tonight,"
        " so I expect to have an answer for you by Friday."
    )
    subject = "Re: please share your availability for the technical panel"
    signal = _in_thread(body, ASKED, FIXED, subject=subject)
    assert signal.kind is Kind.HOLDING_REPLY


def test_features_named_for_a_recruiters_audience_ask_nothing() -> None:
    body = (
        "One-click interview scheduling: candidates pick a slot and the invite goes to the panel."
        " Want to see it? I'm running a live 30-minute demo on Wednesday, March 18 at 11am PT."
        " Book my seat: https://vendor.example/demo"
    )
    sender = "Sam at PipelinePro <sam@mail.pipelinepro.example>"
    assert signal_of(eml(body, subject="Demo", sender=sender)).kind is Kind.OTHER
