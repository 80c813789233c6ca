"""Classes of language found by the fourteenth round of mail written blind (people writing two
lines in four languages; platform mail), each in the languages it spans, with look-alikes that
must keep their reading: the time the user agreed to, moved; a move offering a choice; a move
agreed after a request to move; cancellations and offers in everyday words; applications for
something else; a friend's own news."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

import pytest
from classify_mail import EST, ME, earlier, eml, reply_in_thread, signal_of

from followupd.model import Person, Signal
from followupd.model.domain import Kind
from followupd.understand.thread import USER_AGREED, Earlier, thread_context

FOUNDER = Person("noah@kestrel.example", "Noah Brennan")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=EST)
FRIDAY_10 = datetime(2026, 3, 6, 10, 0, tzinfo=EST)
TUESDAY_2 = datetime(2026, 3, 10, 14, 0, tzinfo=EST)


_earlier = partial(earlier, writer=FOUNDER, subject="First data hire at Kestrel")


ASKED = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("a time asked about",), company="Kestrel"))
AGREED = _earlier(
    2, Signal(Kind.OTHER, (f'{USER_AGREED}: "works for me"',), interview_start=FRIDAY_10), True
)
PROPOSED = _earlier(
    2, Signal(Kind.OTHER, ("written by the user",), interview_start=FRIDAY_10), True
)
FIXED = _earlier(
    0, Signal(Kind.INTERVIEW_SCHEDULED, ("interview confirmed",), interview_start=TUESDAY_2)
)
DONE_ROUND = _earlier(
    0,
    Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=MONDAY - timedelta(days=7),
    ),
)


def _reply(
    body: str, *thread: Earlier, sender: str = "Noah Brennan <noah@kestrel.example>"
) -> Signal:
    """A reply in the thread, written on Thursday 5 March (the day before the time agreed)."""
    subject = "Re: First data hire at Kestrel"
    return reply_in_thread(body, *thread, sender=sender, subject=subject, days=3)


def _from_user(body: str, *earlier: Earlier) -> Signal:
    return _reply(body, *earlier, sender=f"Sam Lee <{ME}>")


@pytest.mark.parametrize(
    "body",
    [
        "Friday 10am works for me, that's 4pm here. Talk then!",
        "Freitag um 10 Uhr passt mir gut, bis dann!",
        "Vendredi 10h, c'est noté, à vendredi !",
        "Je viens de réserver vendredi à 10h via ton lien.",
        "El viernes a las 10 me va perfecto.",
    ],
)
def test_the_user_agreeing_to_a_time_asked_for_is_marked_in_the_thread(body: str) -> None:
    signal = _from_user(body, ASKED)
    assert signal.kind is Kind.OTHER
    assert signal.evidence[0].startswith(USER_AGREED)
    context = thread_context([ASKED, _earlier(2, signal, True)])
    assert context.user_agreed is not None and context.interview_start is None


@pytest.mark.parametrize(
    "body",
    [
        "Friday 10am doesn't work for me, sorry - could we do Monday?",
        "Friday works for me. Would 10am your time be OK, or is 2pm better?",
        "Freitag um 10 passt mir leider nicht.",
    ],
)
def test_a_user_proposing_or_refusing_agrees_to_nothing(body: str) -> None:
    assert not _from_user(body, ASKED).evidence[0].startswith(USER_AGREED)


@pytest.mark.parametrize(
    "body",
    [
        "So sorry - an investor grabbed tomorrow morning. Pushing us to Monday, same time?",
        "Désolé, mon comité déborde : je nous décale à lundi, même heure.",
        "Mil perdones, me ha surgido un tema. Lo paso al lunes, misma hora y mismo enlace.",
        "Sorry, lo pasamos al lunes 9, misma hora?",
        "Tut mir leid, ich muss uns auf Montag verschieben, gleiche Uhrzeit.",
    ],
)
def test_the_time_the_user_agreed_to_moved_by_the_employer_is_a_move(body: str) -> None:
    signal = _reply(body, ASKED, AGREED)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None
    assert signal.interview_start.replace(tzinfo=None) == datetime(2026, 3, 9, 10, 0)


def test_the_employer_confirming_the_time_agreed_is_no_move() -> None:
    for body in ("Perfect - Friday 10am it is, talk then!", "Great, see you Friday."):
        assert _reply(body, ASKED, AGREED).kind is Kind.INTERVIEW_SCHEDULED


def test_a_time_only_proposed_by_the_user_is_not_moved_by_a_counter_offer() -> None:
    body = "Friday is tough, can we push to Monday at 10 instead?"
    assert _reply(body, ASKED, PROPOSED).kind is not Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Could we move it to Thursday at 2pm, or Friday at 9am? Let me know what suits you.",
        "Serait-il possible de décaler au jeudi, même heure, ou au vendredi à 9h ?",
        "¿Podemos pasarla al jueves a las 14:00 o al viernes a las 9:00?",
    ],
)
def test_a_move_offering_a_choice_of_times_asks_for_one(body: str) -> None:
    assert _reply(body, FIXED).kind is not Kind.INTERVIEW_RESCHEDULED


def test_a_time_agreed_after_a_request_to_move_is_a_move() -> None:
    asked_to_move = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)))
    picked = _earlier(2, Signal(Kind.OTHER, ("written by the user",)), True)
    body = "Parfait, c'est noté pour jeudi à 16h."
    assert _reply(body, FIXED, asked_to_move, picked).kind is Kind.INTERVIEW_RESCHEDULED


def test_a_time_agreed_for_a_next_round_is_no_move() -> None:
    asked = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)))
    picked = _earlier(2, Signal(Kind.OTHER, ("written by the user",)), True)
    body = "Parfait, c'est noté pour jeudi 5 mars à 16h pour le second entretien."
    assert _reply(body, DONE_ROUND, asked, picked).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Clara, quick one: lo de mañana a las 10 lo tenemos que suspender, congelaron la búsqueda.",
        "Petit contretemps : le client est appelé à Grenoble, donc demain tombe à l'eau.",
        "Die Kita streikt. Heute Nachmittag wird das leider nix, lass uns das bitte canceln.",
        "Lass uns den Termin bitte absagen, ich melde mich mit einem neuen Vorschlag.",
    ],
)
def test_a_meeting_called_off_in_everyday_words_is_cancelled(body: str) -> None:
    assert _reply(body, ASKED, AGREED).kind is Kind.INTERVIEW_CANCELLED


def test_a_dinner_falling_through_is_no_cancelled_interview() -> None:
    body = "Notre dîner de demain tombe à l'eau, Paul est malade. On se rattrape ?"
    sender = "Camille Martin <camille.martin@gmail.com>"
    assert signal_of(eml(body, subject="demain", sender=sender)).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "It's an easy yes from both of us. We want you as Kestrel's first data hire: $138k base.",
        "It's unanimous. We want you as our Head of Data - $145k base, 0.6% equity.",
        "Lo tenemos clarísimo: queremos que seas nuestra Head of Data. 85k fijos.",
        "C'est unanime : on veut que tu deviennes notre responsable data. 55k brut.",
        "Wir wollen dich als unsere neue Teamleiterin BI, 78.000 brutto.",
    ],
)
def test_a_role_offered_as_what_the_user_is_wanted_as_is_an_offer(body: str) -> None:
    data = eml(body, subject="Re: Head of Data at Kestrel", sender="Noah <noah@kestrel.example>")
    assert signal_of(data).kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "We want you as our guest on the Data Futures podcast next month.",
        "Queremos que seas nuestra ponente invitada en el meetup de datos.",
        "Wir wollen dich als Referentin für unseren Data Day im Mai.",
    ],
)
def test_wanted_as_a_guest_or_speaker_is_no_offer(body: str) -> None:
    data = eml(body, subject="Data Futures - Head of Data series", sender="Noah <noah@pod.example>")
    assert signal_of(data).kind is not Kind.OFFER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Thank you for applying to rent Flat 3 at £2,350 pcm. Our referencing partner will"
            " email you within 2 working days.",
            "Application received - 2 bed flat",
        ),
        (
            "Wir bestätigen den Eingang Ihres Antrags auf Mitgliedschaft. In der Regel erhalten"
            " Sie innerhalb von zehn Werktagen eine Antwort.",
            "Eingangsbestätigung: Ihr Antrag",
        ),
        (
            "Vielen Dank für Ihr Vertrauen. Ihr Antrag auf eine Berufsunfähigkeitsversicherung ist"
            " bei uns eingegangen.",
            "Ihr Antrag ist eingegangen",
        ),
        (
            "Tienes una oferta preaprobada: Préstamo Personal hasta 15.000 €. Tu solicitud será"
            " revisada al momento.",
            "Nora, tienes una oferta preaprobada",
        ),
        (
            "Nous avons bien reçu votre candidature au mastère spécialisé. La décision"
            " d'admission vous sera communiquée sous 10 jours.",
            "Votre candidature",
        ),
    ],
)
def test_an_application_for_something_else_is_no_job(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject, sender="Service <service@x.example>")).kind is (
        Kind.OTHER
    )


def test_a_job_application_received_still_is_one() -> None:
    body = (
        "Vielen Dank für Ihre Bewerbung als Data Engineer. Ihre Unterlagen sind bei uns"
        " eingegangen; wir melden uns innerhalb von zwei Wochen."
    )
    assert signal_of(eml(body, subject="Ihre Bewerbung")).kind is Kind.APPLICATION_RECEIVED


@pytest.mark.parametrize(
    "body",
    [
        "Primaaa!! Me dieron el puesto!!! Te cuento todo el jueves.",
        "Guess what - I got the job! Drinks on me Friday, I'll tell you everything.",
        "Ich hab die Zusage! Drück mir die Daumen für die Probezeit, ich erzähl dir am Freitag.",
        "J'ai décroché le poste ! Je te raconte tout jeudi.",
        "Me han llamado para una entrevista el jueves. ¿Me haces un simulacro mañana?",
    ],
)
def test_a_friends_own_job_news_is_not_the_users(body: str) -> None:
    data = eml(body, subject="!!!", sender="Paula <paula.r@gmail.com>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "If you fancy it, si ça te dit: prends un créneau de 30 min dans mon agenda cette semaine.",
        "Si te apetece, coge un hueco en mi agenda: https://calendly.com/x/30min",
        "Wenn du Lust hast, buch dir einen Slot für ein erstes Gespräch.",
        "S'il vous plaît, choisissez un créneau pour votre entretien.",
    ],
)
def test_a_willingness_asked_does_not_make_a_booking_link_conditional(body: str) -> None:
    data = eml(body, subject="Ta candidature - Lead Data Analyst")
    assert signal_of(data).kind is Kind.INTERVIEW_REQUEST


def test_an_attendance_to_confirm_is_no_time_asked_for() -> None:
    body = (
        "Your technical round has been fixed as per below details:\n"
        "Date: 15-Oct-2026 (Thursday)\nTime: 3:30 PM IST\nDuration: 1 hour\n"
        "Kindly confirm your availability at the earliest by revert mail."
    )
    subject = "Technical Round - Senior Data Analyst"
    assert signal_of(eml(body, subject=subject)).kind is not Kind.INTERVIEW_REQUEST


def test_an_online_test_by_a_deadline_is_no_interview() -> None:
    body = (
        "Im Rahmen Ihrer Bewerbung laden wir Sie zu einem Online-Assessment ein.\n"
        "Bearbeitung möglich bis: Sonntag, 8. März 2026, 23:59 Uhr."
    )
    data = eml(body, subject="Einladung zum Online-Assessment")
    assert signal_of(data).kind is not Kind.INTERVIEW_SCHEDULED


def test_a_role_frozen_that_is_no_no_is_a_holding_reply() -> None:
    body = (
        "Bis die Series A unterschrieben ist, darf ich niemanden einstellen. Die Stelle ist also"
        " nicht weg, aber gerade eingefroren. Bis Ende März weiß ich mehr und melde mich."
    )
    assert signal_of(eml(body, subject="Re: Senior Product Analyst")).kind is Kind.HOLDING_REPLY


def test_a_role_frozen_and_closed_is_still_a_rejection() -> None:
    body = "Die Stelle ist eingefroren und wird nicht mehr besetzt. Es tut mir leid."
    assert signal_of(eml(body, subject="Re: Senior Product Analyst")).kind is Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Could you do thu 11am or fri 10am ET? 30 min, super informal.", "Re: First data hire"),
        (
            "We're still working through the last conversations. A yes or no by Wednesday.",
            "Re: Analytics Lead - checking in",
        ),
    ],
)
def test_a_startup_hire_and_a_lead_title_make_hiring_mail(body: str, subject: str) -> None:
    assert signal_of(eml(body, subject=subject)).kind is not Kind.OTHER


def test_a_bike_hire_is_no_hiring_mail() -> None:
    body = "Could you do Thursday 11am or Friday 10am? 30 min to pick up the tandem."
    data = eml(body, subject="Your bike hire", sender="Rentals <hello@bikes.example>")
    assert signal_of(data).kind is Kind.OTHER


def test_a_sign_in_link_is_an_account_notice() -> None:
    body = (
        "Your sign-in link is valid for 15 minutes. From MyGreenhouse you can see the status of"
        " applications you've submitted."
    )
    data = eml(body, subject="Your MyGreenhouse sign-in link", sender="MyGreenhouse <x@g.example>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Leider muss ich unser Gespräch am Donnerstag verschieben. Neuer Termin: Freitag,"
            " 6. März 2026, 9:00 Uhr, wie gehabt via Teams.",
            "Verschiebung unseres Gesprächs - Business Analyst",
        ),
        (
            "Je vous confirme notre rendez-vous le mardi 10 mars à 10h30 dans nos locaux.",
            # (the post named: without it, a dentist confirms the same)
            "Confirmation de notre rendez-vous - poste de chargée de projet",
        ),
        (
            "Lamento tener que cancelar nuestra reunión del miércoles: la vacante quedó en pausa.",
            "Nuestra reunión del miércoles",
        ),
        (
            "Something came up on my end, so I have to move our 3pm interview to 4:30pm today.",
            "Re: Product Designer - push to 4:30?",
        ),
    ],
)
def test_the_writer_whose_meeting_it_is_is_the_interviewer(body: str, subject: str) -> None:
    sender = "Katharina Pichler <katharina.pichler@seenland.example>"
    signal = signal_of(eml(body, subject=subject, sender=sender))
    assert signal.kind is not Kind.OTHER
    assert [p.address for p in signal.interviewers] == ["katharina.pichler@seenland.example"]


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (  # the conversation already had, not the interview
            "Suite à notre échange téléphonique de ce matin, je vous confirme votre entretien :"
            " mardi 10 mars 2026 à 10h00.",
            "Kevin Lambert <kevin.lambert@logivia.example>",
        ),
        (  # someone else is named
            "Leider muss ich unser Gespräch verschieben: Herr Kessler ist krank. Neuer Termin:"
            " Freitag, 6. März 2026, 9:00 Uhr.",
            "Birgit Hahn <birgit.hahn@solvatec.example>",
        ),
        (  # a shared mailbox writes
            "Je vous confirme notre rendez-vous le mardi 10 mars à 10h30 dans nos locaux.",
            "Recrutement <recrutement@kerlann.example>",
        ),
    ],
)
def test_no_writer_is_made_the_interviewer_without_cause(body: str, sender: str) -> None:
    signal = signal_of(eml(body, subject="Votre entretien / Ihr Gespräch", sender=sender))
    assert sender.split("<")[1].rstrip(">") not in [p.address for p in signal.interviewers]
