"""Decision words that are not news to the user: a policy about a group of applicants ("those
who are not shortlisted will be notified", "we cannot reply to every candidate"), a legend of
what each status means ("- Not selected: ..."), a decision quoted rather than said. A receipt
that carries them stays a receipt; a decision about the user stays a rejection."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Talent Team <careers@northwind.example>"
RECEIVED = "Thank you for applying to Northwind. We have received your application. "


@pytest.mark.parametrize(
    "aside",
    [
        "Applicants who are not selected for an interview will be notified once the role is "
        "filled.",
        "Candidates that have not been shortlisted will be contacted by email at the end of "
        "the process.",
        "Due to the volume of applications, we are unable to respond to candidates who have not "
        "been shortlisted.",
        "Regrettably, we cannot provide individual feedback to applicants who are unsuccessful.",
        "Those who do not meet the minimum requirements will not be considered further.",
        "What the statuses mean:\n- In review: a recruiter is reading your profile.\n"
        "- Not selected: we have decided not to move forward with your application.",
        'Our guide explains every email, from "application received" to "we regret to inform you".',
    ],
)
def test_a_receipt_with_a_policy_a_legend_or_a_quote_is_a_receipt(aside: str) -> None:
    signal = signal_of(eml(RECEIVED + aside, subject="Your application", sender=RECRUITER))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for applying. Unfortunately, you have not been selected for an interview.",
        "We have decided to move forward with candidates who do not require visa sponsorship, "
        "so we will not be progressing your application.",
        "After careful review, we regret to inform you that we will not be moving forward.",
    ],
)
def test_a_decision_about_the_user_is_still_a_rejection(body: str) -> None:
    signal = signal_of(eml(body, subject="Your application", sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Status of your application",
            "After careful review, we have determined that you are not among the most qualified "
            "candidates for this position.",
        ),
        (
            "GIS Technician - your application",
            "Thank you for your interest. Your application will not be considered further for "
            "this recruitment.",
        ),
        (
            "Application update",
            "You were not one of the finalists we selected to move on to the panel stage.",
        ),
        (
            "Ihre Bewerbung bei Northwind",
            "Vielen Dank für Ihr Interesse. Wir haben uns nach reiflicher Überlegung für eine "
            "andere Bewerbung entschieden.",
        ),
        (
            "Ihre Bewerbung",
            "Wir haben uns am Ende für eine interne Kandidatur entschieden.",
        ),
    ],
)
def test_the_user_left_out_of_the_chosen_is_a_rejection(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence


def test_a_rule_about_late_applications_is_no_decision_about_the_user() -> None:
    body = RECEIVED + "Applications received after the closing date will not be considered."
    signal = signal_of(eml(body, subject="Your application", sender=RECRUITER))
    assert signal.kind is Kind.APPLICATION_RECEIVED, signal.evidence
