"""What to draft, when, and to whom: corpus/POLICY.md, every number from PolicySettings.

Theory of operation
-------------------
`plan` is a pure function of (processes, ledger, now, settings). It keeps no state of its own:
everything it knows about the past is in the observations (what was said, what the user sent)
and in the drafts ledger (what was already drafted, found missed, or deleted). Running it
twice on the same input gives the same answer; running it at every poll is safe.

Clocks. Every stage has a due moment computed from message facts:
  - thank_you: 1 h after the interview's end (no end given: start + 1 h), per interviewer
    with an address; thank_you_via_contact at the same moment, to the person who arranged
    it, for those named without one (via_contact.py explains why);
  - holding_ack, rejection_reply, offer_reply: the moment the message arrived ("at once");
  - check_in: the first business day after the decision date when one stands, else the 7th
    business day after the clock start (the latest of the interviews' ends and the last
    employer message); second check_in: the 7th day after the day the user sent the first
    (moved to the next business day); final_note: 7 business days after the second was sent.
Day-based stages fall due at `check_in_hour` (9:00) local time on their day, so the draft is
waiting when the user starts the day and a daemon polling every few minutes makes it that
morning. Days are counted on local dates in `Me.timezone` with the configured country's public
holidays (dates.BusinessCalendar), so a DST change never moves a day.

Chains. check_in -> second check_in -> final_note form one chain, walked in check_ins.py. It
runs once the user waits on the employer (an interview was booked, a holding reply came or a
decision date was given; not after a mere acknowledgement or an unanswered request for
times), and goes to the employer contact (processes/grouping.py: never a no-reply address). An
episode starts with the clock, each step follows only a step the user actually sent, an unsent
one holds the chain until the employer (new episode) or the user (it counts as sent) writes
again. Never more than `max_check_ins` check-in drafts per process; the final note comes after
the last allowed check-in was sent, once per process. The other stages stand alone.

Occurrences. The ledger key is (process, stage, recipient, occurrence) and a key that is in the
ledger is never drafted again, whatever its status. thank_you and thank_you_via_contact: the
interview's ordinal in the process (the via-contact recipient, once drafted, stays the same);
holding_ack: the holding reply's ordinal; rejection/offer reply and final_note: 1;
check_in: one more than the check-in rows already in the ledger, so a restarted chain always
gets a fresh key, while a step already taken is recognised by its row made since the episode
began (never re-proposed under a new number).

Closing. A rejection, an offer or the user's withdrawal closes the whole process, whatever
thread it came in: every pending stage is ruled out, and only the reply to that news remains.

The user's news (news.py, news_offers.py, news_stages.py). Events the user said (`followupd
news`) join the mail: an offer elsewhere is told to the others that had interviews
(other_offer_update, keyed by the offer), a withdrawal or an accepted offer closes processes
with a withdrawal each, references asked for give each reference a heads-up, a muted process
gets nothing, a snoozed one nothing before its day (check-ins move after it). What the policy
only suspects (an offer, with `other_offer_updates = "ask"`; an acceptance in the user's Sent
mail) is a question for the user, never a draft.

Trusted recipients. A draft goes only to an address the process's own mail vouches for
(`Process.vouches_for`, processes/trust.py; the user's references and everyone the user wrote
to count in every process): a due draft to anyone else waits, "needs a look", until the user
confirms the message that names them. A muted process's stages are ruled out before that.

Regrouping. Processes are derived from readings, so a correction by the user or a re-read after
an upgrade can regroup mail (a process gets another id) or renumber a stage (an interview
announced earlier now comes first). A due draft whose stage and recipient the ledger already
holds, drafted in an earlier cycle at or after this one fell due, for this process or for one
that no longer exists, is that same draft: `Plan.drafted_before` names it with the earlier row,
and the engine records it under the new key instead of drafting it again.

Stale handling. A stage whose due moment passed more than `stale_after` (3 days) before `now`
goes to `Plan.missed`, not `Plan.draft`: the engine records it as missed, so a first run over
a mailbox with history drafts nothing stale, and a daemon down for a week does not wake up to
a pile of old drafts. A thank_you also expires `thank_you_skip_after` after the interview's end
and is marked late after `thank_you_late_after`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from followupd.model import (
    NO_NEWS,
    Action,
    DraftRecord,
    Me,
    PolicySettings,
    Process,
    UserNews,
    recipient_key,
)
from followupd.policy.check_ins import check_in_chain
from followupd.policy.context import Context, StageStatus, Verdict, waiting
from followupd.policy.draft_facts import with_draft_facts
from followupd.policy.news import NO_STANDING, Standing, base_standings, with_acceptances
from followupd.policy.news_offers import Question, questions, with_offers
from followupd.policy.news_stages import hushed, news_verdicts
from followupd.policy.stages import closing_reply, holding_acks, thank_yous

__all__ = ["Plan", "StageStatus", "news_questions", "news_standings", "plan", "stage_statuses"]


@dataclass(frozen=True, slots=True)
class Plan:
    draft: tuple[Action, ...] = ()  # due now: compose and save these
    missed: tuple[Action, ...] = ()  # due too long ago: record as missed, never draft
    # due, but drafted before under another key (regrouping): record, never draft again
    drafted_before: tuple[tuple[Action, DraftRecord], ...] = ()


def plan(  # noqa: PLR0917 (the news joined the arguments every caller already passes)
    processes: Sequence[Process],
    ledger: Sequence[DraftRecord],
    now: datetime,
    policy: PolicySettings,
    me: Me,
    news: UserNews = NO_NEWS,
) -> Plan:
    """The drafts due at `now` and the stages found missed, in a stable order."""
    known = {(r.process_id, r.stage, r.recipient, r.occurrence) for r in ledger}
    live = frozenset(p.id for p in processes)
    standings = news_standings(processes, news, now, policy)
    draft: list[Action] = []
    missed: list[Action] = []
    before: list[tuple[Action, DraftRecord]] = []
    for process in sorted(processes, key=lambda p: p.id):
        for verdict in _verdicts(process, ledger, now, policy, me, standings[process.id]):
            action = verdict.action
            if action is None:
                continue
            key = (action.process_id, action.stage, recipient_key(action.to), action.occurrence)
            if key in known:
                continue  # a defence in depth: the stage rules already consult the ledger
            known.add(key)
            action = with_draft_facts(action, process)
            if verdict.status.status == "missed":
                missed.append(action)
            elif (row := drafted_before(action, ledger, live, now)) is not None:
                before.append((action, row))
            else:
                draft.append(action)
    return Plan(draft=tuple(draft), missed=tuple(missed), drafted_before=tuple(before))


def drafted_before(
    action: Action, ledger: Sequence[DraftRecord], live: frozenset[str], now: datetime
) -> DraftRecord | None:
    """The ledger row of this same draft under another key, if regrouping gave it a new one:
    same stage and recipient, this process or one that no longer exists, made in an earlier
    cycle at or after the action fell due."""
    recipient = recipient_key(action.to)
    for row in ledger:
        if (
            row.stage is action.stage
            and row.recipient == recipient
            and row.status != "missed"
            and (row.process_id == action.process_id or row.process_id not in live)
            and action.due <= row.at < now
        ):
            return row
    return None


def news_standings(
    processes: Sequence[Process], news: UserNews, now: datetime, policy: PolicySettings
) -> dict[str, Standing]:
    """What the user's news makes of each process at `now` (news.py), by process id."""
    standings = with_acceptances(processes, base_standings(processes, news, now))
    return with_offers(processes, standings, policy)


