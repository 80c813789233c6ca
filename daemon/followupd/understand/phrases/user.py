"""What the user writes that the processes must know: withdrawing from a hiring process,
accepting an offer, declining one.

Same conventions as common.py. Read only in the user's own new text (never employer mail,
never quoted history, never the subject, which a reply inherits from the employer): "I'd like
to withdraw my application", "I have accepted another offer", "please remove me from the
process"; "I'm delighted to accept your offer", "attached is the signed offer letter"; "I
have decided to decline the offer", "I won't be accepting the offer"; and German, French and
Spanish equivalents. Accepting *this* employer's offer is not a withdrawal, so offers there
need "another"/"elsewhere"; an acceptance names this employer's offer, position or role
(never an invitation, an interview or a time), and neither is read in a question, a
condition ("if", "once", "before"), a negation or a wish to talk terms first. A misread
acceptance must never withdraw anything: it is only ever asked about (policy/news.py).
"""

from __future__ import annotations

from followupd.understand.phrases.common import QUESTION

_PROCESS = (
    r"(?:process|consideration|search|running|recruitment|recruiting process|selection process"
    r"|interview process|hiring process|candidate pool|pipeline|role|position|opportunity)"
)
_ELSEWHERE = r"(?:elsewhere|at another|with another|from another|at a different|with a different)"

WITHDRAWAL = (
    r"\bwithdraw(?:ing|n)? (?:my|myself|me)\b",
    r"\bwithdraw(?:ing)? from (?:the |your |this |further )?" + _PROCESS,
    r"\bwithdrawal of my (?:application|candidacy|candidature)\b",
    r"\b(?:no longer|not) (?:wish|want|like|looking) to be considered\b",
    r"\bno longer (?:interested in|pursuing|available for) (?:the|this|your) (?:[\w-]+ ){0,3}"
    r"(?:role|position|opportunity|job|process)\b",
    r"\baccepted (?:an? )?(?:another|other|different|new) (?:offer|position|role|job)\b",
    r"\baccepted an? (?:offer|position|role|job) " + _ELSEWHERE,
    r"\bremove (?:me|my (?:application|candidacy|name)) from (?:the |your |this |further )?"
    + _PROCESS,
    r"\bpull(?:ing)? (?:myself |my application |my name )?out of (?:the |your |this )?" + _PROCESS,
    r"\bmeine bewerbung\b[^\n]{0,60}\bzur(?:ü|ue)ck(?:ziehen|zuziehen|ziehe|gezogen)\b"
    r"|\bziehe (?:ich )?meine bewerbung\b[^\n]{0,60}\bzur(?:ü|ue)ck\b",
    r"\b(?:ein )?anderes? (?:angebot|stellenangebot|jobangebot|position) angenommen\b",
    r"\bretir(?:er|e) (?:donc |par conséquent |aujourd'hui )?ma candidature\b|\bje me retire\b|\bme"
    r" d(?:é|e)sister\b"
    r"|\baccept(?:é|e) une autre (?:offre|proposition|poste)\b",
    r"\bretir(?:ar|o) mi (?:candidatura|solicitud|postulaci(?:ó|o)n)\b"
    r"|\baceptado otra (?:oferta|propuesta)\b|\bdeclinar mi (?:candidatura|participaci(?:ó|o)n)\b",
)
WITHDRAWAL_UNLESS = (
    *QUESTION,
    r"\b(?:not|don't|do not|never|won't|will not)(?: want to| wish to| intend to| plan to)? "
    r"withdraw\b",
    r"\bif i\b|\bwhether\b|\bin case\b|\bshould i\b|\bmay have to\b|\bmight\b",
)

