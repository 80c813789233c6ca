"""compose: recipients, threading headers, subjects, Message-ID, Date, body and salutation."""

from __future__ import annotations

import base64
import email
from dataclasses import replace
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage

import pytest

from followupd.drafts.compose import compose, draft_message_id, text_to_html
from followupd.drafts.context import sample_action
from followupd.drafts.headers import reply_thread_index
from followupd.drafts.templates import Templates
from followupd.errors import DraftError
from followupd.mail.parse import parse_message
from followupd.model.domain import Action, Envelope, Person, Stage
from followupd.model.settings import DraftSettings, Me

ME = Me(
    name="Alice Example",
    addresses=("alice@example.com", "alice@work.example"),
    timezone="America/New_York",
)
DRAFTS = DraftSettings(signature=("+1 555 0100", "https://example.com/alice"))
TEMPLATES = Templates()
DANA = Person("dana.lee@acme.example", "Dana Lee")
THREAD = Envelope(
    message_id="<m2@acme.example>",
    subject="RE: Fwd: AW: SV: Interview: Senior Data Engineer",
    sender=DANA,
    to=(Person("alice@example.com", "Alice Example"),),
    cc=(Person("sam@acme.example", "Sam Roe"),),
    references=("<m0@acme.example>", "<m1@example.com>"),
)


def action(**changes: object) -> Action:
    base = Action(
        process_id="p-1",
        stage=Stage.CHECK_IN,
        to=(DANA,),
        due=datetime(2026, 3, 10, 13, 0, tzinfo=UTC),
        answers=THREAD,
        company="Acme",
        role="Senior Data Engineer",
        interview_start=datetime(2026, 3, 3, 15, 0, tzinfo=UTC),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def draft(act: Action, drafts: DraftSettings = DRAFTS, **kwargs: object) -> EmailMessage:
    message = compose(act, ME, drafts, TEMPLATES, "alice@example.com", **kwargs)  # type: ignore[arg-type]
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


def test_a_reply_in_the_thread_carries_in_reply_to_references_and_one_re() -> None:
    message = draft(action())
    assert message["In-Reply-To"] == "<m2@acme.example>"
    assert message["References"].split() == [
        "<m0@acme.example>",
        "<m1@example.com>",
        "<m2@acme.example>",
    ]
    assert message["Subject"] == "Re: Interview: Senior Data Engineer"
    assert message["Thread-Topic"] == "Interview: Senior Data Engineer"
    assert message["From"] == "Alice Example <alice@example.com>"
    assert message["To"] == "Dana Lee <dana.lee@acme.example>"


def test_an_interviewer_who_was_not_in_the_thread_gets_a_new_thread_and_subject() -> None:
    kim = Person("kim.park@acme.example", "Kim Park")
    message = draft(action(stage=Stage.THANK_YOU, to=(kim,)))
    assert message["Subject"] == "Thank you — Senior Data Engineer interview"
    assert message["In-Reply-To"] is None and message["References"] is None
    assert message["Thread-Topic"] is None
    assert body(message).startswith("Dear Kim,\n")


def test_a_cc_of_the_answered_message_counts_as_in_the_thread() -> None:
    message = draft(action(stage=Stage.THANK_YOU, to=(Person("sam@acme.example", "Sam Roe"),)))
    assert message["In-Reply-To"] == "<m2@acme.example>"


def test_no_answered_message_means_a_new_thread() -> None:
    message = draft(action(answers=None, stage=Stage.HOLDING_ACK))
    assert message["Subject"] == "Thank you for the update — Senior Data Engineer"
    assert message["In-Reply-To"] is None


def test_an_answered_message_without_subject_keeps_threading_with_the_template_subject() -> None:
    message = draft(action(answers=replace(THREAD, subject="  Re:  ")))
    assert message["In-Reply-To"] == "<m2@acme.example>"
    assert message["Subject"] == "Following up — Senior Data Engineer at Acme"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: RE: Fwd: AW: SV: Interview", "Re: Interview"),
        ("re:Interview", "Re: Interview"),
        ("Re[2]: FW: Antw: WG: Interview", "Re: Interview"),
        ("Interview re: next steps", "Re: Interview re: next steps"),
        ("Réponse: Entretien", "Re: Réponse: Entretien"),
    ],
)
def test_reply_prefixes_do_not_pile_up(subject: str, expected: str) -> None:
    assert draft(action(answers=replace(THREAD, subject=subject)))["Subject"] == expected


