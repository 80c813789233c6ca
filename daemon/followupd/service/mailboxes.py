"""An account's settings -> its `Mailbox` (and for `run`, its IDLE watch), and one engine
cycle over it, logged.

Shared by `once`, `run` and `check-config`, so that every command opens accounts the same
way. `run` keeps each account's mailbox open across cycles (`MailboxPool`): a look at Sent and
Drafts every poll_interval then costs a STATUS or two, not a login. Logs one INFO line per
cycle and per draft: stage, process id and recipient address only (never bodies, subjects or
secrets); and when the cycle left the day's INBOX note, says so (and on the desktop, where
`notify-send` exists and `[notify] desktop` is on).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from followupd.backends import Mailbox
from followupd.closable import Closes
from followupd.config import oauth2_token_for, password_for
from followupd.errors import EXIT_CONFIG, EXIT_ERROR, EXIT_OK, EXIT_UNAVAILABLE, ConfigError
from followupd.model import AccountSettings, FolderRole, Settings
from followupd.service.watchers import InboxWatch
from followupd.store import Store

if TYPE_CHECKING:  # engine is imported when a cycle runs: it pulls in the whole core
    from followupd.engine import CycleReport, Templates

log = logging.getLogger("followupd.cycle")


class CycleRunner(Protocol):
    """What `run` calls for one account's cycle (run_account_cycle, or a test's fake)."""

    def __call__(
        self,
        account: AccountSettings,
        store: Store,
        settings: Settings,
        at: datetime,
        progress: Callable[[int, int], None],
        /,
        *,
        quiet: frozenset[FolderRole] = ...,
        templates: Templates | None = ...,
    ) -> CycleReport: ...


Progress = Callable[[int, int], None]


def open_mailbox(account: AccountSettings) -> Mailbox:
    """The Mailbox for an account; nothing is connected until it is used."""
    if account.backend == "maildir":
        from followupd.backends.local import LocalMailbox

        if account.path is None:
            raise ConfigError(f"accounts {account.name}: backend maildir needs `path`")
        return LocalMailbox(account.path, name=account.name)
    if account.backend == "imap":
        from followupd.backends.imap import ImapMailbox

        return ImapMailbox(account, credential_getter(account))
    if account.backend == "ews":
        from followupd.backends.ews import EwsMailbox, ews_endpoint

        endpoint = ews_endpoint(
            account,
            server=account.server,
            ews_url=account.ews_url,
            auth=account.auth,
            address=account.address,
        )
        return EwsMailbox(endpoint, credential_getter(account))
    raise ConfigError(f"accounts {account.name}: unknown backend {account.backend!r}")


def open_watch(account: AccountSettings, renew: float) -> InboxWatch | None:
    """The IDLE watch of an IMAP account's INBOX; None for a backend without push."""
    if account.backend != "imap":
        return None
    from followupd.backends.imap import ImapInboxWatch

    return ImapInboxWatch(account, credential_getter(account), renew, time.monotonic)


class MailboxPool(Closes):
    """Each account's mailbox, opened at its first cycle and kept open until an error (or
    `close`): a lost connection is reopened by the mailbox itself."""

    def __init__(self, opener: Callable[[AccountSettings], Mailbox] = open_mailbox) -> None:
        self._opener = opener
        self._open: dict[str, Mailbox] = {}

    def get(self, account: AccountSettings) -> Mailbox:
        if account.name not in self._open:
            self._open[account.name] = self._opener(account)
        return self._open[account.name]

    def drop(self, account: str) -> None:
        mailbox = self._open.pop(account, None)
        if mailbox is not None:
            mailbox.close()

    def close(self) -> None:
        for name in list(self._open):
            self.drop(name)


def credential_getter(account: AccountSettings) -> Callable[[], str]:
    """Looked up at each connection, so a rotated password or token is picked up."""
    if account.auth == "xoauth2" and account.provider:
        from followupd.config import OAuthSettings, shared_token_source
        from followupd.service.daemon import now

        return shared_token_source(OAuthSettings.from_account(account), now)
    if account.auth in ("xoauth2", "oauth2"):
        return lambda: oauth2_token_for(account)
    return lambda: password_for(account)


def run_account_cycle(
    account: AccountSettings,
    store: Store,
    settings: Settings,
    now: datetime,
    progress: Progress | None = None,
    *,
    quiet: frozenset[FolderRole] = frozenset(),
    mailbox_opener: Callable[[AccountSettings], Mailbox] = open_mailbox,
    templates: Templates | None = None,
    pool: MailboxPool | None = None,
) -> CycleReport:
    """One cycle; with a `pool`, over the account's mailbox kept open (dropped on an error).
    `quiet`: folders a push channel vouches unchanged, not looked at."""
    from followupd.engine import run_cycle

    if pool is None:
        with mailbox_opener(account) as mailbox:
            report = run_cycle(
                mailbox, store, settings, now, progress, templates=templates, quiet=quiet
            )
    else:
        try:
            mailbox = pool.get(account)
            report = run_cycle(
                mailbox, store, settings, now, progress, templates=templates, quiet=quiet
            )
        except BaseException:
            pool.drop(account.name)
            raise
    log_cycle(account.name, report)
    if report.note is not None:
        log.info(
            "%s: INBOX note left: %d draft(s) of the day, %d question(s)",
            account.name,
            report.note.drafts,
            report.note.questions,
        )
        if settings.notify.desktop:
            from followupd.service.desktop import notify_desktop

            notify_desktop(report.note)
    return report


def log_cycle(account: str, report: CycleReport) -> None:
    for draft in report.drafts_made:
        log.info(
            "%s: draft made: stage=%s process=%s to=%s",
            account,
            draft.stage,
            draft.process_id,
            draft.recipient,
        )
    for problem in report.problems:
        log.warning("%s: draft not made: %s", account, problem)
    if report.reread:
        log.info(
            "%s: the classifier was upgraded: %d stored messages read again, %d changed kind",
            account,
            report.reread,
            report.reread_changed,
        )
    signals = ", ".join(f"{kind}={n}" for kind, n in sorted(report.signals_by_kind.items()))
    log.info(
        "%s: cycle done in %.1fs: %d messages seen, %d drafts made, %d missed%s",
        account,
        report.seconds,
        report.messages_seen,
        len(report.drafts_made),
        len(report.missed),
        f" ({signals})" if signals else "",
    )


def worst_exit_code(codes: list[int]) -> int:
    """One exit code for several accounts: config (78) over unavailable (69) over error (1)."""
    for code in (EXIT_CONFIG, EXIT_UNAVAILABLE, EXIT_ERROR):
        if code in codes:
            return code
    return max(codes, default=EXIT_OK)
