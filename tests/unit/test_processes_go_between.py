"""An agency's (or a headhunter's) mail and its client's are one application: the client copies
the agency in, or the agency names the client's company in its subject; two employers whose
names only share a part stay two."""

from __future__ import annotations

from process_facts import ME, message

from followupd.model.domain import Kind, Observation
from followupd.processes.grouping import build_processes

TOM = "Tom Ashworth <tom.ashworth@harlowfinch.example>"
CHLOE = "Chloe Barnes <chloe.barnes@kestrelutilities.example>"


def _ids(*observations: Observation) -> list[str]:
    return [p.id for p in build_processes(list(observations), ME)]


def test_an_agency_naming_its_client_in_the_subject_is_the_client_s_application() -> None:
    agency = message(
        TOM,
        "2026-04-14 09:47",
        Kind.INTERVIEW_REQUEST,
        subject="Kestrel Utilities - Senior Financial Analyst - interview",
        company="Harlow Finch Recruitment",
    )
    client = message(
        CHLOE,
        "2026-04-16 11:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Panel interview: Senior Financial Analyst",
        company="Kestrel Utilities",
        start="2026-04-21 14:00",
    )
    assert len(_ids(agency, client)) == 1


def test_a_client_copying_the_agency_in_is_one_application() -> None:
    agency = message(TOM, "2026-04-14 09:47", Kind.HOLDING_REPLY, subject="Update")
    client = message(
        CHLOE,
        "2026-05-05 10:00",
        Kind.REJECTION,
        subject="Your application",
        company="Kestrel Utilities",
        cc=("tom.ashworth@harlowfinch.example",),
    )
    assert len(_ids(agency, client)) == 1


def test_two_employers_sharing_part_of_a_name_stay_two() -> None:
    energy = message(
        "Dana <dana@prairiewind.example>",
        "2026-04-14 09:47",
        Kind.INTERVIEW_REQUEST,
        subject="Prairie Wind Energy - Analyst",
        company="Prairie Wind Energy",
    )
    capital = message(
        "Sam <sam@pwcap.example>",
        "2026-04-15 09:47",
        Kind.INTERVIEW_REQUEST,
        subject="Prairie Wind Capital - Analyst",
        company="Prairie Wind Capital",
    )
    assert len(_ids(energy, capital)) == 2


def test_an_agency_naming_two_clients_joins_neither() -> None:
    first = message(
        TOM, "2026-04-14 09:47", Kind.INTERVIEW_REQUEST, subject="Kestrel Utilities - Analyst"
    )
    second = message(
        TOM, "2026-04-15 09:47", Kind.INTERVIEW_REQUEST, subject="Northwind Energy - Analyst"
    )
    kestrel = message(
        CHLOE, "2026-04-16 11:00", Kind.INTERVIEW_SCHEDULED, company="Kestrel Utilities"
    )
    northwind = message(
        "Ann <ann@northwindenergy.example>",
        "2026-04-16 12:00",
        Kind.INTERVIEW_SCHEDULED,
        company="Northwind Energy",
    )
    assert len(_ids(first, second, kestrel, northwind)) == 3


def test_a_job_board_s_notice_naming_a_company_joins_nothing() -> None:
    board = message(
        "Jobsnest <no-reply@jobsnest.example>",
        "2026-04-14 09:47",
        Kind.REJECTION,
        subject="Your application | Kestrel Utilities",
    )
    client = message(
        CHLOE, "2026-04-16 11:00", Kind.INTERVIEW_SCHEDULED, company="Kestrel Utilities"
    )
    assert len(_ids(board, client)) == 2


def test_a_one_word_subject_part_is_no_company() -> None:
    other = message(
        "Ann <ann@northwindenergy.example>",
        "2026-04-14 09:47",
        Kind.INTERVIEW_REQUEST,
        subject="Data Engineer - Remote",
        company="Northwind Energy",
    )
    remote = message(
        "Kim <kim@remote.example>", "2026-04-16 11:00", Kind.INTERVIEW_SCHEDULED, company="Remote"
    )
    assert len(_ids(other, remote)) == 2


def test_two_clients_copying_one_agency_stay_two() -> None:
    agency = message(TOM, "2026-04-13 09:00", Kind.INTERVIEW_REQUEST, subject="Two roles")
    kestrel = message(
        CHLOE,
        "2026-04-16 11:00",
        Kind.INTERVIEW_SCHEDULED,
        company="Kestrel Utilities",
        cc=("tom.ashworth@harlowfinch.example",),
    )
    northwind = message(
        "Greta <greta@northwindenergy.example>",
        "2026-04-17 11:00",
        Kind.REJECTION,
        company="Northwind Energy",
        cc=("tom.ashworth@harlowfinch.example",),
    )
    ids = _ids(agency, kestrel, northwind)
    assert len(ids) >= 2
    assert not any("kestrel" in i and "northwind" in i for i in ids)


RODRIGO = "Rodrigo Villaseñor <rodrigo.villasenor@altadireccion.example>"
DANIELA = "Daniela Fuentes <daniela.fuentes@gasm.example>"


def test_a_client_whose_domain_spells_the_initials_the_agency_names_is_one_application() -> None:
    agency = message(
        RODRIGO,
        "2027-01-18 09:30",
        Kind.INTERVIEW_SCHEDULED,
        subject="Re: Oportunidad: Gerente de Planeación - Grupo Alimentario Sierra Madre",
        start="2027-01-21 12:00",
    )
    client = message(
        DANIELA,
        "2027-01-15 10:00",
        Kind.INTERVIEW_SCHEDULED,
        subject="Invitación: Entrevista Mariana Ochoa",
        company="Gasm",
        start="2027-01-21 12:00",
    )
    assert len(_ids(client, agency)) == 1


def test_initials_of_a_role_or_of_three_words_join_nothing() -> None:
    agency = message(
        RODRIGO,
        "2027-01-18 09:30",
        Kind.INTERVIEW_REQUEST,
        subject="Senior Data Manager Europe - New York City",
    )
    sdm = message(
        "Ana <ana@nyc.example>", "2027-01-15 10:00", Kind.INTERVIEW_REQUEST, subject="Hola"
    )
    lower = message(
        "Eva <eva@sdme.example>", "2027-01-16 10:00", Kind.INTERVIEW_REQUEST, subject="Hola"
    )
    # "Senior Data Manager Europe" is a job, "New York City" too short to spell a name
    assert len(_ids(agency, sdm, lower)) == 3