def test_long_reference_chains_keep_the_first_and_the_latest_ids() -> None:
    chain = tuple(f"<r{i}@acme.example>" for i in range(40))
    references = draft(action(answers=replace(THREAD, references=chain)))["References"].split()
    assert len(references) == 20
    assert references[0] == "<r0@acme.example>"
    assert references[-2:] == ["<r39@acme.example>", "<m2@acme.example>"]


def test_invalid_reference_ids_are_dropped() -> None:
    chain = ("not-an-id", "<a b@x>", "<ok@acme.example>", "<=?utf-8?q?x?=@x>")
    references = draft(action(answers=replace(THREAD, references=chain)))["References"].split()
    assert references == ["<ok@acme.example>", "<m2@acme.example>"]


def test_a_long_outlook_message_id_stays_a_message_id_not_an_encoded_word() -> None:
    long_id = "<" + "DM6PR04MB1234ABCD" * 6 + "@DM6PR04MB1234.namprd04.prod.outlook.com>"
    message = compose(
        action(answers=replace(THREAD, message_id=long_id)),
        ME,
        DRAFTS,
        TEMPLATES,
        "alice@example.com",
    )
    raw = message.as_bytes()
    assert b"=?" not in raw.split(b"\r\n\r\n")[0]
    assert f"In-Reply-To: {long_id}\r\n".encode() in raw
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_message_id_is_deterministic_and_uses_the_users_domain() -> None:
    first = draft(action())["Message-ID"]
    assert first == draft(action())["Message-ID"]
    assert first == draft_message_id(
        "p-1", Stage.CHECK_IN, "dana.lee@acme.example", 1, "example.com"
    )
    assert first.startswith("<") and first.endswith("@example.com>")
    assert draft(action(occurrence=2))["Message-ID"] != first
    assert (
        draft_message_id("p-1", Stage.CHECK_IN, "DANA.LEE@acme.example ", 1, "Example.COM") == first
    )


def test_message_id_with_an_unusable_domain_falls_back() -> None:
    assert draft_message_id("p", Stage.THANK_YOU, "a@b.example", 1, "bad domain\r\n").endswith(
        "@followupd.invalid>"
    )


def test_date_is_now_when_given_else_the_due_moment_in_the_users_zone() -> None:
    assert draft(action())["Date"] == "Tue, 10 Mar 2026 09:00:00 -0400"
    now = datetime(2026, 3, 11, 18, 30, tzinfo=UTC)
    assert draft(action(), now=now)["Date"] == "Wed, 11 Mar 2026 14:30:00 -0400"


def test_cc_keeps_others_but_never_the_user_or_a_to_recipient() -> None:
    cc = (
        Person("sam@acme.example", "Sam"),
        Person("ALICE@work.example"),
        DANA,
        Person("sam@acme.example"),
    )
    assert draft(action(cc=cc))["Cc"] == "Sam <sam@acme.example>"


def test_no_usable_recipient_is_a_draft_error() -> None:
    with pytest.raises(DraftError):
        compose(action(to=(Person("not an address"),)), ME, DRAFTS, TEMPLATES, "alice@example.com")
    with pytest.raises(DraftError):
        compose(
            action(to=(Person("alice@example.com"),)), ME, DRAFTS, TEMPLATES, "alice@example.com"
        )
    with pytest.raises(DraftError):
        compose(action(), ME, DRAFTS, TEMPLATES, "nobody")


def test_plain_text_only_unless_html_is_asked_for() -> None:
    plain = draft(action())
    assert plain.get_content_type() == "text/plain"
    both = draft(action(stage=Stage.THANK_YOU), replace(DRAFTS, html=True))
    assert both.get_content_type() == "multipart/alternative"
    html_part = both.get_body(("html",))
    assert html_part is not None
    markup = str(html_part.get_content())  # type: ignore[attr-defined]
    assert "<mark>[Add one specific thing you discussed]</mark>" in markup
    assert "<p>Dear Dana,</p>" in markup