def news_questions(
    processes: Sequence[Process], news: UserNews, now: datetime, policy: PolicySettings
) -> list[Question]:
    """What the user is asked to confirm now (news_offers.py)."""
    return questions(processes, news_standings(processes, news, now, policy), policy, now)


def stage_statuses(  # noqa: PLR0917 (as plan's)
    process: Process,
    ledger: Sequence[DraftRecord],
    now: datetime,
    policy: PolicySettings,
    me: Me,
    standing: Standing = NO_STANDING,
) -> list[StageStatus]:
    """Every stage of one process: due, done, waiting (until when), ruled out or missed, and why.
    `standing`: what the user's news makes of it (`news_standings`)."""
    return [verdict.status for verdict in _verdicts(process, ledger, now, policy, me, standing)]


def _verdicts(  # noqa: PLR0917
    process: Process,
    ledger: Sequence[DraftRecord],
    now: datetime,
    policy: PolicySettings,
    me: Me,
    standing: Standing,
) -> list[Verdict]:
    context = Context(standing.applied(process), ledger, now, policy, me, standing)
    verdicts = [
        *thank_yous(context),
        *holding_acks(context),
        *check_in_chain(context),
        *closing_reply(context),
        *news_verdicts(context),
    ]
    return [_vouched(process, verdict) for verdict in hushed(context, verdicts)]


def _vouched(process: Process, verdict: Verdict) -> Verdict:
    """A due draft to anyone the process's own mail does not vouch for waits for the user's
    word (processes/trust.py: the message naming them needs a look)."""
    action = verdict.action
    if action is None or verdict.status.status != "due":
        return verdict
    strangers = [p.address for p in (*action.to, *action.cc) if not process.vouches_for(p.address)]
    if not strangers:
        return verdict
    reason = f"needs a look: {', '.join(strangers)} not vouched for by this application's own mail"
    return waiting(action.stage, action.to, reason)
