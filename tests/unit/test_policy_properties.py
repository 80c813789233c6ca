"""Properties of plan() over any interleaving of mail and clock steps, with each plan's drafts
fed back into the ledger as the engine does: no draft twice, nothing before its due moment,
nothing but the closing reply after a rejection or an offer, the same input the same output."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from process_facts import ME, POLICY, USER, Run, at, message, next_moment, sent, step

from followupd.model.domain import Kind, Observation, Stage
from followupd.policy.plan import plan
from followupd.processes.grouping import build_processes

START = at("2026-03-02 08:00")
CLOSING_STAGES = {Stage.REJECTION_REPLY, Stage.OFFER_REPLY}


@dataclass(frozen=True)
class Employer:
    recruiter: str
    interviewers: tuple[str, ...]
    company: str
    ats: str


EMPLOYERS = (
    Employer(
        "Dana Lee <dana.lee@acme.example>",
        ("Omar Haddad <omar@acme.example>", "Lena Ko <lena@acme.example>"),
        "Acme",
        "Acme Careers <no-reply@greenhouse.io>",
    ),
    Employer(
        "Ari Cohen <ari@globex.example>",
        ("Mei Tanaka <mei@globex.example>",),
        "Globex",
        "Globex Hiring Team <no-reply@hiretrack.example>",
    ),
)
EMPLOYER_KINDS = [
    Kind.APPLICATION_RECEIVED,
    Kind.INTERVIEW_REQUEST,
    Kind.INTERVIEW_SCHEDULED,
    Kind.INTERVIEW_SCHEDULED,
    Kind.INTERVIEW_RESCHEDULED,
    Kind.INTERVIEW_CANCELLED,
    Kind.HOLDING_REPLY,
    Kind.HOLDING_REPLY,
    Kind.REJECTION,
    Kind.OFFER,
    Kind.OTHER,
]


@st.composite
def employer_message(draw: st.DrawFn) -> Observation:
    employer = draw(st.sampled_from(EMPLOYERS))
    kind = draw(st.sampled_from(EMPLOYER_KINDS))
    when = START + timedelta(minutes=draw(st.integers(0, 40 * 24 * 60)))
    via_ats = draw(st.booleans())
    start = when + timedelta(hours=draw(st.integers(-48, 24 * 10)))
    facts: dict[str, object] = {"company": employer.company}
    if kind in {Kind.INTERVIEW_SCHEDULED, Kind.INTERVIEW_RESCHEDULED}:
        facts["start"] = start.isoformat()
        if draw(st.booleans()):
            facts["end"] = (start + timedelta(minutes=45)).isoformat()
        facts["interviewers"] = list(draw(st.sets(st.sampled_from(employer.interviewers))))
        facts["uid"] = draw(st.sampled_from([None, "uid-1", "uid-2"]))
        facts["sequence"] = draw(st.integers(0, 3))
    if kind is Kind.INTERVIEW_CANCELLED:
        facts["uid"] = draw(st.sampled_from([None, "uid-1"]))
    if kind is Kind.HOLDING_REPLY and draw(st.booleans()):
        facts["decision_by"] = (when + timedelta(days=draw(st.integers(1, 15)))).date().isoformat()
    sender = employer.ats if via_ats else employer.recruiter
    return message(sender, when.isoformat(), kind, **facts)  # type: ignore[arg-type]


@st.composite
def user_message(draw: st.DrawFn) -> Observation:
    employer = draw(st.sampled_from(EMPLOYERS))
    to = draw(st.sampled_from([employer.recruiter, *employer.interviewers]))
    when = START + timedelta(minutes=draw(st.integers(0, 50 * 24 * 60)))
    subject = draw(st.sampled_from(["Re: Interview", "Thank you", "Checking in", "Withdrawing"]))
    return sent([to], when.isoformat(), subject=subject)


mailboxes = st.lists(st.one_of(employer_message(), user_message()), min_size=1, max_size=12)
clock_steps = st.lists(st.integers(0, 60 * 24 * 60), max_size=25)


def replay(observations: list[Observation], minutes: list[int]) -> Run:
    """The daemon's view: visit every arrival, the random clock steps and, as engine/replay.py does,
    each moment a stage stops waiting, and the minute before it (within 60 days)."""
    run = Run()
    arrivals = [o.envelope.date for o in observations if o.envelope.date is not None]
    pending = {*arrivals, *(START + timedelta(minutes=m) for m in minutes)}
    horizon = START + timedelta(days=60)
    now: datetime | None = min(pending)
    for _ in range(300):
        if now is None or now > horizon:
            break
        step(run, observations, now, POLICY, ME)
        pending = {m for m in pending if m > now}
        due = next_moment(run, observations, now, sorted(pending), POLICY, ME)
        if due is not None:  # probe the minute before each due moment, then the moment
            pending |= {m for m in (due - timedelta(minutes=1), due) if m > now}
        now = min(pending, default=None)
    return run


def closing_moments(observations: list[Observation]) -> dict[str, datetime]:
    closed: dict[str, datetime] = {}
    for process in build_processes(observations, ME):
        if process.closed_by is not None and process.closed_by.envelope.date is not None:
            closed[process.id] = process.closed_by.envelope.date
    return closed


PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(mailboxes, clock_steps)
def test_no_draft_is_ever_made_twice(observations: list[Observation], minutes: list[int]) -> None:
    run = replay(observations, minutes)
    keys = [(r.process_id, r.stage, r.recipient, r.occurrence) for r in run.ledger]
    assert len(keys) == len(set(keys))
    for process_id in {r.process_id for r in run.ledger}:
        finals = [
            r for r in run.ledger if r.process_id == process_id and r.stage is Stage.FINAL_NOTE
        ]
        check_ins = [
            r
            for r in run.ledger
            if r.process_id == process_id and r.stage is Stage.CHECK_IN and r.status == "made"
        ]
        assert len(finals) <= 1 and len(check_ins) <= POLICY.max_check_ins


@PROPERTY
@given(mailboxes, clock_steps)
def test_nothing_is_drafted_before_its_due_moment(
    observations: list[Observation], minutes: list[int]
) -> None:
    run = replay(observations, minutes)
    for made_at, action in run.made + run.missed:
        assert action.due <= made_at
    for made_at, action in run.missed:
        assert made_at - action.due > POLICY.stale_after or action.stage is Stage.THANK_YOU


@PROPERTY
@given(mailboxes, clock_steps)
def test_nothing_but_the_closing_reply_after_a_rejection_or_offer(
    observations: list[Observation], minutes: list[int]
) -> None:
    run = replay(observations, minutes)
    closed = closing_moments(observations)
    for made_at, action in run.made:
        closed_at = closed.get(action.process_id)
        if closed_at is not None and made_at >= closed_at:
            assert action.stage in CLOSING_STAGES
    replies = [a.process_id for _, a in run.made if a.stage in CLOSING_STAGES]
    assert len(replies) == len(set(replies))


@PROPERTY
@given(mailboxes, clock_steps, st.randoms(use_true_random=False))
def test_the_same_input_gives_the_same_output(
    observations: list[Observation], minutes: list[int], rng: object
) -> None:
    first = replay(observations, minutes)
    again = replay(list(observations), minutes)
    assert first.made == again.made and first.ledger == again.ledger
    shuffled = list(observations)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    now = START + timedelta(days=45)
    in_order = plan(build_processes(observations, ME), first.ledger, now, POLICY, ME)
    any_order = plan(build_processes(shuffled, ME), first.ledger, now, POLICY, ME)
    assert in_order == any_order


def test_the_user_is_never_a_recipient() -> None:
    mail = [
        message(
            EMPLOYERS[0].recruiter,
            "2026-03-02 10:00",
            Kind.INTERVIEW_SCHEDULED,
            start="2026-03-04 10:00",
            interviewers=[USER],
            contact=USER,
        )
    ]
    run = replay(mail, [3 * 24 * 60, 30 * 24 * 60])
    assert all(USER not in {p.address for p in a.to} for _, a in run.made)
    assert run.made
