"""IMAP sync figures against a throwaway Dovecot: first scan, memory, idle traffic.

    sudo .venv/bin/python bench/imap_bench.py [--messages 10000 1000] [--keep]

For each size it writes a mailbox straight into Dovecot's Maildir (about 45 KB a message on
average: newsletters, personal mail, some attachments, 1 % recruiting), lets Dovecot index it,
then measures, each in its own subprocess:
- baseline: imap-tools fetching every INBOX and Sent message whole (BODY.PEEK[], bulk 50);
- first `followupd once` (header-first sync, bodies only for what may matter), from an empty
  state database each time, straight to Dovecot like the baseline;
- idle `followupd once`: bytes the server sent, from Dovecot's log (post-login session,
  `imap_logout_format = in=%i out=%o`) and from a counting TCP relay (the whole connection,
  greeting and login included).
Baseline and first scan alternate `--rounds` times (default 3; which goes first alternates
too), each pair one ratio, and the median ratio is the figure, with the worst printed beside it:
this machine's speed drifts by tens of percent within minutes, and a pair run back to back
shares the drift. Before every run Dovecot's cache files are deleted, so each run, baseline or
first scan, meets a server that has never been asked for those fields or structures. CPU time
(user + system, helpers included) is printed beside wall time. Memory, the worst of the
rounds: the peak RSS of the process (wait4), and the peak of the whole process tree (followupd
forks helpers to read a large first scan), sampled from /proc every 20 ms (a shorter peak can
be missed): summed RSS (counts shared pages once per process) and summed PSS (shares them
out).
Targets: first scan <= 1/4 of the baseline's time, peak RSS <= 120 MB, idle < 8 KB.
Needs root and Debian's dovecot-imapd, like the integration tests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "integration"))
sys.path.insert(0, str(REPO / "bench"))
from dovecot_server import DOVECOT, PASSWORD, DovecotServer, dovecot_missing_reason  # noqa: E402

from generated_mailbox import messages  # noqa: E402


@dataclass
class Figures:
    seconds: float
    max_rss_kb: int
    output: str
    tree_rss_kb: int = 0  # peak of the process tree's summed RSS
    tree_pss_kb: int = 0  # and of its summed PSS
    cpu_seconds: float = 0.0  # user + system, the child's reaped children included


class TreeMemory:
    """Samples a process and its descendants from /proc: the peaks of their summed RSS/PSS."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.rss_kb = self.pss_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            rss = pss = 0
            for pid in self._tree(self.pid):
                fields = self._rollup(pid)
                rss += fields.get("Rss", 0)
                pss += fields.get("Pss", 0)
            self.rss_kb, self.pss_kb = max(self.rss_kb, rss), max(self.pss_kb, pss)

    def _tree(self, pid: int) -> list[int]:
        found, pending = [], [pid]
        while pending:
            current = pending.pop()
            found.append(current)
            with contextlib.suppress(OSError):
                for task in Path(f"/proc/{current}/task").iterdir():
                    pending += map(int, (task / "children").read_text().split())
        return found

    @staticmethod
    def _rollup(pid: int) -> dict[str, int]:
        try:
            lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
        except OSError:
            return {}
        return {
            line.split(":")[0]: int(line.split()[1]) for line in lines[1:] if line.endswith("kB")
        }


def write_mailbox(
    server: DovecotServer, user: str, count: int, me: str, span_days: int = 150
) -> int:
    """Messages straight into the Maildir, their mtime (Dovecot's received date) set."""
    root = server.maildir(user)
    total = 0
    for n, message in enumerate(messages(count, me, span_days=span_days)):
        folder = root if message.folder == "INBOX" else root / f".{message.folder}"
        total += len(message.data)
        cur = folder / "cur"
        cur.mkdir(parents=True, exist_ok=True)
        stamp = message.when.timestamp()
        flags = "S" if message.seen else ""
        path = cur / f"{int(stamp)}.M{n}P1.bench,S={len(message.data)}:2,{flags}"
        path.write_bytes(message.data)
        os.utime(path, (stamp, stamp))
    server.own_mail()
    server.index(user)
    return total


class CountingRelay:
    """A loopback TCP relay that counts the bytes the server sends."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.from_server = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, count: bool) -> None:
        try:
            while data := source.recv(65536):
                if count:
                    self.from_server += len(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def measured(command: list[str], env: dict[str, str]) -> Figures:
    """Wall time and the child's own peak RSS (wait4), not any other child's."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        tree = TreeMemory(process.pid)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        tree.stop()
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command[:4]} failed: {errors}")
    cpu = usage.ru_utime + usage.ru_stime
    return Figures(seconds, usage.ru_maxrss, output, tree.rss_kb, tree.pss_kb, cpu)


