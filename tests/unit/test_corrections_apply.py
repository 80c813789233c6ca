"""understand.apply_corrections: the user's word wins over the classifier, and says so."""

from __future__ import annotations

from dataclasses import replace

from process_facts import message

from followupd.model import Correction, Kind, Person, Session
from followupd.understand import apply_corrections, short_id

CORA = "Cora Vance <cora.vance@lindenworks.example>"
DANA = "Dana Lee <dana.lee@lindenworks.example>"


def _holding():
    return message(CORA, "2026-03-02 10:00", Kind.HOLDING_REPLY, message_id="<h1@lw.example>")


def test_a_kind_correction_replaces_the_kind_at_full_confidence_with_its_evidence() -> None:
    held = replace(_holding(), signal=replace(_holding().signal, confidence=0.3))
    [corrected] = apply_corrections([held], [Correction("<h1@lw.example>", "kind", "rejection")])
    assert corrected.signal.kind is Kind.REJECTION
    assert corrected.signal.confidence == 1.0
    assert corrected.signal.evidence[0] == "corrected by you: rejection (read as holding_reply)"
    assert corrected.signal.evidence[1:] == held.signal.evidence  # the classifier's reasons stay
    assert corrected.envelope == held.envelope and corrected.key == held.key


def test_other_means_not_about_the_job_search_and_is_treated_as_nobody_writing() -> None:
    [corrected] = apply_corrections([_holding()], [Correction("<h1@lw.example>", "kind", "other")])
    assert corrected.signal.kind is Kind.OTHER
    assert corrected.signal.automated
    assert corrected.signal.evidence[0].startswith("corrected by you: not about my job search")


def test_a_kind_other_than_other_is_never_automated_mail() -> None:
    alert = _holding()
    alert = replace(alert, signal=replace(alert.signal, kind=Kind.OTHER, automated=True))
    [corrected] = apply_corrections([alert], [Correction("<h1@lw.example>", "kind", "offer")])
    assert (corrected.signal.kind, corrected.signal.automated) == (Kind.OFFER, False)


def test_not_an_interviewer_leaves_the_interviewers_and_the_sessions() -> None:
    invite = message(
        CORA,
        "2026-03-02 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-05 14:00",
        interviewers=[DANA, CORA],
        message_id="<i1@lw.example>",
    )
    sessions = (
        Session(Person("cora.vance@lindenworks.example")),
        Session(Person("dana.lee@lindenworks.example")),
    )
    invite = replace(invite, signal=replace(invite.signal, sessions=sessions))
    fix = Correction("<i1@lw.example>", "not_interviewer", "Cora.Vance@LindenWorks.example")
    [corrected] = apply_corrections([invite], [fix])
    assert [p.address for p in corrected.signal.interviewers] == ["dana.lee@lindenworks.example"]
    assert [s.person.address for s in corrected.signal.sessions] == ["dana.lee@lindenworks.example"]
    assert corrected.signal.not_interviewers == ("cora.vance@lindenworks.example",)
    assert "cora.vance@lindenworks.example is not an interviewer" in corrected.signal.evidence[0]


def test_a_confirmation_raises_the_confidence_and_keeps_the_reading() -> None:
    doubtful = replace(_holding(), signal=replace(_holding().signal, confidence=0.2))
    [confirmed] = apply_corrections([doubtful], [Correction("<h1@lw.example>", "confirm")])
    assert (confirmed.signal.kind, confirmed.signal.confidence) == (Kind.HOLDING_REPLY, 1.0)
    assert confirmed.signal.evidence[0] == "confirmed by you"


def test_a_short_id_names_a_message_as_its_message_id_does() -> None:
    other = message(DANA, "2026-03-03 10:00", Kind.HOLDING_REPLY, message_id="<h2@lw.example>")
    fix = Correction(short_id("<h1@lw.example>"), "kind", "rejection")
    first, second = apply_corrections([_holding(), other], [fix])
    assert first.signal.kind is Kind.REJECTION
    assert second == other


def test_without_corrections_the_observations_are_the_same_objects() -> None:
    observations = [_holding()]
    assert apply_corrections(observations, [])[0] is observations[0]


def test_short_ids_are_seven_base32_characters_stable_and_distinct() -> None:
    one = short_id("<h1@lw.example>")
    assert len(one) == 7 and set(one) <= set("abcdefghijklmnopqrstuvwxyz234567")
    assert one == short_id(" <h1@lw.example> ")
    ids = {short_id(f"<m{n}@host.example>") for n in range(5000)}
    assert len(ids) == 5000
