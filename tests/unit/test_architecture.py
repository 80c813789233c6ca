"""The promises the code's shape makes, checked on the source itself.

- The functional core imports no I/O library, no logging, and never reads the clock.
- Nothing under daemon/ can send mail: no SMTP client, no EWS send, no sendmail.
- Only service.py reads the wall clock.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "daemon" / "followupd"

# The imperative shell: adapters and drivers. Every other top-level module is core.
SHELL_MODULES = {
    "__init__",
    "__main__",
    "cli",
    "config",
    "config_reader",
    "engine",
    "logs",
    "mailboxes",
    "progress",
    "reading",
    "replay",
    "replay_inputs",
    "reports",
    "sdnotify",
    "secrets",
    "service",
    "store",
    "store_schema",
    "sync",
}
CORE_MODULES = sorted(path.stem for path in PACKAGE.glob("*.py") if path.stem not in SHELL_MODULES)
FORBIDDEN_IN_CORE = {
    "sqlite3",
    "imap_tools",
    "imaplib",
    "exchangelib",
    "socket",
    "ssl",
    "logging",
    "subprocess",
    "apscheduler",
    "keyring",
    "time",
}
SENDING_MODULES = {"smtplib", "aiosmtplib", "smtpd", "aiosmtpd"}
SENDING_NAMES = {"send", "send_and_save", "SendItem", "sendmail", "send_message"}
CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
}


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def _clock_reads(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if (owner_name, node.func.attr) in CLOCK_CALLS:
                lines.append(node.lineno)
            if owner_name == "time" and node.func.attr in {"time", "monotonic"}:
                lines.append(node.lineno)
    return lines


def test_the_package_exists() -> None:
    assert (PACKAGE / "model.py").is_file()


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_io_library(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        pytest.skip(f"{module}.py is not part of the package")
    forbidden = _imported_roots(ast.parse(path.read_text())) & FORBIDDEN_IN_CORE
    assert not forbidden, f"{module}.py imports {sorted(forbidden)}"


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_nothing_from_the_shell(module: str) -> None:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            parts = node.module.split(".")
            if parts[0] == "followupd" and len(parts) > 1:
                imported.add(parts[1])
            if node.module == "followupd":
                imported.update(alias.name for alias in node.names)
    shell = imported & (SHELL_MODULES | {"backends", "commands"})
    assert not shell, f"{module}.py imports shell modules {sorted(shell)}"


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_never_reads_the_clock(module: str) -> None:
    path = PACKAGE / f"{module}.py"
    if not path.exists():
        pytest.skip(f"{module}.py is not part of the package")
    assert not _clock_reads(ast.parse(path.read_text())), f"{module}.py reads the clock"


def test_only_the_service_reads_the_wall_clock() -> None:
    readers = {
        path.relative_to(PACKAGE).as_posix()
        for path in _sources()
        if _clock_reads(ast.parse(path.read_text()))
    }
    assert readers <= {"service.py"}, f"clock read outside service.py: {sorted(readers)}"


def test_nothing_in_the_daemon_can_send_mail() -> None:
    offenders = []
    for path in _sources():
        tree = ast.parse(path.read_text())
        if _imported_roots(tree) & SENDING_MODULES:
            offenders.append(f"{path.name}: imports an SMTP module")
        for node in ast.walk(tree):
            name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
            if isinstance(node, ast.Attribute | ast.Name) and name in SENDING_NAMES:
                offenders.append(f"{path.name}:{node.lineno}: uses {name}")
    assert not offenders, "\n".join(offenders)


def test_the_sending_check_would_catch_an_smtp_client() -> None:
    tree = ast.parse("import smtplib\nclient.send_message(msg)\n")
    assert _imported_roots(tree) & SENDING_MODULES
    assert any(isinstance(n, ast.Attribute) and n.attr in SENDING_NAMES for n in ast.walk(tree))
