"""Hiring language as data: the phrase lists the rule table (rules.py) is made of.

Regular expressions over normalised text (lowercase, plain apostrophes, one sentence per line,
links removed). English first, then German, French and Spanish where the wording is common
enough to be worth it. General phrases only: never employer, product or platform names.
`*_UNLESS` lists veto a match when they occur in the same sentence (conditionals such as "if
you are selected", questions).
"""

from __future__ import annotations

HIRING_WORDS = tuple(
    rf"\b{word}\b"
    for word in (
        r"interview\w*",
        r"recruit\w*",
        "hiring",
        r"candida\w+",
        r"applica\w+",
        "applied",
        r"apply\w*",
        "phone screen",
        "screening",
        "technical screen",
        "onsite",
        "on-site",
        "final round",
        r"your (?:resume|cv|portfolio)",
        "position",
        "role",
        "opening",
        r"vacanc\w+",
        "talent acquisition",
        "job",
        r"vorstellungsgespr\w*",
        r"bewerbung\w*",
        r"stelle\w*",
        r"entretien\w*",
        "poste",
        "recrutement",
        r"entrevista\w*",
        "puesto",
        r"proceso de selecci\w+",
        "panel",
        r"shortlist\w*",
        "next steps",
        "final decision",
        "vacante",
        r"(?:coding|design|technical|take-home|case) (?:exercise|challenge|assignment|study)",
    )
)
# Job titles: a subject naming one ("Senior Data Engineer - update") is hiring context too.
JOB_NOUN = (
    r"\b(?:engineer|developer|analyst|designer|manager|scientist|architect|specialist|consultant"
    r"|director|intern|administrator|accountant|actuar\w*|researcher|technician|recruiter"
    r"|entwickler\w*|ingenieur\w*|d(?:é|e)veloppeu\w+|ing(?:é|e)nieur\w*|analista"
    r"|desarrollador\w*|ingenier[oa]|dise(?:ñ|n)ador\w*)\b"
)

CONDITIONAL = (
    r"\bif (?:you are |you're |you have been )?selected\b",
    r"\bif (?:your|you have the) (?:skills|background|experience|qualifications|profile)",
    r"\bif there(?:'s| is) (?:a )?(?:potential |good )?(?:fit|match)\b",
    r"\bif (?:we|the team) (?:decide|would like|wish|want)\b",
    r"\bonly (?:those )?candidates\b",
    r"\bshould (?:your|you|we)\b",
    r"\bmay (?:contact|reach out|be in touch)\b",
    r"\bif (?:you need|you'd like|you would like|you want|you have to|needed)\b",
    r"\b(?:falls|sofern|si votre profil|si tu perfil|si su perfil)\b",
    r"\bif (?:we|you) (?:do not|don't|haven't|have not|are not|aren't|are unable|cannot|can't)\b",
    r"\bunless\b|\bin (?:the|that) case\b|\bwhat (?:to do|happens) (?:if|when)\b",
)
QUESTION = (r"\?\s*$",)
_OTHER_PEOPLE = r"(?:another|other|a different|a more|different|external|an internal)"


OOO = (
    r"\b(?:out of (?:the )?office|ooo\b|on (?:annual |parental )?leave|on vacation|on holiday"
    r"|away from (?:the office|my desk)|limited access to (?:e-?mail|my e-?mail)"
    r"|automatic reply|auto-?reply|away until|i am away|i'm away"
    r"|abwesenheit\w*|nicht im b(?:ü|ue)ro|absent(?:e)? du bureau"
    r"|r(?:é|e)ponse automatique|fuera de la oficina|respuesta autom(?:á|a)tica)",
)
# An out-of-office note in the text, without auto-reply headers: the writer is away until a day.
OOO_TEXT = (
    r"\b(?:i am|i'm|i will be|i'll be) (?:currently )?(?:out of (?:the )?office|on (?:annual |"
    r"parental |sick )?leave|on vacation|on holiday|away|travel+ing|off)\b.{0,60}"
    r"\b(?:until|returning|back on|back in|through|till)\b",
    r"\b(?:limited|no) access to (?:my )?e-?mail\b",
    r"\bbin (?:bis|vom|ab) .{0,40}(?:nicht im b(?:ü|ue)ro|abwesend|im urlaub)",
    r"\bje suis absente?\b|\bestoy fuera de la oficina\b",
)

