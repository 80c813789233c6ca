"""The messages of this stop's reviews that must keep their reading: a permit, a visa or a
benefit named in hiring mail, a job ad's "wir bieten Ihnen eine Stelle", a side plan made
"instead", a conference's panel and a blog's interview under a heading, a step closed only on a
condition, a hypothesis about who was taken, a company on a webmail brand's word."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind
from followupd.understand.senders import is_freemail

SENDER = "Dana Cole <dana.cole@acme.example>"


def _kind(body: str, subject: str = "Your application - Data Analyst") -> Kind:
    return signal_of(eml(body, subject=subject, sender=SENDER)).kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "We're delighted to offer you the Data Analyst role at a base salary of £62,000. Our"
            " immigration team will handle your work permit application.",
            Kind.OFFER,
        ),
        (
            "Unfortunately we're unable to sponsor a visa application for this role, so we won't"
            " be moving forward with your application.",
            Kind.REJECTION,
        ),
    ],
)
def test_a_permit_or_a_visa_named_in_hiring_mail_keeps_its_news(body: str, kind: Kind) -> None:
    assert _kind(body) is kind


def test_a_job_ad_s_stelle_quoted_in_an_invitation_is_no_offer() -> None:
    body = (
        "wir laden Sie am Dienstag, 10. März, um 14 Uhr zum Vorstellungsgespräch ein. Zur"
        " Erinnerung aus der Anzeige: Wir bieten Ihnen eine Stelle mit Beginn 1. April und"
        " flexiblen Arbeitszeiten."
    )
    assert _kind(body, "Einladung zum Vorstellungsgespräch") is not Kind.OFFER


def test_an_offer_in_german_inverted_order_is_an_offer() -> None:
    body = "Gerne bieten wir Ihnen die Stelle mit Dienstbeginn 1. Mai an."
    assert _kind(body, "Ihre Bewerbung") is Kind.OFFER


def test_a_side_plan_made_instead_moves_no_interview() -> None:
    body = (
        "If you're driving, make it 1:30 instead so you get a parking space. Interview still at 2."
    )
    assert _kind(body, "Re: Interview on Tuesday") is not Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for joining us at DataConf!\n\nPanel details\nDate: Thursday 12 March\nTime: 2pm"
        "\nThe panel will comprise Ana Ruiz and Tom Lee.",
        "Interview details:\nWe sat down with our CTO on Thursday at 2pm to talk about hiring"
        " for the platform team.",
    ],
)
def test_a_conference_panel_or_a_blog_interview_under_a_heading_is_no_interview(
    body: str,
) -> None:
    assert _kind(body, "This week") is not Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "wir laden Sie am Dienstag, 10. März, um 9 Uhr zum schriftlichen Test ein. Ohne gültigen"
        " Ausweis können Sie am weiteren Verfahren nicht teilnehmen.",
        "Your interview is on Tuesday 10 March at 2pm. Please note you cannot proceed with the rest"
        " of the process until you sign the NDA.",
    ],
)
def test_a_step_closed_only_on_a_condition_is_no_rejection(body: str) -> None:
    assert _kind(body, "Einladung / Interview") is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Si al final no nos hemos quedado con alguien de dentro, te llamo el lunes.",
        "Todavía no sabemos si nos hemos quedado con alguien, te cuento la semana que viene.",
    ],
)
def test_a_hypothesis_about_who_was_taken_is_no_rejection(body: str) -> None:
    assert _kind(body, "Re: Candidatura camarera") is not Kind.REJECTION


@pytest.mark.parametrize("domain", ["live.tv", "outlook.vc", "live.events"])
def test_a_company_on_a_webmail_brand_s_word_is_no_freemail(domain: str) -> None:
    assert not is_freemail(domain)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "wir würden Sie gerne kennenlernen und uns dafür eine Stunde Zeit nehmen. Passt Ihnen"
            " Dienstag um 10 Uhr?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Our two directors who agreed to sit on the panel would like to meet you on Tuesday 10"
            " March at 2pm; the panel will use a scoring sheet.",
            Kind.INTERVIEW_SCHEDULED,
        ),
    ],
)
def test_a_request_or_an_invitation_keeps_its_reading(body: str, kind: Kind) -> None:
    assert _kind(body, "Einladung / Interview") is kind