BASELINE = """
import sys
from imap_tools import MailBoxUnencrypted
count = size = 0
with MailBoxUnencrypted("127.0.0.1", int(sys.argv[1])).login(sys.argv[2], sys.argv[3], None) as box:
    for folder in ("INBOX", "Sent"):
        box.folder.set(folder, readonly=True)
        for message in box.fetch("ALL", mark_seen=False, bulk=50):
            count += 1
            size += message.size
print(count, size)
"""


# The IMAP layer alone: header poll of INBOX and Sent over the look-back, then whole bodies
# of the messages that are not list mail (roughly what header triage lets through).
IMAP_LAYER = """
import sys, time
from datetime import date, timedelta
from followupd.backends.imap.mailbox import ImapMailbox
from followupd.model.domain import FolderRole
from followupd.model.settings import AccountSettings
account = AccountSettings(name="b", host="127.0.0.1", port=int(sys.argv[1]), security="plain",
                          username=sys.argv[2])
since = date.today() - timedelta(days=90)
with ImapMailbox(account, lambda: sys.argv[3]) as box:
    started = time.perf_counter()
    polls = {role: box.poll(role, None, since) for role in (FolderRole.INBOX, FolderRole.SENT)}
    polled = time.perf_counter() - started
    headers = sum(len(b.header) for p in polls.values() for b in p.new)
    wanted = {role: [b.ref for b in p.new if b"List-Id:" not in b.header]
              for role, p in polls.items()}
    started = time.perf_counter()
    body_bytes = sum(len(m.data) for role, refs in wanted.items() for m in box.fetch(role, refs))
    fetched = time.perf_counter() - started
print(sum(len(p.new) for p in polls.values()), headers, round(polled, 2),
      sum(map(len, wanted.values())), body_bytes, round(fetched, 2))
"""


