"""processes/identity.py: which domains stand for an employer, which addresses are people, and the
employer contact when only calendar invitations were sent."""

from __future__ import annotations

import pytest
from process_facts import ME, message

from followupd.model.domain import Kind, Observation, Person
from followupd.processes.grouping import build_processes
from followupd.processes.identity import (
    company_from_display_name,
    company_key,
    is_no_reply,
    is_role_mailbox,
    registrable_domain,
    resembles,
    speaks_for_employer,
)


@pytest.mark.parametrize(
    ("domain", "registrable"),
    [
        ("mail.northbeam.example", "northbeam.example"),
        ("jobs.acme.co.uk", "acme.co.uk"),
        ("hire.lever.co", "lever.co"),
        ("acme.example", "acme.example"),
    ],
)
def test_registrable_domain(domain: str, registrable: str) -> None:
    assert registrable_domain(domain) == registrable


NO_REPLY = [
    "no-reply@x.example",
    "noreply@x.example",
    "donotreply@x.example",
    "notifications@x.example",
    "jobs-noreply@x.example",
    "bounces+123@x.example",
    "calendar-notification@google.com",
]


@pytest.mark.parametrize("address", NO_REPLY)
def test_automated_senders_are_no_reply(address: str) -> None:
    assert is_no_reply(address)


@pytest.mark.parametrize("address", ["dana.lee@acme.example", "nate@heliopay.example"])
def test_people_are_neither_no_reply_nor_shared(address: str) -> None:
    assert not is_no_reply(address) and not is_role_mailbox(address)


def test_shared_mailboxes_are_recognised() -> None:
    assert is_role_mailbox("recruiting@acme.example")
    assert is_role_mailbox("talent-team@acme.example")
    assert not is_role_mailbox("terry.hall@acme.example")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Harbor & Finch, Inc.", "harborfinch"),
        ("Atelier Lavande Numérique", "atelierlavandenumerique"),
    ],
)
def test_company_key_folds_punctuation_accents_and_legal_suffixes(name: str, key: str) -> None:
    assert company_key(name) == key


def test_company_from_a_services_display_name() -> None:
    assert company_from_display_name("Tidewater Bank Hiring Team") == "Tidewater Bank"
    assert company_from_display_name("Olivia Grant via InkSign") == ""


@pytest.mark.parametrize(
    ("label", "key", "same"),
    [
        ("prairiewind", "prairiewindenergy", True),
        ("lavande-numerique", "atelierlavandenumerique", True),
        ("sablesec", "sablesecurity", True),
        ("hiretrack", "tidewaterbank", False),
        ("ibm", "ibmconsulting", False),  # too short to match by containment
    ],
)
def test_resembles(label: str, key: str, same: bool) -> None:
    assert resembles(label, key) is same


def test_a_third_party_sending_for_a_named_company_does_not_speak_for_it() -> None:
    no_domains: frozenset[str] = frozenset()
    ats = Person("no-reply@hiretrack.example", "Tidewater Bank")
    named = Person("cobaltfreight@myworkwell.example", "Cobalt Freight")
    recruiter = Person("rachel.kim@tidewaterbank.example", "Rachel Kim")
    assert not speaks_for_employer(ats, "tidewaterbank", no_domains)
    assert not speaks_for_employer(named, "cobaltfreight", no_domains)
    assert speaks_for_employer(recruiter, "tidewaterbank", no_domains)
    assert not speaks_for_employer(Person("lee@gmail.com"), "", no_domains)


def test_calendar_only_contact_is_the_organiser_not_the_interviewer() -> None:
    recruiter_invite = message(
        "Rachel Kim <rachel.kim@tidewaterbank.example>",
        "2026-05-07 14:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-05-13 10:00",
        interviewers=["jamie.ortiz@tidewaterbank.example"],
        uid="outlook-1",
    )
    interviewer_invite = message(
        "Jamie Ortiz <jamie.ortiz@tidewaterbank.example>",
        "2026-05-08 09:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-05-13 10:00",
        interviewers=["jamie.ortiz@tidewaterbank.example"],
        uid="google-1",
    )
    (process,) = build_processes([recruiter_invite, interviewer_invite], ME)
    assert process.contact is not None
    assert process.contact.address == "rachel.kim@tidewaterbank.example"
    assert len(process.interviews) == 1


def test_keys_resembling_by_core_join_as_comparing_every_pair_would() -> None:
    """Grouping company keys by their core makes the same joins as comparing each pair."""
    from followupd.processes.grouping import _Groups
    from followupd.processes.identity import domain_label, same_company

    keys = ["prairiewind", "prairiewindenergy", "acme", "acmelabs", "getacme", "meta", "metabase"]
    domains = ["prairiewind.example", "acme.example", "metabase.example", "other.example"]

    def grouped(naive: bool) -> list[frozenset[str]]:
        groups = _Groups()
        for n, key in enumerate(keys):
            groups.union(f"obs:{n}", f"company:{key}")
        for n, domain in enumerate(domains):
            groups.union(f"obs:d{n}", f"domain:{domain}")
        if not naive:
            groups.join_resembling_keys()
        else:
            companies = sorted(k for k in groups.parent if k.startswith("company:"))
            labels = sorted(d for d in groups.parent if d.startswith("domain:"))
            for i, company in enumerate(companies):
                for other in companies[i + 1 :]:
                    if same_company(other[8:], company[8:]):
                        groups._join_one_employer(company, other)
                ordered = sorted((domain_label(d[7:]) != company[8:], d) for d in labels)
                for _, domain in ordered:
                    if same_company(domain_label(domain[7:]), company[8:]):
                        groups._join_one_employer(company, domain)
        return sorted(frozenset(members) for members in groups.components())

    assert grouped(naive=False) == grouped(naive=True)
    together = next(g for g in grouped(naive=False) if "company:prairiewind" in g)
    assert {"company:prairiewindenergy", "domain:prairiewind.example"} <= together


def _agency_then_client_invite(decision_by: str | None) -> list[Observation]:
    agency = message(
        "Jana Wolff <jana.wolff@wolff-partner.example>",
        "2026-04-07 09:00",
        Kind.INTERVIEW_REQUEST,
        subject="Ihre Kandidatur: Leitung Controlling - Brenner Armaturen",
        cc=["melanie.kraus@brenner-armaturen.example"],
    )
    invite = message(
        "Melanie Kraus <melanie.kraus@brenner-armaturen.example>",
        "2026-04-14 09:41",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-04-23 14:00",
        interviewers=["thomas.brenner@brenner-armaturen.example"],
        decision_by=decision_by,
        uid="outlook-7",
    )
    return [agency, invite]


def test_an_organiser_s_invitation_that_promises_the_answer_makes_her_the_contact() -> None:
    (process,) = build_processes(_agency_then_client_invite("2026-04-30"), ME)
    assert process.contact is not None
    assert process.contact.address == "melanie.kraus@brenner-armaturen.example"


def test_an_invitation_that_promises_nothing_yields_to_the_writer_before() -> None:
    (process,) = build_processes(_agency_then_client_invite(None), ME)
    assert process.contact is not None
    assert process.contact.address == "jana.wolff@wolff-partner.example"