def test_text_to_html_escapes_message_data() -> None:
    assert "&lt;script&gt;" in text_to_html("<script>alert(1)</script>")


def test_non_ascii_bodies_and_names_are_utf8() -> None:
    me = replace(ME, name="Zoë Ångström")
    message = compose(
        action(to=(Person("jose@acme.example", "José Núñez"),)),
        me,
        DRAFTS,
        TEMPLATES,
        "alice@example.com",
    )
    raw = message.as_bytes()
    assert raw.isascii()
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert str(parsed["From"]) == "Zoë Ångström <alice@example.com>"
    assert "Dear José," in body(parsed)  # type: ignore[arg-type]
    assert "Zoë Ångström" in body(parsed)  # type: ignore[arg-type]


def test_the_body_has_the_signature_lines() -> None:
    text = body(draft(action()))
    assert text.rstrip().endswith(
        "Kind regards,\nAlice Example\n+1 555 0100\nhttps://example.com/alice"
    )


def test_interview_date_is_in_the_users_zone_and_locale() -> None:
    late_evening_utc = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)  # still Tuesday 3 March in New York
    text = body(draft(action(interview_start=late_evening_utc)))
    assert "my interview on Tuesday, March 3." in text  # en_US, from the zone; same year
    met = body(draft(action(interview_start=late_evening_utc, interviewers=(DANA,))))
    assert "our conversation on Tuesday, March 3." in met
    british = replace(ME, timezone="Europe/London")
    uk = compose(action(interviewers=(DANA,)), british, DRAFTS, TEMPLATES, "alice@example.com")
    assert "our conversation on Tuesday, 3 March." in body(uk)


@pytest.mark.parametrize(
    ("name", "tone", "expected"),
    [
        ("Dana Lee", "formal", "Dear Dana,"),
        ("Dana Lee", "friendly", "Hi Dana,"),
        ("Lee, Dana", "formal", "Dear Dana,"),
        ("Dr. Dana Lee", "friendly", "Hi Dana,"),
        ("DANA LEE", "formal", "Dear Dana,"),
        ("Dana Lee (Acme)", "formal", "Dear Dana,"),
        ("Dana Lee via Greenhouse", "formal", "Dear Dana,"),
        ("Dana Lee, PhD", "formal", "Dear Dana,"),
        ("J. Smith", "friendly", "Hi J. Smith,"),
        ("", "formal", "Dear Acme team,"),
        ("", "friendly", "Hello,"),
        ("Acme Talent Team", "formal", "Dear Acme team,"),
        ("no-reply", "formal", "Dear Acme team,"),
        ("dana.lee@acme.example", "formal", "Dear Acme team,"),
        ('"None"', "formal", "Dear Acme team,"),
        ("null", "friendly", "Hello,"),
    ],
)
def test_salutation(name: str, tone: str, expected: str) -> None:
    message = draft(action(to=(Person("dana.lee@acme.example", name),)), replace(DRAFTS, tone=tone))
    assert body(message).split("\n")[0] == expected


def test_missing_role_and_company_read_gracefully() -> None:
    text = body(draft(action(role=None, company=None, stage=Stage.REJECTION_REPLY)))
    assert "the time you spent on my application. While" in text
    assert "learning about your team" in text
    subject = draft(action(role=None, company=None, answers=None, stage=Stage.THANK_YOU))["Subject"]
    assert subject == "Thank you for the interview"


def test_offer_reply_names_the_reply_by_date_or_leaves_a_marked_spot() -> None:
    with_date = body(draft(action(stage=Stage.OFFER_REPLY, reply_by=date(2026, 3, 13))))
    assert "come back to you by Friday, March 13." in with_date
    without = body(draft(action(stage=Stage.OFFER_REPLY)))
    assert "come back to you by [the date you will reply by]." in without
    # the employer's own decision date is not the candidate's deadline
    decided = body(draft(action(stage=Stage.OFFER_REPLY, decision_by=date(2026, 3, 13))))
    assert "come back to you by [the date you will reply by]." in decided


def test_second_check_in_says_once_more() -> None:
    assert "follow up once more on" in body(draft(action(occurrence=2)))
    assert "follow up on" in body(draft(action()))


