"""The desktop notification after the day's INBOX note (service/desktop.py): where notify-send
exists it is told the note's subject; where it does not, or fails, nothing else happens."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from followupd.engine import InboxNote
from followupd.service.desktop import notify_desktop

NOTE = InboxNote(
    date(2026, 3, 3), "<n@x>", "followupd: 2 follow-ups are waiting in Drafts", 2, 0, "text"
)


def fake_notify_send(folder: Path, exit_code: int) -> Path:
    told = folder / "told.txt"
    program = folder / "notify-send"
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{told}"\nexit {exit_code}\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return told


def test_notify_send_is_told_the_notes_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = fake_notify_send(tmp_path, 0)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert notify_desktop(NOTE)
    lines = told.read_text().splitlines()
    assert lines[:2] == ["--app-name=followupd", "Job search: 2 follow-ups are waiting in Drafts"]


def test_without_notify_send_or_when_it_fails_nothing_happens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not notify_desktop(NOTE)
    fake_notify_send(tmp_path, 1)  # no session bus under systemd, say
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not notify_desktop(NOTE)
