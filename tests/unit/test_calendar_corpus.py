"""Measured on the shared corpus: calendar times equal the labelled interview times.

For every labelled interview_scheduled / interview_rescheduled message that carries a calendar
part, the event's start and end must equal the label's interview_start / interview_end.
Skips when ../shared/corpus is absent. Run with -s to see the count.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from followupd.mail.parse import parse_message

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
TIMED_KINDS = {"interview_scheduled", "interview_rescheduled"}

pytestmark = pytest.mark.corpus


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def test_calendar_times_match_corpus_labels() -> None:
    if not (CORPUS / "labels.json").is_file():
        pytest.skip("shared corpus not present")
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    compared, mismatches = 0, []
    for path in sorted((CORPUS / "messages").glob("*.eml")):
        label = labels.get(path.name)
        if label is None or label["kind"] not in TIMED_KINDS:
            continue
        events = parse_message(path.read_bytes()).events
        if not events:
            continue
        compared += 1
        event = events[0]
        expected = (_moment(label["interview_start"]), _moment(label["interview_end"]))
        if (event.start, event.end) != expected:
            mismatches.append(f"{path.name}: {event.start} - {event.end}, label {expected}")
    print(f"calendar times: {compared - len(mismatches)}/{compared} match the labels")
    assert compared > 0
    assert mismatches == []
