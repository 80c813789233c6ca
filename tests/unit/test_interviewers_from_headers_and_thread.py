"""Who the user meets, when the message names them only by the name its headers give, or when
the thread named them before: colleagues copied in and named among the people met; the writer
last in that list or one of "the three of us"; a request's panel lasting into the booking that
answers it; a move that restates part of the panel keeping the whole of it."""

from __future__ import annotations

from datetime import datetime

import pytest
from classify_mail import ME, earlier, eml, signal_of
from classify_mail import reply_in_thread as _reply

from followupd.mail.parse import parse_message
from followupd.model import Person
from followupd.model.domain import Kind, Signal
from followupd.understand.classifier import classify
from followupd.understand.thread import thread_context

ANNA = Person("anna.schulte@lumenwerk.example", "Anna Schulte")
JONAS = Person("jonas.albrecht@lumenwerk.example", "Jonas Albrecht")
NORA = Person("nora.behrens@lumenwerk.example", "Nora Behrens")


def _people(signal: Signal) -> set[str]:
    return {person.address for person in signal.interviewers}


@pytest.mark.parametrize(
    ("body", "subject", "sender", "copied"),
    [
        (
            "It's set: Thursday 12 March at 11am at our office, with Priya (cc'd) and me. Plan"
            " for about an hour and a half.",
            "Your interview at Northwind",
            "Tom Hale <tom.hale@northwind.example>",
            "Priya Raman <priya.raman@northwind.example>",
        ),
        (
            "Der Termin steht: Donnerstag, 12. März um 11 Uhr bei uns vor Ort, mit Jonas"
            " Albrecht (Head of Product, in CC) und mir. Rechnen Sie mit etwa einer Stunde.",
            "Ihr Vorstellungsgespräch bei Lumenwerk",
            "Anna Schulte <anna.schulte@lumenwerk.example>",
            "Jonas Albrecht <jonas.albrecht@lumenwerk.example>",
        ),
        (
            "C'est calé : jeudi 12 mars à 11h chez nous, avec Hugo (en copie) et moi. Compte"
            " 1h30 environ.",
            "Ton entretien chez Tandem",
            "Camille Roux <camille@tandem.example>",
            "Hugo Lemaire <hugo@tandem.example>",
        ),
        (
            "Quedamos el jueves 12 de marzo a las 11:00 en la oficina, con Lucía (en copia) y"
            " conmigo. Calcula una hora y media.",
            "Tu entrevista en Pagora",
            "Javier Ortega <javier.ortega@pagora.example>",
            "Lucía Ferrer <lucia.ferrer@pagora.example>",
        ),
    ],
)
def test_a_colleague_copied_in_and_named_among_the_people_met_is_met(
    body: str, subject: str, sender: str, copied: str
) -> None:
    signal = signal_of(eml(body, subject=subject, sender=sender, headers=[("Cc", copied)]))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    writer = sender.rpartition("<")[2].rstrip(">")
    assert _people(signal) == {writer, copied.rpartition("<")[2].rstrip(">")}


def test_a_colleague_copied_in_to_send_the_invite_is_not_met() -> None:
    body = (
        "Your interview is confirmed for Thursday 12 March at 11am with Priya Raman, our Head of"
        " Data (priya.raman@northwind.example). I've copied Tom, who will send the invite."
    )
    signal = signal_of(
        eml(
            body,
            subject="Your interview at Northwind",
            sender="Lea Park <lea.park@northwind.example>",
            headers=[("Cc", "Tom Hale <tom.hale@northwind.example>")],
        )
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert _people(signal) == {"priya.raman@northwind.example"}


def test_the_three_of_us_puts_the_writer_among_the_people_met() -> None:
    dev = Person("dev@fieldnote.example", "Dev Malhotra")
    first_call = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=datetime.fromisoformat("2026-03-03T09:00:00-08:00"),
        interviewers=(dev,),
    )
    data = eml(
        "Thanks for yesterday, that was fun. Next step is a working session with Ana"
        " (cofounder, cc'd): the three of us go through your notebook together on Wednesday"
        " 11 March, 9-10am PT.",
        subject="Re: Fieldnote - next step",
        sender="Dev Malhotra <dev@fieldnote.example>",
        headers=[("Cc", "Ana Lindqvist <ana@fieldnote.example>")],
        date=datetime.fromisoformat("2026-03-04T09:00:00-08:00"),
    )
    context = thread_context([earlier(1, first_call, writer=dev)])
    signal = classify(parse_message(data), frozenset({ME}), context)
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert _people(signal) == {"dev@fieldnote.example", "ana@fieldnote.example"}


def test_the_panel_a_request_named_lasts_into_the_booking_that_answers_it() -> None:
    request = Signal(
        Kind.INTERVIEW_REQUEST, ("asks to book an interview",), interviewers=(ANNA, JONAS)
    )
    agreed = Signal(
        Kind.OTHER,
        ("a time the user agrees to",),
        interview_start=datetime.fromisoformat("2026-03-05T10:00:00+01:00"),
    )
    signal = _reply(
        "Termin steht, Raum 3.12 im 3. OG – bitte kurz am Empfang melden.",
        earlier(1, request, writer=ANNA),
        earlier(2, agreed, from_user=True, writer=ANNA),
        sender="Anna Schulte <anna.schulte@lumenwerk.example>",
        subject="Re: Ihr Gespräch bei Lumenwerk",
        days=1,
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED
    assert _people(signal) == {ANNA.address, JONAS.address}


BOOKED = Signal(
    Kind.INTERVIEW_SCHEDULED,
    ("interview confirmed",),
    interview_start=datetime.fromisoformat("2026-03-17T10:00:00+01:00"),
    interview_end=datetime.fromisoformat("2026-03-17T11:00:00+01:00"),
    interviewers=(ANNA, JONAS),
)


def _move(body: str) -> Signal:
    data = eml(
        body,
        subject="Re: Ihr Gespräch bei Lumenwerk",
        sender="Anna Schulte <anna.schulte@lumenwerk.example>",
        date=datetime.fromisoformat("2026-03-09T09:00:00+01:00"),
    )
    context = thread_context([earlier(1, BOOKED, writer=ANNA)])
    return classify(parse_message(data), frozenset({ME}), context)


def test_a_move_that_restates_part_of_the_panel_keeps_all_of_it() -> None:
    signal = _move(
        "Kleine Änderung: wir müssen Ihr Gespräch auf Donnerstag, 19. März um 14 Uhr"
        " verschieben. Format und Ort bleiben gleich, weiterhin mit Jonas"
        " (jonas.albrecht@lumenwerk.example)."
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert _people(signal) == {ANNA.address, JONAS.address}


def test_a_move_that_names_someone_new_is_with_them() -> None:
    signal = _move(
        "Kleine Änderung: wir müssen Ihr Gespräch auf Donnerstag, 19. März um 14 Uhr"
        " verschieben. Herr Albrecht ist verreist; Sie sprechen stattdessen mit Nora Behrens"
        " (nora.behrens@lumenwerk.example)."
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert _people(signal) == {NORA.address}
