"""The promises the code's shape makes, checked on the source itself.

- The parts and the arrows between them: a part imports only the parts it is allowed to, and
  only through their faces (`followupd.PART`, never `followupd.PART.module`).
- The functional core imports no I/O library, no logging, and never reads the clock.
- Only the service reads the wall clock; only the commands import the service; nothing
  imports the commands; backends and the store do not import each other.
- Nothing under daemon/ can send mail: no SMTP client, no EWS send, no sendmail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "daemon" / "followupd"

# Shared modules at the top level, importable by every part that needs them.
TOP_LEVEL = {"model", "errors", "logs", "closable", "cli", "__init__", "__main__"}
ADAPTERS = {"backends", "backends.imap", "backends.local", "backends.ews"}
# The arrows allowed between parts (besides model and errors, which every part may import).
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "errors": set(),
    "closable": set(),
    "logs": set(),
    "mail": set(),
    "dates": set(),
    "understand": {"mail", "dates"},
    "processes": {"understand", "dates"},
    "policy": {"processes", "dates"},
    "drafts": set(),
    "store": {"closable"},
    "backends": {"closable"},
    "backends.imap": {"backends", "closable"},
    "backends.local": {"backends", "closable"},
    "backends.ews": {"backends", "closable"},
    "config": set(),
    "engine": {
        "mail",
        "dates",
        "understand",
        "processes",
        "policy",
        "drafts",
        "store",
        "backends",
        "backends.local",
        "closable",
        "logs",
    },
    "service": {"engine", "config", "store", "logs", "closable", *ADAPTERS},
    "commands": {
        "mail",
        "dates",
        "understand",
        "processes",
        "policy",
        "drafts",
        "store",
        "engine",
        "service",
        "config",
        "logs",
        "commands",
        *ADAPTERS,
    },
    "cli": set(),
    "__init__": set(),
    "__main__": {"cli"},
}
EVERYONE_MAY_IMPORT = {"model", "errors"}
CORE_PARTS = {"model", "mail", "dates", "understand", "processes", "policy", "drafts"}
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
    "requests",
    "msal",
}
SENDING_MODULES = {"smtplib", "aiosmtplib", "smtpd", "aiosmtpd"}
SENDING_NAMES = {
    "send",
    "send_and_save",
    "SendItem",
    "SendOnly",
    "SendAndSaveCopy",
    "sendmail",
    "send_message",
    "bulk_send",
    "reply",
    "reply_all",
    "forward",
    "create_reply",
    "create_forward",
    "SEND_ONLY",
    "SEND_AND_SAVE_COPY",
    "SEND_ONLY_TO_ALL",
    "SEND_TO_ALL_AND_SAVE_COPY",
    "SendOnlyToAll",
    "SendToAllAndSaveCopy",
}
CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
}


@dataclass(frozen=True)
class Arrow:
    source: str  # the importing module, "understand/classifier.py"
    line: int
    target_part: str
    through_face: bool  # imported as followupd.PART, not followupd.PART.module


def part_of(module: str) -> str:
    """The part a dotted module path under followupd belongs to ("engine.sync" -> "engine")."""
    pieces = module.split(".")
    if pieces[0] == "backends" and len(pieces) > 1 and f"backends.{pieces[1]}" in ADAPTERS:
        return f"backends.{pieces[1]}"
    return pieces[0]


def part_of_file(path: Path) -> str:
    relative = path.relative_to(PACKAGE).with_suffix("")
    if len(relative.parts) == 1:
        return relative.parts[0]
    return part_of(".".join(relative.parts))


def arrows(tree: ast.AST, source: str, own_part: str) -> Iterator[Arrow]:
    """Every import of another part of followupd in a module's syntax tree."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level != 0 or not node.module:
            continue
        if node.module == "followupd":
            targets = [(alias.name, True) for alias in node.names if alias.name != "__version__"]
        elif node.module.startswith("followupd."):
            module = node.module.removeprefix("followupd.")
            target = part_of(module)
            targets = [(target, module == target)]
        else:
            continue
        for target, face in targets:
            if target != own_part:
                yield Arrow(source, node.lineno, target, face)


def imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def clock_reads(tree: ast.AST) -> list[int]:
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


