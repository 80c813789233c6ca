"""Classes of language found by the fifth round of mail written blind, each in the four
languages, with the look-alikes that must not change: the search going on without the user,
someone from inside chosen, a status that says the post was filled, linking adverbs inside a
move ("est donc reporté"), "tell me when you are free", more candidates still to meet, and mail
from an applicant-tracking system that names no hiring word."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

CET = timezone(timedelta(hours=2))


def _kind(body: str, subject: str, sender: str = "Dana Cole <dana.cole@acme.example>") -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Thanks for Thursday",
            "You were great on Thursday. Where we landed is that we're going to keep looking "
            "rather than bring you in for this one.",
        ),
        (
            "Re: Thanks",
            "We'll keep searching for someone with more on-call experience, but thank you.",
        ),
        (
            "Re: Danke",
            "Du warst super. Wir werden aber weitersuchen, weil wir jemanden mit mehr "
            "Erfahrung im Vertrieb brauchen.",
        ),
        (
            "Re: Merci",
            "Vous étiez très bien, mais nous avons décidé de poursuivre nos recherches pour ce "
            "poste.",
        ),
        (
            "Re: Gracias",
            "Estuviste genial, pero vamos a seguir buscando un perfil con más experiencia.",
        ),
    ],
)
def test_the_search_going_on_without_the_user_is_a_rejection(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Update",
            "We're still interviewing and will keep looking for a couple more weeks, then get "
            "back to you.",
        ),
        (
            "Re: Ihre Bewerbung",
            "Wir suchen weiter nach Kandidaten und melden uns bei Ihnen, sobald wir mehr wissen.",
        ),
        (
            "Re: Votre candidature",
            "Nous poursuivons nos recherches et reviendrons vers vous d'ici deux semaines.",
        ),
        (
            "Re: Tu candidatura",
            "Seguimos buscando candidatos y te contaremos algo la semana que viene.",
        ),
    ],
)
def test_a_search_that_keeps_the_user_in_it_is_no_rejection(subject: str, body: str) -> None:
    assert _kind(body, subject) is not Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Following up",
            "This one was close. In the end the panel felt that another finalist's depth in "
            "design systems was the better match for the role, and we've extended the offer to "
            "them.",
        ),
        (
            "KAM",
            "Acabo de hablar con el cliente: al final se quedan con una persona de dentro para la "
            "posición.",
        ),
        ("Rückmeldung", "Der Kunde hat sich leider für eine interne Lösung entschieden."),
        ("Retour", "Le client a finalement opté pour une promotion interne."),
    ],
)
def test_the_post_given_to_another_or_to_an_insider_is_a_rejection(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.REJECTION


def test_an_offer_extended_to_the_user_is_no_rejection() -> None:
    body = "We're delighted to have extended the offer to you and look forward to hearing back."
    assert _kind(body, "Your offer") is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Job Title Requisition Location Status\n\nClinical Informatics Specialist 2026-4471 "
        "Hartford, CT Closed - Filled by another applicant",
        "Your application for Analyst\nStatus: Position filled",
        "Die ausgeschriebene Position konnten wir zwischenzeitlich besetzen. Wir wünschen Ihnen "
        "viel Erfolg.",
        "Poste Développeur React (H/F)\nCandidature envoyée le 12/02/2026\nStatut Processus "
        "clôturé pour votre candidature",
    ],
)
def test_a_status_or_a_post_filled_is_a_rejection(body: str) -> None:
    assert _kind(body, "Your application status has been updated") is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying. We review applications until the position is filled.",
        "Thanks for applying. Applications are reviewed on a rolling basis until the role is "
        "filled.",
    ],
)
def test_until_the_role_is_filled_is_no_decision(body: str) -> None:
    assert _kind(body, "Application received") is Kind.APPLICATION_RECEIVED


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Report de votre entretien",
            "Votre entretien est donc reporté au lundi 21 septembre à 9h00, au même endroit.",
        ),
        (
            "Votre candidature : analyste",
            "Votre entretien est ainsi décalé au lundi 21 septembre à 9h00.",
        ),
        (
            "Su candidatura: analista",
            "Su entrevista queda por tanto aplazada al lunes 21 de septiembre a las 9:00.",
        ),
        (
            "Your interview",
            "Your interview has therefore been moved to Monday 21 September at 9am.",
        ),
    ],
)
def test_a_linking_adverb_inside_a_move_leaves_it_a_move(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Votre candidature",
            "Je vous propose de venir nous voir à l'atelier. Dites-moi quand vous êtes "
            "disponible la semaine prochaine.",
        ),
        ("Ihre Bewerbung", "Sagen Sie mir, wann Sie nächste Woche Zeit haben."),
        ("Su candidatura", "Dime cuándo estás disponible la semana que viene."),
        ("Your application", "Let me know when you're free next week for a chat."),
    ],
)
def test_tell_me_when_you_are_free_asks_for_an_interview(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.INTERVIEW_REQUEST


def test_tell_me_when_among_friends_is_no_request() -> None:
    body = "Dime cuándo estás disponible la semana que viene para cenar."
    assert _kind(body, "Re: cena", "Ana <ana@gmail.com>") is Kind.OTHER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview confirmation",
            "We have two more candidates coming in early next week, so the panel won't compare "
            "notes until after that. We're now aiming to get back to everyone by Friday 8 May.",
        ),
        ("Re: Ihre Bewerbung", "Wir führen noch zwei weitere Gespräche und melden uns danach."),
        ("Re: Votre candidature", "Nous rencontrons encore deux candidats cette semaine."),
        ("Re: Tu candidatura", "Aún nos quedan dos entrevistas; te diremos algo después."),
    ],
)
def test_more_candidates_still_to_meet_is_a_holding_reply(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.HOLDING_REPLY


def test_an_ats_mail_without_a_hiring_word_is_read_as_hiring_mail() -> None:
    body = (
        "¡Gracias por tu interés en Kóbalt Pay! Nos ha encantado tu perfil y queremos "
        "conocerte mejor. El siguiente paso es una videollamada de 45 minutos con Irene. "
        "Elige el horario que mejor te venga en el siguiente enlace."
    )
    sender = "Pau Ferrer <no-reply@hire.lever.co>"
    assert _kind(body, "Siguiente paso con Kóbalt Pay: elige tu horario", sender) is (
        Kind.INTERVIEW_REQUEST
    )


def test_the_same_words_from_anyone_else_are_no_request() -> None:
    body = "¡Gracias por tu interés! Elige el horario que mejor te venga en el siguiente enlace."
    sender = "Peluquería Sol <citas@peluqueria-sol.example>"
    assert _kind(body, "Tu cita: elige tu horario", sender) is not Kind.INTERVIEW_REQUEST


def test_a_german_weekday_abbreviation_in_a_reply_takes_the_quoted_window() -> None:
    body = (
        "Guten Morgen Lena,\n\nDo 9:30 passt mir super. Hier der Link: "
        "https://meet.example/xqr\n\nBis Donnerstag!\nMarkus\n\n"
        "Am 09.06.2026 um 20:37 schrieb Lena Vogt <sam.lee@example.net>:\n"
        "> Nächste Woche würde bei mir gehen:\n"
        "> - Dienstag, 16.6., ab 10 Uhr\n"
        "> - Donnerstag, 18.6., zwischen 9 und 11 Uhr\n"
    )
    sent = datetime(2026, 6, 10, 7, 51, tzinfo=CET)
    data = eml(
        body,
        subject="Aw: Re: Deine Bewerbung bei Feldlerche - UX Design",
        sender="Markus Ehrlich <m.ehrlich@gmx.example>",
        date=sent,
    )
    signal = signal_of(data)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start == datetime(2026, 6, 18, 9, 30, tzinfo=CET), signal.evidence


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Donnerstag, 18.6., zwischen 9 und 11 Uhr", 9, 11),
        ("jeudi 18 juin entre 9h et 11h", 9, 11),
        ("Thursday, 18 June, between 9 and 11am", 9, 11),
    ],
)
def test_between_two_hours_is_a_window(text: str, start: int, end: int) -> None:
    from followupd.dates.mentions import find_interview_times

    sent = datetime(2026, 6, 10, 7, 51, tzinfo=CET)
    (found,) = find_interview_times(text, sent, None)
    assert (found.start.day, found.start.hour) == (18, start)
    assert found.end is not None and found.end.hour == end


def test_do_before_a_time_in_english_is_no_thursday() -> None:
    from followupd.dates.days import find_days

    sent = datetime(2026, 6, 10, 7, 51, tzinfo=CET)
    assert find_days("Do 9:30 or 10 work for you?", sent) == []
    assert [d.day.isoformat() for d in find_days("Do 9:30 passt mir.", sent)] == ["2026-06-11"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Deine Bewerbung", "Donnerstag 9:30 passt mir super. Hier der Link."),
        ("Re: Votre candidature", "Jeudi 9h30 me convient parfaitement. Voici le lien."),
        ("Re: Tu candidatura", "El jueves a las 9:30 me va perfecto."),
        ("Re: Your application", "Thursday 9:30 works great for me. Here is the link."),
    ],
)
def test_a_time_that_suits_the_writer_fixes_the_interview(subject: str, body: str) -> None:
    assert _kind(body, subject) is Kind.INTERVIEW_SCHEDULED


def test_a_question_whether_a_time_suits_fixes_nothing() -> None:
    assert _kind("Jeudi 9h30 vous conviendrait-il ?", "Re: Votre candidature") is not (
        Kind.INTERVIEW_SCHEDULED
    )


def test_a_french_hour_after_a_weekday_is_no_day_of_the_month() -> None:
    from followupd.dates.mentions import find_interview_times

    sent = datetime(2026, 4, 14, 10, tzinfo=CET)
    (found,) = find_interview_times("Jeudi 9h30 me convient.", sent, None)
    assert found.start == datetime(2026, 4, 16, 9, 30, tzinfo=CET)
