"""IMAP figures against a throwaway Dovecot: the first scan at 1,000 / 10,000 / 100,000
messages, the idle cost after 5 and after 500 drafts, and IDLE.

    sudo .venv/bin/python bench/imap_bench.py [--messages 1000 10000 100000] [--rounds 3]
                                              [--no-idle] [--keep]

For each size it writes a mailbox straight into Dovecot's Maildir (generated_mailbox.py:
about 45 KB a message on average: newsletters, personal mail, some big attachments, 1 %
recruiting; up to 10,000 messages over 150 days with a 90-day look-back, as this bench always
had, so its drafts can be compared with earlier runs; 100,000 over 1,500 days with a 900-day
look-back, the same share of the mailbox in reach), lets Dovecot index it, then measures,
each in its own subprocess and each after Dovecot's cache files are deleted (a server never
asked for those fields or structures):
- up to 10,000 messages, `--rounds` pairs (which goes first alternates): imap-tools fetching
  every INBOX and Sent message whole (BODY.PEEK[], bulk 50), and the first `followupd once`
  from an empty state database. Each pair gives a ratio of wall times; the median is the
  figure, the worst printed beside it (this machine's speed drifts by tens of percent within
  minutes; a pair run back to back shares the drift). CPU time (user + system, helpers
  included) is printed beside wall time;
- at 100,000 messages, one first `once`: its time per message seen and its peak memory are
  compared with the 10,000-message figures of the same run.
Bytes: what the server sent in the first scan's sessions (Dovecot's log, `imap_logout_format
= in=%i out=%o`), against the mailbox's size. Memory: the peak RSS of the process (wait4),
and the peaks of the whole process tree (followupd forks helpers to read a large scan),
sampled from /proc every 20 ms: summed RSS and summed PSS (shared pages shared out).
Then imap_idle.py: an idle `once` after 5 and after 500 drafts, IDLE's arrival-to-draft
time, and what an idle account moves in 29 minutes.
Targets: at 10,000 messages bytes <= 10 % of the mailbox, wall time <= 0.15 of the baseline,
tree PSS <= 100 MB; at 100,000 peak RSS and time per message within 20 % of the 10,000
figures; idle `once` < 2 KB after login and < 0.5 s; IDLE <= 5 s; idle account < 1 KB per 29
minutes. Needs root and Debian's dovecot-imapd, like the integration tests.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "integration"))
sys.path.insert(0, str(REPO / "bench"))
from dovecot_server import DOVECOT, PASSWORD, DovecotServer, dovecot_missing_reason  # noqa: E402

from generated_mailbox import messages  # noqa: E402
from imap_idle import idle_account_bytes, idle_latency, idle_once_cost  # noqa: E402
from measuring import Figures, bench_environment, measured, verdict  # noqa: E402

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
BASELINE_UP_TO = 10_000  # larger mailboxes are compared with the 10,000-message figures


@dataclass
class Scan:
    """A first scan's figures: the run, messages seen, bytes the server sent."""

    run: Figures
    seen: int
    sent: int
    summary: str

    @property
    def per_message(self) -> float:
        return self.run.seconds / max(self.seen, 1)


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


def config(root: Path, user: str, port: int, name: str, lookback: int) -> Path:
    path = root / f"{user}{name}.toml"
    path.write_text(
        f'[me]\nname = "Bench User"\naddresses = ["{user}@example.org"]\ntimezone = "UTC"\n'
        f'holidays = ""\n\n[[accounts]]\nname = "bench"\nbackend = "imap"\nhost = "127.0.0.1"\n'
        f'port = {port}\nsecurity = "plain"\nusername = "{user}"\n'
        f'password_env = "BENCH_PASSWORD"\nlookback_days = {lookback}\n\n'
        f'[daemon]\nstate_path = "{root / user}{name}.db"\n'
    )
    return path


def first_scan(server: DovecotServer, user: str, command: list[str], env: dict[str, str]) -> Scan:
    """One first scan from an empty state, after Dovecot's caches are dropped."""
    server.drop_caches(user)
    sessions = len(server.logouts(user))
    run = measured(command, env)
    report = json.loads(run.output)
    server.wait_for_logouts(sessions + 1, user)
    time.sleep(0.5)  # a long scan reads ahead on a second connection: its line comes too
    sent = sum(out for _, out in server.logouts(user)[sessions:])
    summary = (
        f"{report['messages_seen']} seen, drafts {report['drafts_made']}, missed "
        f"{report['missed']}, signals {report['signals_by_kind']}"
    )
    return Scan(run, report["messages_seen"], sent, summary)


def baseline(server: DovecotServer, user: str, env: dict[str, str]) -> Figures:
    server.drop_caches(user)
    return measured([sys.executable, "-c", BASELINE, str(server.plain_port), user, PASSWORD], env)


def describe(scan: Scan, total: int) -> str:
    run = scan.run
    return (
        f"first once {run.seconds:.2f}s (cpu {run.cpu_seconds:.2f}s with its helpers; RSS "
        f"{run.max_rss_kb / 1024:.0f} MB, tree {run.tree_rss_kb / 1024:.0f} MB RSS / "
        f"{run.tree_pss_kb / 1024:.0f} MB PSS; {scan.sent / 2**20:.1f} MB from the server = "
        f"{scan.sent / total:.1%} of the mailbox; {scan.summary})"
    )


