"""The policy: which follow-up is due, to whom, and when.

`plan(processes, ledger, now, policy, me)` answers with the drafts due now and the stages
found missed; `stage_statuses` explains every stage of a process (due, done, waiting until
when, ruled out and why). Thank-yous per interviewer (through the person who arranged the
interview for those named without an address), check-ins on business days after a
decision date or a silence, holding acknowledgements and replies to rejections and offers, as
`../shared/corpus/POLICY.md` and the README describe.

May import: processes, dates, model. Never: the clock (`now` is an argument), any I/O,
templates or the store.
"""

from followupd.policy.context import StageStatus
from followupd.policy.plan import Plan, plan, stage_statuses

__all__ = ["Plan", "StageStatus", "plan", "stage_statuses"]
