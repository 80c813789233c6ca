"""Round 33: a forward in Outlook's form under a "TR:" subject, the user named by surname in
what is forwarded, a volunteer's application, a meeting proposed at its day and hour, the people
who conduct the interview ("Das Gespräch führen ..."), a department after a title, the
organiser who only asks for replies, someone away until a day, a promise said to be broken,
a date that cannot be named yet, a welcome on board."""

from __future__ import annotations

from datetime import UTC

import pytest
from classify_mail import eml, signal_of

from followupd.dates.mentions import find_decision_date
from followupd.model.domain import Kind
from followupd.understand.introductions import introduced
from followupd.understand.names import people_in

AGENCY = "Mélanie Girard <m.girard@talentis.example>"
FORWARDED = (
    "Inés,\n\nJe vous transfère la réponse du client, je suis vraiment déçue pour vous.\n\n"
    "Mélanie\n\n________________________________\nDe : Perret Stéphane <s.perret@client.example>\n"
    "Envoyé : vendredi 20 mars 2026 17:36\nÀ : Mélanie Girard <m.girard@talentis.example>\n"
    "Objet : Responsable logistique\n\nBonjour Mélanie,\n\nSuite aux deuxièmes entretiens, nous"
    " avons retenu l'autre finaliste.\n\nMme Vidal Hartmann a fait une très bonne impression.\n"
)
TO = "Inés Vidal Hartmann <sam.lee@example.net>"


def test_an_outlook_forward_of_the_client_s_no_is_a_rejection() -> None:
    data = eml(FORWARDED, subject="TR: Responsable logistique", sender=AGENCY, to=TO)
    assert signal_of(data).kind is Kind.REJECTION


def test_the_same_block_under_a_reply_s_subject_is_no_forward() -> None:
    data = eml(FORWARDED, subject="RE: Responsable logistique", sender=AGENCY, to=TO)
    assert signal_of(data).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "We have your volunteer application",
            "Thanks so much for applying to volunteer with us! We've received your application"
            " for the role of remote interpreter.",
            Kind.OTHER,
        ),
        (
            "Poste de responsable administratif",
            "Je vous propose un échange en visio mardi 17 à 9h30, 30 min. Lien ci-dessous ; si"
            " c'est impossible, dites-le-moi et on trouve autre chose.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Poste de responsable administratif",
            "Je vous propose un échange en visio mardi 17 à 9h30. Est-ce que cela vous convient ?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Vertragsangebot - Teamleitung Einkauf",
            "Wir möchten Sie sehr gern als Teamleitung Einkauf bei uns an Bord haben! Den Vertrag"
            " finden Sie im Anhang.",
            Kind.OFFER,
        ),
        (
            "AW: Ihre Bewerbung - Senior Risk Analyst",
            "Einen neuen Termin für unsere Entscheidung kann ich Ihnen derzeit noch nicht nennen."
            " Ihre Bewerbung ist selbstverständlich weiterhin im Rennen.",
            Kind.HOLDING_REPLY,
        ),
    ],
)
def test_round_thirtythree_classes(subject: str, body: str, kind: Kind) -> None:
    data = eml(body, subject=subject, sender="Claire Baudouin <claire@fondation.example>")
    assert signal_of(data).kind is kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Das Gespräch führen Herr Mag. Stefan Gruber (Leiter Treasury) sowie Herr Mag. Peter"
            " Novak aus dem Konzerncontrolling.",
            ["Herr Mag. Stefan Gruber", "Herr Mag. Peter Novak"],
        ),
        (
            "L'entretien sera mené par Mme Claire Dubois et M. Paul Girard.",
            ["Mme Claire Dubois", "M. Paul Girard"],
        ),
    ],
)
def test_the_people_who_conduct_the_interview_are_met(text: str, names: list[str]) -> None:
    assert [p.name for p in introduced(text)] == names


def test_a_department_after_a_title_is_no_person() -> None:
    found = people_in("Kevin O'Brien, Director, Network Planning")
    assert [(p.name, p.job_title) for p in found] == [("Kevin O'Brien", "Director")]


def test_an_organiser_who_asks_for_replies_to_her_is_no_interviewer() -> None:
    body = (
        "I'm pleased to invite you to a video interview with Daniel Pryce (daniel.pryce@fenwick"
        ".example), our Head of Pricing, on Thursday 10 December from 2pm to 3pm. If the time"
        " doesn't suit, just reply to me and I'll find an alternative."
    )
    data = eml(
        body, subject="Interview: Senior Pricing Analyst", sender="Grace <grace@fenwick.example>"
    )
    assert [p.address for p in signal_of(data).interviewers] == ["daniel.pryce@fenwick.example"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "She wants to sign off the final decision herself and she's away until Monday, so"
            " they won't make tomorrow's date. Grace has promised a decision by Thursday 24th at"
            " the latest.",
            "2026-12-24",
        ),
        (
            "Ich hatte Ihnen eine Rückmeldung bis morgen, 18. Dezember, zugesagt – diesen Termin"
            " werden wir leider nicht halten können.",
            None,
        ),
        (
            "I had promised you an answer by Friday, but we won't be able to make it.",
            None,
        ),
        ("We had said we would get back to you by Friday, and we will.", "2026-12-18"),
    ],
)
def test_someone_away_and_a_broken_promise_give_no_date(text: str, day: str | None) -> None:
    from datetime import datetime

    found = find_decision_date(text, datetime(2026, 12, 17, 16, 41, tzinfo=UTC))
    assert (found.day.isoformat() if found else None) == day
