"""Seeded random faults: `followupd once` SIGKILLed at random moments of a cycle, and its
IMAP connection cut (or stalled) after a random number of bytes in either direction.

Every trial gets its own Dovecot user (a copy of the same mailbox) and state file, so trials
run side by side. A trial is one or two steps. Step "fresh": the first run over the mailbox
gets a fault, then a clean run. Step "done" (some trials): the user deletes a draft or two,
the next run gets a fault, then a clean run. After every fault the clean run must leave the
fault-free baseline's state (with the user's deletions): no duplicate draft, none missing,
no hang, exit codes as documented (a killed run dies by SIGKILL; a run whose connection was
cut or stalled exits 0, its retry having passed, or 69, "server unavailable"; a clean run 0).
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pytest
from fault_harness import (
    ACCOUNT_TIMEOUT,
    EXIT_OK,
    EXIT_UNAVAILABLE,
    KILLED,
    TALLY,
    Account,
    Expected,
    Lab,
    Run,
    compare,
    expect_exit,
    rng_for,
)
from fault_proxy import Direction, Fault, FaultProxy, Transcript, Trigger

pytestmark = [pytest.mark.faults, pytest.mark.timeout(600)]  # a hang guard, not the budget
KILLS_WANTED = 100
CUTS_WANTED = 100
MAX_TRIALS = 150
WORKERS = 4
SECOND_STEP = 0.5  # share of trials that go on to a "done" step
STALL_TRIALS = 4
STALL_TIMEOUT = 1.0  # the account's network timeout in stall trials (seconds)
Phase = str  # "fresh" or "done"
# Sets up one fault on the proxy and the run; says what it did and when to kill (if by time).
Injector = Callable[[FaultProxy, Run, Phase, random.Random], tuple[str, float | None]]


@dataclass(frozen=True)
class Recorded:
    """A fault-free run through the recording proxy: its bytes, how long it took, and how
    long from its first connection to its end (its cycle, as the server sees it)."""

    transcript: Transcript
    seconds: float
    connected: float

    def size(self, direction: Direction) -> int:
        return len(self.transcript.up if direction == "up" else self.transcript.down)

    def matches(self, direction: Direction, pattern: bytes) -> int:
        data = self.transcript.up if direction == "up" else self.transcript.down
        return len(re.findall(pattern, bytes(data)))


@pytest.fixture(scope="module")
def recorded(lab: Lab) -> dict[Phase, Recorded]:
    """What a fresh run and an idle run ("done") send and receive, through the proxy."""
    account = lab.account("recorded")
    found = {}
    for phase in ("fresh", "done"):
        proxy = FaultProxy(lab.server.plain_port, record=True)
        run = account.run(proxy.port).start().wait()
        proxy.close()
        assert expect_exit(run, {EXIT_OK}, f"recorded {phase} run"), run.describe()
        assert proxy.first_connection is not None
        connected = run.started + run.seconds - proxy.first_connection
        found[phase] = Recorded(proxy.transcript, run.seconds, connected)
    assert lab.expected is not None
    assert not compare(account, lab.expected, "recorded runs")
    return found


def _trial(
    lab: Lab,
    seed: int,
    kind: str,
    n: int,
    inject: Injector,
    allowed: set[int],
    timeout: float = ACCOUNT_TIMEOUT,
) -> None:
    """One or two steps of (fault, clean run, comparison) on a fresh account."""
    rng = rng_for(seed, kind, n)
    account = lab.account(kind)
    assert lab.expected is not None
    expected = lab.expected
    for phase in ("fresh", "done"):
        if phase == "done":
            if rng.random() >= SECOND_STEP:
                return
            present = sorted(set(expected.drafts) & set(account.drafts()))
            deleted = set(rng.sample(present, min(len(present), rng.randint(1, 2))))
            for message_id in sorted(deleted):
                account.delete_draft(message_id)
            expected = expected.with_deleted(deleted)
        what = f"{kind} trial {n} step {phase} (seed {seed})"
        _step(account, expected, phase, rng, what, inject, allowed, timeout)


def _step(
    account: Account,
    expected: Expected,
    phase: Phase,
    rng: random.Random,
    what: str,
    inject: Injector,
    allowed: set[int],
    timeout: float,
) -> None:
    proxy = FaultProxy(account.lab.server.plain_port, seed=rng.randrange(2**31))
    run = account.run(proxy.port, timeout=timeout)
    how, kill_after = inject(proxy, run, phase, rng)
    what = f"{what}: {how}"
    run.start().wait(kill_after=kill_after)
    proxy.close()
    TALLY.add(cuts=proxy.cuts, stalls=proxy.stalls)
    expect_exit(run, allowed, what)
    account.clean_run(what)
    compare(account, expected, what)


def _until(
    wanted: Callable[[], bool], trial: Callable[[int], None], limit: int = MAX_TRIALS
) -> int:
    """Run trials 0, 1, ... on WORKERS threads until `wanted()` holds (at most `limit`);
    how many ran."""
    lock = threading.Lock()
    started = [0]
    errors: list[BaseException] = []

    def worker() -> None:
        while not errors:
            with lock:
                if wanted() or started[0] >= limit:
                    return
                n = started[0]
                started[0] += 1
            try:
                trial(n)
            except BaseException as error:  # re-raised in the test's thread
                errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return started[0]


# --- SIGKILL -------------------------------------------------------------------------------

# Chosen points of a cycle, as seen in the proxy's byte stream: (direction, pattern, kill
# before the matching bytes are forwarded?). Which match is drawn among those of the
# fault-free run of the same phase.
KILL_POINTS: dict[str, tuple[Direction, bytes, bool]] = {
    "logging in": ("up", rb"LOGIN ", False),
    "while the first scan reads": ("down", rb"\* \d+ FETCH \(", True),
    "an APPEND's literal on its way": ("up", rb"APPEND ", False),
    "an APPEND landed, its answer held back": ("down", rb"OK \[APPENDUID", True),
    "right after an APPEND's answer": ("down", rb"OK \[APPENDUID", False),
    "searching Drafts for a Message-ID": ("up", rb"SEARCH (?:RETURN \(ALL\) )?UNDELETED ", False),
}


def _kill_somewhere(
    recorded: dict[Phase, Recorded], proxy: FaultProxy, run: Run, phase: Phase, rng: random.Random
) -> tuple[str, float | None]:
    how = rng.choices(["start", "cycle", "byte", "point"], weights=[1, 3, 3, 4])[0]
    if how == "start":  # from the process's start: imports, the state file opened, login
        kill_after = rng.uniform(0.02, 0.95 * recorded[phase].seconds)
        return f"killed {kill_after:.3f}s after its start", kill_after
    if how == "cycle":  # from its first connection: the cycle itself
        delay = rng.uniform(0.0, 0.95 * recorded[phase].connected)
        proxy.after_connect(delay, run.kill)
        return f"killed {delay:.3f}s after it connected", None
    if how == "byte":
        direction: Direction = rng.choice(["up", "down"])
        offset = rng.randrange(recorded[phase].size(direction))
        proxy.add(Fault(direction, offset, "hook", hook=run.kill))
        return f"killed at byte {offset} {direction}", None
    points = [
        (name, direction, pattern, before, matches)
        for name, (direction, pattern, before) in KILL_POINTS.items()
        if (matches := recorded[phase].matches(direction, pattern))
    ]
    name, direction, pattern, before, matches = rng.choice(points)
    count = rng.randint(1, matches)
    proxy.on(Trigger(direction, re.compile(pattern), run.kill, count, before))
    return f"killed {name} (match {count})", None


def test_sigkill_at_random_moments_of_a_cycle(
    lab: Lab, recorded: dict[Phase, Recorded], seed: int
) -> None:
    """At least 100 runs killed: after a seeded delay (from the process's start, or from its
    first connection), at a random byte of the IMAP conversation, or at a chosen point
    (login, the first scan reading, an APPEND's literal, an APPEND landed with its answer
    held back or just given, Drafts searched)."""
    start_kills, start_problems = TALLY.kills, len(TALLY.problems)
    inject = partial(_kill_somewhere, recorded)
    trial = partial(_trial, lab, seed, "kill", inject=inject, allowed={KILLED, EXIT_OK})
    trials = _until(lambda: TALLY.kills - start_kills >= KILLS_WANTED, trial)
    kills = TALLY.kills - start_kills
    problems = TALLY.problems[start_problems:]
    print(f"seed {seed}: {trials} kill trials, {kills} SIGKILLs, {len(problems)} problems")
    assert kills >= KILLS_WANTED, f"only {kills} SIGKILLs landed in {trials} trials"
    assert not problems, "\n".join(problems)


# --- cut and stalled connections -----------------------------------------------------------


def _offset(recorded: Recorded, direction: Direction, rng: random.Random) -> int:
    """Any byte, or near the start of a line (a command, a response, a literal's end)."""
    size = recorded.size(direction)
    if rng.random() < 0.5:
        return rng.randrange(size)
    starts = recorded.transcript.line_starts(direction)
    return min(size - 1, rng.choice(starts) + rng.randint(0, 40))


def _cut_somewhere(
    recorded: dict[Phase, Recorded], proxy: FaultProxy, run: Run, phase: Phase, rng: random.Random
) -> tuple[str, float | None]:
    direction: Direction = rng.choice(["up", "down"])
    offset = _offset(recorded[phase], direction, rng)
    after = rng.choices(["pass", "refuse", "cut again"], weights=[4, 2, 4])[0]
    proxy.add(Fault(direction, offset, "cut", after))  # type: ignore[arg-type]
    return f"cut at byte {offset} {direction}, then {after}", None


def test_connections_cut_after_random_bytes(
    lab: Lab, recorded: dict[Phase, Recorded], seed: int
) -> None:
    """At least 100 connections cut after a random number of bytes up or down (APPEND
    literals included); later connections then pass, are refused, or are cut again."""
    start_cuts, start_problems = TALLY.cuts, len(TALLY.problems)
    inject = partial(_cut_somewhere, recorded)
    allowed = {EXIT_OK, EXIT_UNAVAILABLE}
    trial = partial(_trial, lab, seed, "cut", inject=inject, allowed=allowed)
    trials = _until(lambda: TALLY.cuts - start_cuts >= CUTS_WANTED, trial)
    cuts = TALLY.cuts - start_cuts
    problems = TALLY.problems[start_problems:]
    print(f"seed {seed}: {trials} cut trials, {cuts} connections cut, {len(problems)} problems")
    assert cuts >= CUTS_WANTED, f"only {cuts} connections cut in {trials} trials"
    assert not problems, "\n".join(problems)


def _stall_somewhere(
    recorded: dict[Phase, Recorded], proxy: FaultProxy, run: Run, phase: Phase, rng: random.Random
) -> tuple[str, float | None]:
    direction: Direction = rng.choice(["up", "down"])
    offset = _offset(recorded[phase], direction, rng)
    after = rng.choice(["pass", "stall again"])
    proxy.add(Fault(direction, offset, "stall", after))  # type: ignore[arg-type]
    return f"stalled at byte {offset} {direction}, then {after}", None


def test_a_stalled_connection_never_hangs_a_run(
    lab: Lab, recorded: dict[Phase, Recorded], seed: int
) -> None:
    """The server stops answering mid-conversation, the socket left open: the account's
    timeout ends the wait; the run exits 0 (its retry passed) or 69, and never hangs."""
    start_problems = len(TALLY.problems)
    inject = partial(_stall_somewhere, recorded)
    allowed = {EXIT_OK, EXIT_UNAVAILABLE}
    started = time.monotonic()
    trial = partial(
        _trial, lab, seed, "stall", inject=inject, allowed=allowed, timeout=STALL_TIMEOUT
    )
    _until(lambda: False, trial, STALL_TRIALS)
    problems = TALLY.problems[start_problems:]
    print(f"seed {seed}: {STALL_TRIALS} stall trials in {time.monotonic() - started:.1f}s")
    assert not problems, "\n".join(problems)
