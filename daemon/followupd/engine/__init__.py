"""The engine: one cycle, from mail to drafts, the only place that strings the core and the
adapters together.

`run_cycle(mailbox, store, settings, now)`: after an upgrade of the classifier, read the stored
mail again; pull what changed (headers first, then only the parts read of what can matter, in
chunks, read by helper processes for a large pull), record it, notice deleted drafts, group
into processes (the user's corrections applied: `corrected_observations`), plan (unless the
plan the store keeps still stands), compose, save drafts, record them in the ledger. `replay`
drives the same cycle over a local mailbox with a virtual clock (`simulate`, `explain`);
`report` says how each process stands (and what the user is asked to confirm); `leave_note`
(note.py) puts the day's INBOX note; `checked_templates` loads and checks the draft templates a
running daemon swaps to after an edit.

May import: every core part, the store, the backends' protocol and local mailbox. Never: the
wall clock (`now` is an argument), the config loader, the service or the commands.
"""

from typing import TYPE_CHECKING

from followupd.engine.cycle import CycleReport, run_cycle

if TYPE_CHECKING:
    from followupd.engine.asks import question_words
    from followupd.engine.corrected import corrected_observations
    from followupd.engine.news_inputs import user_news
    from followupd.engine.note import InboxNote
    from followupd.engine.references import reference_addresses, vouched_elsewhere
    from followupd.engine.replay import Replay, replay
    from followupd.engine.reports import ProcessReport, report, report_with_questions
    from followupd.engine.templates import Templates, checked_templates
    from followupd.engine.threads import ThreadIndex

__all__ = [
    "CycleReport",
    "InboxNote",
    "ProcessReport",
    "Replay",
    "Templates",
    "ThreadIndex",
    "checked_templates",
    "corrected_observations",
    "question_words",
    "reference_addresses",
    "replay",
    "report",
    "report_with_questions",
    "run_cycle",
    "user_news",
    "vouched_elsewhere",
]
_LATER = {
    "Replay": "replay",
    "replay": "replay",
    "ProcessReport": "reports",
    "report": "reports",
    "report_with_questions": "reports",
    "question_words": "asks",
    "user_news": "news_inputs",
    "InboxNote": "note",
    "Templates": "templates",
    "checked_templates": "templates",
    "corrected_observations": "corrected",
    "reference_addresses": "references",
    "vouched_elsewhere": "references",
    "ThreadIndex": "threads",
}


def __getattr__(name: str) -> object:
    """The rest of the face, imported when first asked for: a cycle with nothing new needs
    none of it, nor the core parts it brings."""
    if name not in _LATER:
        raise AttributeError(f"module 'followupd.engine' has no attribute {name!r}")
    from importlib import import_module

    module = import_module(f"followupd.engine.{_LATER[name]}")
    # bound here as the eager imports would: the submodule `replay` must not shadow its function
    globals().update(
        {other: getattr(module, other) for other, of in _LATER.items() if of == _LATER[name]}
    )
    return globals()[name]
