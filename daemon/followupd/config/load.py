"""TOML config file -> frozen `Settings`, with every problem reported at once by its key path.

Each section is read by a `TableReader` (reader.py) that checks types and ranges and
records problems such as "accounts[0].port: must be an integer 1..65535" instead of stopping
at the first one; keys nobody took are reported as unknown, with a did-you-mean.
"""

from __future__ import annotations

import argparse
import os
import tomllib
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from followupd.config.accounts import read_accounts
from followupd.config.locales import (
    SALUTATIONS,
    check_timezone,
    checked_locale,
    draft_languages,
)
from followupd.config.reader import TableReader
from followupd.errors import ConfigError
from followupd.model import (
    DRAFT_LANGUAGES,
    MAX_READ_HELPERS,
    OFFER_UPDATE_MODES,
    AccountSettings,
    DaemonSettings,
    DraftSettings,
    Me,
    NotifySettings,
    PolicySettings,
    Reference,
    Settings,
)

SECTIONS = ("me", "accounts", "daemon", "policy", "drafts", "notify", "references")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
STATE_FILE_NAME = "state.db"


def default_config_path() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME") or "~/.config"
    return Path(config_home).expanduser() / "followupd" / "config.toml"


def add_config_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="the config file (default: $XDG_CONFIG_HOME/followupd/config.toml, "
        "i.e. ~/.config/followupd/config.toml)",
    )


def config_path(args: argparse.Namespace) -> Path:
    chosen: Path | None = getattr(args, "config", None)
    return chosen if chosen is not None else default_config_path()


