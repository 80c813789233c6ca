"""Chosen faults: Dovecot restarted mid-cycle, the mailbox recreated with a new UIDVALIDITY,
drafts the user deleted (also one orphaned by a crash between its APPEND and its ledger row),
and two `followupd once` started at the same moment.

Each ends like the random trials: a clean run must leave the fault-free baseline's state (with
the user's deletions), with no duplicate, nothing missing, no hang, exit codes as documented.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from functools import partial

import pytest
from dovecot_server import free_port
from fault_harness import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    KILLED,
    TALLY,
    Account,
    Expected,
    Lab,
    compare,
    expect_exit,
    followupd_command,
    rng_for,
)
from fault_proxy import Fault, FaultProxy, Trigger

pytestmark = [pytest.mark.faults, pytest.mark.timeout(300)]  # a hang guard, not the budget
APPEND_ANSWERED = re.compile(rb"OK \[APPENDUID")
DRAFTS_SEARCHED = re.compile(rb"SEARCH (?:RETURN \(ALL\) )?UNDELETED ")  # ESEARCH where offered


def _expected(lab: Lab) -> Expected:
    assert lab.expected is not None
    return lab.expected


def _problems_since(start: int) -> str:
    return "\n".join(TALLY.problems[start:])


def _in_parallel(*functions: Callable[[], None]) -> None:
    errors: list[BaseException] = []

    def guarded(function: Callable[[], None]) -> None:
        try:
            function()
        except BaseException as error:  # re-raised in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(f,)) for f in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


# --- Dovecot restarted mid-cycle -------------------------------------------------------------

RESTART_POINTS = {
    "while the first scan reads headers": ("down", rb"\* \d+ FETCH \(UID \d+ RFC822\.SIZE", 5),
    # a fetch plan asks for the text part (or a leaf) beside the header fields: the request
    "while the first scan fetches bodies": ("up", rb"BODY\.PEEK\[(?:TEXT|\d[\d.]*)\]", 1),
    "with an APPEND's literal on its way": ("up", rb"APPEND ", 2),
    "just as an APPEND landed": ("down", rb"OK \[APPENDUID", 4),
    "while Drafts is searched": ("up", DRAFTS_SEARCHED.pattern, 3),
}


def test_dovecot_restarted_mid_cycle(lab: Lab, seed: int) -> None:
    """Dovecot stops (SIGTERM: every session closed) at a chosen point of the first cycle and
    comes back a moment later: the run exits 0 or 69, and a clean run then leaves the
    baseline's state."""
    start = len(TALLY.problems)
    for name, (direction, pattern, most) in RESTART_POINTS.items():
        rng = rng_for(seed, "restart", name)
        count = rng.randint(1, most)
        account = lab.account("restart")
        back = threading.Event()
        downtime = rng.uniform(0.05, 0.8)

        def restart(downtime: float = downtime, back: threading.Event = back) -> None:
            with lab.restart_lock:
                lab.server.stop()
                TALLY.add(restarts=1)
                threading.Thread(target=_start_after, args=(lab, downtime, back)).start()

        proxy = FaultProxy(lab.server.plain_port)
        proxy.on(Trigger(direction, re.compile(pattern), restart, count))  # type: ignore[arg-type]
        what = f"Dovecot restarted {name} (match {count}, down {downtime:.2f}s, seed {seed})"
        run = account.run(proxy.port).start().wait()
        proxy.close()
        assert back.wait(30), f"{what}: Dovecot did not come back"
        assert proxy.triggers[0].fired, f"{what}: the restart point was never reached"
        expect_exit(run, {EXIT_OK, EXIT_UNAVAILABLE}, what)
        account.clean_run(what)
        compare(account, _expected(lab), what)
    assert not _problems_since(start), _problems_since(start)


def _start_after(lab: Lab, delay: float, back: threading.Event) -> None:
    time.sleep(delay)
    with lab.restart_lock:
        lab.server.start()
    back.set()


# --- a new UIDVALIDITY -----------------------------------------------------------------------


