"""A message with no usable date neither renames a process nor ends an episode early."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, message

from followupd.model.domain import Kind, Observation
from followupd.processes.grouping import build_processes

JANE = "Jane Smith <jane.smith.recruits@gmail.com>"


def undated(observation: Observation) -> Observation:
    return replace(observation, envelope=replace(observation.envelope, date=None))


def test_undated_mail_from_the_employers_domain_keeps_the_process_id() -> None:
    jane = message(
        JANE,
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        end="2026-03-10 14:30",
        interviewers=[JANE],
        company="Acme Corp",
    )
    dana = message(
        "Dana Lee <dana.lee@acme.example>",
        "2026-03-11 10:00",
        Kind.HOLDING_REPLY,
        company="Acme",
        decision_by="2026-03-20",
    )
    (alone,) = build_processes([jane], ME)
    assert [p.id for p in build_processes([jane, undated(dana)], ME)] == [alone.id]


def test_an_undated_rejection_closes_the_process_without_starting_an_episode() -> None:
    ack = message("HR <jobs@acme.example>", "2026-03-01 10:00", Kind.APPLICATION_RECEIVED)
    invite = message(
        "Dana <dana@acme.example>",
        "2026-03-05 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-10 14:00",
        end="2026-03-10 15:00",
        interviewers=["Dana <dana@acme.example>"],
    )
    rejection = message("HR <jobs@acme.example>", "2026-03-20 10:00", Kind.REJECTION)
    before = [p.id for p in build_processes([ack, invite], ME)]
    after = build_processes([ack, invite, undated(rejection)], ME)
    assert [p.id for p in after] == before
    assert after[0].outcome.value == "rejected"
