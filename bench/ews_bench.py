"""EWS poll figures against the test EWS server: what an idle `followupd once` costs, by mailbox
size.

    .venv/bin/python bench/ews_bench.py [--messages 100 1000 10000] [--auth ntlm|basic]

For each size, a test EWS server (tests/integration/ews_server: HTTPS on 127.0.0.1, in this
process, its mailbox in memory) is seeded with that many messages: the tests' job search
(job_search_mailbox.py: a thank-you and a reply to a rejection are due), and imap_bench's mix
(newsletters, personal mail, some with attachments, 1 % recruiting; about 5 % in Sent Items,
the rest in the Inbox, over 150 days). Then the real command line runs in subprocesses, from
an empty state database: a first `followupd once --json`, then an idle one. Printed per size:
the first scan's time, messages seen and drafts, and its SOAP requests by operation; for the
idle once, its SOAP requests by operation, how many SyncFolderItems answers held a change, and
the bytes each way as the server counted them (HTTP after TLS: request and status lines,
headers, bodies, the sign-in's 401 round trips included) with the connections made. Expected
of an idle poll: one SyncFolderItems per synced folder (Inbox, Sent Items), none with a change,
no GetItem, and the same requests and about the same bytes at every size. ConvertId is the
server-version check exchangelib makes once per process; FindItem looks for the drafts made
so far in Drafts (a deleted draft is never made again). A figure, not a test: nothing here
fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "integration"))
sys.path.insert(0, str(REPO / "bench"))
from ews_server import EwsServer, running  # noqa: E402
from ews_server.soap import M  # noqa: E402
from job_search_mailbox import ME as PERSON  # noqa: E402
from job_search_mailbox import job_search  # noqa: E402

from imap_bench import newsletter, personal, recruiting  # noqa: E402

ME = PERSON[1]
SYNCED = ("inbox", "sentitems")


def seed(server: EwsServer, count: int) -> int:
    """`count` messages delivered over 150 days, the tests' job search among them (so that
    drafts are made); their total size in bytes."""
    rng = random.Random(count)
    now = datetime.now(UTC)
    total = 0
    for delivery in job_search(now).deliveries:
        folder = "inbox" if delivery.folder == "inbox" else "sentitems"
        server.deliver(delivery.mime, folder=folder, received=delivery.received)
        total += len(delivery.mime)
        count -= 1
    for n in range(count):
        when = now - timedelta(minutes=rng.randint(60, 150 * 24 * 60))
        roll = rng.random()
        if roll < 0.01:
            body = recruiting(rng, ME, when, n)
        elif roll < 0.55:
            body = newsletter(rng, ME, when, n)
        else:
            body = personal(rng, ME, when, n, attach=roll >= 0.95)
        folder = "sentitems" if 0.9 < roll < 0.95 else "inbox"
        data = body.replace("\n", "\r\n").encode()
        server.deliver(data, folder=folder, received=when)
        total += len(data)
    return total


def write_config(root: Path, server: EwsServer, auth: str) -> Path:
    path = root / "config.toml"
    username = server.login.replace("\\", "\\\\")
    path.write_text(
        f'[me]\nname = "Bench User"\naddresses = ["{ME}"]\ntimezone = "UTC"\nholidays = ""\n\n'
        f'[[accounts]]\nname = "bench"\nbackend = "ews"\news_url = "{server.url}"\n'
        f'username = "{username}"\naddress = "{ME}"\nauth = "{auth}"\n'
        f'ca_file = "{server.ca_file}"\npassword_env = "BENCH_PASSWORD"\nlookback_days = 90\n\n'
        f'[daemon]\nstate_path = "{root / "state.db"}"\n'
    )
    return path


def environment(server: EwsServer) -> dict[str, str]:
    """followupd from this checkout, compiled once beforehand as an installed package is."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["BENCH_PASSWORD"] = server.password
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO / "daemon"), env.get("PYTHONPATH")) if p
    )
    return env


