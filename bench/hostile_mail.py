"""The red team's worst messages: the time and peak memory of reading each one.

    .venv/bin/python bench/hostile_mail.py [--keep DIR]

Cases (issue 12): a message of many small text/plain parts totalling 39 MB; one with a million
header lines; one addressed to 300,000 people; one whose calendar part holds 100,000 VEVENTs.
Each is written to a file, then read in a fresh process of its own as a pull reads a fetched
message (engine.reading: its header block parsed, then the whole message parsed and
classified): the wall time of that, and the process's peak RSS (VmHWM: the interpreter,
followupd's imports and the message's own bytes included; both are printed beside it).
Targets: each under 2 s and 150 MB peak.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SECONDS_TARGET = 2.0
MEGABYTES_TARGET = 150
HEAD = (
    "From: Dana Lee <dana@acme.example>\r\nTo: alice@example.com\r\n"
    "Subject: Your interview on Tuesday\r\nDate: Mon, 04 May 2026 10:00:00 +0000\r\n"
    "Message-ID: <hostile-{name}@acme.example>\r\nMIME-Version: 1.0\r\n"
)
SENTENCE = "We would like to invite you to interview for the analyst role on Tuesday at 2pm. "

READ = r"""
import json, sys, time
from followupd.backends import HeaderBlock
from followupd.engine.reading import read_head, read_message
from followupd.model import FolderRole
from followupd.understand import NO_CONTEXT, prepare_classifier

def high_water_kb():  # this process image's own peak (ru_maxrss would keep the parent's)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

prepare_classifier()
imported = high_water_kb()
data = open(sys.argv[1], "rb").read()
before = high_water_kb()
started = time.perf_counter()
end = data.find(b"\r\n\r\n")
block = HeaderBlock(FolderRole.INBOX, "1", data[: min(end + 4, 256 * 1024)], len(data))
head = read_head(block)
signal = read_message((head, data, NO_CONTEXT), frozenset({"alice@example.com"}))
seconds = time.perf_counter() - started
peak = high_water_kb()
kind = getattr(signal, "kind", None)
print(json.dumps({"seconds": seconds, "imported_kb": imported, "before_kb": before,
                  "peak_kb": peak, "result": str(kind.value if kind else signal)}))
"""


def many_small_parts() -> bytes:
    """300 text/plain parts of 130 KB each (the parser reads at most 300 parts): 39 MB of
    short lines, with a character outside Latin-1 in each part (Python then stores the joined
    text at 4 bytes a character)."""
    part = "Gr\U0001f600ße. " + SENTENCE * 1600  # about 130 KB
    lines = [HEAD.format(name="parts"), 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n']
    for _ in range(300):
        lines.append("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
        lines.append("\r\n".join(part[i : i + 24] for i in range(0, len(part), 24)) + "\r\n")
    lines.append("--b--\r\n")
    return "".join(lines).encode()


def million_headers() -> bytes:
    filler = "".join(f"X-Filler-{n}: value {n}\r\n" for n in range(1_000_000))
    return (HEAD.format(name="headers") + filler + "\r\n" + SENTENCE + "\r\n").encode()


def many_addresses() -> bytes:
    people = ", ".join(f"Person {n} <p{n}@crowd.example>" for n in range(300_000))
    head = HEAD.format(name="addresses").replace("To: alice@example.com", f"To: {people}")
    return (head + "Cc: " + people + "\r\n\r\n" + SENTENCE + "\r\n").encode()


def many_vevents() -> bytes:
    event = (
        "BEGIN:VEVENT\r\nUID:{n}@acme.example\r\nDTSTART:20260505T140000Z\r\n"
        "DTEND:20260505T150000Z\r\nSUMMARY:Interview {n}\r\n"
        "ATTENDEE;CN=Dana Lee:mailto:dana@acme.example\r\nEND:VEVENT\r\n"
    )
    calendar = "".join(event.format(n=n) for n in range(100_000))
    return (
        HEAD.format(name="vevents")
        + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + "Content-Type: text/plain\r\n\r\n"
        + SENTENCE
        + "\r\n--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n"
        + "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n"
        + calendar
        + "END:VCALENDAR\r\n--b--\r\n"
    ).encode()


CASES: dict[str, Callable[[], bytes]] = {
    "many small text/plain parts": many_small_parts,
    "1 million headers": million_headers,
    "300,000 addresses": many_addresses,
    "100,000 VEVENTs": many_vevents,
}


def measure(path: Path) -> dict[str, float | str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "daemon")}
    done = subprocess.run(
        [sys.executable, "-c", READ, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    found: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="write the messages into this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="followupd-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    worst = True
    for name, build in CASES.items():
        path = folder / (name.replace(" ", "-").replace(",", "").replace("/", "-") + ".eml")
        data = build()
        path.write_bytes(data)
        del data
        figures = measure(path)
        seconds, peak = float(figures["seconds"]), float(figures["peak_kb"]) / 1024
        ok = seconds < SECONDS_TARGET and peak < MEGABYTES_TARGET
        worst = worst and ok
        print(
            f"{name:<28} {path.stat().st_size / 1e6:6.1f} MB: {seconds:5.2f} s, peak RSS "
            f"{peak:4.0f} MB ({float(figures['imported_kb']) / 1024:.0f} MB with followupd loaded, "
            f"{float(figures['before_kb']) / 1024:.0f} MB once the message was read in), "
            f"read as {figures['result']}  {'ok' if ok else 'OVER TARGET'}"
        )
        if not args.keep:
            path.unlink()
    if not args.keep:
        folder.rmdir()
    print(f"targets: under {SECONDS_TARGET:.0f} s and {MEGABYTES_TARGET} MB peak each")
    return 0 if worst else 1


if __name__ == "__main__":
    raise SystemExit(main())
