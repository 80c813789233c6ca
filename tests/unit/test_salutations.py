"""Salutations by convention, language and tone; names as the mail gives them; dates and
lists of names in the user's locale."""

from __future__ import annotations

from datetime import date

import pytest
from babel import Locale

from followupd.drafts.locale import draft_locale, join_names, prose_date, user_locale
from followupd.drafts.names import parse_name
from followupd.drafts.salutations import salutation
from followupd.model import Me


def greet(
    raw: str, language: str, tone: str = "formal", convention: str = "auto", territory: str = "US"
) -> str:
    name = parse_name(raw)
    names = [name] if name is not None else []
    locale = Locale.parse(f"{language}_{territory}" if language == "en" else language)
    return salutation(
        names, language=language, tone=tone, convention=convention, locale=locale, company="Acme"
    )


@pytest.mark.parametrize(
    ("raw", "language", "tone", "convention", "expected"),
    [
        # English: the first name by default; the title only where the mail gives one
        ("Jin Park", "en", "formal", "auto", "Dear Jin,"),
        ("Jin Park", "en", "friendly", "auto", "Hi Jin,"),
        ("Jin Park", "en", "formal", "full_name", "Dear Jin Park,"),
        ("Jin Park", "en", "formal", "title", "Dear Jin,"),
        ("Dr. Jin Park", "en", "formal", "title", "Dear Dr. Park,"),
        ("Jin Park (she/her)", "en", "formal", "title", "Dear Ms. Park,"),
        ("Mr. Omar Reyes", "en", "friendly", "title", "Hello Mr. Reyes,"),
        ("", "en", "formal", "auto", "Dear Acme team,"),
        ("Acme Talent Team", "en", "friendly", "auto", "Hello,"),
        # German: title and surname where the mail gives a gender, else the neutral form
        ("Anna Weber", "de", "formal", "auto", "Guten Tag Anna Weber,"),
        ("Frau Anna Weber", "de", "formal", "auto", "Sehr geehrte Frau Weber,"),
        ("Frau Dr. Anna Weber", "de", "formal", "auto", "Sehr geehrte Frau Dr. Weber,"),
        ("Jan Schröder (er/ihm)", "de", "formal", "auto", "Sehr geehrter Herr Schröder,"),
        ("Herr Jan von Berg", "de", "friendly", "auto", "Hallo Herr von Berg,"),
        ("Anna Weber", "de", "friendly", "auto", "Hallo Anna Weber,"),
        ("Frau Anna Weber", "de", "formal", "first_name", "Liebe Anna,"),
        ("Anna Weber", "de", "formal", "first_name", "Hallo Anna,"),
        ("Frau Anna Weber", "de", "formal", "full_name", "Guten Tag Anna Weber,"),
        ("", "de", "formal", "auto", "Guten Tag,"),
        # French
        ("Claire Dubois", "fr", "formal", "auto", "Bonjour Claire Dubois,"),
        ("Mme Claire Dubois", "fr", "formal", "auto", "Bonjour Madame Dubois,"),
        ("Claire Dubois", "fr", "friendly", "auto", "Bonjour Claire,"),
        ("Monsieur Julien Martin", "fr", "friendly", "title", "Bonjour Monsieur Martin,"),
        ("", "fr", "formal", "auto", "Madame, Monsieur,"),
        ("", "fr", "friendly", "auto", "Bonjour,"),
        # Spanish: a colon, and "Estimado/a" only when the mail gives the gender
        ("Lucía García López", "es", "formal", "auto", "Buenos días, Lucía:"),
        ("Sra. Lucía García López", "es", "formal", "auto", "Estimada Lucía:"),
        ("Sra. Lucía García López", "es", "formal", "title", "Estimada Sra. García López:"),
        ("Javier Ruiz (él)", "es", "formal", "title", "Estimado Sr. Ruiz:"),
        ("Lucía García", "es", "friendly", "auto", "Hola, Lucía:"),
        ("Lucía García", "es", "formal", "full_name", "Buenos días, Lucía García:"),
        ("", "es", "formal", "auto", "Buenos días:"),
    ],
)
def test_salutation(raw: str, language: str, tone: str, convention: str, expected: str) -> None:
    assert greet(raw, language, tone, convention) == expected


