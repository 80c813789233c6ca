"""What corrections change in processes and the policy: someone who is no interviewer is never
thanked, and a draft that regrouping gave another key is not drafted again."""

from __future__ import annotations

from datetime import timedelta

from process_facts import ME, POLICY, at, message, record, run_daemon

from followupd.model import Correction, Kind, Stage
from followupd.policy import plan, stage_statuses
from followupd.processes import build_processes
from followupd.understand import apply_corrections

CORA = "Cora Vance <cora.vance@lindenworks.example>"
CORA_ADDR = "cora.vance@lindenworks.example"
DANA = "Dana Lee <dana.lee@lindenworks.example>"
DANA_ADDR = "dana.lee@lindenworks.example"


def invite(
    interviewers: list[str], message_id: str = "<i1@lw.example>", when: str = "2026-03-02 10:00"
):
    return message(
        CORA,
        when,
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-05 14:00",
        end="2026-03-05 15:00",
        interviewers=interviewers,
        message_id=message_id,
        uid="round-1@lw.example",
    )


def not_cora(message_id: str = "<i1@lw.example>") -> Correction:
    return Correction(message_id, "not_interviewer", CORA_ADDR)


def thanked(observations) -> list[str]:
    run = run_daemon(observations, "2026-03-01 00:00", "2026-03-07 00:00")
    return sorted(a.to[0].address for _, a in run.made if a.stage is Stage.THANK_YOU)


def test_a_coordinator_corrected_out_of_a_panel_is_not_thanked() -> None:
    mail = [invite([DANA, CORA])]
    assert thanked(mail) == [CORA_ADDR, DANA_ADDR]
    assert thanked(apply_corrections(mail, [not_cora()])) == [DANA_ADDR]


def test_the_only_interviewer_corrected_out_gets_no_thank_you_as_the_contact_either() -> None:
    """With no interviewer left the thank-you would go to the employer contact: that is the
    very person the user said they did not meet."""
    mail = apply_corrections([invite([CORA])], [not_cora()])
    assert thanked(mail) == []
    [process] = build_processes(mail, ME)
    statuses = stage_statuses(process, [], at("2026-03-05 16:30"), POLICY, ME)
    [status] = [s for s in statuses if s.stage is Stage.THANK_YOU]
    assert status.status == "ruled_out" and CORA_ADDR in status.reason


def test_a_later_copy_of_the_invitation_does_not_bring_them_back() -> None:
    update = invite([DANA, CORA], message_id="<i2@lw.example>", when="2026-03-03 10:00")
    mail = apply_corrections([invite([DANA, CORA]), update], [not_cora()])
    [process] = build_processes(mail, ME)
    [interview] = process.interviews
    assert [p.address for p in interview.interviewers] == [DANA_ADDR]
    assert interview.not_interviewers == (CORA_ADDR,)


def test_a_due_draft_the_ledger_holds_under_a_vanished_process_is_not_drafted_again() -> None:
    """A correction regrouped the mail: the thank-you made an hour ago under the old id is the
    same draft as the one now due under the new id."""
    mail = [invite([DANA])]
    now = at("2026-03-05 17:00")
    [due] = plan(build_processes(mail, ME), [], at("2026-03-05 16:00"), POLICY, ME).draft
    old = record(due, at("2026-03-05 16:00"))
    orphan = old.__class__(
        "lindenworks-old", old.stage, old.recipient, old.occurrence, old.message_id, old.at
    )
    decided = plan(build_processes(mail, ME), [orphan], now, POLICY, ME)
    assert decided.draft == ()
    [(action, earlier)] = decided.drafted_before
    assert (action.stage, earlier.process_id) == (Stage.THANK_YOU, "lindenworks-old")


def test_a_live_process_of_another_employer_does_not_count_as_drafted_before() -> None:
    mail = [invite([DANA])]
    [due] = plan(build_processes(mail, ME), [], at("2026-03-05 16:00"), POLICY, ME).draft
    other = message("Ann <ann@other.example>", "2026-03-01 09:00", Kind.APPLICATION_RECEIVED)
    row = record(due, at("2026-03-05 16:30"))
    row = row.__class__("other.example", row.stage, row.recipient, 1, row.message_id, row.at)
    decided = plan(build_processes([*mail, other], ME), [row], at("2026-03-05 17:00"), POLICY, ME)
    assert [a.stage for a in decided.draft] == [Stage.THANK_YOU]


def test_a_row_made_before_the_draft_fell_due_is_another_draft() -> None:
    mail = [invite([DANA])]
    [due] = plan(build_processes(mail, ME), [], at("2026-03-05 16:00"), POLICY, ME).draft
    early = record(due, due.due - timedelta(days=1))
    early = early.__class__("gone", early.stage, early.recipient, 1, early.message_id, early.at)
    decided = plan(build_processes(mail, ME), [early], at("2026-03-05 17:00"), POLICY, ME)
    assert len(decided.draft) == 1 and decided.drafted_before == ()
