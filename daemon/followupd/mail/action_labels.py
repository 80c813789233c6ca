"""Lines that are only a button's or a link's label ("Modifier le créneau", "Anderen Termin
vorschlagen", "Reschedule: https://...", "Add to calendar"): an HTML mail's calls to action,
offered in every confirmation, which say nothing happened: the text a person reads leaves them
out, so a booking's "Reschedule" button reads as no move and its "Propose a new time" as no
request. Only the labels of answering, moving, cancelling and calendars: labels that ask the
user to pick or book a time ("Choose a time") say what the message wants and stay.
"""

from __future__ import annotations

import re

# (English: "Propose a new time" moves, "Suggest times" and "Confirm your availability" ask)
_EN = (
    r"(?:reschedule|cancel|decline|accept|change|manage|update|edit|modify)(?: (?:a|the|my|your"
    r"|this))?(?: (?:new|another|different|other))?(?: (?:interview|time|slot|date|meeting"
    r"|booking|event|invitation|invite|attendance|appointment|rsvp))?"
    r"|(?:propose|suggest|request) (?:a )?(?:new|another|different) (?:time|date|slot)"
    r"|confirm(?: (?:attendance|booking|rsvp))?"
    r"|add to (?:my |your )?(?:google |outlook |apple )?calendar|(?:can't|cannot) (?:make it"
    r"|attend)"
)
_DE = (
    r"(?:(?:einen )?(?:anderen|neuen) )?(?:termin|zeitpunkt|zeitraum) (?:vorschlagen|verschieben"
    r"|absagen|ändern|bestätigen|zusagen|stornieren)|zusagen|absagen|vielleicht|mit vorbehalt"
    r"|teilnahme (?:bestätigen|absagen)|zum kalender hinzufügen|in (?:den|meinen) kalender"
    r" (?:eintragen|übernehmen)"
)
_FR = (
    r"(?:modifier|changer|reprogrammer|décaler|déplacer|annuler|confirmer|proposer|accepter"
    r"|refuser|gérer|décliner)(?: (?:le|mon|un|ce|une|ma|votre|ton|ta|la|l'))?(?: ?(?:autre"
    r"|nouveau|nouvelle))?(?: ?(?:créneau|rendez-vous|horaire|entretien|date|présence"
    r"|réservation|invitation))?|ajouter (?:à|a) (?:mon |l'|l’)?agenda"
    r"|ajouter au calendrier|peut-être"
)
_ES = (
    r"(?:reprogramar|cancelar|cambiar|confirmar|proponer|aceptar|rechazar|modificar|gestionar"
    r"|anular)(?: (?:la|mi|el|otra|otro|un|una|tu|su))?(?: (?:nueva|nuevo|otra|otro))?(?: (?:cita"
    r"|entrevista|horario|hora|fecha|asistencia|reunión|reserva|invitación))?"
    r"|añadir (?:al|a mi|a tu) calendario|agregar (?:al|a mi) calendario|quizás|tal vez"
)
# One line, its blanks stripped: a label, between the marks a button or a bullet draws, and
# the link a plain rendering writes after it.
_LABEL = re.compile(
    r"[\[(«»›→▸►>*•·|]?[ \t]?"
    rf"(?:{_EN}|{_DE}|{_FR}|{_ES})"
    r"[ \t]?[\])»›→◂◄|]?(?::?[ \t]?<?https?://\S*>?)?",
    re.IGNORECASE,
)
# (lines of at most this many characters are looked at: a label is short; a longer line is
# never searched, whatever it holds)
_LONGEST = 80


def without_action_labels(text: str) -> str:
    """`text` with its lines that are only a call to action emptied (their line breaks kept)."""
    lines = text.split("\n")
    kept = [
        "" if len(line) <= _LONGEST and _LABEL.fullmatch(line.strip()) else line for line in lines
    ]
    return "\n".join(kept)