def bench_environment() -> dict[str, str]:
    """followupd from this checkout, its bytecode compiled once beforehand as an installed
    package's is (pip compiles at install time), even where PYTHONDONTWRITEBYTECODE is set."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["BENCH_PASSWORD"] = PASSWORD
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "daemon"), env.get("PYTHONPATH")) if p
    )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "daemon")], check=True, env=env
    )
    return env


def config(root: Path, user: str, me: str, port: int, name: str = "") -> Path:
    path = root / f"{user}{name}.toml"
    path.write_text(
        f'[me]\nname = "Bench User"\naddresses = ["{me}"]\ntimezone = "UTC"\nholidays = ""\n\n'
        f'[[accounts]]\nname = "bench"\nbackend = "imap"\nhost = "127.0.0.1"\nport = {port}\n'
        f'security = "plain"\nusername = "{user}"\npassword_env = "BENCH_PASSWORD"\n'
        f'lookback_days = 90\n\n[daemon]\nstate_path = "{root / user}{name}.db"\n'
    )
    return path


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def bench_size(server: DovecotServer, root: Path, user: str, count: int, rounds: int) -> None:
    me = f"{user}@example.org"
    started = time.perf_counter()
    total = write_mailbox(server, user, count, me)
    print(
        f"\n== {count} messages, {total / count / 1024:.1f} KB average, "
        f"{total / 2**20:.0f} MB (written and indexed in {time.perf_counter() - started:.1f}s)"
    )
    env = bench_environment()
    login = [str(server.plain_port), user, PASSWORD]
    once = [sys.executable, "-m", "followupd", "once", "--json", "--config"]
    pairs: list[tuple[float, Figures, Figures]] = []
    for attempt in range(1, rounds + 1):
        fresh = config(root, user, me, server.plain_port, name=f"-first{attempt}")
        first_cmd = [*once, str(fresh)]
        runs: dict[str, Figures] = {}
        for which in ("baseline", "first") if attempt % 2 else ("first", "baseline"):
            server.drop_caches(user)  # every run meets the server as a first scan would
            if which == "baseline":
                runs[which] = measured([sys.executable, "-c", BASELINE, *login], env)
            else:
                runs[which] = first_once(first_cmd, env, server, user)
        base, first = runs["baseline"], runs["first"]
        print(
            f"pair #{attempt} ({'baseline first' if attempt % 2 else 'followupd first'}): "
            f"baseline {base.seconds:.2f}s (cpu {base.cpu_seconds:.2f}s, RSS "
            f"{base.max_rss_kb / 1024:.0f} MB, {base.output.strip()} messages/bytes); "
            f"first once {first.seconds:.2f}s = {first.seconds / base.seconds:.2f} of it "
            f"(cpu {first.cpu_seconds:.2f}s with its helpers; RSS {first.max_rss_kb / 1024:.0f} "
            f"MB, tree {first.tree_rss_kb / 1024:.0f} MB RSS / {first.tree_pss_kb / 1024:.0f} "
            f"MB PSS; {first.output})"
        )
        pairs.append((first.seconds / base.seconds, first, base))
    ratio = sorted(r for r, _, _ in pairs)[len(pairs) // 2]
    rss, tree_rss, tree_pss = (
        max(getattr(first, name) for _, first, _ in pairs) / 1024
        for name in ("max_rss_kb", "tree_rss_kb", "tree_pss_kb")
    )
    # At 1,000 messages the issue asks for the idle figure; a first scan there is mostly
    # Python starting up (0.2 s of imports against a 1 s baseline), so no verdict is given.
    target = f"{verdict(ratio <= 0.25)} <= 0.25" if count >= 5_000 else "for reference, no target"
    print(
        f"first scan, median of {rounds}: {ratio:.2f} of baseline ({target}; "
        f"all: {', '.join(f'{r:.2f}' for r, _, _ in pairs)}, worst "
        f"{max(r for r, _, _ in pairs):.2f}); worst peak RSS {rss:.0f} MB "
        f"({verdict(rss <= 120)} <= 120 MB), whole tree {tree_rss:.0f} MB RSS / "
        f"{tree_pss:.0f} MB PSS ({verdict(tree_rss <= 120)} <= 120 MB)"
    )
    base = pairs[-1][2]
    imap_layer(login, env, base)
    relay = CountingRelay(server.plain_port)
    idle = [*once, str(config(root, user, me, relay.port, name=f"-first{rounds}"))]
    for attempt in (1, 2):
        idle_once(server, user, idle, env, relay, attempt)


def imap_layer(login: list[str], env: dict[str, str], base: Figures) -> None:
    layer = measured([sys.executable, "-c", IMAP_LAYER, *login], env)
    polled, header_bytes, poll_s, wanted, body_bytes, fetch_s = layer.output.split()
    ratio = (float(poll_s) + float(fetch_s)) / base.seconds
    print(
        f"IMAP layer: header poll of {polled} messages ({int(header_bytes) / 2**20:.1f} MB) "
        f"{poll_s}s; fetch of {wanted} non-list messages ({int(body_bytes) / 2**20:.1f} MB) "
        f"{fetch_s}s; {ratio:.2f} of baseline; peak RSS {layer.max_rss_kb / 1024:.0f} MB"
    )


def first_once(once: list[str], env: dict[str, str], server: DovecotServer, user: str) -> Figures:
    """One first scan; its output becomes a summary with the bytes the server sent."""
    sessions = len(server.logouts(user))
    first = measured(once, env)
    report = json.loads(first.output)
    sent = sum(out for _, out in server.wait_for_logouts(sessions + 1, user)[sessions:])
    first.output = (
        f"messages_seen {report['messages_seen']}, drafts {report['drafts_made']}, "
        f"missed {report['missed']}, signals {report['signals_by_kind']}; "
        f"{sent / 2**20:.1f} MB from the server"
    )
    return first


def idle_once(
    server: DovecotServer,
    user: str,
    once: list[str],
    env: dict[str, str],
    relay: CountingRelay,
    attempt: int,
) -> None:
    sessions = len(server.logouts(user))
    relay.from_server = 0
    idle = measured(once, env)
    logged = server.wait_for_logouts(sessions + 1, user)[sessions:]
    print(
        f"idle once #{attempt}: {idle.seconds:.2f}s, peak RSS {idle.max_rss_kb / 1024:.0f} MB, "
        f"server sent {sum(out for _, out in logged)} bytes after login (Dovecot log, "
        f"{len(logged)} session), {relay.from_server} bytes in all (relay; "
        f"{verdict(relay.from_server < 8192)} < 8 KB)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[10_000, 1_000])
    parser.add_argument("--rounds", type=int, default=3, help="baseline/first-scan pairs")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    reason = dovecot_missing_reason()
    if reason:
        print(f"imap_bench: {reason}", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="followupd-imap-bench-"))
    root.chmod(0o755)  # dovecot's users must traverse it
    users = tuple(f"bench{n}" for n in range(len(args.messages)))
    server = DovecotServer(root / "dovecot", users=users)
    try:
        server.start()
        version = subprocess.run(
            [DOVECOT, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        print(f"dovecot {version}")
        for user, count in zip(users, args.messages, strict=True):
            bench_size(server, root, user, count, args.rounds)
    finally:
        server.stop()
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
