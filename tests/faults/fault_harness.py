"""The fault suite's harness: a lab of Dovecot users, `followupd once` runs, state and tallies.

followupd is driven only through its command line (`followupd once --config FILE --json`) and
its state is read only by opening its SQLite file read-only: the `drafts` ledger table and
the Message-IDs of the `observations` table (see the store's schema, store_schema.py or
store/schema.py). The mailbox is read as a mail client would, with imaplib; no module of
followupd is imported.

"The same state" as a fault-free run: the same ledger rows (process, stage, recipient,
occurrence, status, Message-ID) and the same drafts in Drafts, by Message-ID, each once.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from dovecot_server import PASSWORD, DovecotServer
from fault_mailbox import mailbox, write_config

RUN_TIMEOUT = 45.0  # seconds: a `followupd once` still running then is a hang
ACCOUNT_TIMEOUT = 10  # the account's network timeout in the config (seconds)
PASSWORD_ENV = "FOLLOWUPD_FAULT_PASSWORD"
EXIT_OK, EXIT_ERROR, EXIT_UNAVAILABLE, EXIT_CONFIG = 0, 1, 69, 78
KILLED = -signal.SIGKILL
LedgerRow = tuple[str, str, str, int, str, str]  # process, stage, recipient, occ., status, id


def followupd_command() -> list[str]:
    """The installed `followupd` next to this Python, else `python -m followupd`."""
    script = Path(sys.executable).parent / "followupd"
    return [str(script)] if script.exists() else [sys.executable, "-m", "followupd"]


def seed_from_environment() -> int:
    value = os.environ.get("FOLLOWUPD_FAULT_SEED", "").strip()
    return int(value, 0) if value else random.SystemRandom().randrange(1, 2**31)


# --- tallies --------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts over the whole session (printed at its end) and the problems found."""

    runs: int = 0
    kills: int = 0
    cuts: int = 0
    stalls: int = 0
    restarts: int = 0
    uidvalidity_resets: int = 0
    user_deletions: int = 0
    concurrent_pairs: int = 0
    duplicates: int = 0
    missing: int = 0
    hangs: int = 0
    bad_exits: int = 0
    state_differs: int = 0
    problems: list[str] = field(default_factory=list)
    # what tests marked xfail found (known daemon failures): counted apart
    known: Counter[str] = field(default_factory=Counter)
    known_problems: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, **counts: int) -> None:
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def problem(self, text: str) -> None:
        with self._lock:
            self.problems.append(text)

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            counts = {name: getattr(self, name) for name in FAILURE_COUNTS}
            return {**counts, "problems": len(self.problems)}

    def mark_known(self, since: dict[str, int], label: str) -> None:
        """What was found since `since` is a known failure (its test is marked xfail)."""
        with self._lock:
            for name in FAILURE_COUNTS:
                self.known[name] += getattr(self, name) - since[name]
                setattr(self, name, since[name])
            moved = self.problems[since["problems"] :]
            del self.problems[since["problems"] :]
            self.known_problems += [f"{label}: {problem}" for problem in moved]

    @property
    def faults(self) -> int:
        return (
            self.kills
            + self.cuts
            + self.stalls
            + self.restarts
            + self.uidvalidity_resets
            + self.concurrent_pairs
        )

    def lines(self, seed: int) -> list[str]:
        return [
            f"seed {seed} (set FOLLOWUPD_FAULT_SEED={seed} to repeat)",
            f"runs {self.runs}, faults {self.faults}: SIGKILLs {self.kills}, cut connections "
            f"{self.cuts}, stalled connections {self.stalls}, Dovecot restarts {self.restarts}, "
            f"UIDVALIDITY resets {self.uidvalidity_resets}, concurrent pairs "
            f"{self.concurrent_pairs}; drafts deleted by the user {self.user_deletions}",
            f"duplicates {self.duplicates}, missing {self.missing}, hangs {self.hangs}, "
            f"unexpected exit codes {self.bad_exits}, other state differences "
            f"{self.state_differs}",
            "known failures (tests marked xfail): "
            + (", ".join(f"{name} {self.known[name]}" for name in FAILURE_COUNTS)),
        ]


FAILURE_COUNTS = ("duplicates", "missing", "hangs", "bad_exits", "state_differs")
TALLY = Tally()


