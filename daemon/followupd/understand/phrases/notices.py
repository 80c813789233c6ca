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
            r"\bentretien (?:vidéo )?(?:différé|asynchrone)\b|\bquestions"
            r" (?:pré-?enregistrées|enregistrées)\b",
        )
    ),
    *_plain_es(
        (
            r"\bentrevista (?:en diferido|grabada|asíncrona|pregrabada)\b"
            r"|\bpreguntas pregrabadas\b",
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
)
