"""The user's own news in the policy (policy/news.py, news_offers.py, news_stages.py): which
process an event is about, and the rules the README states: never two updates to one process
for the same offer, no withdrawal to a process that had closed, no heads-up twice to one
reference for one process, a muted process gets nothing, a snoozed one nothing before its day
(check-ins move after it), and an acceptance read in Sent is only ever a question.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from process_facts import ME, POLICY, USER, at, message, record, sent

from followupd.model import (
    NO_NEWS,
    Kind,
    NewsEvent,
    Observation,
    Outcome,
    Process,
    Reference,
    Stage,
    UserNews,
)
from followupd.policy import news_questions, news_standings, plan, resolve, stage_statuses
from followupd.processes import build_processes

DANA = "Dana Lee <dana.lee@acme.example>"
OMAR = "Omar Haddad <omar.haddad@globex.example>"
PRIYA = "Priya Shah <priya.shah@initech.example>"
DRAFT_MODE = replace(POLICY, other_offer_updates="draft")


def interview(sender: str, sent_on: str, start: str, end: str) -> Observation:
    address = sender.split("<")[1].rstrip(">")
    return message(
        sender, sent_on, Kind.INTERVIEW_SCHEDULED, start=start, end=end, interviewers=[address]
    )


def three_searches() -> list[Observation]:
    """Interviews at Acme, Globex and Initech; Acme's offer on the 10th, to answer by the 20th."""
    offer = message(DANA, "2026-03-10 15:20", Kind.OFFER, company="Acme", message_id="<offer@a>")
    offer = replace(offer, signal=replace(offer.signal, reply_by=date(2026, 3, 20)))
    return [
        interview(DANA, "2026-03-02 09:00", "2026-03-03 10:00", "2026-03-03 11:00"),
        interview(OMAR, "2026-03-02 10:00", "2026-03-03 14:00", "2026-03-03 15:00"),
        interview(PRIYA, "2026-03-03 10:00", "2026-03-05 11:00", "2026-03-05 12:00"),
        offer,
    ]


def processes(observations: list[Observation], news: UserNews = NO_NEWS) -> tuple[Process, ...]:
    """As the engine builds them: the user's references vouched for (engine/references.py)."""
    return build_processes(observations, ME, [r.address for r in news.references])


def event(what: str, employer: str, when: str, *messages: str, **more: object) -> NewsEvent:
    return NewsEvent(what, employer, messages, at(when), **more)  # type: ignore[arg-type]


def due(
    observations: list[Observation], now: str, news: UserNews, policy=POLICY, ledger=()
) -> list[tuple[str, str, str]]:
    decided = plan(processes(observations, news), list(ledger), at(now), policy, ME, news)
    return [(a.process_id, a.stage.value, a.to[0].address) for a in decided.draft]


def test_an_event_is_found_by_its_messages_even_when_the_process_id_changed() -> None:
    found = processes(three_searches())
    said = event("mute", "globex-old-id.example", "2026-03-06 10:00", "<m-unknown@x>")
    assert resolve(said, found) is None
    globex = next(p for p in found if p.id.startswith("globex"))
    message_id = globex.observations[0].envelope.message_id
    assert resolve(replace(said, messages=(message_id,)), found) == globex
    assert resolve(replace(said, employer=globex.id, messages=()), found) == globex
    assert resolve(replace(said, employer=f"{globex.id}#3", messages=()), found) == globex


def test_an_offer_in_draft_mode_updates_each_other_process_that_had_an_interview() -> None:
    made = due(three_searches(), "2026-03-10 15:20", UserNews(), DRAFT_MODE)
    updates = {(p, to) for p, stage, to in made if stage == "other_offer_update"}
    assert updates == {
        ("globex.example", "omar.haddad@globex.example"),
        ("initech.example", "priya.shah@initech.example"),
    }
    assert due(three_searches(), "2026-03-10 15:20", UserNews())  # ask: offer_reply only
    assert all(
        s != "other_offer_update"
        for _, s, _ in due(three_searches(), "2026-03-10 15:20", UserNews())
    )


