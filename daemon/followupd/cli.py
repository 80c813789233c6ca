"""The `followupd` command line: subcommands, and expected errors as one line + exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from followupd import __version__
from followupd.errors import EXIT_ERROR, EXIT_USAGE, FollowupdError

# subcommand -> (module under followupd.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "classify": ("classify", "say what each .eml message means for a job search"),
    "simulate": ("simulate", "replay a local mailbox and show every draft that would be made"),
    "explain": ("explain", "show each application process, its timeline and every stage's status"),
    "check-config": ("check_config", "validate a config file, render templates, connect"),
    "once": ("once", "run one cycle against the configured mailboxes and exit"),
    "run": ("run", "run as a daemon until stopped (SIGTERM/SIGINT)"),
    "status": ("status", "show each application process and its next follow-up"),
    "correct": ("correct", "say what a message really means; it wins over the classifier"),
    "corrections": ("corrections", "list your corrections, or undo one"),
    "news": ("news", "your own news: an offer, accepted, withdraw, mute, snooze, references"),
    "preview": ("preview", "render the draft a process and stage would get, writing nothing"),
    "set-password": ("set_password", "store an account's password in the system keyring"),
    "login": ("login", "sign in to Microsoft or Google once (OAuth2) and keep the sign-in"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followupd",
        description="Drafts job-search follow-ups into your Drafts folder. It never sends mail.",
    )
    parser.add_argument("--version", action="version", version=f"followupd {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, summary) in COMMANDS.items():
        command = sub.add_parser(name, help=summary, description=summary)
        module = importlib.import_module(f"followupd.commands.{module_name}")
        module.add_arguments(command)
        command.set_defaults(handler=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.handler(args)
    except FollowupdError as error:
        print(f"followupd: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`followupd classify ... | head`): stop quietly, and keep
        # Python from complaining again while it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    return code
