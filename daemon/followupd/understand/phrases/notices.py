"""Mail about an application that carries no news of it, in the four languages (rules.py reads
them as such before any acknowledgement or wait): a status that changed, to be read behind a
log-in; and a test to take alone, with no one to meet: a recorded video interview, an
assessment to finish by a date. Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import spelled
from followupd.understand.phrases.es_logistics import plain as _plain_es
from followupd.understand.phrases.fr_logistics import plain as _plain_fr

NO_NEWS = (
    r"\b(?:there has been|there's been) an? (?:update|change) to your application\b"
    r"|\byour application status has (?:been )?(?:changed|updated)\b",
    *spelled(
        (
            r"\bstatus (?:ihrer|deiner) bewerbung (?:hat sich|wurde) (?:geändert|aktualisiert)\b"
            r"|\bes gibt neuigkeiten zu (?:ihrer|deiner) bewerbung\b",
        )
    ),
    *_plain_fr(
        (
            r"\bstatut de (?:votre|ta) candidature (?:a (?:été )?(?:changé|évolué|mis à jour)"
            r"|vient d'évoluer)\b|\b(?:votre|ta) candidature a été mise à jour\b",
        )
    ),
    *_plain_es(
        (
            r"\bestado de (?:tu|su) (?:candidatura|postulación|solicitud) (?:ha cambiado|se ha"
            r" actualizado|ha sido actualizado)\b",
        )
    ),
)

# The same notices as they are also written ("liegt eine Aktualisierung vor", "L'entreprise a mis
# à jour votre candidature", "log in to see your status"): rules.py reads them before the
# receipts and waits, where the mail points to a log-in and states no status itself.
STATUS_BEHIND_LOGIN = (
    *NO_NEWS,
    r"\bthere(?:'s| is) an update (?:on|to|regarding) your application\b|\b(?:log|sign) in to"
    r" (?:see|view|check) (?:your|the) (?:status|update|decision)\b",
    *spelled(
        (r"\b(?:liegt eine aktualisierung vor|statusänderung|keine details zum bewerbungsstand)\b",)
    ),
    *_plain_fr(
        (
            r"\b(?:a mis à jour (?:le statut de )?votre candidature|du nouveau sur votre"
            r" candidature)\b",
        )
    ),
    *_plain_es((r"\bhay una actualización (?:en|de|sobre) tu (?:solicitud|candidatura)\b",)),
    # a message left in the account ("A new message concerning your application has been
    # posted to your account", "un nouveau message ... a été déposé dans votre compte")
    r"\ba new message (?:concerning|about|regarding|on) your application\b",
    *_plain_fr((r"\bun nouveau message concernant (?:votre|ta) candidature\b",)),
    *spelled((r"\beine neue nachricht zu (?:ihrer|deiner) bewerbung\b",)),
    *_plain_es((r"\bun nuevo mensaje (?:sobre|relativo a|acerca de) (?:su|tu) candidatura\b",)),
)

ASSESSMENT = (
    r"\b(?:on-demand|one-way|pre-recorded|asynchronous|recorded) (?:video )?(?:interview"
    r"|questions|assessment)\b|\bno live interviewer\b",
    *spelled(
        (
            r"\b(?:zeitversetzte?[sn]?|aufgezeichnete?[sn]?) (?:video-?)?interview\w*"
            r"|\bvorab aufgezeichnete?n? fragen\b",
        )
    ),
    *_plain_fr(
        (
            r"\bentretien (?:vidéo )?(?:différé|asynchrone|pré-?enregistré|enregistré)\b|\bquestion"
            r"s"
            r" (?:pré-?enregistrées|enregistrées)\b",
        )
    ),
    *_plain_es(
        (
            r"\bentrevista (?:en (?:vídeo|video) )?(?:en diferido|grabada|asíncrona|pregrabada)\b"
            r"|\bpreguntas pregrabadas\b|\bno habrá nadie (?:conectado )?en directo\b",
        )
    ),
)

# A test already taken, or news about it: the rules that read news come first, and this
# sentence sets none aside ("thank you for completing the one-way video interview").
ASSESSMENT_UNLESS = (
    r"\b(?:completing|completed|taking|took|based on|after|following|reviewed) (?:your|the)\b",
    *spelled((r"\b(?:nach|aufgrund) (?:ihres|deines|dem|des)\b|\babgeschlossen\w*",)),
    *_plain_fr((r"\b(?:après|suite à) (?:votre|ton|l')\b|\bréalisé\w*",)),
    *_plain_es((r"\b(?:tras|después de) (?:tu|su|la)\b|\brealizad[oa]s?\b",)),
    # the stages of the process described, none asked for yet: "Each stage - online
    # assessments, a recorded video interview and our virtual Assessment Centre - is reviewed"
    # "Shortlisted applicants are invited to a short recorded video interview": what comes to some
    r"\b(?:shortlisted|successful|selected|short-listed) (?:applicants|candidates) (?:are|will be"
    r"|may be) (?:then )?invited\b|\bwhat happens next\b",
    *spelled(
        (
            r"\b(?:ausgewählte|erfolgreiche|vorausgewählte)n? (?:bewerber\w*|kandidat\w*)"
            r" (?:werden|erhalten)\b",
        )
    ),
    *_plain_fr(
        (
            r"\bles candidat(?:e|s|es)? (?:retenu|présélectionné|sélectionné)\w* (?:seront|sont)"
            r" (?:ensuite )?invité",
        )
    ),
    *_plain_es(
        (
            r"\b(?:los|las) (?:candidat|postulant)\w+ (?:preseleccionad|seleccionad)\w+"
            r" (?:serán|recibirán|son)\b",
        )
    ),
    r"\b(?:each|every) stage\b|\b(?:process|programme|program|stages?) (?:typically |usually"
    r" |generally |normally )?(?:includes?|involves?|consists? of|comprises?)\b",
    *spelled(
        (
            r"\b(?:auswahlprozess|auswahlverfahren|bewerbungsprozess|prozess|verfahren)"
            r" (?:besteht|umfasst|beinhaltet|gliedert sich)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:parcours|processus|process)(?: de (?:sélection|recrutement))? (?:comprend"
            r"|comporte|se compose|inclut|se déroule)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:proceso|proceso de selección|programa) (?:incluye|consta|comprende|se compone"
            r"|tiene varias fases)\b",
        )
    ),
)

# An acknowledgement in words any application shares ("Hemos recibido tu solicitud", "thank
# you for your request"): of a job application only where the mail speaks of hiring (rules.py
# reads it so in a mail that does not: an insurer's, a bank's, a school's).
ANY_REQUEST_RECEIVED = (
    r"\b(?:received|receipt of|got) your (?:application|request)\b|\bthanks? (?:you )?for your"
    r" (?:application|request)\b|\b(?:application|request) (?:has been |was )?(?:submitted"
    r"|received)\b",
    *spelled((r"\b(?:ihr|dein) antrag (?:ist|wurde) (?:bei uns )?(?:eingegangen|erhalten)\b",)),
    *_plain_fr(
        (
            r"\b(?:votre|ta) (?:demande|dossier) (?:a (?:bien )?été|est bien) (?:reçue?"
            r"|enregistrée?)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:hemos|he|ha) recibido (?:correctamente )?(?:tu|su) solicitud\b|\bgracias por"
            r" (?:tu|su) solicitud\b|\bsolicitud (?:[\w.º-]+ )?(?:recibida|registrada|enviada)\b"
            r"|\b(?:tu|su) solicitud (?:ha sido|fue|se ha) (?:recibida|registrada|enviada)\b",
        )
    ),
)

# A fixed meeting that does not work after all ("leider klappt es doch nicht morgen", "tomorrow
# doesn't work after all", "al final mañana no puedo", "finalement demain ça ne va pas être
# possible"): called off, unless the message asks for another time (then a request).
AFTER_ALL = (
    r"(?<!\bif )(?<!\bin case )(?<!\bshould )\b(?:tomorrow|today|(?:mon|tues|wednes|thurs|fri)day)"
    r" (?:doesn't|does not|won't|will not) work(?: for me| for us)? after all\b|\bi can(?:'t|not)"
    r" make (?:it )?(?:tomorrow|today|(?:mon|tues|wednes|thurs|fri)day) after all\b",
    *spelled(
        (
            r"\b(?:leider )?klappt es (?:doch |leider |nun )?(?:doch )?nicht (?:morgen|heute"
            r"|übermorgen|am (?:montag|dienstag|mittwoch|donnerstag|freitag))\b",
        )
    ),
    *_plain_fr(
        (
            r"\bfinalement (?:demain|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi),? (?:ça|cela"
            r"|ce) ne (?:va pas|sera pas|pourra pas)(?: être possible| se faire| le faire)?\b",
        )
    ),
    *_plain_es(
        (
            r"\bal final (?:mañana|hoy|el (?:lunes|martes|miércoles|jueves|viernes)) no (?:puedo"
            r"|podemos|va a poder ser|nos va a dar tiempo)\b",
        )
    ),
)
