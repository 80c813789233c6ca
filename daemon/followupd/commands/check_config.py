"""`followupd check-config`: validate the config, render every template, connect to each account.

Every config problem is listed with its key path (exit 78); then each draft template is
rendered with sample data (exit 78 on a template error); then each account is opened and
the folders found are shown (exit 69 when a server is unreachable, 1 when it refuses us).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_CONFIG, EXIT_OK, ConfigError, FollowupdError, about
from followupd.model import AccountSettings, FolderRole, Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument(
        "--offline", action="store_true", help="check config and templates only; do not connect"
    )


def run(args: argparse.Namespace) -> int:
    path = config_path(args)
    try:
        settings = load_settings(path)
    except ConfigError as error:
        print(f"{path}: {len(error.problems)} problem(s):", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"{path}: configuration OK ({len(settings.accounts)} account(s))")
    _warn_examples(path, settings)
    codes = [_check_templates(settings)]
    if args.offline:
        codes.append(_check_secrets_offline(settings))
    else:
        codes += [_check_account(account) for account in settings.accounts]
    from followupd.service import worst_exit_code

    return worst_exit_code(codes)


def _warn_examples(path: Path, settings: Settings) -> None:
    from followupd.config import example_values, unset_time_zone

    written = tomllib.loads(path.expanduser().read_text(encoding="utf-8"))
    warnings = example_values(settings) + unset_time_zone(written)
    if warnings:
        print(f"{path}: {len(warnings)} value(s) to set yourself:", file=sys.stderr)
        for warning in warnings:
            print(f"  warning: {warning}", file=sys.stderr)


def _check_secrets_offline(settings: Settings) -> int:
    from followupd.config import offline_secret_problems

    problems = offline_secret_problems(settings)
    for problem in problems:
        print(f"{problem}", file=sys.stderr)
    return EXIT_CONFIG if problems else EXIT_OK


def _check_templates(settings: Settings) -> int:
    from followupd.drafts import Templates, sample_variables

    def sample(language: str) -> dict[str, object]:  # the user's own name, tone, signature
        return sample_variables(settings.me, settings.drafts, language=language)

    try:
        problems = Templates(settings.drafts.templates_dir).lint(sample)
    except FollowupdError as error:
        problems = [str(error)]
    if problems:
        print(f"templates: {len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    where = settings.drafts.templates_dir or "built-in templates"
    print(f"templates: OK ({where})")
    return EXIT_OK


def _check_account(account: AccountSettings) -> int:
    from followupd.service import open_mailbox

    try:
        with open_mailbox(account) as mailbox:
            folders = mailbox.folders()
    except FollowupdError as error:
        print(about(account.name, error), file=sys.stderr)
        return error.exit_code
    found = ", ".join(f"{role.value}={name!r}" for role, name in folders.items())
    print(f"{account.name}: connected; folders: {found or 'none'}")
    wanted = [FolderRole.INBOX, FolderRole.SENT, FolderRole.DRAFTS]
    if account.backend == "maildir":
        wanted.remove(FolderRole.DRAFTS)  # made on the first draft
    missing = [role.value for role in wanted if role not in folders]
    if not missing:
        return EXIT_OK
    print(f"{account.name}: no {', '.join(missing)} folder found; {_fix(account)}", file=sys.stderr)
    # without Sent, what you sent is unknown and drafts may repeat what you already wrote
    return EXIT_CONFIG


def _fix(account: AccountSettings) -> str:
    if account.backend == "ews":
        who = account.username or "this sign-in"
        mailbox = account.address or account.username
        return (
            f"every Exchange mailbox has one, so {who} is not allowed to open it in the mailbox "
            f"{mailbox}: a mailbox permission problem, not a folder name to set. Ask your "
            f"Exchange administrator to give {who} full access to that mailbox, or sign in as "
            "its owner"
        )
    return "set inbox_folder / sent_folder / drafts_folder to the server's names"
