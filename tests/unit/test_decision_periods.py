"""Decision dates as classes of language, in English, German, French and Spanish: calendar weeks,
weeks named by a month or a day, month ends and next month, spans from the sent day, a day
marked "at the latest", and an answer promised right after a dated event. Each class comes in
several shapes; and the guards: dates that are no promise of an answer stay out.

Sent days used below (all 2026 unless said): Tue 14 April is in ISO week 16; Thu 17 December
is two weeks before a year whose 1 January is a Friday (its week 1 is 4-10 January 2027).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from classify_mail import eml, signal_of
from hypothesis import given, settings
from hypothesis import strategies as st

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


CALENDAR_WEEKS = [
    ("Eine Rückmeldung erhalten Sie von uns bis Ende KW 17.", APRIL_14, "2026-04-24"),
    ("Wir melden uns in KW18 bei Ihnen.", APRIL_14, "2026-05-01"),
    (
        "Unsere Entscheidung teilen wir Ihnen in der 18. KW mit, versprochen.",
        APRIL_14,
        "2026-05-01",
    ),
    ("Wir werden Ihnen in der 18. Kalenderwoche Bescheid geben.", APRIL_14, "2026-05-01"),
    ("Eine Entscheidung fällt voraussichtlich Anfang KW 18.", APRIL_14, "2026-04-28"),
    ("Sie hören Mitte KW 18 von uns.", APRIL_14, "2026-04-29"),
    ("We expect to make a decision in week 19.", APRIL_14, "2026-05-08"),
    ("You should hear from us by the end of calendar week 17.", APRIL_14, "2026-04-24"),
    ("Nous vous donnerons une réponse en semaine 17.", APRIL_14, "2026-04-24"),
    ("Nous reviendrons vers vous au plus tard fin de la semaine 18.", APRIL_14, "2026-05-01"),
    ("Te daremos una respuesta durante la semana 17.", APRIL_14, "2026-04-24"),
    ("Le comunicaremos la decisión a finales de la semana 18.", APRIL_14, "2026-05-01"),
    ("Wir melden uns in KW 2 mit einer Entscheidung.", DECEMBER_17, "2027-01-15"),
    ("Wir melden uns in KW 2/2027 mit einer Entscheidung.", DECEMBER_17, "2027-01-15"),
    ("Wie versprochen: Ihre Rückmeldung kam in KW 12, danke.", APRIL_14, None),
    ("You'll hear from us in week 2 of the process.", APRIL_14, None),
]


@pytest.mark.parametrize(("text", "sent", "expect"), CALENDAR_WEEKS)
def test_a_calendar_week_is_its_last_business_day(
    text: str, sent: datetime, expect: str | None
) -> None:
    assert _day(text, sent) == expect


def test_a_calendar_week_ends_before_its_friday_holiday() -> None:
    sent = datetime(2026, 3, 23, 9, 0, tzinfo=CET)
    text = "Eine Entscheidung erhalten Sie bis Ende KW 14."  # Good Friday is 3 April 2026
    assert _day(text, sent, BusinessCalendar("DE")) == "2026-04-02"
    assert _day(text, sent) == "2026-04-03"


WEEKS_OF_A_MONTH = [
    ("We'll be in touch in the first week of January with next steps.", "2027-01-08"),
    ("Wir melden uns in der ersten Januarwoche bei Ihnen.", "2027-01-08"),
    ("Wir geben Ihnen in der ersten Woche im Januar Bescheid.", "2027-01-08"),
    ("Nous reviendrons vers vous la première semaine de janvier.", "2027-01-08"),
    ("Te escribiremos la primera semana de enero con la respuesta.", "2027-01-08"),
    ("Expect our decision in the second week of January.", "2027-01-15"),
]


@pytest.mark.parametrize(("text", "expect"), WEEKS_OF_A_MONTH)
def test_a_week_of_a_month_is_the_week_its_thursday_falls_in(text: str, expect: str) -> None:
    assert _day(text, DECEMBER_17) == expect


def test_the_last_week_of_a_month_may_end_in_the_month_after() -> None:
    sent = datetime(2026, 7, 6, 9, 0, tzinfo=CEST)  # July's last Thursday is the 30th
    assert _day("We hope to decide in the last week of July.", sent) == "2026-07-31"
    assert _day("Wir melden uns in der letzten Juliwoche.", sent) == "2026-07-31"
    assert _day("Te respondemos la última semana de julio.", sent) == "2026-07-31"


WEEKS_OF_A_DAY = [
    ("We'll reconnect with you the week of July 6 with next steps.", "2026-06-26", "2026-07-10"),
    ("You'll get our answer in the week commencing 6 July.", "2026-06-26", "2026-07-10"),
    ("Tu auras un retour de ma part dans la semaine du 8 juin.", "2026-05-29", "2026-06-12"),
    ("Nous vous répondrons la semaine du 15.", "2026-06-05", "2026-06-19"),
    ("La semana del 15 tenemos definición y te escribo.", "2026-06-05", "2026-06-19"),
    ("Le daremos una respuesta la semana del 13 de julio.", "2026-06-26", "2026-07-17"),
    ("Sie hören von uns in der Woche vom 15. Juni.", "2026-06-05", "2026-06-19"),
    ("We'll let you know during the week of the 15th.", "2026-06-16", "2026-06-19"),
]


@pytest.mark.parametrize(("text", "sent", "expect"), WEEKS_OF_A_DAY)
def test_the_week_of_a_day_is_that_weeks_last_business_day(
    text: str, sent: str, expect: str
) -> None:
    assert _day(text, datetime.fromisoformat(sent + "T10:00:00+02:00")) == expect


def test_the_week_of_a_day_before_christmas_ends_before_it() -> None:
    sent = datetime(2026, 12, 10, 9, 0, tzinfo=EST)  # 25 December 2026 is a Friday
    text = "We'll come back to you the week of December 21."
    assert _day(text, sent, BusinessCalendar("US")) == "2026-12-24"


def test_a_day_inside_the_week_of_phrase_about_interviews_is_not_the_decision() -> None:
    text = "Interviews will take place the week of May 4; we'll let you know the outcome by May 15."
    assert _day(text, APRIL_14) == "2026-05-15"


MONTHS = [
    ("Wir werden uns bis Ende Monat bei Ihnen melden.", "2026-06-10", "2026-06-30"),
    ("Wir melden uns bis zum Monatsende.", "2026-06-10", "2026-06-30"),
    ("Eine Entscheidung erwarten wir Ende des Monats.", "2026-06-10", "2026-06-30"),
    ("Nous prévoyons de conclure d'ici la fin du mois.", "2026-09-09", "2026-09-30"),
    ("Nous vous répondrons d'ici fin de mois.", "2026-09-09", "2026-09-30"),
    ("La directora quiere tomar la decisión antes de fin de mes.", "2026-10-08", "2026-10-30"),
    ("Te daremos una respuesta a finales de este mes.", "2026-10-08", "2026-10-30"),
    ("We'll get back to you by month end.", "2026-10-08", "2026-10-30"),
    ("We'll let you know by the end of next month.", "2026-12-17", "2027-01-29"),
    ("Wir melden uns Ende des nächsten Monats.", "2026-12-17", "2027-01-29"),
    ("Vous aurez notre réponse avant la fin du mois prochain.", "2026-04-14", "2026-05-29"),
    ("Te daremos una respuesta a finales del mes que viene.", "2026-04-14", "2026-05-29"),
    ("We'll have a decision early next month.", "2026-04-14", "2026-05-08"),
    ("Sie erhalten unsere Entscheidung Anfang nächsten Monats.", "2026-04-14", "2026-05-08"),
    ("Te contestaremos a principios del próximo mes.", "2026-04-14", "2026-05-08"),
    ("Nous vous ferons signe début mai.", "2026-04-14", "2026-05-08"),
    ("We'll be in touch early January.", "2026-12-17", "2027-01-08"),
    ("Tendrás noticias nuestras a mediados del mes que viene.", "2026-04-14", "2026-05-15"),
    ("Wir informieren Sie bis Mitte nächsten Monats.", "2026-04-14", "2026-05-15"),
    ("We'll decide next month.", "2026-04-14", "2026-05-29"),
    ("Nous prendrons notre décision le mois prochain.", "2026-04-14", "2026-05-29"),
]


@pytest.mark.parametrize(("text", "sent", "expect"), MONTHS)
def test_month_ends_and_next_month(text: str, sent: str, expect: str) -> None:
    assert _day(text, datetime.fromisoformat(sent + "T10:00:00+02:00")) == expect


def test_the_end_of_a_month_whose_last_day_is_a_holiday() -> None:
    sent = datetime(2027, 5, 10, 9, 0, tzinfo=EDT)  # Memorial Day 2027 is Monday 31 May
    text = "We'll get back to you by the end of the month."
    assert _day(text, sent, BusinessCalendar("US")) == "2027-05-28"


SPANS = [
    ("Sie erhalten innerhalb von drei Wochen eine Rückmeldung.", "2026-05-05"),
    ("Wir melden uns innerhalb einer Woche.", "2026-04-21"),
    ("Wir melden uns in zwei Wochen bei Ihnen.", "2026-04-28"),
    ("Sie hören von uns in den kommenden zehn Tagen.", "2026-04-24"),
    ("Wir melden uns innerhalb eines Monats.", "2026-05-14"),
    ("Nous reviendrons vers vous dans deux semaines.", "2026-04-28"),
    ("Nous vous donnerons une réponse dans un délai de 4 semaines.", "2026-05-12"),
    ("Nous vous répondrons d'ici une semaine.", "2026-04-21"),
    ("Nous reviendrons vers vous sous huitaine.", "2026-04-22"),
    ("Nous vous recontacterons d'ici une quinzaine de jours.", "2026-04-29"),
    ("Nous vous répondrons sous 48 heures.", "2026-04-16"),
    ("Te escribiremos en las próximas dos semanas.", "2026-04-28"),
    ("Te responderemos en un plazo de 15 días.", "2026-04-29"),
    ("Tendrás una respuesta en un par de semanas.", "2026-04-28"),
    ("Te daremos una respuesta en una semana.", "2026-04-21"),
    ("You'll hear from us within a fortnight.", "2026-04-28"),
    ("We'll get back to you in two to three weeks.", "2026-05-05"),
    ("We'll be in touch within a month.", "2026-05-14"),
    (
        "We expect to complete our review in the next two weeks. Either way, we'll let you know.",
        "2026-04-28",
    ),
    ("We aim to reply to everyone within three weeks, whatever the outcome.", "2026-05-05"),
]


@pytest.mark.parametrize(("text", "expect"), SPANS)
def test_a_span_counts_from_the_sent_day(text: str, expect: str) -> None:
    assert _day(text, APRIL_14) == expect


def test_business_day_spans_skip_holidays_in_every_language() -> None:
    sent = datetime(2026, 11, 16, 9, 0, tzinfo=EST)  # Thanksgiving is Thursday 26 November
    us = BusinessCalendar("US")
    assert _day("We'll be back in touch within ten working days.", sent, us) == "2026-12-01"
    assert _day("Wir melden uns binnen 10 Werktagen.", sent, us) == "2026-12-01"
    assert _day("Nous vous répondrons sous 10 jours ouvrés.", sent, us) == "2026-12-01"
    text = "Te responderemos dentro de los siguientes 10 días hábiles."
    assert _day(text, sent, us) == "2026-12-01"


def test_within_a_month_from_a_longer_month_ends_on_the_shorter_ones_last_day() -> None:
    sent = datetime(2026, 1, 31, 9, 0, tzinfo=CET)
    assert _day("Nous vous répondrons dans un délai d'un mois.", sent) == "2026-02-28"


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


AFTER_AN_EVENT = [
    (
        "The committee meets on Monday, June 8. I expect to come back to you shortly after "
        "that meeting with their decision.",
        "2026-06-08",
    ),
    (
        "The hiring committee meets on Thursday, June 11. We'll let you know right after.",
        "2026-06-11",
    ),
    (
        "Le jury se réunira le vendredi 12 juin. Nous vous communiquerons sa décision dans la "
        "semaine qui suivra cette séance.",
        "2026-06-19",
    ),
    (
        "Le jury se réunit le mardi 16 juin ; nous vous ferons part de sa décision la semaine "
        "suivante.",
        "2026-06-26",
    ),
    (
        "Die Auswahlkommission tagt am Mittwoch, 17. Juni. Wir melden uns in der Woche danach "
        "bei Ihnen.",
        "2026-06-26",
    ),
    (
        "Die Kommission tagt am 18. Juni. Wir melden uns direkt im Anschluss bei Ihnen.",
        "2026-06-18",
    ),
    ("El comité se reúne el 18 de junio y te escribiremos justo después.", "2026-06-18"),
    (
        "Te daremos una respuesta justo después de la reunión del comité el jueves 11 de junio.",
        "2026-06-11",
    ),
    (
        "We'll let you know the outcome within 10 business days after the panel on 15 June.",
        "2026-06-29",
    ),
    (
        "Applications close on 30 June; we'll get back to every candidate within ten working "
        "days after the closing date.",
        "2026-07-14",
    ),
    (
        "Die Bewerbungsfrist endet am 31. Juli. Sie hören spätestens drei Wochen nach Fristende "
        "von uns.",
        "2026-08-21",
    ),
]


@pytest.mark.parametrize(("text", "expect"), AFTER_AN_EVENT)
def test_right_after_a_dated_event_counts_from_its_day(text: str, expect: str) -> None:
    assert _day(text, JUNE_2) == expect


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


def test_an_acknowledgement_that_promises_an_answer_in_a_span_carries_its_date() -> None:
    # SCHEMA.md: the day by which the employer said it would get back, "when the message states
    # one" - an acknowledgement's "within two weeks" too (readers label it so)
    body = (
        "Thank you for applying for the Analyst role. We have received your application and "
        "will get back to you within two weeks. If you don't hear from us by then, please "
        "consider your application unsuccessful."
    )
    signal = signal_of(eml(body, "Your application to Acme", "Acme Careers <jobs@acme.example>"))
    assert signal.kind.value == "application_received"
    assert signal.decision_by is not None


def test_a_holding_reply_with_a_calendar_week_carries_it() -> None:
    body = (
        "vielen Dank für Ihre Nachfrage. Wir befinden uns noch in der Auswahl und führen diese "
        "Woche die letzten Gespräche. Eine Rückmeldung erhalten Sie bis Ende KW 11."
    )
    signal = signal_of(eml(body, "AW: Ihre Bewerbung", "Jana Roth <j.roth@acme.example>"))
    assert signal.kind.value == "holding_reply"
    assert signal.decision_by == date(2026, 3, 13)  # sent Monday 2 March, KW 10


_phrases = st.sampled_from(
    [
        "We'll get back to you",
        "Wir melden uns",
        "bis Ende KW 53",
        "KW 0",
        "in week 99",
        "the first week of February",
        "the last week of December",
        "the week of the 31st",
        "la semana del 31",
        "bis Ende Monat",
        "early next month",
        "shortly after",
        "the week after",
        "on Friday, 12 June",
        "999 days after",
        "within 13 months",
        "dans un délai de 400 semaines",
        ".",
        ",",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_phrases, max_size=10),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31)),
)
def test_named_weeks_months_and_events_stay_within_a_year_on(
    phrases: list[str], moment: datetime
) -> None:
    sent = moment.replace(tzinfo=CET)
    found = find_decision_date(" ".join(phrases), sent)
    if found is not None:
        assert sent.date() <= found.day <= sent.date() + timedelta(days=400)
