"""Round 31: a trial day under a label line, a take said by the client through the agency, a
walk-in recruitment day, an answer promised "one way or the other", the soft Spanish no."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind


@pytest.mark.parametrize(
    ("body", "sender", "kind"),
    [
        (
            "wie eben am Telefon besprochen, hier nochmal alles schriftlich für morgen:\n\n"
            "Probetag: Dienstag, 21.04.2026, Beginn 6:00 Uhr, Ende ca. 14:30 Uhr\nKunde: NordLog"
            " Fulfillment GmbH, Halle 3, Tor B",
            "Sandra Köhler <s.koehler@jobwerk-personal.example>",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "kurze Rückmeldung vom Kunden: NordLog würde Sie gern ab Montag 27.4. in der"
            " Frühschicht nehmen, erstmal über uns befristet bis 31.07.",
            "Sandra Köhler <s.koehler@jobwerk-personal.example>",
            Kind.OFFER,
        ),
        (
            "Thanks a million for your application for bar staff this summer. We're running a"
            " Recruitment Open Day here at the hotel on Saturday 28th March from 11am to 3pm.",
            "Siobhan Moriarty <siobhan@lakesidehotel.example>",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Great chatting to you earlier. I've to run it past the GM, so give me till the end of"
            " next week and I'll come back to you one way or the other.",
            "Siobhan Moriarty <siobhan@lakesidehotel.example>",
            Kind.HOLDING_REPLY,
        ),
        (
            "Hola Lucía, perdoname que me pasé un día del plazo. Al final no va a poder ser: ya le"
            " habíamos dado el puesto a un pibe que estuvo con nosotros dos temporadas.",
            "Martín Aguirre <martin@catedralrental.example>",
            Kind.REJECTION,
        ),
    ],
)
def test_round_thirtyone_classes(body: str, sender: str, kind: Kind) -> None:
    data = eml(body, subject="Probetag / Summer bar staff / Temporada 2026", sender=sender)
    assert signal_of(data).kind is kind


def test_a_question_about_taking_someone_is_no_offer() -> None:
    body = "Würden Sie gerne die neue Kollegin in der Frühschicht mitnehmen?"
    data = eml(body, subject="Schichtplan", sender="Chef <chef@baeckerei.example>")
    assert signal_of(data).kind is not Kind.OFFER


def test_a_visa_s_own_receipt_is_no_application_received() -> None:
    body = (
        "We've received your application for a Health and Care Worker visa. Your application"
        " reference number is 3434-0021-8877-2291."
    )
    sender = "UK Visas and Immigration <no-reply@ukvi.example>"
    subject = "We have received your Health and Care Worker visa application"
    assert signal_of(eml(body, subject=subject, sender=sender)).kind is Kind.OTHER


def test_arriving_early_is_no_interview_length() -> None:
    body = (
        "I am pleased to invite you to attend for interview as follows:\n\nDate: Thursday 24"
        " September 2026\nTime: 2.30pm (please arrive 15 minutes early)\nDuration: approximately"
        " 45 minutes"
    )
    signal = signal_of(eml(body, subject="Invitation to interview", sender=SENDER_HR))
    assert signal.interview_start is not None and signal.interview_end is not None
    assert (signal.interview_end - signal.interview_start).total_seconds() == 45 * 60


SENDER_HR = "Gráinne Kavanagh <grainne.kavanagh@stbrendans.example>"


def test_sitting_on_a_club_s_interview_panel_is_no_interview() -> None:
    body = (
        "Niamh, Marian - thanks a million for agreeing to sit on the panel. Four candidates, 20"
        " minutes each. I'll print the questions and the scoring sheet."
    )
    subject = "Invitation: Interviews: U-12 Coaching Coordinator @ Sat 3 Oct 2026 10am - 11:30am"
    data = eml(body, subject=subject, sender="Declan <secretary@clubhouse.example>")
    assert signal_of(data).kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Votre période d'essai est décalée au lundi 3 mars à 9h, date de votre arrivée.",
        "Votre essai gratuit de l'application est prolongé jusqu'au lundi 3 mars à 9h.",
    ],
)
def test_a_probation_period_or_a_free_trial_is_no_trial_shift(body: str) -> None:
    data = eml(body, subject="Candidature serveuse", sender="RH <rh@brasserie.example>")
    assert signal_of(data).kind not in {Kind.INTERVIEW_RESCHEDULED, Kind.INTERVIEW_SCHEDULED}
