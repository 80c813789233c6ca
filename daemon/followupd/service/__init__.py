"""The service: `followupd run` and `once` around the engine.

The scheduler (polls, due-moment wake-ups, back-off), one IMAP IDLE watcher per account,
how each account is watched (a file `status` reads), systemd's notify protocol and watchdog,
the progress line of a long first scan, and opening each account's mailbox with its secret.
The only part that reads the wall clock.

May import: engine, config, store, backends, model, errors, logs. Never: the commands.
"""

from followupd.service.account_modes import read_modes
from followupd.service.daemon import Service, now
from followupd.service.mailboxes import open_mailbox, run_account_cycle, worst_exit_code
from followupd.service.progress import ScanProgress, TerminalLine

__all__ = [
    "ScanProgress",
    "Service",
    "TerminalLine",
    "now",
    "open_mailbox",
    "read_modes",
    "run_account_cycle",
    "worst_exit_code",
]