# --- running followupd -------------------------------------------------------------------------


@dataclass
class Run:
    """One `followupd once`; `kill()` may be called from any thread (a proxy hook)."""

    config: Path
    env: dict[str, str]
    process: subprocess.Popen[str] | None = None
    started: float = 0.0
    killed_by_us: bool = False
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    hung: bool = False

    def start(self) -> Run:
        command = [*followupd_command(), "once", "--config", str(self.config), "--json"]
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        TALLY.add(runs=1)
        return self

    def kill(self) -> None:
        """SIGKILL now, and return once the process is dead (a zombie: not yet reaped)."""
        process = self.process
        if process is None or process.returncode is not None:
            return
        try:
            os.kill(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        self.killed_by_us = True
        deadline = time.monotonic() + 5
        stat = Path(f"/proc/{process.pid}/stat")
        while time.monotonic() < deadline:
            try:
                state = stat.read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                return
            if state in {"Z", "X"}:
                return
            time.sleep(0.001)

    def wait(self, kill_after: float | None = None, timeout: float = RUN_TIMEOUT) -> Run:
        """Wait for the end; SIGKILL it after `kill_after` seconds if still running; a run
        still going after `timeout` is a hang (killed, and counted)."""
        process = self.process
        assert process is not None
        if kill_after is not None:
            try:
                process.wait(timeout=max(0.0, kill_after - (time.monotonic() - self.started)))
            except subprocess.TimeoutExpired:
                self.kill()
        try:
            self.stdout, self.stderr = process.communicate(
                timeout=max(0.1, timeout - (time.monotonic() - self.started))
            )
        except subprocess.TimeoutExpired:
            self.hung = True
            process.kill()
            self.stdout, self.stderr = process.communicate()
        self.returncode = process.returncode
        self.seconds = time.monotonic() - self.started
        if self.hung:
            TALLY.add(hangs=1)
        elif self.returncode == KILLED and self.killed_by_us:
            TALLY.add(kills=1)
        return self

    def describe(self) -> str:
        tail = self.stderr.strip().splitlines()[-3:]
        return f"exit {self.returncode} after {self.seconds:.2f}s; stderr: {' | '.join(tail)}"


# --- the lab: Dovecot, its users, the expected state --------------------------------------------


@dataclass(frozen=True)
class State:
    """What a run leaves: Drafts by Message-ID (with counts), the ledger, the observations."""

    drafts: Counter[str]
    ledger: frozenset[LedgerRow]
    observations: frozenset[str]


@dataclass(frozen=True)
class Expected:
    drafts: frozenset[str]
    ledger: frozenset[LedgerRow]
    observations: frozenset[str]

    def with_deleted(self, message_ids: set[str]) -> Expected:
        """The same, after the user deleted these drafts and a run noticed it."""
        ledger = frozenset(
            (*row[:4], "deleted", row[5]) if row[5] in message_ids else row for row in self.ledger
        )
        return replace(self, drafts=self.drafts - message_ids, ledger=ledger)

    @property
    def made(self) -> list[str]:
        return sorted(row[5] for row in self.ledger if row[4] == "made")


class Lab:
    """A Dovecot with many users, each a copy of one template mailbox; one per trial."""

    def __init__(self, server: DovecotServer, root: Path, users: tuple[str, ...]) -> None:
        self.server = server
        self.root = root
        self.anchor = datetime.now(UTC).replace(second=0, microsecond=0)
        self._users = iter(users[1:])
        self._template = users[0]
        self._lock = threading.Lock()
        self.env = dict(os.environ, **{PASSWORD_ENV: PASSWORD})
        self.env.pop("NOTIFY_SOCKET", None)
        # hundreds of runs: compiled once, into the lab's folder (never into the source tree)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        self.expected: Expected | None = None
        self.restart_lock = threading.Lock()  # held while Dovecot is down on purpose

    def populate_template(self) -> None:
        client = self.imap(self._template)
        try:
            for folder, messages in mailbox(self.anchor).items():
                for message in messages:
                    typ, data = client.append(folder, "(\\Seen)", None, message)
                    assert typ == "OK", data
        finally:
            client.logout()

    def imap(self, user: str) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.server.plain_port, timeout=15)
        client.login(user, PASSWORD)
        return client

    def account(self, name: str = "trial") -> Account:
        """A fresh user whose mailbox is a copy of the template, and a state file of its own."""
        with self._lock:
            try:
                user = next(self._users)
            except StopIteration:
                raise RuntimeError("the fault lab ran out of Dovecot users") from None
        source = self.server.maildir(self._template)
        target = self.server.maildir(user)
        shutil.copytree(source, target)
        dovecot = pwd.getpwnam("dovecot")
        for path in [target, *target.rglob("*")]:
            os.chown(path, dovecot.pw_uid, dovecot.pw_gid)
        folder = self.root / "accounts" / f"{name}-{user}"
        folder.mkdir(parents=True)
        return Account(self, user, folder)