# The user's own check-in: "I wanted to follow up on my application", "just checking in",
# "ich wollte kurz nachfragen, ob es Neuigkeiten gibt", "je me permets de revenir vers vous",
# "te escribo para dar seguimiento".
FOLLOW_UP = (
    r"\b(?:just |quickly )?checking in\b|\bfollow(?:ing)? up on (?:my|our|the) (?:application"
    r"|candidacy|interview|conversation|call|chat|meeting|discussion|role|position)\b|\bwanted to"
    r" (?:follow up|touch base|check in)\b|\bany (?:news|update|updates)\b[^\n]*\?|\bwhere things"
    r" stand\b|\b(?:wanted|would like|'d like) to (?:ask|enquire|inquire|check) (?:again |once more"
    r" )?(?:whether|if|about|on) (?:there (?:is|are|'s|has been) )?(?:any )?(?:news|update|progress"
    r"|the status)\b|\bis there (?:an|any) update\b[^\n]*\?|\bthe status of my application\b",
    r"\b(?:wollte|möchte|würde|darf) (?:ich )?(?:\w+ ){0,4}?(?:nachfragen|nachhaken|erkundigen)\b"
    r"|\bgibt es (?:schon |bereits |inzwischen )?(?:neuigkeiten|etwas neues|einen neuen stand)\b"
    r"|\bstand (?:der dinge|meiner bewerbung)\b|\bzwischenstand\b[^\n]*\?",
    r"\bje me permets de (?:revenir vers vous|vous relancer)\b|\bavez-vous (?:pu avancer|des"
    r" nouvelles)\b|\bdes nouvelles (?:concernant|de) ma candidature\b|\bje (?:souhaitais|voulais"
    r"|souhaiterais) (?:savoir|connaître) où en est\b",
    r"\b(?:te|le|les) escribo para (?:dar seguimiento|hacer seguimiento|saber)\b|\b(?:hay|tienen"
    r"|tienes) (?:alguna )?novedad\b|\bquería saber si (?:hay|ya)\b|\b(?:quería|quisiera|me"
    r" gustaría) (?:consultar|preguntar) (?:si|cómo|en qué)\b",
)
# The user calls off or asks to move the meeting they agreed to: "I have to cancel tomorrow's
# interview", "ich muss den Termin morgen leider absagen", "pourrions-nous décaler",
# "tengo que cancelar la entrevista".
CALL_OFF = (
    r"\b(?:have|need) to (?:cancel|postpone|move|reschedule) (?:our|the|my|tomorrow's|today's"
    r"|this|\w+day's) (?:[\w-]+ )?(?:interview|meeting|call|chat|appointment)\b|\b(?:can|could) we"
    r" (?:move|reschedule|push|postpone) (?:it|our|the|my|this)\b|\bwon't be able to make (?:it"
    r"|the interview|our|tomorrow)\b",
    r"\b(?:muss|müsste|werde) (?:ich )?(?:\w+ ){0,4}?(?:absagen|verschieben)\b|\bkann (?:ich )?"
    r"(?:\w+ ){0,4}?(?:leider )?nicht (?:kommen|teilnehmen|wahrnehmen|dabei sein)\b",
    r"\bdois (?:malheureusement |hélas )?(?:annuler|décaler|reporter)\b|\b(?:pourrions|pourrait)-"
    r"(?:nous|on) (?:décaler|déplacer|reporter)\b|\bne (?:pourrai|pourrais) (?:donc |pas )?(?:pas )"
    r"?"
    r"(?:venir|être présente?|assister)\b|\bserait-il possible de (?:décaler|déplacer|reporter)\b"
    r"|\bm'empêche d'être (?:disponible|présente?)\b",
    r"\b(?:tengo|tendré) que (?:cancelar|aplazar|cambiar)\b|\b(?:podríamos|podemos) (?:mover"
    r"|cambiar|aplazar|pasar)\b|\bno (?:podré|voy a poder) (?:ir|asistir|acudir)\b",
)
FOLLOW_UP_UNLESS = (r"\bif i\b|\bshould i\b|\bwenn ich\b|\bsi je\b|\bsi yo\b",)

