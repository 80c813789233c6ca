"""Mail about an application that carries no news of it, in the four languages (rules.py reads
them as such before any acknowledgement or wait): a status that changed, to be read behind a
log-in; and a test to take alone, with no one
to meet: a recorded video interview, an assessment to finish by a date. Same conventions as
languages.py.
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

# A plain yes from someone hiring, read only in hiring mail that is no bulk and no personal
# mailbox's (rules.py): "we want you in the studio", "queremos que te vengas con nosotras".
PLAIN_OFFER = (
    r"\bwe (?:really |all )?want you (?:in|on|with) (?:the|our) (?:team|studio|crew|squad|company"
    r"|agency|practice|lab|kitchen)\b(?! for\b)(?![^\n]*\b(?:interview|chat|call|meet|coffee|on"
    r" (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d))",
    *spelled(
        (
            r"\bwir (?:wollen|möchten) dich (?:unbedingt |gerne? |wirklich )?(?:im|in unserem|ins)"
            r" team\b(?! für\b)(?![^\n]*\b(?:gespräch|interview|termin|kennenlern|lauf|turnier)\w*)"
            r"",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:on veut|nous voulons|on aimerait|nous aimerions|on voudrait|nous voudrions)"
            r" (?:que tu (?:nous )?rejoignes|que vous (?:nous )?rejoigniez|te recruter|vous"
            r" recruter|t'embaucher|vous embaucher)\b(?! pour\b)(?![^\n]*\b(?:entretien|échange"
            r"|rendez-vous|appel|café|week-end)\b)",
        )
    ),
    *_plain_es(
        (
            r"\bqueremos (?:que (?:te vengas|vengas|te unas|formes parte|te incorpores|trabajes)"
            r"|ficharte|incorporarte) (?:con nosotr[oa]s|al equipo|a (?:nuestro|el) equipo|a"
            r" trabajar)\b(?![^\n]*\b(?:entrevista|llamada|charla|reunión|café|cena)\b)",
        )
    ),
)
