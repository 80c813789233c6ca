"""Idle figures for imap_bench.py: what a `once` with nothing new costs after 5 and after 500
drafts, how soon IDLE turns an arriving message into a draft, and what an idle account moves
while `followupd run` watches it.

- Idle `once`: a mailbox of 1,000 generated messages plus interviews just over (5 drafts / 3
  processes, or 500 drafts / 300 processes), scanned and drafted by a first `once`; then
  `once` twice more, nothing new: wall time of the whole command, the bytes the server sent
  after login (Dovecot's log) and in all (a counting relay).
- IDLE latency: `run` (poll_interval 1h) on the 500-draft account; a rejection is APPENDed to
  INBOX and the time until its reply draft is in Drafts is taken, five times.
- Idle account: `run` through a relay that logs what the server sends, poll_interval 10s,
  idle_renew 30s and the full look every 60s (instead of 5m, 9m and 1h), for two minutes;
  the bytes of one IDLE renewal, one full look and one paced poll are scaled to 29 minutes of
  the defaults. Dovecot's own keep-alives ("* OK Still here", every 2 minutes) are left out,
  as the target asks. Measured with NOTIFY (Dovecot offers it) and without (as on Gmail or
  Outlook, which have IDLE but no NOTIFY).
"""

from __future__ import annotations

import imaplib
import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from dovecot_server import PASSWORD, DovecotServer

from generated_mailbox import interviews, messages, rejection
from measuring import CountingRelay, measured, verdict

# `run` with shorter intervals than the defaults, and optionally without NOTIFY.
FAST_RUN = """
import sys
from datetime import timedelta
from followupd.backends.imap import idle
from followupd.service import watchers
watchers.FULL_LOOK_EVERY = timedelta(seconds=60)
if sys.argv[1] == "no-notify":
    idle.ImapInboxWatch._notify = lambda self, box: frozenset()
from followupd.cli import main
sys.exit(main(sys.argv[2:]))
"""
DEFAULT_POLL, DEFAULT_RENEW, DEFAULT_FULL_LOOK = 300.0, 540.0, 3600.0
WINDOW = 29 * 60.0


def config(root: Path, user: str, port: int, name: str, daemon: str = "") -> Path:
    path = root / f"{name}.toml"
    path.write_text(
        f'[me]\nname = "Bench User"\naddresses = ["{user}@example.org"]\ntimezone = "UTC"\n'
        f'holidays = ""\n\n[[accounts]]\nname = "bench"\nbackend = "imap"\nhost = "127.0.0.1"\n'
        f'port = {port}\nsecurity = "plain"\nusername = "{user}"\n'
        f'password_env = "BENCH_PASSWORD"\nlookback_days = 90\n\n'
        f'[daemon]\nstate_path = "{root / user}.db"\n{daemon}'
    )
    return path


def write_busy(server: DovecotServer, user: str, drafts: int, processes: int) -> None:
    """1,000 generated messages and `processes` interviews just over (`drafts` thank-yous)."""
    now = datetime.now(UTC)
    me = f"{user}@example.org"
    cur = server.maildir(user) / "cur"
    cur.mkdir(parents=True, exist_ok=True)
    every = [*messages(1000, me, now=now), *interviews(processes, drafts, me, now)]
    for n, message in enumerate(every):
        folder = cur if message.folder == "INBOX" else server.maildir(user) / ".Sent" / "cur"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{int(message.when.timestamp())}.M{n}.busy:2,S").write_bytes(message.data)
    server.own_mail()
    server.index(user)


def idle_once_cost(
    server: DovecotServer, root: Path, env: dict[str, str], drafts: int, processes: int
) -> None:
    user = f"idle{drafts}"
    write_busy(server, user, drafts, processes)
    once = [sys.executable, "-m", "followupd", "once", "--json", "--config"]
    direct = config(root, user, server.plain_port, f"{user}-direct")
    first = json.loads(measured([*once, str(direct)], env).output)
    counts = f"{first['drafts_made']} drafts made, {first['missed']} missed"
    processes_known = _processes(direct, env)
    measured([*once, str(direct)], env)  # settles: nothing new
    relay = CountingRelay(server.plain_port)
    relayed = config(root, user, relay.port, f"{user}-relay")
    for attempt in (1, 2):
        sessions = len(server.logouts(user))
        relay.from_server = 0
        run = measured([*once, str(relayed)], env)
        after_login = sum(out for _, out in server.wait_for_logouts(sessions + 1, user)[sessions:])
        print(
            f"idle once after {counts} ({processes_known} processes) #{attempt}: "
            f"{run.seconds:.2f}s ({verdict(run.seconds < 0.5)} < 0.5 s; cpu {run.cpu_seconds:.2f}s)"
            f", server sent {after_login} bytes after login ({verdict(after_login < 2048)} "
            f"< 2 KB), {relay.from_server} in all"
        )


