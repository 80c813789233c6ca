"""How dates/mentions.py reads the labelled corpus (../shared/corpus): a measurement with a floor.

The corpus is for measuring, not for tuning: the rules were written against
tests/fixtures/dates; this only checks that they carry over to mail written by others.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from followupd.dates.mentions import find_decision_date, find_interview_times

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "labels.json").is_file(), reason="no ../shared/corpus"),
]


def _labelled() -> list[tuple[Any, dict[str, Any]]]:
    from followupd.mail.parse import parse_message

    labels = json.loads((CORPUS / "labels.json").read_text("utf-8"))
    mails = []
    for name, label in sorted(labels.items()):
        mail = parse_message((CORPUS / "messages" / name).read_bytes())
        if mail.envelope.date is not None:
            mails.append((mail, label))
    return mails


def _same(found: datetime | None, label: str | None) -> bool:
    return found is not None and label is not None and found == datetime.fromisoformat(label)


def test_interview_times_in_the_text_match_the_labels() -> None:
    timed = [(m, lab) for m, lab in _labelled() if lab["interview_start"]]
    starts = ends = with_end = 0
    for mail, label in timed:
        mentions = find_interview_times(mail.text, mail.envelope.date)
        first = mentions[0] if mentions else None
        starts += _same(first.start if first else None, label["interview_start"])
        if label["interview_end"]:
            with_end += 1
            ends += _same(first.end if first else None, label["interview_end"])
    print(f"interview start {starts}/{len(timed)}, end {ends}/{with_end}")
    assert starts >= 0.8 * len(timed)
    assert ends >= 0.8 * with_end


def test_decision_dates_match_the_labels() -> None:
    labelled = _labelled()
    holding = [(m, lab) for m, lab in labelled if lab["kind"] == "holding_reply"]
    right = sum(
        (found.day.isoformat() if found else None) == label["decision_by"]
        for mail, label in holding
        for found in [find_decision_date(mail.text, mail.envelope.date)]
    )
    stray = sum(
        find_decision_date(mail.text, mail.envelope.date) is not None
        for mail, label in labelled
        if label["decision_by"] is None and label["kind"] != "holding_reply"
    )
    print(f"decision_by right on {right}/{len(holding)} holding replies; {stray} stray dates")
    assert right >= 0.75 * len(holding)
    assert stray <= 0.1 * len(labelled)
