"""An employer asking for the user's references, or saying it is about to check them.

Same conventions as common.py; read in the employer's own new text only. Asking ("could you
send us the names and contact details of two references?", "please provide three professional
references"), announcing ("we'd like to contact your references", "the next step is a
reference check", "we will be reaching out to your referees"), and German, French and Spanish
equivalents. Not: a promise about later stages ("at the final stage we may ask for
references"), references not needed, the user asked to be someone else's reference, a job
"reference number".
"""

from __future__ import annotations

_REFERENCES = r"(?:references|referees)"
_SEND = r"(?:send|provide|share|forward|supply|give|list|email|e-mail|pass along)"

REFERENCES_ASKED = (
    r"\b" + _SEND + r"\b[^\n]{0,80}\b" + _REFERENCES + r"\b",
    r"\b(?:contact|speak (?:to|with)|talk (?:to|with)|reach(?:ing)? out to|call|check|get in touch"
    r" with|hear from)(?:ing)? (?:your |some of your |a few of your |two of your |the )?"
    + _REFERENCES
    + r"\b",
    r"\breference[- ]?(?:checks?|checking)\b|\bcheck(?:ing)? (?:your )?references\b",
    r"\b(?:do you have|could you (?:name|suggest)|who (?:are|would be)) (?:your )?(?:two |three |"
    r"some |any )?(?:professional )?" + _REFERENCES + r"\b",
    # German
    r"\breferenz(?:en|geber\w*|personen)\b[^\n]{0,60}\b(?:nennen|angeben|schicken|senden|"
    r"zusenden|(?:ü|ue)bermitteln|benennen|kontaktieren|anrufen|sprechen|einholen|mitteilen)\b",
    r"\b(?:nennen|senden|schicken|(?:ü|ue)bermitteln|benennen)\b[^\n]{0,60}\breferenz(?:en|geber\w*"
    r"|personen)\b",
    r"\breferenz(?:pr(?:ü|ue)fung|check|anfrage|einholung)\w*\b",
    # French
    r"\b(?:vos |des |deux |trois |quelques )?(?:r(?:é|e)f(?:é|e)rences|r(?:é|e)f(?:é|e)rents)\b"
    r"[^\n]{0,60}\b(?:transmettre|communiquer|envoyer|fournir|indiquer|contacter|joindre"
    r"|appeler)\b",
    r"\b(?:transmettre|communiquer|envoyer|fournir|indiquer|contacter|joindre|appeler)\b[^\n]{0,60}"
    r"\b(?:vos |des |deux |trois |quelques )(?:r(?:é|e)f(?:é|e)rences|r(?:é|e)f(?:é|e)rents)\b",
    r"\b(?:prise|v(?:é|e)rification|contr(?:ô|o)le) (?:de |des )r(?:é|e)f(?:é|e)rences\b",
    # Spanish
    r"\breferencias\b[^\n]{0,60}\b(?:enviar|env(?:í|i)e|env(?:í|i)a|facilitar|facilite|"
    r"proporcionar|proporcione|compartir|indicar|contactar|llamar)\b",
    r"\b(?:enviar|env(?:í|i)e|env(?:í|i)a|enviarnos|facilitar|facilite|facilitarnos|proporcionar|"
    r"proporcione|compartir|indicar|contactar|llamar)\b[^\n]{0,60}\breferencias\b",
    r"\b(?:verificaci(?:ó|o)n|comprobaci(?:ó|o)n|chequeo) de referencias\b",
)
REFERENCES_ASKED_UNLESS = (
    r"\b(?:later|at a later stage|further along|final stage|may (?:ask|request|contact)|might"
    r" (?:ask|request)|if you (?:progress|move forward|are successful|are selected|reach))\b",
    r"\bno (?:references|referees)\b|\b(?:not|don't|do not|won't) (?:need|require)\b"
    r"|\bwithout references\b|\bnot necessary\b",
    r"\b(?:be|act as|serve as|as) (?:a|my|his|her|their) (?:reference|referee)\b",
    r"\breference (?:number|no\.?|code|id)\b|\bjob reference\b",
    r"\bsp(?:ä|ae)ter\b|\bkeine referenzen\b|\bplus tard\b|\bpas (?:besoin|n(?:é|e)cessaire)\b"
    r"|\bm(?:á|a)s adelante\b|\bno (?:es necesario|hace falta)\b",
)
