"""`followupd once` on the command line against Exchange (the test EWS server) and against
Dovecot, over the same job seeker's mailbox (job_search_mailbox.py): the same drafts, threaded,
each made once, even when the process is killed between saving a draft and writing its ledger
row, and nothing ever sent.

Each test runs the real command in a subprocess, with a config file, a password source and a
state database of its own, then reads Drafts as the user's mail client would.
"""

from __future__ import annotations

import base64
import signal
import sqlite3
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from email.utils import getaddresses
from pathlib import Path

import pytest
from followupd_cli import followupd, once_json
from imap_client import ImapUser
from job_search_backends import Backend, Ews, Imap, exchange, write_config
from job_search_mailbox import INVITATION_ID, ME, THREAD_INDEX, JobSearch

pytestmark = pytest.mark.dovecot

# Runs `followupd once` with save_draft patched to die by SIGKILL as soon as the first draft is
# saved (the CreateItem or APPEND answered), before the engine writes its ledger row.
KILLED_AFTER_SAVE = """
import os, signal, sys
from followupd.backends.ews import EwsMailbox
from followupd.backends.imap import ImapMailbox
from followupd.cli import main

def die_after(save):
    def save_then_die(self, message, message_id):
        save(self, message, message_id)
        os.kill(os.getpid(), signal.SIGKILL)
    return save_then_die

for mailbox in (EwsMailbox, ImapMailbox):
    mailbox.save_draft = die_after(mailbox.save_draft)
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def ews(tmp_path: Path) -> Iterator[Ews]:
    with exchange(tmp_path) as backend:
        yield backend


@pytest.fixture
def imap(imap_user: ImapUser) -> Imap:
    return Imap(imap_user)


@pytest.fixture(params=["ews", "imap"])
def backend(request: pytest.FixtureRequest, job_search: JobSearch, tmp_path: Path) -> Backend:
    chosen: Backend = request.getfixturevalue(request.param)
    chosen.load(job_search)
    return chosen


def once(backend: Backend, config: Path) -> dict[str, object]:
    return once_json(config, env=backend.env)


def by_stage(report: dict[str, object], drafts: list[Message]) -> dict[str, Message]:
    """Each saved draft under the stage `once` reported it for."""
    stages = {d["message_id"]: d["stage"] for d in report["drafts"]}  # type: ignore[attr-defined]
    return {stages[str(d["Message-ID"])]: d for d in drafts}


def recipients(message: Message) -> list[str]:
    return [address.lower() for _, address in getaddresses(message.get_all("To", []))]


def threading_of(message: Message) -> tuple[str, tuple[str, ...], str]:
    references = tuple(str(message.get("References", "")).split())
    return str(message["In-Reply-To"]), references, str(message["Subject"])


def comparable(message: Message) -> dict[str, object]:
    """What the user sees of a draft, but for the moment it was made."""
    fields = ("From", "To", "Cc", "Subject", "In-Reply-To", "References", "Message-ID")
    found: dict[str, object] = {name: message.get(name) for name in (*fields, "Thread-Topic")}
    index = base64.b64decode(str(message.get("Thread-Index", "")))
    found["conversation"] = (index[:22], len(index))  # the reply block holds the draft's time
    found["body"] = None if message.is_multipart() else message.get_payload(decode=True)
    return found


def test_once_makes_the_expected_drafts_threaded_then_none(
    backend: Backend, job_search: JobSearch, tmp_path: Path
) -> None:
    config = write_config(backend, tmp_path)
    first = once(backend, config)
    assert first["messages_seen"] == len(job_search.deliveries)
    made = by_stage(first, backend.drafts())
    assert sorted(made) == sorted(e.stage for e in job_search.expected)
    for expected in job_search.expected:
        draft = made[expected.stage]
        assert recipients(draft) == [expected.to]
        assert threading_of(draft) == (expected.in_reply_to, expected.references, expected.subject)
        assert ME[1] in str(draft["From"])

    second = once(backend, config)
    assert second["messages_seen"] == 0 and second["drafts_made"] == 0
    assert len(backend.drafts()) == len(job_search.expected)
    assert backend.sent() == 1  # the application the user sent; nothing was added


def test_exchange_and_imap_make_the_same_drafts(
    ews: Ews, imap: Imap, job_search: JobSearch, tmp_path: Path
) -> None:
    results = {}
    for backend in (ews, imap):
        backend.load(job_search)
        report = once(backend, write_config(backend, tmp_path, f"{backend.name}.toml"))
        results[backend.name] = (report, by_stage(report, backend.drafts()))
    (ews_report, ews_drafts), (imap_report, imap_drafts) = results["ews"], results["imap"]
    assert ews_report["signals_by_kind"] == imap_report["signals_by_kind"]
    assert sorted(ews_drafts) == sorted(imap_drafts) == ["rejection_reply", "thank_you"]
    for stage, draft in ews_drafts.items():
        assert comparable(draft) == comparable(imap_drafts[stage]), stage
    assert [(d["process"], d["stage"], d["to"]) for d in ews_report["drafts"]] == [  # type: ignore[attr-defined]
        (d["process"], d["stage"], d["to"])
        for d in imap_report["drafts"]  # type: ignore[attr-defined]
    ]


def test_exchange_saves_real_unsent_drafts_with_their_threading(
    ews: Ews, job_search: JobSearch, tmp_path: Path
) -> None:
    ews.load(job_search)
    once(ews, write_config(ews, tmp_path))
    drafts = ews.server.folder("drafts")
    assert len(drafts) == 2
    for item in drafts:
        draft = message_from_bytes(item.mime)
        assert item.is_draft and item.is_read
        assert item.properties["InReplyTo"] == draft["In-Reply-To"]
        assert item.properties["References"] == " ".join(str(draft["References"]).split())
    [thanks] = [i for i in drafts if i.properties["InReplyTo"] == INVITATION_ID]
    index = base64.b64decode(str(message_from_bytes(thanks.mime)["Thread-Index"]))
    assert index[:22] == THREAD_INDEX and len(index) == 27  # her conversation, one reply on
    assert base64.b64decode(thanks.extended["0x71"]) == index  # PR_CONVERSATION_INDEX


def test_a_kill_between_saving_and_the_ledger_never_makes_a_draft_twice(
    backend: Backend, job_search: JobSearch, tmp_path: Path
) -> None:
    config = write_config(backend, tmp_path)
    killed = followupd(
        "once",
        "--config",
        str(config),
        "--json",
        env=backend.env,
        program=("-c", KILLED_AFTER_SAVE),
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [saved] = backend.drafts()  # saved, and no ledger row written
    restarted = once(backend, config)  # plans it again; finds it in Drafts, adds the other
    assert saved["Message-ID"] in [d["message_id"] for d in restarted["drafts"]]  # type: ignore[attr-defined]
    assert restarted["drafts_made"] == len(job_search.expected)
    assert len(backend.drafts()) == len(job_search.expected)
    assert once(backend, config)["drafts_made"] == 0
    assert len(backend.drafts()) == len(job_search.expected)


def test_a_lost_ledger_row_does_not_make_the_draft_again(
    backend: Backend, job_search: JobSearch, tmp_path: Path
) -> None:
    config = write_config(backend, tmp_path)
    once(backend, config)
    with sqlite3.connect(tmp_path / f"{backend.name}-state.db") as database:
        database.execute("DELETE FROM drafts WHERE stage = 'thank_you'")
    again = once(backend, config)
    assert [d["stage"] for d in again["drafts"]] == ["thank_you"]  # type: ignore[attr-defined]
    assert len(backend.drafts()) == len(job_search.expected)
    assert once(backend, config)["drafts_made"] == 0
