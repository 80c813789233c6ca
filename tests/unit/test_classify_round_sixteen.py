"""Classes of language found by the sixteenth round of mail written blind (people writing a
language not their own, texting style, other names for interviews; portals' HTML), each in
the languages it spans, with look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

import pytest
from classify_mail import EST, earlier, eml, reply_in_thread, signal_of

from followupd.model import Person, Signal
from followupd.model.domain import Kind
from followupd.understand.classifier import normalise
from followupd.understand.thread import Earlier

RECRUITER = Person("jana.koehler@nordlicht.example", "Jana Köhler")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=EST)


_earlier = partial(earlier, writer=RECRUITER, subject="Next steps - Product Analyst")


def _reply(body: str, *thread: Earlier) -> Signal:
    subject = "Re: Next steps - Product Analyst"
    return reply_in_thread(body, *thread, sender="Jana <jana@n.example>", subject=subject, days=1)


def test_texting_is_spelled_out_for_the_phrases() -> None:
    assert normalise("Can u do Fri 9am? pls confirm tmrw, thx") == (
        "can you do fri 9am? please confirm tomorrow, thanks"
    )
    assert normalise("Serán siete u ocho personas") == "serán siete u ocho personas"


@pytest.mark.parametrize(
    "body",
    [
        "hey - team went thru ur take-home today. can u do fri 9am PT? if not throw me 2-3 slots",
        "Loved your take-home. Could you do Thursday at 2pm for 45 minutes with our CTO?",
    ],
)
def test_a_time_offered_in_texting_style_is_a_request(body: str) -> None:
    data = eml(body, subject="next step", sender="Ethan Park <ethan@loopwise.example>")
    assert signal_of(data).kind is Kind.INTERVIEW_REQUEST


def test_take_home_pay_is_no_hiring_mail() -> None:
    body = "Your take-home pay this month is shown below. Can you do Friday 9am for the audit?"
    data = eml(body, subject="Payslip", sender="Payroll <payroll@employer.example>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Kurze Planänderung für morgen: wir müssen das Zweitgespräch von 10 auf 13 Uhr schieben.",
        "In continuation to our trailing mail, please find below the revised schedule for your"
        " Technical Round:\nDate: 4 March 2026\nTime: 3:30 PM - 4:30 PM EST",
    ],
)
def test_a_move_in_everyday_words_with_its_new_time_is_a_move(body: str) -> None:
    data = eml(body, subject="Zweitgespräch / Technical Round - Product Analyst")
    assert signal_of(data).kind is Kind.INTERVIEW_RESCHEDULED


def test_a_reminder_that_the_panel_is_blocked_confirms_the_time() -> None:
    fixed = _earlier(
        1,
        Signal(
            Kind.INTERVIEW_SCHEDULED,
            ("interview confirmed",),
            interview_start=MONDAY + timedelta(days=2, hours=6, minutes=30),
        ),
    )
    body = "Hi Sam pls confirm tmrw 3:30pm tech round ok? panel is blocked for u"
    assert _reply(body, fixed).kind is Kind.INTERVIEW_SCHEDULED


def test_a_time_asked_about_in_a_thread_that_asks_for_one_is_a_request() -> None:
    asked = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)))
    own = _earlier(2, Signal(Kind.OTHER, ("written by the user",)), True)
    body = "Hi Sam, would Thursday at 2pm work? Tobias has a gap then."
    assert _reply(body, asked, own).kind is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    "body",
    [
        "We really appreciate the time you took to apply. We are no longer reviewing applicants"
        " for this particular position, but that doesn't necessarily mean this is the end.",
        "Nous ne considérons plus de candidatures pour ce poste ; merci de votre intérêt.",
        "Ya no estamos revisando candidaturas para este puesto, pero te animamos a postular.",
        "Wir berücksichtigen für diese Stelle keine Bewerbungen mehr.",
    ],
)
def test_a_role_closed_to_the_application_is_a_rejection(body: str) -> None:
    data = eml(body, subject="Thanks for your interest / votre candidature")
    assert signal_of(data).kind is Kind.REJECTION


def test_not_necessarily_a_rejection_still_keeps_an_acknowledgement() -> None:
    body = (
        "Thank you for applying; we have received your application. A long review doesn't"
        " necessarily mean a rejection."
    )
    assert signal_of(eml(body, subject="Your application")).kind is Kind.APPLICATION_RECEIVED


def _forward(cover: str, forwarded: str, sender: str = "Owen <owen@harrowfinch.example>") -> bytes:
    body = (
        f"{cover}\n\n---------- Forwarded message ---------\nFrom: Martin Hale"
        " <martin.hale@tallis.example>\nDate: Tue, 3 Mar 2026 at 15:31\nSubject: RE: Sam L -"
        f" Tallis\nTo: Owen <owen@harrowfinch.example>\n\n{forwarded}\n"
    )
    return eml(body, subject="Fwd: Sam L - Tallis", sender=sender)


@pytest.mark.parametrize(
    ("cover", "forwarded", "kind"),
    [
        (
            "Great news - Martin came back fast on the role, see below.",
            "Owen, read Sam's CV over lunch. Let's get him in for the panel: Thu 5th 2pm or Fri"
            " 6th 10am, 90 mins. Either is fine.",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Te reenvío lo que me ha contado Arnau esta mañana.",
            "Marta, perdona el silencio. Sam sigue siendo nuestra primera opción para el puesto"
            " de Head of Data; cuenta con una respuesta definitiva antes del viernes 13 de marzo.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Didn't want to sit on this - here's the headline from Martin.",
            "Owen, Priya and I compared notes after the panel. We'd like Sam to join us as Lead"
            " Analytics Engineer: GBP 82k base salary, 10% bonus.",
            Kind.OFFER,
        ),
    ],
)
def test_a_recruiters_forward_relays_the_news_it_forwards(
    cover: str, forwarded: str, kind: Kind
) -> None:
    assert signal_of(_forward(cover, forwarded)).kind is kind


def test_a_friend_forwarding_her_own_rejection_relays_no_news_of_the_users() -> None:
    data = _forward(
        "ugh. got this today after the final round. is it worth asking for feedback?",
        "Hi Tessa, thank you for your time. We have decided not to move forward with your"
        " application.",
        sender="Tessa Kwan <tessa@kwan.example>",
    )
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Good news - Sasha Kim has sent you an offer for the position of Senior Analytics"
         " Engineer. Please respond by March 9.", Kind.OFFER),
        ("The role attracted a very strong field, and the shortlist we've now closed doesn't"
         " include your application.", Kind.REJECTION),
        ("Your profile has been shortlisted for the technical round. Kindly select a convenient"
         " slot from the interview scheduler below.", Kind.INTERVIEW_REQUEST),
    ],
)  # fmt: skip
def test_portal_notices_in_their_own_words(body: str, kind: Kind) -> None:
    sender = "Careers <noreply@smartrecruiters.example>"
    assert signal_of(eml(body, subject="Your candidacy", sender=sender)).kind is kind


def test_an_admission_to_a_masters_is_no_job_but_a_selection_process_is() -> None:
    school = (
        "Te confirmamos que hemos recibido tu solicitud de admisión al Máster en Ciencia de"
        " Datos. El comité académico revisará tu expediente."
    )
    assert signal_of(eml(school, subject="Solicitud de admisión")).kind is Kind.OTHER
    job = (
        "Asunto: Solicitud de admisión - Proceso selectivo para una bolsa de empleo de Técnico/a"
        " de Comunicación. Hemos recibido tu solicitud."
    )
    assert signal_of(eml(job, subject="Justificante de registro")).kind is not Kind.OTHER
