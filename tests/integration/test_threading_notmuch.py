"""Drafts thread with the mail they answer, as judged by a real mail indexer: notmuch.

Each test writes the employer's messages and the composed draft into a fresh Maildir, runs
`notmuch new` with a private NOTMUCH_CONFIG, and asks `notmuch search --output=threads`
which thread each message is in. Without notmuch (Debian package "notmuch") the tests skip;
with env CI set they fail instead, so CI cannot pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from followupd.drafts.compose import compose
from followupd.drafts.templates import Templates
from followupd.model.domain import Action, Envelope, Person, Stage
from followupd.model.settings import DraftSettings, Me

pytestmark = pytest.mark.notmuch

ME = Me(name="Alice Example", addresses=("alice@example.com",), timezone="UTC")
ALICE = Person("alice@example.com", "Alice Example")
DANA = Person("dana.lee@acme.example", "Dana Lee")
OUTLOOK_ID = "<DM6PR04MB1234567ABCDEF0123456789ABCDEF@DM6PR04MB1234.namprd04.prod.outlook.com>"

Notmuch = Callable[..., str]


@pytest.fixture
def notmuch(tmp_path: Path) -> Notmuch:
    if shutil.which("notmuch") is None:
        reason = "notmuch is not installed (Debian package: notmuch)"
        if os.environ.get("CI"):
            pytest.fail(f"notmuch threading tests are required in CI: {reason}")
        pytest.skip(reason)
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = tmp_path / "notmuch-config"
    config.write_text(
        f"[database]\npath={maildir}\n[user]\nname=Alice Example\nprimary_email=alice@example.com\n"
        "[new]\ntags=inbox\n[maildir]\nsynchronize_flags=false\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NOTMUCH_CONFIG": str(config), "HOME": str(tmp_path)}
    env.pop("NOTMUCH_PROFILE", None)

    def run(*args: str) -> str:
        done = subprocess.run(
            ["notmuch", *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run.maildir = maildir  # type: ignore[attr-defined]
    return run


def deliver(notmuch: Notmuch, name: str, data: bytes) -> None:
    (notmuch.maildir / "cur" / f"{name}:2,S").write_bytes(data)  # type: ignore[attr-defined]


def employer_message(envelope: Envelope, text: str) -> bytes:
    message = EmailMessage()
    assert envelope.sender is not None and envelope.date is not None
    message["From"] = f"{envelope.sender.name} <{envelope.sender.address}>"
    message["To"] = ", ".join(p.address for p in envelope.to)
    message["Subject"] = envelope.subject
    message["Date"] = format_datetime(envelope.date)
    message["Message-ID"] = envelope.message_id
    if envelope.in_reply_to:
        message["In-Reply-To"] = envelope.in_reply_to
    if envelope.references:
        message["References"] = " ".join(envelope.references)
    message.set_content(text)
    return message.as_bytes()


def draft_for(answers: Envelope, to: Person, stage: Stage = Stage.CHECK_IN) -> EmailMessage:
    action = Action(
        process_id="p-1",
        stage=stage,
        to=(to,),
        due=datetime(2026, 3, 12, 9, 0, tzinfo=UTC),
        answers=answers,
        company="Acme",
        role="Senior Data Engineer",
    )
    return compose(action, ME, DraftSettings(), Templates(), "alice@example.com")


def thread_of(notmuch: Notmuch, message_id: str) -> str:
    threads = notmuch("search", "--output=threads", f"id:{message_id.strip('<>')}").split()
    assert len(threads) == 1, f"{message_id} indexed {len(threads)} times"
    return threads[0]


def index(notmuch: Notmuch, messages: dict[str, bytes]) -> None:
    for name, data in messages.items():
        deliver(notmuch, name, data)
    notmuch("new", "--quiet")


@pytest.mark.parametrize("message_id", ["<invite-1@acme.example>", OUTLOOK_ID])
def test_a_draft_is_in_the_thread_of_the_message_it_answers(
    notmuch: Notmuch, message_id: str
) -> None:
    invite = Envelope(
        message_id=message_id,
        subject="Interview: Senior Data Engineer",
        sender=DANA,
        to=(ALICE,),
        date=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
    )
    draft = draft_for(invite, DANA, Stage.THANK_YOU)
    index(
        notmuch, {"invite": employer_message(invite, "See you Tuesday."), "draft": draft.as_bytes()}
    )
    assert thread_of(notmuch, str(draft["Message-ID"])) == thread_of(notmuch, invite.message_id)
    assert len(notmuch("search", "--output=threads", "*").split()) == 1


def test_a_draft_answering_a_three_message_chain_joins_the_whole_thread(notmuch: Notmuch) -> None:
    first = Envelope(
        message_id="<application-1@acme.example>",
        subject="Your application: Senior Data Engineer",
        sender=DANA,
        to=(ALICE,),
        date=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    )
    reply = Envelope(
        message_id="<reply-2@example.com>",
        subject="Re: Your application: Senior Data Engineer",
        sender=ALICE,
        to=(DANA,),
        date=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        in_reply_to=first.message_id,
        references=(first.message_id,),
    )
    third = Envelope(
        message_id=OUTLOOK_ID,  # long: must stay an id, not become an encoded word
        subject="RE: Re: Your application: Senior Data Engineer",
        sender=DANA,
        to=(ALICE,),
        date=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        in_reply_to=reply.message_id,
        references=(first.message_id, reply.message_id),
    )
    draft = draft_for(third, DANA)
    assert draft["Subject"] == "Re: Your application: Senior Data Engineer"
    index(
        notmuch,
        {
            "m1": employer_message(first, "Thanks for applying."),
            "m2": employer_message(reply, "Thank you!"),
            "m3": employer_message(third, "We will be in touch."),
            "draft": draft.as_bytes(),
        },
    )
    threads = {thread_of(notmuch, m) for m in (first.message_id, reply.message_id, OUTLOOK_ID)}
    assert threads == {thread_of(notmuch, str(draft["Message-ID"]))}
    shown = notmuch("show", "--format=text", "--entire-thread=true", f"id:{OUTLOOK_ID.strip('<>')}")
    assert shown.count("\fmessage{") == 4


def test_a_thank_you_to_someone_outside_the_thread_starts_its_own(notmuch: Notmuch) -> None:
    invite = Envelope(
        message_id="<invite-2@acme.example>",
        subject="Interview: Senior Data Engineer",
        sender=DANA,
        to=(ALICE,),
        date=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
    )
    kim = Person("kim.park@acme.example", "Kim Park")
    draft = draft_for(invite, kim, Stage.THANK_YOU)
    index(
        notmuch, {"invite": employer_message(invite, "Panel: Dana, Kim"), "draft": draft.as_bytes()}
    )
    assert thread_of(notmuch, str(draft["Message-ID"])) != thread_of(notmuch, invite.message_id)
