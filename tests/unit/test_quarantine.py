"""A message whose reading raises is retried once, then quarantined: the rest of the pull is
recorded, the message is listed under "could not read", skipped from then on, and read once
more after an upgrade of the classifier."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from poison_mail import EMPLOYERS, POISONED, build, config, message_id
from service_cli import run_cli

from followupd import understand
from followupd.backends.local.mailbox import LocalMailbox
from followupd.engine import cycle as engine
from followupd.engine import quarantine, reread
from followupd.engine.threads import ThreadIndex
from followupd.model import Settings
from followupd.model.settings import Me
from followupd.store.database import Store
from followupd.understand import short_id

SETTINGS = Settings(me=Me(name="Alice Example", addresses=("alice@example.com",)))
NOW = datetime.now(UTC)
POISON = message_id(POISONED)


class Poisoned:
    """understand.classify, raising for one Message-ID (`times` times, then reading it)."""

    def __init__(self, times: int = 1_000) -> None:
        self.original = understand.classify
        self.times = times
        self.calls: list[str] = []

    def __call__(self, mail, me, thread, **options):  # type: ignore[no-untyped-def]
        self.calls.append(mail.envelope.message_id)
        if mail.envelope.message_id == POISON and self.times > 0:
            self.times -= 1
            raise KeyError("a bug met by this message only")
        return self.original(mail, me, thread, **options)


@pytest.fixture
def mail(tmp_path: Path) -> Path:
    return build(tmp_path / "mail")


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as opened:
        yield opened


def cycle(root: Path, store: Store, at: datetime = NOW) -> engine.CycleReport:
    with LocalMailbox(root) as mailbox:
        return engine.run_cycle(mailbox, store, SETTINGS, at)


def poison(monkeypatch: pytest.MonkeyPatch, times: int = 1_000) -> Poisoned:
    poisoned = Poisoned(times)
    monkeypatch.setattr(understand, "classify", poisoned)
    return poisoned


def observed(store: Store) -> set[str]:
    return {o.envelope.message_id for o in store.observations()}


def test_a_message_whose_reading_raises_is_quarantined_and_the_rest_recorded(
    mail: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    poisoned = poison(monkeypatch)
    report = cycle(mail, store)
    others = {message_id(n) for n in range(EMPLOYERS) if n != POISONED}
    assert observed(store) == others
    assert poisoned.calls.count(POISON) == 2  # read, then once more alone
    assert report.quarantined == 1
    assert sorted(d.recipient.split("@")[1] for d in report.drafts_made) == sorted(
        f"employer{n}.example" for n in range(EMPLOYERS) if n != POISONED
    )
    [entry] = store.quarantined()
    assert (entry.message_id, entry.sender, entry.account) == (
        POISON,
        f"mei@employer{POISONED}.example",
        "local",
    )
    assert entry.reason.startswith("KeyError in ") and "a bug" not in entry.reason
    assert store.reading_attempts("local", [POISON, *others]) == {}
    poisoned.calls.clear()
    later = cycle(mail, store, NOW + timedelta(minutes=5))
    assert poisoned.calls == [] and later.drafts_made == [] and later.quarantined == 0
    assert store.seen_message_ids("local", [POISON]) == {POISON}


def test_a_failure_that_does_not_repeat_is_retried_and_recorded(
    mail: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    poisoned = poison(monkeypatch, times=1)
    report = cycle(mail, store)
    assert POISON in observed(store) and report.quarantined == 0
    assert store.quarantined() == [] and poisoned.calls.count(POISON) == 2


def upgrade(monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    monkeypatch.setattr(reread, "CLASSIFIER_VERSION", version)
    monkeypatch.setattr(quarantine, "CLASSIFIER_VERSION", version)


@pytest.mark.parametrize("fixed", [True, False])
def test_after_an_upgrade_a_quarantined_message_is_read_once_more(
    mail: Path, store: Store, monkeypatch: pytest.MonkeyPatch, fixed: bool
) -> None:
    poisoned = poison(monkeypatch)
    cycle(mail, store)
    upgrade(monkeypatch, "9999.1")
    poisoned.times = 0 if fixed else 1_000
    poisoned.calls.clear()
    report = cycle(mail, store, NOW + timedelta(minutes=10))
    assert POISON in poisoned.calls
    if fixed:
        assert store.quarantined() == [] and POISON in observed(store)
        assert [d.recipient for d in report.drafts_made] == [f"mei@employer{POISONED}.example"]
    else:
        [entry] = store.quarantined()
        assert entry.version == "9999.1" and POISON not in observed(store)
    poisoned.calls.clear()
    cycle(mail, store, NOW + timedelta(minutes=20))
    assert POISON not in poisoned.calls  # once per upgrade


def test_a_thread_context_that_fails_reads_the_message_without_it(
    mail: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, envelope: object) -> object:
        raise RuntimeError("context")

    monkeypatch.setattr(ThreadIndex, "context", broken)
    cycle(mail, store)
    assert len(observed(store)) == EMPLOYERS and store.quarantined() == []


def test_status_lists_what_could_not_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = build(tmp_path / "mail")
    hostile = root / "INBOX" / f"hold-{POISONED:02d}.eml"
    text = hostile.read_text(encoding="utf-8")
    hostile.write_text(
        text.replace("Subject: Re: Your application", "Subject: =?utf-8?q?Re=3A_A=0D=0AB=C2=85C?="),
        encoding="utf-8",
    )
    path = config(tmp_path, root)
    poison(monkeypatch)
    code, out, err = run_cli(["once", "--config", str(path)], capsys)
    assert code == 0 and "1 could not be read" in out
    assert f"could not read message {short_id(POISON)} (KeyError in " in err
    code, out, _ = run_cli(["status", "--config", str(path)], capsys)
    section = out.split("could not read (skipped; read again after an upgrade of followupd):\n")
    assert code == 0 and len(section) == 2
    [line] = section[1].splitlines()
    who = f"mei@employer{POISONED}.example"
    assert line.startswith(f"  {short_id(POISON)}  {who}: Re: A B C for Data Analyst 7 - ")
    assert "KeyError in " in line and "\r" not in line and "\x85" not in line
    code, out, _ = run_cli(["status", "--config", str(path), "--json"], capsys)
    [entry] = json.loads(out)["could_not_read"]
    assert entry["message_id"] == POISON and entry["id"] == short_id(POISON)
