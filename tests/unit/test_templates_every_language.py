"""Every default template, in every shipped language and tone, with every fact unknown and then
with every fact known: no "None", no raw "{{", no double spaces, no blank salutation, no space
before a comma or full stop, and the marked spots a careful sender fills in."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from followupd.drafts.compose import compose
from followupd.drafts.templates import Templates, default_templates_dir, template_name
from followupd.model import (
    DRAFT_LANGUAGES,
    Action,
    DraftSettings,
    Envelope,
    Me,
    Person,
    Session,
    Stage,
)

TEMPLATES = Templates()
NOBODY = Person("recruiting@quiet.example", "")


def unknown(stage: Stage, language: str) -> Action:
    """Nothing known: no name, no role, no company, no dates, no interview, no thread."""
    return Action(
        process_id="p",
        stage=stage,
        to=(NOBODY,),
        due=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
        language=language,
    )


def known(stage: Stage, language: str) -> Action:
    """Everything known, the second check-in, a late thank-you, a session title."""
    dana = Person("dana.lee@acme.example", "Dana Lee")
    sam = Person("sam.roe@acme.example", "Sam Roe")
    thread = Envelope(
        message_id="<t@acme.example>",
        subject="Interview",
        sender=dana,
        to=(Person("me@example.com", "Me"),),
        date=datetime(2026, 2, 27, tzinfo=UTC),
    )
    return Action(
        process_id="p",
        stage=stage,
        to=(dana,),
        due=datetime(2026, 3, 3, 16, 0, tzinfo=UTC),
        occurrence=2,
        answers=thread,
        late=True,
        company="Acme Analytics",
        role="Data Analyst",
        interview_start=datetime(2026, 3, 2, 14, 0, tzinfo=UTC),
        decision_by=date(2026, 3, 13),
        reply_by=date(2027, 1, 8),
        language=language,
        interviewers=(dana, sam),
        sessions=(Session(dana, title="Case study"), Session(sam, title="Staff Engineer")),
    )


ME_UNKNOWN = Me(addresses=("me@example.com",))
ME_KNOWN = Me(name="Robin Quinn", addresses=("me@example.com",), timezone="Europe/Berlin")
CASES = [
    (stage, language, tone, facts)
    for stage in Stage
    for language in DRAFT_LANGUAGES
    for tone in ("formal", "friendly")
    for facts in ("unknown", "known")
]
_SPACE_BEFORE = re.compile(r" [,.;:]| $|^ ", re.MULTILINE)
# A greeting that needs a name, left without one ("Dear,", "Sehr geehrte Frau,", "Estimada:").
_BLANK_SALUTATION = re.compile(
    r"^(?:Dear|Hi|Liebe|Lieber|Sehr geehrte[r]?(?: Frau| Herr)?|Estimad[oa]|Bonjour Madame"
    r"|Bonjour Monsieur|Guten Tag (?:Frau|Herr))[,:]$"
)


def render(action: Action, language: str) -> str:
    drafts = DraftSettings(languages=DRAFT_LANGUAGES)
    message = compose(action, ME_KNOWN, drafts, TEMPLATES, "me@example.com")
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def draft_text(stage: Stage, language: str, tone: str, facts: str) -> tuple[str, str]:
    build = known if facts == "known" else unknown
    me = ME_KNOWN if facts == "known" else ME_UNKNOWN
    drafts = DraftSettings(tone=tone, languages=DRAFT_LANGUAGES)
    message = compose(build(stage, language), me, drafts, TEMPLATES, "me@example.com")
    body = message.get_body(("plain",))
    assert body is not None
    return str(message["Subject"]), str(body.get_content())


@pytest.mark.parametrize(("stage", "language", "tone", "facts"), CASES)
def test_every_template_reads_cleanly(stage: Stage, language: str, tone: str, facts: str) -> None:
    if language != "en":
        assert (default_templates_dir() / template_name(stage, language)).is_file()
    subject, body = draft_text(stage, language, tone, facts)
    for text in (subject, body):
        assert "None" not in text
        assert "{{" not in text and "{%" not in text and "}}" not in text
        assert "  " not in text, text
        assert not _SPACE_BEFORE.search(text), text
    salutation = body.split("\n", 1)[0]
    assert re.search(r"\w", salutation) and salutation[-1] in ",:", salutation
    assert not _BLANK_SALUTATION.match(salutation), salutation
    assert "\n\n\n" not in body
    closing, _, signature = body.rstrip("\n").rpartition("\n")
    assert signature == ("Robin Quinn" if facts == "known" else "me@example.com")
    assert closing.rsplit("\n", 1)[-1].strip()


@pytest.mark.parametrize("language", DRAFT_LANGUAGES)
def test_known_facts_reach_the_text(language: str) -> None:
    _, thank_you = draft_text(Stage.THANK_YOU, language, "formal", "known")
    assert "Data Analyst" in thank_you and "Case study" in thank_you
    assert "Staff Engineer" not in thank_you  # a job title is no session title
    coordinator = replace(known(Stage.CHECK_IN, language), to=(Person("p@acme.example", "Priya"),))
    check_in = render(coordinator, language)
    assert "Dana Lee" in check_in and "Sam Roe" in check_in  # who the interview was with
    assert "Dana Lee" not in render(known(Stage.CHECK_IN, language), language).split("\n", 1)[1]
    _, offer = draft_text(Stage.OFFER_REPLY, language, "formal", "known")
    assert "2027" in offer  # a reply-by date in another year shows its year
    assert "[" not in offer.split("\n\n")[2].split(".")[0]  # the date, no marked spot


def test_unknown_reply_by_leaves_a_marked_spot_in_every_language() -> None:
    for language in DRAFT_LANGUAGES:
        _, offer = draft_text(Stage.OFFER_REPLY, language, "formal", "unknown")
        assert re.search(r"\[[^\]]+\]", offer.split("\n\n")[2])
