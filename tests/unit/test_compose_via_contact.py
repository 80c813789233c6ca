"""The thank_you_via_contact draft and the interviewer variables templates see
(drafts/context.py: interviewers, interviewer_names, interviewers_phrase, session_title)."""

from __future__ import annotations

from dataclasses import replace

from followupd.drafts.compose import compose
from followupd.drafts.context import sample_action, template_variables
from followupd.drafts.templates import Templates
from followupd.model.domain import Person, Session, Stage
from followupd.model.settings import DraftSettings, Me

ME = Me(name="Alice Example", addresses=("alice@example.com",), timezone="Europe/London")
RAFAEL = Session(Person("", "Rafael Ortiz"), title="System design", job_title="Head of Data")
INES = Session(Person("", "Ines Carvalho"), job_title="Staff Engineer")


def body(action: object, tone: str = "formal") -> str:
    drafts = DraftSettings(tone=tone)
    message = compose(action, ME, drafts, Templates(), "alice@example.com")  # type: ignore[arg-type]
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def variables(action: object) -> dict[str, object]:
    return template_variables(action, ME, DraftSettings(), "alice@example.com", True)  # type: ignore[arg-type]


def test_the_interviewers_come_as_a_list_and_as_phrases() -> None:
    action = replace(sample_action(Stage.THANK_YOU_VIA_CONTACT), named=(RAFAEL, INES))
    found = variables(action)
    assert found["pass_thanks_to"] == [
        {
            "name": "Rafael Ortiz",
            "first_name": "Rafael",
            "session": "System design",
            "job_title": "Head of Data",
        },
        {
            "name": "Ines Carvalho",
            "first_name": "Ines",
            "session": "",
            "job_title": "Staff Engineer",
        },
    ]
    assert found["interviewer_names"] == "Rafael Ortiz and Ines Carvalho"
    assert (
        found["interviewers_phrase"]
        == "Rafael Ortiz (system design) and Ines Carvalho (Staff Engineer)"
    )


def test_the_draft_thanks_for_arranging_names_each_and_asks_for_their_addresses() -> None:
    text = body(replace(sample_action(Stage.THANK_YOU_VIA_CONTACT), named=(RAFAEL, INES)))
    assert "Thank you for arranging my interviews" in text
    assert "Rafael Ortiz (system design) and Ines Carvalho (Staff Engineer)" in text
    assert "pass on my thanks" in text
    assert "could you share their email addresses?" in text
    assert "speak with me" not in text


def test_one_interviewer_is_named_by_their_name() -> None:
    text = body(replace(sample_action(Stage.THANK_YOU_VIA_CONTACT), named=(INES,)), "friendly")
    assert text.startswith("Hi Dana,")
    assert "could you share Ines's email address?" in text
    assert "my interview " in text


def test_nobody_named_thanks_for_arranging_and_for_passing_thanks_to_everyone() -> None:
    text = body(replace(sample_action(Stage.THANK_YOU_VIA_CONTACT), named=()))
    assert "Thank you for arranging my interview " in text
    assert "pass on my thanks to everyone I spoke with" in text


def test_a_thank_you_names_the_recipients_session() -> None:
    plain = replace(sample_action(Stage.THANK_YOU), sessions=())
    action = replace(plain, extra=(("session_title", "System design"),))
    assert "enjoyed the “system design” session" in body(action).replace("\n", " ")
    assert "session" not in body(plain)


def test_a_thank_you_to_a_contact_who_was_met_asks_them_to_pass_thanks_on() -> None:
    action = replace(sample_action(Stage.THANK_YOU), named=(INES,))
    text = body(action)
    assert "pass on my thanks to Ines Carvalho (Staff Engineer)" in text
    assert "share Ines's email address so that I can thank Ines Carvalho directly" in text
    assert "pass on my thanks" not in body(sample_action(Stage.THANK_YOU))


def test_names_from_mail_cannot_break_out_of_the_text() -> None:
    hostile = Session(Person("", "Eve\r\nBcc: x@evil.example {{ 7*7 }}"), title="{% raw %}x")
    text = body(replace(sample_action(Stage.THANK_YOU_VIA_CONTACT), named=(hostile,)))
    assert "Bcc:" not in text.splitlines()[0]
    assert "49" not in text
    assert "\r" not in text


def test_the_new_template_renders_in_the_lint() -> None:
    assert Templates().lint() == []


def test_a_thank_you_to_someone_who_only_arranged_it_thanks_them_for_arranging() -> None:
    from followupd.model import ARRANGED_ONLY

    action = sample_action(Stage.THANK_YOU)
    action = replace(action, interviewers=(), extra=((ARRANGED_ONLY, "yes"),))
    text = body(action)
    assert "Thank you for arranging my interview " in text
    assert "speak with me" not in text
