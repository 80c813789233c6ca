"""`followupd set-password --account NAME`: store an account's password in the system keyring.

Asks with a hidden prompt on a terminal; otherwise reads the first line of standard input,
so `pass show mail | followupd set-password --account personal` works.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_OK, EXIT_USAGE, SecretError
from followupd.model import AccountSettings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--account", required=True, metavar="NAME", help="the account's name")


def run(args: argparse.Namespace) -> int:
    path = config_path(args)
    settings = load_settings(path)
    account = next((a for a in settings.accounts if a.name == args.account), None)
    if account is None:
        names = ", ".join(a.name for a in settings.accounts)
        print(
            f"followupd: {path} has no account {args.account!r} (it has: {names})", file=sys.stderr
        )
        return EXIT_USAGE
    _note_when_the_keyring_is_not_read(account)
    password = _ask(f"Password for {account.username} ({account.name}): ")
    if not password:
        raise SecretError("empty password: nothing stored")
    from followupd.config import store_keyring_password

    store_keyring_password(account, password)
    print(
        f"stored in the system keyring (service {account.keyring_service!r}, "
        f"user {account.username!r})"
    )
    return EXIT_OK


def _note_when_the_keyring_is_not_read(account: AccountSettings) -> None:
    others = [
        key
        for key in ("password_env", "password_command", "password_file")
        if getattr(account, key) is not None
    ]
    if others or account.backend == "maildir" or account.auth != "password":
        reason = f"it sets {others[0]}" if others else "it needs no password"
        print(
            f"note: account {account.name!r} does not read the keyring: {reason}", file=sys.stderr
        )


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")
