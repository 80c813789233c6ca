"""Edits picked up while the daemon runs: the config file and the user's draft templates.

The `Reloader` remembers the config file's stamp (size, modification time, inode) and every
template file's. At each cycle, and at once on SIGHUP (`systemctl reload`), it looks again; on
a change it loads the config (every problem at once) and the templates (afresh, every stage
rendered in every language with sample data: engine.checked_templates). A good edit replaces
what is in use; a broken one is logged with its problems and kept in `problems` (the service
records them in the state database, where `followupd status` shows them), and the last good
version keeps working. The state database's path takes effect only after a restart: said so.

Templates are loaded whole when the daemon starts, so that a later broken edit of a template
no cycle had used yet cannot slip in: the loaded object never reads the files again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from followupd.config import load_settings
from followupd.errors import ConfigError, FollowupdError
from followupd.model import Settings
from followupd.store import Store

if TYPE_CHECKING:
    from followupd.engine import Templates

log = logging.getLogger("followupd.service")
TOPICS = ("config", "templates")
Stamp = tuple[tuple[str, int, int, int], ...]


def stamp_of(paths: list[Path]) -> Stamp:
    """(name, size, mtime, inode) of each file that exists: any edit, or a file replaced by
    an editor's rename, changes it."""
    found = []
    for path in paths:
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((str(path), info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(found)


def template_files(folder: Path | None) -> list[Path]:
    if folder is None:
        return []
    try:
        return sorted(path for path in folder.glob("*.j2") if path.is_file())
    except OSError:
        return []


class Reloader:
    """The settings and templates in use, and what is wrong with the latest edit of each."""

    def __init__(self, path: Path | None, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self.templates: Templates | None = None  # None: the engine's own, until loaded
        self.problems: dict[str, str] = {}  # "config" / "templates" -> what is wrong
        self._config = stamp_of([path] if path else [])
        self._templates = stamp_of(template_files(settings.drafts.templates_dir))
        self._started = False
        self._recorded: dict[str, str] | None = None  # the problems the store last showed

    def start(self) -> None:
        """Load the user's templates whole (see the module docstring); the packaged ones
        change only with followupd, so a cycle loads them as `once` does."""
        self._started = True
        if self.settings.drafts.templates_dir is not None:
            self._load_templates(first=True)

    def check(self, force: bool = False) -> bool:
        """Read again what changed since the last look (all of it when `force`): True when
        the settings or the templates in use were replaced. The first check starts."""
        if not self._started:
            self.start()
        changed = False
        config = stamp_of([self.path] if self.path else [])
        if self.path is not None and (force or config != self._config):
            self._config = config
            changed = self._load_config()
        templates = stamp_of(template_files(self.settings.drafts.templates_dir))
        if changed or force or templates != self._templates:
            self._templates = templates
            changed = self._load_templates() or changed
        return changed

    def record(self, store: Store, now: datetime) -> None:
        """The problems of the latest edits in the state database, for `followupd status`
        (each topic said or cleared; nothing written while they stay the same)."""
        if self.problems == self._recorded:
            return
        for topic in TOPICS:
            if topic in self.problems:
                store.set_notice(topic, self.problems[topic], now)
            else:
                store.clear_notice(topic)
        self._recorded = dict(self.problems)

    def _load_config(self) -> bool:
        assert self.path is not None
        try:
            fresh = load_settings(self.path)
        except FollowupdError as error:
            problems = error.problems if isinstance(error, ConfigError) else [str(error)]
            self._failed("config", f"{self.path}: {'; '.join(problems)}")
            return False
        self.problems.pop("config", None)
        if fresh.daemon.state_path != self.settings.daemon.state_path:
            log.warning(
                "config: state_path changed to %s: it takes effect after a restart",
                fresh.daemon.state_path,
            )
            kept = replace(fresh.daemon, state_path=self.settings.daemon.state_path)
            fresh = replace(fresh, daemon=kept)
        if fresh == self.settings:
            return False
        self.settings = fresh
        log.info("config reloaded from %s", self.path)
        return True

    def _load_templates(self, first: bool = False) -> bool:
        from followupd.engine import checked_templates

        templates, problems = checked_templates(self.settings)
        if problems or templates is None:
            self._failed("templates", "; ".join(problems))
            if first and templates is not None:
                self.templates = templates  # no good version yet: these, as `once` would
            return False
        self.problems.pop("templates", None)
        self.templates = templates
        if not first:
            log.info("templates reloaded (%s)", self.settings.drafts.templates_dir or "built-in")
        return not first

    def _failed(self, topic: str, text: str) -> None:
        self.problems[topic] = text
        log.error(
            "%s: your edit cannot be used, the last good version keeps working: %s", topic, text
        )
