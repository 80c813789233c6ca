"""Decision dates as classes of language, in English, German, French and Spanish: a day
marked "at the latest", "before Wednesday", the words of an employer promising its answer; and
the guards: dates that are no promise of an answer stay out. Each class comes in several shapes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from classify_mail import eml, signal_of

from followupd.dates.mentions import BusinessCalendar, find_decision_date

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))
APRIL_14 = datetime(2026, 4, 14, 10, 0, tzinfo=CEST)  # a Tuesday, ISO week 16
DECEMBER_17 = datetime(2026, 12, 17, 9, 30, tzinfo=CET)  # a Thursday
JUNE_2 = datetime(2026, 6, 2, 11, 0, tzinfo=CEST)  # a Tuesday


def _day(text: str, sent: datetime, calendar: BusinessCalendar | None = None) -> str | None:
    found = find_decision_date(text, sent, calendar)
    return found.day.isoformat() if found else None


LATEST = [
    (
        "Nous voyons un dernier candidat cette semaine et je vous tiens au courant lundi "
        "prochain au plus tard.",
        datetime(2026, 4, 15, 9, 0, tzinfo=CEST),
        "2026-04-20",
    ),
    (
        "We're still seeing people this week; you'll hear from us on Tuesday at the latest.",
        datetime(2026, 3, 17, 16, 0, tzinfo=EDT),
        "2026-03-24",
    ),
    (
        "Te digo algo el viernes como muy tarde.",
        datetime(2026, 2, 9, 9, 0, tzinfo=CET),
        "2026-02-13",
    ),
    (
        "Wir führen diese Woche noch Gespräche und melden uns am Montag allerspätestens.",
        datetime(2026, 4, 15, 9, 0, tzinfo=CEST),
        "2026-04-20",
    ),
]


@pytest.mark.parametrize(("text", "sent", "expect"), LATEST)
def test_at_the_latest_beats_a_bare_day_written_before(
    text: str, sent: datetime, expect: str
) -> None:
    found = find_decision_date(text, sent)
    assert found is not None and found.day.isoformat() == expect


BEFORE_A_WEEKDAY = [
    "Te digo algo antes del miércoles, sea lo que sea.",
    "Nous vous répondrons avant mercredi.",
    "You'll have our answer before Wednesday.",
    "Wir geben Ihnen bis Mittwoch Bescheid.",
    "Ils doivent me répondre d'ici mercredi, je vous appelle ensuite.",
]


@pytest.mark.parametrize("text", BEFORE_A_WEEKDAY)
def test_before_a_weekday_is_that_weekday_as_by_is(text: str) -> None:
    sent = datetime(2026, 6, 25, 9, 0, tzinfo=CEST)  # a Thursday
    assert _day(text, sent) == "2026-07-01"


NO_DECISION_DATE = [
    "We will have an update for you after the panel meets on Thursday.",
    "The committee meets on 9 June; afterwards you'll hear from us.",
    "Die Kommission tagt am 9. Juni. Im Anschluss daran hören Sie von uns.",
    "Thanks for coming in on Monday. We'll let you know shortly after the debrief.",
    "Thanks for your interview on 27 May. We'll decide shortly after the final round.",
    (
        "Offer approvals are due by Friday 12 June. Notes are due within 48 hours. We'll "
        "decide within 5 working days of the final interview."
    ),
    "Great news - your interview with the client is confirmed for Monday 15 June at 10:00.",
    "You can request written feedback on the decision within 10 days.",
    "Vous pouvez demander un retour sur la décision dans un délai de 10 jours.",
    "We keep your data for 6 months; we'll get back to you soon.",
    "Your start date would be early next month; we'll let you know about next steps soon.",
    "Please let us know by the end of the month whether you accept.",
    "Bitte geben Sie uns bis Ende KW 24 Bescheid.",
    "Please let us know your availability for the week of June 15.",
    "Nous attendons votre réponse avant la fin du mois.",
    "Te escribo porque el miércoles no podemos, la entrevista pasa al jueves 11.",
    "We have a few more candidates to see over the next fortnight, and we'll be in touch.",
    "Je reviendrai vers vous à la fin de mes congés, promis.",
]


@pytest.mark.parametrize("text", NO_DECISION_DATE)
def test_dates_that_promise_no_answer_give_none(text: str) -> None:
    assert _day(text, JUNE_2) is None


def test_an_acknowledgement_with_a_span_still_carries_no_decision_date() -> None:
    body = (
        "Thank you for applying for the Analyst role. We have received your application and "
        "will get back to you within two weeks. If you don't hear from us by then, please "
        "consider your application unsuccessful."
    )
    signal = signal_of(eml(body, "Your application to Acme", "Acme Careers <jobs@acme.example>"))
    assert signal.kind.value == "application_received"
    assert signal.decision_by is None
