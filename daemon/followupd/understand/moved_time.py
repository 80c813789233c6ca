"""Which of a move's times is the new one.

A message that moves an interview often writes the old time too: "moved from Thursday at 2pm
to Friday at 3pm", "your interview on 16 March at 3:30 PM stands rescheduled to 20 March",
"I said 2pm ET, but the corrected time is Wednesday at 2pm MT", "9:30 instead of 11". The new
time is the one written after words that bring it ("to", "now", "the corrected time is"); else
the first one that no word marks as the old one ("from", "instead of", "originally", "I said",
"... stands rescheduled"); else the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followupd.dates import TimeMention

_REACH = 40  # characters before or after a time where its marker may stand
# "para el" brings the new time ("la pasamos para el miércoles"), except after the participle
# that names the old one ("la entrevista programada para el lunes ... se reprograma para el...").
_NOT_AFTER_SET = "".join(
    f"(?<!{word} )"
    for stem in ("programad", "previst", "agendad", "fijad", "planead", "pautad")
    for word in (stem + "a", stem + "o")
)
_NEW_BEFORE = re.compile(
    r"(?:\b(?:to|until|till|now|instead|auf|au|à|al|a las|stattdessen|plutôt|à la place|en su lugar"
    r"|" + _NOT_AFTER_SET + r"para el)"
    r"|\b(?:new|corrected|revised"
    r"|updated|correct|right|neue[rn]?|nouvel(?:le)?|nouveau|nueva|nuevo) (?:date|time|slot|start"
    r" time|termin|uhrzeit|horaire|créneau|heure|fecha|hora)(?: is| will be| would be| ist| est"
    r"| es| será)?|\bis now)\s*[:,-]?\s*(?:on\s+|at\s+|for\s+|am\s+|le\s+|el\s+)?$",
    re.IGNORECASE,
)
_OLD_BEFORE = re.compile(
    r"\b(?:from|instead of|rather than|originally|previously|initially|i said|we said|was|were"
    r"|statt|anstatt|ursprünglich|au lieu de|initialement|prévue? (?:le|à)|en lugar de|en vez de"
    r"|inicialmente|prevista para)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(
    r"^[^.\n]{0,30}?\b(?:stands? (?:re-?scheduled|postponed|moved|changed|shifted)|(?:has|have)"
    r" been (?:moved|rescheduled|postponed|changed|pushed|shifted)|(?:is|was) (?:being )?(?:moved"
    r"|rescheduled|postponed|changed)|needs? to (?:move|be moved)|wird verschoben|wurde verschoben"
    r"|est (?:décalé|déplacé|reporté)|se (?:mueve|traslada|pospone)"
    # "leider muss ich unser Gespräch am Donnerstag um 15 Uhr verschieben"
    r"|(?:kurzfristig |leider |doch )?(?:verschieben|verlegen|décaler|déplacer|reporter|mover"
    r"|cambiar|aplazar|move|reschedule|push)\b)",
    re.IGNORECASE,
)


# "no longer at 10 but at 11:15", "ne commence plus à 10h mais à 11h15", "nicht mehr um 10,
# sondern um 11:15", "ya no a las 10 sino a las 11:15"
_BUT_THEN = re.compile(
    r"\b(?:no longer|plus|nicht mehr|ya no)\b[^.\n]{0,40}\b(?:but|mais|sondern|sino)\b"
    r"[^.\n]{0,15}$",
    re.IGNORECASE,
)


def new_time_of_move(times: Sequence[TimeMention], text: str) -> TimeMention:
    """The time a move brings, among the `times` (at least one) read from `text`."""
    first = times[0]
    if len({t.start for t in times}) < 2 or not all(_read_from(t, text) for t in times):
        return first
    for time in times:  # "no longer at 10 but at 11:15": the day is both times' own
        if _BUT_THEN.search(time.text):
            return time
    for time in times:
        if _NEW_BEFORE.search(text, max(0, time.start_index - _REACH), time.start_index):
            return time
    for time in times:
        before = text[max(0, time.start_index - _REACH) : time.start_index]
        end = time.start_index + len(time.text)
        if not _OLD_BEFORE.search(before) and not _OLD_AFTER.search(text[end : end + _REACH]):
            return time
    return first


def _read_from(time: TimeMention, text: str) -> bool:
    return text.startswith(time.text, time.start_index)
