"""A notice that relays someone's message quotes it (an e-signature request with the sender's
note, a network's "you have a new message"): in a message that answers none, one quoted block
that no attribution introduces is the message's own text. A reply's quotes stay quoted."""

from __future__ import annotations

from classify_mail import eml, signal_of

from followupd.mail.parse import parse_message
from followupd.model.domain import Kind

DOCUSIGN = (
    "Tim Becker hat Ihnen ein Dokument zum Überprüfen und Unterzeichnen gesendet.\n\n"
    "> Hallo Sam,\n>\n> wie besprochen freuen wir uns sehr, dir die Position als Senior Backend "
    "Engineer anzubieten! Anbei findest du dein Vertragsangebot.\n>\n> Tim\n\n"
    "DIESE E-MAIL NICHT WEITERLEITEN\n"
)
NETWORK = (
    "You have a new message from Anke Jansen (HR, Ostsee Reederei):\n\n"
    "> Dear Sam,\n> thank you for your application as IT project manager. We would like to get "
    "to know you in a first 30-minute phone call.\n> Please book a slot that suits you on our "
    "booking page.\n\nReply to the message on the network.\n"
)


def test_a_relayed_note_is_read_as_the_text() -> None:
    mail = parse_message(eml(DOCUSIGN, subject="Bitte mit DocuSign unterzeichnen: Vertrag.pdf"))
    assert "Vertragsangebot" in mail.text and not mail.quoted
    signal = signal_of(eml(DOCUSIGN, subject="Bitte mit DocuSign unterzeichnen: Vertrag.pdf"))
    assert signal.kind is Kind.OFFER, signal.evidence


def test_a_relayed_request_is_read_as_a_request() -> None:
    signal = signal_of(eml(NETWORK, subject="Anke Jansen sent you a message"))
    assert signal.kind is Kind.INTERVIEW_REQUEST, signal.evidence


def test_a_replys_quotes_stay_quoted() -> None:
    data = eml(
        "Thanks, all good.\n\n> Please book a slot that suits you.\n",
        subject="Re: next steps",
        headers=(("In-Reply-To", "<a@b.example>"),),
    )
    mail = parse_message(data)
    assert "book a slot" not in mail.text and "book a slot" in mail.quoted
