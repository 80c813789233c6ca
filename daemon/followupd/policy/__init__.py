"""The policy: which follow-up is due, to whom, and when.

`plan(processes, ledger, now, policy, me)` answers with the drafts due now and the stages
found missed; `stage_statuses` explains every stage of a process (due, done, waiting until
when, ruled out and why). Thank-yous per interviewer (through the person who arranged the
interview for those named without an address), check-ins on business days after a
decision date or a silence, holding acknowledgements and replies to rejections and offers;
and the user's own news (another offer told to the others, withdrawals, references'
heads-ups, mute and snooze, and the questions asked before any of it is drafted), as
`../shared/corpus/POLICY.md` and the README describe.

May import: processes, dates, model. Never: the clock (`now` is an argument), any I/O,
templates or the store.
"""

from followupd.policy.context import StageStatus
from followupd.policy.news import NO_STANDING, Standing, employer_of, resolve
from followupd.policy.news_offers import Question
from followupd.policy.plan import Plan, news_questions, news_standings, plan, stage_statuses

__all__ = [
    "NO_STANDING",
    "Plan",
    "Question",
    "StageStatus",
    "Standing",
    "employer_of",
    "news_questions",
    "news_standings",
    "plan",
    "resolve",
    "stage_statuses",
]
