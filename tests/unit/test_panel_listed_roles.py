"""Panel lists as public bodies write them: each member under a role ("- Vocal: D. Andrés
Pineda", "Vorsitz: Prof. Dr. Anna Weber"), a title holding "and" before the member's address."""

from __future__ import annotations

import pytest

from followupd.understand.introductions import introduced
from followupd.understand.names import people_in


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        (
            "La comisión de selección está formada por:\n"
            "- Presidente: D. Fernando Ruiz Castaño, Jefe de Servicio\n"
            "- Vocal: D. Andrés Pineda Lozano, en representación de la Junta de Personal\n",
            ["D. Fernando Ruiz Castaño", "D. Andrés Pineda Lozano"],
        ),
        (
            "Der Auswahlkommission gehören an:\n"
            "Vorsitz: Prof. Dr. Anna Weber\n"
            "Beisitz: Jonas Keller, Personalrat\n",
            ["Prof. Dr. Anna Weber", "Jonas Keller"],
        ),
        (
            "Le jury sera composé de :\n"
            "• Présidente : Mme Claire Dubois, DRH\n"
            "• Membre : Paul Girard, chef de service\n",
            ["Mme Claire Dubois", "Paul Girard"],
        ),
        (
            "The panel will consist of:\n"
            "1. Chair: Dr Helen Price, Clinical Director\n"
            "2. Lay member: Tom Baker\n",
            ["Dr Helen Price", "Tom Baker"],
        ),
    ],
)
def test_a_member_listed_under_a_role_is_met(text: str, expect: list[str]) -> None:
    assert [p.name for p in introduced(text)] == expect


def test_a_list_line_of_times_is_no_role() -> None:
    text = "Le jury sera composé de :\n10:00 : accueil\n"
    assert introduced(text) == []


@pytest.mark.parametrize(
    ("line", "title", "address"),
    [
        (
            "Dña. Lucía Méndez Soler, Subdirectora de Gestión y Servicios Generales "
            "(lucia.mendez@hujarama.example)",
            "Subdirectora de Gestión",
            "lucia.mendez@hujarama.example",
        ),
        (
            "Anna Weber, Head of Research and Product Development (anna.weber@acme.example)",
            "Head of Research",
            "anna.weber@acme.example",
        ),
    ],
)
def test_an_address_spelling_the_last_name_ends_their_title(
    line: str, title: str, address: str
) -> None:
    found = people_in(line)
    assert len(found) == 1
    assert (found[0].job_title, found[0].address) == (title, address)


def test_an_address_of_someone_else_is_their_own() -> None:
    found = people_in("Anna Weber, Head of Research and Tom Baker (tom.baker@acme.example)")
    assert [(p.name, p.address) for p in found] == [
        ("Anna Weber", ""),
        ("Tom Baker", "tom.baker@acme.example"),
    ]
