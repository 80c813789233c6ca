"""An offer's role and the day it asks an answer by (Signal.reply_by), in four languages; the
employer's own decision date (decision_by) stays apart, and start dates are not deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from classify_mail import eml, signal_of

from followupd.dates import find_reply_by
from followupd.model import Kind

CET = timezone(timedelta(hours=1))
WED = datetime(2026, 3, 18, 10, 45, tzinfo=timezone(timedelta(hours=-4)))


@pytest.mark.parametrize(
    ("sender", "subject", "body", "role", "reply_by"),
    [
        (
            "Sam Okafor <sam.okafor@brightwater.example>",
            "Your offer from Brightwater Energy",
            "Hi Sam,\n\nGreat news: I'm delighted to offer you the position of Data Analyst at"
            " Brightwater Energy! The offer letter is attached; we'd love to have your answer"
            " by March 27.\n\nCongratulations,\nSam",
            "Data Analyst",
            date(2026, 3, 27),
        ),
        (
            "Mara Voss <mara.voss@kieselwerk.example>",
            "Ihr Vertragsangebot",
            "Hallo Herr Lee,\n\nwir freuen uns sehr, Ihnen die Stelle als Datenanalyst anbieten"
            " zu können. Ihr Vertrag liegt bei. Bitte geben Sie uns bis zum 27. März Bescheid,"
            " ob Sie das Angebot annehmen. Ihr Eintritt wäre zum 1. Mai.\n\nViele Grüße\nMara Voss",
            "Datenanalyst",
            date(2026, 3, 27),
        ),
        (
            "Élodie Caron <elodie.caron@lumiere.example>",
            "Proposition d'embauche",
            "Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de chef de projet"
            " data au sein de notre équipe. Votre arrivée serait prévue le 4 mai. Merci de nous"
            " faire part de votre décision d'ici le 27 mars.\n\nBien cordialement,\nÉlodie",
            "chef de projet data",
            date(2026, 3, 27),
        ),
        (
            "Lucía Herrera <lucia.herrera@solaria.example>",
            "Oferta de empleo",
            "Hola Sam:\n\nNos complace ofrecerte el puesto de analista de datos en Solaria. Te"
            " agradeceríamos que nos confirmaras tu decisión antes del viernes 27 de marzo. Tu"
            " incorporación sería el 6 de abril.\n\nUn saludo,\nLucía",
            "analista de datos",
            date(2026, 3, 27),
        ),
    ],
)
def test_an_offer_states_its_role_and_reply_by_date(
    sender: str, subject: str, body: str, role: str, reply_by: date
) -> None:
    signal = signal_of(eml(body, subject, sender=sender, date=WED))
    assert signal.kind is Kind.OFFER
    assert signal.role == role
    assert signal.reply_by == reply_by
    assert signal.decision_by is None  # the candidate's deadline, not the employer's decision
    assert any(e.startswith("reply-by date from") for e in signal.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please let me know if you have questions; we'd love your answer by March 27.", 27),
        ("We would like you to start on April 6. Please let us know by Friday.", 20),
        (
            "Please sign and return the offer letter by March 25; we hope you can start April 13.",
            25,
        ),
        ("The offer is valid until the end of next week.", 27),
        ("Der Vertrag ist bis zum 30. März gültig. Ihr Eintritt wäre zum 1. Mai.", 30),
        ("Votre arrivée est prévue le 4 mai. Merci de nous confirmer avant le 26 mars.", 26),
        ("Please reply by 5 p.m. on Friday, March 20.", 20),
        ("If you accept, your start date would be April 6.", None),
        ("Your first day would be Monday, April 6, and we look forward to it.", None),
        ("We are thrilled to offer you the role. Let me know your thoughts.", None),
        ("We had hoped for an answer by March 2.", None),  # before the message: no deadline
    ],
)
def test_reply_by_reads_the_answer_clause_not_the_start_date(
    text: str, expected: int | None
) -> None:
    found = find_reply_by(text, WED)
    assert (found.day.day if found else None) == expected


def test_an_offer_without_a_date_has_no_reply_by() -> None:
    body = "Hi Sam,\n\nWe are thrilled to offer you the Data Engineer role! Details to follow."
    signal = signal_of(eml(body, "Offer", date=WED))
    assert signal.kind is Kind.OFFER
    assert signal.reply_by is None
