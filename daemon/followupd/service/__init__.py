"""The service: `followupd run` and `once` around the engine.

The scheduler (polls, due-moment wake-ups, back-off), systemd's notify protocol and watchdog,
the progress line of a long first scan, opening each account's mailbox with its secret, and a
desktop notification when the day's INBOX note was left.
The only part that reads the wall clock.

May import: engine, config, store, backends, model, errors, logs. Never: the commands.
"""

from followupd.service.daemon import Service, now
from followupd.service.mailboxes import open_mailbox, run_account_cycle, worst_exit_code
from followupd.service.progress import ScanProgress, TerminalLine

__all__ = [
    "ScanProgress",
    "Service",
    "TerminalLine",
    "now",
    "open_mailbox",
    "run_account_cycle",
    "worst_exit_code",
]
