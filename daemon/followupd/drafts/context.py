"""The variables a draft template sees, built from an Action and the user's settings.

Every variable is always defined and is text, a bool, an int, a list of text or a dict of
text: never None, so a template cannot print "None", and an unknown fact is "" (or a
graceful phrase such as "the role" / "your team") for `{% if %}` to test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale

from followupd.drafts.headers import MAX_NAME, base_subject, clean_text
from followupd.drafts.interviewers import interviewer_variables, session_title, with_session_title
from followupd.drafts.locale import draft_locale, join_names, prose_date, weekday
from followupd.drafts.names import Name, first_name, parse_name, person_name
from followupd.drafts.salutations import salutation
from followupd.model import Action, DraftSettings, Envelope, Me, Person, Session, Stage

__all__ = ["first_name", "person_name", "sample_action", "sample_variables", "template_variables"]

_ROLE_NOUN = re.compile(r"\b(role|position|job|opening)$", re.IGNORECASE)
_FRENCH_ELISION = re.compile(r"^[aeiouyéèêàâîôûAEIOUYÉÈÊÀÂÎÔÛ]")


def role_phrases(role: str, company: str, language: str = "en") -> dict[str, str]:
    """Phrases that read well whether or not the role and the company are known."""
    if language == "de":
        the_role = f"die Stelle als {role}" if role else "die Stelle"
        at, team = "bei", "Ihr Team"
    elif language == "fr":
        the_role = f"le poste {_french_of(role)}" if role else "le poste"
        at, team = "chez", "votre équipe"
    elif language == "es":
        the_role = f"el puesto de {role}" if role else "el puesto"
        at, team = "en", "el equipo"
    else:
        noun = "" if _ROLE_NOUN.search(role) else " role"
        the_role = f"the {role}{noun}" if role else "the role"
        at, team = "at", "your team"
    return {
        "the_role": the_role,
        "role_at_company": f"{the_role} {at} {company}" if company else the_role,
        "company_or_team": company or team,
    }


def _french_of(role: str) -> str:
    return f"d’{role}" if _FRENCH_ELISION.match(role) else f"de {role}"


def _names(people: Sequence[Person]) -> list[Name]:
    return [name for name in (parse_name(p.name) for p in people) if name is not None]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _local_day(moment: datetime | None, timezone: str) -> date | None:
    return moment.astimezone(_zone(timezone)).date() if moment is not None else None


def signature_block(me: Me, drafts: DraftSettings, from_address: str) -> tuple[str, list[str]]:
    """The lines under the closing: the user's name, then their signature lines."""
    lines = [clean_text(line, 200) for line in drafts.signature]
    lines = [line for line in lines if line]
    name = clean_text(me.name, MAX_NAME)
    block = [name, *lines] if name else lines
    return "\n".join(block or [from_address]), lines


def _people_variables(
    action: Action, drafts: DraftSettings, language: str, locale: Locale
) -> dict[str, object]:
    """The salutation, the recipients' names, and who the interview was with (the others)."""
    names = _names(action.to)
    recipients = {p.address for p in action.to}
    others = [p for p in action.interviewers if p.address not in recipients]
    greeting = salutation(
        names,
        language=language,
        tone=drafts.tone,
        convention=drafts.salutation,
        locale=locale,
        company=clean_text(action.company or "", 120),
    )
    return {
        "salutation": greeting,
        "recipient_name": join_names([n.full for n in names], locale),
        "recipient_first_name": join_names([n.given for n in names], locale),
        "recipient_address": action.to[0].address if action.to else "",
        "interviewers": join_names([n.full for n in _names(others)], locale),
        "met_recipient": any(p.address in recipients for p in action.interviewers),
        "session_title": session_title(action.sessions, action.to),
    }


def _date_variables(
    action: Action, me: Me, locale: Locale, moment: datetime | None
) -> dict[str, object]:
    """The interview's day and date, the decision and reply-by dates: the year only when it
    is not the year of the draft."""
    today = _local_day(moment or action.due, me.timezone)
    interview_day = _local_day(action.interview_start, me.timezone)

    def when(day: date | None) -> str:
        return prose_date(day, locale, today is None or day.year != today.year) if day else ""

    return {
        "interview_date": when(interview_day),
        "interview_day": weekday(interview_day, locale) if interview_day else "",
        "decision_by": when(action.decision_by),
        "reply_by": when(action.reply_by),
    }


def template_variables(  # noqa: PLR0917 (the README's variables need all of these)
    action: Action,
    me: Me,
    drafts: DraftSettings,
    from_address: str,
    in_thread: bool,
    language: str = "en",
    moment: datetime | None = None,
) -> dict[str, object]:
    """Every variable a template may use (README "Templates" lists them), in `language`."""
    locale = draft_locale(me, language)
    role = clean_text(action.role or "", 120)
    company = clean_text(action.company or "", 120)
    signature, signature_lines = signature_block(me, drafts, from_address)
    my_name = clean_text(me.name, MAX_NAME)
    return {
        "stage": action.stage.value,
        "language": language,
        "tone": "friendly" if drafts.tone == "friendly" else "formal",
        **_people_variables(action, drafts, language, locale),
        "role": role,
        "company": company,
        **role_phrases(role, company, language),
        **_date_variables(action, me, locale, moment),
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
        **with_session_title(interviewer_variables(action, locale), action),
    }


