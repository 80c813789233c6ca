"""Classes from a fourth blind round (people's replies, traps), each in the languages it
takes: a move proposed as a question in a thread that fixed the interview; gone with a more
senior profile; a client not heard from yet; a friend asking how the interview went; a talk,
a hackathon or a volunteer place; a booking tool's "free trial" footer; an invite updated."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Mathilde Roussel <m.roussel@alterys-recrutement.example>"


@pytest.mark.parametrize(
    ("subject", "reply", "quoted"),
    [
        (
            "Re: Entretien Océalis",
            "Petit imprévu demain : on peut décaler à 15h ? Même lien Teams.",
            "Je vous confirme notre entretien pour le poste de Responsable QSE le mardi 3 mars "
            "à 14h, en visio.",
        ),
        (
            "RE: Confirmación entrevista",
            "Mi cliente tiene comité mañana. ¿Lo pasamos al jueves 5, misma hora (16:00)?",
            "Te confirmo tu entrevista para el puesto de Gerente de Calidad el martes 3 de marzo "
            "a las 16:00.",
        ),
        (
            "Re: Interview on Tuesday",
            "Something came up - could we do Thursday 5 March at 11am instead? I've gone ahead "
            "and updated the invite.",
            "Confirming your interview for the analyst role on Tuesday 3 March at 1pm ET.",
        ),
    ],
)
def test_a_move_proposed_in_a_fixed_thread_is_a_reschedule(
    subject: str, reply: str, quoted: str
) -> None:
    sender = "Antoine Le Goff <antoine.legoff@ocealis.example>"
    body = (
        f"{reply}\n\nOn Mon, Mar 2, 2026 at 10:08 AM Antoine Le Goff "
        "<antoine.legoff@ocealis.example> wrote:\n> " + quoted + "\n"
    )
    signal = signal_of(eml(body, subject=subject, sender=sender))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "I finally heard back from my client: they've gone with a more senior profile.",
        "J'ai enfin eu le retour de mon client : ils sont partis sur un profil plus senior.",
        "Finalmente mi cliente se decantó por otra persona con más experiencia.",
    ],
)
def test_gone_with_someone_else_is_a_rejection(body: str) -> None:
    signal = signal_of(eml(body, subject="Re: Poste Supply Chain", sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "The client hasn't come back to me yet, I'll chase them on Monday.",
        "Der Kunde hat sich leider noch nicht gemeldet, ich hake nächste Woche nach.",
        "Le client n'est pas encore revenu vers moi, je le relance lundi.",
        "El cliente aún no me ha respondido, lo vuelvo a llamar el lunes.",
    ],
)
def test_a_client_not_heard_from_is_a_holding_reply(body: str) -> None:
    signal = signal_of(eml(body, subject="Re: any news?", sender=RECRUITER))
    assert signal.kind is Kind.HOLDING_REPLY, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "How did the interview go?? Breakfast tomorrow at 11 at Café Rosa?",
        "Und, wie lief das Vorstellungsgespräch am Donnerstag? Frühstück morgen um 11?",
        "Alors, comment s'est passé ton entretien ? On dîne samedi à 20h ?",
        "¿Qué tal fue la entrevista de ayer? ¿Cenamos el sábado a las 20:00?",
    ],
)
def test_a_friend_asking_how_the_interview_went_is_other(body: str) -> None:
    signal = signal_of(eml(body, subject="Re: fingers crossed", sender="Lea <lea@friends.example>"))
    assert signal.kind is Kind.OTHER, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Call for Papers: your submission", "We regret that your talk was not selected."),
        (
            "Hackathon Ergebnisse",
            "Leider müssen wir dir mitteilen, dass dein Team beim Hackathon nicht ausgewählt "
            "wurde.",
        ),
        (
            "Bénévolat",
            "Nous sommes heureux de vous proposer une place de bénévole dans notre association.",
        ),
        (
            "Voluntariado",
            "Lamentamos comunicarte que no has sido seleccionado para el voluntariado.",
        ),
    ],
)
def test_a_talk_a_hackathon_or_a_volunteer_place_is_no_job(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender="Team <team@events.example>"))
    assert signal.kind is Kind.OTHER, signal.evidence


def test_a_booking_tools_free_trial_footer_keeps_the_booking() -> None:
    body = (
        "Confirmation de votre entretien pour le poste de chef de projet le mardi 3 mars 2026 à "
        "10h avec Claire Dumas.\n\nEnvoyé avec Agendo - démarrez votre essai gratuit."
    )
    signal = signal_of(
        eml(body, subject="Entretien confirmé", sender="Agendo <no-reply@agendo.example>")
    )
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Merci pour votre candidature ! Pourriez-vous me donner 2 ou 3 créneaux la semaine "
        "prochaine pour un premier échange ?",
        "Gracias por tu CV. Te paso mi Calendly para que la agendes cuando te quede cómodo.",
        "danke für deine Nachricht und den CV! Lust auf einen kurzen Call? Schick mir einfach "
        "2-3 Zeitfenster.",
    ],
)
def test_slots_or_a_booking_link_asked_for_are_a_request(body: str) -> None:
    assert signal_of(eml(body, subject="Re: candidature", sender=RECRUITER)).kind is (
        Kind.INTERVIEW_REQUEST
    )
