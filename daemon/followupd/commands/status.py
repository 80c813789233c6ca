"""`followupd status [--json | --csv | --ics]`: how the daemon watches each account, then each
application process, its state and its next follow-up.

Read from the state database and the running daemon's status file only (no server is
contacted): per account "idle" (IMAP IDLE: new mail is seen at once), "polling" or "backing
off"; per process employer, role, state (with the user's mute or snooze), last contact, the
next stage and when it falls due (in the user's time zone), and the drafts made so far; then
what waits for the user's word (an offer to tell the others about, an acceptance read in their
Sent mail), each with the command that answers it, and each message that needs a look (a
reading held until the user confirms or corrects it), with its short id and the command that
does it. Messages that could not be read (quarantined) follow, under "could not read", and an
edit of the config or the templates the running daemon could not use. `--json` prints one
object {"now", "daemon" (null when no daemon runs), "processes": [...], "questions": [...],
"could_not_read": [...], "daemon_problems": [...]} with the same facts; `--csv` and `--ics`
the record of the search for a spreadsheet and a calendar (status_export.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from followupd.commands.process_view import (
    Advice,
    live_advice,
    look_lines,
    look_object,
    quarantine_lines,
    quarantine_object,
)
from followupd.commands.status_export import csv_text, hold_of, ics_text
from followupd.config import add_config_argument, config_path, load_settings
from followupd.errors import EXIT_OK, ConfigError

if TYPE_CHECKING:
    from followupd.engine import ProcessReport
    from followupd.model import Settings
    from followupd.policy import Question
    from followupd.store import Quarantined

COLUMNS = ("EMPLOYER", "ROLE", "STATE", "LAST CONTACT", "NEXT", "WHEN", "DRAFTS")
MAX_CELL = 32


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print a JSON object")
    shape.add_argument("--csv", action="store_true", help="one CSV row per application")
    shape.add_argument("--ics", action="store_true", help="an iCalendar file of what is coming")


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from followupd.engine import question_words
    from followupd.service import now, read_modes

    at = now()
    daemon = read_modes(settings.daemon.state_path)
    state = _State(settings, at)
    zone = ZoneInfo(settings.me.timezone)
    if args.csv or args.ics:
        reports = state.reports
        sys.stdout.write(csv_text(reports, at, zone) if args.csv else ics_text(reports, at, zone))
        return EXIT_OK
    questions = [(account, q, *question_words(q, zone)) for account, q in state.asked]
    if args.json:
        found = _json(at, state, questions)
        print(json.dumps({"daemon": daemon, **found}, ensure_ascii=False))
        return EXIT_OK
    print(daemon_line(daemon, zone))
    if not state.reports:
        print("no application processes known yet (run `followupd once` to scan the mailboxes)")
    else:
        print(render_table([table_row(report, at, zone) for report in state.reports]))
        _print_questions(questions, args)
        _print_looks(state.reports, live_advice(str(args.config) if args.config else None))
    _print_could_not_read(state.unread, zone)
    _print_notices(state.notices, zone)
    return EXIT_OK


def _settings(args: argparse.Namespace) -> Settings:
    try:
        return load_settings(config_path(args))
    except ConfigError:
        print(
            "followupd: the config cannot be read (below); a running `followupd run` keeps "
            "using the last version it could read until it is fixed",
            file=sys.stderr,
        )
        raise


class _State:
    """What the state database holds for `status` (nothing when there is none yet)."""

    def __init__(self, settings: Settings, at: datetime) -> None:
        from followupd.engine import report_with_questions
        from followupd.store import Store

        self.reports: list[ProcessReport] = []
        self.asked: list[tuple[str, Question]] = []
        self.unread: list[Quarantined] = []
        self.notices: list[tuple[str, str, datetime]] = []
        if settings.daemon.state_path.exists():
            with Store.open(settings.daemon.state_path) as store:
                self.reports, self.asked = report_with_questions(store, settings, at)
                self.unread = store.quarantined()
                self.notices = store.notices()


def _print_questions(
    questions: list[tuple[str, Question, str, str]], args: argparse.Namespace
) -> None:
    flag = f" --config {args.config}" if args.config else ""
    if questions:
        print("\nwaiting for your word (nothing is drafted until you answer):")
    for _, _, text, command in questions:
        print(f"  {text}\n    {command}{flag}")


def _print_looks(reports: list[ProcessReport], advice: Advice) -> None:
    looks = [(r, look) for r in reports for look in r.needs_look]
    if looks:
        print("\nneeds a look (drafts nothing until you confirm or correct it):")
    for held_in, look in looks:
        print(f"  {held_in.company or held_in.employer}:")
        for line in look_lines(look, advice, indent="    "):
            print(line)


def _json(
    at: datetime, state: _State, questions: list[tuple[str, Question, str, str]]
) -> dict[str, Any]:
    return {
        "now": at.isoformat(),
        "processes": [process_json(report) for report in state.reports],
        "questions": [_question_json(account, q, text, cmd) for account, q, text, cmd in questions],
        "could_not_read": [quarantine_object(entry) for entry in state.unread],
        "daemon_problems": [
            {"topic": topic, "problem": text, "since": since.isoformat()}
            for topic, text, since in state.notices
        ],
    }


def _print_notices(notices: list[tuple[str, str, datetime]], zone: ZoneInfo) -> None:
    """What the running daemon could not use of an edit (service/reload.py)."""
    if notices:
        print("\nfollowupd run could not use your latest edit (the last good one is in use):")
    for topic, text, since in notices:
        print(f"  {topic} (since {_local(since, zone)}): {' '.join(text.split())}")


def _print_could_not_read(unread: list[Quarantined], zone: ZoneInfo) -> None:
    if unread:
        print("\ncould not read (skipped; read again after an upgrade of followupd):")
    for entry in unread:
        for line in quarantine_lines(entry, zone, indent="  "):
            print(line)


def daemon_line(daemon: dict[str, Any] | None, zone: ZoneInfo) -> str:
    """ "daemon: running (pid 41): work idle since 09:12; home polling (no IMAP IDLE)"."""
    if daemon is None:
        return "daemon: not running"
    parts = []
    for name, state in sorted(daemon["accounts"].items()):
        since = datetime.fromisoformat(state["since"]).astimezone(zone).strftime("%H:%M")
        detail = f" ({_clip(state['detail'])})" if state.get("detail") else ""
        parts.append(f"{name} {state['mode']} since {since}{detail}")
    return f"daemon: running (pid {daemon['pid']}): " + ("; ".join(parts) or "starting")


def process_json(report: ProcessReport) -> dict[str, Any]:
    return {
        "process": report.process_id,
        "account": report.account,
        "employer": report.employer,
        "company": report.company,
        "role": report.role,
        "state": report.state,
        "muted_on": report.muted_on.isoformat() if report.muted_on else None,
        "snoozed_until": report.snoozed_until.isoformat() if report.snoozed_until else None,
        "last_contact": _iso(report.last_contact),
        "next_stage": str(report.next_stage) if report.next_stage else None,
        "next_due": _iso(report.next_due),
        "due_now": report.next_stage is not None and report.next_due is None,
        "next_recipient": report.next_recipient,
        "needs_look": [look_object(look) for look in report.needs_look],
        "drafts": [
            {
                "stage": str(d.stage),
                "to": d.recipient,
                "status": d.status,
                "at": d.at.isoformat(),
                "message_id": d.message_id,
            }
            for d in report.drafts
        ],
    }


def table_row(report: ProcessReport, at: datetime, zone: ZoneInfo) -> tuple[str, ...]:
    if report.next_stage is None:
        when = "-"
    elif report.next_due is None or report.next_due <= at:
        when = "now"
    else:
        when = f"{_local(report.next_due, zone)} (in {_until(report.next_due - at)})"
    made = [str(d.stage) + ("" if d.status == "made" else f" ({d.status})") for d in report.drafts]
    hold = hold_of(report)
    return (
        report.company or report.employer or "?",
        report.role or "-",
        f"{report.state}, {hold}" if hold else report.state,
        _local(report.last_contact, zone) if report.last_contact else "-",
        str(report.next_stage) if report.next_stage else "-",
        when,
        ", ".join(made) or "-",
    )


def _question_json(account: str, question: Question, text: str, command: str) -> dict[str, Any]:
    return {
        "account": account,
        "what": question.what,
        "process": question.process_id,
        "message_id": question.message_id,
        "targets": [t.id for t in question.targets],
        "text": text,
        "command": command,
    }


def render_table(rows: list[tuple[str, ...]]) -> str:
    cells = [COLUMNS, *[tuple(_clip(cell) for cell in row) for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def _clip(text: str) -> str:
    text = " ".join(text.split())  # mail-derived text: no control characters, one line
    return text if len(text) <= MAX_CELL or "," in text else text[: MAX_CELL - 1] + "…"


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _until(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 48 * 60:
        return f"{minutes // 60}h"
    return f"{minutes // 1440}d"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
