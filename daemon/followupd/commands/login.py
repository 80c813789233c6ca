"""`followupd login --account NAME`: sign in to Microsoft or Google once (OAuth2).

Microsoft: a code to type at the provider's page, from any device (works on a headless
server). Google: a browser address to open; the provider sends the browser back to a port on
127.0.0.1 (forward it over SSH, or paste the address the browser ends on). The sign-in is kept
in the keyring or the account's `oauth2_token_file`; `once` and `run` refresh access tokens
from it on their own.
"""

from __future__ import annotations

import argparse
import sys

from followupd.config import OAuthSettings, add_config_argument, config_path, load_settings, login
from followupd.errors import EXIT_OK, EXIT_USAGE, ConfigError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--account", required=True, metavar="NAME", help="the account's name")
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        metavar="N",
        help="Google: the local port the browser comes back to (default: any free port)",
    )


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
    if not account.provider:
        raise ConfigError(
            f'accounts {account.name}: `followupd login` needs provider = "microsoft" or "google"'
        )
    pasted = sys.stdin.readline if sys.stdin.isatty() else None
    result = login(OAuthSettings.from_account(account), _say, port=args.port, pasted=pasted)
    who = f" as {result.signed_in_as}" if result.signed_in_as else ""
    print(f"signed in{who}; kept in {result.stored_in}")
    return EXIT_OK


def _say(text: str) -> None:
    # flushed: through a pipe (ssh without a terminal, `| tee`) the code or the address to
    # open must show now, while login waits for the user, not when it ends
    print(text, flush=True)
