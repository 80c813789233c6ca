"""Who wrote a short confirmation and will hold the interview themselves: the writer who says
they will call ("I'll ring your mobile", "je vous appellerai", "te llamo"), and the writer who
says they will see the candidate ("See you then!", "À jeudi !", "Bis dann!", "¡Nos vemos!")
when the message names nobody else who will. A recruiter who says "see you then" about a
meeting with someone else, or who signs as a coordinator, is no interviewer."""

from __future__ import annotations

import re

import pytest
from classify_mail import ME, eml

from followupd.mail import parse_message
from followupd.model import Kind
from followupd.understand import classify
from followupd.understand.people import prose_interviewers

WRITER = "Robin Vale <robin.vale@kestrel.example>"
ROBIN = "robin.vale@kestrel.example"


def _met(body: str, sender: str = WRITER) -> list[str]:
    mail = parse_message(eml(body, subject="Re: interview", sender=sender))
    return [person.address for person in prose_interviewers(mail, frozenset({ME}))]


_MET = [
    # they will call
    "Great, Thursday at 2 works. I'll give you a call on your mobile then.\n\nRobin",
    "Confirmed for Monday 9:30 - I will phone your number from the CV.\n\nR.",
    "Lovely, Friday at 10 it is. I'll ring your landline.\n\nRobin",
    "Parfait, je vous appellerai jeudi à 10h sur votre portable.\n\nRobin",
    "Ok pour mardi 18h, je t'appelle à ce moment-là.\n\nRobin",
    "Passt, ich rufe Sie am Mittwoch um 11 Uhr an.\n\nRobin",
    "Perfecto, te llamo el martes a las 17:00.\n\nRobin",
    "Muy bien, le llamaré el lunes a las 9:30.\n\nRobin",
    "Locked in for 3pm. It'll be just me, half an hour or so.\n\nRobin",
    # they will see the candidate, and name nobody else
    "Tuesday 3pm it is - see you then!\n\nRobin",
    "See you Wednesday at 11. Ring the bell on the second floor.\n\nRobin",
    "Thanks, 10am tomorrow works. Talk to you then.\n\nRobin",
    "Super, 15h mercredi. À mercredi !\n\nRobin",
    "Top, on se voit jeudi à 14h au bureau. Demandez-moi à l'accueil.\n\nRobin",
    "Super, Freitag 10 Uhr passt. Bis dann!\n\nRobin",
    "Gut, dann sehen wir uns am Donnerstag. Wir sehen uns im Büro.\n\nRobin",
    "Genial, el jueves a las 12. ¡Nos vemos!\n\nRobin",
    "Perfecto, apuntado. Cuando llegues, pregunta por mí en recepción.\n\nRobin",
]


@pytest.mark.parametrize("body", _MET)
def test_a_writer_who_will_call_or_see_the_candidate_is_met(body: str) -> None:
    assert ROBIN in _met(body), body


_NOT_MET = [
    # someone else holds it
    "Thursday at 3pm works for Dana, and I've let her know. See you then!\n\nRobin",
    "Wednesday at 10 works, see you then! Kelsey will send the invite.\n\nRobin",
    "Friday 11am is booked with Priya. Speak then.\n\nRobin",
    "Vendredi 11h, c'est noté avec Julien. À vendredi !\n\nRobin",
    "Martes a las 10, lo tienes con Lucía. ¡Nos vemos!\n\nRobin",
    "Booked: Monday 2pm, with Omar Haddad (omar.haddad@kestrel.example). See you then!",
    # no word of meeting at all
    "Thursday at 2pm is confirmed. The invite is on its way.\n\nRobin",
    # a past conversation is no interview
    "Suite à notre échange téléphonique, je vous confirme l'entretien du mardi 5 mai.",
]
_CASES = [*_MET, *_NOT_MET]


@pytest.mark.parametrize("body", _NOT_MET)
def test_a_writer_who_only_arranges_it_is_not_met(body: str) -> None:
    assert ROBIN not in _met(body), body


def test_a_coordinator_who_will_call_is_not_met() -> None:
    body = (
        "Great, Thursday at 2 works. I'll give you a call to check in beforehand.\n\n"
        "Robin Vale\nRecruiting Coordinator, Kestrel"
    )
    assert ROBIN not in _met(body)


def test_a_founders_short_confirmation_thanks_the_founder() -> None:
    body = "Perfect, Tuesday March 10 at 3pm it is. See you then!\n\nSol"
    sender = "Sol <sol@kestrel.example>"
    data = eml(body, subject="Re: Interview - Founding Engineer", sender=sender)
    signal = classify(parse_message(data), frozenset({ME}))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert [person.address for person in signal.interviewers] == ["sol@kestrel.example"]


def test_the_grouped_writer_patterns_find_what_the_plain_ones_find() -> None:
    """people._grouped rewrites each pattern for speed: the same texts must match."""
    from pathlib import Path

    from followupd.understand import people
    from followupd.understand.phrases.common import FIRST_PERSON_INTERVIEWER, WRITER_MEETS_YOU

    plain = [re.compile(p) for p in (people._WRITER_JOINS, FIRST_PERSON_INTERVIEWER)]
    plain.append(re.compile(WRITER_MEETS_YOU))
    grouped = people._writer_patterns()
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [parse_message(p.read_bytes()).text.lower() for p in fixtures.rglob("*.eml")]
    texts += [case.lower() for case in _CASES]
    assert len(texts) > 1000
    for text in texts:
        for fast, slow in zip(grouped, plain, strict=True):
            assert bool(fast.search(text)) == bool(slow.search(text)), (slow.pattern[:40], text)
