"""Hiring language as data: the phrase lists the rule table (rules.py) is made of.

Regular expressions over normalised text (lowercase, plain apostrophes, one sentence per line,
links removed). English first, then German, French and Spanish where the wording is common
enough to be worth it. General phrases only: never employer, product or platform names.
`*_UNLESS` lists veto a match when they occur in the same sentence (conditionals such as "if
you are selected", questions). This module holds context, acknowledgements and the traps;
interview.py interview logistics, decision.py rejections, offers and holding
replies, user.py what the user writes (withdrawals).
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
        # the post, not the participle ("he puesto el miércoles en la agenda")
        r"(?<!he )(?<!has )(?<!ha )(?<!hemos )(?<!han )(?<!habéis )(?<!había )(?<!habían )"
        r"(?<!haya )(?<!hayas )puesto",
        r"proceso de selecci\w+",
        # an interview panel, not a dashboard's ("panel de métricas") or a roof's
        r"(?<!control )(?<!solar )(?<!admin )(?<!side )panel"
        r"(?! de (?:control|métricas|mandos?|administración|usuario|instrumentos))",
        r"shortlist\w*",
        "next steps",
        "final decision",
        "vacante",
        r"(?:coding|design|technical|take-home|case) (?:exercise|challenge|assignment|study)",
        # an executive search's words: "we have been retained by ... to find its first CTO"
        r"(?:we|i)(?:'ve| have| were| are) (?:been )?retained (?:by|to)",
        r"(?:retained|executive|board|cto|ceo|cfo|coo|cio|chair|director) search(?:es)?",
        r"search mandate",
        r"mandat de (?:recrutement|recherche|chasse)",
        r"chasse(?:ur)? de têtes?",
        "terna",
        r"comisión de nombramientos",
    )
)
# Job titles: a subject naming one ("Senior Data Engineer - update") is hiring context too.
JOB_NOUN = (
    r"\b(?:engineer|developer|analyst|designer|manager|scientist|architect|specialist|consultant"
    r"|director(?:a|as|es)?|directrice|direktor(?:in)?|intern|administrator|accountant|actuar\w*|re"
    r"searcher|technician|recruiter"
    r"|planner|officer|strategist|economist|statistician|programmer"
    r"|entwickler\w*|ingenieur\w*|d(?:é|e)veloppeu\w+|ing(?:é|e)nieur\w*|analista"
    r"|desarrollador\w*|ingenier[oa]|dise(?:ñ|n)ador\w*|marketer|gerente|coordinador[a]?"
    r"|programador[a]?|contable|recepcionista|becari[oa]|(?:jef[ea]|responsable) de \w+)\b"
)
# Titles that name no JOB_NOUN: "Re: Analytics Lead - checking in", "Head of Data", "Product
# Owner" (read in a subject: hiring mail).
TITLE_WITHOUT_NOUN = (
    # (not a colleague's meeting named after a title: "Product Owner handover", "Re: Data lead
    # weekly", "Head of Product - Q2 roadmap")
    r"(?![^\n]*\b(?:weekly|sync|standup|stand-up|handover|roadmap|backlog|retro|planning|1:1"
    r"|okrs?|quarterly|q[1-4]|offsite|all-hands|review meeting|onboarding|team meeting)\b)"
    r"(?:\b(?:tech|team|data|analytics|engineering|design|product|marketing|growth|platform|qa"
    r"|ux|bi|ml|ai|finance|project|program|programme|research|content|brand) lead\b|\bhead of"
    r" (?:data|engineering|product|design|marketing|analytics|growth|sales|people|finance"
    r"|operations|content|research|technology|it)\b|\bproduct owner\b)"
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
    # (not "falls nichts davon passt": one of several times offered)
    r"\b(?:falls|sofern)\b(?! (?:nichts|keiner|keine|keines) (?:davon|der|dabei))|\bsi (?:tu|su)"
    r" perfil\b",
    r"\bif (?:we|you) (?:do not|don't|haven't|have not|are not|aren't|are unable|cannot|can't)\b",
    r"\bunless\b|\bin (?:the|that) case\b|\bwhat (?:to do|happens) (?:if|when)\b",
    # "si todo va bien en la entrevista del jueves, te llega el contrato"
    r"\bif (?:all|everything) goes (?:well|to plan)\b|\bwenn alles gut (?:geht|läuft)\b"
    r"|\bsi tout se passe bien\b|\bsi todo (?:va|sale|marcha) bien\b",
)
QUESTION = (r"\?\s*$",)


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

# A meeting of another kind named as the reason the user's interview moves ("Raj has been
# pulled into an all-hands, so I've moved your panel to Monday"): a sentence that names the
# interview (or panel) being moved, and someone pulled away or a clash.
_MOVED_INTERVIEW = (
    r"(?=[^\n]*\b(?:your|ihr|dein|votre|ton|tu|su) (?:\w+ )?(?:interview|panel|gespräch"
    r"|vorstellungsgespräch|entretien|entrevue|entrevista)\w*\b)"
)
_EVENT = (
    r"(?:\w+-)?(?:meet-?up|hackathon|town ?hall|all-hands|networking event|career fair|job fair"
    r"|open house|info(?:rmation)? session|betriebsversammlung|karrieremesse|salon|forum"
    r"|afterwork|feria de empleo|jornada de puertas abiertas)\b"
)
# An event named as where people met or heard news, not the mail's subject ("Nuria me pasó tu
# CV después de la meetup", "wir haben heute im All-Hands erfahren, dass..."): it vetoes the
# readings that take the event for the news (an event invitation, an application to it).
EVENT_MET = (
    r"\b(?:after|since|from|following) (?:the|a|an|our|your|that|last \w+'s|\w+day's"
    r"|yesterday's|last week's) (?:[\w-]+ )?"
    + _EVENT
    + r"|\b(?:met|saw|heard|learned|learnt|found out|were told|was told|announced|came across"
    r"|watched|caught|enjoyed|attended|passed)\b[^\n]{0,80}\b"
    + _EVENT
    + r"|\b(?:después de|tras|desde) (?:la|el|una|un|nuestra|nuestro) (?:[\w-]+ )?"
    + _EVENT
    + r"|\b(?:conocí|conocimos|vi|vimos|coincidimos|nos enteramos|me enteré|me pasó|me pasaron)"
    r"\b[^\n]{0,80}\b"
    + _EVENT
    + r"|\b(?:après|depuis) (?:le|la|l'|un|une|notre) ?(?:[\w-]+ )?"
    + _EVENT
    + r"|\b(?:rencontré|croisé|appris|annoncé)\b[^\n]{0,80}\b"
    + _EVENT
    + r"|\b(?:nach dem|nach der|seit dem|seit der|vom letzten|von der letzten) (?:[\w-]+ )?"
    + _EVENT
    + r"|\b(?:haben|hat|habe|hab)\b[^\n]{0,60}\b"
    + _EVENT
    + r"[^\n]{0,60}\b(?:erfahren|getroffen|kennengelernt|gehört|mitbekommen)\b",
)
# A friend asking after the search ("how are the interviews going?", "¿qué tal con lo de las
# entrevistas?", "wie laufen die Bewerbungen?"): read only from a personal mailbox (rules.py),
# since a recruiter asks the same before asking for a time.
FRIEND_ASKS = (
    r"\bhow (?:are|is|'s) (?:the|your|all the) (?:interviews|job (?:hunt|search)|applications)"
    r" (?:going|coming along)\b|\bqu(?:é|e) tal (?:con |va )?(?:lo de )?(?:la|las|tus) "
    r"(?:entrevistas|b(?:ú|u)squeda)\b|\bc(?:ó|o)mo (?:te )?van las entrevistas\b"
    r"|\bhow(?:'s| is) (?:your|the) (?:own )?(?:job )?(?:search|hunt)(?: going)?\b"
    r"|\bwie (?:laufen|läuft|lauft) (?:deine|ihre|die) (?:eigene )?(?:bewerbungen|gespräche|suche"
    r"|vorstellungsgespräche|jobsuche)\b|\bcomment se passent (?:tes|vos|les) entretiens\b"
    r"|\boù (?:tu en es|en es-tu) (?:avec|dans) (?:tes|ta) (?:candidatures|recherche|entretiens)\b",
)
# A friend's own no ('me dicen que "han optado por alguien con más recorrido"', "I didn't get
# the job"), not a recruiter relaying the client's no about the user ("ich habe eine Absage
# bekommen vom Kunden für dich").
_NOT_FOR_YOU = (
    r"(?![^\n]*\b(?:für dich|für sie|vom kunden|du client|pour (?:vous|toi)|(?:votre|ta)"
    r" candidature|del cliente|para ti|(?:tu|su) candidatura|(?:deine|ihre) bewerbung|your"
    r" application|for you)\b)"
)
# A friend's news of their own search ("me dieron el puesto!", "I got the job!", "ich hab die
# Zusage", "j'ai décroché le poste", "wish me luck"): read only from a personal mailbox, like
# FRIEND_ASKS; the writer's job, not the user's.
FRIEND_NEWS = (
    r"\bi (?:got|landed|accepted) (?:the|a|my|an) (?:new )?(?:job|position|role|offer|internship"
    r"|placement|traineeship|apprenticeship)\b(?! (?:"
    r"description|spec|brief|posting|ad|details|title|requisition|letter ready|approved|for you))"
    r"|\bi(?:'ve| have) (?:got|landed) (?:the|a|an) (?:new )?(?:job|offer)\b(?! for you| approved)"
    r"|\bwish me luck\b|\bthey (?:sent|made|gave) me (?:an|the|their) (?:written )?offer\b"
    r"|\bi(?:'ve| have)? got an? (?:job )?interview\b(?! (?:slot|for you|with you"
    r"|booked|lined up|set up|arranged))|\b(?:they offered me|i've been offered|i got hired)\b",
    r"\bich (?:hab|habe) (?:den job|die stelle|die zusage|ein vorstellungsgespräch|das praktikum"
    r"|den praktikumsplatz|den ausbildungsplatz|die werkstudentenstelle)\b"
    r"|\bdrück(?:t)? mir die daumen\b|\b(?:sie haben|man hat) mir die stelle angeboten\b"
    r"|\bich habe die stelle bekommen\b|\b(?:sie|die) haben mir (?:ein angebot|einen vertrag"
    r"|eine zusage) (?:gemacht|geschickt|gegeben)\b|\b(?:hat|haben) mir (?:heute |gestern |endlich"
    r" |jetzt )?(?:den ruf|die stelle|den job|die zusage|das angebot)\b",
    r"\bj'ai (?:eu|décroché|obtenu|accepté) (?:le|un|mon) (?:poste|job|boulot|cdi|cdd|stage"
    r"|contrat)\b|\bj'ai (?:eu|décroché|obtenu|accepté) (?:l'|mon )alternance\b"
    r"|\bcroise(?:z)? les doigts pour moi\b|\bils m'ont prise?\b"
    r"|\bon m'a proposé le poste\b"
    r"|\bj'ai été prise?\b|\bj'ai (?:reçu|eu|signé) (?:ma|une|la) promesse d'embauche\b"
    r"|\b(?:ils|elles|on) m'(?:ont|a) (?:envoyé|fait|proposé|fait parvenir) (?:une|leur|la)"
    r" (?:promesse d'embauche|offre|proposition)\b",
    r"\bme (?:dieron|han dado|ofrecieron|han ofrecido|cogieron|han cogido) (?:el|un|para el|las"
    r"|la|una) (?:puesto|trabajo|curro|empleo|prácticas|beca|plaza|contrato)\b|\bme han cogido\b"
    r"(?= *(?:!|en\b))|\bdeséame suerte\b|\bconseguí el (?:trabajo|puesto)\b"
    r"|\bme (?:han )?contratad[oa]\b|\bme (?:ofrecen|dan|acaban de (?:ofrecer|dar)) (?:el|un)"
    r" (?:puesto|trabajo|empleo)\b|\bme lo han dado\b|\bme quedé con (?:el|la) (?:puesto|trabajo"
    r"|plaza|vacante)\b",
    # her own no (see _NOT_FOR_YOU)
    r"(?:\bi (?:didn't|did not) get (?:the|that) (?:job|role|offer|position)\b|\bi got (?:rejected"
    r"|turned down|a rejection)\b|\bich (?:habe|hab) (?:eine|die) absage bekommen\b|\b(?:die haben"
    r"|sie haben) mir abgesagt\b|\bj'ai (?:eu|reçu) (?:un|une) (?:refus|réponse négative)\b|\bils"
    r" ne m'ont pas (?:prise?|retenue?)\b|\bme (?:dicen|han dicho|dijeron) que [\"“«]?(?:no\b"
    r"|han optado)|\bno me (?:han )?(?:cogido|seleccionado|elegido)\b)" + _NOT_FOR_YOU,
)
# A recruiter on a personal address relaying the client's word about the user's application
# ("he hablado con el cliente sobre tu candidatura y me dicen que no").
FRIEND_NEWS_UNLESS = (
    r"\b(?:(?:tu|su|votre|ta|deine|ihre|your) (?:candidatura|candidature|bewerbung|application)"
    r"|(?:el|al|del) cliente|the client|(?:der|dem|vom) kunden?|(?:le|du|au) client)\b",
)
# Events: their invitations are no interview; named as where people met, they are context.
EVENTS = (r"\b(?:meet-?up|hackathon|town ?hall|all-hands)\b",)
NOT_HIRING_UNLESS = (
    # someone ill, the reason a meeting is called off ("Julien est malade et son médecin
    # l'arrête"): no appointment of the user's own
    r"\b(?:malade|krank|krankgeschrieben|erkrankt|sick|ill|enferm[oa]|está de baja|arrêt"
    r" maladie)\b",
    _MOVED_INTERVIEW + r"[^\n]*\b(?:(?:pulled|called|dragged|roped) into|clash(?:es|ed)? with"
    r"|conflicts? with)\b",
    _MOVED_INTERVIEW
    + r"[^\n]*\b(?:kurzfristig )?(?:in|zu) (?:ein|einen|eine|das|die|den)\b[^\n]{0,40}"
    r"\b(?:gerufen|beordert)\b",
    # (someone else called away, not "vous êtes convoquée à un entretien de suivi")
    _MOVED_INTERVIEW + r"[^\n]*\b(?:a été|est|ont été|sont) (?:appelé|retenu|convoqué)e?s? (?:à|en"
    r"|pour|dans)\b",
    _MOVED_INTERVIEW + r"[^\n]*\b(?:ha sido|fue|han sido|fueron) (?:convocad|llamad)[oa]s? a\b",
    # where the writer will be, not what the mail is about ("yo ese día estoy en una feria de
    # empleo en Huesca", "I'm at a career fair all day Thursday")
    r"\b(?:i'm|i am|i'll be|i will be|we're|we are|we'll be|bin|sind|je suis|je serai|nous"
    r" sommes|nous serons|estoy|estaré|estamos|estaremos)\b[^\n]{0,40}\b(?:at|auf|à|au|en)"
    r" (?:an?|the|einer|einem|der|dem|une?|le|la|el|una?) (?:[\w-]+ )?" + _EVENT,
    # the fair where the writer met the user, already over ("Thanks for stopping by our booth
    # at the career fair"): what the mail then asks is its own news
    r"\bthanks? (?:you )?for (?:stopping by|visiting|coming (?:by|to)|dropping by)\b|\b(?:great"
    r"|nice|lovely|good) (?:meeting|to meet|talking|chatting)(?: (?:with |to )?you)? at\b"
    r"|\b(?:we )?met (?:you )?at\b|\bdanke für (?:ihren|deinen|euren) besuch\b|\bschön, (?:sie"
    r"|dich) (?:auf|an|bei) [^\n]{0,40}kennen ?gelernt\b"
    r"|\b(?:suite (?:au|à la|à notre|à l')|following (?:the|our)|nach (?:der|dem|unserer|unserem)"
    r"|tras (?:la|el|nuestra|nuestro)|después de(?:l| la))\s+(?:[\w'-]+\s+){0,3}?(?:career fair"
    r"|job fair|fair|forum|salon|\w*messe|feria|foro|booth|stand)\b"
    r"|\bmerci d'être passée? (?:sur|à|au)\b|\b(?:ravie?|heureux|heureuse) d'(?:échanger|avoir"
    r" échangé|avoir discuté) avec (?:vous|toi)\b|\b(?:gespräch|austausch|chat|talk|conversation"
    r"|échange|charla|conversación) (?:auf|an|at|au|sur|en) (?:der|dem|the|our|le|la|el|nuestr[oa])"
    r" (?:[\w-]+ )?(?:\w*messe|fair|salon|forum|feria|foro|stand|booth)\b"
    r"|\b(?:ravie?|heureux|heureuse) (?:de (?:vous|t')|d'avoir fait ta|d'avoir fait votre)"
    r" (?:avoir )?(?:rencontrée?|connaissance) (?:au|à|sur|lors)\b|\bgracias por (?:pasarte"
    r"|pasar|acercarte|venir) (?:por|a)\b|\b(?:encantad[oa]|un placer) (?:de )?conocerte en\b",
    # a doctor on the panel, by title ("Dr Alain Mercadier, médecin responsable de l'URC"), not
    # the user's appointment
    r"\b(?:médecin|arzt|ärztin|médico|médica|doctor|physician)[ -](?:responsable|chef|conseil"
    r"|coordinat\w*"
    r"|référent\w*|senior|sénior|adjunt[oa]|in charge|lead|de l'unité|du service|del servicio"
    r"|de la unidad)\b|\b(?:chefarzt|chefärztin|oberarzt|oberärztin)\b",
)
NOT_HIRING = (
    r"\bhow did (?:the|your) (?:\w+ )?interview go\b|\bfingers crossed for you\b|\bwie (?:lief|war)"
    r" (?:das|dein|ihr) (?:\w+)?gespräch\b|\bdaumen (?:drücken|gedrückt)\b|\bcomment (?:s'est"
    r" passé|ça s'est passé) (?:ton|votre) entretien\b|\bje croise les doigts\b|\bcómo te"
    r" fue (?:en )?la entrevista\b|\bqué tal (?:fue|te fue) la entrevista\b",
    r"\b(?:h[12]|q[1-4]|mid-?year|year-?end|annual|yearly|half-?year(?:ly)?|quarterly) performance"
    r" (?:review|appraisal)s?\b|\b(?:your|my|our) (?:h[12]|mid-?year|year-?end|half-?year(?:ly)?)"
    r" (?:review|appraisal|check-?in)s?\b|(?<![^\n])(?:\w+: )?(?:h[12]|mid-?year|year-?end) review"
    r"\b|\bself-assessment\b[^\n]{0,60}\b(?:due|submit|by)\b",
    # (not "free trial": a scheduling tool's footer offers one under a real booking)
    r"\bpricing (?:plans?|options|tiers)\b|\b(?:product|platform) demo\b"
    r"|\blicen[cs]ing (?:options|models?)\b|\b(?:live-|produkt)demo\b|\btestlizenz\w*"
    r"|\blizenzmodell\w*|\bdémonstration de (?:la|notre) (?:plateforme"
    r"|solution)\b|\bdemostración de (?:la|nuestra) (?:plataforma|solución)\b",
    # a paid research study's "interview"
    r"\b(?:user|ux|customer|market) research (?:interview|study|session)s?\b"
    r"|\bresearch participants?\b|\b(?:étude|entretien) utilisateurs?\b|\bnutzerstudie\b"
    r"|\bestudio de usuarios\b",
    r"\bwebinar\b|\bregist(?:ered|ering|ration) for\b|\blive (?:\d+-minute |online |product "
    r"|virtual )?(?:session|stream|demo)\b",
    r"\b(?:save|reserve) (?:your|my) seat\b|\bbook my seat\b|\blivestream\b|\bvirtual event\b",
    # a reporter as a person (not the French verb, to postpone: "Reporter : <link>")
    r"\bp[oó]dcasts?\b|\b(?:a|an|the|as|i'm|i am|our|your) (?:\w+ )?reporter\b|\breporters?"
    r" (?:at|for|with|from)\b"
    r"|\b(?:podcast |show )?episode (?:\d+|of)\b|\bépisode (?:\d+|de)\b|\bepisodio (?:\d+|de)\b"
    r"|\b(?:an|our|the next|un|notre|le prochain|el|nuestro|el próximo) (?:episode|épisode"
    r"|episodio) (?:about|on|sur|consacré|sobre|dedicado)\b"
    r"|\bpodcastfolge\w*|\bà l'antenne\b"
    r"|\bjournalist\b|\bon the record\b|\bfor (?:a|an|my|our) (?:story|article|feature|piece)\b"
    r"|\bpress (?:interview|inquiry|request)\b",
    # a paid study: "As a thank-you, you'll receive a EUR 60 voucher", "als Dankeschön ein
    # Gutschein", "un bon d'achat", "una tarjeta regalo"
    r"\b(?:€|eur|\$|£)\s?\d+ (?:voucher|gift card|amazon)\b|\b\d+\s?(?:€|eur|euro|\$|£) "
    r"(?:voucher|gift card|gutschein|amazon-gutschein|bon d'achat|cheque regalo|tarjeta regalo)\b"
    r"|\bused for research (?:purposes )?only\b|\bresearch privacy\b|\bals dankeschön\b[^\n]{0,40}"
    r"\bgutschein\b|\bbon d'achat\b|\btarjeta regalo\b|\bcheque regalo\b",
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
    r"\b(?:patient portal|your (?:doctor|dentist|physician|clinic|pharmacy|prescription)|dental "
    r"(?:appointment|cleaning|check-?up|visit)|annual physical|prescription (?:is )?ready)\b",
    r"\b(?:your|my|our) (?:wedding|financial|travel|tax|loan|mortgage|insurance|event) (?:planner"
    r"|advis[eo]r|officer|consultant|specialist|manager)\b",
    r"\bcareer fair\b|\bjob fair\b|\btalent fair\b|\bferia de(?:l)? empleo\b|\bsalon (?:de|pour)"
    r" l'emploi\b|\b(?:job|karriere)messe\b|\byour tickets? (?:for|to|#|number|id|has|have|is"
    r"|are)\b|\bgeneral admission\b|\border #",
    # a language school's placement interview, a residence permit's appointment, a press
    # interview for a series, the user as the one hiring (an ATS's notice to a hiring manager)
    r"\b(?:entretien|test) de positionnement\b|\beinstufungs(?:gespräch|test)\b|\bplacement"
    r" (?:test|interview)\b|\bprueba de nivel\b",
    r"\b(?:gesuch|antrag|verlängerung) (?:um |auf |der |einer )?(?:aufenthalts\w+|ausländerausweis)"
    r"|\b(?:bürgeramt|bürgerbüro|einwohnermeldeamt|standesamt|zulassungsstelle|finanzamt"
    r"|migrationsamt|ausländerbehörde|terminaufgebot|biometrics appointment|oficina de"
    r" extranjería)\b|\b(?:rendez-vous|rdv|demande) (?:de|pour) (?:votre |ton )?titre de séjour\b",
    r"\bvor (?:der )?veröffentlichung\b|\bavant (?:sa )?publication\b|\bbefore (?:it goes|we)"
    r" publish|\bantes de (?:su )?publicación\b",
    # a registration for an event ("You're registered!", "Everyone who registered gets the
    # recording")
    r"(?:\byou(?:'re| are) (?:now )?registered\b|\bthanks? (?:you )?for (?:signing up|registering)"
    r"\b|\b(?:gets?|receive|watch) the recording\b|\bsie sind (?:jetzt )?angemeldet\b|\bdanke für"
    r" (?:ihre|deine) anmeldung\b|\b(?:votre )?inscription (?:est )?(?:bien )?(?:confirmée|validée"
    r"|enregistrée)\b|\bregistration confirmed\b"
    r"|\banmeldung (?:ist )?bestätigt\b)(?![^\n]*\b(?:interview|gespräch|assessment|screen|call"
    r" with|entretien|entrevista|job ?dating|bewerbertag|speed ?interview|journée de recrutement"
    r"|jornada de selección)\w*)",
    r"\binfo(?:rmation)? session\b|\bopen house\b|\bnetworking (?:event|session)\b"
    r"|\binterview prep\b",
)

# An invitation to a meal or a party, by its title ("Invitation: Dinner at Osteria Bruno @ Fri"),
# unless the title names an interview ("Lunch interview with Raj", "Dinner (final round)").
SOCIAL_INVITE = (
    r"(?<![^\n])(?![^\n]*\b(?:(?<!post-)interview\w*|round|onsite|on-site|panel|\w*gespräch\w*|entr"
    r"etien\w*"
    r"|entrevista\w*|entrevue\w*|candidat\w*|bewerb\w*))(?:[\w ]{0,30}: ?)?(?:(?:a |an |our |team )"
    r"?(?:dinner|lunch|brunch|drinks|breakfast"
    r"|birthday|party|bbq|barbecue|picnic|housewarming|wedding|abendessen|mittagessen|frühstück"
    r"|geburtstag\w*|grillen|party|dîner|déjeuner|apéro|anniversaire|pique-nique|cena|comida"
    r"|almuerzo|desayuno|cumpleaños|fiesta|asado))\b",
)

# An application begun on a board or careers site but not sent: a reminder, no news of it.
NOT_SENT = (
    r"\b(?:application|it) (?:has|was|is) not (?:yet )?(?:been )?(?:submitted|sent|completed)\b"
    r"|\b(?:haven't|have not) (?:yet )?(?:submitted|sent|finished) (?:your|the|it)\b"
    r"|\b(?:unfinished"
    r"|incomplete) application\b",
    r"\b(?:bewerbung|sie) (?:\w+ ){0,3}?noch nicht (?:abgeschickt|abgesendet|eingereicht|versendet"
    r"|versandt|abgeschlossen)\b",
    r"\bcandidature (?:n'a |n'est )?pas encore (?:été )?(?:envoyée|finalisée|soumise|validée)\b",
    r"\b(?:aún|todavía) no (?:has|ha) (?:enviado|finalizado|completado) (?:tu|su) (?:candidatura"
    r"|solicitud|postulación)\b",
)

PANEL_MEMBER = (
    # the user asked to take part of the questions ("could you take the questions on finance?",
    # "pourrais-tu poser les questions sur la compta ?", "¿te encargas de las preguntas de...?")
    r"\b(?:could|can|would) you (?:take|handle|ask|cover|lead on) (?:the |some )?questions (?:on"
    r"|about|around)\b",
    r"\b(?:peux|pourrais|voudrais)-tu (?:poser|prendre|t'occuper des) (?:les |quelques )?questions"
    r" (?:sur|de|concernant)\b|\b(?:pouvez|pourriez)-vous (?:poser|prendre) (?:les |quelques )?"
    r"questions (?:sur|de|concernant)\b",
    r"\b(?:puedes|podrías|te encargas de|te encargarías de) (?:hacer )?(?:las |unas |algunas )?"
    r"preguntas (?:sobre|de)\b",
    r"\b(?:joining|join|be on|sit on|part of|for) the (?:interview )?panel for\b",
    # "thanks a million for agreeing to sit on the panel" (not "the directors who agreed to sit on
    # the panel would like to meet you")
    r"\b(?:thanks?|thank you|grateful)\b[^\n]{0,40}\bfor (?:kindly )?(?:agreeing|being willing) to"
    r" (?:sit|serve|be) on (?:the|our|this|my) (?:interview |selection )?(?:panel|board)\b",
    r"\bscorecards?\b|\binterview kit\b|\bsubmit your (?:interview )?feedback\b",
    r"\binterviewer training\b|\binterview (?:loop|debrief) for\b",
    r"\bsit in on\b|\bshadow(?:ing)? (?:the|an|this|my|our) interview\b"
    r"|\binterview (?:with )?(?:our|the|a|this) (?:[\w-]+ ){0,3}candidate\b(?!'s portal| portal)",
    r"\b(?:candidate|hiring|interview) debrief\b|\bdebrief:",
    r"\badded (?:you )?as an interviewer\b|\byou(?:'re| are| have been) (?:scheduled|added|"
    r"invited) (?:as|to be) (?:an )?interviewer",
    # an ATS's notice to the user as the one hiring: an offer for someone else to approve, an
    # application to their own opening (read before the decisions, whose words it uses)
    r"\b(?:requested|requests) your approval for\b|\bals hiring manager (?:eingetragen|hinterlegt)"
    r"\b|\blisted as (?:the )?hiring manager\b|\bneue bewerbung (?:eingegangen|erhalten)\b"
    r"|\bnew (?:application|applicant) (?:received|for)\b|\bnouvelle candidature (?:reçue|pour)\b"
    r"|\bnueva (?:candidatura|postulación) (?:recibida|para)\b|\byou(?:'re| are) (?:an|the)"
    r" approver for\b|\bapproval chain\b|\bapproval requested: offer for\b",
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
    r"\bview (?:this (?:email|message|newsletter) )?(?:in|on) (?:your |a |the )?(?:browser|web)\b"
    r"|\bversion en ligne\b|\bla lettre (?:du|de la|hebdomadaire|mensuelle)\b|\bonline-version\b"
    r"|\bim browser (?:ansehen|öffnen|anzeigen)\b|\bver (?:en el|este (?:correo|email|mensaje) en"
    r" el|en tu) navegador\b|\bversión (?:web|online)\b",
)

# The writer speaks of the interview as theirs (lowercase: people.py runs it on lowercased
# text): "with me", "our call"; they will call ("I'll ring your mobile", "je vous appellerai",
# "ich rufe Sie an", "te llamo").
FIRST_PERSON_INTERVIEWER = (
    # (not "just reply to me and I'll find another time")
    r"\b(?:with me|me and(?! (?:i|we)\b)(?<!reply to me and)(?<!write to me and)(?<!contact me and)"
    r"(?<!email me and)|and me"
    r"|and i\b(?!')|and myself|"
    r"our (?:phone screen|phone call|call|chat|conversation|interview)|speak(?:ing)? with me|"
    r"und ich|und mi[rc]h|sowie ich|mit mir|avec moi|et moi|ainsi que moi|conmigo|y yo|así como"
    r" yo|the (?:three|four) of us"
    r"|wir (?:drei|vier) (?:gehen|schauen|sprechen|besprechen)|nous (?:trois|quatre) (?:allons"
    r"|regarderons|échangerons))\b"
    r"|\bi(?:'ll| will) (?:give you a (?:call|ring|bell|buzz)|(?:call|phone|ring|dial|video ?call)"
    r" (?:you|your))\b|\b(?:it'll|it will) (?:just )?be (?:the two of us|just (?:me|us))\b"
    r"|\bje (?:vous |t'|te )(?:appelle(?:rai)?|téléphone(?:rai)?|rappelle(?:rai)?)\b"
    r"|\bich (?:rufe (?:sie|dich)(?: \w+){0,6} an|melde mich telefonisch)\b"
    r"|\b(?:te|le|os|les) (?:llamo|llamaré|llamaremos|marco)\b"
)
# The meeting named as the writer's own ("our 3pm", "unser Gespräch", "notre rendez-vous",
# "nuestra reunión del miércoles"): the writer is who the candidate meets, where nothing else
# names anyone (people.py's last resort; a coordinator says "our call with Dana"). Lowercase.
WRITER_OWNS_MEETING = (
    r"\b(?<!after )(?<!for )(?<!since )(?<!during )(?<!following )our (?:\d{1,2}(?::\d\d)?"
    r" ?(?:am|pm)|meeting(?! room| point| notes| minutes)|catch-up|coffee|session)\b"
    # (not the conversation already had: "nach unserem Telefonat", "suite à notre échange",
    # "merci pour notre échange", "gracias por nuestra charla")
    r"|\b(?<!nach )(?<!seit )(?<!für )(?<!zu )(?<!in )(?<!an )unser(?:en|em)? (?:gespräch|telefonat"
    r"|termin|treffen|kennenlernen|interview|austausch|videocall)\b"
    r"|\b(?<!suite à )(?<!après )(?<!lors de )(?<!pour )(?<!pendant )(?<!de )notre (?:rendez-vous"
    r"|entretien|échange|rdv|appel|rencontre|visio)\b"
    r"|\b(?<!tras )(?<!después de )(?<!por )(?<!durante )(?<!en )nuestr[oa] (?:reunión|llamada"
    r"|charla|entrevista|cita|videollamada|conversación|encuentro|café)\b"
)
# The writer will see the candidate ("See you Tuesday", "à jeudi !", "bis dann", "nos vemos",
# "ask for me at reception"): their interview only when the message names nobody else who
# will (a recruiter says as much of a meeting with the hiring manager). Lowercase.
_SEE_YOU_WHEN = (
    r"then|there|soon|on|at|tomorrow|today|tonight|next|in|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|wed|thu|fri"
)
WRITER_MEETS_YOU = (
    rf"\bsee you (?:{_SEE_YOU_WHEN})\b|\b(?:speak|talk|chat) (?:to you |with you )?then\b"
    r"|\bask for me\b|\bon se (?:voit|parle|retrouve|capte)\b|\bdemande[zr]?-moi\b"
    r"|à(?<![\w']à) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|tout à l'heure)\b"
    r"|\bwir (?:sehen|sprechen|hören) uns\b"
    r"|\bbis (?:dann|montag|dienstag|mittwoch|donnerstag|freitag|morgen|später)\b"
    r"|\bnos vemos\b|\bhablamos (?:el|mañana|entonces|luego|pronto)\b"
    r"|\bhasta (?:el )?(?:lunes|martes|miércoles|jueves|viernes|mañana|entonces)\b"
    r"|\bpregunt(?:a|ad|e|en) por mí\b"
)
