"""Decisions and waiting as data: rejections, offers and holding replies (no decision yet).

Same conventions as common.py (normalised text, one sentence per line, `*_UNLESS` vetoes in
the same sentence). Rejection is read before offer in the rule table, so "we made an offer to
another candidate" is a rejection; OFFER_UNLESS keeps such sentences out of offers anyway.
"""

from __future__ import annotations

from followupd.understand.phrases.common import CONDITIONAL, QUESTION

_OTHER_PEOPLE = r"(?:another|other|a different|a more|different|external|an internal)"

REJECTION = (
    r"\bdecided (?:not to|to not) (?:move|proceed|progress|pursue|continue|go|advance|extend"
    r"|invite)\b",
    r"(?:\bnot|n't) (?:be )?(?:moving|going) forward(?: at this (?:time|stage|point)"
    r"| with (?:you|your|the|this))",
    r"\bdecided to (?:hire|go with|offer the (?:role|position) to) (?:someone|another|a different"
    r"|an internal)\b|\bhired (?:someone|another candidate|a candidate)\b",
    r"\bpursu(?:e|ing) (?:other|another|different) (?:candidate|applicant|profile)s?\b",
    r"\bdecision (?:not to|to not) (?:move|proceed|progress|pursue|continue|advance|go)\b",
    r"\bnot to (?:move|proceed|go) (?:forward|ahead) with (?:you|your)\b",
    r"\boffer(?:ed)? the (?:role|position|job) to (?:another|other|a different)\b",
    r"\b(?:role|position|job) (?:went|has gone|will go) to (?:another|other|a different)\b",
    r"(?:\bnot|n't) be able to (?:offer you|move forward|progress|proceed|take your)",
    r"(?:\bnot|n't) (?:be )?(?:proceeding|progressing|moving ahead|continuing) with (?:you|your)",
    r"(?:\bnot|n't) (?:be )?tak(?:e|ing) (?:your application|your candidacy|you|this) "
    r"(?:any )?(?:further|forward)\b",
    r"\b(?:has|have|was|were) not been successful\b|\b(?:was|were) not successful\b",
    r"\bgo(?:ing)? (?:in )?a different direction\b",
    # an agency's no before the client meets the user
    r"\b(?:won't|will not|can't|cannot|am not going to|'m not going to|not be|unable to) (?:be )?"
    r"(?:putting|put|submitting|submit|presenting|present|shortlisting|shortlist) you (?:forward"
    r"|through|to the client)\b(?![^\n]{0,60}\b(?:until|till|yet|this week|today|tomorrow|once"
    r"|unless|before (?:monday|tuesday|wednesday|thursday|friday|the|we|i|you)))",
    r"\b(?:move|moving|proceed|proceeding|go|going|continue|continuing) (?:forward |ahead )?with "
    r"(?:a |another |other )?(?:candidates?|applicants?|someone|people|profiles?) (?:who|whose"
    r"|that)\b|\bpursu(?:e|ing) (?:other )?(?:candidates|applicants|profiles) (?:who|whose|that"
    r"|with)\b",
    r"\b(?:have|'ve) filled the (?:position|role|vacancy)\b",
    r"\b(?:position|role|job|vacancy|opening|requisition) (?:is no longer (?:available|open)"
    r"|has been (?:cancel+ed|withdrawn))",
    r"(?:\bnot|n't|\bno longer) (?:be )?(?:moving|proceeding|progressing|going) forward with "
    r"(?:you|your)",
    r"\b(?:move|moving|proceed|proceeding|go|going|continue) (?:forward |ahead )?with "
    + _OTHER_PEOPLE
    + r" (?:candidate|applicant|profile)",
    r"\b(?:decided|chosen|chose|decision) to (?:go|move|proceed|continue) (?:forward )?with "
    + _OTHER_PEOPLE,
    r"\b(?:extended|made|accepted) (?:an |the |our )?offer (?:to|from) " + _OTHER_PEOPLE,
    r"\b(?:another|other|a different) candidate (?:who )?(?:was|is|has been|accepted)",
    r"\b(?:position|role|job|vacancy|opening) (?:has|had) (?:now )?been (?:filled|closed)",
    r"\b(?:not|weren't|were not|haven't been|have not been) (?:been )?selected\b",
    r"\bregret to (?:inform|let you know|tell you)\b",
    r"\b(?:chosen|chose|selected|picked|hired|appointed) (?:another|a different|an internal"
    r"|an external|other) (?:candidate|applicant|person|profile)s?\b",
    r"(?:\bnot|n't) (?:be )?(?:inviting|invite) you (?:to|for|back)\b"
    r"|\bother (?:candidates|applicants) (?:were|are|was) (?:a )?(?:stronger|better|closer)\b",
    r"(?:\bnot|n't) (?:be )?(?:extend(?:ing)?|mak(?:e|ing)) (?:you )?an offer\b",
    r"\bunable to (?:offer you|move forward|progress|proceed)\b",
    r"\b(?:were|was|been) unsuccessful\b|\bunsuccessful (?:on this occasion|this time)\b",
    r"\bnot (?:to )?(?:progress|advance|proceed with) (?:your|you)\b",
    r"\bno longer (?:being )?(?:considered|under consideration)\b",
    r"\b(?:won't|will not|cannot|can't) (?:be )?(?:offer(?:ing)? you|progress(?:ing)? your)",
    r"\bn'a pas (?:été )?retenue?|\bpas été retenue?|\bpas donner suite|au regret de vous",
    r"\bretenu (?:un|une) autre (?:candidat|profil|candidature)",
    r"\b(?:poursuivre|continuer|avancer) (?:le processus |notre processus )?avec (?:d'autres"
    r"|un autre|une autre) (?:candidat|profil|candidature)",
    r"\bf(?:ü|ue)r (?:einen |eine )?andere[nr]? (?:bewerber|kandidat)\w* entschieden",
    r"\bkeine positive r(?:ü|ue)ckmeldung|\babsage erteilen",
    r"\bleider (?:m(?:ü|ue)ssen wir ihnen )?(?:mitteilen|absagen)|\bnicht (?:weiter )?ber(?:ü|ue)ck"
    r"sichtig|\bnicht in die engere wahl|\bgegen ihre bewerbung",
    r"\blamenta(?:mos|blemente) (?:informar|comunicar)|\bno (?:ha|has) sido seleccionad"
    r"|\b(?:continuar|seguir|avanzar)(?: adelante)? con otr[oa]s? (?:candidat|perfil)"
    r"|\bno (?:continuaremos|seguiremos avanzando) con (?:tu|su) candidatura"
    r"|\b(?:decidido|decidimos) no (?:continuar|seguir|avanzar) con (?:tu|su) (?:candidatura"
    r"|solicitud|proceso)",
)
REJECTION_UNLESS = (*CONDITIONAL, r"\bwhether or not\b", r"\beither way\b", *QUESTION)