def test_never_two_updates_to_one_process_for_the_same_offer() -> None:
    observations = three_searches()
    decided = plan(processes(observations), [], at("2026-03-10 15:20"), DRAFT_MODE, ME)
    ledger = [record(a, at("2026-03-10 15:20")) for a in decided.draft]
    # the user also says it (a revised answer-by day), and Globex's contact changes: no second
    later = message(
        "Rita Vance <rita.vance@globex.example>", "2026-03-11 09:00", Kind.HOLDING_REPLY
    )
    said = UserNews(
        events=(
            event(
                "offer", "acme.example", "2026-03-11 10:00", "<offer@a>", reply_by=date(2026, 3, 25)
            ),
        )
    )
    again = due([*observations, later], "2026-03-11 10:00", said, DRAFT_MODE, ledger)
    assert [m for m in again if m[1] == "other_offer_update"] == []


def test_no_withdrawal_to_a_process_that_had_closed_and_none_to_the_accepted_one() -> None:
    rejected = message(PRIYA, "2026-03-09 12:00", Kind.REJECTION)
    observations = [*three_searches(), rejected]
    accepted = UserNews(
        events=(event("accepted", "acme.example", "2026-03-11 18:00", "<offer@a>"),)
    )
    made = due(observations, "2026-03-11 18:00", accepted)
    withdrawals = [(p, to) for p, stage, to in made if stage == "withdrawal"]
    assert withdrawals == [("globex.example", "omar.haddad@globex.example")]
    standings = news_standings(processes(observations), accepted, at("2026-03-12 09:00"), POLICY)
    assert (
        standings["globex.example"].applied(processes(observations)[1]).outcome is Outcome.WITHDRAWN
    )
    assert standings["acme.example"].closure is not None


def test_a_withdrawal_closes_the_process_so_no_check_in_follows() -> None:
    withdraw = UserNews(
        events=(event("withdraw", "globex.example", "2026-03-06 10:00", reason="I am relocating."),)
    )
    made = due(three_searches(), "2026-03-06 10:00", withdraw)
    assert ("globex.example", "withdrawal", "omar.haddad@globex.example") in made
    found = processes(three_searches())
    globex = next(p for p in found if p.id == "globex.example")
    standing = news_standings(found, withdraw, at("2026-03-20 10:00"), POLICY)["globex.example"]
    statuses = stage_statuses(globex, [], at("2026-03-20 10:00"), POLICY, ME, standing)
    check_in = next(s for s in statuses if s.stage is Stage.CHECK_IN)
    assert check_in.status == "ruled_out" and "withdrawn" in check_in.reason


def test_an_acceptance_read_in_sent_is_asked_about_and_withdraws_nothing() -> None:
    accepting = sent([DANA], "2026-03-11 10:00", in_reply_to="<offer@a>")
    accepting = replace(accepting, signal=replace(accepting.signal, user_act="accepted"))
    observations = [*three_searches(), accepting]
    assert [
        m for m in due(observations, "2026-03-11 18:00", UserNews()) if m[1] == "withdrawal"
    ] == []
    [question] = news_questions(processes(observations), UserNews(), at("2026-03-11 12:00"), POLICY)
    assert question.what == "accepted" and question.process_id == "acme.example"
    assert {p.id for p in question.targets} == {"globex.example", "initech.example"}
    later = news_questions(processes(observations), UserNews(), at("2026-03-30 12:00"), POLICY)
    assert later == []  # a question stands for two weeks


def test_a_muted_process_gets_nothing_not_even_what_is_due_now() -> None:
    muted = UserNews(events=(event("mute", "globex.example", "2026-03-03 15:30"),))
    made = due(three_searches(), "2026-03-03 16:00", muted)
    assert [m for m in made if m[0] == "globex.example"] == []
    unmuted = due(three_searches(), "2026-03-03 16:00", UserNews())
    assert ("globex.example", "thank_you", "omar.haddad@globex.example") in unmuted


