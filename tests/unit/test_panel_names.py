"""People written by name (understand/names.py), itinerary lines (itinerary.py) and the length of
conversations held back to back (panel_lengths.py), in English, German, French and Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followupd.dates import find_interview_times
from followupd.understand.itinerary import itinerary, last_end, placed
from followupd.understand.names import Named, is_name, people_in, same_person
from followupd.understand.panel_lengths import back_to_back

EST = timezone(timedelta(hours=-5))
SENT = datetime(2026, 3, 5, 10, 0, tzinfo=EST)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Rafael Ortiz (Head of Data) and Ines Carvalho (Staff Engineer), 45 minutes each",
            [("Rafael Ortiz", "Head of Data"), ("Ines Carvalho", "Staff Engineer")],
        ),
        (
            "our Head of Engineering, Marco Bellini, and Ines Carvalho, a Staff Engineer.",
            [("Marco Bellini", "Head of Engineering"), ("Ines Carvalho", "Staff Engineer")],
        ),
        ("Paul Chen, Revenue Cycle Manager", [("Paul Chen", "Revenue Cycle Manager")]),
        ("Dr. Jana Weber, Teamleitung", [("Dr. Jana Weber", "Teamleitung")]),
        (
            "Frau Zbinden und Herrn Gerber (beide in Kopie)",
            [("Frau Zbinden", ""), ("Herrn Gerber", "")],
        ),
        (
            "M. Olivier Jaquet, Responsable du développement RH",
            [("M. Olivier Jaquet", "Responsable du développement RH")],
        ),
        (
            "Marta Gil y Jorge Pérez, director de producto",
            [("Marta Gil", ""), ("Jorge Pérez", "director de producto")],
        ),
        (
            "Gráinne Ó Súilleabháin, Head of Marketing, and someone from their team",
            [("Gráinne Ó Súilleabháin", "Head of Marketing")],
        ),
        (
            "Ana Ruiz from the data team and Ben Cole on Thursday",
            [("Ana Ruiz", ""), ("Ben Cole", "")],
        ),
        ("Staff Engineer Ines Carvalho", [("Ines Carvalho", "Staff Engineer")]),
        ("me and Ines Carvalho", [("Ines Carvalho", "")]),
        ("Merve Aydın und Łukasz Nowak", [("Merve Aydın", ""), ("Łukasz Nowak", "")]),
    ],
)
def test_people_are_read_with_their_titles(text: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.job_title) for p in people_in(text)] == people


@pytest.mark.parametrize(
    "text",
    [
        "the hiring team",
        "System Design",
        "Google Meet",
        "Eastern Time",
        "People Partner",
        "two of our engineers",
        "Vielen Dank",
        "l'équipe produit",
        "el equipo de datos",
    ],
)
def test_phrases_that_are_not_people(text: str) -> None:
    assert people_in(text) == []


def test_the_company_is_not_a_person() -> None:
    assert people_in("Prairie Mills for the Supply Chain Planner position") != []
    assert people_in("Prairie Mills", frozenset({"prairie", "mills"})) == []


def test_an_address_beside_a_name_is_kept() -> None:
    assert people_in("Priya Menon, Design Director (priya.menon@aldermoss.example)") == [
        Named("Priya Menon", "Design Director", "priya.menon@aldermoss.example")
    ]


def test_one_name_written_several_ways_is_one_person() -> None:
    assert same_person("Lee, Dana", "Dana Lee")
    assert same_person("Dr. Dana J. Lee", "Dana Lee")
    assert same_person("Frau Zbinden", "Corinne Zbinden")
    assert same_person("Ines Carvalho", "Inês Carvalho")
    assert not same_person("Dana Lee", "Dana Cole")
    assert not is_name("Lunch Break")


ITINERARIES = [
    (
        "Thursday, March 12 (Eastern Time):\n\n"
        "09:30–10:15 System design with Tomasz Wierzbicki, Staff Engineer\n"
        "10:30 - 11:15 | Coding | Ana Ruiz\n"
        "11:30–12:15 Lunch with the team\n"
        "1:00pm-1:45pm Hiring manager chat with Dana Lee (Director of Engineering)\n",
        [
            ("System design", "Tomasz Wierzbicki", "Staff Engineer", (9, 30), (10, 15)),
            ("Coding", "Ana Ruiz", "", (10, 30), (11, 15)),
            ("Hiring manager chat", "Dana Lee", "Director of Engineering", (13, 0), (13, 45)),
        ],
        (13, 45),
    ),
    (
        "Voici le programme du jeudi 12 mars :\n"
        "14h00–14h45 : entretien technique avec Julien Mercier (Lead Dev)\n"
        "15h00–15h45 : échange avec Claire Dubois, DRH\n",
        [
            ("entretien technique", "Julien Mercier", "Lead Dev", (14, 0), (14, 45)),
            ("échange", "Claire Dubois", "DRH", (15, 0), (15, 45)),
        ],
        (15, 45),
    ),
    (
        "Ihr Ablauf am Donnerstag, 12. März:\n"
        "10:00–10:45 Uhr Fachgespräch mit Dr. Jana Weber, Teamleitung\n"
        "11:00 - 11:30 Uhr Kennenlernen mit Max Bauer (Head of Engineering)\n",
        [
            ("Fachgespräch", "Dr. Jana Weber", "Teamleitung", (10, 0), (10, 45)),
            ("Kennenlernen", "Max Bauer", "Head of Engineering", (11, 0), (11, 30)),
        ],
        (11, 30),
    ),
    (
        "El jueves 12 de marzo:\n"
        "de 10:00 a 10:45 entrevista técnica con Marta Gil\n"
        "de 11:00 a 11:30 charla con Jorge Pérez, director de producto\n",
        [
            ("entrevista técnica", "Marta Gil", "", (10, 0), (10, 45)),
            ("charla", "Jorge Pérez", "director de producto", (11, 0), (11, 30)),
        ],
        (11, 30),
    ),
]


@pytest.mark.parametrize(("text", "sessions", "last"), ITINERARIES)
def test_itinerary_lines_give_one_person_each_with_the_sessions_title_and_times(
    text: str,
    sessions: list[tuple[str, str, str, tuple[int, int], tuple[int, int]]],
    last: tuple[int, int],
) -> None:
    lines = placed(itinerary(text), find_interview_times(text, SENT), None)
    read = [
        (
            p.slot.title,
            person.name,
            person.job_title,
            (p.start.hour, p.start.minute),
            (p.end.hour, p.end.minute),
        )
        for p in lines
        for person in p.slot.people
        if p.end is not None
    ]
    assert read == sessions
    assert all(p.start.date().isoformat() == "2026-03-12" for p in lines)
    end = last_end(lines)
    assert end is not None and (end.hour, end.minute) == last


def test_a_start_alone_lasts_until_the_next_line() -> None:
    text = "09:00 Welcome with Ana Ruiz\n09:30 Coding with Ben Cole\n10:30 Wrap-up\n"
    start = datetime(2026, 3, 12, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    lines = placed(itinerary(text), [], start)
    assert [(p.start.time(), p.end.time() if p.end else None) for p in lines] == [
        (time(9, 0), time(9, 30)),
        (time(9, 30), time(10, 30)),
        (time(10, 30), None),
    ]


def test_a_numbered_list_is_no_itinerary() -> None:
    assert itinerary("1 - Coding with Ana Ruiz\n2 - Design with Ben Cole\n") == []


def test_an_invitation_in_utc_places_local_lines_from_the_start() -> None:
    """The lines are in local time (+05:30), the invitation's start in UTC: each line keeps
    its distance from the first."""
    text = "11:00 AM - 11:45 AM | SQL | Arvind Rao\n11:45 AM - 12:30 PM | Case | Neha Bhatt\n"
    start = datetime(2026, 2, 26, 5, 30, tzinfo=UTC)
    lines = placed(itinerary(text), [], start)
    assert [p.start for p in lines] == [start, start + timedelta(minutes=45)]
    assert last_end(lines) == start + timedelta(minutes=90)


@pytest.mark.parametrize(
    ("text", "people", "minutes"),
    [
        ("Rafael and Ines, 45 minutes each", 2, 90),
        ("two one-hour conversations", 0, 120),
        ("three 45-minute interviews back to back", 0, 135),
        ("two back-to-back 45 minute interviews", 0, 90),
        ("zwei Gespräche à 45 Minuten", 0, 90),
        ("zwei einstündige Gespräche", 0, 120),
        ("jeweils 30 Minuten", 3, 90),
        ("deux entretiens de 45 minutes", 0, 90),
        ("45 minutes chacun", 2, 90),
        ("dos entrevistas de 45 minutos", 0, 90),
        ("30 minutos cada uno", 2, 60),
    ],
)
def test_conversations_back_to_back_add_up(text: str, people: int, minutes: int) -> None:
    found = back_to_back(text, people)
    assert found is not None and found[0] == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("a 45-minute call with Dana", 1),
        ("45 minutes each", 1),
        ("The first hour is a portfolio presentation (about 30 minutes on one or two projects", 2),
        ("Please arrive 15 minutes early", 2),
    ],
)
def test_a_single_length_is_no_panel(text: str, people: int) -> None:
    assert back_to_back(text, people) is None