OFFER = (
    r"\b(?:pleased|happy|delighted|thrilled|excited|glad) to (?:extend|offer|make|present)"
    r" (?:you )?(?:an? |the |our |this )?(?:formal |verbal |written )?(?:offer|position|role|job)",
    r"\b(?:like|love|want|wish) to (?:extend|make) (?:you )?(?:an? |our )?"
    r"(?:formal |verbal )?offer",
    r"\b(?:like|love|want) to offer you (?:the|a|an|this|our) (?:[\w,&()/-]+ ){0,6}"
    r"(?:position|role|job|offer|opportunity|contract)\b",
    r"\boffer(?:ing)? you the (?:[\w,&()/-]+ ){0,6}(?:position|role|job)\b",
    r"\b(?:your|the|this|our) (?:formal |written |verbal )?offer letter\b",
    r"\boffer of employment\b|\bemployment offer\b|\bjob offer\b|\bverbal offer\b",
    r"\b(?:like|love|want) you to join (?:us|the team|our team) as\b(?! (?:a |an |the |one of"
    r" (?:our|the) )?(?:finalist|candidate|shortlist))"
    r"|\byou(?:'ve| have)? got the (?:job|role|position)\b",
    # "the team would love for you to join Quillmetric as our Senior Analytics Engineer"
    r"\b(?:like|love|want) (?:for )?you to join (?:[\w&.-]+ ){1,2}?as (?:our|a|an|the)"
    r" (?!(?:\w+ )?(?:speaker|guest|mentor|member|volunteer|panelist|attendee|judge|host"
    r"|moderator|participant|ambassador|finalist|candidate)s?\b)",
    r"\b(?:like|love|want|delighted|happy|pleased|excited) to (?:bring you on ?board|welcome you"
    r" (?:to the team|aboard|on ?board)|have you join (?:the team|us) as)\b",
    r"\b(?:attached|enclosed|here) (?:is|are|please find|you'll find) (?:your|the) (?:formal "
    r"|written |official )?offer\b|\bplease find (?:attached )?your (?:formal |written )?offer\b",
    r"\b(?:summary|details) of (?:the|your) offer\b",
    r"\bmove forward with (?:an|a formal|a verbal|a written) offer\b",
    r"^offer letter\b|^(?:your )?job offer (?:for|from)\b",
    r"\b(?:you've|you have) been selected for the (?:[\w-]+ ){0,5}(?:role|position|job)\b",
    r"\bihnen die stelle anbieten|\bangebot f(?:ü|ue)r die (?:stelle|position)|\blettre d'offre",
    r"\b(?:proposition|promesse) d'embauche|\bplaisir de vous proposer le poste",
    r"\b(?:(?:ihr|unser|dein) (?:vertragsangebot|arbeitsvertrag)|zusage f(?:ü|ue)r die stelle"
    r"|freuen uns,? ihnen (?:die stelle|ein angebot))",
    r"\b(?:carta oferta|oferta formal|nos complace ofrecer\w*|oferta de trabajo para ti)",
)
# An offer only named ("Offer for ...", "your offer from ..."): a friend's or a shop's mail says
# as much, so these count in hiring context only (rules.py).
OFFER_NAMED = (r"\byour offer from\b", r"^(?:your )?offer (?:for|from)\b")
OFFER_UNLESS = (
    r"\b(?:unable|not able|cannot|can't|won't be able) to (?:make |extend )?(?:you )?(?:an )?offer",
    r"\boffer(?:ed)? (?:to|went to|was extended to|has been extended to) " + _OTHER_PEOPLE,
    r"\b(?:negotiat\w+|evaluat\w+|compar\w+) (?:your|an|the|multiple) offers?\b",
    r"\bif (?:we|they) (?:make|extend|decide)\b|\bbefore (?:we|they) (?:make|extend)\b",
    r"\bbefore (?:making|extending)\b|\bwhen you (?:get|receive) an offer\b",
    r"\bspecial offer\b|\blimited[- ]time offer\b",
    # A friend congratulating: the offer is news to them, not an offer from the writer.
    r"\b(?:congrat\w*|heard) (?:again )?(?:on|for|about|of) (?:your|the) (?:[\w-]+ ){0,2}offer\b",
    r"\bproud of you\b|\bso happy for you\b",
    # times offered, not a job: "They've offered Wednesday 1st or Thursday 2nd April"
    r"\boffered (?:(?:you|us) )?(?:either |both )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|wed|thu|fri|\d{1,2}(?:st|nd|rd|th)?\b|(?:a |two |three |some |a few"
    r" |a couple of |these |the following )?(?:slots?|times?|dates?|days?)\b)",
    *QUESTION,
)

