"""An offer said plainly by someone hiring, in the four languages ("we want you in the studio",
"wir wollen dich im Team", "on veut que tu nous rejoignes", "queremos que te vengas con
nosotras"): rules.py reads it only in hiring mail that is neither bulk nor from a personal
mailbox, since a friend says the same of a match or a dinner. Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.common import JOB_NOUN
from followupd.understand.phrases.de_words import spelled
from followupd.understand.phrases.es_logistics import plain as _plain_es
from followupd.understand.phrases.fr_logistics import plain as _plain_fr

# What a person is wanted "as" when it is a job: a title (common.JOB_NOUN, a lead, a head of
# something, a hire, a member of a team), within a few words; "as our lead candidate", "as our
# guest", "la primera en saberlo" name none.
_AS_A_JOB = (
    r"(?:new |next |first |founding )?(?:[\w&-]+ ){0,3}?(?:"
    + JOB_NOUN.removeprefix(r"\b")
    + r"|lead|head of \w+|hire|team member|member of (?:the|our) \w+ team|\w*leiter(?:in)?"
    r"|\w*referent(?:in)?|\w*berater(?:in)?|responsable|jef[ea]|directora?|chargée? de \w+"
    r"|membre de l'équipe|miembro del equipo)\b(?! (?:candidate|kandidat\w*|candidat\w*|finalist))"
)

PLAIN_OFFER = (
    # "We'd love to have you on board." (not "to have you come in for a chat", nor a bare "We'd
    # love to have you." under an invitation); the contract on its way to the user
    r"\b(?:we'd|we would) (?:really |so |absolutely )?love to have you (?:on board|aboard|on the"
    r" team|join (?:us|the team))(?=\s*(?:[.!]|$))",
    r"(?<!once )(?<!if )(?<!when )(?<!once the )(?<!if the )(?<!when the )(?<!once your )"
    r"(?<!if your )(?<!when your )\b(?:the |your )?(?:contract|paperwork|offer letter|employment"
    r" contract)(?:'s| is) (?:on (?:its|the) way(?! to (?!you\b))|coming (?:your way|over)"
    r"|heading (?:your way|to you))\b(?![^\n]*\b(?:if|once|provided|assuming|unless|pending"
    r"|signed|hopefully)\b)",
    *spelled(
        (
            r"\b(?:der|ihr|dein|den) (?:arbeits)?vertrag (?:ist (?:schon |bereits )?"
            r"unterwegs(?! zu)"
            r"|kommt (?:heute|morgen|diese woche|in den nächsten tagen|per post|per docusign)"
            r"|(?:bekommst du|bekommen sie|erhältst du|erhalten sie) (?:heute|morgen|diese woche"
            r"|in den nächsten tagen|per post|per docusign))\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:la )?promesse(?: d'embauche)? est (?:ferme|définitive|confirmée)\b"
            r"|\b(?:lien|invitation) (?:\w+ ){0,3}?pour signer (?:le|ton|votre) contrat de"
            r" travail\b",
            r"\b(?:le|ton|votre) contrat (?:est en route|arrive (?:demain|ce soir|cette semaine)"
            r"|part (?:aujourd'hui|demain|ce soir))\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:el|tu|su) contrato (?:va|está) (?:de|en) camino\b(?! (?:a|hacia) (?!ti\b))"
            r"|\bpara firmar (?:el|tu|su) contrato (?:de trabajo|laboral)\b",
        )
    ),
    # "Offer's coming your way tomorrow :)", "Yes! Welcome aboard - HR will send the paperwork"
    # (a sentence's news, not "we don't know yet whether an offer is coming your way", "an offer
    # is coming your way if references check out")
    r"(?<!whether )(?<!whether an )(?<!if )(?<!if an )(?<!hopefully )(?<!hopefully an )(?<!once"
    r" )(?<!once the )\b(?:the |an |your )?offer(?:'s| is) (?:coming|on (?:its|the) way|heading)"
    r" (?:your way|to you)\b(?![^\n]*\b(?:if|once|provided|assuming|unless|pending|hopefully)\b)",
    r"\bwelcome (?:aboard|on board|to the team)\b[^\n]{0,60}\b(?:paperwork|contract|offer"
    r"(?: letter)?)\b(?![^\n]*\b(?:signed|accepted|countersigned|first day|bring)\b)",
    # "Zusage ist durch! Der Vertrag kommt Anfang nächster Woche"; "die Eckdaten, zu denen wir
    # Sie einstellen würden"
    *spelled(
        (
            r"\bwir (?:sie|dich) (?:gerne? |sehr gerne? )?einstellen (?:würden|möchten|wollen)\b"
            r"|\bwir (?:würden|möchten|wollen) (?:sie|dich) (?:gerne? |sehr gerne? )?einstellen\b",
            # (not "Ihre Zusage ist da": the candidate's own acceptance)
            r"(?<!ihre )(?<!deine )(?<!eure )\bzusage (?:ist|steht) (?:durch|fix|raus|da)\b|\b(?:du"
            r" hast|sie"
            r" haben) die zusage\b",
        )
    ),
    # an agency relays it: "Just off the phone with Dan and they want you for the contract!"
    r"\b(?:they|we|the client) (?:really |all )?(?:want|would like) you for the (?:[\w-]+ ){0,3}(?:"
    r"role"
    r"|position|contract|job|post)\b",
    r"\bwe (?:really |all |both )?want you as (?:our|\w+'s) " + _AS_A_JOB,
    # the candidate named, in a message the recruiter forwards: "We'd like Lena to join us as
    # Lead Analytics Engineer"; a platform's "Sasha Kim has sent you an offer for the position"
    r"\bwe(?:'d| would) (?:like|love) (?:you|\w+) to join (?:us|the team|our team) as (?:our |a |an"
    r" |the )?" + _AS_A_JOB,
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
            r"\bwir (?:wollen|möchten) dich (?:unbedingt |gerne? |wirklich )?als (?:unsere?n?"
            r"|neue[nr]?) " + _AS_A_JOB,
            # no article: the title ends the exclamation ("Wir wollen dich als Data Lead!"),
            # not "als Referentin für unseren Data Day"
            r"\bwir (?:wollen|möchten) dich (?:unbedingt |gerne? |wirklich )?als "
            + _AS_A_JOB
            + r"(?=\s*(?:[!.]|$))",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:on veut|nous voulons|on aimerait|nous aimerions|on voudrait|nous voudrions)"
            r" (?:que tu (?:nous )?rejoignes|que vous (?:nous )?rejoigniez|te recruter|vous"
            r" recruter|t'embaucher|vous embaucher)\b(?! pour\b)(?![^\n]*\b(?:entretien|échange"
            r"|rendez-vous|appel|café|week-end)\b)",
            r"\b(?:on veut|nous voulons|on aimerait|nous aimerions) que (?:tu sois|tu deviennes"
            r"|vous soyez|vous deveniez) (?:notre|le|la) " + _AS_A_JOB,
        )
    ),
    *_plain_es(
        (
            r"\bqueremos (?:que (?:te vengas|vengas|te unas|formes parte|te incorpores|trabajes)"
            r"|ficharte|incorporarte) (?:con nosotr[oa]s|al equipo|a (?:nuestro|el) equipo|a"
            r" trabajar)\b(?![^\n]*\b(?:entrevista|llamada|charla|reunión|café|cena)\b)",
            r"\bqueremos que (?:seas|te conviertas en) (?:nuestr[oa]|el|la) " + _AS_A_JOB,
        )
    ),
)

# A process stopped in plain words, in hiring mail only ("Nous préférons donc nous arrêter là",
# "we'll leave it there", "belassen es dabei", "preferimos dejarlo aquí"): said of anything
# else, the same words stop a sale or a project.
PLAIN_REJECTION = (
    r"\b(?:stop|end|close) (?:the|this|our) (?:process|recruitment) (?:with you|here|now)\b",
    *spelled(
        (
            r"\b(?:den|diesen|unseren) prozess (?:mit (?:ihnen|dir) )?(?:an dieser stelle |hier )?"
            r"(?:beenden|abbrechen|stoppen)\b",
        )
    ),
    *_plain_fr((r"\b(?:arrêter|interrompre) (?:le|ce|notre) processus(?: (?:ici|avec vous))?\b",)),
    *_plain_es((r"\b(?:cerrar|detener|parar) (?:el|este) proceso (?:aquí|contigo|con usted)\b",)),
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

# The same words ending a call or keeping an arrangement: "we'll leave it there for now and
# come back to you by Friday", "dann belassen wir es dabei: Ihr Gespräch findet wie geplant
# statt", "en rester là pour aujourd'hui", "dejarlo aquí por hoy".
PLAIN_REJECTION_UNLESS = (
    r"\bfor (?:now|today|this round|the moment)\b|\bcome back to you\b|\bnext steps?\b"
    r"|\bget back to you\b|\bas planned\b",
    *spelled(
        (
            r"\bfür heute\b|\bwie (?:geplant|besprochen|vereinbart)\b|\bmelde mich\b"
            r"|\bdabei[:,] (?:ihr|dein|der|das|unser|die)\b",
        )
    ),
    *_plain_fr((r"\bpour aujourd'hui\b|\bcomme prévu\b|\bje reviens vers\b|\bla suite\b",)),
    *_plain_es((r"\bpor hoy\b|\bcomo (?:estaba )?previsto\b|\bte escribo\b|\bsiguientes pasos\b",)),
)