def test_the_mailbox_recreated_with_a_new_uidvalidity(lab: Lab, seed: int) -> None:
    """Every folder recreated (new UIDVALIDITY, new UIDs, same messages and drafts): after a
    complete run; between a killed first run and the clean run; and before a run whose
    connection is cut. Nothing is drafted twice, nothing lost, the state stays the same."""
    start = len(TALLY.problems)
    expected = _expected(lab)

    def after_a_complete_run() -> None:
        account = lab.account("uidvalidity-complete")
        account.clean_run("UIDVALIDITY: first run")
        account.recreate_mailbox()
        account.clean_run("UIDVALIDITY: after the reset")
        compare(account, expected, "UIDVALIDITY reset after a complete run")

    def between_a_kill_and_the_clean_run() -> None:
        rng = rng_for(seed, "uidvalidity-kill")
        account = lab.account("uidvalidity-kill")
        proxy = FaultProxy(lab.server.plain_port)
        run = account.run(proxy.port)
        count = rng.randint(1, 5)
        proxy.on(Trigger("down", APPEND_ANSWERED, run.kill, count, before=rng.random() < 0.5))
        run.start().wait()
        proxy.close()
        what = f"UIDVALIDITY reset after a run killed at APPEND {count} (seed {seed})"
        expect_exit(run, {KILLED}, what)
        account.recreate_mailbox()
        account.clean_run(what)
        compare(account, expected, what)

    def before_a_cut_run() -> None:
        rng = rng_for(seed, "uidvalidity-cut")
        account = lab.account("uidvalidity-cut")
        account.clean_run("UIDVALIDITY: first run")
        account.recreate_mailbox()
        proxy = FaultProxy(lab.server.plain_port, seed=rng.randrange(2**31))
        offset = rng.randrange(200, 6000)
        proxy.add(Fault("down", offset, "cut", "pass"))
        run = account.run(proxy.port).start().wait()
        proxy.close()
        TALLY.add(cuts=proxy.cuts)
        what = f"UIDVALIDITY reset, then a run cut at byte {offset} down (seed {seed})"
        expect_exit(run, {EXIT_OK, EXIT_UNAVAILABLE}, what)
        account.clean_run(what)
        compare(account, expected, what)

    _in_parallel(after_a_complete_run, between_a_kill_and_the_clean_run, before_a_cut_run)
    assert not _problems_since(start), _problems_since(start)


# --- drafts the user deleted -----------------------------------------------------------------