def problems_of(path: Path, text: str) -> list[str]:
    """What is wrong with one module of the package, by the rules above."""
    own = part_of_file(path)
    name = path.relative_to(PACKAGE).as_posix()
    tree = ast.parse(text)
    found = []
    allowed = ALLOWED.get(own)
    if allowed is None:
        return [f"{name}: part {own!r} is not in the architecture test's map"]
    for arrow in arrows(tree, name, own):
        if arrow.target_part not in allowed | EVERYONE_MAY_IMPORT:
            found.append(f"{name}:{arrow.line}: {own} may not import {arrow.target_part}")
        elif not arrow.through_face and arrow.target_part not in TOP_LEVEL | {"commands"}:
            found.append(
                f"{name}:{arrow.line}: reaches inside {arrow.target_part}; "
                f"import it as followupd.{arrow.target_part}"
            )
    if own in CORE_PARTS:
        forbidden = imported_roots(tree) & FORBIDDEN_IN_CORE
        if forbidden:
            found.append(f"{name}: core module imports {sorted(forbidden)}")
        if clock_reads(tree):
            found.append(f"{name}: core module reads the clock")
    elif own != "service" and clock_reads(tree):
        found.append(f"{name}: only the service reads the wall clock")
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_its_parts() -> None:
    folders = {p.parent.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("__init__.py")}
    expected = {"mail", "dates", "understand", "processes", "policy", "drafts", "store"}
    expected |= {"engine", "service", "config", "backends", "commands", "model"}
    assert expected <= folders


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_keeps_to_its_part(path: Path) -> None:
    assert not problems_of(path, path.read_text())


def test_every_part_says_what_it_does_and_must_never_do() -> None:
    for init in PACKAGE.rglob("__init__.py"):
        part = init.parent.relative_to(PACKAGE).as_posix().replace("/", ".")
        if part in {".", "commands", "understand.phrases"}:
            continue
        doc = ast.get_docstring(ast.parse(init.read_text())) or ""
        assert "Never" in doc and "May import" in doc, f"{part}: say what it may and never does"


def test_only_commands_import_the_service_and_nothing_imports_the_commands() -> None:
    for path in sources():
        own = part_of_file(path)
        for arrow in arrows(ast.parse(path.read_text()), path.name, own):
            assert arrow.target_part != "service" or own == "commands", path
            assert arrow.target_part != "commands", path


def test_backends_and_the_store_do_not_import_each_other() -> None:
    for part, other in (("store", "backends"), ("backends", "store")):
        assert not {other, *ADAPTERS} & ALLOWED[part]
    for adapter in ADAPTERS:
        assert "store" not in ALLOWED[adapter]


def test_nothing_in_the_daemon_can_send_mail() -> None:
    offenders = []
    for path in sources():
        tree = ast.parse(path.read_text())
        if imported_roots(tree) & SENDING_MODULES:
            offenders.append(f"{path.name}: imports an SMTP module")
        for node in ast.walk(tree):
            name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
            if isinstance(node, ast.Attribute | ast.Name) and name in SENDING_NAMES:
                offenders.append(f"{path.name}:{node.lineno}: uses {name}")
            if isinstance(node, ast.Constant) and node.value in SENDING_NAMES:
                offenders.append(f"{path.name}:{node.lineno}: names {node.value}")
    assert not offenders, "\n".join(offenders)


# The checks would catch what they are for: each rule, broken on purpose.


def _problems(relative: str, text: str) -> list[str]:
    return problems_of(PACKAGE / relative, text)


@pytest.mark.parametrize("library", ["sqlite3", "imap_tools", "logging", "socket"])
def test_a_core_module_importing_io_is_caught(library: str) -> None:
    assert _problems("policy/plan.py", f"import {library}\n")
    assert _problems("understand/rules.py", f"from {library} import x\n")


def test_a_core_module_importing_the_service_is_caught() -> None:
    found = _problems("processes/grouping.py", "from followupd.service import now\n")
    assert any("may not import service" in p for p in found)


def test_a_core_module_reading_the_clock_is_caught() -> None:
    text = "from datetime import datetime\nx = datetime.now()\n"
    assert any("clock" in p for p in _problems("dates/days.py", text))
    assert not _problems("service/daemon.py", text)


def test_reaching_into_another_part_is_caught() -> None:
    found = _problems("engine/sync.py", "from followupd.understand.triage import might_matter\n")
    assert any("reaches inside understand" in p for p in found)
    assert not _problems("engine/sync.py", "from followupd.understand import might_matter\n")
    assert not _problems("understand/classifier.py", "from followupd.understand.rules import x\n")


def test_a_new_arrow_is_caught() -> None:
    assert _problems("store/database.py", "from followupd.backends import Mailbox\n")
    assert _problems("backends/imap/mailbox.py", "from followupd.store import Store\n")
    assert _problems("understand/people.py", "from followupd.processes import build_processes\n")
    assert _problems("engine/cycle.py", "from followupd.commands import simulate\n")


def test_the_sending_check_would_catch_an_smtp_client() -> None:
    tree = ast.parse("import smtplib\nclient.send_message(msg)\n")
    assert imported_roots(tree) & SENDING_MODULES
    assert any(isinstance(n, ast.Attribute) and n.attr in SENDING_NAMES for n in ast.walk(tree))


def test_every_package_ships_in_the_wheel() -> None:
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text())
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {
        ".".join(("followupd", *init.parent.relative_to(PACKAGE).parts))
        for init in PACKAGE.rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml's packages: {sorted(found - listed)}"
