"""An offer as people write it when it is good news between two people: "we'd love for you to
join us as our Product Analyst", "on aimerait vraiment que tu nous rejoignes", "würden dich
gerne als ... an Bord holen", "nos encantaría que te unieras al equipo". Joining a call or a
chat is no offer."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

FOUNDER = "Léa Garnier <lea@tandem-app.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Great news",
            "We loved your case study and we'd really love for you to join us as our Product "
            "Analyst! I'll send the formal offer tomorrow.",
        ),
        (
            "Bonne nouvelle",
            "On a adoré ton cas pratique et on aimerait vraiment que tu nous rejoignes en tant "
            "que Product Analyst ! Je t'envoie la proposition formelle demain.",
        ),
        (
            "Gute Nachrichten",
            "Wir waren von deiner Fallstudie begeistert und würden dich sehr gerne als Product "
            "Analyst bei uns an Bord holen! Das formale Angebot schicke ich dir morgen.",
        ),
        (
            "Buenas noticias",
            "Nos encantó tu caso práctico y nos encantaría que te unieras al equipo como Product "
            "Analyst. Te envío la propuesta formal mañana.",
        ),
    ],
)
def test_a_warm_welcome_to_the_team_is_an_offer(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=FOUNDER))
    assert signal.kind is Kind.OFFER, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying! We'd love for you to join us for a quick chat next week - what "
        "times work for you?",
        "Merci pour ta candidature ! On aimerait que tu nous rejoignes pour un premier échange "
        "cette semaine.",
    ],
)
def test_joining_a_call_is_no_offer(body: str) -> None:
    signal = signal_of(eml(body, subject="Your application", sender=FOUNDER))
    assert signal.kind is not Kind.OFFER, signal.evidence
