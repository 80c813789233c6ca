"""A running `followupd run` picks up edits of its templates and its config at the next cycle,
and at once on SIGHUP (`systemctl reload`); a broken edit is logged and shown by `status`, and
the last good version keeps drafting."""

from __future__ import annotations

import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from service_cli import FIXTURES, followupd_process, maildir_config

pytestmark = pytest.mark.timeout(180)
TEMPLATE = """{% block subject %}Thank you{% endblock %}
{% block body %}
{{ salutation }}

MARK-{version}: thank you for letting me know about {{ role_at_company }}.

{% include "_signoff.j2" %}
{% endblock %}
"""
BROKEN = "{% block subject %}Thank you{% endblock %}\n{% block body %}{{ unclosed\n"


class Daemon:
    """`followupd run` with its stderr read line by line as it comes."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, after: int = 0, timeout: float = 60) -> int:
        """The index of the first log line from `after` on matching `pattern`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for index in range(after, len(self.lines)):
                if re.search(pattern, self.lines[index]):
                    return index
            if self.process.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.05)
        raise AssertionError(f"no log line matching {pattern!r}:\n" + "\n".join(self.lines))


@contextmanager
def running(config: Path) -> Iterator[Daemon]:
    process = followupd_process(["run", "--config", str(config)])
    daemon = Daemon(process)
    try:
        yield daemon
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def deliver_rejection(inbox: Path, n: int) -> None:
    text = (FIXTURES / "rejection.eml").read_text(encoding="utf-8")
    text = text.replace("{date}", format_datetime(datetime.now(UTC) - timedelta(minutes=5)))
    text = text.replace("acme-robotics", f"employer{n}").replace("Acme Robotics", f"Employer {n}")
    text = text.replace("<rejection-1@", f"<rejection-{n}@")
    (inbox / f"rejection-{n}.eml").write_text(text, encoding="utf-8")


def draft_texts(mail: Path) -> dict[str, str]:
    """Each draft's recipient domain -> its text."""
    found = {}
    for path in (mail / "Drafts").glob("*.eml"):
        text = path.read_text(encoding="utf-8")
        to = re.search(r"^To: .*@([\w.-]+)", text, re.M)
        found[to.group(1) if to else path.name] = text
    return found


def status(config: Path) -> str:
    process = followupd_process(["status", "--config", str(config)])
    out, err = process.communicate(timeout=60)
    return out + err


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    mail = tmp_path / "mail"
    (mail / "INBOX").mkdir(parents=True)
    (mail / "Sent").mkdir()
    newsletter = (FIXTURES / "newsletter.eml").read_text(encoding="utf-8")
    (mail / "INBOX" / "newsletter.eml").write_text(
        newsletter.replace("{date}", format_datetime(datetime.now(UTC))), encoding="utf-8"
    )
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "rejection_reply.j2").write_text(TEMPLATE.replace("{version}", "ONE"))
    extra = f'[drafts]\ntemplates_dir = "{templates}"\nsignature = ["first signature"]\n'
    return maildir_config(tmp_path, mail, extra), mail, templates


def test_template_edits_are_picked_up_and_a_broken_one_leaves_the_last_good(
    setup: tuple[Path, Path, Path],
) -> None:
    config, mail, templates = setup
    template = templates / "rejection_reply.j2"
    with running(config) as daemon:
        at = daemon.wait_for("cycle done")
        template.write_text(BROKEN)
        at = daemon.wait_for(r"templates: your edit cannot be used", at)
        shown = status(config)
        assert "could not use your latest edit" in shown and "templates" in shown
        deliver_rejection(mail / "INBOX", 1)
        at = daemon.wait_for("draft made: stage=rejection_reply", at)
        assert "MARK-ONE" in draft_texts(mail)["employer1.example"]  # the last good one

        template.write_text(TEMPLATE.replace("{version}", "TWO"))
        at = daemon.wait_for("templates reloaded", at)
        deliver_rejection(mail / "INBOX", 2)
        daemon.wait_for("draft made: stage=rejection_reply", at)
        assert "MARK-TWO" in draft_texts(mail)["employer2.example"]
        assert "could not use your latest edit" not in status(config)


def test_config_edits_are_picked_up_on_sighup_and_a_broken_one_is_refused(
    setup: tuple[Path, Path, Path],
) -> None:
    config, mail, _ = setup
    original = config.read_text()
    with running(config) as daemon:
        at = daemon.wait_for("cycle done")
        config.write_text(original.replace("[drafts]", "[drafts\n"))  # not TOML any more
        daemon.process.send_signal(signal.SIGHUP)
        at = daemon.wait_for(r"config: your edit cannot be used", at)
        shown = status(config)
        assert "keeps using the last version it could read" in shown
        assert "config.toml" in shown and daemon.process.poll() is None
        config.write_text(original.replace("first signature", "second signature"))
        daemon.process.send_signal(signal.SIGHUP)
        at = daemon.wait_for("config reloaded", at)
        deliver_rejection(mail / "INBOX", 3)
        daemon.wait_for("draft made: stage=rejection_reply", at)
        assert "second signature" in draft_texts(mail)["employer3.example"]
        assert "could not use your latest edit" not in status(config)
