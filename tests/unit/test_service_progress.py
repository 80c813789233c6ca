"""progress: a long first scan's line (done of total, rate, time left), quiet for short scans."""

from __future__ import annotations

import io

from followupd.service.progress import ScanProgress, TerminalLine, describe


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_describe_gives_count_rate_and_time_left() -> None:
    assert describe("personal", 1000, 5000, 10.0) == (
        "personal: scanned 1000 of 5000 messages, 100/s, about 40s left"
    )
    assert describe("personal", 100, 100_000, 10.0).endswith("about 2h46m left")
    assert describe("personal", 600, 6600, 10.0).endswith("about 1m40s left")
    assert describe("p", 0, 10, 0.0) == "p: scanned 0 of 10 messages"
    assert describe("p", 10, 10, 1.0) == "p: scanned 10 of 10 messages, 10/s"


def test_short_scans_stay_quiet_and_long_ones_are_throttled() -> None:
    clock = FakeClock()
    shown: list[str] = []
    progress = ScanProgress("acct", [shown.append], clock=clock, quiet_seconds=2, every=0.5)
    progress(10, 1000)
    clock.now += 1.0
    progress(20, 1000)
    assert shown == []
    clock.now += 1.5
    progress(50, 1000)
    clock.now += 0.1
    progress(60, 1000)  # within `every` of the last line
    clock.now += 0.5
    progress(70, 1000)
    assert shown == [
        "acct: scanned 50 of 1000 messages, 20/s, about 48s left",
        "acct: scanned 70 of 1000 messages, 23/s, about 41s left",
    ]
    progress(1000, 1000)  # the last call always shows
    assert shown[-1].startswith("acct: scanned 1000 of 1000")


def test_on_complete_runs_after_the_last_line_only() -> None:
    clock = FakeClock()
    ended: list[int] = []
    progress = ScanProgress(
        "a", [], clock=clock, quiet_seconds=0, every=0, on_complete=lambda: ended.append(1)
    )
    progress(5, 10)
    assert ended == []
    progress(10, 10)
    assert ended == [1]


def test_terminal_line_redraws_in_place_and_ends_with_a_newline() -> None:
    stream = io.StringIO()
    line = TerminalLine(stream)
    line("a")
    line("b")
    line.end()
    line.end()
    assert stream.getvalue() == "\r\x1b[2Ka\r\x1b[2Kb\n"
