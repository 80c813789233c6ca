"""An interview whose zone was uncertain keeps the latest it may end (Interview.latest_end):
the later of two readings still in doubt, none once a message fixes the zone, a new one when it
moves; and a later message giving its clock time with the zone known moves it to that reading
without counting as a reschedule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from process_facts import ME, at, message

from followupd.model.domain import Interview, Kind, Observation
from followupd.processes.grouping import build_processes

DANA = "Dana Lee <dana.lee@acme.example>"
OMAR = "Omar Haddad <omar.haddad@acme.example>"
HOUR = timedelta(hours=1)


def said(when: str, start: str, latest: str | None, kind: Kind = Kind.INTERVIEW_SCHEDULED):
    """A message from Dana giving a time (one hour long), its zone in doubt when `latest`."""
    observation = message(
        DANA, when, kind, start=start, interviewers=[OMAR], company="Acme", subject="Interview"
    )
    begins = observation.signal.interview_start
    assert begins is not None
    latest_end = at(latest) if latest else None
    signal = replace(observation.signal, interview_end=begins + HOUR, latest_end=latest_end)
    return replace(observation, signal=signal)


def interview_of(*observations: Observation) -> Interview:
    (process,) = build_processes(list(observations), ME)
    (interview,) = process.interviews
    return interview


def test_a_time_in_doubt_carries_its_latest_end() -> None:
    interview = interview_of(said("2026-06-08 10:00", "2026-06-10 14:00", "2026-06-10 18:00"))
    assert interview.latest_end == at("2026-06-10 18:00")


def test_two_readings_in_doubt_keep_the_later_latest_end() -> None:
    first = said("2026-06-08 10:00", "2026-06-10 14:00", "2026-06-10 18:00")
    again = said("2026-06-09 10:00", "2026-06-10 14:00", "2026-06-10 17:00")
    later = said("2026-06-09 11:00", "2026-06-10 14:00", "2026-06-10 19:00")
    assert interview_of(first, again).latest_end == at("2026-06-10 18:00")
    assert interview_of(first, later).latest_end == at("2026-06-10 19:00")


def test_the_same_time_with_its_zone_known_drops_the_doubt() -> None:
    first = said("2026-06-08 10:00", "2026-06-10 14:00", "2026-06-10 18:00")
    fixed = said("2026-06-09 10:00", "2026-06-10 14:00", None)
    assert interview_of(first, fixed).latest_end is None


def test_the_clock_time_with_its_zone_known_moves_it_to_that_reading_without_a_reschedule() -> None:
    first = said("2026-06-08 10:00", "2026-06-10 14:00", "2026-06-10 18:00")  # 2pm, read in ET
    pacific = said("2026-06-09 10:00", "2026-06-10T14:00:00-07:00", None)  # "2pm PT"
    interview = interview_of(first, pacific)
    assert interview.start == datetime.fromisoformat("2026-06-10T14:00:00-07:00")
    assert interview.end == datetime.fromisoformat("2026-06-10T15:00:00-07:00")
    assert (interview.latest_end, interview.moved_from) == (None, ())


def test_a_vague_repeat_of_a_known_time_changes_nothing() -> None:
    known = said("2026-06-08 10:00", "2026-06-10T14:00:00-07:00", None)
    vague = said("2026-06-09 10:00", "2026-06-10 14:00", "2026-06-10T15:00:00-07:00")
    interview = interview_of(known, vague)
    assert interview.start == datetime.fromisoformat("2026-06-10T14:00:00-07:00")
    assert interview.latest_end is None


def test_a_move_brings_its_own_doubt_or_none() -> None:
    first = said("2026-06-08 10:00", "2026-06-10 14:00", "2026-06-10 18:00")
    moved = said("2026-06-09 10:00", "2026-06-11 10:00", None, Kind.INTERVIEW_RESCHEDULED)
    assert interview_of(first, moved).latest_end is None
    known = said("2026-06-08 10:00", "2026-06-10 14:00", None)
    doubtful = said("2026-06-09 10:00", "2026-06-11 10:00", "2026-06-11 14:00")
    moved = replace(doubtful, signal=replace(doubtful.signal, kind=Kind.INTERVIEW_RESCHEDULED))
    interview = interview_of(known, moved)
    assert (interview.start, interview.latest_end) == (
        at("2026-06-11 10:00"),
        at("2026-06-11 14:00"),
    )
