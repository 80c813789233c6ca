"""How fast dates/mentions.py reads typical message texts (target: >= 5,000 texts/s).

    PYTHONPATH=daemon .venv/bin/python bench/dates_speed.py [--seconds 2]

Measures find_interview_times + find_decision_date per text (what classify calls) on
(1) message-sized texts: each tests/fixtures/dates sentence inside an ordinary recruiter email,
(2) the corpus messages' texts when ../shared/corpus is present.
Rates are per second of this process's CPU time (time.process_time), so other jobs on a shared
machine weigh less; the load average is printed for context.

If dateparser is importable, its search_dates is timed on the same texts for comparison. It is
not a dependency of followupd; to measure it, use a throwaway virtualenv:
    python -m venv /tmp/dp && /tmp/dp/bin/pip install dateparser
    PYTHONPATH=daemon:.venv/lib/python3.11/site-packages /tmp/dp/bin/python bench/dates_speed.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "daemon"))

from followupd.dates.mentions import BusinessCalendar, find_decision_date, find_interview_times  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "dates"
CORPUS = ROOT / ".." / "shared" / "corpus"
FILLER = (
    "Hi Alex,\n\nThank you for taking the time to speak with our team about the Senior Data "
    "Engineer role. Everyone enjoyed the conversation and we appreciated your questions about "
    "the platform roadmap, the on-call rotation and how we review designs.\n\n{sentence}\n\n"
    "If anything comes up in the meantime, feel free to reply to this email or call me at "
    "+1 (646) 555-0132. We are available 24/7 on Slack, too.\n\nBest regards,\nDana Whitfield\n"
    "Director of Data Engineering, Northwind Analytics\n"
)


def fixture_texts() -> list[tuple[str, datetime]]:
    texts = []
    for name in ("interview_times.json", "decision_dates.json"):
        for case in json.loads((FIXTURES / name).read_text("utf-8")):
            sent = datetime.fromisoformat(case["sent"])
            texts.append((FILLER.format(sentence=case["text"]), sent))
    return texts


def corpus_texts() -> list[tuple[str, datetime]]:
    if not (CORPUS / "messages").is_dir():
        return []
    from followupd.mail.parse import parse_message

    texts = []
    for path in sorted((CORPUS / "messages").glob("*.eml")):
        mail = parse_message(path.read_bytes())
        if mail.envelope.date is not None:
            texts.append((mail.text, mail.envelope.date))
    return texts


def rate(
    texts: list[tuple[str, datetime]], read: Callable[[str, datetime], object], seconds: float
) -> float:
    """Texts per second of this process's CPU time: other jobs on a shared box do not count."""
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for text, sent in texts:
            read(text, sent)
        done += len(texts)
    return done / (time.process_time() - start)


def _search_with_languages(text: str, sent: datetime) -> object:
    from dateparser.search import search_dates

    return search_dates(text, languages=["en", "de", "fr", "es"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    calendar = BusinessCalendar("US")

    def ours(text: str, sent: datetime) -> object:
        return find_interview_times(text, sent), find_decision_date(text, sent, calendar)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min): {load:.1f} on {os.cpu_count()} CPUs")
    print("worst cases:")
    worst_cases()
    random.seed(7)
    for label, texts in (
        ("fixture-based texts", fixture_texts()),
        ("corpus texts", corpus_texts()),
    ):
        if not texts:
            print(f"{label}: none found, skipped")
            continue
        random.shuffle(texts)
        size = sum(len(t) for t, _ in texts) // len(texts)
        print(f"{label}: {len(texts)} texts, mean {size} chars")
        print(f"  followupd.dates, both functions: {rate(texts, ours, args.seconds):,.0f} texts/s")
        times_only = rate(texts, find_interview_times, args.seconds)
        print(f"  dates/mentions.py, find_interview_times alone: {times_only:,.0f} texts/s")
        try:
            from dateparser.search import search_dates  # type: ignore[import-not-found]
        except ImportError:
            print("  dateparser: not installed, not measured")
            continue
        sample = texts[:20]
        plain = rate(sample, lambda t, s: search_dates(t), args.seconds)
        print(f"  dateparser.search_dates: {plain:,.1f} texts/s")
        with_languages = rate(sample, _search_with_languages, args.seconds)
        print(f"  dateparser.search_dates(languages=en,de,fr,es): {with_languages:,.1f} texts/s")


ADVERSARIAL = {
    "digits": "1 " * 50_000,
    "times": "Tuesday at 2pm, " * 6_000,
    "dated times": "Friday, March 20 at 3pm for 45 minutes. " * 2_400,
    "decisions": "We will decide by Friday. " * 4_000,
    "zones": "2pm (" * 20_000,
}


def worst_cases() -> None:
    """Mail is untrusted: ~100 kB texts built to be awkward must still take well under a second."""
    sent = datetime.fromisoformat("2026-03-17T10:00:00-04:00")
    for label, text in ADVERSARIAL.items():
        start = time.process_time()
        find_interview_times(text, sent)
        find_decision_date(text, sent)
        print(f"  {label} ({len(text):,} chars): {time.process_time() - start:.2f} s")


if __name__ == "__main__":
    main()
