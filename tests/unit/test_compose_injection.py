"""Untrusted names and subjects never add a header to a draft, whatever tricks they carry."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy

import pytest

from followupd.drafts.compose import compose
from followupd.drafts.headers import clean_text
from followupd.drafts.templates import Templates
from followupd.model.domain import Action, Envelope, Person, Stage
from followupd.model.settings import DraftSettings, Me

ME = Me(name="Alice Example", addresses=("alice@example.com",))
TEMPLATES = Templates()
EXPECTED_IN_THREAD = [
    "Date", "From", "To", "Cc", "Subject", "Message-ID",
    "In-Reply-To", "References", "Thread-Topic",
    "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
]  # fmt: skip
THREAD_HEADERS = {"In-Reply-To", "References", "Thread-Topic"}

TRICKS = [
    "Interview\r\nBcc: evil@attacker.example",
    "Interview\nBcc: evil@attacker.example",
    "Interview\rBcc: evil@attacker.example",
    "Interview\r\n\r\nInjected body",
    "Bcc: evil@attacker.example",
    "=?utf-8?q?Interview=0D=0ABcc:_evil@attacker.example?=",
    "=?utf-8?b?SW50ZXJ2aWV3DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3FX=3D0D=3D0ABcc=3A_e=40a.example=3F=3D?=",  # nested
    "Interview\u2028Bcc: evil@attacker.example\u0085X-Evil: 1",
    "Interview\x00\x0bBcc: evil@attacker.example",
    '"Dana" <dana@acme.example>, evil@attacker.example',
]


def composed_headers(act: Action, me: Me = ME) -> tuple[list[str], email.message.Message]:
    raw = compose(act, me, DraftSettings(), TEMPLATES, "alice@example.com").as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"\n" not in head.replace(b"\r\n", b"")
    assert b"\r" not in head.replace(b"\r\n", b"")
    parsed = email.message_from_bytes(raw, policy=policy.default)
    return list(parsed.keys()), parsed


def thread(subject: str, sender_name: str) -> Envelope:
    return Envelope(
        message_id="<m1@acme.example>",
        subject=subject,
        sender=Person("dana@acme.example", sender_name),
        to=(Person("alice@example.com"),),
    )


def act(subject: str = "Interview", name: str = "Dana Lee", **changes: object) -> Action:
    base = Action(
        process_id="p",
        stage=Stage.HOLDING_ACK,
        to=(Person("dana@acme.example", name),),
        due=datetime(2026, 3, 10, 13, 0, tzinfo=UTC),
        answers=thread(subject, name),
        cc=(Person("sam@acme.example", name),),
        company="Acme",
        role="Engineer",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("trick", TRICKS)
def test_a_subject_never_adds_a_header(trick: str) -> None:
    names, parsed = composed_headers(act(subject=trick))
    assert names == EXPECTED_IN_THREAD
    assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])


@pytest.mark.parametrize("trick", TRICKS)
def test_a_display_name_never_adds_a_header(trick: str) -> None:
    names, parsed = composed_headers(act(name=trick))
    assert names == EXPECTED_IN_THREAD
    assert len(parsed["To"].addresses) == 1
    assert parsed["To"].addresses[0].addr_spec == "dana@acme.example"
    assert len(parsed["Cc"].addresses) == 1


@pytest.mark.parametrize("trick", TRICKS)
def test_the_users_own_name_never_adds_a_header(trick: str) -> None:
    names, parsed = composed_headers(act(), replace(ME, name=trick))
    assert names == EXPECTED_IN_THREAD
    assert parsed["From"].addresses[0].addr_spec == "alice@example.com"


@pytest.mark.parametrize("trick", TRICKS)
def test_role_and_company_never_add_a_header_to_a_new_thread_subject(trick: str) -> None:
    names, parsed = composed_headers(act(answers=None, role=trick, company=trick))
    assert "Bcc" not in names and "X-Evil" not in names
    assert names == [n for n in EXPECTED_IN_THREAD if n not in THREAD_HEADERS]
    assert "\n" not in str(parsed["Subject"])


@pytest.mark.parametrize(
    "address",
    ["dana@acme.example\r\nBcc: evil@attacker.example", "dana@acme.example, evil@attacker.example",
     "=?utf-8?q?evil?=@acme.example", "<dana@acme.example>", "dana@acme.example\x00"],
)  # fmt: skip
def test_an_address_with_tricks_is_dropped_not_written(address: str) -> None:
    names, parsed = composed_headers(act(cc=(Person(address, "X"),)))
    assert names == [n for n in EXPECTED_IN_THREAD if n != "Cc"]
    assert "attacker" not in str(parsed)


def test_a_message_id_with_tricks_is_not_threaded_on() -> None:
    names, _ = composed_headers(
        act(answers=replace(thread("Interview", "Dana"), message_id="<a@b>\r\nBcc: e@x.example"))
    )
    assert "In-Reply-To" not in names and "Bcc" not in names


def test_clean_text_decodes_then_neutralises_encoded_words() -> None:
    assert clean_text("=?utf-8?q?caf=C3=A9?=") == "café"
    assert "=?" not in clean_text("=?x-unknown?q?abc?= and =?utf-8?q?broken")
    assert clean_text("a\r\nb\tc\u200bd") == "a b cd"
    assert len(clean_text("word " * 500, 100)) <= 100


def _q_encoded(text: str) -> str:
    """One more layer of RFC 2047 Q encoding, every byte escaped."""
    return "=?utf-8?q?" + "".join(f"={byte:02X}" for byte in text.encode()) + "?="


def test_a_subject_encoded_three_times_is_decoded_twice_and_defused() -> None:
    """Decoding stops after two layers (nested encodings are a trick, not mail): the third
    layer, which would carry a line break and a Bcc header once decoded, stays text and its
    "=?" is broken up, so no later decoding (Python's email on output) can turn it back."""
    payload = "Interview\r\nBcc: evil@attacker.example"
    thrice = _q_encoded(_q_encoded(_q_encoded(payload)))
    assert clean_text(thrice, 400).startswith("= ?utf-8?q?")
    assert "=?" not in clean_text(thrice, 400) and "\n" not in clean_text(thrice, 400)
    names, parsed = composed_headers(act(subject=thrice))
    assert names == EXPECTED_IN_THREAD
    subject = str(parsed["Subject"])
    assert "\n" not in subject and "Bcc: evil" not in subject and "=?" not in subject
