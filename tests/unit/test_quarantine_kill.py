"""A reader killed while reading one message (SIGKILL, as the OOM killer does) does not block the
account: `followupd once` in processes of its own, the message's reading poisoned by
tests/fixtures/poison/sitecustomize.py. The first scan resumes where it stopped (what a round
recorded is not read again), the message is quarantined after two deaths, everything else is
recorded and drafted once."""

from __future__ import annotations

import json
import signal
from collections import Counter
from pathlib import Path

import pytest
from poison_mail import EMPLOYERS, POISONED, build, config, message_id, once, reads

from followupd.store.database import Store

POISON = message_id(POISONED)
KILLED = -signal.SIGKILL
pytestmark = pytest.mark.timeout(300)


def draft_ids(root: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    for path in (root / "Drafts").glob("*.eml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lower().startswith("message-id:"):
                found[line.split(":", 1)[1].strip()] += 1
                break
    return found


def state(tmp_path: Path) -> tuple[set[str], list[str], set[str]]:
    """Observed Message-IDs, quarantined ones, seen ones."""
    with Store.open(tmp_path / "state.db") as store:
        observed = {o.envelope.message_id for o in store.observations()}
        quarantined = [q.message_id for q in store.quarantined()]
        every = [message_id(n) for n in range(EMPLOYERS)]
        seen = store.seen_message_ids("local", every)
    return observed, quarantined, seen


def test_a_message_that_kills_the_reader_is_quarantined_after_two_deaths(tmp_path: Path) -> None:
    root = build(tmp_path / "mail")
    path = config(tmp_path, root)
    log = tmp_path / "reads.log"
    first = once(path, POISON, "kill", log)
    assert first.returncode == KILLED, first.stderr
    read_first = reads(log)
    assert read_first[-1] == POISON
    observed, _, seen = state(tmp_path)
    assert observed and seen == observed  # the rounds before the poisoned one were recorded
    assert POISON not in seen

    second = once(path, POISON, "kill", log)
    assert second.returncode == KILLED, second.stderr
    read_second = reads(log)[len(read_first) :]
    assert not set(read_second) & observed  # what was recorded is not read again
    assert read_second[-1] == POISON

    third = once(path, POISON, "kill", log)
    assert third.returncode == 0, third.stderr
    read_third = reads(log)[len(read_first) + len(read_second) :]
    assert POISON not in read_third and not set(read_third) & observed
    summary = json.loads(third.stdout)
    assert summary["quarantined"] == 1
    observed, quarantined, seen = state(tmp_path)
    others = {message_id(n) for n in range(EMPLOYERS) if n != POISONED}
    assert observed == others and quarantined == [POISON] and POISON in seen
    drafts = draft_ids(root)
    assert len(drafts) == EMPLOYERS - 1 and set(drafts.values()) == {1}

    fourth = once(path, POISON, "kill", log)
    assert fourth.returncode == 0 and json.loads(fourth.stdout)["drafts_made"] == 0
    assert draft_ids(root) == drafts


def test_a_reading_helper_killed_by_a_message_costs_one_run(tmp_path: Path) -> None:
    """With helpers (a first scan of over 200 messages), the helper that reads the poisoned
    message dies; it is read again alone in the daemon, which dies too; the next run sets it
    aside unread and records the rest."""
    root = build(tmp_path / "mail", newsletters=240)
    path = config(tmp_path, root, helpers=1)
    log = tmp_path / "reads.log"
    first = once(path, POISON, "kill", log)
    assert first.returncode == KILLED, first.stderr
    assert "a reading helper process died" in first.stderr
    second = once(path, POISON, "kill", log)
    assert second.returncode == 0, second.stderr
    observed, quarantined, _ = state(tmp_path)
    assert quarantined == [POISON]
    assert observed == {message_id(n) for n in range(EMPLOYERS) if n != POISONED}
    assert len(draft_ids(root)) == EMPLOYERS - 1


def test_a_helper_that_dies_alone_loses_nothing(tmp_path: Path) -> None:
    """Only the helper dies (the daemon reads the message fine): it is recorded, not set aside."""
    root = build(tmp_path / "mail", newsletters=240)
    path = config(tmp_path, root, helpers=1)
    run = once(path, POISON, "kill-helper", tmp_path / "reads.log")
    assert run.returncode == 0, run.stderr
    observed, quarantined, _ = state(tmp_path)
    assert quarantined == [] and len(observed) == EMPLOYERS
    assert len(draft_ids(root)) == EMPLOYERS


def test_an_exception_in_a_helper_is_quarantined_like_one_here(tmp_path: Path) -> None:
    root = build(tmp_path / "mail", newsletters=240)
    path = config(tmp_path, root, helpers=1)
    run = once(path, POISON, "raise", tmp_path / "reads.log")
    assert run.returncode == 0, run.stderr
    observed, quarantined, _ = state(tmp_path)
    assert quarantined == [POISON] and len(observed) == EMPLOYERS - 1
