"""A desktop notification when the day's INBOX note was left: where `notify-send` exists (a
desktop session's libnotify), and only then. It says what the note's subject says; a failure
(no session bus under systemd, no display) is logged at DEBUG and never stops a cycle.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followupd.engine import InboxNote

log = logging.getLogger("followupd.notify")
TIMEOUT_SECONDS = 5
PROGRAM = "notify-send"


def notify_desktop(note: InboxNote) -> bool:
    """Show the note's subject on the desktop; True when notify-send ran and succeeded."""
    program = shutil.which(PROGRAM)
    if program is None:
        return False
    summary = "Job search: " + note.subject.removeprefix("followupd: ")
    body = "Waiting in Drafts: review, edit and send them from your mail client."
    try:
        done = subprocess.run(
            [program, "--app-name=followupd", summary, body],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.debug("no desktop notification: %s", error)
        return False
    if done.returncode != 0:
        log.debug("no desktop notification: %s exited %d", PROGRAM, done.returncode)
    return done.returncode == 0