def _processes(config_path: Path, env: dict[str, str]) -> int:
    done = subprocess.run(
        [sys.executable, "-m", "followupd", "status", "--json", "--config", str(config_path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return len(json.loads(done.stdout)["processes"])


def idle_latency(server: DovecotServer, root: Path, env: dict[str, str], user: str) -> None:
    """Arrival to draft with `run` holding IDLE (poll_interval 1h: only IDLE can tell)."""
    path = config(root, user, server.plain_port, f"{user}-run", 'poll_interval = "1h"\n')
    daemon = subprocess.Popen(
        [sys.executable, "-m", "followupd", "run", "--config", str(path)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    latencies: list[float] = []
    try:
        _wait_for_mode(root / f"{user}.db-daemon.json", "idle")
        time.sleep(2)
        for n in range(5):
            before = _drafts(server, user)
            _append(server, user, rejection(n, f"{user}@example.org", datetime.now(UTC)))
            started = time.monotonic()
            while _drafts(server, user) == before and time.monotonic() - started < 60:
                time.sleep(0.05)
            latencies.append(time.monotonic() - started)
            time.sleep(1)
    finally:
        daemon.terminate()
        daemon.wait(60)
    worst = max(latencies)
    print(
        f"IDLE: arrival to draft saved {statistics.median(latencies):.2f}s median, "
        f"{worst:.2f}s worst of {len(latencies)} ({verdict(worst <= 5)} <= 5 s)"
    )


def _wait_for_mode(path: Path, mode: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            accounts = json.loads(path.read_text())["accounts"]
            if accounts.get("bench", {}).get("mode") == mode:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the daemon never reached {mode!r}")


def _client(server: DovecotServer, user: str) -> imaplib.IMAP4:
    client = imaplib.IMAP4("127.0.0.1", server.plain_port)
    client.login(user, PASSWORD)
    return client


def _append(server: DovecotServer, user: str, data: bytes) -> None:
    client = _client(server, user)
    client.append("INBOX", None, None, data)
    client.logout()


def _drafts(server: DovecotServer, user: str) -> int:
    client = _client(server, user)
    typ, data = client.status("Drafts", "(MESSAGES)")
    client.logout()
    return int(data[0].split(b"MESSAGES ")[1].split(b")")[0]) if typ == "OK" else 0


def idle_account_bytes(server: DovecotServer, root: Path, env: dict[str, str], user: str) -> None:
    """Bytes an idle account moves, scaled from a fast run to 29 minutes of the defaults."""
    for variant in ("notify", "no-notify"):
        relay = CountingRelay(server.plain_port)
        relay.logging = True
        daemon_settings = 'poll_interval = "10s"\nidle_renew = "30s"\n'
        path = config(root, user, relay.port, f"{user}-{variant}", daemon_settings)
        started = time.monotonic()
        daemon = subprocess.Popen(
            [sys.executable, "-c", FAST_RUN, variant, "run", "--config", str(path)],
            env=env,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(140)
        daemon.terminate()
        daemon.wait(60)
        _report_idle_bytes(variant, [(t - started, c, line) for t, c, line in relay.lines])


def _report_idle_bytes(variant: str, lines: list[tuple[float, int, bytes]]) -> None:
    settled = [item for item in lines if 15 < item[0] < 138]  # after start-up, before the end
    idle_connection = next(c for _, c, line in lines if line.startswith(b"+ idling"))
    renewals = sum(b"OK Idle completed" in line for _, c, line in settled if c == idle_connection)
    idle_bytes = sum(
        len(line)
        for _, c, line in settled
        if c == idle_connection and not line.startswith(b"* OK Still here")
    )
    cycle = [(t, line) for t, c, line in settled if c != idle_connection]
    full_looks = sum(line.startswith(b"* STATUS INBOX") for _, line in cycle)
    look_bytes = _bytes_per_look(cycle)
    paced_polls = max(int((138 - 15) / 10) - full_looks, 1)
    paced_bytes = (sum(len(line) for _, line in cycle) - full_looks * look_bytes) / paced_polls
    per_renewal = idle_bytes / max(renewals, 1)
    per_window = (
        WINDOW / DEFAULT_RENEW * per_renewal
        + WINDOW / DEFAULT_FULL_LOOK * look_bytes
        + (WINDOW / DEFAULT_POLL - WINDOW / DEFAULT_FULL_LOOK) * max(paced_bytes, 0)
    )
    print(
        f"idle account ({'NOTIFY' if variant == 'notify' else 'IDLE without NOTIFY'}): "
        f"{per_renewal:.0f} bytes per IDLE renewal, {look_bytes:.0f} per full look, "
        f"{max(paced_bytes, 0):.0f} per paced poll -> {per_window:.0f} bytes per 29 minutes of "
        f"the defaults beyond Dovecot's keep-alives ({verdict(per_window < 1024)} < 1 KB)"
    )


def _bytes_per_look(cycle: list[tuple[float, bytes]]) -> float:
    """The bytes of the cycle connection within a second of each full look's INBOX STATUS."""
    starts = [t for t, line in cycle if line.startswith(b"* STATUS INBOX")]
    if not starts:
        return 0.0
    near = sum(len(line) for t, line in cycle if any(0 <= t - s < 1 for s in starts))
    return near / len(starts)