def test_british_english_writes_titles_without_a_full_stop() -> None:
    assert greet("Dr. Jin Park", "en", convention="title", territory="GB") == "Dear Dr Park,"
    assert greet("Ms. Jin Park", "en", convention="title", territory="GB") == "Dear Ms Park,"


def test_several_people_are_greeted_together_in_each_language() -> None:
    names = [n for n in (parse_name("Dana Lee"), parse_name("Inés Soto")) if n is not None]
    expected = {
        "en": "Dear Dana Lee and Inés Soto,",
        "de": "Guten Tag Dana Lee und Inés Soto,",
        "fr": "Bonjour Dana Lee et Inés Soto,",
        "es": "Buenos días, Dana Lee e Inés Soto:",
    }
    for language, text in expected.items():
        locale = Locale.parse(language)
        greeting = salutation(
            names, language=language, tone="formal", convention="auto", locale=locale
        )
        assert greeting == text


@pytest.mark.parametrize(
    ("raw", "given", "gender"),
    [
        ("Lee, Dana", "Dana", ""),
        ("Dana Lee (she/her)", "Dana", "f"),
        ("Sam Roe (they/them)", "Sam", ""),
        ("Don Smith", "Don", ""),  # a given name, not Spanish "Don"
        ("M. Dupont", "M. Dupont", ""),  # an initial, not "Monsieur"
        ("Prof. Dr. Jan Schröder", "Jan", ""),
    ],
)
def test_names_take_gender_only_from_what_the_mail_says(raw: str, given: str, gender: str) -> None:
    name = parse_name(raw)
    assert name is not None
    assert (name.given, name.gender) == (given, gender)


@pytest.mark.parametrize(
    ("me", "expected"),
    [
        (Me(timezone="America/New_York", holidays="US"), "en_US"),
        (Me(timezone="Europe/London"), "en_GB"),
        (Me(timezone="UTC", holidays="DE"), "de_DE"),
        (Me(timezone="Europe/Zurich"), "de_CH"),
        (Me(timezone="UTC"), "en_001"),
        (Me(timezone="Europe/London", holidays="GB", locale="en_US"), "en_US"),
    ],
)
def test_the_users_locale_is_set_or_derived_from_holidays_then_zone(me: Me, expected: str) -> None:
    assert str(user_locale(me.locale, me.holidays, me.timezone)) == expected


def test_a_draft_in_another_language_uses_that_languages_formats_for_the_users_country() -> None:
    german_user = Me(timezone="Europe/Berlin", holidays="DE")
    assert str(draft_locale(german_user, "en")) == "en_DE"
    assert str(draft_locale(Me(timezone="America/New_York"), "de")) == "de"
    assert str(draft_locale(Me(timezone="America/New_York"), "es")) == "es_US"


@pytest.mark.parametrize(
    ("locale", "without_year", "with_year"),
    [
        ("en_US", "Wednesday, March 4", "Wednesday, March 4, 2026"),
        ("en_GB", "Wednesday, 4 March", "Wednesday, 4 March 2026"),
        ("de_DE", "Mittwoch, 4. März", "Mittwoch, 4. März 2026"),
        ("fr_FR", "mercredi 4 mars", "mercredi 4 mars 2026"),
        ("es_ES", "miércoles 4 de marzo", "miércoles 4 de marzo de 2026"),
    ],
)
def test_prose_dates_follow_cldr_and_drop_the_year_of_this_year(
    locale: str, without_year: str, with_year: str
) -> None:
    day = date(2026, 3, 4)
    assert prose_date(day, Locale.parse(locale), with_year=False) == without_year
    assert prose_date(day, Locale.parse(locale), with_year=True) == with_year


def test_names_are_joined_as_each_locale_writes_lists() -> None:
    assert join_names(["A", "B", "C"], Locale.parse("en_US")) == "A, B, and C"
    assert join_names(["A", "B", "C"], Locale.parse("en_GB")) == "A, B and C"
    assert join_names(["Ana", "Inés"], Locale.parse("es")) == "Ana e Inés"
    assert join_names(["Ana", "Hierro"], Locale.parse("es")) == "Ana y Hierro"