def test_the_sample_action_composes_for_every_stage() -> None:
    for stage in Stage:
        message = draft(sample_action(stage))
        if stage is Stage.REFERENCE_HEADS_UP:  # to a reference, who was never in the thread
            assert message["Subject"] == "Heads-up: Acme Analytics may contact you as my reference"
            assert message["In-Reply-To"] is None
        else:
            assert message["Subject"] == "Re: Interview: Senior Data Engineer"


PARENT_INDEX = "AdZJXMEg7BHm/IX0SSuMswWV9Kglbg=="  # header block of 2020-06-23 12:49:37 UTC


def test_thread_index_continues_the_parents_outlook_conversation() -> None:
    moment = datetime(2020, 6, 24, 12, 49, 38, tzinfo=UTC)
    index = reply_thread_index(PARENT_INDEX, moment, b"\x42")
    assert index is not None
    raw, parent = base64.b64decode(index), base64.b64decode(PARENT_INDEX)
    assert raw[:22] == parent and len(raw) == 27
    word = int.from_bytes(raw[22:26], "big")
    assert word >> 31 == 0  # short delta code
    elapsed = (word & 0x7FFFFFFF) << 18  # FILETIME units: 100 ns
    assert abs(elapsed / 10_000_000 - 86_400) < 1  # one day, to the 26 ms the format keeps
    assert raw[26] == 0x42


def test_thread_index_years_later_uses_the_coarse_delta_code() -> None:
    index = reply_thread_index(PARENT_INDEX, datetime(2026, 6, 23, tzinfo=UTC), b"\x01")
    assert index is not None
    assert base64.b64decode(index)[22] >> 7 == 1


@pytest.mark.parametrize("bad", ["", "not base64!", "AAAA", PARENT_INDEX[:-4] + "AAA=", "A" * 2000])
def test_an_invalid_parent_thread_index_gives_none(bad: str) -> None:
    assert reply_thread_index(bad, datetime(2026, 1, 1, tzinfo=UTC), b"x") is None


def test_compose_adds_thread_index_only_when_the_parents_is_known_and_in_thread() -> None:
    extra = (("thread_index", PARENT_INDEX),)
    threaded = draft(action(extra=extra))
    conversation = base64.b64decode(str(threaded["Thread-Index"]))[:22]
    assert conversation == base64.b64decode(PARENT_INDEX)
    assert threaded["Thread-Index"] == draft(action(extra=extra))["Thread-Index"]
    assert draft(action())["Thread-Index"] is None
    outsider = action(extra=extra, to=(Person("kim@acme.example", "Kim"),))
    assert draft(outsider)["Thread-Index"] is None


def test_compose_continues_the_answered_messages_own_thread_index() -> None:
    plain = action()
    assert plain.answers is not None
    answered = replace(plain.answers, thread_index=PARENT_INDEX)
    threaded = draft(replace(plain, answers=answered))
    conversation = base64.b64decode(str(threaded["Thread-Index"]))[:22]
    assert conversation == base64.b64decode(PARENT_INDEX)


def test_parse_keeps_the_thread_index_that_compose_continues() -> None:
    raw = (
        b"From: Dana <dana@acme.example>\r\nTo: me@example.com\r\nSubject: Interview\r\n"
        b"Message-ID: <a@acme.example>\r\nThread-Index: "
        + PARENT_INDEX.encode()
        + b"\r\n\r\nHi\r\n"
    )
    assert parse_message(raw).envelope.thread_index == PARENT_INDEX


def test_the_draft_is_in_the_employers_language_only_when_the_user_enabled_it() -> None:
    german_thread = action(stage=Stage.THANK_YOU, language="de")
    assert body(draft(german_thread)).startswith("Dear Dana,\n\nThank you")
    german = body(draft(german_thread, replace(DRAFTS, languages=("en", "de"))))
    assert german.startswith("Guten Tag Dana Lee,\n\nvielen Dank")
    assert "Mit freundlichen Grüßen\nAlice Example" in german
    spanish_only = replace(DRAFTS, languages=("es",))  # English stays the fallback
    assert body(draft(german_thread, spanish_only)).startswith("Dear Dana,")
