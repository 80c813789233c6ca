"""`followupd preview`: render a draft without writing anything, to see a template edit at once.

    followupd preview --config FILE --process ID --stage STAGE [--to ADDR] [--eml]
    followupd preview --sample [--stage STAGE] [--language L] [--config FILE] [--templates DIR]
                      [--tone T]

With --process, the process is read from the state database (as `status` shows it) and the
stage's draft is rendered as the daemon would write it: at its due moment when it waits,
now when it is due; a stage already drafted is shown as if it were drafted again. With
--sample, no state is needed: made-up data with your [me] and [drafts] settings, in the
language asked for (`--language de`: a German employer's thread). Nothing is saved and no
server is contacted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from followupd.config import add_config_argument, config_path, default_config_path, load_settings
from followupd.errors import EXIT_OK, EXIT_USAGE, FollowupdError
from followupd.model import DRAFT_LANGUAGES, Action, Settings, Stage

if TYPE_CHECKING:
    from followupd.drafts import Templates
    from followupd.policy import Plan
    from followupd.store import Store

SHOWN_HEADERS = ("From", "To", "Cc", "Subject", "Date", "In-Reply-To", "References")


class PreviewError(FollowupdError):
    """The process or stage asked for has no draft to show."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--process", metavar="ID", help="a process id, as `status --json` shows")
    parser.add_argument("--stage", choices=[s.value for s in Stage], help="the stage to render")
    parser.add_argument("--to", metavar="ADDR", help="the recipient, when the stage has several")
    parser.add_argument("--sample", action="store_true", help="render made-up data, no state")
    parser.add_argument("--templates", type=Path, metavar="DIR", help="override templates_dir")
    parser.add_argument("--tone", choices=["formal", "friendly"], help="override the tone")
    parser.add_argument(
        "--language",
        choices=list(DRAFT_LANGUAGES),
        default="en",
        help="--sample: the language the made-up employer writes in (default en)",
    )
    parser.add_argument("--eml", action="store_true", help="print the whole RFC 5322 message")


def run(args: argparse.Namespace) -> int:
    if args.sample == bool(args.process) or (args.process and not args.stage):
        print(
            "followupd preview: use --sample [--stage S], or --process ID --stage S",
            file=sys.stderr,
        )
        return EXIT_USAGE
    settings = _overridden(_settings(args), args)
    from followupd.drafts import Templates

    templates = Templates(settings.drafts.templates_dir)
    if args.sample:
        stages = [Stage(args.stage)] if args.stage else list(Stage)
        messages = [_sample_draft(stage, settings, templates, args.language) for stage in stages]
    else:
        messages = [_process_draft(args, settings, templates)]
    for index, message in enumerate(messages):
        if len(messages) > 1:
            print(("\n" if index else "") + f"===== {stages[index].value} =====")
        print(_shown(message, args.eml), end="")
    return EXIT_OK


def _settings(args: argparse.Namespace) -> Settings:
    path = config_path(args)
    if args.sample and args.config is None and not default_config_path().exists():
        return Settings()
    return load_settings(path)


def _overridden(settings: Settings, args: argparse.Namespace) -> Settings:
    drafts = settings.drafts
    if args.templates is not None:
        drafts = replace(drafts, templates_dir=args.templates)
    if args.tone is not None:
        drafts = replace(drafts, tone=args.tone)
    return replace(settings, drafts=drafts)


def _sample_draft(
    stage: Stage, settings: Settings, templates: Templates, language: str
) -> EmailMessage:
    from followupd.drafts import compose, sample_action

    me = settings.me
    if not me.name:
        me = replace(me, name="Alice Example")
    address = me.addresses[0] if me.addresses else "alice@example.com"
    drafts = settings.drafts
    drafts = replace(drafts, languages=(*drafts.languages, language))  # as if you enabled it
    return compose(sample_action(stage, language), me, drafts, templates, address)


def _process_draft(
    args: argparse.Namespace, settings: Settings, templates: Templates
) -> EmailMessage:
    from followupd.drafts import compose
    from followupd.service import now
    from followupd.store import Store

    if not settings.daemon.state_path.exists():
        raise PreviewError(f"no state database at {settings.daemon.state_path}: run `once` first")
    with Store.open(settings.daemon.state_path) as store:
        action, account, at = find_action(
            store, settings, process_id=args.process, stage=Stage(args.stage), to=args.to, now=now()
        )
    sender = from_address(settings, account)
    return compose(action, settings.me, settings.drafts, templates, sender, max(at, action.due))


def find_action(
    store: Store,
    settings: Settings,
    *,
    process_id: str,
    stage: Stage,
    to: str | None,
    now: datetime,
) -> tuple[Action, str, datetime]:
    """The Action the policy makes for (process, stage), and its account and moment."""
    from followupd.engine import corrected_observations, user_news, vouched_elsewhere
    from followupd.policy import news_standings, plan, stage_statuses
    from followupd.processes import build_processes

    for account in store.accounts():
        observations = corrected_observations(store, account)
        elsewhere = vouched_elsewhere(store, account, settings)
        processes = build_processes(observations, settings.me, elsewhere)
        process = next((p for p in processes if p.id == process_id), None)
        if process is None:
            continue
        ledger = store.ledger(account)
        news = user_news(store, settings, processes)
        standing = news_standings(processes, news, now, settings.policy)[process_id]
        statuses = stage_statuses(process, ledger, now, settings.policy, settings.me, standing)
        mine = [s for s in statuses if s.stage is stage and (to or "") in s.recipient]
        at = max((s.until for s in mine if s.until is not None), default=now)
        at = max(at, now)
        others = [r for r in ledger if (r.process_id, r.stage) != (process_id, stage)]
        for candidate in (ledger, others):  # as drafted again when it already was
            decided = plan(processes, candidate, at, settings.policy, settings.me, news)
            chosen = _pick(decided, process_id, stage, to)
            if chosen is not None:
                return chosen, account, at
        why = "; ".join(f"{s.status}: {s.reason}" for s in mine) or "the policy has no such stage"
        raise PreviewError(f"process {process_id} has no {stage.value} draft to show ({why})")
    raise PreviewError(f"no process {process_id} in the state database (see `followupd status`)")


def _pick(plan: Plan, process_id: str, stage: Stage, to: str | None) -> Action | None:
    for action in (*plan.draft, *plan.missed, *(a for a, _ in plan.drafted_before)):
        if action.process_id != process_id or action.stage is not stage:
            continue
        if to is None or to.lower() in {p.address for p in action.to}:
            return action
    return None


def from_address(settings: Settings, account: str) -> str:
    """The user's address on that account: its username when an address, else the first one."""
    username = next((a.username for a in settings.accounts if a.name == account), "").lower()
    if "@" in username:
        return username
    return settings.me.addresses[0] if settings.me.addresses else "you@example.com"


def _shown(message: EmailMessage, whole: bool) -> str:
    if whole:
        return message.as_bytes().decode("ascii").replace("\r\n", "\n")
    return "".join(_readable(message))


def _readable(message: EmailMessage) -> Iterator[str]:
    for name in SHOWN_HEADERS:
        if message[name] is not None:
            yield f"{name}: {message[name]}\n"
    yield "\n"
    part = message.get_body(("plain",))
    yield str(part.get_content()) if part is not None else ""
