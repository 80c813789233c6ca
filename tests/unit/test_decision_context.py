"""Decision dates read in context: a day that tells when other candidates come in is no date
for the user's answer, and "nach jetzigem Stand" ("as things stand") opens no "after ..."
phrase; in each language."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.decision import decision_day

SENT = datetime(2026, 4, 24, 15, 20, tzinfo=timezone(timedelta(hours=1)))  # a Friday


def _day(text: str) -> date | None:
    found = decision_day(text, SENT, BusinessCalendar())
    return None if found is None else found[0]


@pytest.mark.parametrize(
    "text",
    [
        "As I said you'd hear from us this week: we have two more candidates coming in early "
        "next week, so the panel can't compare notes until then. We're now aiming to get back "
        "to everyone by Friday 8 May.",
        "Wir melden uns später als gedacht: weitere Bewerberinnen kommen erst Anfang nächster "
        "Woche. Eine Rückmeldung erhalten Sie bis Freitag, 8. Mai.",
        "Nous vous répondrons plus tard que prévu : d'autres candidats passent en entretien "
        "début de semaine prochaine. Vous aurez notre réponse d'ici le vendredi 8 mai.",
    ],
)
def test_the_days_other_candidates_come_in_are_no_decision_date(text: str) -> None:
    assert _day(text) == date(2026, 5, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Nach jetzigem Stand können wir Ihnen bis Ende KW 19 eine Rückmeldung geben.",
        "Nach aktuellem Plan melden wir uns bis Freitag, 8. Mai.",
    ],
)
def test_as_things_stand_is_no_after_phrase(text: str) -> None:
    assert _day(text) == date(2026, 5, 8)


def test_a_day_after_an_event_is_still_no_decision_date() -> None:
    assert _day("Nach dem Gespräch am Dienstag melden wir uns bei Ihnen.") is None
