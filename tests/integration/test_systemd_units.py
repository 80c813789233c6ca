"""systemd/ units pass `systemd-analyze verify` with no output at all.

verify exits 0 on unknown keys and typos (it only warns on stderr), so any output fails the
test. The units' ExecStart paths (~/.local/bin/followupd, /usr/local/bin/followupd) need not
exist here: each unit is verified as a temporary copy whose ExecStart program is swapped for
an existing one, the arguments kept. Skipped where systemd-analyze is absent (Debian: apt
install systemd).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).resolve().parents[2] / "systemd"
ANALYZE = shutil.which("systemd-analyze")

pytestmark = [
    pytest.mark.systemd,
    pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed"),
]


def copy_with_existing_program(unit: Path, folder: Path, name: str) -> Path:
    text = unit.read_text()
    text, count = re.subn(r"^ExecStart=\S+", f"ExecStart={sys.executable}", text, flags=re.M)
    assert count == 1, f"{unit.name} should have one ExecStart="
    copy = folder / name
    copy.write_text(text)
    return copy


def verify(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert ANALYZE is not None
    return subprocess.run(
        [ANALYZE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_system_template_unit_verifies_cleanly(tmp_path: Path) -> None:
    copy_with_existing_program(UNITS / "followupd@.service", tmp_path, "followupd@.service")
    result = verify("verify", str(tmp_path / "followupd@alice.service"))
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_user_unit_verifies_cleanly(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    copy = copy_with_existing_program(UNITS / "followupd.service", tmp_path, "followupd.service")
    result = verify("--user", "verify", str(copy), env={"XDG_RUNTIME_DIR": str(runtime)})
    if "Failed to initialize manager" in result.stderr:
        pytest.skip(f"no user manager can be simulated here: {result.stderr.strip()}")
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_verify_would_catch_a_typo(tmp_path: Path) -> None:
    copy = copy_with_existing_program(UNITS / "followupd@.service", tmp_path, "typo@.service")
    copy.write_text(copy.read_text().replace("NoNewPrivileges=", "NoNewPrivilegs="))
    result = verify("verify", str(tmp_path / "typo@x.service"))
    assert "NoNewPrivilegs" in result.stderr


def service_section(unit: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(unit.read_text())
    return parser["Service"]


@pytest.mark.parametrize("name", ["followupd.service", "followupd@.service"])
def test_units_are_notify_hardened_and_do_not_restart_on_config_errors(name: str) -> None:
    service = service_section(UNITS / name)
    assert service["Type"] == "notify"
    assert service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "78"
    assert service["WatchdogSec"]
    assert service["NoNewPrivileges"] == "yes"
    assert service["ProtectSystem"] == "strict"
    assert service["PrivateTmp"] == "yes"
    assert service["StateDirectory"].startswith("followupd")
    assert " run --config " in service["ExecStart"]


@pytest.mark.parametrize("name", ["followupd.service", "followupd@.service"])
def test_units_bound_memory_and_tasks_and_reload_on_sighup(name: str) -> None:
    service = service_section(UNITS / name)
    assert service["MemoryMax"].endswith("M") and 256 <= int(service["MemoryMax"][:-1]) <= 2048
    assert int(service["MemoryHigh"][:-1]) < int(service["MemoryMax"][:-1])
    assert 16 <= int(service["TasksMax"]) <= 256
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"
