"""Classes of language found by the sixth round of mail written blind (people's own replies),
each with look-alikes that must not change: a meeting of another kind named as the reason an
interview moves, a time fixed by "they want to see you again", availability asked in phone
shorthand, offers in the words of a person, a meeting's length taken from the quoted request,
and an ordinal that names a round, not a day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.model.domain import Kind, Signal

BST = timezone(timedelta(hours=1))
SENT = datetime(2026, 7, 6, 18, 22, tzinfo=BST)  # a Monday


def _signal(body: str, subject: str, sender: str = "Dana Cole <dana.cole@acme.example>") -> Signal:
    return signal_of(eml(body, subject=subject, sender=sender, date=SENT))


@pytest.mark.parametrize(
    "reason",
    [
        "Raj has been pulled into an all-hands offsite on Thursday afternoon",
        "Raj's slot now clashes with the quarterly town hall",
    ],
)
def test_a_meeting_named_as_the_reason_for_a_move_leaves_it_a_move(reason: str) -> None:
    body = (
        f"Hi Sam,\n\nSorry for the late change. {reason}, so I've moved your panel to Monday "
        "13 July, same time (15:00-16:15), same Teams link - the updated invite is attached."
    )
    ics = vevent(
        start="20260713T150000",
        end="20260713T161500",
        tzid="Europe/London",
        summary="Interview: Sam Lee - Product Designer (panel)",
        organizer=("Harriet Cole", "harriet.cole@acme.example"),
        attendees=(("Sam Lee", ME), ("Raj Patel", "raj.patel@acme.example")),
        sequence=1,
    )
    data = eml(body, subject="RE: Interview: Sam Lee - Product Designer", ics=ics, date=SENT)
    signal = signal_of(data)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence


def test_an_all_hands_invite_is_still_no_interview() -> None:
    ics = vevent(
        summary="Q3 all-hands",
        organizer=("Harriet Cole", "harriet.cole@acme.example"),
        attendees=(("Sam Lee", ME), ("Raj Patel", "raj.patel@acme.example")),
    )
    data = eml("Agenda attached for the all-hands.", subject="Invitation: Q3 all-hands", ics=ics)
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("subject", "body", "hour"),
    [
        (
            "calder & finch",
            "hi sam just off the phone w sarah they want to see you again for the 2nd stage "
            "thurs at 10am at their office on old st  should be about an hour",
            10,
        ),
        (
            "Ihre Bewerbung",
            "Der Kunde möchte Sie gerne noch einmal sehen, am Donnerstag um 10 Uhr in seinem Büro.",
            10,
        ),
        ("Votre candidature", "Le client souhaite vous revoir jeudi à 10h dans ses locaux.", 10),
        (
            "Tu candidatura",
            "El cliente quiere volver a verte el jueves a las 10:00 en su oficina.",
            10,
        ),
    ],
)
def test_they_want_to_see_you_at_a_time_fixes_the_interview(
    subject: str, body: str, hour: int
) -> None:
    signal = _signal(body, subject, "Danny Price <danny.price@brightforge-recruit.example>")
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start is not None
    assert (signal.interview_start.weekday(), signal.interview_start.hour) == (3, hour)


def test_they_want_to_see_you_without_a_time_asks_for_one() -> None:
    signal = _signal("They want to see you again next week. When are you free?", "Next round")
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence


def test_the_2nd_stage_is_no_day_of_the_month() -> None:
    from followupd.dates.days import find_days

    found = find_days("they want to see you for the 2nd stage thurs at 10am", SENT)
    assert [d.day.isoformat() for d in found] == ["2026-07-09"]


def test_availability_asked_in_phone_shorthand_is_a_request() -> None:
    body = (
        "hola q tal\nel cliente quiere verte esta semana para lo de controller q dias tienes "
        "libres? seria presencial 1h aprox\ndime algo y lo cierro con ellos"
    )
    signal = _signal(body, "cliente farma", "Rubén Gil <ruben.gil@levanta-rrhh.example>")
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence


def test_a_friend_asking_which_days_are_free_is_no_request() -> None:
    assert _signal("q dias tienes libres para cenar?", "cena", "Ana <ana@gmail.com>").kind is (
        Kind.OTHER
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "RE: Entretien final",
            "Le comité a validé votre recrutement : nous serions ravis que vous rejoigniez "
            "Rhône Mobilités en tant que cheffe de projet Data.",
        ),
        ("AW: Finales Gespräch", "Wir würden uns freuen, wenn Sie unser Team verstärken."),
        ("RE: Final interview", "We'd be delighted for you to join the team as Data Lead."),
        ("RE: Entrevista final", "Nos encantaría que te unieras a nuestro equipo como jefa."),
    ],
)
def test_an_offer_in_a_persons_words(subject: str, body: str) -> None:
    assert _signal(body, subject).kind is Kind.OFFER


def test_delighted_to_have_you_join_an_interview_is_no_offer() -> None:
    body = "We'd be delighted to have you join us for a panel interview on Friday."
    assert _signal(body, "RE: Your application").kind is not Kind.OFFER


def test_a_replys_length_comes_from_the_request_it_quotes() -> None:
    body = (
        "Perfect, Tuesday 2pm it is. Talk then!\n\nDana\n\n"
        "On Mon, Jul 6, 2026 at 9:10 AM Sam Lee <sam.lee@example.net> wrote:\n"
        "> Tuesday at 2pm works for me.\n>\n"
        "> On Fri, Jul 3, 2026 at 4:00 PM Dana Cole <dana.cole@acme.example> wrote:\n"
        ">> Thanks for applying to the Analyst role! Could we set up a 30-minute phone "
        "screen next week? When are you free?\n"
    )
    signal = _signal(body, "Re: Analyst role - phone screen")
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start is not None and signal.interview_end is not None
    assert signal.interview_end - signal.interview_start == timedelta(minutes=30)


def _html_mail(plain: str, html: str, subject: str, sender: str) -> bytes:
    return eml(plain, subject=subject, sender=sender, html=html, date=SENT)


@pytest.mark.parametrize(
    ("plain", "cell"),
    [
        (
            "This message contains formatted content. To view it, open it in an email "
            "application that supports HTML, or sign in to Candidate Home: "
            "https://acme.wd3.example/userHome",
            "No Longer Under Consideration",
        ),
        (
            "Le recruteur a mis à jour votre candidature à l'offre Responsable contrôle de "
            "gestion. Consultez votre espace : https://apec.example/mon-espace",
            "Candidature non retenue",
        ),
    ],
)
def test_a_stub_text_part_gives_way_to_the_html_that_says_the_news(plain: str, cell: str) -> None:
    html = (
        "<html><body><p>Hello,</p><p>The status of your application has changed.</p>"
        "<table><tr><th>Job</th><th>Requisition</th><th>Status</th></tr>"
        f"<tr><td>Claims Data Analyst</td><td>R-4471</td><td>{cell}</td></tr></table>"
        "<p>You can review your applications at any time in your candidate profile, where "
        "you will also find other open roles that match your experience and interests.</p>"
        "<p>Thank you for your interest in working with us.</p></body></html>"
    )
    data = _html_mail(plain, html, "Application status update", "Acme <acme@myworkday.com>")
    assert signal_of(data).kind is Kind.REJECTION


def test_a_plain_part_that_says_it_all_is_read_as_it_is() -> None:
    plain = "Thanks for applying to the Analyst role. We have received your application."
    html = f"<html><body><p>{plain}</p><p>Unfortunately you were not selected.</p></body></html>"
    data = _html_mail(plain, html, "Application received", "Acme <acme@myworkday.com>")
    assert signal_of(data).kind is Kind.APPLICATION_RECEIVED


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Update on your job submission",
            "The status of your job submission has been updated.\n\nJob Title Requisition "
            "Number Current Status\n\nSenior Quality Analyst 26001873 Position Filled\n",
        ),
        ("Tu solicitud", "Estado de tu candidatura\nJefe de proyecto FTTH 4471 No seleccionado\n"),
        (
            "Ihre Bewerbung",
            "Status Ihrer Bewerbung\nController (m/w/d) 4017 Nicht berücksichtigt\n",
        ),
    ],
)
def test_a_status_cell_ending_a_table_row_is_a_rejection(subject: str, body: str) -> None:
    assert _signal(body, subject, "HR <hr@acme.example>").kind is Kind.REJECTION


def test_a_doctors_cancelled_appointment_is_no_status_cell() -> None:
    body = "Ihr Termin bei Dr. Wiese am 12.03. um 9:00 Uhr wurde abgesagt.\n"
    assert _signal(body, "Terminabsage", "Praxis Wiese <termine@praxis.example>").kind is not (
        Kind.REJECTION
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Updated interview time",
            "Your interview with Larkspur Bio has a new time.\n\nNew time: Tuesday, July 14, "
            "2026, 14:30 - 15:15 (Central European Time)",
        ),
        (
            "Nueva hora para tu entrevista",
            "Tu entrevista con Larkspur tiene una nueva hora.\n\nNueva fecha: martes, 14 de "
            "julio de 2026, 14:30 - 15:15 (hora peninsular)",
        ),
    ],
)
def test_a_platforms_new_time_notice_is_a_move(subject: str, body: str) -> None:
    assert _signal(body, subject, "Lever <no-reply@hire.lever.co>").kind is (
        Kind.INTERVIEW_RESCHEDULED
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ihre Bewerbung ist noch nicht abgeschickt",
            "Sie haben mit Ihrer Bewerbung bei Hafen AG begonnen, Ihre Bewerbung wurde aber "
            "noch nicht abgeschickt.",
        ),
        (
            "Finish your application",
            "You started an application to Acme, but it has not been submitted yet.",
        ),
    ],
)
def test_an_application_not_sent_yet_is_no_acknowledgement(subject: str, body: str) -> None:
    assert _signal(body, subject, "Jobs <noreply@jobs.example>").kind is not (
        Kind.APPLICATION_RECEIVED
    )
