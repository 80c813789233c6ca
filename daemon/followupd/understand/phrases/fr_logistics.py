"""French interview logistics added to the shared lists (imported by fr.py, which carries them
into the rule table), the traps around them, and the spelling helper both French modules use.

Requests (a booking link, slots to pick, availability asked for, a call proposed), meetings
fixed, moved and called off, and what is not the user's own job interview (events, coaching,
reviews at the user's own job, research, press, the user on a jury). Same conventions as
languages.py; never the name of an employer, a product or a platform.
"""

from __future__ import annotations

_ACCENTS = {c: f"(?:{c}|{p})" for c, p in zip("éèêàâîïôûùç", "eeeaaiiouuc", strict=True)}


def plain(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """Each pattern with every accented letter also matching its plain letter: hurried mail
    writes "a ete pourvu" for "a été pourvu"."""
    return tuple("".join(_ACCENTS.get(c, c) for c in p) for p in patterns)


MEETING = (
    r"(?:entretien|entrevue|rendez-vous|rdv|rencontre|appel|call|visio(?:conférence)?|échange"
    r"|journée d'(?:essai|immersion|embauche|recrutement)|quart d'essai"
    # (a trial at work; not a probation period, a product's free trial or a clinical trial)
    r"|(?<!période d')(?<!periode d')essai(?! gratuit| clinique| thérapeutique))s?"
)
OPENING = r"(?<![^\n])[\s*•·>–-]*"  # the start of a sentence or list item
DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
DAY = f"(?:{DAYS})"

_SLOTS = r"(?:créneaux?|plages? horaires?|horaires?|disponibilités|dispos?|moments?|dates?)"
REQUEST = plain(
    (
        # "Est-ce que tu peux passer faire un essai vendredi 20 mars de 11h à 15h ?"
        r"\b(?:tu peux|vous pouvez|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous) (?:passer|venir)"
        r" (?:faire|pour) (?:un|une) (?:essai|entretien|entrevue|journée d'essai|rencontre)\b",
        # a day and time put as a question: "Est-ce que mardi 10h vous convient ?", "Mardi
        # 10h, ça te va ?" (not "mardi me convient": the user's own answer)
        r"\b(?:" + DAYS + r")\b[^\n!?]{0,40}\b(?:vous|te|t') ?(?:convient|conviendrait|va|irait"
        r"|arrange|arrangerait|dit)\b",
        # "je vous propose un premier échange de 45 minutes", "dis-moi quand t'es dispo"
        r"\bje (?:vous|te) propose (?:un|une) (?:premier |première |court |courte |petit |petite )?"
        r"(?:échange|appel|visio|rencontre|call|point)\b(?![^\n]{0,60}\b(?:contrat|signature"
        r"|arrivée|intégration|onboarding)\b)|\b(?:dis|dites)(?:-moi|-nous| moi| nous)? quand"
        r" (?:t'es|tu es|vous êtes|tu serais|vous seriez) (?:dispo|disponible)\w*(?! pour"
        r" (?:commencer|démarrer|signer|nous rejoindre))",
        # "dites-moi quand vous êtes disponible", "indiquez-nous vos disponibilités"
        r"\b(?:dites|dis|indiquez|indique|faites|fais|communiquez|communique)[- ](?:moi|nous)"
        r"(?: savoir)?,? (?:(?:quand|à quel moment) (?:vous|tu) (?:êtes|seriez|serez|es|serais"
        r"|seras)"
        r" (?:disponibles?|libres?)|vos disponibilités|tes disponibilités|quel(?:le)?s? (?:jours?"
        r"|créneaux?|moments?|horaires?|dates?) (?:vous|te) (?:convien|arrange|irai))",
        r"\b(?:souhaiterais|souhaiterions|aimerais|aimerions|voudrais|voudrions|propose de"
        r"|proposons de) (?:\w+ )?(?:fixer|convenir d'|organiser|planifier|caler|prendre)"
        r" (?:un |une )?(?:rendez-vous|rdv|entretien|entrevue|échange|appel|rencontre)\b",
        r"\bquand (?:je peux|je pourrais|puis-je|nous pouvons|nous pourrions|on peut) (?:vous|te)"
        r" (?:joindre|appeler|contacter|rappeler)\b|\b(?:pouvez|pourriez)[- ]vous me rappeler\b",
        # a booking link or slots to pick
        r"\b(?:réserver|réservez|réserve|choisir|choisissez|choisis|sélectionner|sélectionnez"
        r"|planifier|planifiez|planifie|sélectionne|prendre|prenez|prends|caler|calez|fixons"
        r"|convenir d'un|convenons d'un) (?:directement |dès maintenant |dès à présent |simplement"
        r" )?(?:l'un des |un des |un |une |le |la |votre |ton |ta |mon |ma )?\b(?:créneaux?"
        r"|plages? horaires?|horaires?|rendez-vous|rdv|entretien|entrevue|moment|call|appel"
        r"|visio)\b",
        # the day and time to choose ("Choisissez le jour et l'heure")
        r"\b(?:choisissez|choisis|sélectionnez|réservez)\b[^\n]{0,20}\b(?:le jour|l'heure|la date"
        r"|jour et heure|date et heure)\b",
        # availability asked for
        r"\b(?:m'|nous |me )?(?:indiqu|communiqu|envoy|transmett|donn|partag|précis|propos|dis"
        r"|dites|fais|faites|faire part|laiss)\w*(?:[- ](?:moi|nous))?\b[^\n]{0,40}\b(?:vos|tes"
        r"|quelques|deux|trois|\d(?: ou \d)?"
        r"|plusieurs|des|un ou deux|deux ou trois) (?:\w+ ){0,2}?" + _SLOTS + r"\b",
        r"\bquelles? (?:sont|seraient) (?:vos|tes) " + _SLOTS + r"|\bquand (?:seriez|serais|êtes"
        r"|es|serez|seras)[- ](?:vous|tu) (?:disponibles?|dispos?|libres?)\b|\b(?:seriez|serais"
        r"|êtes|es|serez|seras)[- ](?:vous|tu) (?:disponibles?|dispos?|libres?) (?:pour|le|ce|cette"
        r"|la semaine|" + DAYS + ")",
        # a call or a meeting proposed
        r"\b(?:vous seriez|tu serais|vous êtes|tu es|seriez-vous|serais-tu|êtes-vous|es-tu)"
        r" (?:disponibles?|dispos?|libres?)\b[^\n]*\?|\b(?:auriez|aurais|avez|as)[- ](?:vous|tu)"
        r" (?:un moment|un créneau|un peu de temps|quelques minutes|\d+ ?min\w*|une heure|une"
        r" demi-heure)\b",
        r"\b(?:quel|quelle|quels|quelles) (?:jour|date|créneau|horaire|heure|moment)s? (?:vous |te"
        r" |t')(?:arrange|convien|irai|va)\w*",
        r"\b(?:pourriez|pourrais|pouvez|peux)[- ](?:vous|tu) (?:passer|venir) (?:à|au|nous voir"
        r"|dans|jusqu'à)\b|\b(?:ça|cela) (?:te|vous) (?:dit|dirait|tente"
        r"|tenterait)\b[^\n]{0,20}\b(?:qu'on|que l'on|que nous|de|d')\b",
        r"\b(?:je|nous|on) (?:vous|te) propos\w* (?:un|une|de|d'|qu'on|que l'on|que"
        r" nous)\b[^\n]{0,30}\b(?:échange|entretien|entrevue|call|appel|visio|rencontre"
        r"|rendez-vous|rencontrer|échanger|appeler|parler|discuter)\b",
        r"\b(?:aimerions|aimerais|aimerait|souhaiterions|souhaitons|souhaiterais|voudrions"
        r"|voudrais|serions ravis de|serais ravie? de|serions heureux de) (?:beaucoup |vivement "
        r"|donc )?(?:(?:vous|te) (?:rencontrer|voir|appeler|parler)|(?:échanger|discuter|parler)"
        r" avec (?:vous|toi)|faire (?:plus ample )?connaissance|poursuivre avec (?:un|une) "
        + MEETING
        + r"|(?:vous|te) (?:inviter|convier|convoquer) (?:à|au|pour) (?:un|une|le|la)) ?",
    )
)
# (not "s'il vous plaît", nor a willingness asked: "si ça te dit, prends un créneau", nor
# Spanish: es_logistics reads "si te apetece")
REQUEST_UNLESS = plain(
    (
        # friends' plans: "Je t'invite à boire un verre samedi 14, ça te dit ?"
        r"\b(?:boire un (?:verre|coup|café)|un verre|apéro|resto|dîner|déjeuner ensemble|brunch"
        r"|soirée|anniversaire|fêter|trinquer)\b",
        OPENING + r"(?:si|s'il|dans le cas|au cas|lorsque|une fois)\b(?! (?:vous|te) pla[iî]t\b)"
        r"(?! (?:ça|cela) (?:te|vous) (?:dit|tente|chante|intéresse)\b)(?! (?:te|le|os) (?:apetece"
        r"|anima)\b)(?! vous le souhaitez\b| vous êtes partante?s?\b| tu es partante?\b)"
        # (nor the user still available asked: "si vous êtes encore en recherche, je vous propose")
        r"(?! (?:vous êtes|tu es|t'es) (?:toujours|encore)\b)(?! (?:todavía|aún|sigues)\b)",
    )
)

# Asking the candidate to choose or give a time (the mark of a request).
ASKS_FOR_TIME = plain(
    (
        # "Merci de me confirmer votre disponibilité": the one time put to the user
        r"\bmerci de (?:me |nous )?confirmer (?:votre|ta) disponibilité\b|\b(?:confirmez|confirme)"
        r"-(?:moi|nous) (?:votre|ta) disponibilité\b",
        r"\b(?:vous|t') ?arrange(?:nt|rait|raient|ra|r)?\b|\bvous convien\w*|\bte convien\w*"
        r"|\b(?:lequel|laquelle|quel|quelle) (?:\w+ )?(?:vous|te|t') ?(?:arrange|convien|irait"
        r"|va\b|préfér)",
        r"\b(?:deux|trois|quelques|plusieurs|ces) (?:options|créneaux|possibilités|dates|plages"
        r" horaires)\b|\bcréneaux (?:disponibles|proposés)\b|\b(?:pourrions|pourriez|pouvons"
        r"|pouvez|pourrait|serait-il possible|est-il possible)[- ]?\w* (?:de )?\b(?:décaler"
        r"|déplacer|avancer|reporter|changer)\b",
        *REQUEST[:3],
    )
)
ASKS_FOR_TIME_UNLESS = plain(
    (
        r"\bsi (?:ce|cette|l'horaire|aucun|aucune|jamais|besoin)\b|\bne (?:vous|te) convien\w*"
        r" (?:pas|plus)\b",
        # a meeting proposed at its day and hour, no question asked: "Je vous propose un échange
        # en visio jeudi 12 à 8h30, 45 min" (a way out may follow: "si c'est impossible...")
        r"\b(?:je|nous) (?:vous|te) propos(?:e|ons) (?:un|une|de) [^\n?]{0,40}\b(?:" + DAYS + r")\b"
        r"[^\n?]{0,30}\b\d{1,2} ?h(?:\d\d)?\b(?![^\n]*\?)",
    )
)

# Interview logistics. "Someone's own" meeting: a possessive or article before it.
_OWN = r"(?:votre|ton|ta|notre|l'|le|la|cet|cette|nos|vos) ?(?:[\w-]+ ){0,3}?"
_SET = r"(?:confirmée?|prévue?|fixée?|programmée?|planifiée?|calée?|maintenue?|bloquée?)"
CONFIRM = plain(
    (
        r"\b(?:récapitulatif|détails|informations pratiques|modalités|confirmation"
        r"|rappel)\b[^\n\w]{0,5}(?:de |pour |concernant |sur |du |à )?(?:votre |ton |ta |l'|le |la"
        r" |un |une )?(?:[\w-]+ ){0,2}?(?:entretien|entrevue|rendez-vous|rencontre)s?\b",
    )
)
CONFIRM_SENTENCE = plain(
    (
        r"\b" + _OWN + r"(?:entretien|entrevue|rendez-vous|rencontre|rdv|appel|call|visio)\w*\b"
        r"[^\n]{0,60}?\b(?:est|a été|a bien été|est bien|sera|reste) " + _SET + r"\b",
        r"\b(?:vous|te|t') ?confirm\w* (?:que )?" + _OWN + MEETING + r"\b",
        r"\b(?:vous êtes|tu es) (?:attendue?|convoquée?|inscrite?)\b|\b(?:vous êtes|tu es) (?:à ce"
        r" titre|donc|par la présente|ainsi) convoquée?\b",
        # "jeudi 9h30 me convient parfaitement"
        r"\b(?:me|nous) (?:convient|va|ira) (?:parfaitement|très bien|bien|à merveille"
        r"|tout à fait)\b"
        r"|\b(?:c'est|ce sera) (?:parfait|noté|ok|bon) pour (?:moi|nous)\b",
    )
)
AGREED = plain(
    (
        # (a meeting described, "aura lieu", is fixed only when no choice of times is offered)
        r"\b" + _OWN + r"(?:entretien|entrevue|rendez-vous|rencontre|rdv|appel|call|visio)\w*\b"
        r"[^\n]{0,60}?\b(?:aura lieu|a lieu|se tiendra|se déroulera|se fera)\b",
        r"\b(?:il|elle|ils|elles) (?:t'|vous |te )?(?:a|ont) (?:bien )?(?:bloqué|réservé|calé"
        r"|programmé|planifié|booké)\b",
        # someone else booked it: "Mme Kraus vous a calé jeudi à 14h avec M. Brenner"
        r"\b(?:t'|vous |te )(?:a|ont) (?:bien )?(?:bloquée?|réservée?|calée?|programmée?|planifiée?"
        r"|bookée?|inscrite?) (?:un (?:créneau|rendez-vous) )?(?:avec|pour|le|ce|demain|lundi|mardi"
        r"|mercredi|jeudi|vendredi|samedi|à)\b",
        r"\b(?:je|j'|nous|on) ?(?:t'|te |vous )?(?:ai|avons|a) (?:bien )?\b(?:bloqué|réservé|calé"
        r"|noté|inscrite?|programmé|planifié|booké)\b",
        r"\b(?:je|nous|on) (?:vous |t'|te )?(?:envoie|envoyons|transmets|transmettons) (?:l'|une "
        r"|un |le )?(?:invitation|invit|lien)\b",
        r"\bc'est (?:donc |bien )?(?:calé|noté|bon|confirmé|réservé|booké|fixé|validé|parfait"
        r"|ok)\b",
        r"\b(?:je|nous|on) (?:vous |te |t')(?:appellerai|appellerons|appellera|rappellerai"
        r"|rappellerons|retrouverai|retrouverons|retrouvera|verrai|verrons|verra|attendrai"
        r"|attendrons|attends|attendons|attend|recevrai|recevrons|recevra|rencontrerai"
        r"|rencontrerons)\b",
        r"\b(?:va pour|ça marche pour|ok pour|d'accord pour|rendez-vous (?:est )?pris|on se (?:dit"
        r"|retrouve|voit|cale))\b|(?<![^\n])à \b" + DAY + r"\b",
    )
)
INVITATION = plain(
    (
        # "Passez nous voir lundi 23 mars à 9h30", "venez nous rencontrer à l'atelier"
        # "Je vous propose de passer à l'hôtel mardi 5 mai à 10h, si ça ne va pas dites-le-moi"
        r"\b(?:je|nous|on) (?:vous|te) propos(?:e|ons) de (?:passer|venir)\b|\b(?:je|nous) (?:vous|"
        r"te)"
        r" propos(?:e|ons) (?:un|une) (?:premier |court |petit )?(?:échange|entretien|rendez-vous"
        r"|rencontre|appel|point|visio)\b",
        r"\b(?:passez|passe|venez|viens) (?:nous|me) (?:voir|rencontrer)\b|\b(?:passez|passe)"
        r" (?:au|à notre|à l') (?:bureau|agence|atelier|local|locaux)\b",
        r"\b(?:vous|tu) (?:rencontrerez|rencontreras|serez reçue?|seras reçue?|échangerez)\b",
        # "on organise une journée d'embauche sur place : samedi 21 février, entre 9 h et 13 h"
        r"\b(?:on|nous) organis(?:e|ons) (?:une|un|des) (?:\w+ )?" + MEETING + r"\b",
        r"\b(?:souhaite|souhaitent|veut|veulent|aimerait|aimeraient) vous (?:revoir|voir"
        r"|rencontrer)\b|\b(?:souhaite|souhaitent|veut|veulent|aimerait|aimeraient) te (?:revoir"
        r"|voir|rencontrer)\b",
    )
)
THREAD_AGREED = plain((r"\bc'est (?:donc |bien )?(?:calé|noté|réservé|booké|fixé|validé)\b",))
# Adverbs that link a sentence to the one before without changing it ("est donc reporté").
_LINKING = r"(?:(?:donc|ainsi|alors|finalement|exceptionnellement|malheureusement|de nouveau) )?"
RESCHEDULE = plain(
    (
        # "l'entretien ne commence plus à 10h mais à 11h15"
        r"\bne (?:commence|débute|démarre) plus (?:à|le)\b[^\n]{0,40}\bmais (?:à|le|plutôt)\b",
        r"\b(?:modifi|chang|décal|déplac|avanc|repouss|report|reprogramm)\w* (?:l'heure|la date"
        r"|l'horaire|le créneau|le jour)\b",
        r"\b(?:décal|déplac|repouss|report|reprogramm)\w* " + _OWN + MEETING + r"\b",
        r"\b"
        + MEETING
        + r"\b[^\n]{0,40}\b(?:est|a été|sera) "
        + _LINKING
        + r"(?:décalée?|déplacée?|repoussée?"
        r"|reportée?|avancée?|reprogrammée?|modifiée?)\b",
        r"\bau lieu de (?:\d|" + DAYS + r"|midi|la date|l'heure|l'horaire|ce qui était prévu"
        r"|initialement)|\binitialement prévue?\b|\b(?:nouvel(?:le)?|nouveau) (?:horaire|créneau"
        r"|date|heure)(?: (?:est|sera|retenue?|convenue?)\b| ?:)",
    )
)
CANCEL = plain(
    (
        r"\b(?:annul|décommand)\w*\b[^\n]{0,40}\b" + MEETING + r"\b",
        # (a name, an address and a job title may sit between the meeting and its verb)
        r"\b" + MEETING + r"\b[^\n]{0,160}?\b(?:(?:est|a été|sera|doit être) (?:malheureusement "
        r"|donc |finalement |hélas )?(?:annulée?|décommandée?)|n'aura (?:donc |finalement"
        r" |hélas )?pas lieu|ne pourra pas avoir lieu|ne peut pas avoir lieu)\b",
    )
)
# A first day at work after an offer was accepted is no interview.
CONFIRM_UNLESS = plain(
    (r"\bpremier jour\b|\bprise de (?:poste|fonctions?)\b|\bintégration\b|\bdémarrage\b",)
)
CONFIRM_SENTENCE_UNLESS = CONFIRM_UNLESS
CANCEL_UNLESS = plain(
    (
        r"\bpour (?:annuler|décommander|modifier|déplacer)\b|\ben cas d'(?:empêchement"
        r"|annulation)\b|\bsi (?:vous|tu) (?:devez|dois|souhaitez|souhaites|voulez|veux)"
        r" (?:annuler|décommander|modifier|déplacer)\b|\bà l'avance\b|\bau moins \d+ ?h",
    )
)

# Not hiring: events, coaching, reviews at the user's own job, research, press.
NOT_HIRING = plain(
    (
        r"\bwebinaires?\b|\blive (?:recrutement|emploi|carrières?|métiers?)\b|\b(?:session"
        r"|réunion)s? d'information\b|\bportes ouvertes\b|\bforum (?:entreprises|emploi|de"
        r" l'emploi|des métiers|de recrutement)\b|\bsalon (?:de l'emploi|du recrutement|des"
        r" métiers|virtuel)\b",
        r"\bsimulations? d'entretiens?\b|\bentretiens? blancs?\b|\bentretiens? (?:annuels?"
        r"|professionnels?|d'évaluation|de suivi|de fin d'année|de mi-année|de départ"
        r"|d'appréciation)\b",
        r"\b(?:entretien|recherche|étude|test)s? utilisateurs?\b|\bcartes? cadeaux?\b|\bbons?"
        r" d'achat\b|\bjournalistes?\b|\bpour (?:un|une|notre|mon) (?:article|reportage"
        r"|émission)\b",
        r"\benquête de satisfaction\b|\bvotre avis nous (?:aide|intéresse)\b"
        r"|\brecommanderiez-vous\b",
        r"\b(?:médecin|dentiste|ordonnance|consultation médicale|votre praticien)\b",
        # a child's school ("votre fils", "le professeur principal", "vie scolaire")
        r"\b(?:votre|ton) (?:fils|fille|enfant)\b|\bprofesseure? principale?\b|\bvie scolaire\b"
        r"|\bconseil de classe\b|\bl'élève\b|\bpronote\b|\bsalle des professeurs\b|\borientation en"
        r" (?:seconde|première|terminale|troisième)\b",
        # the user as someone else's referee
        r"\bvous (?:a|ont|avait|avaient) (?:cité|indiqué|désigné|donné|mentionné|proposé)e?s?"
        r" (?:comme|en tant que) (?:\w+ )?(?:référen(?:ce|t|te)s?|personnes? de référence)\b",
    )
)
PANEL_MEMBER = plain(
    (
        r"\b(?:faire|fasses|fassiez) partie (?:du|d'un) jury\b|\b(?:participer|siéger) (?:au|à un)"
        r" jury\b|\bgrilles? d'évaluation\b|\bfaire passer (?:les |des |ces )?entretiens (?:aux"
        r"|des) candidat",
    )
)
JOB_ALERT = plain(
    (
        r"\bnouve(?:aux|lles?|l) (?:emplois?|offres?|postes?|opportunités)\b|\balertes? emploi\b"
        r"|\boffres? (?:d'emploi )?correspond\w* à (?:votre|ton) (?:abonnement|alerte|recherche)\b",
    )
)
# (not the alert phrases: job boards put "new offers for you" under receipts and refusals)
NEWSLETTER = plain(
    (
        r"\bcette newsletter\b|\blettre d'information\b|\bvous (?:avez créé|êtes abonnée?) (?:à"
        r" )?(?:une|cette|votre) alerte\b",
    )
)
HIRING_WORDS = (
    *plain(
        (
            r"\bentrevues?\b|\brecrut\w*|\bpostul\w*|\bembauch\w*|\bstagiaires?\b|\bstage (?:de|d'"
            r"|en)\b|\balternan\w*|\bintérimaires?\b|\b(?:en|d'|l'|par) intérim\b",
            r"\b(?:votre|ton|vos|tes) (?:cv|parcours|lettre de motivation)\b"
            r"|\bressources humaines\b|\bacquisition de talents\b|\bprocessus de sélection\b",
            r"\bchasseur de têtes\b|\btjm\b|\bportage salarial\b|\bmission en portage\b",
            r"\bjournée d'embauche\b|\bquart d'essai\b|\bpostes? (?:\w+ )?à pourvoir\b",
        )
    ),
    r"\bintérim\b",  # (with its accent only: "interim" is an English word too)
)

# An application for something else than a job (rules.py: its news is no hiring news).
OTHER_APPLICATION = plain(
    (
        # (not "admission": a concours admits candidates to a public post)
        r"\bdossier de location\b|\bcandidature (?:au|pour le|pour un) logement\b"
        r"|\b(?:demande|offre) de (?:prêt|crédit)\b|\bparcoursup\b",
        r"\bappel à (?:communications|propositions|conférenciers)\b|\b(?:votre|ta) proposition de"
        r" (?:talk|conférence|communication)\b|\bhackathon\b|\bbénévol\w*",
        r"\bdemande d'adhésion\b|\badhésion (?:au club|au cercle|à l'association)\b"
        r"|\bmembre actif\b",
        r"\bespace (?:orateur|oratrice|speaker|conférencier)s?\b|\bcomité de programme\b"
        r"|\bappel à (?:orateurs|sujets|talks)\b",
        r"\bbourses? (?:d'études|de recherche|de mobilité)\b|\b(?:votre|ta) (?:demande|dossier) de"
        r" (?:bourse|subvention)\b|\bvous (?:attribuer|accorder|octroyer) (?:une|la) (?:bourse"
        r"|subvention)\b",
    )
)