ACKNOWLEDGEMENT = (
    r"\b(?:received|receipt of|got) your (?:job )?(?:application|cv|resume|r(?:é|e)sum(?:é|e))",
    r"\bthanks? (?:you )?for (?:applying|your application|submitting your application)",
    r"\bapplication (?:has been |was )?(?:submitted|received|sent)\b",
    r"\bapplication confirmation\b",
    r"\bconfirms? (?:that )?\w+(?: \w+){0,3} (?:has )?received your application",
    r"\byour application (?:for|to) .{0,80} (?:has been|was) (?:received|submitted)",
    r"\b(?:eingang ihrer bewerbung|ihre bewerbung (?:ist )?(?:bei uns )?eingegangen"
    r"|vielen dank f(?:ü|ue)r ihre bewerbung)",
    r"\b(?:nous avons bien re(?:ç|c)u votre candidature|accus(?:é|e) de r(?:é|e)ception"
    r"|merci (?:pour|de) votre candidature)",
    r"\b(?:hemos recibido (?:tu|su) (?:candidatura|solicitud|cv)"
    r"|gracias por (?:tu|su) (?:candidatura|solicitud|postulaci(?:ó|o)n))",
)

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
    r"\bmove forward with (?:candidates|applicants|someone) (?:who|whose|that)\b",
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
    r"\bunable to (?:offer you|move forward|progress|proceed)\b",
    r"\b(?:were|was|been) unsuccessful\b|\bunsuccessful (?:on this occasion|this time)\b",
    r"\bnot (?:to )?(?:progress|advance|proceed with) (?:your|you)\b",
    r"\bno longer (?:being )?(?:considered|under consideration)\b",
    r"\b(?:won't|will not|cannot|can't) (?:be )?(?:offer(?:ing)? you|progress(?:ing)? your)",
    r"\bn'a pas (?:été )?retenue?|\bpas été retenue?|\bpas donner suite|au regret de vous",
    r"\bretenu (?:un|une) autre (?:candidat|profil|candidature)",
    r"\bune suite favorable\b",
    r"\bf(?:ü|ue)r (?:einen |eine )?andere[nr]? (?:bewerber|kandidat)\w* entschieden",
    r"\bkeine positive r(?:ü|ue)ckmeldung|\babsage erteilen",
    r"\bleider (?:m(?:ü|ue)ssen wir ihnen )?(?:mitteilen|absagen)|\bnicht (?:weiter )?ber(?:ü|ue)ck"
    r"sichtig|\bnicht in die engere wahl|\bgegen ihre bewerbung",
    r"\blamenta(?:mos|blemente) (?:informar|comunicar)|\bno (?:ha|has) sido seleccionad"
    r"|\b(?:continuar|seguir|avanzar)(?: adelante)? con otr[oa]s? (?:candidat|perfil)"
    r"|\bno (?:continuaremos|seguiremos avanzando) con (?:tu|su) candidatura",
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
    r"\b(?:summary|details) of (?:the|your) offer\b|\byour offer from\b",
    r"\bmove forward with (?:an|a formal|a verbal|a written) offer\b",
    r"^offer letter\b|^(?:your )?(?:job )?offer (?:for|from)\b",
    r"\b(?:you've|you have) been selected for the (?:[\w-]+ ){0,5}(?:role|position|job)\b",
    r"\bihnen die stelle anbieten|\bangebot f(?:ü|ue)r die (?:stelle|position)|\blettre d'offre",
    r"\b(?:proposition|promesse) d'embauche|\bplaisir de vous proposer le poste",
    r"\b(?:vertragsangebot|arbeitsvertrag|zusage f(?:ü|ue)r die stelle"
    r"|freuen uns,? ihnen (?:die stelle|ein angebot))",
    r"\b(?:carta oferta|oferta formal|nos complace ofrecer\w*|oferta de trabajo para ti)",
)
OFFER_UNLESS = (
    r"\b(?:unable|not able|cannot|can't|won't be able) to (?:make |extend )?(?:you )?(?:an )?offer",
    r"\boffer(?:ed)? (?:to|went to|was extended to|has been extended to) " + _OTHER_PEOPLE,
    r"\b(?:negotiat\w+|evaluat\w+|compar\w+) (?:your|an|the|multiple) offers?\b",
    r"\bif (?:we|they) (?:make|extend|decide)\b|\bbefore (?:we|they) (?:make|extend)\b",
    r"\bbefore (?:making|extending)\b|\bwhen you (?:get|receive) an offer\b",
    r"\bspecial offer\b|\blimited[- ]time offer\b",
    *QUESTION,
)

