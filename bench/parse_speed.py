"""Parsing speed: typical messages per second, and one 10 MB message with a large attachment.

Run: PYTHONPATH=daemon .venv/bin/python bench/parse_speed.py [--seconds N]
Typical messages are the corpus's (../shared/corpus/messages) when present, else this
project's own parse fixtures. Targets: well above 1,000 msg/s; the 10 MB message < 1 s.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import time
from pathlib import Path

from followupd.mail.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus" / "messages"
FIXTURES = ROOT / "tests" / "fixtures" / "parse"


def typical_messages() -> tuple[str, list[bytes]]:
    folder = CORPUS if CORPUS.is_dir() else FIXTURES
    messages = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    return str(folder.resolve()), messages


def rate(messages: list[bytes], seconds: float) -> tuple[int, float, float]:
    """(messages parsed, wall seconds, CPU seconds): CPU time is steadier on a busy machine."""
    done = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        for data in messages:
            parse_message(data)
        done += len(messages)
    return done, time.perf_counter() - started, time.process_time() - cpu_started


def big_message(size: int) -> bytes:
    noise = random.Random(7).randbytes(size * 3 // 4)
    attachment = base64.encodebytes(noise).replace(b"\n", b"\r\n")
    head = (
        b"From: Big Sender <big@example.com>\r\nTo: you@example.org\r\n"
        b"Subject: Portfolio review materials\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\n"
        b"Message-ID: <big-1@example.com>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="BIG"\r\n\r\n'
        b"--BIG\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hi, the interview is on Friday at 10:00; materials attached.\r\n"
        b'--BIG\r\nContent-Type: application/pdf; name="portfolio.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="portfolio.pdf"\r\n\r\n'
    )
    return head + attachment + b"\r\n--BIG--\r\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()

    folder, messages = typical_messages()
    total_bytes = sum(len(m) for m in messages)
    print(f"typical messages: {len(messages)} from {folder}, mean {total_bytes // len(messages)} B")
    for data in messages:  # first use imports zone tables and the like
        parse_message(data)
    done, elapsed, cpu = rate(messages, args.seconds)
    print(
        f"typical: {done} messages in {elapsed:.2f} s wall = {done / elapsed:,.0f} msg/s;"
        f" {cpu:.2f} s CPU = {done / cpu:,.0f} msg/s per core"
    )

    headers = [m[: m.find(b"\r\n\r\n") + 4] if b"\r\n\r\n" in m else m for m in messages]
    done, elapsed, cpu = rate(headers, args.seconds / 2)
    print(f"header blocks only (triage): {done / cpu:,.0f} msg/s per core")

    data = big_message(10_000_000)
    timings = []
    for _ in range(3):
        started = time.process_time()
        mail = parse_message(data)
        timings.append(time.process_time() - started)
    print(
        f"large: {len(data) / 1e6:.1f} MB message, attachment {mail.attachments}, "
        f"CPU best {min(timings):.3f} s, worst {max(timings):.3f} s (target < 1 s)"
    )
    ok = done / cpu > 1000 and max(timings) < 1.0
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
