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
    # a shop's or a site's yes, said in a line: "you're hired", "the client wants you on the day
    # crew", "t'es engagée si tu veux toujours", "wir würden Sie gern nehmen", "te quedas con el
    # puesto"
    # (said to the user, not quoted, nor a rota: "Carla wants you on the night shift Thursday")
    r"(?:(?<![^\n])|[.!?,] )(?:so |well |great news,? |good news,? )?you(?:'re| are) hired\b"
    r"(?![\"'”’])|\b(?:wants?|would love|'d love) you on (?:the|our|his|her|their) (?:day |night"
    r" |evening |morning |weekend |early |late )?crew\b(?![^\n]{0,30}\b(?:this|next|tonight"
    r"|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)\b)",
    *_plain_fr((r"\b(?:t'es|tes|tu es|vous êtes) (?:embauchée?|engagée?)(?= si\b|\s*[!.,]|$)",)),
    *spelled(
        (
            r"\bwir (?:würden|möchten) (?:sie|dich) (?:gerne? |sehr gerne? )?nehmen\b|\b(?:würde"
            r"|würden|möchte|möchten) (?:sie|dich) (?:gerne?|sehr gerne?) (?:fix |fest |definitiv "
            r"|direkt |auf jeden fall )?(?:ab [\w.]+ (?:[\w.]+ )?)?(?:(?:in|ins|als|für) (?:[\w-]+"
            r" ){1,2})?nehmen\b(?![^\n]*\?)(?![^\n]*(?:kurs|stellplatz|zimmer|buchung|reservierung"
            r"|unterricht|gruppe\b))|\b(?:sie"
            r" sind|du bist) eingestellt\b|\b(?:sie können|du kannst) (?:\w+ ){0,3}bei uns"
            r" anfangen\b(?![^\n]*\?)",
        )
    ),
    *_plain_es(
        (
            r"\bte quedas con (?:el|la) (?:puesto|trabajo|plaza|chamba|vacante)\b|\b(?:el puesto"
            r"|la plaza|el trabajo) es tuy[oa]\b|\bla chamba es tuya\b",
        )
    ),
    # a start told as news: "you're on from Monday night", "c bon pour vous, on commence lundi 31
    # à 7h", "empiezas el lunes", "du fängst am Montag an" (not a trial, an interview or a
    # question)
    r"(?:\b(?:signed you off|signed off on you)\b[^\n]{0,20}|(?<![^\n])|[.!,-] )(?:so |good news,? "
    r")?you(?:'re"
    r"| are) on from (?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?![^\n]*\?)",
    *_plain_fr(
        (
            r"\b(?:c'est|c|c est) (?:bon|ok|d'accord|validé) pour (?:vous|toi)\b[^\n]{0,6}\b(?:on"
            r" commence|vous commencez|tu commences|vous démarrez|tu démarres)\b(?![^\n]*\b(?:entre"
            r"tien"
            r"|essai|rendez-vous|rdv)\b)(?![^\n]*\?)",
        )
    ),
    *_plain_es(
        (
            r"\b(?:está|esta|es) (?:ok|bien|hecho|confirmado)(?: para ti)?[,.!]? (?:empiezas|empezá"
            r"s"
            r"|comienzas|arrancas|arrancás)\b(?![^\n]*\b(?:entrevista|prueba)\b)(?![^\n]*\?)",
        )
    ),
    # the offer put to the user to take or leave ("24 horas para aceptar o rechazar la oferta")
    r"\b(?:accept or (?:decline|reject|refuse)) (?:this|the|our) offer\b(?! of (?:an? )?"
    r"(?:interview|appointment|meeting|call|place|slot))",
    *_plain_fr(
        (
            r"\baccepter ou refuser (?:cette|l'|notre) (?:offre|proposition)\b(?! d(?:e |')"
            r"(?:rendez-vous|entretien|créneau|rdv|rencontre|échange))",
        )
    ),
    *spelled(
        (
            r"\b(?:das|dieses|unser) angebot (?:anzunehmen oder abzulehnen|annehmen oder"
            r" ablehnen)\b",
        )
    ),
    *_plain_es(
        (
            r"\baceptar o (?:rechazar|renunciar a) (?:la|esta|nuestra) oferta\b(?! de (?:entrevista"
            r"|cita|reunión|plaza en el curso))",
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
            # "nous voulons vous accueillir dans mon équipe pour l'alternance Analyste Data"
            r"\b(?:on veut|nous voulons|nous souhaitons|on aimerait|nous aimerions) (?:vous|t')"
            r" ?accueillir (?:dans (?:mon|notre|l')(?: équipe)?|chez nous|parmi nous) (?:[\w'-]+ ){"
            r"0,3}?"
            r"(?:pour|en|comme) (?:l'|le |la |un |une )?(?:alternance|stage|poste|cdi|cdd|vie|appre"
            r"ntissage"
            r"|contrat)\b",
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
    # the terms laid out ("What they've put on the table:"), or the employer wanting the user,
    # said alone ("Northgate want you."), an agency relaying it
    r"\b(?:what )?(?:they've|they have|we've|we have|the client has) put on the table\b(?![^\n]{0,8"
    r"0}"
    r"\b(?:interview|tickets?|event|conference)\b)|\bput together an offer\b(?! for (?:the )?"
    r"(?:conference|tickets?|event|subscription|course|membership))(?![^\n]{0,60}(?:% off|discount)"
    r")"
    r"|(?<![^\n])(?:[\w&'-]+ ){1,3}(?:want|wants) you(?: on board| for (?:the|this)"
    r" (?:role|job|position))?[ !.]*(?![^\n])",
    # news of a yes relayed before the paperwork: "they want you for Head of Data", "verbal is
    # 98k base", "written offer shld come thru tmrw", "Priya is pulling the paperwork together"
    r"\bwants? you (?:for|as) (?:the |their |our )?" + _AS_A_JOB,
    r"\bverbal(?: offer)? (?:is|of|at|:)|\bwritten offer (?:should|will|shld|is going to)"
    r" (?:come|follow|arrive|land)\b|\b(?:pulling|putting|getting) (?:the |your )?(?:paperwork"
    r"|contract|offer letter|offer) (?:together|ready)\b(?![^\n]*\b(?:background|reference"
    r"|right to work|check|screening)\b)",
    r"\b(?:i'd|we'd|i would|we would) (?:really |so )?(?:like|love) you to (?:come and |come )?"
    r"(?:join|be part of|build|lead|head up|run) (?:the|our|my|a|a new) (?:new )?(?:[\w-]+ ){0,2}?"
    r"(?:team|function|department|practice|org|organi[sz]ation|squad)\b"
    r"(?![^\n]*\b(?:interview|chat|call|coffee|meeting|round|finalist|stage|session|presentation"
    r"|workshop)\b)",
    *_plain_es(
        (
            r"\bte han (?:elegido|escogido) a ti\b(?! para (?:la|una|el|un) (?:\w+ )?(?:entrevista"
            r"|ronda|fase|llamada|reunión|prueba))|\boferta verbal\b|\bte (?:mandan|envían"
            r"|mandarán|enviarán) la carta (?:formal|oferta|de oferta)\b",
        )
    ),
    # the user's current contract extended on new terms, an agency relaying the client's wish
    r"\b(?:wants?|would like|'d like|is keen) to extend (?:your|the) (?:contract|engagement"
    r"|assignment|placement)\b",
    *spelled(
        (
            r"\b(?:auf den tisch gelegt|liegt auf dem tisch)\b",
            r"\b(?:möchte|möchten|will|wollen) (?:deinen|ihren|den) (?:einsatz|vertrag|auftrag"
            r"|rahmenvertrag)\b[^\n]{0,40}?\bverlängern\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:mis|met|mettent) sur la table\b(?![^\n]*\b(?:entretien|journée|billets?)\b)",
            r"\b(?:souhaite|souhaitent|veut|veulent|voudrait|voudraient) prolonger (?:ta|votre)"
            r" (?:mission|contrat)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:puesto|ponen|han puesto) sobre la mesa\b",
            r"\b(?:quiere|quieren|quisiera|le gustaría|les gustaría) (?:extender|prorrogar"
            r"|ampliar|renovar) (?:tu|su) (?:contrato|proyecto|colaboración)\b",
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

# An offer's terms revised after the user answered it: the paperwork updated ("I've updated the
# letter in Personio"), the pay stated again ("base up to €152,000"). Read only in a thread whose
# latest decision is an offer (thread.py): elsewhere a salary figure is a posting's.
_PAY = r"(?:[£$€] ?\d|\d(?:[\d,. ]{0,9}\d)? ?(?:k\b|k ?€|€|eur\b|euros?\b|chf\b|£|\$))"
# a rate is pay on its own: "95 €/h ab dem 01.04.", "£625/day", "600 € par jour"
_RATE = (
    r"(?:[£$€] ?\d{1,6}(?:[,.]\d{1,3})?|\d{1,6}(?:[,.]\d{1,3})? ?(?:€|£|\$|eur|euros?|chf)) ?(?:/ ?"
    r"|per |pro |par |por |la |a )(?:h|hr|hour|stunde|std|day|tag|jour|día|hora|heure)\b"
)
REVISED_TERMS = (
    r"\b(?:updated|revised|amended|re-?issued|refreshed) (?:the |your )?(?:offer |employment )?"
    r"(?:letter|contract|paperwork|offer|terms)\b",
    r"\b(?:base|salary|package|equity|sign(?:ing|-on) bonus|rate)\b[^\n]{0,30}" + _PAY,
    _RATE,
    *spelled(
        (
            r"\b(?:aktualisiert|angepasst|überarbeitet)\w*\b[^\n]{0,30}\b(?:vertrag|vertragsentwurf"
            r"|angebot|unterlagen)\b|\b(?:vertrag|vertragsentwurf|angebot)\b[^\n]{0,30}\b(?:aktua"
            r"lisiert|angepasst|überarbeitet)\b",
            r"\b(?:gehalt|grundgehalt|jahresgehalt|fixgehalt|fixum|bonus|brutto)\b[^\n]{0,30}"
            + _PAY,
        )
    ),
    *_plain_fr(
        (
            r"\b(?:mis à jour|actualisé|révisé|modifié)e?s? (?:la |le |l'|votre |ta )?(?:promesse"
            r"|contrat|proposition|offre|lettre)\b",
            r"\b(?:fixe|salaire|rémunération|variable|brut)\b[^\n]{0,30}" + _PAY,
        )
    ),
    *_plain_es(
        (
            r"\b(?:actualizado|revisado|modificado) (?:la |el |tu )?(?:carta|contrato|propuesta"
            r"|oferta)\b",
            r"\b(?:fijo|sueldo|salario|variable|bruto)\b[^\n]{0,30}" + _PAY,
        )
    ),
)
# Money that is no pay, or pay refused, or an interview's: "travel €120 per day", "lunch €10 a
# day", "we can't go above €80k", "salary range €90k-€110k for the second interview".
REVISED_TERMS_UNLESS = (
    r"\b(?:travel|lunch|meals?|parking|per diem|expenses?|allowance|reise\w*|spesen|verpflegung"
    r"|parken|frais|repas|déplacements?|dietas|comidas?|desplazamientos?|aparcamiento)\b",
    r"\b(?:can't|cannot|can not|unable to|not able to) (?:proceed|go ahead|move forward)\b|\bno"
    r" longer\b",
)
