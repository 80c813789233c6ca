"""Who an interview is with, as classify reads it: Signal.sessions (people named without an
address, or matched to one the mail gives), the coordinator who only arranged it, and the end
the sessions imply."""

from __future__ import annotations

from datetime import timedelta

import pytest
from classify_mail import ME, eml, signal_of, vevent

from followupd.mail.parse import parse_message
from followupd.understand.classifier import classify
from followupd.understand.directory import named_addresses
from followupd.understand.thread import ThreadContext

MAYA = "Maya Brooks <maya.brooks@acme.example>"
SIGNED = "\n\nBest,\nMaya Brooks\nRecruiting Coordinator, Acme Analytics\n"


def _names(signal: object) -> list[str]:
    return [s.person.name for s in signal.sessions]  # type: ignore[attr-defined]


def test_a_panel_named_without_addresses_becomes_sessions_and_the_writer_its_coordinator() -> None:
    body = (
        "Hi Sam,\n\nYour interviews are confirmed for Thursday, March 12 at 2:00 pm ET on Zoom. "
        "You'll meet Rafael Ortiz (Head of Data) and Ines Carvalho (Staff Engineer), 45 minutes "
        "each." + SIGNED
    )
    signal = signal_of(eml(body, subject="Interview confirmation", sender=MAYA))
    assert signal.kind.value == "interview_scheduled"
    assert _names(signal) == ["Rafael Ortiz", "Ines Carvalho"]
    assert [s.job_title for s in signal.sessions] == ["Head of Data", "Staff Engineer"]
    assert all(s.person.address == "" for s in signal.sessions)
    assert signal.interviewers == ()
    assert (
        signal.coordinator is not None and signal.coordinator.address == "maya.brooks@acme.example"
    )
    assert signal.interview_start is not None
    assert signal.interview_end == signal.interview_start + timedelta(minutes=90)
    first, second = signal.sessions
    assert first.end == second.start == signal.interview_start + timedelta(minutes=45)


@pytest.mark.parametrize(
    "sentence",
    [
        "You're all set for Thursday, March 12 at 2pm ET with the hiring team.",
        "Confirmed: Thursday, March 12 at 2pm ET with two of our engineers.",
        "Your interview with our product team is confirmed for Thursday, March 12 at 2pm ET.",
    ],
)
def test_a_coordinator_who_confirms_an_interview_with_others_is_no_interviewer(
    sentence: str,
) -> None:
    signal = signal_of(
        eml(f"Hi Sam,\n\n{sentence}\n\nThanks,\nMaya", subject="Re: Interview", sender=MAYA)
    )
    assert signal.kind.value == "interview_scheduled"
    assert signal.interviewers == ()
    assert (
        signal.coordinator is not None and signal.coordinator.address == "maya.brooks@acme.example"
    )


def test_a_coordinating_title_alone_makes_the_writer_the_coordinator() -> None:
    body = "Hi Sam,\n\nYour interview is confirmed for Thursday, March 12 at 2pm ET." + SIGNED
    signal = signal_of(eml(body, subject="Interview confirmed", sender=MAYA))
    assert signal.coordinator is not None and signal.interviewers == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll meet with me and Ines Carvalho (Staff Engineer).",
        "Ines Carvalho will join us for the second half.",
        "I'll join too, together with Ines Carvalho.",
    ],
)
def test_a_writer_who_says_they_join_is_an_interviewer(sentence: str) -> None:
    body = (
        f"Hi Sam,\n\nConfirming your interview on Thursday, March 12 at 2pm ET. {sentence}\n\nDana"
    )
    signal = signal_of(eml(body, subject="Interview"))
    assert [p.address for p in signal.interviewers] == ["dana.cole@acme.example"]
    assert _names(signal) == ["Ines Carvalho"]
    assert signal.coordinator is None


def test_a_name_matched_to_an_invitation_attendee_gets_the_address() -> None:
    ics = vevent(
        organizer=("Maya Brooks", "maya.brooks@acme.example"),
        attendees=(("Sam Lee", ME), ("Ines Carvalho", "ines.carvalho@acme.example")),
    )
    body = "Hi Sam,\n\nYou'll meet Rafael Ortiz and Ines Carvalho on Tuesday." + SIGNED
    signal = signal_of(eml(body, subject="Invitation: Interview", sender=MAYA, ics=ics))
    assert [p.address for p in signal.interviewers] == ["ines.carvalho@acme.example"]
    by_name = {s.person.name: s.person.address for s in signal.sessions}
    assert by_name == {"Rafael Ortiz": "", "Ines Carvalho": "ines.carvalho@acme.example"}
    assert (
        signal.coordinator is not None and signal.coordinator.address == "maya.brooks@acme.example"
    )


