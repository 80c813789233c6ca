"""What every test under tests/ shares: the labelled corpus (../shared/corpus) is required in CI.

Tests marked `corpus` skip where ../shared is absent, on a laptop; under CI (`CI` set) such a
skip is turned into a failure, so that a CI run without the corpus cannot pass with the corpus
tests and its timelines silently left out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.skipped and os.environ.get("CI") and item.get_closest_marker("corpus"):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"{item.nodeid}: ../shared/corpus is required under CI ({reason})"
