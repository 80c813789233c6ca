"""Local mail on disk as a `Mailbox`: a Maildir, or a folder whose subfolders hold .eml files.

Two layouts are read:
- Maildir(++): the root has cur/ and new/ (that is INBOX); other folders are ".Sent",
  ".Drafts"... (or "Sent", "Drafts" holding cur/ and new/ themselves);
- .eml folders: INBOX/, Sent/, Drafts/ (as in the corpus scenarios), searched recursively.

Two modes:
- live (no clock, `backend = "maildir"` accounts): a message "arrives" when its file appears
  (its ctime, which delivery and renames set); drafts are written to disk, into
  .Drafts/cur with the Draft flag, or Drafts/*.eml; the user's INBOX note into the Maildir's
  new/ (unread, no flag) or INBOX/*.eml, replacing the day's earlier one.
- replay (with a clock, for `simulate`): the folders are read once; a message arrives at its
  Date header (file mtime if it has none) and stays invisible until the clock reaches it;
  drafts and notes are kept in memory (`saved_drafts`, `saved_notes`).

A ref is the file's path relative to its folder (for Maildir, its unique name, so that the
mail client moving it from new/ to cur/ or changing its flags keeps the ref). The cursor is
the (arrival, ref) of the last message returned: a poll returns what sorts after it. In
live mode the cursor also holds the folder's directory mtimes, so a poll with nothing new
costs a few stat calls whatever the folder's size.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from followupd.backends import Poll, RawMessage
from followupd.backends.local.files import (
    Folder,
    directory_stamps,
    from_ns,
    header_block,
    index_folder,
    locate_folders,
    message_id_of,
    read_message,
    to_ns,
    write_draft,
    write_note,
)
from followupd.closable import Closes
from followupd.model import FolderRole


class LocalMailbox(Closes):
    """A Maildir or a folder of .eml folders; see the module docstring for the two modes."""

    def __init__(
        self,
        path: Path,
        *,
        name: str = "local",
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._root = Path(path).expanduser()
        self._name = name
        self._clock = clock
        self.saved_drafts: dict[str, bytes] = {}  # replay mode: Message-ID -> draft
        self.saved_notes: dict[str, bytes] = {}  # replay mode: Message-ID -> the INBOX note
        self._folders = locate_folders(self._root)
        if clock is not None:
            for role, folder in self._folders.items():
                if role is not FolderRole.DRAFTS:
                    index_folder(folder, by_date=True)

    @property
    def name(self) -> str:
        return self._name

    def folders(self) -> Mapping[FolderRole, str]:
        return {
            role: folder.root.relative_to(self._root).as_posix() or "."
            for role, folder in self._folders.items()
        }

    def poll(self, folder: FolderRole, cursor: str | None, since: date) -> Poll:
        found = self._folders.get(folder)
        after = _cursor_key(cursor, since)
        if found is None:
            return Poll(new=(), cursor=_cursor_text(after, ""))
        if self._clock is None:
            stamps = directory_stamps(found)
            if cursor is not None and stamps == _cursor_signature(cursor):
                return Poll(new=(), cursor=cursor)
            if stamps != found.signature:
                index_folder(found, by_date=False)
        start = bisect_right(found.keys, after)
        stop = len(found.keys)
        if self._clock is not None:
            stop = bisect_right(found.keys, (to_ns(self._clock()), "\U0010ffff"))
        keys = found.keys[start:stop] if stop > start else []
        new = tuple(header_block(folder, ref, found.paths[ref]) for _, ref in keys)
        last = keys[-1] if keys else after
        return Poll(new=new, cursor=_cursor_text(last, found.signature))

    def poll_pages(self, folder: FolderRole, cursor: str | None, since: date) -> Iterator[Poll]:
        """One page: a local folder is read at disk speed."""
        poll = self.poll(folder, cursor, since)
        yield replace(poll, total=len(poll.new))

    def arrival_times(self) -> list[datetime]:
        """Replay mode: when each INBOX and Sent message arrives, in order."""
        moments = {
            key[0]
            for role in (FolderRole.INBOX, FolderRole.SENT)
            if role in self._folders
            for key in self._folders[role].keys
        }
        return [from_ns(ns) for ns in sorted(moments)]

    def fetch(
        self, folder: FolderRole, refs: Sequence[str], text_cap: int | None = None
    ) -> Iterator[RawMessage]:
        """Whole messages: `text_cap` saves nothing on a local disk."""
        found = self._folders.get(folder)
        if found is None:
            return
        for ref in refs:
            data = read_message(found, ref, live=self._clock is None)
            if data is not None:
                yield RawMessage(folder=folder, ref=ref, data=data)

    def drafts_present(self, message_ids: Collection[str]) -> set[str]:
        wanted = set(message_ids)
        if self._clock is not None:
            return wanted & self.saved_drafts.keys()
        drafts = self._folders.get(FolderRole.DRAFTS)
        if drafts is None or not wanted:
            return set()
        index_folder(drafts, by_date=False)
        present = {message_id_of(drafts.paths[ref]) for _, ref in drafts.keys}
        return wanted & present

    def drafts_removed_since(self, state: str | None) -> tuple[bool, str]:
        return True, ""  # looking is as cheap as telling

    def save_draft(self, message: bytes, message_id: str) -> bool:
        if self.drafts_present([message_id]):
            return False
        if self._clock is not None:
            self.saved_drafts[message_id] = message
            return True
        drafts = self._folders.get(FolderRole.DRAFTS) or self._create_drafts_folder()
        write_draft(drafts, message, message_id)
        return True

    def leave_note(self, message: bytes, message_id: str) -> None:
        if self._clock is not None:
            self.saved_notes[message_id] = message  # the day's note, replaced
            return
        write_note(self._folders[FolderRole.INBOX], message, message_id)

    def drafts_mark(self) -> str:
        """The Drafts directories' modification times ("" in replay, "none" without Drafts)."""
        if self._clock is not None:
            return ""
        drafts = self._folders.get(FolderRole.DRAFTS)
        return directory_stamps(drafts) if drafts is not None else "none"

    def drafts_lost_since(self, mark: str) -> bool:
        """A file added or removed changes its directory's modification time: unchanged times
        mean nothing came or went. Replay mode keeps drafts in memory: nothing is lost."""
        if self._clock is not None:
            return False
        drafts = self._folders.get(FolderRole.DRAFTS)
        if drafts is None:
            return mark != "none"
        return directory_stamps(drafts) != mark

    def delete_draft(self, message_id: str) -> None:
        """Replay mode: the user deletes a draft (used to simulate a user's choices)."""
        self.saved_drafts.pop(message_id, None)

    def _create_drafts_folder(self) -> Folder:
        inbox = self._folders[FolderRole.INBOX]
        if inbox.maildir:
            root = self._root / ".Drafts"
            for part in ("cur", "new", "tmp"):
                (root / part).mkdir(parents=True, exist_ok=True, mode=0o700)
        else:
            root = self._root / "Drafts"
            root.mkdir(exist_ok=True, mode=0o700)
        folder = Folder(root=root, maildir=inbox.maildir)
        self._folders[FolderRole.DRAFTS] = folder
        return folder

    def close(self) -> None:
        self._folders = {}


def _cursor_key(cursor: str | None, since: date) -> tuple[int, str]:
    if cursor:
        try:
            data = json.loads(cursor)
            return int(data["at"]), str(data["ref"])
        except (ValueError, KeyError, TypeError):
            pass
    return to_ns(datetime(since.year, since.month, since.day, tzinfo=UTC)), ""


def _cursor_signature(cursor: str) -> str | None:
    try:
        return str(json.loads(cursor)["dirs"])
    except (ValueError, KeyError, TypeError):
        return None


def _cursor_text(key: tuple[int, str], signature: str) -> str:
    return json.dumps({"at": key[0], "ref": key[1], "dirs": signature}, separators=(",", ":"))
