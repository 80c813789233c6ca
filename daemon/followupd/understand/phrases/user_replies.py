"""The user's own reply agreeing to a time the thread asked them for, in the four languages
("Friday 10am ET works for me, talk then!", "Donnerstag um 14 Uhr passt mir gut", "je viens de
réserver jeudi à 14h via ton lien", "el martes a las 9 me va perfecto"): rules.py reads it only
in the user's own mail, in a thread whose latest news asked for a time, with a time stated or
proposed; the thread then holds the interview at that time (thread.py), so that the employer's
"pushing us to Monday, same time" moves it. Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import spelled
from followupd.understand.phrases.es_logistics import plain as _plain_es
from followupd.understand.phrases.fr_logistics import plain as _plain_fr

USER_AGREES = (
    r"\b(?:works|suits|is (?:good|great|perfect|fine|ideal)|sounds (?:good|great|perfect))"
    r" (?:for|with) me\b|\b(?:works|suits me) (?:perfectly|great|fine|well)\b",
    r"\bis (?:perfect|great|fine|ideal)\b|\bsounds (?:good|great|perfect)\b|\bworks[.!]"
    r"|\blet's do\b",
    r"\b(?:talk|speak|chat) (?:to you |with you )?then\b|\bsee you (?:then|on \w+day)\b"
    r"|\bi(?:'ll| will) be there\b",
    r"\bi(?:'ve| have)(?: just)? (?:booked|picked|chosen|reserved|grabbed|taken) (?:a |the |your )?"
    r"(?:slot|time|spot)\b|\b(?:happy|glad) to confirm\b",
    *spelled(
        (
            r"\b(?:passt|geht) (?:mir|bei mir|für mich) (?:gut|perfekt|prima|super|bestens"
            r"|wunderbar)\b|\b(?:passt|geht klar)[.!]|\bpasst mir[.!]|\bich bin dabei\b"
            r"|\b(?:klappt|passt|geht) (?:bei mir|für mich|mir)(?: auch)?(?:[,.!]|$| gerne?"
            r"| sehr gut| super| prima)"
            r"|\bich komme gerne?\b|\bgerne? (?:am )?(?:montag|dienstag|mittwoch|donnerstag"
            r"|freitag)\b|\bhabe (?:mir )?(?:einen|den|ihren|deinen) (?:termin|slot) (?:gebucht"
            r"|reserviert|ausgewählt)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:ça|cela) me (?:va|convient)(?: très bien| parfaitement)?\b|\bc'est noté\b"
            r"|\bme convient\b|\bparfait pour moi\b|\bça marche\b|\bje viens de réserver\b"
            r"|\bj'ai (?:réservé|pris|bloqué|choisi) (?:le |un |ton |votre )?(?:créneau"
            r"|rendez-vous)\b|\bje serai (?:là|présente?)\b",
        )
    ),
    *_plain_es(
        (
            r"\bme (?:va|viene|cuadra|encaja) (?:bien|perfecto|genial|de maravilla)\b"
            r"|\bme parece (?:bien|perfecto|genial)\b|\bperfecto, el\b|\bnos vemos el\b"
            r"|\bahí estaré\b|\bacabo de reservar\b|\b(?:he|ya) reservado\b|\bcuenta conmigo\b",
        )
    ),
)

# "Friday doesn't work for me", "Donnerstag passt mir leider nicht": no agreement; a refusal
# of the other option beside one is none ("Thursday doesn't work for me, but Friday 10am works
# great").
_BUT = r"(?![^\n]*\b(?:but|aber|sondern|mais|pero|sino)\b)"
USER_AGREES_UNLESS = (
    r"\b(?:doesn't|does not|won't|will not|wouldn't|can't|cannot|don't) (?:work|suit|make it)\b"
    + _BUT
    + r"|\bnot (?:work|suit) (?:for )?me\b"
    + _BUT,
    *spelled((r"\b(?:passt|geht) (?:mir |bei mir |leider |doch )*nicht\b" + _BUT,)),
    *_plain_fr(
        (r"(?:\bne (?:me )?(?:va|convient|marche) (?:pas|plus)\b|\bne pourrai pas\b)" + _BUT,)
    ),
    *_plain_es((r"(?:\bno me (?:va|viene|cuadra|encaja)\b|\bno (?:puedo|podré)\b)" + _BUT,)),
)

# Another round named beside a time agreed: "c'est noté pour jeudi à 16h pour le second
# entretien", "you're booked for the final round": no move of the round the thread fixed.
ANOTHER_ROUND = (
    r"\b(?:second|third|final|next|last|2nd|3rd) (?:round|interview|stage)\b|\bfinal round\b",
    *spelled((r"\b(?:zweit|dritt|final|letzt)\w* (?:runde|gespräch|interview)|\bzweitgespräch\b",)),
    *_plain_fr((r"\b(?:second|deuxième|troisième|dernier) (?:entretien|tour|échange)\b",)),
    *_plain_es((r"\b(?:segunda|tercera|última) (?:entrevista|ronda|fase)\b",)),
)
