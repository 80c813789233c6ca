"""logs.setup_logging: journald priority prefixes, levels, quiet libraries."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from followupd.logs import setup_logging


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    yield
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])
    for name in ("followupd", "apscheduler", "imap_tools"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def test_under_journald_lines_carry_a_priority_prefix_and_no_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", "8:12345")
    stream = io.StringIO()
    setup_logging("INFO", stream=stream)
    logging.getLogger("followupd.service").info("running")
    logging.getLogger("followupd.service").warning("two\nlines")
    assert stream.getvalue().splitlines() == [
        "<6>followupd.service: running",
        "<4>followupd.service: two | lines",
    ]


def test_on_a_terminal_lines_carry_time_and_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    stream = io.StringIO()
    setup_logging("INFO", stream=stream)
    logging.getLogger("followupd.cycle").info("cycle done")
    assert stream.getvalue().endswith(" INFO followupd.cycle: cycle done\n")


def test_levels_verbose_and_library_noise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    stream = io.StringIO()
    setup_logging("WARNING", stream=stream)
    logging.getLogger("followupd.cycle").info("hidden")
    logging.getLogger("apscheduler.scheduler").warning("max instances reached")
    assert stream.getvalue() == ""
    setup_logging("WARNING", verbose=True, stream=stream)
    logging.getLogger("followupd.cycle").debug("subject: Interview")
    assert "subject: Interview" in stream.getvalue()