def load_settings(path: Path, *, need_accounts: bool = True) -> Settings:
    """Read and validate the config file; ConfigError lists every problem found.

    `simulate` and `explain` read a local mailbox named on the command line, so their
    config needs no account (`need_accounts=False`).
    """
    try:
        data = tomllib.loads(path.expanduser().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the config file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    base = path.expanduser().resolve().parent
    return settings_from_mapping(data, base=base, need_accounts=need_accounts)


def settings_from_mapping(
    data: Mapping[str, Any], base: Path | None = None, *, need_accounts: bool = True
) -> Settings:
    """Build Settings from parsed TOML; problems are listed in section order.

    Relative paths in the file are taken from `base`, the config file's folder.
    """
    root_problems: list[str] = []
    root = TableReader(data, "", root_problems, base)
    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    account_tables = root.tables("accounts")
    if need_accounts and not account_tables:
        sections["accounts"].append("accounts: at least one [[accounts]] table is required")
    accounts = read_accounts(account_tables, sections["accounts"], base)
    me = _me(TableReader(root.table("me"), "me", sections["me"], base), accounts)
    daemon = _daemon(TableReader(root.table("daemon"), "daemon", sections["daemon"], base))
    policy = _policy(TableReader(root.table("policy"), "policy", sections["policy"], base))
    drafts = _drafts(TableReader(root.table("drafts"), "drafts", sections["drafts"], base))
    notify = _notify(TableReader(root.table("notify"), "notify", sections["notify"], base))
    references = _references(root.tables("references"), sections["references"])
    root.finish()
    problems = root_problems + [p for name in SECTIONS for p in sections[name]]
    if problems:
        raise ConfigError(problems)
    return Settings(
        me=me,
        accounts=accounts,
        daemon=daemon,
        policy=policy,
        drafts=drafts,
        notify=notify,
        references=references,
    )


def _me(table: TableReader, accounts: tuple[AccountSettings, ...]) -> Me:
    addresses = tuple(a.lower() for a in table.strings("addresses", ()))
    for index, address in enumerate(addresses):
        if "@" not in address or any(c.isspace() for c in address):
            table.problem(f"addresses[{index}]", f"{address!r} is not an email address")
    if not addresses:
        addresses = tuple(a.username.lower() for a in accounts if "@" in a.username)
        if not addresses:
            table.problem("addresses", "required: the addresses you send mail from")
    timezone = table.text("timezone", "UTC")
    check_timezone(table, timezone)
    holidays = table.text("holidays", "").upper()
    subdivision = table.text("holidays_subdivision", "").upper()
    _check_holidays(table, holidays, subdivision)
    me = Me(
        name=table.text("name", ""),
        addresses=addresses,
        timezone=timezone,
        holidays=holidays,
        holidays_subdivision=subdivision,
        locale=checked_locale(table, table.text("locale", "")),
    )
    table.finish()
    return me


def _check_holidays(table: TableReader, country: str, subdivision: str) -> None:
    if not country:
        if subdivision:
            table.problem("holidays_subdivision", "needs `holidays` (a country code) too")
        return
    import holidays

    supported: dict[str, list[str]] = holidays.list_supported_countries()
    if country not in supported:
        table.problem("holidays", f"unknown country code {country!r} (e.g. US, GB, DE, FR)")
    elif subdivision and subdivision not in supported[country]:
        table.problem(
            "holidays_subdivision",
            f"{country} has no subdivision {subdivision!r} "
            f"(known: {', '.join(supported[country][:12])}...)",
        )


def _daemon(table: TableReader) -> DaemonSettings:
    state_path = table.path("state_path") or _default_state_path()
    daemon = DaemonSettings(
        poll_interval=table.duration("poll_interval", DaemonSettings().poll_interval, minimum=1),
        state_path=state_path,
        log_level=table.choice("log_level", "INFO", LOG_LEVELS, upper=True),
        read_helpers=_read_helpers(table),
        idle=table.boolean("idle", DaemonSettings().idle),
        idle_renew=_idle_renew(table),
        reconnect_after=table.duration(
            "reconnect_after", DaemonSettings().reconnect_after, minimum=1
        ),
    )
    table.finish()
    return daemon


def _idle_renew(table: TableReader) -> timedelta:
    """Inside RFC 2177's 29 minutes; providers drop an IDLE after 10 to 29."""
    renew = table.duration("idle_renew", DaemonSettings().idle_renew, minimum=10)
    if renew > timedelta(minutes=29):
        table.problem("idle_renew", "must be at most 29m (servers drop an IDLE after that)")
        return DaemonSettings().idle_renew
    return renew


def _read_helpers(table: TableReader) -> int | None:
    """ "auto" (None: one per core but one), or a count, 0 for none."""
    if table.data.get("read_helpers", "auto") == "auto":
        table.value("read_helpers")
        return None
    if isinstance(table.data.get("read_helpers"), str):
        table.problem("read_helpers", f'must be "auto" or an integer 0..{MAX_READ_HELPERS}')
        table.value("read_helpers")
        return None
    return table.integer("read_helpers", 0, 0, MAX_READ_HELPERS)


def _default_state_path() -> Path:
    """Under systemd, StateDirectory= tells where state belongs; else the XDG state home."""
    state_directory = os.environ.get("STATE_DIRECTORY", "").split(":")[0]
    if state_directory:
        return Path(state_directory) / STATE_FILE_NAME
    state_home = os.environ.get("XDG_STATE_HOME") or "~/.local/state"
    return Path(state_home).expanduser() / "followupd" / STATE_FILE_NAME


def _policy(table: TableReader) -> PolicySettings:
    d = PolicySettings()
    policy = PolicySettings(
        thank_you_delay=table.duration("thank_you_delay", d.thank_you_delay),
        default_interview_length=table.duration(
            "default_interview_length", d.default_interview_length, minimum=60
        ),
        thank_you_late_after=table.duration("thank_you_late_after", d.thank_you_late_after),
        thank_you_skip_after=table.duration("thank_you_skip_after", d.thank_you_skip_after),
        check_in_business_days=table.integer("check_in_business_days", 7, 1, 365),
        second_check_in_days=table.integer("second_check_in_days", 7, 1, 365),
        final_note_business_days=table.integer("final_note_business_days", 7, 1, 365),
        max_check_ins=table.integer("max_check_ins", 2, 0, 2),
        stale_after=table.duration("stale_after", d.stale_after),
        check_in_hour=table.integer("check_in_hour", 9, 0, 23),
        other_offer_updates=table.choice(
            "other_offer_updates", d.other_offer_updates, OFFER_UPDATE_MODES
        ),
    )
    if policy.thank_you_skip_after < policy.thank_you_late_after:
        table.problem("thank_you_skip_after", "must not be shorter than thank_you_late_after")
    table.finish()
    return policy


def _drafts(table: TableReader) -> DraftSettings:
    signature = table.value("signature")
    lines: tuple[str, ...] = ()
    if isinstance(signature, str):
        lines = tuple(signature.splitlines())
    elif signature is not None:
        lines = table.strings("signature", ())
    drafts = DraftSettings(
        templates_dir=table.path("templates_dir", must_exist="dir"),
        tone=table.choice("tone", "formal", ("formal", "friendly")),
        signature=lines,
        html=table.boolean("html", False),
        salutation=table.choice("salutation", "auto", SALUTATIONS),
        languages=draft_languages(table, table.strings("languages", ("en",))),
    )
    table.finish()
    return drafts


def _notify(table: TableReader) -> NotifySettings:
    notify = NotifySettings(
        inbox_note=table.boolean("inbox_note", True),
        desktop=table.boolean("desktop", True),
    )
    table.finish()
    return notify


def _references(tables: list[Mapping[str, Any]], problems: list[str]) -> tuple[Reference, ...]:
    """`[[references]]`: who vouches for the user, told before an employer calls."""
    found = []
    for index, data in enumerate(tables):
        table = TableReader(data, f"references[{index}]", problems)
        name = table.text("name", "", required=True)
        address = str(table.text("address", "", required=True)).strip().lower()
        if address and ("@" not in address or any(c.isspace() for c in address)):
            table.problem("address", f"{address!r} is not an email address")
        reference = Reference(
            name=name,
            address=address,
            relationship=table.text("relationship", ""),
            processes=table.strings("processes", ()),
            language=table.choice("language", "en", DRAFT_LANGUAGES),
        )
        table.finish()
        found.append(reference)
    return tuple(found)
