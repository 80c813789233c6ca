"""Round 30: a new hour on the interview's own day, a manager's two-line invitation, public
bodies' offers, verdicts and panels, a step of a selection closed to the user, a disclaimer that
is no offer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from classify_mail import earlier, eml, reply_in_thread, signal_of

from followupd.model import Person
from followupd.model.domain import Kind, Signal
from followupd.understand.shifted_time import clock_on_day

CST = timezone(timedelta(hours=-6))
FIXED = datetime(2026, 11, 19, 15, 0, tzinfo=CST)
DAVE = "Dave Kowalski <dave@kowalskifreight.example>"


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("Truck came in late. Make it 3:30 instead, same place.", 15, 30),
        ("Können wir stattdessen 16:15 Uhr machen?", 16, 15),
        ("On fait plutôt 14h30, même endroit.", 14, 30),
        ("Mejor a las 4 pm en vez de a las 3.", 16, 0),
    ],
)
def test_a_new_hour_on_the_same_day(text: str, hour: int, minute: int) -> None:
    assert clock_on_day(text, FIXED) == FIXED.replace(hour=hour, minute=minute)


@pytest.mark.parametrize(
    "text",
    [
        "Make it Friday at 3:30 instead.",  # another day: read as a day
        "Instead, bring 3 copies of your CV.",  # no hour
        "We'll make it 9:30 pm instead.",  # more than four hours away
        "Thanks, see you at 3pm.",  # nothing replaced
    ],
)
def test_no_new_hour_on_the_same_day(text: str) -> None:
    assert clock_on_day(text, FIXED) is None


def test_a_new_hour_in_the_interview_s_thread_moves_it() -> None:
    booked = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("invitation",),
        interview_start=FIXED,
        interview_end=FIXED + timedelta(hours=1),
    )
    dave = Person("dave@kowalskifreight.example", "Dave Kowalski")
    signal = reply_in_thread(
        "Truck came in late. Make it 3:30 instead, same place.",
        earlier(1, booked, writer=dave),
        sender=DAVE,
        subject="Re: Shift Lead application",
        days=3,
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start == FIXED.replace(minute=30)


def test_a_manager_s_two_line_invitation_is_an_interview() -> None:
    body = (
        "Marisol - got your resume. Come in Thursday 3pm for an interview, 2150 W Fulton, ask"
        " for me at the dock office."
    )
    assert signal_of(eml(body, subject="Re: Shift Lead application", sender=DAVE)).kind is (
        Kind.INTERVIEW_SCHEDULED
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Die Auswahlkommission hat Sie für die Stelle ausgewählt. Wir bieten Ihnen die Stelle"
            " mit Dienstbeginn 1. Jänner 2027 an.",
            Kind.OFFER,
        ),
        (
            "Al final nos hemos quedado con una chica que ya había trabajado con nosotros en"
            " verano. Muchas gracias por venir a la prueba.",
            Kind.REJECTION,
        ),
        (
            "Laut Ausschreibung waren 60 % erforderlich; Sie können daher am weiteren Verfahren"
            " nicht teilnehmen.",
            Kind.REJECTION,
        ),
        (
            "Based on your test score you will not be able to progress to the next stage of the"
            " campaign.",
            Kind.REJECTION,
        ),
        (
            "Your name has been placed on the panel at position 3. To be clear, being placed on a"
            " panel is not in itself an offer of employment, and I don't yet have a date for the"
            " first approvals.",
            Kind.HOLDING_REPLY,
        ),
    ],
)
def test_public_bodies_decisions(body: str, kind: Kind) -> None:
    sender = "Eva Pichler <eva.pichler@ags.gv.example>"
    assert signal_of(eml(body, subject="Stelle AGS-2026-041 / NRS14873", sender=sender)).kind is (
        kind
    )


@pytest.mark.parametrize(
    "body",
    [
        "Der Auswahlkommission gehören DI Markus Huber (markus.huber@ags.gv.example), Frau Brigitte"
        " Koller sowie ich an. Termin: Montag, 5. Oktober 2026, 9:00 Uhr.",
        "Nous vous convions à un entretien le lundi 5 octobre à 9h. Le jury sera composé de M."
        " Markus Huber (markus.huber@ags.gv.example), de Mme Brigitte Koller et de moi-même.",
    ],
)
def test_a_panel_listed_by_its_members_names_them(body: str) -> None:
    sender = "Eva Pichler <eva.pichler@ags.gv.example>"
    signal = signal_of(eml(body, subject="Einladung zum Hearing / Convocation", sender=sender))
    assert "markus.huber@ags.gv.example" in [p.address for p in signal.interviewers]
    assert "Brigitte Koller" in " ".join(signal.evidence)


def test_an_interview_notice_with_its_details_under_a_heading_is_an_interview() -> None:
    body = (
        "Following the shortlisting process, I'm glad to tell you that you've been shortlisted"
        " for interview.\n\nInterview details\nDate: Thursday 5th March 2026\nTime: 11.30am\n"
        "Format: online, via Microsoft Teams.\n\nPlease confirm by return email, by 12 noon on"
        " Friday 27th February, that you will be attending."
    )
    sender = "HSE National Recruitment Service <nrscampaigns@hse.example>"
    signal = signal_of(eml(body, subject="NRS14873 Senior Researcher - Interview", sender=sender))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Valentina, ich hab dini Bewerbig über Indeed gseh. Magst du am Samstag 14.3. zum"
        " Probe arbeiten vorbeikommen? Von halb acht bis halb zwölf.",
        "Salut Valentina, on a bien reçu ton CV. Est-ce que tu peux passer faire un essai vendredi"
        " 20 mars de 11h à 15h ?",
    ],
)
def test_a_trial_shift_asked_for_in_a_line_is_a_request(body: str) -> None:
    sender = "Reto <reto@brunnhof-kaffee.example>"
    assert signal_of(eml(body, subject="", sender=sender)).kind is Kind.INTERVIEW_REQUEST


def test_the_contracts_going_to_others_is_a_rejection() -> None:
    body = (
        "Thank you for coming in on Thursday. I want to be straight with you, though: the weekend"
        " contracts went to two people who can also cover weekday early shifts from May."
    )
    sender = "Sabine Gruber <sabine.gruber@meridian-hotels.example>"
    assert signal_of(eml(body, subject="RE: Recruiting Morning", sender=sender)).kind is (
        Kind.REJECTION
    )


@pytest.mark.parametrize(
    "text",
    [
        "das Gespräch findet per Teams statt, die Einwahl ist ab 13:50 Uhr offen.",
        "Lieber Sam, bitte sei um 13:40 Uhr am Empfang, damit wir pünktlich anfangen können.",
        "présentez-vous plutôt à l'accueil du bâtiment C vers 13h45.",
        "Raj is out so you'll meet Anna instead; please arrive by 1:45pm to sign in.",
        "please use car park B instead, which opens at 7:30am.",
        "if the 12:10 train is cancelled, take the 12:40 instead.",
        "instead of the 3:30 slot I mentioned, we're staying with the original time.",
        "let's do 11am PT instead, which is the same slot for you.",
    ],
)
def test_an_arrival_a_train_or_another_zone_is_no_new_hour(text: str) -> None:
    assert clock_on_day(text, FIXED) is None