HOLDING = (
    r"\bkeep you (?:posted|updated|in the loop)\b|\bneed (?:a (?:bit|little) )?more time\b",
    r"\bnothing (?:new )?to share yet\b|\bno (?:news|update) yet\b",
    r"\bstill (?:gathering|collecting|waiting on|awaiting)\b",
    r"\b(?:should|will|expect to|hope to|'ll) have (?:an update|news|a decision|an answer|more "
    r"information)(?: for you)? (?:by|early|next|later|within|on|before)\b",
    r"\bstill (?:reviewing|evaluating|interviewing|deciding|considering|waiting|finali[sz]ing"
    r"|meeting"
    r"|working through|in the process)\b",
    r"\b(?:haven't|have not|not yet|yet to) (?:made|make|reached|reach) (?:a|our|the) "
    r"(?:final )?decision\b|\bno (?:final )?decision yet\b",
    r"\b(?:don't|do not) (?:yet )?have (?:a|any) (?:final )?decision\b"
    r"|\bno decision has been made\b"
    r"|\bdecision (?:has not|hasn't) (?:yet )?been made\b",
    r"\b(?:is|are|been|remains?|currently) (?:on hold|paused)\b|\bholding off\b",
    r"\b(?:delayed|taking (?:a bit |a little )?longer)\b",
    r"\bthanks? (?:you )?(?:so much )?for (?:your|bearing with us|being) ?(?:continued )?patien",
    r"\bthank you for your patience\b|\bbearing with us\b",
    r"\bget back to you (?:by|with|as soon|once|early|before|next|within)\b",
    # "You will hear from me or from HR by 30 April at the latest"
    r"\byou(?:'ll| will| should| can expect to) hear (?:back )?from (?:me|us|hr|the team|one of"
    r" us)(?: or (?:from )?(?:\w+ ){0,2}\w+)?(?: either way| one way or the other| regardless"
    r"| whatever the outcome)? (?:by|before|within|no later than|early|next|at the latest)\b",
    r"\b(?:sie hören|du hörst|ihr hört) (?:\w+ ){0,4}?von (?:uns|mir)\b[^\n]{0,40}\b(?:bis"
    r"|spätestens|innerhalb|anfang|ende|nächste)\b",
    # "Sie hören spätestens am Freitag, 10. April, von mir"
    r"\b(?:sie hören|du hörst|ihr hört) (?:bis|spätestens|innerhalb|anfang|ende|nächste)\b"
    r"[^\n]{0,50}?\bvon (?:uns|mir)\b",
    # "te escribimos antes del viernes con lo que sea"
    r"\b(?:te|le|les) (?:escrib|contest|respond)(?:o|imos|emos|amos|iré|eré|aré|iremos|eremos"
    r"|aremos) (?:algo |sin falta )?(?:antes del?|a más tardar|como tarde|como muy tarde|no más"
    r" tarde del?)\b",
    r"\b(?:vous aurez|tu auras) (?:de nos nouvelles|de mes nouvelles|une réponse|un retour)"
    r" (?:au plus tard|d'ici|avant|le|dans|début|fin)\b",
    r"\b(?:cuenta con tener|tendrás|tendrá) noticias (?:nuestras|mías)\b|\bno (?:vamos a"
    r"|podremos|podemos|queremos) cerrar nada\b",
    r"\bcome back to you (?:one way or the other|either way|by|before|with (?:an|a|our)"
    r" (?:answer|decision))\b|\bgive me (?:till|until|to) (?:the end of|next|monday|tuesday"
    r"|wednesday|thursday|friday)\b",
    r"\b(?:be in touch|reach out|let you know|update you|follow up) (?:(?:to you )?either way|"
    r"as soon as|once|by|when)\b",
    r"\b(?:make|reach|expect) (?:a|our|the) (?:final )?decision (?:by|before|early|next|within)\b",
    r"\bwrap (?:things|this|it) up by\b|\bdon't have (?:a|an|any) (?:timeline|update|firm date)\b"
    r"|\b(?:don't|do not) (?:yet )?have a date for\b",
    r"\bfinishing (?:the |its |our )?(?:final|last)\b|\bwrapping up the last\b",
    r"\bseguimos revisando\b|\btodav(?:í|i)a no tenemos\b|\ba m(?:á|a)s tardar\b",
    r"\btodav(?:í|i)a (?:estamos|seguimos) (?:entrevistando|revisando|evaluando|valorando)\b"
    r"|\bseguimos (?:entrevistando|evaluando|valorando)\b|\b(?:te|le) dar(?:emos|é) una respuesta",
    r"\bnoch keine entscheidung\b|\bmelden uns (?:bis|sp(?:ä|ae)testens)\b"
    r"|\btoujours en cours\b|\bpas encore pris de d(?:é|e)cision\b",
    r"\b(?:auswahl\w*|bewerbungsprozess|entscheidungsprozess|verfahren) (?:ist )?(?:derzeit "
    r"|aktuell |momentan |noch )*(?:nicht abgeschlossen|l(?:ä|ae)uft)"
    r"|\b(?:abstimmung|auswahl\w*|entscheidung\w*)\b[^\n]{0,40}\bl(?:ä|ae)uft noch\b",
    r"\b(?:befinden uns|sind) (?:derzeit |aktuell |momentan |noch )*(?:im|in der|mitten im) "
    r"(?:auswahl|bewerbungs|entscheidungs|rekrutierungs)\w*",
    r"\b(?:melden uns|kommen (?:wir )?auf sie zu|h(?:ö|oe)ren von uns)\b[^\n]{0,30}\bsobald\b"
    r"|\b(?:werden|wollen|m(?:ö|oe)chten) (?:ihnen|dir)\b[^\n]{0,60}\b(?:r(?:ü|ue)ckmeldung"
    r"|bescheid|antwort|entscheidung)\b|\bgeben ihnen\b[^\n]{0,40}\b(?:r(?:ü|ue)ckmeldung"
    r"|bescheid)\b",
    r"\bpas encore (?:finalis|termin|boucl|arr(?:ê|e)t)\w*|\breviendr(?:ons|ai) vers vous\b"
    r"|\bvous tiendr(?:ons|ai) inform|\b(?:processus|s(?:é|e)lection) [^\n]{0,30}\b(?:toujours"
    r"|encore) en cours\b",
    r"\b(?:a(?:ú|u)n|todav(?:í|i)a) (?:estamos|seguimos) (?:en (?:pleno |el )?proceso"
    r"|valorando|evaluando)|\ba(?:ú|u)n no (?:hemos tomado|tenemos) (?:una |la )?decisi(?:ó|o)n"
    r"|\bnos pondremos en contacto (?:contigo|con usted)\b[^\n]{0,30}\b(?:en cuanto|tan pronto"
    r"|antes del|cuando tengamos)",
    r"\bbrauchen (?:noch )?(?:etwas |ein wenig |ein bisschen )?(?:mehr )?zeit\b|\b(?:danke|dank)"
    r" f(?:ü|ue)r ihre geduld\b|\bhaben sie (?:bitte )?(?:noch )?(?:etwas )?geduld\b",
    r"\bbesoin d(?:e|'un peu de|'un peu plus de) (?:plus de )?temps\b|\bmerci (?:pour|de) votre "
    r"patience\b|\bnecesitamos (?:un poco )?m(?:á|a)s (?:de )?tiempo\b|\bgracias por (?:tu|su) "
    r"paciencia\b",
)
HOLDING_UNLESS = (
    *CONDITIONAL,
    # the user's work awaited, not the employer's answer ("Retour attendu d'ici lundi (repo Git
    # ou zip)", "send your solution back by Friday")
    r"\b(?:retour|rendu|livrable) attendu|\battendue? d'ici\b|\b(?:send|hand|turn) (?:it |your \w+"
    r" |them )?(?:back|in)\b|\bsubmit (?:it|your|the)\b|\babgabe(?:frist| bis)\b|\beinreichen\b"
    r"|\bzurückschicken\b|\bentrégal[oa]s?\b|\bentregar(?:lo|la|nos)?\b|\benvíanos\b"
    r"|\bmándanos\b",
)