# "the offer", "your kind offer", "the Data Analyst position": this employer's offer; the
# words between never name a meeting (an invitation to interview is not an offer).
_THEIR = r"(?:your|the|this)"
_GAP = r"(?: (?!invitation|invite|interview|meeting|call|time|slot)[\w-]+){0,3}"
_OFFER_NOUN = r"(?:offer|position|role|job|proposal|opportunity)"
_THEIR_OFFER = _THEIR + _GAP + r" " + _OFFER_NOUN + r"\b"
_FR_THEIR = r"(?:votre |cette |la |l'|ton |ta )(?:[\w-]+ ){0,2}?"
_FR_OFFER = r"(?:offre|proposition|poste)\b"
_ES_THEIR = r"(?:su|tu|la|vuestra|esta|el) (?:[\w-]+ ){0,2}?"
_ES_OFFER = r"(?:oferta|propuesta|posici(?:ó|o)n|puesto)\b"

ACCEPTANCE = (
    r"\b(?:happy|pleased|delighted|thrilled|excited|glad|honou?red|proud) to (?:formally |"
    r"officially |gladly )?accept " + _THEIR_OFFER,
    r"\bi(?:'d| would| will|'ll| am|'m)?(?: like to| love to| want to| wish to| writing to"
    r"| now| hereby| formally| officially| gladly| happily| gratefully){0,3} accept "
    + _THEIR_OFFER,
    r"\b(?:my|formal) acceptance of " + _THEIR_OFFER,
    r"\bconfirm(?:ing)? (?:my |our )?acceptance\b",
    r"\b(?:attached|enclosed|here) (?:is|are|you(?:'ll| will) find)? ?(?:my |the )?(?:signed|"
    r"countersigned) (?:offer|contract|employment (?:contract|agreement)|agreement)",
    r"\b(?:i've|i have|i) (?:now |just )?(?:signed|countersigned) (?:and returned )?(?:the|your|"
    r"my) (?:offer|contract|employment (?:contract|agreement))",
    # German: the separable "annehmen" ("ich nehme Ihr Angebot gerne an"), "zusagen"
    r"\bnehme(?:n)?\b[^\n]{0,50}\b(?:angebot|stellenangebot|jobangebot|vertragsangebot)\b"
    r"[^\n]{0,40}\ban\b",
    r"\b(?:ihr|das|dieses|euer|dein)(?: [\w-]+)? (?:angebot|stellenangebot|jobangebot)(?: sehr| "
    r"gerne| gern| hiermit| somit| offiziell){0,3} an(?:zunehmen|nehmen)\b",
    r"\b(?:angebot|stelle|position)\b[^\n]{0,60}\bsage\b[^\n]{0,30}\bzu\b"
    r"|\bsage\b[^\n]{0,30}\bzu\b[^\n]{0,60}\b(?:angebot|stelle|position)\b"
    r"|\bsage\b[^\n]{0,60}\b(?:angebot|stelle|position)\b[^\n]{0,40}\bzu\b",
    r"\bmeine (?:verbindliche )?zusage (?:f(?:ü|ue)r|zu)\b",
    r"\bunterschrieben(?:e|en)? (?:arbeits)?vertrag\b|\b(?:arbeits)?vertrag\b[^\n]{0,30}"
    r"\bunterschrieben\b",
    # French
    r"\bj'accepte (?:avec (?:grand |un immense |beaucoup de )?plaisir |volontiers |officiellement "
    r"|donc |bien volontiers )?" + _FR_THEIR + _FR_OFFER,
    r"\b(?:ravie?|heureux|heureuse|enchant(?:é|e)e?|fi(?:è|e)re?|honor(?:é|e)e?) d'accepter "
    + _FR_THEIR
    + _FR_OFFER,
    r"\bc'est avec (?:grand |un immense |beaucoup de )?plaisir que j'accepte\b",
    r"\b(?:mon|notre) acceptation (?:de|pour) " + _FR_THEIR + _FR_OFFER,
    r"\bcontrat (?:de travail )?sign(?:é|e)\b|\bsign(?:é|e) (?:le|mon|votre) contrat\b",
    # Spanish
    r"\bacepto (?:con (?:mucho |gran )?gusto |encantad[oa] |formalmente |oficialmente )?"
    + _ES_THEIR
    + _ES_OFFER,
    r"\b(?:me complace|me alegra|encantad[oa] de|feliz de|quiero|deseo|me gustar(?:í|i)a) aceptar "
    r"(?:formalmente |oficialmente )?" + _ES_THEIR + _ES_OFFER,
    r"\bconfirm(?:o|ar|arle|arte) mi aceptaci(?:ó|o)n\b",
    r"\bcontrato firmado\b|\bhe firmado el contrato\b",
)
ACCEPTANCE_UNLESS = (
    *QUESTION,
    r"\b(?:not|never|cannot|unable|no longer)\b|n't\b",
    r"\b(?:if|before|until|unless|provided|whether|pending|subject to|as soon as|but)\b"
    r"|\bonce (?!again|more)",
    r"\b(?:another|elsewhere)\b|\b(?:discuss|negotiat\w*|counter-?offer)",
    r"\b(?:nicht|kein\w*|falls|wenn|ob|bevor|sobald|aber)\b",
    r"\b(?:termin\w*|gespr(?:ä|ae)ch\w*|einladung\w*|interview\w*)\b",
    r"\bne\b|\bn'|\bpas\b|\bsi\b|\bavant de\b|\bautre\b|\bentretien\w*|\brendez-vous\b",
    r"\bno\b|\bantes de\b|\botra\b|\bentrevista\w*|\breuni(?:ó|o)n\b|\bcita\b",
    r"\binvitaci(?:ó|o)n\b",
)

