"""The user's own Sent mail read for what it does to an application (Signal.user_act): an
offer accepted, an offer declined, a withdrawal; in English, German, French and Spanish, in the
user's own new words only (quoted history and a reply's inherited subject are not theirs). And
the employer asking for references (Signal.asks_references), in its own new words only.
"""

from __future__ import annotations

import pytest
from classify_mail import ME, eml, signal_of

USER = f"Sam Lee <{ME}>"
EMPLOYER = "Dana Cole <dana.cole@acme.example>"


def act(body: str, subject: str = "Re: Your offer", sender: str = USER) -> str:
    to = EMPLOYER if sender == USER else USER
    return signal_of(eml(body, subject, sender=sender, to=to)).user_act


@pytest.mark.parametrize(
    "body",
    [
        "Thank you so much! I'm delighted to accept your offer for the Data Analyst role.",
        "After careful consideration, I am pleased to accept the position of Senior Engineer.",
        "I am writing to formally accept the offer you extended on Friday.",
        "I would be thrilled to accept the role, and I look forward to starting in April.",
        "Please find attached the signed offer letter. See you on the 6th!",
        "I've signed the contract and returned it through the portal.",
        "Once again, thank you; I gladly accept your kind offer.",
        "Vielen Dank! Ich nehme Ihr Angebot sehr gerne an.",
        "Ich freue mich sehr, Ihr Angebot anzunehmen, und sende Ihnen den Vertrag zurück.",
        "Hiermit sage ich Ihnen für die Stelle als Data Engineer gerne zu.",
        "Anbei erhalten Sie den unterschriebenen Arbeitsvertrag.",
        "C'est avec grand plaisir que j'accepte votre proposition.",
        "Je suis ravie d'accepter votre offre pour le poste de cheffe de projet.",
        "J'accepte avec plaisir votre offre et vous remercie pour votre confiance.",
        "Muchas gracias, acepto con mucho gusto su oferta.",
        "Me complace aceptar la propuesta para el puesto de analista.",
        "Te confirmo mi aceptación y te envío el contrato firmado.",
    ],
)
def test_an_acceptance_in_the_users_own_words_is_read(body: str) -> None:
    assert act(body) == "accepted"


@pytest.mark.parametrize(
    "body",
    [
        "Before I accept the offer, could we discuss the start date?",
        "I'd be happy to accept the offer if the base salary could be raised a little.",
        "I'm not ready to accept the offer yet; may I have until Monday?",
        "Could I accept the offer and start in June instead?",
        "I'm delighted to accept your invitation to interview on Tuesday.",
        "I accept the meeting time you suggested.",
        "I will accept the position once I have seen the contract.",
        "I have accepted another offer, so I must withdraw.",
        "Thank you, I will review the offer and get back to you by Friday.",
        "Ich nehme an, dass Ihr Angebot bis Freitag gilt?",
        "Bevor ich Ihr Angebot annehme, hätte ich noch eine Frage zum Gehalt.",
        "Je ne peux pas accepter votre offre pour le moment.",
        "Si j'accepte votre offre, quand pourrais-je commencer ?",
        "Antes de aceptar la oferta, ¿podríamos hablar del salario?",
        "Acepto su invitación a la entrevista del martes.",
    ],
)
def test_what_only_sounds_like_an_acceptance_is_not_read_as_one(body: str) -> None:
    assert act(body) != "accepted"


@pytest.mark.parametrize(
    "body",
    [
        "After a lot of thought, I have decided to decline your offer.",
        "I'm sorry, but I won't be accepting the offer.",
        "Unfortunately I am unable to accept the position at this time.",
        "I must respectfully decline the offer, as I have accepted another position.",
        "Leider muss ich Ihr Angebot ablehnen.",
        "Ich habe mich entschieden, das Angebot nicht anzunehmen.",
        "Je dois malheureusement décliner votre offre.",
        "Après réflexion, j'ai décidé de ne pas accepter votre proposition.",
        "Lamentablemente, he decidido rechazar su oferta.",
        "No puedo aceptar la oferta en este momento.",
    ],
)
def test_a_declined_offer_is_read(body: str) -> None:
    assert act(body) == "declined"


@pytest.mark.parametrize(
    "body",
    [
        "Should I decline the offer if the start date cannot move?",
        "I have to decline the meeting invitation on Tuesday; could we do Wednesday?",
        "I can't accept the offer until I have seen the contract.",
    ],
)
def test_a_question_or_a_condition_declines_nothing(body: str) -> None:
    assert act(body) != "declined"


def test_quoted_history_and_the_inherited_subject_are_not_the_users_words() -> None:
    body = (
        "Thanks Dana, I'll read everything and get back to you next week.\n\n"
        "On Mon, Mar 2, 2026 at 10:00 AM Dana Cole <dana.cole@acme.example> wrote:\n"
        "> We are pleased to offer you the role. Please confirm that you accept the offer.\n"
        "> If you decide to decline the offer, let us know by Friday.\n"
    )
    assert act(body, subject="Re: Accept the offer by Friday") == ""


def test_employer_mail_never_carries_the_users_act() -> None:
    body = "We are delighted that you accept the offer! I accept your proposed start date."
    assert act(body, subject="Welcome aboard", sender=EMPLOYER) == ""


def test_an_acceptance_says_so_in_the_evidence() -> None:
    signal = signal_of(eml("I'm happy to accept the offer.", "Re: Offer", sender=USER))
    assert signal.evidence[0].startswith('acceptance by the user: "happy to accept the offer"')


def references(body: str, sender: str = EMPLOYER) -> bool:
    to = USER if sender == EMPLOYER else EMPLOYER
    return signal_of(eml(body, "Next steps", sender=sender, to=to)).asks_references


@pytest.mark.parametrize(
    "body",
    [
        "Could you send me the names and contact details of two professional references?",
        "Please provide three references we can contact this week.",
        "We'd like to contact your references before we make a decision.",
        "The next step is a reference check, which usually takes two days.",
        "We will be reaching out to your referees tomorrow.",
        "Do you have two references from your last role?",
        "Könnten Sie uns bitte zwei Referenzen nennen?",
        "Wir würden gern Ihre Referenzgeber kontaktieren.",
        "Pourriez-vous nous transmettre deux références ?",
        "Nous allons procéder à la prise de références cette semaine.",
        "¿Podrías enviarnos los datos de dos referencias?",
        "El siguiente paso es la verificación de referencias.",
    ],
)
def test_an_employer_asking_for_references_is_read(body: str) -> None:
    assert references(body)


@pytest.mark.parametrize(
    "body",
    [
        "At a later stage we may ask for references.",
        "No references are needed at this stage.",
        "Would you be willing to act as a reference for one of our candidates?",
        "Please quote your job reference number 4821 in any reply.",
        "For reference, the job description is attached.",
        "Nous vous demanderons des références plus tard.",
    ],
)
def test_what_is_not_a_request_for_references_is_not_read_as_one(body: str) -> None:
    assert not references(body)


def test_the_users_own_mail_about_references_asks_nothing() -> None:
    assert not references("Could you send me the names of two references?", sender=USER)