def bench_size(
    server: DovecotServer, root: Path, user: str, count: int, rounds: int
) -> tuple[Scan, int]:
    """The first scans of one size (the median one), and the mailbox's size in bytes."""
    big = count > BASELINE_UP_TO
    span, lookback = (count * 15 // 1000, 900) if big else (150, 90)
    started = time.perf_counter()
    total = write_mailbox(server, user, count, f"{user}@example.org", span_days=span)
    print(
        f"\n== {count} messages over {span} days (look-back {lookback}), "
        f"{total / count / 1024:.1f} KB average, {total / 2**20:.0f} MB (written and indexed "
        f"in {time.perf_counter() - started:.0f}s)"
    )
    env = bench_environment(PASSWORD)
    once = [sys.executable, "-m", "followupd", "once", "--json", "--config"]
    scans: list[tuple[float, Scan]] = []
    for attempt in range(1, (1 if big else rounds) + 1):
        command = [*once, str(config(root, user, server.plain_port, f"-{attempt}", lookback))]
        if big:
            scan = first_scan(server, user, command, env)
            print(f"{describe(scan, total)}; {scan.per_message * 1000:.2f} ms per message seen")
            scans.append((0.0, scan))
            continue
        order = ("baseline", "first") if attempt % 2 else ("first", "baseline")
        base = scan = None
        for which in order:
            if which == "baseline":
                base = baseline(server, user, env)
            else:
                scan = first_scan(server, user, command, env)
        assert base is not None and scan is not None
        ratio = scan.run.seconds / base.seconds
        print(
            f"pair #{attempt} ({order[0]} first): baseline {base.seconds:.2f}s (cpu "
            f"{base.cpu_seconds:.2f}s, RSS {base.max_rss_kb / 1024:.0f} MB, {base.output.strip()}"
            f" messages/bytes); {describe(scan, total)} = {ratio:.2f} of the baseline"
        )
        scans.append((ratio, scan))
    if not big:
        report_pairs(scans, total, count)
    scans.sort(key=lambda item: item[1].run.seconds)
    return scans[len(scans) // 2][1], total


def report_pairs(scans: list[tuple[float, Scan]], total: int, count: int) -> None:
    ratios = [ratio for ratio, _ in scans]
    median = statistics.median(ratios)
    pss = max(scan.run.tree_pss_kb for _, scan in scans) / 1024
    sent = max(scan.sent for _, scan in scans)
    targets = count >= BASELINE_UP_TO
    print(
        f"first scan, median of {len(scans)}: {median:.2f} of the baseline"
        + (f" ({verdict(median <= 0.15)} <= 0.15)" if targets else " (no target at this size)")
        + f"; all {', '.join(f'{r:.2f}' for r in ratios)}, worst {max(ratios):.2f}; most bytes "
        f"sent {sent / 2**20:.1f} MB = {sent / total:.1%}"
        + (f" ({verdict(sent <= total / 10)} <= 10 %)" if targets else "")
        + f"; worst tree PSS {pss:.0f} MB"
        + (f" ({verdict(pss <= 100)} <= 100 MB)" if targets else "")
    )


def compare_scale(small: Scan, large: Scan, small_count: int, large_count: int) -> None:
    rss = large.run.max_rss_kb / small.run.max_rss_kb
    pss = large.run.tree_pss_kb / max(small.run.tree_pss_kb, 1)
    per = large.per_message / small.per_message
    print(
        f"\n{large_count} vs {small_count} messages: peak RSS x{rss:.2f} "
        f"({verdict(rss <= 1.2)} within 20 %; tree PSS x{pss:.2f}); time per message seen "
        f"{large.per_message * 1000:.2f} vs {small.per_message * 1000:.2f} ms, x{per:.2f} "
        f"({verdict(per <= 1.2)} within 20 %)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3, help="baseline/first-scan pairs")
    parser.add_argument("--no-idle", action="store_true", help="skip the idle figures")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    reason = dovecot_missing_reason()
    if reason:
        print(f"imap_bench: {reason}", file=sys.stderr)
        return 1
    root = Path(tempfile.mkdtemp(prefix="followupd-imap-bench-"))
    root.chmod(0o755)  # dovecot's users must traverse it
    sizes = sorted(args.messages)
    users = (*(f"scan{count}" for count in sizes), "idle5", "idle500")
    server = DovecotServer(root / "dovecot", users=users)
    try:
        server.start()
        found = subprocess.run([DOVECOT, "--version"], check=False, capture_output=True, text=True)
        version = found.stdout
        print(f"dovecot {version.strip()}")
        scans = {
            count: bench_size(server, root, f"scan{count}", count, args.rounds)[0]
            for count in sizes
        }
        for count in sizes:
            if count > BASELINE_UP_TO and BASELINE_UP_TO in scans:
                compare_scale(scans[BASELINE_UP_TO], scans[count], BASELINE_UP_TO, count)
        if not args.no_idle:
            env = bench_environment(PASSWORD)
            print()
            idle_once_cost(server, root, env, drafts=5, processes=3)
            idle_once_cost(server, root, env, drafts=500, processes=300)
            idle_latency(server, root, env, "idle500")
            idle_account_bytes(server, root, env, "idle500")
    finally:
        server.stop()
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
