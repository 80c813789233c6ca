"""`followupd once [--json]`: one cycle per account, then exit.

`--json` prints one summary object: messages seen, signals by kind, drafts made (count and
list), missed, the stored messages read again after an upgrade of the classifier (how many,
how many changed kind), messages that could not be read and were quarantined, time taken, and
per account the same with its error if it failed and the INBOX note it left.
Exit code: 0, or for failed accounts 78 (config/secret) over 69 (unreachable) over 1.

Another followupd working on the same state file (a `run`'s cycle, another `once`) is
waited for, at most WAIT_FOR_OTHER seconds (then exit 75): the second run then finds what
the first one drafted, and never drafts it again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from time import perf_counter
from typing import TYPE_CHECKING, Any

from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import FollowupdError, StoreError, about
from followupd.model import DraftRecord, Settings

WAIT_FOR_OTHER = 600.0

if TYPE_CHECKING:
    from followupd.engine import CycleReport


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON summary object")


def run(args: argparse.Namespace) -> int:
    settings = load_settings(config_path(args))
    from followupd.logs import setup_logging

    setup_logging(settings.daemon.log_level, verbose=getattr(args, "verbose", False))
    started = perf_counter()
    outcomes = _run_accounts(settings)
    summary = summarize(outcomes, perf_counter() - started)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_human(summary)
    from followupd.service import worst_exit_code

    return worst_exit_code(
        [e.exit_code for e in outcomes.values() if isinstance(e, FollowupdError)]
    )


def _run_accounts(settings: Settings) -> dict[str, CycleReport | FollowupdError]:
    from followupd.service import ScanProgress, TerminalLine, now, run_account_cycle, state_lock
    from followupd.store import Store

    terminal = TerminalLine(sys.stderr) if sys.stderr.isatty() else None
    outcomes: dict[str, CycleReport | FollowupdError] = {}
    state = settings.daemon.state_path
    with state_lock(state, WAIT_FOR_OTHER, _waiting), Store.open(state) as store:
        for account in settings.accounts:
            progress = ScanProgress(
                account.name,
                [terminal] if terminal else [],
                on_complete=terminal.end if terminal else None,
            )
            try:
                outcomes[account.name] = run_account_cycle(
                    account, store, settings, now(), progress
                )
            except StoreError:
                raise
            except FollowupdError as error:
                outcomes[account.name] = error
            finally:
                if terminal is not None:
                    terminal.end()
    return outcomes


def _waiting(pid: int | None) -> None:
    who = f"another followupd (pid {pid})" if pid else "another followupd"
    print(
        f"followupd: {who} is working on the same state; waiting for it to finish",
        file=sys.stderr,
    )


def summarize(outcomes: dict[str, CycleReport | FollowupdError], seconds: float) -> dict[str, Any]:
    accounts: dict[str, Any] = {}
    signals: Counter[str] = Counter()
    drafts: list[dict[str, Any]] = []
    for name, outcome in outcomes.items():
        if isinstance(outcome, FollowupdError):
            accounts[name] = {"error": str(outcome)}
            continue
        signals.update(outcome.signals_by_kind)
        made = [_draft_json(name, record) for record in outcome.drafts_made]
        drafts += made
        accounts[name] = {
            "messages_seen": outcome.messages_seen,
            "signals_by_kind": dict(outcome.signals_by_kind),
            "drafts_made": len(made),
            "missed": len(outcome.missed),
            "reread": _reread_json([outcome]),
            "note": _note_json(outcome),
            "quarantined": outcome.quarantined,
            "seconds": round(outcome.seconds, 3),
            "error": None,
        }
    reports = [o for o in outcomes.values() if not isinstance(o, FollowupdError)]
    return {
        "messages_seen": sum(r.messages_seen for r in reports),
        "signals_by_kind": dict(sorted(signals.items())),
        "drafts_made": len(drafts),
        "drafts": drafts,
        "missed": sum(len(r.missed) for r in reports),
        "reread": _reread_json(reports),
        "quarantined": sum(r.quarantined for r in reports),
        "seconds": round(seconds, 3),
        "accounts": accounts,
    }


def _reread_json(reports: list[CycleReport]) -> dict[str, int]:
    return {
        "messages": sum(r.reread for r in reports),
        "changed_kind": sum(r.reread_changed for r in reports),
    }


def _note_json(report: CycleReport) -> dict[str, Any] | None:
    """The INBOX note the cycle left, if any."""
    note = report.note
    if note is None:
        return None
    return {"subject": note.subject, "drafts": note.drafts, "questions": note.questions}


def _draft_json(account: str, record: DraftRecord) -> dict[str, Any]:
    return {
        "account": account,
        "process": record.process_id,
        "stage": str(record.stage),
        "to": record.recipient,
        "message_id": record.message_id,
        "at": record.at.isoformat(),
    }


def _print_human(summary: dict[str, Any]) -> None:
    for name, account in summary["accounts"].items():
        if account["error"]:
            print(f"failed: {about(name, account['error'])}")
            continue
        reread = account["reread"]
        again = (
            f", {reread['messages']} read again ({reread['changed_kind']} changed kind)"
            if reread["messages"]
            else ""
        )
        if account["quarantined"]:
            again += f", {account['quarantined']} could not be read (see `followupd status`)"
        print(
            f"{name}: {account['messages_seen']} messages seen, "
            f"{account['drafts_made']} drafts made, {account['missed']} missed{again} "
            f"({account['seconds']:.1f}s)"
        )
    for draft in summary["drafts"]:
        print(f"  draft: {draft['stage']} to {draft['to']} (process {draft['process']})")
