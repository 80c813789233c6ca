"""The variables a draft template sees, built from an Action and the user's settings.

Every variable is always defined and is text, a bool, an int, a list of text or a dict of
text: never None, so a template cannot print "None", and an unknown fact is "" (or a
graceful phrase such as "the role" / "your team") for `{% if %}` to test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.drafts.headers import MAX_NAME, base_subject, clean_text
from followupd.model import Action, DraftSettings, Envelope, Me, Person, Session, Stage

_HONORIFICS = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "mx", "mx.", "prof", "prof."}
_HONORIFICS |= {"professor", "herr", "herrn", "frau", "m.", "mme", "mme.", "monsieur", "madame"}
_HONORIFICS |= {"sr.", "sra.", "srta.", "dña.", "mag.", "di"}
_CREDENTIALS = {"phd", "ph.d.", "mba", "md", "jr", "jr.", "sr", "sr.", "cpa", "pmp", "ii", "iii"}
_NOT_A_PERSON = re.compile(
    r"\b(team|recruit\w*|talent|careers?|hiring|hr|no-?reply|do-?not-?reply|notifications?"
    r"|jobs?|people|support|admin\w*|acquisition|calendar|scheduling|human resources|info"
    r"|workday|greenhouse|icims|taleo|smartrecruiters)\b",
    re.IGNORECASE,
)
_PLACEHOLDER_NAMES = {"none", "null", "undefined", "unknown", "n/a", "nil"}
_TRAILING_AFFILIATION = re.compile(r"\s+(?:via|from|at|\||-|–|—)\s+.*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[{<][^)\]}>]*[)\]}>]")


def person_name(raw: str) -> str:
    """A display name fit for a salutation ("" when it is not a person's name)."""
    name = _BRACKETED.sub("", clean_text(raw, MAX_NAME)).strip(" \"'`")
    name = _TRAILING_AFFILIATION.sub("", name).strip(" ,;")
    name = _reorder_last_first(name)
    if not name or len(name) > 64 or "@" in name or any(c.isdigit() for c in name):
        return ""
    if name.lower() in _PLACEHOLDER_NAMES or _NOT_A_PERSON.search(name):
        return ""
    if sum(c.isalpha() for c in name) < 2:
        return ""
    if name.isupper() or name.islower():
        name = " ".join(word.capitalize() for word in name.split())
    return name


def _reorder_last_first(name: str) -> str:
    """ "Lee, Dana" -> "Dana Lee"; "Dana Lee, PhD" -> "Dana Lee"."""
    if name.count(",") != 1:
        return name
    left, right = (part.strip() for part in name.split(","))
    if right.lower() in _CREDENTIALS or not right:
        return left
    if left and len(left.split()) <= 2 and len(right.split()) <= 2:
        return f"{right} {left}"
    return name


def first_name(full_name: str) -> str:
    """The given name, without honorifics; the full name when the first word is an initial."""
    words = [w for w in full_name.split() if w.lower() not in _HONORIFICS]
    if len(words) <= 1:
        return full_name  # "Frau Zbinden": a surname after an honorific is no given name
    first = words[0]
    return full_name if len(first) <= 2 or first.endswith(".") else first


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def salutation(recipients: Sequence[Person], tone: str) -> str:
    """ "Dear Dana Lee," (formal) or "Hi Dana," (friendly); a neutral one when no name is known."""
    names = [n for n in (person_name(p.name) for p in recipients) if n]
    friendly = tone == "friendly"
    if not names:
        return "Hello," if friendly else "Dear Hiring Manager,"
    if friendly:
        return f"Hi {join_names([first_name(n) for n in names])},"
    return f"Dear {join_names(names)},"


def role_phrases(role: str, company: str) -> dict[str, str]:
    """Phrases that read well whether or not the role and the company are known."""
    if role:
        noun = "" if re.search(r"\b(role|position|job|opening)$", role, re.IGNORECASE) else " role"
        the_role = f"the {role}{noun}"
    else:
        the_role = "the role"
    return {
        "the_role": the_role,
        "role_at_company": f"{the_role} at {company}" if company else the_role,
        "company_or_team": company or "your team",
    }


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def long_date(day: date) -> str:
    """ "Tuesday, 3 March 2026": unambiguous in every English-speaking country."""
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _local_day(moment: datetime | None, timezone: str) -> date | None:
    return moment.astimezone(_zone(timezone)).date() if moment is not None else None


def signature_block(me: Me, drafts: DraftSettings, from_address: str) -> tuple[str, list[str]]:
    """The lines under the closing: the user's name, then their signature lines."""
    lines = [clean_text(line, 200) for line in drafts.signature]
    lines = [line for line in lines if line]
    name = clean_text(me.name, MAX_NAME)
    block = [name, *lines] if name else lines
    return "\n".join(block or [from_address]), lines


def template_variables(
    action: Action, me: Me, drafts: DraftSettings, from_address: str, in_thread: bool
) -> dict[str, object]:
    """Every variable a template may use (README "Templates" lists them)."""
    role = clean_text(action.role or "", 120)
    company = clean_text(action.company or "", 120)
    recipient_names = [n for n in (person_name(p.name) for p in action.to) if n]
    interview_day = _local_day(action.interview_start, me.timezone)
    signature, signature_lines = signature_block(me, drafts, from_address)
    my_name = clean_text(me.name, MAX_NAME)
    return {
        "stage": action.stage.value,
        "tone": "friendly" if drafts.tone == "friendly" else "formal",
        "salutation": salutation(action.to, drafts.tone),
        "recipient_name": join_names(recipient_names),
        "recipient_first_name": join_names([first_name(n) for n in recipient_names]),
        "recipient_address": action.to[0].address if action.to else "",
        "role": role,
        "company": company,
        **role_phrases(role, company),
        "interview_date": long_date(interview_day) if interview_day else "",
        "interview_day": f"{interview_day:%A}" if interview_day else "",
        "decision_by": long_date(action.decision_by) if action.decision_by else "",
        "late": action.late,
        "occurrence": action.occurrence,
        "in_thread": in_thread,
        "thread_subject": base_subject(action.answers.subject) if action.answers else "",
        "my_name": my_name,
        "my_first_name": first_name(my_name) if my_name else "",
        "my_address": from_address,
        "signature": signature,
        "signature_lines": signature_lines,
        "extra": {clean_text(k, 60): clean_text(v, 500) for k, v in action.extra},
        **interviewer_variables(action),
    }


MAX_TITLE = 80


def interviewer_variables(action: Action) -> dict[str, object]:
    """The interviewers a draft names who are not its recipients (thank_you_via_contact: those
    to thank through the recipient), and the recipient's own session's title."""
    named = [_interviewer(s) for s in action.named]
    named = [n for n in named if n["name"]]
    extra = dict(action.extra)
    return {
        "interviewers": named,
        "interviewer_names": join_names([n["name"] for n in named]),
        "interviewers_phrase": join_names([_with_title(n) for n in named]),
        "session_title": _mid_sentence(clean_text(extra.get("session_title", ""), MAX_TITLE)),
    }


def _mid_sentence(title: str) -> str:
    """A session's title as it reads mid-sentence: "system design" ("SQL review" stays)."""
    if title[:1].isupper() and title[1:2].islower():
        return title[0].lower() + title[1:]
    return title


def _interviewer(session: Session) -> dict[str, str]:
    name = person_name(session.person.name)
    return {
        "name": name,
        "first_name": first_name(name) if name else "",
        "session": clean_text(session.title, MAX_TITLE),
        "job_title": clean_text(session.job_title, MAX_TITLE),
    }


def _with_title(interviewer: dict[str, str]) -> str:
    """ "Rafael Ortiz (Head of Data)": the name, and the session's title or the job title."""
    title = _mid_sentence(interviewer["session"]) or interviewer["job_title"]
    return f"{interviewer['name']} ({title})" if title else interviewer["name"]


SAMPLE_THREAD = Envelope(
    message_id="<interview-2026-03-03@acme-analytics.example>",
    subject="Interview: Senior Data Engineer",
    sender=Person("dana.lee@acme-analytics.example", "Dana Lee"),
    to=(Person("alice@example.com", "Alice Example"),),
    date=datetime(2026, 2, 27, 10, 5, tzinfo=UTC),
    references=("<application-4821@acme-analytics.example>",),
)


SAMPLE_PANEL = (
    Session(Person("", "Rafael Ortiz"), title="System design", job_title="Head of Data"),
    Session(Person("", "Ines Carvalho"), job_title="Staff Engineer"),
)


def sample_action(stage: Stage) -> Action:
    """A made-up but typical draft of `stage`, for `preview --sample` and template lint."""
    via_contact = stage is Stage.THANK_YOU_VIA_CONTACT
    return Action(
        process_id="sample",
        stage=stage,
        to=(Person("dana.lee@acme-analytics.example", "Dana Lee"),),
        due=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
        answers=SAMPLE_THREAD,
        company="Acme Analytics",
        role="Senior Data Engineer",
        interview_start=datetime(2026, 3, 3, 14, 0, tzinfo=UTC),
        decision_by=date(2026, 3, 13) if stage in {Stage.HOLDING_ACK, Stage.OFFER_REPLY} else None,
        named=SAMPLE_PANEL if via_contact else (),
    )


def sample_variables(me: Me, drafts: DraftSettings, from_address: str = "") -> dict[str, object]:
    """Variables of a typical draft, for `Templates.lint` (it sets `stage` for each template)."""
    address = from_address or (me.addresses[0] if me.addresses else "you@example.com")
    return template_variables(sample_action(Stage.THANK_YOU), me, drafts, address, True)
