"""Logging set-up: one line per record on stderr, which journald collects under systemd.

Under journald ($JOURNAL_STREAM set) each line starts with a "<N>" syslog priority prefix,
which journald turns into the record's priority, and carries no timestamp (journald adds
one). What is logged is the caller's business, and the rule is: never message bodies or
secrets; subjects only at DEBUG.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

_SYSLOG_PRIORITY = {
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}
_NOISY_LIBRARIES = ("imap_tools", "exchangelib", "keyring", "urllib3", "msal")


class JournalFormatter(logging.Formatter):
    """`<6>followupd.service: message`: the prefix sets the journal priority."""

    def format(self, record: logging.LogRecord) -> str:
        priority = _SYSLOG_PRIORITY.get(record.levelno, 6)
        text = super().format(record).replace("\n", " | ")
        return f"<{priority}>{text}"


def under_journald(environ: dict[str, str] | None = None) -> bool:
    return bool((os.environ if environ is None else environ).get("JOURNAL_STREAM"))


def setup_logging(
    level: str = "INFO", *, verbose: bool = False, stream: TextIO | None = None
) -> None:
    """Configure the root logger once; `verbose` forces DEBUG for followupd's own loggers."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if under_journald():
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
        )
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "followupd", False)]:
        root.removeHandler(old)  # ours from an earlier call; others' handlers stay
    handler.followupd = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("followupd").setLevel("DEBUG" if verbose else level.upper())
    for name in _NOISY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
    # "maximum number of running instances reached" is expected during a long first scan
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
