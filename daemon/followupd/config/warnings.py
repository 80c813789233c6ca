"""What `check-config` warns about beyond errors: values still as in an example, and a password
source that cannot work where it is checked.

A config copied from config.example.toml (or the README) and only half edited is valid TOML
and a valid config: the daemon would sign every draft with the example's phone number. So each
value that is still an example's, or an address at a domain reserved for examples, is named.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from followupd.model import AccountSettings, Settings

# Values that config.example.toml, the README and older versions of them show as examples.
EXAMPLE_NAMES = frozenset({"your name", "alice example", "robin quinn"})
EXAMPLE_SIGNATURE_LINES = frozenset(
    {
        "+1 555 0100",
        "linkedin.com/in/alice-example",
        "https://www.linkedin.com/in/alice-example",
        "linkedin.com/in/your-name",
        "https://www.linkedin.com/in/your-name",
    }
)
EXAMPLE_HOSTS = frozenset({"imap.example.com"})
# RFC 2606/6761: names that can never be anyone's real mail domain.
_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_SUFFIXES = (".example", ".invalid", ".test")


def is_example_address(address: str) -> bool:
    domain = address.rpartition("@")[2].strip().lower()
    return domain.endswith(_RESERVED_SUFFIXES) or any(
        domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS
    )


def example_values(settings: Settings) -> list[str]:
    """Every value that is still an example's, as "key.path: what to do"."""
    warnings: list[str] = []
    me = settings.me
    if me.name.strip().lower() in EXAMPLE_NAMES:
        warnings.append(f'me.name: still the example "{me.name}": set your own name')
    logins = {a.username.lower() for a in settings.accounts}  # said under accounts[]
    warnings += [
        f"me.addresses[{i}]: {a!r} is an example address: set your own"
        for i, a in enumerate(me.addresses)
        if is_example_address(a) and a not in logins
    ]
    warnings += [
        f"drafts.signature[{i}]: {line!r} is the example's: every draft would carry it"
        for i, line in enumerate(settings.drafts.signature)
        if line.strip().lower() in EXAMPLE_SIGNATURE_LINES
    ]
    for index, account in enumerate(settings.accounts):
        warnings += _account_examples(f"accounts[{index}]", account)
    return warnings


def _account_examples(where: str, account: AccountSettings) -> list[str]:
    if account.backend == "maildir":
        return []
    warnings = []
    if account.host.strip().lower() in EXAMPLE_HOSTS:
        warnings.append(f"{where}.host: {account.host!r} is the example's: your IMAP server")
    if is_example_address(account.username):
        warnings.append(f"{where}.username: {account.username!r} is an example address")
    return warnings


def unset_time_zone(data: Mapping[str, object]) -> list[str]:
    """A config without [me] timezone runs on UTC: right for few, so it is said."""
    me = data.get("me")
    if isinstance(me, Mapping) and "timezone" in me:
        return []
    return ['me.timezone: not set, so follow-ups fall due by UTC: set yours (e.g. "Europe/Paris")']


def offline_secret_problems(
    settings: Settings, environ: Mapping[str, str] | None = None
) -> list[str]:
    """Password sources that cannot work here: an unset environment variable, a missing file."""
    env = os.environ if environ is None else environ
    problems: list[str] = []
    for index, account in enumerate(settings.accounts):
        where = f"accounts[{index}]"
        if account.backend == "maildir" or account.auth != "password" or _credential(account, env):
            continue
        if account.password_env is not None and not env.get(account.password_env):
            problems.append(
                f"{where}.password_env: {account.password_env} is not set in this environment "
                "(set it where followupd runs, or use another password source)"
            )
        if account.password_file is not None and not account.password_file.is_file():
            problems.append(f"{where}.password_file: no such file: {account.password_file}")
    return problems


def _credential(account: AccountSettings, env: Mapping[str, str]) -> bool:
    """A systemd credential comes first and makes the other sources moot."""
    directory = env.get("CREDENTIALS_DIRECTORY")
    if not directory:
        return False
    name = account.credential or account.name
    return any((Path(directory) / n).is_file() for n in (name, f"followupd_{name}"))
