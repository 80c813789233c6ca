"""`followupd check-config`, `status` and `run` on the command line for an Exchange account (the
test EWS server): the folders it connects to, what it says when one cannot be opened or the
password is wrong, the processes `status` shows after a `once`, and the daemon's polls."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from followupd_cli import Interactive, followupd, once_json
from job_search_backends import Ews, exchange, write_config
from job_search_mailbox import JobSearch

from followupd.errors import EXIT_CONFIG, EXIT_ERROR


@pytest.fixture
def ews(tmp_path: Path) -> Iterator[Ews]:
    with exchange(tmp_path) as backend:
        yield backend


def check_config(config: Path) -> tuple[int, str, str]:
    done = followupd("check-config", "--config", str(config))
    return done.returncode, done.stdout, done.stderr


def test_check_config_connects_and_shows_inbox_sent_items_and_drafts(
    ews: Ews, tmp_path: Path
) -> None:
    code, out, err = check_config(write_config(ews, tmp_path))
    assert code == 0, err
    assert "configuration OK (1 account(s))" in out
    assert "work: connected; folders: inbox='Inbox', sent='Sent Items', drafts='Drafts'" in out
    assert ews.server.operations() == ["ConvertId", "GetFolder"]  # nothing else is touched
    assert ews.server.traffic.connections == 1  # kept alive, as an idle poll's requests are


def test_a_folder_exchange_will_not_open_is_a_permission_problem_not_a_folder_name(
    ews: Ews, tmp_path: Path
) -> None:
    ews.server.deny_folder("drafts")
    code, out, err = check_config(write_config(ews, tmp_path))
    assert code == EXIT_CONFIG
    assert "folders: inbox='Inbox', sent='Sent Items'" in out
    assert "work: no drafts folder found" in err
    assert "mailbox permission problem" in err and "EXAMPLE\\alice" in err
    assert "drafts_folder" not in err  # a key Exchange accounts may not even set


def test_a_wrong_password_is_a_refused_sign_in(ews: Ews, tmp_path: Path) -> None:
    config = write_config(ews, tmp_path)
    (tmp_path / "work.password").write_text("not the password\n")
    code, _, err = check_config(config)
    assert code == EXIT_ERROR
    assert "work (https://127.0.0.1:" in err and "sign-in refused" in err
    assert "not the password" not in err


def test_status_after_once_shows_each_application_and_its_drafts(
    ews: Ews, job_search: JobSearch, tmp_path: Path
) -> None:
    ews.load(job_search)
    config = write_config(ews, tmp_path)
    once_json(config)
    requests = len(ews.server.exchanges)
    done = followupd("status", "--config", str(config), "--json")
    assert done.returncode == 0, done.stderr
    processes = {p["company"]: p for p in json.loads(done.stdout)["processes"]}
    assert set(processes) == {"Lumenworks", "Tidewater Labs"}
    assert processes["Tidewater Labs"]["state"] == "rejected"
    assert [d["stage"] for d in processes["Lumenworks"]["drafts"]] == ["thank_you"]
    table = followupd("status", "--config", str(config))
    assert table.returncode == 0 and "Lumenworks" in table.stdout
    assert len(ews.server.exchanges) == requests  # status reads the state only


def test_run_polls_makes_the_drafts_once_and_stops_on_sigterm(
    ews: Ews, job_search: JobSearch, tmp_path: Path
) -> None:
    ews.load(job_search)
    config = write_config(ews, tmp_path)
    config.write_text(config.read_text().replace("[daemon]", '[daemon]\npoll_interval = "1s"'))
    daemon = Interactive("run", "--config", str(config))
    try:
        deadline = time.monotonic() + 60
        while daemon.logged().count("0 messages seen, 0 drafts made") < 2:  # later polls
            assert daemon.process.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        daemon.process.send_signal(signal.SIGTERM)
        code, _, log = daemon.finish()
    assert code == 0, log
    assert len(ews.drafts()) == len(job_search.expected)
    assert log.count("draft made:") == len(job_search.expected)
    assert log.count("0 messages seen, 0 drafts made") >= 2  # the later polls: nothing new
