"""A time the user agreed to in a thread that asked for one is the interview: the request's one
time accepted ("Je vous propose de passer mardi à 10h" ... "C'est noté, je serai là mardi à
10h"), no employer confirming it after."""

from __future__ import annotations

from dataclasses import replace

from process_facts import ME, at, message, sent, shifted

from followupd.model.domain import Kind, Observation
from followupd.processes.grouping import build_processes
from followupd.understand.thread import USER_AGREED

MARTINE = "Martine Lambert <martine.lambert@vieuxmoulin.example>"


def _agreed(evidence: str) -> list[Observation]:
    request = message(
        MARTINE,
        "2026-04-27 22:47",
        Kind.INTERVIEW_REQUEST,
        subject="Re: Candidature job saisonnier",
        message_id="<req@vieuxmoulin.example>",
    )
    reply = sent(
        ["martine.lambert@vieuxmoulin.example"],
        "2026-04-28 07:58",
        subject="Re: Candidature job saisonnier",
        in_reply_to="<req@vieuxmoulin.example>",
    )
    reply = shifted(
        reply,
        signal=replace(reply.signal, evidence=(evidence,), interview_start=at("2026-05-05 10:00")),
    )
    return [request, reply]


def test_the_time_the_user_agreed_to_is_the_interview() -> None:
    (process,) = build_processes(_agreed(f'{USER_AGREED}: "c\'est noté"'), ME)
    (interview,) = process.interviews
    assert interview.start == at("2026-05-05 10:00")
    assert not interview.cancelled


def test_a_time_the_user_only_mentions_books_nothing() -> None:
    (process,) = build_processes(_agreed("written by the user"), ME)
    assert process.interviews == ()


def _then(kind: Kind, when: str, **fields: str) -> Observation:
    return message(
        MARTINE,
        when,
        kind,
        subject="Re: Candidature job saisonnier",
        in_reply_to="<req@vieuxmoulin.example>",
        **fields,
    )


def test_a_move_after_the_agreement_stands_instead() -> None:
    moved = _then(Kind.INTERVIEW_RESCHEDULED, "2026-04-30 09:00", start="2026-05-07 15:00")
    (process,) = build_processes([*_agreed(f"{USER_AGREED}: ok"), moved], ME)
    assert [i.start for i in process.interviews] == [at("2026-05-07 15:00")]


def test_a_new_request_or_a_call_off_after_the_agreement_leaves_no_interview() -> None:
    for kind in (Kind.INTERVIEW_REQUEST, Kind.INTERVIEW_CANCELLED, Kind.REJECTION):
        later = _then(kind, "2026-04-30 09:00")
        (process,) = build_processes([*_agreed(f"{USER_AGREED}: ok"), later], ME)
        assert [i for i in process.interviews if not i.cancelled] == [], kind


def test_news_in_another_thread_after_the_interview_leaves_it_standing() -> None:
    second_round = message(
        MARTINE, "2026-05-06 09:00", Kind.INTERVIEW_REQUEST, subject="Deuxième entretien"
    )
    (process,) = build_processes([*_agreed(f"{USER_AGREED}: ok"), second_round], ME)
    assert [i.start for i in process.interviews] == [at("2026-05-05 10:00")]


def test_the_user_calling_off_or_asking_to_move_unbooks_the_agreed_time() -> None:
    agreed = _agreed(f"{USER_AGREED}: ok")
    later = sent(
        ["martine.lambert@vieuxmoulin.example"],
        "2026-04-30 08:00",
        subject="Re: Candidature job saisonnier",
        in_reply_to="<req@vieuxmoulin.example>",
    )
    for act in ("called_off", "withdrew"):
        undone = shifted(later, signal=replace(later.signal, user_act=act))
        (process,) = build_processes([*agreed, undone], ME)
        assert process.interviews == (), act
