"""An offer only named ("Offer from ...", "your offer from ...", "review and sign the offer")
counts in hiring mail only: a friend, a shop or an estate agent says as much about a sofa, a car
or a flat, and that must not make them an employer."""

from __future__ import annotations

import pytest

from followupd.mail.parse import parse_message
from followupd.model.domain import Kind
from followupd.understand.classifier import classify


def mail(subject: str, body: str, sender: str = "Kim <kim@friends.example>") -> bytes:
    return (
        f"From: {sender}\nTo: sam@example.org\nSubject: {subject}\n"
        "Date: Mon, 04 May 2026 10:00:00 +0000\nMessage-ID: <m1@friends.example>\n\n"
        f"{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("offer from the garden shop", "They sent photos of the new benches for the weekend."),
        ("dinner plans", "Did you see your offer from the furniture place? Ends on Friday."),
        ("Offer for the old bike", "Still want it? Same price as last week."),
        ("the flat", "The agent says we should review the offer tonight and sign by Friday."),
        ("Re: car", "He will accept the offer if we pick it up Saturday."),
        ("lease renewal", "Please sign the contract and send it back to the landlord."),
    ],
)
def test_an_offer_only_named_in_personal_mail_is_other(subject: str, body: str) -> None:
    signal = classify(parse_message(mail(subject, body)), frozenset({"sam@example.org"}))
    assert signal.kind is Kind.OTHER, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Offer for Senior Data Engineer", "Hi Sam, the details are attached. Talk soon."),
        ("Your offer from Acme", "Hi Sam, attached is your offer for the Data Engineer role."),
        ("Good news", "Hi Sam, your offer from Acme for the analyst position is attached."),
        ("Next steps", "Please review and sign the offer for the Data Engineer role by Friday."),
        ("Paperwork", "You can accept the offer in the portal: $128,000 base, 10% bonus."),
    ],
)
def test_an_offer_named_in_hiring_mail_is_an_offer(subject: str, body: str) -> None:
    data = mail(subject, body, "Dana Cole <dana@acme.example>")
    signal = classify(parse_message(data), frozenset({"sam@example.org"}))
    assert signal.kind is Kind.OFFER, signal.evidence
