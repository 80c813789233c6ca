"""What the user is told in words: the questions waiting for their word, why each draft was
made now, what needs a look. Shared by the INBOX note, `status` and `news`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from followupd.model import DraftRecord, Process, Stage
from followupd.policy import Question
from followupd.understand import short_id


def company_of(process: Process | None) -> str:
    if process is None:
        return "an application"
    return process.company or process.employer


def question_words(question: Question, zone: ZoneInfo) -> tuple[str, str]:
    """The question, and the command that answers yes."""
    when = _day(question.at.astimezone(zone).date())
    names = _names(question.targets)
    if question.what == "offer":
        by = f", to answer by {_day(question.reply_by)}" if question.reply_by else ""
        text = (
            f"{question.company} made you an offer on {when}{by}: tell {names}, where you had "
            "interviews, with an update on your timeline?"
        )
        return text, f"followupd news offer --process {question.process_id}"
    others = f"withdraw from {names}" if question.targets else "close it"
    text = (
        f"Your message of {when} ({short_id(question.message_id)}) reads as accepting the "
        f"offer from {question.company}: {others}?"
    )
    return text, f"followupd news accepted --process {question.process_id}"


def why_now(record: DraftRecord, process: Process | None, zone: ZoneInfo) -> str:
    """Why a draft was made when it was, in a few words."""
    stage = record.stage
    if process is None:
        return "its moment came"
    if stage in (Stage.THANK_YOU, Stage.THANK_YOU_VIA_CONTACT):
        interview = next((i for i in process.interviews if i.ordinal == record.occurrence), None)
        when = _day(interview.start.astimezone(zone).date()) if interview else "lately"
        return f"after your interview on {when}"
    if stage is Stage.CHECK_IN:
        return _check_in_why(process, record, zone)
    return _WHY.get(stage, "its moment came")


_WHY = {
    Stage.FINAL_NOTE: "two check-ins without an answer: a last, friendly note",
    Stage.HOLDING_ACK: "they wrote that they are still deciding",
    Stage.REJECTION_REPLY: "they turned the application down: a gracious answer",
    Stage.OFFER_REPLY: "they made you an offer: thanks and when you will answer",
    Stage.OTHER_OFFER_UPDATE: "you have an offer elsewhere: an update on your timeline",
    Stage.WITHDRAWAL: "you are withdrawing from this application: a short, gracious note",
    Stage.REFERENCE_HEADS_UP: "the employer asked for references: a heads-up before they call",
}


def _check_in_why(process: Process, record: DraftRecord, zone: ZoneInfo) -> str:
    day = record.at.astimezone(zone).date()
    if process.decision_by is not None and process.decision_by < day:
        return f"the day they said they would decide by ({_day(process.decision_by)}) has passed"
    last = process.last_employer_message
    if last is not None and last.envelope.date is not None:
        return f"no word from them since {_day(last.envelope.date.astimezone(zone).date())}"
    return "no word from them for a while"


def look_words(process: Process) -> list[str]:
    """Each reading of the process held for the user's word, with the command that releases it."""
    found = []
    for look in process.needs_look:
        mark = short_id(look.observation.envelope.message_id)
        found.append(
            f"{company_of(process)}: {mark} {look.reason} "
            f"(followupd correct {mark} --confirm, or --kind KIND)"
        )
    return found


def missed_words(record: DraftRecord, process: Process | None) -> str:
    return (
        f"{company_of(process)}: the {record.stage.value} to {record.recipient} was due too long"
        " ago, and was not drafted"
    )


def _names(processes: Sequence[Process]) -> str:
    names = list(dict.fromkeys(company_of(p) for p in processes))
    if not names:
        return "no other application"
    shown = names if len(names) <= 4 else [*names[:3], f"{len(names) - 3} more"]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _day(day: date | datetime) -> str:
    return f"{day:%a} {day:%b} {day.day}"
