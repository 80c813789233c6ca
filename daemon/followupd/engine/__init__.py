"""The engine: one cycle, from mail to drafts, the only place that strings the core and the
adapters together.

`run_cycle(mailbox, store, settings, now)`: after an upgrade of the classifier, read the stored
mail again; pull what changed (headers first, then only what can matter, read by helper
processes for a large pull), record it, group into processes (the user's corrections applied:
`corrected_observations`), plan, compose, save drafts, record them in the ledger. `replay`
drives the same cycle over a local mailbox with a virtual clock (`simulate`, `explain`);
`report` says how each process stands (and what the user is asked to confirm); `leave_note`
(note.py) puts the day's INBOX note; `checked_templates` loads and checks the draft templates a
running daemon swaps to after an edit.

May import: every core part, the store, the backends' protocol and local mailbox. Never: the
wall clock (`now` is an argument), the config loader, the service or the commands.
"""

from followupd.engine.asks import question_words
from followupd.engine.corrected import corrected_observations
from followupd.engine.cycle import CycleReport, run_cycle
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
