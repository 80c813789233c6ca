"""An offer said plainly by someone hiring, in the four languages ("we want you in the studio",
"wir wollen dich im Team", "on veut que tu nous rejoignes", "queremos que te vengas con
nosotras"): rules.py reads it only in hiring mail that is neither bulk nor from a personal
mailbox, since a friend says the same of a match or a dinner. Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import spelled
from followupd.understand.phrases.es_logistics import plain as _plain_es
from followupd.understand.phrases.fr_logistics import plain as _plain_fr

# The role a person is wanted "as" that is no job: a guest, a speaker, a mentor.
_NO_JOB = (
    r"(?!(?:[\w-]+ ){0,2}(?:guest|speaker|panelist|member|customer|client|partner|sponsor"
    r"|volunteer|ambassador|mentor|judge|moderator|host|gast|referent\w*|redner\w*|kund\w*"
    r"|mitglied|invitée?|intervenante?|parrain|marraine|cliente?|membre|invitad[oa]|ponente|socio"
    r"|socia|miembro|jurado)\b)"
)

PLAIN_OFFER = (
    r"\bwe (?:really |all |both )?want you as (?:our|\w+'s) " + _NO_JOB,
    # the candidate named, in a message the recruiter forwards: "We'd like Lena to join us as
    # Lead Analytics Engineer"; a platform's "Sasha Kim has sent you an offer for the position"
    r"\bwe(?:'d| would) (?:like|love) (?:you|\w+) to join (?:us|the team|our team) as (?:our |a |an"
    r" |the )?" + _NO_JOB,
    r"\b(?:has|have) (?:sent|shared|extended|issued) (?:you )?an offer (?:for the (?:position|role)"
    r"|with you|letter)\b",
    r"\bwe (?:really |all )?want you (?:in|on|with) (?:the|our) (?:team|studio|crew|squad|company"
    r"|agency|practice|lab|kitchen)\b(?! for\b)(?![^\n]*\b(?:interview|chat|call|meet|coffee|on"
    r" (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d))",
    *spelled(
        (
            r"\bwir (?:wollen|möchten) dich (?:unbedingt |gerne? |wirklich )?(?:im|in unserem|ins)"
            r" team\b(?! für\b)(?![^\n]*\b(?:gespräch|interview|termin|kennenlern|lauf|turnier)\w*)"
            r"",
            r"\bwir (?:wollen|möchten) dich (?:unbedingt |gerne? |wirklich )?als (?:unsere?n?|neue["
            r"nr]?)"
            r" " + _NO_JOB,
        )
    ),
    *_plain_fr(
        (
            r"\b(?:on veut|nous voulons|on aimerait|nous aimerions|on voudrait|nous voudrions)"
            r" (?:que tu (?:nous )?rejoignes|que vous (?:nous )?rejoigniez|te recruter|vous"
            r" recruter|t'embaucher|vous embaucher)\b(?! pour\b)(?![^\n]*\b(?:entretien|échange"
            r"|rendez-vous|appel|café|week-end)\b)",
            r"\b(?:on veut|nous voulons|on aimerait|nous aimerions) que (?:tu sois|tu deviennes"
            r"|vous soyez|vous deveniez) (?:notre|le|la) " + _NO_JOB,
        )
    ),
    *_plain_es(
        (
            r"\bqueremos (?:que (?:te vengas|vengas|te unas|formes parte|te incorpores|trabajes)"
            r"|ficharte|incorporarte) (?:con nosotr[oa]s|al equipo|a (?:nuestro|el) equipo|a"
            r" trabajar)\b(?![^\n]*\b(?:entrevista|llamada|charla|reunión|café|cena)\b)",
            r"\bqueremos que (?:seas|te conviertas en) (?:nuestr[oa]|el|la) " + _NO_JOB,
        )
    ),
)

# A process stopped in plain words, in hiring mail only ("Nous préférons donc nous arrêter là",
# "we'll leave it there", "belassen es dabei", "preferimos dejarlo aquí"): said of anything
# else, the same words stop a sale or a project.
PLAIN_REJECTION = (
    r"\b(?:we'll|we will|we'd rather|we prefer to|we're going to|we have decided to) (?:stop|leave"
    r" it|leave things) (?:here|there)\b",
    *spelled(
        (
            r"\b(?:wir|ich) (?:belassen|lassen) es (?:daher |deshalb |also |an dieser stelle )?"
            r"dabei\b|\b(?:belassen|lassen) (?:wir|ich) es (?:daher |deshalb |also |an dieser"
            r" stelle )?dabei\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:nous préférons|on préfère|je préfère|nous allons|on va|nous avons décidé de)"
            r" (?:donc )?(?:nous |en )?(?:arrêter|rester) là\b|\bnous (?:nous )?arrêtons là\b",
        )
    ),
    *_plain_es((r"\b(?:preferimos|vamos a|hemos decidido) (?:dejarlo|dejarla) aquí\b",)),
)