def test_a_snooze_holds_everything_until_its_day_and_moves_check_ins_after_it() -> None:
    observations = three_searches()[:3]
    snoozed = UserNews(
        events=(event("snooze", "initech.example", "2026-03-06 10:00", until=date(2026, 3, 21)),)
    )
    found = processes(observations)
    initech = next(p for p in found if p.id == "initech.example")
    standing = news_standings(found, snoozed, at("2026-03-17 10:00"), POLICY)["initech.example"]
    check_in = next(
        s
        for s in stage_statuses(initech, [], at("2026-03-17 10:00"), POLICY, ME, standing)
        if s.stage is Stage.CHECK_IN
    )
    # due Monday the 16th; the snooze ends on Saturday the 21st: Monday the 23rd at 9:00
    assert check_in.status == "waiting" and check_in.until == at("2026-03-23 09:00")
    assert "snoozed" in check_in.reason
    # an at-once stage: not before the day, and missed if its window closed meanwhile
    thanks = UserNews(
        events=(event("snooze", "initech.example", "2026-03-05 09:00", until=date(2026, 3, 6)),)
    )
    initech_thanks = ("initech.example", "thank_you", "priya.shah@initech.example")
    assert initech_thanks not in due(observations, "2026-03-05 13:00", thanks)
    assert initech_thanks in due(observations, "2026-03-06 00:00", thanks)


def test_one_heads_up_per_reference_per_process_however_often_references_are_asked() -> None:
    asks = [
        replace(m, signal=replace(m.signal, asks_references=True))
        for m in (
            message(OMAR, "2026-03-09 11:00", Kind.OTHER, in_reply_to="<x>"),
            message(OMAR, "2026-03-10 11:00", Kind.OTHER),
        )
    ]
    observations = [*three_searches()[:3], asks[0]]
    references = (
        Reference("Sam Roe", "sam.roe@example.com", "my manager"),
        Reference("Kenji Watanabe", "kenji@example.net", processes=("initech.example",)),
    )
    news = UserNews(references=references)
    made = due(observations, "2026-03-09 11:00", news)
    heads_ups = [m for m in made if m[1] == "reference_heads_up"]
    assert heads_ups == [("globex.example", "reference_heads_up", "sam.roe@example.com")]
    ledger = [
        record(a, at("2026-03-09 11:00"))
        for a in plan(
            processes(observations, news), [], at("2026-03-09 11:00"), POLICY, ME, news
        ).draft
    ]
    said = replace(news, events=(event("references", "globex.example", "2026-03-10 12:00"),))
    again = due([*observations, asks[1]], "2026-03-10 12:00", said, ledger=ledger)
    assert [m for m in again if m[1] == "reference_heads_up"] == []


def test_the_users_word_on_references_drafts_the_heads_up_without_any_mail() -> None:
    news = UserNews(
        events=(event("references", "initech.example", "2026-03-06 09:00"),),
        references=(Reference("Sam Roe", "sam.roe@example.com"),),
    )
    made = due(three_searches()[:3], "2026-03-06 09:00", news)
    assert ("initech.example", "reference_heads_up", "sam.roe@example.com") in made
    assert USER not in {to for _, _, to in made}


def test_a_misread_acceptance_corrected_to_other_is_no_longer_asked_about() -> None:
    from followupd.model import Correction
    from followupd.understand import apply_corrections

    accepting = sent([DANA], "2026-03-11 10:00", in_reply_to="<offer@a>", message_id="<acc@x>")
    accepting = replace(accepting, signal=replace(accepting.signal, user_act="accepted"))
    observations = apply_corrections(
        [*three_searches(), accepting], [Correction("<acc@x>", "kind", "other")]
    )
    asked = news_questions(processes(observations), UserNews(), at("2026-03-11 12:00"), POLICY)
    assert [q.what for q in asked] == ["offer"]  # the offer is asked about again, not acceptance
