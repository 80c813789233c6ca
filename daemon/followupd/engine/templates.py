"""The draft templates a cycle writes with: loaded once per folder for `once` and `simulate`,
and, for a running daemon, checked before it swaps to an edited version (service/reload.py).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from followupd.drafts import Templates, sample_variables
from followupd.errors import FollowupdError
from followupd.model import Settings

__all__ = ["Templates", "checked_templates", "templates_for"]


@cache
def templates_for(user_dir: Path | None) -> Templates:
    return Templates(user_dir)


def checked_templates(settings: Settings) -> tuple[Templates | None, list[str]]:
    """The templates of `settings` read afresh and every stage rendered in every language with
    sample data of the user's own (which also loads them all: later edits of the files are
    not seen by this object); with every problem found (None when the folder is unusable)."""

    def sample(language: str) -> dict[str, object]:
        return sample_variables(settings.me, settings.drafts, language=language)

    try:
        templates = Templates(settings.drafts.templates_dir)
        return templates, templates.lint(sample)
    except FollowupdError as error:
        return None, [str(error)]