@dataclass
class Account:
    lab: Lab
    user: str
    folder: Path

    @property
    def state_path(self) -> Path:
        return self.folder / "state.db"

    def config(self, port: int | None = None, timeout: float = ACCOUNT_TIMEOUT) -> Path:
        """A config for this user, through `port` (a proxy) or straight to Dovecot."""
        path = self.folder / f"config-{port or 'direct'}-{timeout}.toml"
        return write_config(
            path,
            port=port or self.lab.server.plain_port,
            username=self.user,
            state_path=self.state_path,
            timeout=timeout,
        )

    def run(self, port: int | None = None, timeout: float = ACCOUNT_TIMEOUT) -> Run:
        return Run(self.config(port, timeout), self.lab.env)

    def clean_run(self, what: str) -> Run:
        """A fault-free run straight to Dovecot: it must succeed."""
        run = self.run().start().wait()
        expect_exit(run, {EXIT_OK}, f"{what}: the clean run")
        return run

    # -- reading the mailbox as the user's mail client ----------------------------------

    def drafts(self) -> Counter[str]:
        """Message-ID -> how many messages in Drafts carry it (\\Deleted ones left out)."""
        client = self.lab.imap(self.user)
        try:
            typ, _ = client.select("Drafts", readonly=True)
            assert typ == "OK"
            typ, data = client.uid("FETCH", "1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            assert typ == "OK", data
        finally:
            client.logout()
        found: Counter[str] = Counter()
        for item in data:
            if isinstance(item, tuple) and b"\\Deleted" not in item[0]:
                match = re.search(rb"Message-ID:\s*(<[^>]*>)", item[1], re.I)
                found[match.group(1).decode() if match else "(none)"] += 1
        return found

    def delete_draft(self, message_id: str) -> None:
        """What a mail client does when the user deletes a draft: \\Deleted, EXPUNGE."""
        client = self.lab.imap(self.user)
        try:
            client.select("Drafts")
            _, data = client.uid("SEARCH", "HEADER", "Message-ID", f'"{message_id}"')
            uids = data[0].decode().split()
            assert uids, f"{message_id} is not in Drafts"
            client.uid("STORE", ",".join(uids), "+FLAGS.SILENT", "(\\Deleted)")
            client.expunge()
        finally:
            client.logout()
        TALLY.add(user_deletions=1)

    def uidvalidities(self) -> dict[str, int]:
        client = self.lab.imap(self.user)
        try:
            found = {}
            for folder in ("INBOX", "Sent", "Drafts"):
                _, data = client.status(folder, "(UIDVALIDITY)")
                found[folder] = int(re.findall(rb"UIDVALIDITY (\d+)", data[0])[0])
            return found
        finally:
            client.logout()

    def recreate_mailbox(self) -> None:
        """The mailbox recreated (a server migration, a restore): every folder emptied and
        its messages appended again, flags and dates kept, so every UIDVALIDITY is new."""
        before = self.uidvalidities()
        saved: dict[str, list[tuple[str, str, bytes]]] = {}
        client = self.lab.imap(self.user)
        try:
            for folder in before:
                client.select(folder, readonly=True)
                _, data = client.uid("FETCH", "1:*", "(FLAGS INTERNALDATE BODY.PEEK[])")
                saved[folder] = [_flags_date_body(item) for item in data if isinstance(item, tuple)]
        finally:
            client.logout()
        shutil.rmtree(self.lab.server.maildir(self.user))
        time.sleep(1.05)  # a new second: UIDVALIDITY is time-based
        client = self.lab.imap(self.user)
        try:
            for folder, messages in saved.items():
                for flags, date, body in messages:
                    typ, data = client.append(folder, flags, date, body)
                    assert typ == "OK", data
        finally:
            client.logout()
        after = self.uidvalidities()
        same = [folder for folder in before if before[folder] == after[folder]]
        assert not same, f"UIDVALIDITY did not change for {same}"
        TALLY.add(uidvalidity_resets=1)

    # -- reading followupd's state -------------------------------------------------------

    def ledger(self) -> frozenset[LedgerRow]:
        return frozenset(
            (str(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]))
            for r in self._query(
                "SELECT process_id, stage, recipient, occurrence, status, message_id FROM drafts"
            )
        )

    def observations(self) -> frozenset[str]:
        return frozenset(str(r[0]) for r in self._query("SELECT message_id FROM observations"))

    def _query(self, sql: str) -> list[tuple[object, ...]]:
        if not self.state_path.exists():
            return []
        connection = sqlite3.connect(f"file:{self.state_path}?mode=ro", uri=True, timeout=10)
        try:
            return connection.execute(sql).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise
        finally:
            connection.close()

    def state(self) -> State:
        return State(self.drafts(), self.ledger(), self.observations())