def test_an_organizer_alone_on_the_invite_is_no_interviewer_when_the_text_names_others() -> None:
    ics = vevent(
        organizer=("Maya Brooks", "maya.brooks@acme.example"), attendees=(("Sam Lee", ME),)
    )
    body = "Hi Sam,\n\nHere is the invite. You'll be speaking with Rafael Ortiz, our Head of Data."
    signal = signal_of(eml(body, subject="Invitation: Interview", sender=MAYA, ics=ics))
    assert signal.interviewers == ()
    assert _names(signal) == ["Rafael Ortiz"]
    assert signal.coordinator is not None


def test_the_organizer_who_says_they_join_is_met_even_when_not_an_attendee() -> None:
    ics = vevent(
        organizer=("Gregory Lam", "glam@acme.example"),
        attendees=(("Sam Lee", ME), ("Sophie Adeyemi", "sophie.adeyemi@acme.example")),
    )
    body = (
        "Hi Sam,\n\nLooking forward to speaking with you. Sophie Adeyemi from our risk team "
        "will join us.\n\nGregory"
    )
    signal = signal_of(
        eml(
            body, subject="Invitation: Interview", sender="Gregory Lam <glam@acme.example>", ics=ics
        )
    )
    assert {p.address for p in signal.interviewers} == {
        "glam@acme.example",
        "sophie.adeyemi@acme.example",
    }


@pytest.mark.parametrize(
    ("body", "subject", "people", "end"),
    [
        (
            "Hallo Sam,\n\nwir bestätigen gerne den Termin am Dienstag, 17. März 2026, "
            "um 9 Uhr.\n\nAm Gespräch nehmen teil:\n- DI Markus Hofer, CFO\n"
            "- Mag. Sandra Eibl, Leiterin Controlling\n\n"
            "Bitte planen Sie zwei einstündige Gespräche ein.\n\nViele Grüße\nLena Hoffmann",
            "Ihr Vorstellungsgespräch",
            ["DI Markus Hofer", "Mag. Sandra Eibl"],
            (11, 0),
        ),
        (
            "Bonjour Sam,\n\nVotre entretien est confirmé pour le jeudi 12 mars à 14h00. "
            "Voici le programme :\n\n"
            "14h00–14h45 : entretien technique avec Julien Mercier (Lead Dev)\n"
            "15h00–15h45 : échange avec Claire Dubois, DRH\n\nCordialement,\nCamille Laurent",
            "Confirmation de votre entretien",
            ["Julien Mercier", "Claire Dubois"],
            (15, 45),
        ),
        (
            "Hola Sam:\n\nTe confirmo la entrevista del jueves 12 de marzo:\n\n"
            "de 10:00 a 10:45 entrevista técnica con Marta Gil\n"
            "de 11:00 a 11:30 charla con Jorge Pérez, director de producto\n\n"
            "Un saludo,\nLucía Romero",
            "Confirmación entrevista",
            ["Marta Gil", "Jorge Pérez"],
            (11, 30),
        ),
        (
            "Hi Sam,\n\nYour onsite is confirmed for Thursday, March 12. Here's the schedule:\n\n"
            "09:30–10:15 System design with Tomasz Wierzbicki, Staff Engineer\n"
            "10:30 - 11:15 | Coding | Ana Ruiz\n11:15 - 12:00 | Lunch with the team\n\n"
            "See you then!\nWhitney",
            "Your onsite schedule",
            ["Tomasz Wierzbicki", "Ana Ruiz"],
            (12, 0),
        ),
    ],
)
def test_panels_and_itineraries_in_four_languages(
    body: str, subject: str, people: list[str], end: tuple[int, int]
) -> None:
    signal = signal_of(
        eml(body, subject=subject, sender="Lena Hoffmann <lena.hoffmann@firma.example>")
    )
    assert signal.kind.value == "interview_scheduled"
    assert _names(signal) == people
    assert signal.interview_end is not None
    assert (signal.interview_end.hour, signal.interview_end.minute) == end


def test_the_user_named_in_an_invitation_title_is_not_met() -> None:
    ics = vevent(
        summary="Onsite panel: Sam Lee - Data Engineer",
        attendees=(("Sam Lee", ME), ("Oscar Nakamura", "oscar.nakamura@acme.example")),
    )
    body = "Onsite panel: Sam Lee - Data Engineer\nPanel with Oscar Nakamura (Lead Engineer)."
    signal = signal_of(eml(body, subject="Invitation: Onsite panel", ics=ics))
    assert _names(signal) == ["Oscar Nakamura"]


def test_a_sentence_looking_back_introduces_nobody() -> None:
    body = (
        "Hi Sam,\n\nThanks for your call with Dana Lee last week. Next, your interview with "
        "Ines Carvalho is confirmed for Thursday, March 12 at 2pm ET.\n\nMaya"
    )
    signal = signal_of(eml(body, subject="Next interview", sender=MAYA))
    assert _names(signal) == ["Ines Carvalho"]