DECLINE = (
    r"\b(?:decline|declining|turn(?:ing)? down) " + _THEIR_OFFER,
    r"\b(?:not|won't|will not|cannot|can't|unable to) (?:be )?accept(?:ing)? " + _THEIR_OFFER,
    r"\b(?:must|have to|will have to|'ll have to|decided to|regret(?:fully)?(?: to)?) "
    r"(?:respectfully |regretfully |politely )?decline\b[^\n]{0,40}\b" + _OFFER_NOUN + r"\b"
    r"|\b" + _OFFER_NOUN + r"\b[^\n]{0,60}\b(?:must|have to|will have to|'ll have to|decided to"
    r"|regret(?:fully)?(?: to)?) (?:respectfully |regretfully |politely )?decline\b",
    r"\b(?:angebot|stellenangebot|jobangebot)\b[^\n]{0,40}\b(?:ablehnen|abzulehnen|absagen"
    r"|abzusagen|nicht annehmen|nicht anzunehmen|ausschlagen|auszuschlagen)\b",
    r"\blehne\b[^\n]{0,40}\b(?:angebot|stellenangebot|jobangebot)\b[^\n]{0,30}\bab\b",
    r"\bd(?:é|e)clin(?:er|e) " + _FR_THEIR + _FR_OFFER,
    r"\bne (?:peux|pourrai|vais|souhaite) pas accepter " + _FR_THEIR + _FR_OFFER,
    r"\bde ne pas accepter " + _FR_THEIR + _FR_OFFER,
    r"\brefuser " + _FR_THEIR + _FR_OFFER,
    r"\b(?:rechazar|declinar|rechazo|declino) " + _ES_THEIR + r"(?:oferta|propuesta)\b",
    r"\bno (?:puedo|podr(?:é|e)|voy a|quiero) aceptar " + _ES_THEIR + r"(?:oferta|propuesta)\b",
    r"\bhe decidido no aceptar\b",
)
DECLINE_UNLESS = (
    *QUESTION,
    r"\b(?:if|whether|until|before|unless|should i|might|may have to)\b",
    r"\binvitation\b|\bopportunity to (?:interview|meet|speak|talk)\b",
    r"\b(?:falls|wenn|ob|bevor|noch nicht)\b|\bsi\b|\bavant de\b|\bantes de\b|\ba(?:ú|u)n\b",
)
