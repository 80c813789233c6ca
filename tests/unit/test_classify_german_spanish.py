"""German and Spanish hiring mail read by class of language: each class in several phrasings
of our own (Sie and du; Spain and Latin America), and hard negatives that share the words."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

HR = "Jana Weber <jana.weber@nordwerk.example>"
RRHH = "Lucía Prieto <lucia.prieto@grupo-sierra.example>"

GERMAN: list[tuple[str, str]] = [
    (
        "rejection",
        "Leider haben wir uns für eine andere Kandidatin entschieden, deren Profil besser passt.",
    ),
    (
        "rejection",
        "Nach reiflicher Überlegung haben wir uns für eine*n andere*n Bewerber*in entschieden.",
    ),
    ("rejection", "Wir haben uns gegen eine Einladung zum Vorstellungsgespräch entschieden."),
    ("rejection", "Die Stelle wurde inzwischen anderweitig besetzt."),
    ("rejection", "Wir werden den Prozess nicht mit dir fortsetzen."),
    ("rejection", "Leider können wir Ihnen keinen positiven Bescheid geben."),
    ("rejection", "Für diese Rolle passt dein Profil aktuell leider nicht."),
    (
        "application_received",
        "Ihre Bewerbung ist vollständig bei uns eingegangen. Wir prüfen Ihre Unterlagen.",
    ),
    (
        "application_received",
        "Hiermit bestätigen wir den Eingang Ihrer Bewerbung als Controllerin.",
    ),
    (
        "application_received",
        "Deine Bewerbung wurde erfolgreich übermittelt. Wir melden uns, falls dein Profil passt.",
    ),
    (
        "holding_reply",
        "Wir befinden uns noch in der Auswahl und melden uns bis Ende KW 17 bei Ihnen.",
    ),
    ("holding_reply", "Die Entscheidung verzögert sich leider, vielen Dank für Ihre Geduld."),
    (
        "holding_reply",
        "Ihre Bewerbung ist weiterhin im Verfahren; aktuell laufen noch zwei Gespräche.",
    ),
    ("offer", "Wir freuen uns, Ihnen die Stelle als Projektleiterin anbieten zu können."),
    ("offer", "Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen."),
    (
        "interview_request",
        "Bitte teilen Sie uns Ihre Verfügbarkeit für ein erstes Kennenlernen mit.",
    ),
    (
        "interview_request",
        "Wann passt es dir nächste Woche für einen kurzen Call? Buch dir gern einen Termin.",
    ),
]
SPANISH: list[tuple[str, str]] = [
    (
        "rejection",
        "Lamentablemente hemos decidido continuar con otros candidatos para este puesto.",
    ),
    ("rejection", "En esta ocasión no vamos a avanzar con tu postulación."),
    ("rejection", "Tu candidatura no ha sido seleccionada para continuar en el proceso."),
    ("rejection", "Nos hemos decantado por una persona con más experiencia en selección."),
    ("rejection", "Te cuento que el cliente se inclinó por otro perfil para la posición."),
    ("rejection", "La vacante ya ha sido cubierta. Te deseamos mucha suerte."),
    ("rejection", "Su candidatura no ha resultado finalista en este proceso de selección."),
    (
        "application_received",
        "Hemos recibido tu candidatura. Revisaremos tu perfil y, si encaja, te contactaremos.",
    ),
    (
        "application_received",
        "Gracias por postularte. Tu postulación fue enviada con éxito a la empresa.",
    ),
    (
        "holding_reply",
        "Seguimos revisando candidaturas; te daremos una respuesta la próxima semana.",
    ),
    ("holding_reply", "El proceso se está alargando más de lo previsto. Gracias por tu paciencia."),
    ("offer", "Nos complace ofrecerte el puesto de analista de datos; te adjunto la carta oferta."),
    ("offer", "Te comparto la propuesta económica para el cargo de coordinador de almacén."),
    (
        "interview_request",
        "¿Qué disponibilidad tienes la semana que viene para una llamada de 20 minutos?",
    ),
    (
        "interview_request",
        "Reserva directamente el hueco que mejor te venga para la entrevista aquí.",
    ),
    (
        "interview_scheduled",
        "Tu entrevista quedó confirmada para el martes 21 de abril a las 10:00 h.",
    ),
    ("interview_scheduled", "Te llamo el viernes 23 a las 12:30 para la entrevista telefónica."),
]
NEGATIVES: list[tuple[str, str, str]] = [
    (
        "other",
        "Neue Jobs für Sie",
        "Diese Stellen passen zu Ihrem Profil: Controller (m/w/d), Analyst.",
    ),
    (
        "other",
        "Webinar: Gehaltsverhandlung",
        "Melden Sie sich an! Unser Angebot: 50 % Rabatt für Mitglieder.",
    ),
    (
        "other",
        "Nuevas ofertas para ti",
        "Estas ofertas de empleo pueden encajar contigo: analista, consultor.",
    ),
    ("other", "Tu cita en el dentista", "Su cita queda confirmada para el martes a las 10:00 h."),
]


@pytest.mark.parametrize(("kind", "body"), GERMAN)
def test_german_classes(kind: str, body: str) -> None:
    signal = signal_of(
        eml(f"Guten Tag,\n\n{body}\n\nMit freundlichen Grüßen\nJana Weber", "Ihre Bewerbung", HR)
    )
    assert signal.kind.value == kind, signal.evidence


@pytest.mark.parametrize(("kind", "body"), SPANISH)
def test_spanish_classes(kind: str, body: str) -> None:
    signal = signal_of(eml(f"Hola,\n\n{body}\n\nUn saludo,\nLucía Prieto", "Tu candidatura", RRHH))
    assert signal.kind.value == kind, signal.evidence


@pytest.mark.parametrize(("kind", "subject", "body"), NEGATIVES)
def test_what_shares_the_words_stays_other(kind: str, subject: str, body: str) -> None:
    sender = "Jobs <news@jobportal.example>"
    assert signal_of(eml(body, subject, sender)).kind.value == kind