def test_an_interview_with_a_company_names_no_person() -> None:
    body = (
        "Hi Sam,\n\nYou're confirmed for an interview with Prairie Mills for the Planner "
        "position! You'll meet with Grace Odum, their Director of Planning, on Thursday, June 4 "
        "at 1:00 pm CT.\n\nTyler"
    )
    signal = signal_of(
        eml(
            body,
            subject="Prairie Mills interview - Planner",
            sender="Tyler Voss <tyler@agency.example>",
        )
    )
    assert _names(signal) == ["Grace Odum"]


def test_names_beside_addresses_in_a_reply_signature_or_quote_are_read() -> None:
    body = (
        "Hi Sam,\n\nOf course:\n\nRafael Ortiz: rafael.ortiz@acme.example\n"
        "Ines Carvalho (ines.c@acme.example)\n\n"
        "> Ben Cole\n> Staff Engineer\n> ben.cole@acme.example\n"
    )
    mail = parse_message(eml(body, subject="Re: addresses", sender=MAYA))
    found = {p.address: p.name for p in named_addresses(mail, frozenset({ME}))}
    assert found == {
        "rafael.ortiz@acme.example": "Rafael Ortiz",
        "ines.c@acme.example": "Ines Carvalho",
        "ben.cole@acme.example": "Ben Cole",
    }


def test_a_reply_in_a_hiring_thread_carries_the_addresses_it_gives() -> None:
    body = "Hi Sam,\n\nHere they are: Rafael Ortiz - rafael.ortiz@acme.example\n\nMaya"
    mail = parse_message(eml(body, subject="Re: Interview confirmed", sender=MAYA))
    signal = classify(mail, frozenset({ME}), ThreadContext(hiring=True))
    assert signal.kind.value == "other"
    assert [(p.address, p.name) for p in signal.people] == [
        ("rafael.ortiz@acme.example", "Rafael Ortiz")
    ]
    assert classify(mail, frozenset({ME})).people == ()  # outside a hiring thread: not read


def test_no_panel_no_sessions_and_the_end_is_unchanged() -> None:
    body = (
        "Hi Sam,\n\nConfirming our call on Thursday, March 12 at 2pm ET for about 30 minutes."
        "\n\nDana"
    )
    signal = signal_of(eml(body, subject="Interview"))
    assert signal.sessions == ()
    assert signal.interview_start is not None and signal.interview_end is not None
    assert signal.interview_end - signal.interview_start == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Fwd: Interview confirmed", "See below - all set for Thursday, March 12 at 2pm ET."),
        (
            "Interview details",
            "I'm forwarding the invite below: your interview is confirmed for Thursday, "
            "March 12 at 2pm ET.",
        ),
        (
            "TR: Entretien",
            "Je vous transfère la confirmation : votre entretien est confirmé pour le jeudi "
            "12 mars à 14h00.",
        ),
        (
            "RV: Entrevista",
            "Te reenvío la confirmación: entrevista confirmada para el jueves 12 de marzo a "
            "las 14:00.",
        ),
    ],
)
def test_a_recruiter_who_forwards_an_interview_only_arranged_it(
    subject: str, sentence: str
) -> None:
    signal = signal_of(eml(f"Hi Sam,\n\n{sentence}\n\nMaya", subject=subject, sender=MAYA))
    assert signal.kind.value == "interview_scheduled"
    assert signal.interviewers == ()
    assert (
        signal.coordinator is not None and signal.coordinator.address == "maya.brooks@acme.example"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Forwarding this invitation could allow any recipient to send a response to the "
        "organizer, be added to the guest list, or modify your RSVP.",
        "Forwarding this invite may let others respond on your behalf.",
        "Forwarding the invitation will allow the recipient to modify it.",
    ],
)
def test_a_calendars_warning_about_forwarding_is_no_forwarding(footer: str) -> None:
    """An organizer who books their own call keeps being met when the invitation's footer
    warns about forwarding it."""
    ics = vevent(
        organizer=("Dana Cole", "dana.cole@acme.example"),
        attendees=(("Dana Cole", "dana.cole@acme.example"), ("Sam Lee", ME)),
    )
    body = (
        "Hi Sam - something came up on Tuesday, so the Data Engineer interview is now on "
        "Thursday morning. Same link.\n\n"
        f"Dana Cole\nDirector of Engineering\n\nInvitation from a calendar\n\n{footer}"
    )
    sender = "Dana Cole <dana.cole@acme.example>"
    signal = signal_of(eml(body, subject="Updated invitation: Interview", sender=sender, ics=ics))
    assert [p.address for p in signal.interviewers] == ["dana.cole@acme.example"]
    assert signal.coordinator is None