def _flags_date_body(item: tuple[bytes, bytes]) -> tuple[str, str, bytes]:
    head = item[0].decode()
    flags = re.search(r"FLAGS \(([^)]*)\)", head)
    date = re.search(r'INTERNALDATE ("[^"]+")', head)
    kept = " ".join(f for f in (flags.group(1) if flags else "").split() if f != "\\Recent")
    return f"({kept})", date.group(1) if date else "", item[1]


# --- checks ----------------------------------------------------------------------------------


def expect_exit(run: Run, allowed: set[int], what: str) -> bool:
    """Count and record a run whose exit code is not one of `allowed`, that printed a
    traceback (not "one line + exit code"), or that hung."""
    if run.hung:
        TALLY.problem(f"{what}: hung (still running after {RUN_TIMEOUT:.0f}s)")
        return False
    if run.returncode in allowed and "Traceback (most recent call last)" not in run.stderr:
        return True
    TALLY.add(bad_exits=1)
    TALLY.problem(
        f"{what}: exit code {run.returncode}, expected {sorted(allowed)}; " + run.describe()
    )
    return False


def compare(account: Account, expected: Expected, what: str) -> list[str]:
    """Compare the account's state with `expected`; count and record every difference."""
    state = account.state()
    problems: list[str] = []
    duplicated = {mid: n for mid, n in state.drafts.items() if n > 1}
    unexpected = sorted(set(state.drafts) - expected.drafts)
    absent = sorted(expected.drafts - set(state.drafts))
    if duplicated or unexpected:
        TALLY.add(duplicates=sum(n - 1 for n in duplicated.values()) + len(unexpected))
        problems.append(f"duplicate drafts {duplicated}, drafts that should not be {unexpected}")
    if absent:
        TALLY.add(missing=len(absent))
        problems.append(f"drafts missing from Drafts: {absent}")
    rows_missing = sorted(expected.ledger - state.ledger)
    rows_extra = sorted(state.ledger - expected.ledger)
    if rows_missing or rows_extra:
        keys = {row[:4] for row in state.ledger}
        lost = [row for row in rows_missing if row[:4] not in keys]
        TALLY.add(missing=len(lost), state_differs=len(rows_missing) - len(lost) + len(rows_extra))
        problems.append(
            f"ledger rows missing or different: {rows_missing}; unexpected: {rows_extra}"
        )
    if state.observations != expected.observations:
        TALLY.add(state_differs=1)
        problems.append(
            f"observations differ: missing {sorted(expected.observations - state.observations)}, "
            f"extra {sorted(state.observations - expected.observations)}"
        )
    for problem in problems:
        TALLY.problem(f"{what} [user {account.user}]: {problem}")
    return problems


def expected_from(account: Account) -> Expected:
    state = account.state()
    assert all(n == 1 for n in state.drafts.values()), state.drafts
    return Expected(frozenset(state.drafts), state.ledger, state.observations)


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join(str(p) for p in (seed, *parts)))
