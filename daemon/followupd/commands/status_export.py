"""`followupd status --csv` and `--ics`: the record of the search, for a spreadsheet and a calendar.

CSV (RFC 4180, UTF-8, CRLF line ends, a header row): one row per application: process, account,
employer, company, role, state, hold (muted, or snoozed until a day), applied (the day of its
first message), last contact, interviews (their local times, "; "-separated), next step and
when, drafts made. Text from mail that a spreadsheet would run as a formula (starting with =,
+, -, @, a tab or a carriage return) is prefixed with an apostrophe.

iCalendar (RFC 5545): one event per follow-up that is due or waiting for a moment (15 minutes at
that moment, in UTC), and one all-day event per offer's answer-by day still to come. Each UID
is made from what the event is about, so importing the file again updates the same events.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Event

    from followupd.engine import ProcessReport
    from followupd.policy import StageStatus

CSV_COLUMNS = (
    "process",
    "account",
    "employer",
    "company",
    "role",
    "state",
    "hold",
    "applied",
    "last_contact",
    "interviews",
    "next_step",
    "next_due",
    "drafts_made",
)
FOLLOW_UP_LENGTH = timedelta(minutes=15)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(reports: Sequence[ProcessReport], at: datetime, zone: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for report in reports:
        writer.writerow([_cell(value) for value in _row(report, at, zone)])
    return out.getvalue()


def hold_of(report: ProcessReport) -> str:
    if report.muted_on is not None:
        return "muted"
    if report.snoozed_until is not None:
        return f"snoozed until {report.snoozed_until.isoformat()}"
    return ""


def _row(report: ProcessReport, at: datetime, zone: ZoneInfo) -> list[str]:
    dates = [o.envelope.date for o in report.timeline if o.envelope.date is not None]
    if report.next_stage is None:
        when = ""
    elif report.next_due is None or report.next_due <= at:
        when = "now"
    else:
        when = _local(report.next_due, zone)
    step = f"{report.next_stage.value} to {report.next_recipient}" if report.next_stage else ""
    return [
        report.process_id,
        report.account,
        report.employer,
        report.company or "",
        report.role or "",
        str(report.state),
        hold_of(report),
        min(dates).astimezone(zone).date().isoformat() if dates else "",
        _local(report.last_contact, zone) if report.last_contact else "",
        "; ".join(_local(start, zone) for start in report.interviews),
        step,
        when,
        str(sum(d.status != "missed" for d in report.drafts)),
    ]


def _cell(value: str) -> str:
    text = " ".join(value.split()) if value else ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _local(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def ics_text(reports: Sequence[ProcessReport], at: datetime, zone: ZoneInfo) -> str:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", "-//followupd//status//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Job search follow-ups")
    for report in reports:
        for event in _events(report, at, zone):
            calendar.add_component(event)
    return str(calendar.to_ical().decode("utf-8"))


def _events(report: ProcessReport, at: datetime, zone: ZoneInfo) -> Iterator[Event]:
    from icalendar import Event

    company = report.company or report.employer
    for status in report.stages:
        if status.status not in ("due", "waiting") or status.until is None:
            continue
        event = Event()
        event.add("uid", _uid(report.process_id, status.stage.value, status.recipient))
        event.add("dtstamp", at.astimezone(UTC))
        event.add("dtstart", status.until.astimezone(UTC))
        event.add("dtend", status.until.astimezone(UTC) + FOLLOW_UP_LENGTH)
        event.add("summary", f"Follow-up: {status.stage.value} to {company}")
        event.add("description", _description(report, status))
        yield event
    today = at.astimezone(zone).date()
    if report.reply_by is not None and report.reply_by >= today and str(report.state) == "offered":
        yield _answer_by(report, company, report.reply_by, at)


def _answer_by(report: ProcessReport, company: str, day: date, at: datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", _uid(report.process_id, "reply_by", day.isoformat()))
    event.add("dtstamp", at.astimezone(UTC))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", f"Answer {company}'s offer by today")
    event.add("transp", "TRANSPARENT")
    return event


def _description(report: ProcessReport, status: StageStatus) -> str:
    role = f" ({report.role})" if report.role else ""
    to = status.recipient or "-"
    return (
        f"{status.stage.value} to {to} for {report.company or report.employer}{role}: "
        f"{status.reason}. followupd drafts it into your Drafts folder then; nothing is sent."
    )


def _uid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return f"{digest}@followupd"
