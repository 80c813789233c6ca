"""Which IMAP folder plays which role: config overrides, then special-use flags, then names.

RFC 6154 flags (\\Sent, \\Drafts) are authoritative when a server sends them (Dovecot, Gmail's
"[Gmail]/Sent Mail", Microsoft 365). Older servers only have names, often localised and, on the
wire, in modified UTF-7 ("Entw&APw-rfe"); `parse_list_response` decodes them first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from imap_tools.imap_utf7 import utf7_decode

from followupd.model import FolderRole


@dataclass(frozen=True, slots=True)
class ListedFolder:
    name: str  # decoded (Unicode) full name, e.g. "[Gmail]/Sent Mail" or "INBOX.Entwürfe"
    delimiter: str  # "" when the server has no hierarchy
    flags: frozenset[str]  # lowercase, e.g. {"\\sent", "\\haschildren"}

    @property
    def leaf(self) -> str:
        return self.name.rsplit(self.delimiter, 1)[-1] if self.delimiter else self.name

    @property
    def selectable(self) -> bool:
        return not self.flags & {"\\noselect", "\\nonexistent"}


SPECIAL_USE_FLAGS: Mapping[FolderRole, str] = {
    FolderRole.SENT: "\\sent",
    FolderRole.DRAFTS: "\\drafts",
}

# Common names, most common first; compared case- and normalisation-insensitively.
FALLBACK_NAMES: Mapping[FolderRole, tuple[str, ...]] = {
    FolderRole.SENT: (
        "Sent",
        "Sent Items",
        "Sent Messages",
        "Sent Mail",
        "Gesendet",
        "Gesendete Objekte",
        "Gesendete Elemente",
        "Envoyés",
        "Éléments envoyés",
        "Messages envoyés",
        "Enviados",
        "Elementos enviados",
        "Itens enviados",
        "Posta inviata",
        "Inviati",
        "Elementi inviati",
        "Verzonden",
        "Verzonden items",
        "Skickat",
        "Skickade objekt",
        "Sendt",
        "Sendte elementer",
        "Wysłane",
        "Отправленные",
        "送信済み",
        "已发送",
    ),
    FolderRole.DRAFTS: (
        "Drafts",
        "Draft",
        "Entwürfe",
        "Brouillons",
        "Borradores",
        "Rascunhos",
        "Bozze",
        "Concepten",
        "Utkast",
        "Kladder",
        "Kopie robocze",
        "Черновики",
        "下書き",
        "草稿",
    ),
}

_LIST_LINE = re.compile(
    rb'^\((?P<flags>[^)]*)\) (?P<delim>"(?:\\.|[^"])*"|NIL) (?P<name>.*)$', re.I
)


def parse_list_response(data: Sequence[object]) -> list[ListedFolder]:
    """imaplib's LIST data: bytes lines, or (prefix, literal name) tuples for odd names."""
    folders: list[ListedFolder] = []
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            line, literal = bytes(item[0]), bytes(item[1])
        elif isinstance(item, bytes):
            line, literal = item, None
        else:
            continue
        match = _LIST_LINE.match(line.strip())
        if match is None:
            continue
        raw_name = literal if literal is not None else _unquote(match["name"])
        delim = match["delim"]
        folders.append(
            ListedFolder(
                name=utf7_decode(raw_name),
                delimiter="" if delim.upper() == b"NIL" else _unquote(delim).decode(),
                flags=frozenset(flag.lower() for flag in match["flags"].decode().split()),
            )
        )
    return folders


def _unquote(value: bytes) -> bytes:
    if len(value) >= 2 and value.startswith(b'"') and value.endswith(b'"'):
        return re.sub(rb"\\(.)", rb"\1", value[1:-1])
    return value


def find_roles(
    listing: Iterable[ListedFolder], overrides: Mapping[FolderRole, str | None]
) -> dict[FolderRole, str]:
    """The folder for INBOX, SENT and DRAFTS; a role with no folder found is left out."""
    candidates = [folder for folder in listing if folder.selectable]
    roles: dict[FolderRole, str] = {FolderRole.INBOX: overrides.get(FolderRole.INBOX) or "INBOX"}
    for role in (FolderRole.SENT, FolderRole.DRAFTS):
        found = overrides.get(role) or by_flag(candidates, role) or by_name(candidates, role)
        if found:
            roles[role] = found
    return roles


def by_flag(folders: Iterable[ListedFolder], role: FolderRole) -> str | None:
    flag = SPECIAL_USE_FLAGS[role]
    flagged = [folder for folder in folders if flag in folder.flags]
    return min(flagged, key=_depth_then_name).name if flagged else None


def by_name(folders: Iterable[ListedFolder], role: FolderRole) -> str | None:
    wanted = [_fold(name) for name in FALLBACK_NAMES[role]]
    named = [folder for folder in folders if _fold(folder.leaf) in wanted]
    if not named:
        return None
    best = min(named, key=lambda f: (wanted.index(_fold(f.leaf)), *_depth_then_name(f)))
    return best.name


def _depth_then_name(folder: ListedFolder) -> tuple[int, str]:
    depth = folder.name.count(folder.delimiter) if folder.delimiter else 0
    return depth, folder.name


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()