def once(config: Path, env: dict[str, str]) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "followupd", "once", "--json", "--config", str(config)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"followupd once failed ({done.returncode}): {done.stderr}")
    return seconds, json.loads(done.stdout)


def by_operation(server: EwsServer) -> str:
    counts = Counter(server.operations())
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items())) or "none"


def soap_bytes(server: EwsServer) -> str:
    """Bytes of the SOAP bodies sent / received, by operation."""
    sizes: dict[str, list[int]] = {}
    for exchange in server.exchanges:
        sent, received = sizes.setdefault(exchange.operation, [0, 0])
        sizes[exchange.operation] = [
            sent + len(exchange.request),
            received + len(exchange.response),
        ]
    return ", ".join(
        f"{name} {sent}/{received}" for name, (sent, received) in sorted(sizes.items())
    )


def changes_reported(server: EwsServer) -> int:
    """SyncFolderItems answers that held a change."""
    found = 0
    for exchange in server.exchanges:
        if exchange.operation == "SyncFolderItems":
            changes = ET.fromstring(exchange.response).find(f".//{{{M}}}Changes")
            found += changes is not None and len(changes) > 0
    return found


def bench_size(count: int, auth: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="followupd-ews-bench-") as folder:
        root = Path(folder)
        server_auth = {"oauth2": "bearer"}.get(auth, auth)
        with running(root, auth=server_auth, mailbox=ME) as server:
            started = time.perf_counter()
            total = seed(server, count)
            seeded = time.perf_counter() - started
            config, env = write_config(root, server, auth), environment(server)
            first_seconds, first = once(config, env)
            first_requests = by_operation(server)
            server.forget_requests()
            idle_seconds, idle = once(config, env)
            syncs = Counter(server.operations())["SyncFolderItems"]
            figures: dict[str, object] = {
                "messages": count,
                "megabytes": round(total / 2**20, 1),
                "first_seconds": round(first_seconds, 2),
                "first_seen": first["messages_seen"],
                "first_drafts": first["drafts_made"],
                "first_requests": first_requests,
                "idle_seconds": round(idle_seconds, 2),
                "idle_seen": idle["messages_seen"],
                "idle_requests": by_operation(server),
                "idle_syncs_per_folder": syncs / len(SYNCED),
                "idle_changes": changes_reported(server),
                "idle_bytes_to_server": server.traffic.received,
                "idle_bytes_from_server": server.traffic.sent,
                "idle_connections": server.traffic.connections,
                "idle_soap_bytes": soap_bytes(server),
            }
            assert not server.violations and not server.sends
    print(
        f"\n== {count} messages ({figures['megabytes']} MB, seeded in {seeded:.1f}s)\n"
        f"first once: {figures['first_seconds']}s, {figures['first_seen']} messages seen, "
        f"{figures['first_drafts']} drafts; requests: {figures['first_requests']}\n"
        f"idle once:  {figures['idle_seconds']}s, {figures['idle_seen']} messages seen; "
        f"requests: {figures['idle_requests']}; SyncFolderItems per folder "
        f"{figures['idle_syncs_per_folder']:g}, answers with a change: "
        f"{figures['idle_changes']}; {figures['idle_bytes_to_server']} bytes sent, "
        f"{figures['idle_bytes_from_server']} received, {figures['idle_connections']} "
        f"connection(s); of which SOAP bodies sent/received: {figures['idle_soap_bytes']} (the "
        "rest: HTTP headers and the sign-in)"
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="+", default=[100, 1_000, 10_000])
    parser.add_argument("--auth", choices=("ntlm", "basic"), default="ntlm")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "daemon")], check=True)
    print(f"test EWS server, auth {args.auth}; folders synced: {', '.join(SYNCED)}")
    results = [bench_size(count, args.auth) for count in args.messages]
    print("\nidle once by size (requests; bytes sent / received):")
    for found in results:
        print(
            f"  {found['messages']:>6}: {found['idle_requests']}; "
            f"{found['idle_bytes_to_server']} / {found['idle_bytes_from_server']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
