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