@dataclass(frozen=True, slots=True)
class _Sample:
    recipient: Person
    colleague: Person
    company: str
    role: str
    subject: str
    session: str


_SAMPLES = {
    "en": _Sample(
        Person("dana.lee@acme-analytics.example", "Dana Lee"),
        Person("sam.roe@acme-analytics.example", "Sam Roe"),
        "Acme Analytics",
        "Senior Data Engineer",
        "Interview: Senior Data Engineer",
        "System design",
    ),
    "de": _Sample(
        Person("anna.weber@nordlicht-energie.example", "Anna Weber"),
        Person("jan.schroeder@nordlicht-energie.example", "Jan Schröder"),
        "Nordlicht Energie",
        "Senior Data Engineer",
        "Ihr Vorstellungsgespräch: Senior Data Engineer",
        "Systemdesign",
    ),
    "fr": _Sample(
        Person("claire.dubois@lumiere-conseil.example", "Claire Dubois"),
        Person("julien.martin@lumiere-conseil.example", "Julien Martin"),
        "Lumière Conseil",
        "Data Engineer",
        "Entretien : Data Engineer",
        "Conception de systèmes",
    ),
    "es": _Sample(
        Person("lucia.garcia@solaria-datos.example", "Lucía García"),
        Person("javier.ruiz@solaria-datos.example", "Javier Ruiz"),
        "Solaria Datos",
        "Analista de Datos",
        "Entrevista: Analista de Datos",
        "Diseño de sistemas",
    ),
}


SAMPLE_PANEL = (
    Session(Person("", "Rafael Ortiz"), title="System design", job_title="Head of Data"),
    Session(Person("", "Ines Carvalho"), job_title="Staff Engineer"),
)


def sample_action(stage: Stage, language: str = "en") -> Action:
    """A made-up but typical draft of `stage`, for `preview --sample` and template lint: a
    thank-you to one of two interviewers, a check-in to the recruiter naming the other."""
    sample = _SAMPLES.get(language, _SAMPLES["en"])
    thread = Envelope(
        message_id=f"<interview-2026-03-03@{sample.recipient.address.partition('@')[2]}>",
        subject=sample.subject,
        sender=sample.recipient,
        to=(Person("alice@example.com", "Alice Example"),),
        date=datetime(2026, 2, 27, 10, 5, tzinfo=UTC),
        references=(f"<application-4821@{sample.recipient.address.partition('@')[2]}>",),
    )
    thanked = stage is Stage.THANK_YOU
    via_contact = stage is Stage.THANK_YOU_VIA_CONTACT
    people = (sample.recipient, sample.colleague) if thanked else (sample.colleague,)
    action = Action(
        process_id="sample",
        stage=stage,
        to=(sample.recipient,),
        due=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
        answers=thread,
        company=sample.company,
        role=sample.role,
        interview_start=datetime(2026, 3, 3, 14, 0, tzinfo=UTC),
        decision_by=date(2026, 3, 13) if stage is Stage.HOLDING_ACK else None,
        reply_by=date(2026, 3, 13)
        if stage in (Stage.OFFER_REPLY, Stage.OTHER_OFFER_UPDATE)
        else None,
        language=language,
        interviewers=people,
        sessions=(Session(sample.recipient, title=sample.session),) if thanked else (),
        named=SAMPLE_PANEL if via_contact else (),
    )
    return _with_news_facts(action, sample, language)


_RELATIONSHIPS = {
    "en": "my manager at Northwind",
    "de": "meine Vorgesetzte bei Northwind",
    "fr": "ma responsable chez Northwind",
    "es": "mi responsable en Northwind",
}
SAMPLE_REFERENCE = Person("robin.hale@northwind.example", "Robin Hale")


def _with_news_facts(action: Action, sample: _Sample, language: str) -> Action:
    """The facts the stages of the user's own news carry: the other offer's company, the one
    whose offer was accepted; a reference (not the employer) and who may call them."""
    if action.stage is Stage.OTHER_OFFER_UPDATE:
        return replace(action, extra=(("offer_from", "Globex"),))
    if action.stage is Stage.WITHDRAWAL:
        return replace(action, extra=(("accepted_at", "Globex"),))
    if action.stage is not Stage.REFERENCE_HEADS_UP:
        return action
    extra = (
        ("relationship", _RELATIONSHIPS.get(language, _RELATIONSHIPS["en"])),
        ("caller", sample.recipient.name),
    )
    return replace(action, to=(SAMPLE_REFERENCE,), answers=None, interviewers=(), extra=extra)


def sample_variables(
    me: Me, drafts: DraftSettings, from_address: str = "", language: str = "en"
) -> dict[str, object]:
    """Variables of a typical draft, for `Templates.lint` (it sets `stage` for each template)."""
    address = from_address or (me.addresses[0] if me.addresses else "you@example.com")
    action = sample_action(Stage.THANK_YOU, language)
    return template_variables(action, me, drafts, address, True, language)
