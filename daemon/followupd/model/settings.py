"""Frozen settings with their defaults; `config/load.py` builds them from TOML and validates.

Kept apart from `config/load.py` so the pure core (policy, compose) can take settings without
importing the loader. Every number of corpus/POLICY.md is a field of `PolicySettings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from followupd.model.news import Reference


@dataclass(frozen=True, slots=True)
class Me:
    name: str = ""
    addresses: tuple[str, ...] = ()  # lowercase
    timezone: str = "UTC"  # IANA name
    holidays: str = ""  # country code ("US", "GB", "DE"...), "" for none
    holidays_subdivision: str = ""  # state/province code, "" for national holidays only
    locale: str = ""  # date formats ("en_US", "de_DE"); "" derives it from holidays/timezone


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """corpus/POLICY.md's numbers; config section `[policy]`."""

    thank_you_delay: timedelta = timedelta(hours=1)  # after the interview's end
    default_interview_length: timedelta = timedelta(hours=1)  # when no end is given
    thank_you_late_after: timedelta = timedelta(hours=24)  # after the end: marked late
    thank_you_skip_after: timedelta = timedelta(days=3)  # after the end: not drafted
    check_in_business_days: int = 7  # after the latest of interview end, employer message
    second_check_in_days: int = 7  # calendar days after the first check-in was sent
    final_note_business_days: int = 7  # after the second check-in was sent
    max_check_ins: int = 2
    stale_after: timedelta = timedelta(days=3)  # first run: older due moments are "missed"
    check_in_hour: int = 9  # local hour at which day-based stages fall due
    # an offer at one employer: "ask" lists the timeline updates to the others for one
    # command to confirm, "draft" drafts them at once, "off" does neither (news.OFFER_UPDATE_MODES)
    other_offer_updates: str = "ask"


# The languages drafts are shipped in, which are also those a thread's language is told in.
DRAFT_LANGUAGES = ("en", "de", "fr", "es")
SALUTATIONS = ("auto", "first_name", "full_name", "title")


@dataclass(frozen=True, slots=True)
class DraftSettings:
    """config section `[drafts]`: how drafts read and are signed."""

    templates_dir: Path | None = None  # user overrides, searched before the defaults
    tone: str = "formal"  # "formal" ("Dear Dana Lee,") | "friendly" ("Hi Dana,")
    signature: tuple[str, ...] = ()  # lines under the name: phone, links
    html: bool = False  # also add an HTML alternative
    salutation: str = "auto"  # "auto" | "first_name" | "full_name" | "title" (drafts/names.py)
    languages: tuple[str, ...] = ("en",)  # languages drafts may be written in; English fallback


@dataclass(frozen=True, slots=True)
class AccountSettings:
    name: str
    backend: str = "imap"  # "imap" | "ews" | "maildir"
    host: str = ""  # IMAP
    port: int = 993
    security: str = "tls"  # "tls" | "starttls" | "plain" (loopback only)
    username: str = ""
    auth: str = "password"  # IMAP: "password" | "xoauth2"; EWS: "ntlm" | "basic" | "oauth2"
    password_env: str | None = None
    password_command: tuple[str, ...] | None = None  # argument list, run without a shell
    password_file: Path | None = None
    oauth2_token_command: tuple[str, ...] | None = None
    keyring_service: str = "followupd"
    ca_file: Path | None = None
    lookback_days: int = 90
    timeout: float = 60.0
    inbox_folder: str | None = None  # overrides of the special-use lookup
    sent_folder: str | None = None
    drafts_folder: str | None = None
    path: Path | None = None  # maildir backend: the Maildir or folder of .eml folders
    credential: str | None = None  # systemd credential name; None: the account name
    # Exchange (backend = "ews"): server or ews_url, else autodiscover from the address
    server: str | None = None  # host[:port]; the EWS URL is https://server/EWS/Exchange.asmx
    ews_url: str | None = None  # the whole URL
    address: str | None = None  # the mailbox's SMTP address, when the username is not one
    # OAuth sign-in by `followupd login` (config/oauth*.py); provider presets host and auth
    provider: str | None = None  # "microsoft" | "google"
    client_id: str | None = None  # the app the user registered
    client_secret: str | None = field(default=None, repr=False)  # Google installed apps
    tenant: str | None = None  # Microsoft: common | organizations | consumers | a tenant id
    oauth2_token_file: Path | None = None  # where the sign-in is kept without a keyring
    oauth2_authority: str | None = None  # endpoint overrides (company or test servers)
    oauth2_authorize_url: str | None = None
    oauth2_token_url: str | None = None


MAX_READ_HELPERS = 16


@dataclass(frozen=True, slots=True)
class DaemonSettings:
    poll_interval: timedelta = timedelta(minutes=5)
    state_path: Path = field(
        default_factory=lambda: Path("~/.local/state/followupd/state.db").expanduser()
    )
    log_level: str = "INFO"
    read_helpers: int | None = None  # processes helping to read a large pull; None: automatic
    idle: bool = True  # `run`: IMAP IDLE on INBOX where the server has it, else polling
    idle_renew: timedelta = timedelta(minutes=9)  # IDLE ended and issued again this often
    # the first wait before a server that could not be reached is tried again (doubled after
    # each failure, up to 30 minutes)
    reconnect_after: timedelta = timedelta(seconds=30)


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """config section `[notify]`: how the user learns that drafts are waiting."""

    inbox_note: bool = True  # a note from the user to the user in INBOX, at most one a day
    desktop: bool = True  # and a desktop notification, where `notify-send` exists


@dataclass(frozen=True, slots=True)
class Settings:
    me: Me = field(default_factory=Me)
    accounts: tuple[AccountSettings, ...] = ()
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    policy: PolicySettings = field(default_factory=PolicySettings)
    drafts: DraftSettings = field(default_factory=DraftSettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    references: tuple[Reference, ...] = ()  # `[[references]]`
