"""A title the mail writes before a person's surname stays with their name, for the salutation."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.model import Person
from followupd.understand import titles
from followupd.understand.titles import titled

FELIX = Person("felix.brandt@hafen.example", "Felix Brandt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ihr Gespräch mit Herrn Dr. Felix Brandt findet online statt.", "Herr Dr. Felix Brandt"),
        ("Sie sprechen mit Herrn Brandt, unserem Teamleiter.", "Herr Felix Brandt"),
        ("Vous rencontrerez Monsieur Brandt lundi.", "Monsieur Felix Brandt"),
        ("Tendrá la entrevista con el Sr. Brandt.", "Sr. Felix Brandt"),
        ("You'll meet Dr. Felix Brandt, our Head of Data.", "Dr. Felix Brandt"),
        ("Felix Brandt will call you.", "Felix Brandt"),  # no title written: none guessed
        ("Brandt and Frau Weber will join.", "Felix Brandt"),  # a title before someone else
    ],
)
def test_a_title_written_before_the_surname_is_kept(text: str, name: str) -> None:
    assert titled([FELIX], text) == (Person(FELIX.address, name),)


def test_an_interviewer_named_with_a_title_in_a_german_confirmation() -> None:
    body = (
        "Sehr geehrte Frau Lee,\n\ngerne bestätigen wir Ihr Vorstellungsgespräch am Dienstag,"
        " 10. März 2026, von 14:00 bis 15:00 Uhr mit Frau Dr. Anna Weber"
        " (anna.weber@nordlicht.example).\n\nMit freundlichen Grüßen\nJan Kurz"
    )
    subject = "Einladung zum Vorstellungsgespräch – Data Engineer"
    signal = signal_of(eml(body, subject, sender="Jan Kurz <jan@nordlicht.example>"))
    assert [p.address for p in signal.interviewers] == ["anna.weber@nordlicht.example"]
    assert signal.interviewers[0].name.startswith("Frau Dr.")


def _titled_by_searching(people: list[Person], text: str) -> tuple[Person, ...]:
    """titled as it was before its surname test: every person's pattern searched."""
    found = []
    for person in people:
        pattern = titles._pattern(person)
        match = pattern.search(text[: titles.MAX_TEXT_CHARS]) if pattern else None
        title = titles._title(match.group(1)) if match else ""
        found.append(Person(person.address, f"{title} {person.name}") if title else person)
    return tuple(found)


_PIECES = [
    "Dr. ",
    "Herr ",
    "Frau ",
    "Ms ",
    "dr ",
    "Dana ",
    "Lee",
    "LEE",
    "lee",
    "Leeds",
    " ",
    ", ",
    "ü",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_the_surname_test_changes_no_title(pieces: list[str]) -> None:
    people = [Person("dana.lee@acme.example", "Dana Lee"), Person("x@acme.example", "Jo Ümit")]
    text = "".join(pieces)
    assert titled(people, text) == _titled_by_searching(people, text)