def _status_of(account: Account, message_ids: set[str]) -> dict[str, str]:
    """Each draft's status as `followupd status --json` reports it."""
    config = account.config()
    done = subprocess.run(
        [*followupd_command(), "status", "--config", str(config), "--json"],
        capture_output=True,
        text=True,
        env=account.lab.env,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {
        draft["message_id"]: draft["status"]
        for process in json.loads(done.stdout)["processes"]
        for draft in process["drafts"]
        if draft["message_id"] in message_ids
    }


def test_a_draft_the_user_deleted_never_comes_back(lab: Lab, seed: int) -> None:
    """Deleted between runs: not made again by the next runs, nor after a run killed while
    it searched Drafts, nor after one whose connection was cut there; `status` says
    "deleted"."""
    start = len(TALLY.problems)
    rng = rng_for(seed, "deleted")
    account = lab.account("deleted")
    account.clean_run("deleted: first run")
    deleted = set(rng.sample(_expected(lab).made, 2))
    for message_id in sorted(deleted):
        account.delete_draft(message_id)
    expected = _expected(lab).with_deleted(deleted)
    for n in range(2):
        account.clean_run(f"deleted: run {n + 2}")
        compare(account, expected, f"deleted drafts, run {n + 2}")

    victim = rng.choice(sorted(expected.drafts))
    account.delete_draft(victim)
    expected = expected.with_deleted({victim})
    proxy = FaultProxy(lab.server.plain_port)
    run = account.run(proxy.port)
    proxy.on(Trigger("up", DRAFTS_SEARCHED, run.kill, 1, before=False))
    run.start().wait()
    proxy.close()
    expect_exit(run, {KILLED}, "deleted, then killed while Drafts was searched")
    account.clean_run("deleted, then killed")
    compare(account, expected, "deleted, then a killed run, then a clean run")

    victim = rng.choice(sorted(expected.drafts))
    account.delete_draft(victim)
    expected = expected.with_deleted({victim})
    proxy = FaultProxy(lab.server.plain_port)
    # the search for the drafts is never delivered, and the retry is refused
    proxy.on(Trigger("up", DRAFTS_SEARCHED, _nothing, 1, cut="refuse"))
    run = account.run(proxy.port).start().wait()
    proxy.close()
    TALLY.add(cuts=proxy.cuts)
    expect_exit(run, {EXIT_UNAVAILABLE}, "deleted, then cut while Drafts was searched")
    account.clean_run("deleted, then cut")
    compare(account, expected, "deleted, then a cut run, then a clean run")

    gone = set(_expected(lab).drafts) - set(expected.drafts)
    assert _status_of(account, gone) == dict.fromkeys(gone, "deleted")
    assert not _problems_since(start), _problems_since(start)


def _nothing() -> None:
    pass


class DraftCameBack(AssertionError):
    """A draft the user deleted was made again."""


def test_a_draft_orphaned_by_a_crash_then_deleted_never_comes_back(lab: Lab, seed: int) -> None:
    """The n-th APPEND lands, its answer is held back and the run killed (so no ledger row
    can exist for that draft); the user deletes it; the next runs must not make it again."""
    _orphan_then_deleted(lab, seed)


def _orphan_then_deleted(lab: Lab, seed: int) -> None:
    rng = rng_for(seed, "orphan")
    account = lab.account("orphan")
    count = rng.randint(1, len(_expected(lab).made))
    proxy = FaultProxy(lab.server.plain_port)
    run = account.run(proxy.port)
    # the APPEND's tagged OK is held back and the daemon killed: the draft is in Drafts,
    # the daemon never learned it landed, so no ledger row can exist for it
    proxy.on(Trigger("down", APPEND_ANSWERED, run.kill, count, before=True))
    run.start().wait()
    proxy.close()
    assert expect_exit(run, {KILLED}, f"orphan: killed at APPEND {count}"), run.describe()
    recorded = {row[5] for row in account.ledger() if row[4] == "made"}
    orphans = sorted(set(account.drafts()) - recorded)
    assert len(orphans) == 1, f"expected one draft without a ledger row, found {orphans}"
    account.delete_draft(orphans[0])
    expected = _expected(lab).with_deleted({orphans[0]})
    what = f"orphan at APPEND {count} deleted by the user (seed {seed})"
    account.clean_run(f"{what}: next run")
    account.clean_run(f"{what}: the run after")
    problems = compare(account, expected, what)
    if orphans[0] in account.drafts():
        raise DraftCameBack(f"{orphans[0]} was made again after the user deleted it: {problems}")
    assert not problems, problems


# --- two at once -----------------------------------------------------------------------------

CONCURRENT_PAIRS = 4
REFUSAL = re.compile(r"lock|another|already running|in use|busy", re.I)
BARRIER_WAIT = 10.0  # seconds a synchronized run waits for the other at its first search


class BothRan(AssertionError):
    """Two runs at once both went through a cycle: both drafted, or drafted twice."""


def test_two_runs_started_at_the_same_moment(lab: Lab, seed: int) -> None:
    """Two `followupd once` on the same config and state, started together: one waits or
    refuses clearly (one line on stderr naming the other process); never do both draft, and
    no draft lands twice; a clean run then leaves the baseline's state.

    Pairs 0-1 are left to the scheduler. Pairs 2-3 are also held by their proxies at their
    first search of Drafts until both got there (at most 10 s), the worst timing, so that the
    outcome does not depend on the machine's load: a daemon that makes one run wait or
    refuse never lets the second one get that far. Even pairs start on a new state file,
    odd ones on one that exists (made by a run that could not reach the server)."""
    both_ran: list[str] = []
    start = len(TALLY.problems)

    def pair(n: int) -> None:
        account = lab.account("pair")
        what = f"concurrent pair {n}"
        if n % 2:
            early = account.run(free_port()).start().wait()
            expect_exit(early, {EXIT_UNAVAILABLE}, f"{what}: creating the state file")
            what += ", existing state file"
        proxies: list[FaultProxy] = []
        if n >= CONCURRENT_PAIRS // 2:
            barrier = threading.Barrier(2, timeout=BARRIER_WAIT)
            proxies = [FaultProxy(lab.server.plain_port) for _ in range(2)]
            for proxy in proxies:
                proxy.on(Trigger("up", DRAFTS_SEARCHED, partial(_meet, barrier), 1))
            what += ", held at their first search of Drafts"
        runs = [account.run(p.port) for p in proxies] or [account.run(), account.run()]
        for run in runs:
            run.start()
        for run in runs:
            run.wait()
        for proxy in proxies:
            proxy.close()
        TALLY.add(concurrent_pairs=1)
        reports = []
        for k, run in enumerate(runs):
            if run.returncode == EXIT_OK:
                reports.append(json.loads(run.stdout))
                continue
            lines = run.stderr.strip().splitlines()
            if not (run.returncode > 0 and len(lines) == 1 and REFUSAL.search(lines[0])):
                TALLY.add(bad_exits=1)
                both_ran.append(f"{what}, run {k}: no clear refusal: {run.describe()}")
        drafting = [r for r in reports if r["drafts_made"]]
        if len(drafting) > 1:
            both_ran.append(f"{what}: both runs drafted ({[r['drafts_made'] for r in drafting]})")
        twice = {mid: n for mid, n in account.drafts().items() if n > 1}
        if twice:
            both_ran.append(f"{what}: drafts in Drafts twice: {sorted(twice)}")
        account.clean_run(what)
        compare(account, _expected(lab), what)

    for n in range(0, CONCURRENT_PAIRS, 2):
        _in_parallel(partial(pair, n), partial(pair, n + 1))
    others = [p for p in TALLY.problems[start:] if "duplicate drafts" not in p]
    for problem in both_ran:
        TALLY.problem(problem)
    assert not others, "\n".join(others)
    if both_ran:
        raise BothRan("\n".join(both_ran))


def _meet(barrier: threading.Barrier) -> None:
    with suppress(threading.BrokenBarrierError):
        barrier.wait()