NOT_HIRING = (
    r"\bwebinar\b|\bregist(?:ered|ering|ration) for\b|\blive (?:session|stream|demo)\b",
    r"\bsave your seat\b|\blivestream\b|\bvirtual event\b",
    r"\bpodcast\b|\breporter\b|\bjournalist\b|\bon the record\b|\bfor (?:a|an|my|our) "
    r"(?:story|article|feature|piece)\b|\bpress (?:interview|inquiry|request)\b",
    r"\buser research\b|\busability (?:study|test|session)\b|\bresearch (?:study|session|"
    r"participant)|\bparticipants? (?:in|for) (?:a|our) (?:study|research)\b|\bgift card\b",
    r"\buser interviews?\b|\bcustomer interviews?\b|\brecruiting participants\b"
    r"|\bparticipate in (?:a|our) (?:study|research|session)\b|\binformational interview\b",
    r"\b(?:share|give) (?:us )?(?:your )?feedback (?:on|about) (?:your|the) (?:recent )?"
    r"(?:interview|candidate|hiring) (?:experience|process)\b",
    r"\bexit interview\b|\boffboarding\b|\blast day (?:at|with) (?:the company|us)\b",
    r"\bmock interview\b|\bpractice (?:interview|session|run|round)\b|\binterview coach\w*\b",
    r"\bsurvey\b|\bhow (?:was|did) your (?:interview|candidate) experience\b|\brate your",
    r"\bverification code\b|\bverify your (?:e-?mail|account)\b|\bconfirm your e-?mail\b"
    r"|\breset your password\b|\bone-time (?:pass)?code\b",
    r"\b(?:patient|clinic|dental|physician|annual physical|pharmacy|prescription)\b",
    r"\bcareer fair\b|\bjob fair\b|\byour tickets?\b|\bgeneral admission\b|\border #",
    r"\binfo(?:rmation)? session\b|\bopen house\b|\bnetworking (?:event|session)\b"
    r"|\bmeet-?up\b|\bhackathon\b|\btown hall\b|\ball-hands\b|\binterview prep\b",
)

PANEL_MEMBER = (
    r"\b(?:joining|join|be on|sit on|part of|for) the (?:interview )?panel for\b",
    r"\bscorecards?\b|\binterview kit\b|\bsubmit your (?:interview )?feedback\b",
    r"\binterviewer training\b|\binterview (?:loop|debrief) for\b",
    r"\b(?:candidate|hiring|interview) debrief\b|\bdebrief:",
    r"\badded (?:you )?as an interviewer\b|\byou(?:'re| are| have been) (?:scheduled|added|"
    r"invited) (?:as|to be) (?:an )?interviewer",
)

JOB_ALERT = (
    r"\bnew jobs?\b|\bjobs? (?:matching|picked|recommended|selected|for you)\b|\bjob alerts?\b",
    r"\b(?:roles|jobs|positions|openings) (?:picked|recommended|selected|chosen) for you\b",
    r"\bjobs you may be interested in\b|\bbased on your (?:profile|recent searches)\b",
    r"\b(?:jobs|roles) you (?:may|might) like\b|\brecommended jobs\b|\btop job picks\b",
)
NEWSLETTER = (
    *JOB_ALERT,
    r"\b(?:because|since) you (?:subscribed|signed up|opted in)\b|\bnewsletter\b|\bdigest\b",
    r"\bthis week(?:'s)?\b(?: picks| in)?|\bissue #?\d+\b",
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
    r"\b(?:be in touch|reach out|let you know|update you|follow up) (?:(?:to you )?either way|"
    r"as soon as|once|by|when)\b",
    r"\b(?:make|reach|expect) (?:a|our|the) (?:final )?decision (?:by|before|early|next|within)\b",
    r"\bwrap (?:things|this|it) up by\b|\bdon't have (?:a|an|any) (?:timeline|update|firm date)\b",
    r"\bfinishing (?:the |its |our )?(?:final|last)\b|\bwrapping up the last\b",
    r"\bseguimos revisando\b|\btodav(?:í|i)a no tenemos\b|\ba m(?:á|a)s tardar\b",
    r"\bnoch keine entscheidung\b|\bmelden uns (?:bis|sp(?:ä|ae)testens)\b"
    r"|\btoujours en cours\b|\bpas encore pris de d(?:é|e)cision\b",
)
HOLDING_UNLESS = (*CONDITIONAL,)

FIRST_PERSON_INTERVIEWER = (
    r"\b(?:with me|me and|and me|and i\b(?!')|and myself|i'll call you|i will call you|"
    r"our (?:phone screen|phone call|call|chat|conversation|interview)|speak(?:ing)? with me|"
    r"und ich|mit mir|avec moi|et moi|conmigo|y yo)\b"
)
