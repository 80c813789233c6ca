"""The service: `followupd run` and `once` around the engine.

The scheduler (polls, due-moment wake-ups, back-off), one IMAP IDLE watcher per account,
how each account is watched (a file `status` reads), systemd's notify protocol and watchdog,
the progress line of a long first scan, opening each account's mailbox with its secret, the
lock that lets one followupd at a time work on a state file (state_lock.py), and a desktop
notification when the day's INBOX note was left.
The only part that reads the wall clock.

May import: engine, config, store, backends, model, errors, logs. Never: the commands.
"""

from followupd.service.account_modes import read_modes
from followupd.service.daemon import Service, now
from followupd.service.mailboxes import open_mailbox, run_account_cycle, worst_exit_code
from followupd.service.progress import ScanProgress, TerminalLine
from followupd.service.state_lock import StateBusy, state_lock

__all__ = [
    "ScanProgress",
    "Service",
    "StateBusy",
    "TerminalLine",
    "now",
    "open_mailbox",
    "read_modes",
    "run_account_cycle",
    "state_lock",
    "worst_exit_code",
]
