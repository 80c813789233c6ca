"""Local mail on disk: folder layouts (Maildir, .eml folders), file indexes, header reads, drafts.

The file-level half of backends/local.py (`LocalMailbox` is the other): which directory plays
which role, which files are messages, when each one arrived, and writing a draft (or the
user's INBOX note) atomically.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from followupd.backends import HeaderBlock
from followupd.errors import PermanentMailboxError
from followupd.model import FolderRole

MAX_HEADER_BYTES = 256 * 1024
_DATE_LINE = re.compile(rb"^date:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
MAX_MESSAGE_BYTES = 32 * 1024 * 1024
FOLDER_NAMES: Mapping[FolderRole, tuple[str, ...]] = {
    FolderRole.INBOX: ("INBOX", "Inbox", "inbox"),
    FolderRole.SENT: ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "sent"),
    FolderRole.DRAFTS: ("Drafts", "drafts"),
}


@dataclass(slots=True)
class Folder:
    """One folder on disk and its index: (arrival ns, ref) sorted, and ref -> file."""

    root: Path
    maildir: bool
    keys: list[tuple[int, str]] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)
    signature: str = ""


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def locate_folders(root: Path) -> dict[FolderRole, Folder]:
    if not root.is_dir():
        raise PermanentMailboxError(f"mailbox {root} is not a folder")
    found: dict[FolderRole, Folder] = {}
    if is_maildir(root):
        found[FolderRole.INBOX] = Folder(root=root, maildir=True)
    for role, names in FOLDER_NAMES.items():
        candidates = [root / f".{name}" for name in names] + [root / name for name in names]
        path = next((candidate for candidate in candidates if candidate.is_dir()), None)
        if path is not None and role not in found:
            found[role] = Folder(root=path, maildir=is_maildir(path))
    if FolderRole.INBOX not in found:
        raise PermanentMailboxError(
            f"mailbox {root}: neither a Maildir (cur/, new/) nor a folder with an INBOX/ subfolder"
        )
    return found


def message_files(folder: Folder) -> Iterator[tuple[str, Path]]:
    """(ref, path) of every message file in the folder."""
    if folder.maildir:
        for part in ("new", "cur"):
            directory = folder.root / part
            if directory.is_dir():
                for entry in os.scandir(directory):
                    if entry.is_file() and not entry.name.startswith("."):
                        yield entry.name.split(":", 1)[0], Path(entry.path)
        return
    for path in folder.root.rglob("*"):
        if path.suffix.lower() == ".eml" and not path.name.startswith(".") and path.is_file():
            yield path.relative_to(folder.root).as_posix(), path


def directories(folder: Folder) -> list[Path]:
    if folder.maildir:
        return [folder.root / part for part in ("new", "cur")]
    return [folder.root, *(path for path in folder.root.rglob("*") if path.is_dir())]


def directory_stamps(folder: Folder) -> str:
    stamps = []
    for directory in directories(folder):
        try:
            stamps.append(str(directory.stat().st_mtime_ns))
        except FileNotFoundError:
            stamps.append("-")
    return ",".join(stamps)


def index_folder(folder: Folder, *, by_date: bool) -> None:
    folder.signature = directory_stamps(folder)
    keys: list[tuple[int, str]] = []
    paths: dict[str, Path] = {}
    for ref, path in message_files(folder):
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        # replay: when it was sent, else when the file was written;
        # live: when the file appeared (delivery and renames set ctime)
        arrival = (date_header_ns(path) or stat.st_mtime_ns) if by_date else stat.st_ctime_ns
        keys.append((arrival, ref))
        paths[ref] = path
    folder.keys = sorted(keys)
    folder.paths = paths


def to_ns(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000


def from_ns(ns: int) -> datetime:
    seconds, rest = divmod(ns, 1_000_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest // 1000)


def read_header(path: Path) -> bytes:
    data = b""
    with path.open("rb") as handle:
        while len(data) < MAX_HEADER_BYTES:
            chunk = handle.read(16384)
            if not chunk:
                break
            data += chunk
            for separator in (b"\r\n\r\n", b"\n\n"):
                end = data.find(separator)
                if end >= 0:
                    return data[: end + len(separator)]
    return data[:MAX_HEADER_BYTES]


def date_header_ns(path: Path) -> int | None:
    found = _DATE_LINE.search(read_header(path))
    if found is None:
        return None
    try:
        text = found.group(1).decode("ascii", "replace")
        return to_ns(parsedate_to_datetime(" ".join(text.split())))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def message_id_of(path: Path) -> str:
    headers = BytesHeaderParser().parsebytes(read_header(path))
    return str(headers.get("message-id", "")).strip()


def header_block(role: FolderRole, ref: str, path: Path) -> HeaderBlock:
    try:
        return HeaderBlock(folder=role, ref=ref, header=read_header(path), size=path.stat().st_size)
    except FileNotFoundError:
        return HeaderBlock(folder=role, ref=ref, header=b"", size=0)


def read_message(folder: Folder, ref: str, *, live: bool) -> bytes | None:
    path = folder.paths.get(ref)
    if live and (path is None or not path.exists()):
        index_folder(folder, by_date=False)
        path = folder.paths.get(ref)
    if path is None:
        return None
    try:
        if path.stat().st_size > MAX_MESSAGE_BYTES:
            return None
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_draft(folder: Folder, message: bytes, message_id: str) -> None:
    """Write atomically (temporary file, fsync, rename), with the Maildir Draft flag."""
    stem = "followupd-" + hashlib.sha256(message_id.encode()).hexdigest()[:24]
    if folder.maildir:
        for part in ("cur", "tmp"):
            (folder.root / part).mkdir(exist_ok=True, mode=0o700)
        temporary, final = folder.root / "tmp" / stem, folder.root / "cur" / f"{stem}:2,D"
    else:
        temporary, final = folder.root / f".{stem}.tmp", folder.root / f"{stem}.eml"
    _write_atomically(temporary, final, message)


def write_note(folder: Folder, message: bytes, message_id: str) -> None:
    """The user's INBOX note: new and unread (Maildir new/, no flags), replacing the file of
    the same note wherever a mail client moved it (cur/, with flags)."""
    stem = "followupd-note-" + hashlib.sha256(message_id.encode()).hexdigest()[:24]
    if folder.maildir:
        for part in ("new", "cur", "tmp"):
            (folder.root / part).mkdir(exist_ok=True, mode=0o700)
        moved = [p for p in (folder.root / "cur").iterdir() if p.name.split(":", 1)[0] == stem]
        temporary, final = folder.root / "tmp" / stem, folder.root / "new" / stem
    else:
        moved = []
        temporary, final = folder.root / f".{stem}.tmp", folder.root / f"{stem}.eml"
    _write_atomically(temporary, final, message)
    for path in moved:
        path.unlink(missing_ok=True)


def _write_atomically(temporary: Path, final: Path, data: bytes) -> None:
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(final)
    directory = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
