"""The user's own withdrawal is said in the evidence, in the words processes look for.

process_state.is_withdrawal reads a withdrawal from the user's message subject or the signal's
evidence; these messages have neutral subjects, so only the classifier's evidence can tell.
Employer mail that mentions withdrawing (an ATS link, "withdrawn as you requested") never counts.
"""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of

from followupd.mail.parse import parse_message
from followupd.model.domain import FolderRole, Kind, Observation, Signal
from followupd.processes.state import is_withdrawal

EMPLOYER = "Priya Nair <priya.nair@harbor-labs.example>"
USER = f"Sam Lee <{ME}>"


def _observation(data: bytes, signal: Signal, from_user: bool) -> Observation:
    envelope = parse_message(data).envelope
    return Observation("k", "acct", FolderRole.SENT, envelope, signal, from_user)


def _withdrawal_read(body: str, sender: str = USER, subject: str = "Re: Data Engineer") -> bool:
    data = eml(body, subject, sender=sender, to=EMPLOYER if sender == USER else USER)
    signal = signal_of(data)
    assert signal.kind is Kind.OTHER
    return is_withdrawal(_observation(data, signal, from_user=sender == USER))


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your time. I'd like to withdraw my application for the Data Engineer role.",
        "After some reflection I have decided to withdraw from consideration for this position.",
        "I wanted to let you know that I've accepted another offer, so please remove me from the "
        "process.",
        "I no longer wish to be considered for the role; thank you for everything.",
        "I have accepted a position elsewhere and will be pulling out of the process.",
        "Da ich ein anderes Angebot angenommen habe, ziehe ich meine Bewerbung zurück.",
        "Je vous remercie, mais je souhaite retirer ma candidature.",
        "Muchas gracias, pero he decidido retirar mi candidatura.",
    ],
)
def test_users_own_withdrawal_is_read(body: str) -> None:
    assert _withdrawal_read(body)


@pytest.mark.parametrize(
    "body",
    [
        "I'm still very interested and I don't want to withdraw; is there any news?",
        "Should I withdraw my application from the other company?",
        "Thank you for the offer, I'm delighted to accept it!",
        "If I accept another offer I will let you know right away.",
    ],
)
def test_users_other_messages_are_not_withdrawals(body: str) -> None:
    assert not _withdrawal_read(body)


@pytest.mark.parametrize(
    "body",
    [
        "If you would like to withdraw your application, you can do so from your profile.",
        "Your application for Data Engineer has been withdrawn as you requested.",
        "The candidate decided to withdraw from the process.",
    ],
)
def test_employer_mail_about_withdrawing_is_not_the_users_withdrawal(body: str) -> None:
    assert not _withdrawal_read(body, sender=EMPLOYER, subject="Your application")


def test_withdrawal_evidence_quotes_the_users_words() -> None:
    body = "I've accepted another offer, so I'm pulling out of the process. Thanks for all."
    evidence = signal_of(eml(body, "Thanks", sender=USER, to=EMPLOYER)).evidence
    label, _, quoted = evidence[0].partition(": ")
    assert label == "withdrawal by the user"
    assert quoted.strip('"') in body.lower()
