"""French phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail (France, Belgium,
Switzerland, Québec; vous and tu); never the name of an employer, a product or a platform.
Decisions are read as what they are in language: the application not continued (a negated
"poursuivre", "donner suite", "retenir"...), others chosen, the role gone, the candidate judged
no fit; each with the negation "ne ... pas/plus/guère" in its usual places, the adverbs French
puts inside it ("ne sommes malheureusement pas en mesure de"), elision ("n'", "l'", "qu'") and
gendered forms ("retenu·e", "candidat(e)"). "pas encore" is never a decision: it is a wait.
This module holds the decisions (rejections, offers) and the conditionals that veto them;
receipts and holding replies are in fr_waits.py, interview logistics (requests, confirmations,
moves, cancellations) and the traps around them in fr_logistics.py; this module carries all of
them into the rule table.
"""

from __future__ import annotations

from followupd.understand.phrases.fr_logistics import (
    AGREED,
    ASKS_FOR_TIME,
    ASKS_FOR_TIME_UNLESS,
    CANCEL,
    CANCEL_UNLESS,
    CONFIRM,
    CONFIRM_SENTENCE,
    CONFIRM_SENTENCE_UNLESS,
    CONFIRM_UNLESS,
    HIRING_WORDS,
    INVITATION,
    JOB_ALERT,
    NEWSLETTER,
    NOT_HIRING,
    OTHER_APPLICATION,
    PANEL_MEMBER,
    REQUEST,
    REQUEST_UNLESS,
    RESCHEDULE,
    THREAD_AGREED,
)
from followupd.understand.phrases.fr_logistics import MEETING as _MEETING
from followupd.understand.phrases.fr_logistics import OPENING as _OPENING
from followupd.understand.phrases.fr_logistics import plain as _plain
from followupd.understand.phrases.fr_waits import (
    ACKNOWLEDGEMENT,
    ACKNOWLEDGEMENT_UNLESS,
    DELAY,
    DELAY_UNLESS,
    HOLDING,
    HOLDING_UNLESS,
)

_FEM = r"(?:e|\(e\)|·e|\.e|-e)?"  # "retenu", "retenue", "retenu(e)", "retenu·e"
# Adverbs that sit inside a negation without changing what it says.
_SOFT = (
    r"(?:(?:malheureusement|hélas|donc|finalement|toutefois|cependant|néanmoins|actuellement"
    r"|vraiment|aujourd'hui|au final) )*"
)
_NOT = r"(?:pas|plus|guère|point)"
_YOURS = r"(?:votre|ta|ton|vos|tes|la vôtre|le vôtre|le tien|la tienne|cette candidature)"
# What a decision denies: the application continued, the candidate met, an offer made.
_ONWARD = (
    r"(?:poursuivre|continuer|aller (?:plus loin|de l'avant)|avancer (?:avec|sur|dans|plus loin)"
    r"|donner (?:une |de |d'autre )?suite|réserver une suite|répondre (?:favorablement"
    r"|positivement)|(?:donner|apporter) une réponse (?:favorable|positive)|entrer en matière"
    r"|(?:retenir|prendre en (?:considération|compte)) " + _YOURS + r"|(?:vous |te |t')"
    r"(?:retenir|inviter (?:à|au|pour)|convier|convoquer|recruter|engager|embaucher|proposer (?:le"
    r" poste|un poste|ce poste|le stage|un contrat|une offre|un (?:\w+ )?entretien|une (?:\w+"
    r" )?entrevue|d'entretien|la suite|une suite|la prochaine étape|de (?:poursuivre|continuer"
    r"|passer|rejoindre)|d'aller)|faire (?:une |de |d')(?:proposition|offre)|offrir (?:le poste|un"
    r" poste|ce poste|le stage|un contrat|une opportunité|de poste|d'emploi|de contrat)))"
)
_RETAINED = r"(?:retenu|sélectionné|présélectionné)"
_PERSON = r"(?:candidat|candidature|profil|personne|postulant|finaliste|intérimaire|collègue)\w*"
_ROLE = r"(?:poste|offre|mission|emploi|stage|alternance|recrutement|besoin|fonction|concours)"
_GONE = r"(?:pourvu|comblé|supprimé|clôturé|clos|fermé|annulé|retiré|attribué|abandonné)"

# The search goes on without the user ("nous avons décidé de poursuivre nos recherches"), not
# a search that keeps the user's application open ("... et reviendrons vers vous").
_GOES_ON = (
    r"(?![^\n]{0,80}\b(?:reviendr|revenir vers vous|tiendr\w* informé|vous recontact|toujours en"
    r" (?:lice|cours)|reste(?:z|ra)? (?:en lice|dans le processus)|parallèlement|en parallèle"
    r"|au courant|vous informer|vous écrire|vous dire))"
)
REJECTION = _plain(
    (
        # the post offered to another ("proposer le poste à un autre candidat")
        r"\b(?:proposer|proposé|confier|confié|offrir|offert|attribuer|attribué) (?:le|ce|notre) (?"
        r":[\w'-]+"
        r" ){0,4}?(?:poste|rôle|emploi|contrat) à (?:un|une) (?:autre|seconde) (?:\w+ )?(?:candidat"
        r"|candidate|personne|profil|finaliste)\w*",
        # "pouvoir" negated without "pas", as formal French writes it ("n'a pu être retenue")
        r"\bn'(?:a|avons|ont|ai|avait|avaient) pu (?:être )?(?:retenue?s?|retenir"
        r"|donner (?:une )?suite"
        r"|y donner suite)\b",
        # the search going on without the user ("nous avons décidé de poursuivre nos recherches",
        # "poursuivre nos recherches avec d'autres profils"), not a search still open to them
        r"\b(?:décidé|choisi|préféré|préférons) de (?:poursuivre|continuer) (?:nos|les|notre|la)"
        r" recherches?\b" + _GOES_ON,
        r"\b(?:poursuivre|continuer|poursuivons|continuons) (?:nos|les) recherches? (?:avec|vers"
        r"|auprès d') d'autres (?:profils|candidat)" + _GOES_ON,
        # someone from inside chosen ("opté pour une promotion interne")
        r"\b(?:opté|optons|choisi|privilégié|retenu) (?:pour )?(?:une|la) (?:promotion|solution"
        r"|mobilité|candidature) interne\b|\b(?:choisi|décidé|préféré) de promouvoir (?:quelqu'un"
        r"|un collaborateur|une collaboratrice|une personne)\b",
        # parti sur un autre profil ("ils sont partis sur un profil plus senior", "on va aller
        # avec une autre candidate")
        r"\b(?:partis?|partie|parties|aller|allés?|allons|opté|optons) (?:sur|avec|pour) (?:un|une)"
        r" (?:autre |\w+ )?(?:profil|candidat|candidate|personne)\b(?: (?:plus|autre|différent))?",
        # a table's status cell after a number, at its line's end
        # ("Analyste 4471 Candidature non retenue")
        r"(?<=[\d)|][ \t])(?:candidature non retenue|non retenue?|candidature refusée"
        r"|poste pourvu)["
        r" \t.]*(?![^\n])",
        # a status set to a refusal ("Nouveau statut : Refusée"), the process ended for the user
        r"\bstatut\b[^\n]{0,30}?:\s*(?:refusée?|non retenue?|candidature (?:refusée|non retenue)"
        r"|rejetée?|clôturée?|déclinée?)\b",
        r"\b(?:processus|procédure|recrutement|candidature)\b[^\n]{0,80}\b(?:est|a été)"
        r" (?:terminée?|clôturée?|close|achevée?) pour (?:vous|toi)\b",
        # a status line whose colon a layout lost ("Statut  Processus clôturé pour votre
        # candidature")
        r"\b(?:processus|procédure|recrutement)(?: de recrutement)? (?:clôturé|terminé|clos|achevé)"
        r" pour (?:vous|toi|votre candidature|ta candidature)\b",
        # the post given to a candidate described ("...un candidat qui possède déjà...")
        r"\b(?:pourvoir|attribuer|confier) (?:le|ce|la|cette) (?:poste|mission|fonction)\b"
        r"[^\n]{0,30}\b(?:à|avec|par) (?:un|une) (?:\w+ )?(?:candidat|personne|profil)\w*"
        r" (?:qui|dont)\b",
        # the application not continued: a negated "poursuivre", "donner suite", "retenir"...
        r"\bne (?:pas|plus|point) (?:pouvoir |vouloir |souhaiter |être en mesure d(?:e |'))?"
        r"(?:y |en )?" + _ONWARD,
        r"\b(?:ne |n')(?:vous |te |t'|nous )?(?:pouv|pourr|peu[xt]|sommes|serons|serions|suis"
        r"|serai|est|sera|avons|ai|a|allons|va|vais|vont|souhait|voul|veu[xt]|permet|envisag)\w* "
        + _SOFT
        + _NOT
        + " "
        + _SOFT
        + r"(?:(?:pu|été|en mesure d(?:e|')|possible d(?:e|')|pouvoir|de|d') ?)*(?:y |en )?(?:"
        + _ONWARD
        + r"|donné suite)",
        r"\bne (?:pouv\w*|pourr\w*|peu[xt]) " + _SOFT + r"(?:y |en )?" + _ONWARD,
        r"\b(?:impossible|pas possible)"
        r" " + _SOFT + r"(?:pour (?:nous|moi|eux|le client) )?d(?:e |')"
        r"(?:y |en )?" + _ONWARD,
        # spoken French drops the "ne": "on va pas pouvoir", "nous sommes pas en mesure de"
        r"\b(?:pouv|pourr|peu[xt]|sommes|va|allons|vais|souhait)\w* "
        + _SOFT
        + r"\bpas "
        + _SOFT
        + r"(?:(?:pu|en mesure d(?:e|')|possible d(?:e|')|pouvoir|de|d') ?)*(?:y |en )?"
        + _ONWARD,
        r"\b(?:ne |n')(?:vous |te |t')?(?:poursuiv|continu|retien|retenon|retiendr)\w* "
        + _SOFT
        + _NOT,
        r"\b(?:ne |n')donn\w* " + _SOFT + r"(?:pas|plus|aucune) (?:de |une )?suite\b|\bne sera "
        r"(?:pas|plus) donné suite\b|\baucune suite (?:ne|favorable)\b",
        r"\b(?:ne |n')(?:vous |te |t')\w+ "
        + _SOFT
        + _NOT
        + r" (?:pu |été )?"
        + _RETAINED
        + _FEM
        + r"\b",
        r"\bpas (?:pu )?(?:été |être )(?:" + _RETAINED + r"\w*|prise? en (?:considération|compte)"
        r"|jugée? (?:prioritaire|pertinente?|adaptée?|suffisante?))|\b(?:candidature|postulation"
        r"|dossier)\b[^\n]{0,40}\bn'a " + _SOFT + r"pas (?:pu )?abouti",
        # ("pas retenu de date" is about something else than the candidate)
        r"\b(?:non|pas) " + _RETAINED + _FEM + r"(?![\w(·-]|\.\w| (?:de |d'|l'|un |une |ce |cette "
        r"|les |la (?!vôtre|tienne)|le (?!vôtre|tien)))",
        r"\bclassée? sans suite\b|\b(?:suite|réponse|avis|issue) (?:est )?(?:négative"
        r"|défavorable)\b|\b(?:réponse|statut|décision|résultat|avis)\b[^\n]{0,30}: ?(?:négative?"
        r"|défavorable|refusée?|refus|non retenue?)\b",
        r"(?<!encore )\b(?:pas|aucune) (?:de |une |d'|avoir (?:une |de |d')?)?(?:bonne"
        r"|meilleure)s? nouvelles? (?:à|a) (?:vous|te|t') (?:annoncer|apporter|donner"
        r"|transmettre)\b",
        # others chosen
        r"\b(?:retenu|choisi|sélectionné|privilégié|préféré|recruté|embauché|engagé|nommé|trouvé"
        r"|opté pour)\b (?:finalement |plutôt |donc )?(?:(?:un|une|des|d'autres|deux|l'autre|les "
        r"autres) (?:autres? )?" + _PERSON + r"|quelqu'un)(?! (?:comme vous|comme toi))",
        r"\b(?:retenir|choisir|sélectionner|privilégier|avancer avec|poursuivre (?:le processus "
        r"|notre processus |la suite )?avec|continuer (?:le processus )?avec) (?:un autre|une autre"
        r"|d'autres|quelqu'un d'autre|des|une|un) " + _PERSON,
        r"\b(?:part|partons|pars|parti|partir) (?:finalement |plutôt |donc )?sur (?:un autre|une"
        r" autre|d'autres|quelqu'un|un profil|une candidate?|un candidat)\b",
        r"\b(?:le|la) (?:candidat|candidate|candidature|personne|profil) (?:finalement )?retenue?"
        r" (?:dispose|possède|a |avait|correspond|présente|était|est |cumule|bénéficie)",
        r"\b(?:arrêté|porté|fixé) (?:notre|son|leur|mon) choix sur (?!vous|votre|ta |ton |toi)"
        r"|\b(?:donné|accordé) (?:la )?(?:préférence|priorité) (?:à|a) (?:un|une|des|d'autres"
        r"|quelqu'un)\b|\b(?:les|des) (?:profils|candidats|candidates|candidatures|personnes)"
        r" (?:finalement )?retenue?s (?:correspond|répond|dispos|possèd|présent|avaient|ont)",
        r"\bchoix (?:\w+ )?(?:s'est|se sont|a été|s'était) (?:finalement |donc )?(?:porté|arrêté"
        r"|orienté|tourné)e?s? (?:sur|vers) (?!vous|votre|ta |ton |toi)",
        r"\b(?:attribué|proposé|offert|confié|accordé)e?\b (?:le poste |la mission |ce poste "
        r"|l'offre )?(?:à|a) (?:un autre|une autre|quelqu'un|un candidat|une candidate|une"
        r" personne|un profil|d'autres|une? intérimaire|une? collègue|un interne|une interne)"
        # (not a school's or a landlord's place: "attribuée à un autre enfant")
        r"(?! (?:enfant|élève|famille|foyer|locataire|ménage|patient|dossier|demandeur)s?\b)",
        r"\b(?:fait|adressé|transmis|proposé|formulé|envoyé) (?:une|notre|l'|la) (?:offre"
        r"|proposition)(?: d'embauche| d'emploi)? (?:à|a) (?:un autre|une autre|quelqu'un|un"
        r" candidat|une candidate|une personne|un profil)",
        r"\b(?:pourv\w*|privilégi\w*|retenu|choisi|opté pour|recrutée?|recruter)"
        r" [^\n]{0,30}\b(?:en interne|une? (?:candidat\w*|personne|profil|mobilité) \binterne)",
        r"\bdonner une (?:autre|nouvelle) (?:orientation|direction) (?:à|a) (?:ce|notre|cette|la)",
        # "le poste sera finalement occupé par quelqu'un de l'équipe marketing", "on ferme donc
        # le recrutement externe"
        r"\b" + _ROLE + r"\b[^\n]{0,40}\b(?:sera finalement|est désormais|sera désormais|sera)"
        r" (?:occupé|repris|confié)e? (?:par|à) (?:quelqu'un|une personne|un collègue|une collègue"
        r"|un membre|l'un|l'une) (?:de|d')\b(?![^\n]*\b(?:en attendant|par intérim|temporairement"
        r"|pendant (?:son|votre|ton) absence|jusqu'à)\b)",
        r"\b(?:on ferme|nous fermons|nous clôturons|on clôture|on arrête|nous arrêtons)"
        r" (?:donc )?le recrutement(?: externe)?\b(?!\s*(?:lundi|mardi|mercredi|jeudi|vendredi"
        r"|samedi|dimanche|le\b|fin\b|d'ici|dans\b|demain|ce\b|cette|à\b|au\b|\d))",
        # the role gone ("pas encore pourvu" and "sera pourvu" are not)
        r"\b" + _ROLE + r"\b(?:(?!" + _MEETING + r")[^\n]){0,60}?\b(?:a été|ont été|est|sont"
        r"|vient d'être|avait été|a déjà été|a finalement été) (?:déjà |désormais |finalement "
        r"|maintenant |entre-temps |aujourd'hui |récemment )?" + _GONE + r"(?:e|s|es)?\b",
        r"\b(?:poste|mission) (?:déjà )?(?:pourvu|comblé)e?s?\b|\b(?:avons|ont|a) (?:finalement "
        r"|déjà |désormais )?(?:pourvu|comblé|supprimé|clôturé) (?:le|ce|la|cette|l') ?(?:poste"
        r"|mission|offre|recrutement|stage|besoin)\b",
        r"\b(?:recrutement|processus de (?:recrutement|sélection)|procédure de"
        r" recrutement)\b[^\n]{0,40}\b(?:est|a été) (?:désormais |maintenant |aujourd'hui"
        r" )?(?:terminé|finalisé|achevé|bouclé|clôturé|clos)\b",
        r"\b(?:supprim|clôtur|annul)\w* (?:le|ce|son|notre|leur|la|cette|l') ?\b(?:poste"
        r"|recrutement|besoin|offre|annonce|mission|processus de recrutement)\b",
        r"\b" + _ROLE + r"\b[^\n]{0,40}\b(?:n'est|n'était|ne sera) plus (?:d'actualité|disponible"
        r"|ouverte?|à pourvoir|vacante?)\b|\bbesoin (?:n'existe plus|disparaît|a disparu)\b",
        r"\b(?:processus|procédure|recrutement|aventure)\b[^\n]{0,40}?\b(?:s'arrête\w*|prend fin"
        r"|se termine|s'achève)\b[^\n]{0,30}?\b(?:ici|là|pour (?:vous|toi|votre candidature|ta"
        r" candidature))\b|\b(?:mis|mettre|mettons|met) fin (?:au|à (?:notre|ce|la)) (?:processus"
        r"|recrutement|procédure)\b",
        # judged no fit ("même si ... ne correspond pas" concedes, it decides nothing)
        _OPENING + r"(?:(?!même si|bien que)[^\n])*?\b(?:profil|candidature|expérience|parcours"
        r"|compétences|dossier|qualifications|cv|formation|vous|tu)\b[^\n]{0,50}?\b(?:ne "
        r"|n')(?:\w+ )?(?:(?:correspond|répond|coll|rejoi[gn]|coïncid|satisf|s'align|cadr)\w* "
        + _SOFT
        + _NOT
        + r"\b|(?:est|sont|était|semble\w*|es) "
        + _SOFT
        + _NOT
        + r" (?:assez |suffisamment |tout à fait |encore )?(?:en adéquation|adapté|aligné"
        r"|en phase|compatible|le bon|la bonne))",
        r"\b(?:ne |n')(?:\w+ )?(?:correspond|répond)\w* " + _SOFT + _NOT + r" (?:tout à fait "
        r"|entièrement |suffisamment |exactement |pleinement )?(?:à|aux|au) (?:nos|notre|la|les|l'"
        r"|ce|cet|cette|ses|leurs?) ?(?:\w+ ){0,2}?(?:attentes|besoins|exigences|critères|profil"
        r"|poste|recherches?|prérequis)\b",
        r"\bsur-?qualifiée?s?\b",
    )
)
REJECTION_UNLESS = _plain(
    (
        # not ruled out: "votre candidature n'est pas écartée", "n'a pas été rejetée"
        r"\bn'(?:a|est|ont|sont) pas (?:été )?(?:écartée?s?|rejetée?s?|refusée?s?|close|clôturée?)"
        r"\b"
        r"|\btoujours (?:en lice|dans la course)\b",
        # an interview called off is not the application refused
        r"(?<![^\n])(?![^\n]*\b(?:autres? (?:candidat|profil|personne)|pas (?:donner )?suite"
        r"|ne pas poursuivre|pas été retenue?)\w*)[^\n]*?"
        r"\b(?:entretien|entrevue|rendez-vous|rdv|échange|appel)s?\b[^\n]{0,160}\b(?:est|sont|a été"
        r"|ont été|sera|doit être|devra être) (?:annulée?s?|reportée?s?|décalée?s?|déplacée?s?)\b",
        # a condition opening the sentence decides nothing (a concessive "si ..., toutefois"
        # does)
        # (nor does a Spanish "si bien", "although", or "si ..., sin embargo")
        _OPENING + r"(?:si(?! bien\b)|s'ils?|sauf si|lorsque?|lorsqu'|quand|dès que|dès qu'|une"
        r" fois|dans le cas|au cas|à défaut|sans réponse|sans retour|en l'absence|en"
        r" cas)\b(?![^\n]*\b(?:toutefois|cependant|néanmoins|malheureusement|hélas|sin embargo"
        r"|no obstante|lamentablemente)\b)",
        r"\b(?:pourrez|pourras|pouvez|peux|devrez|devras|veuillez|merci de) (?:le |la"
        r" )?(?:considérer|estimer|conclure|en déduire)\b|\bconsidér(?:ez|er|erez) que\b|\bpassé"
        r" (?:ce|un|le) délai\b",
        r"\b(?:ne |n')(?:signifie|veut dire|implique|constitue)\w* (?:pas|en aucun cas)\b|\bn'est"
        r" pas un (?:refus|non)\b",
        r"\bquelle que soit\b|\bquelle qu'elle soit\b|\bqu'elle soit (?:positive|négative"
        r"|favorable)\b|\bpositive ou (?:négative|non)\b|\bdans tous les cas\b|\bquoi qu'il"
        r" arrive\b",
        r"\bles (?:candidat|candidature|personne|dossier|profil)\w* (?:qui ne|non|n'ayant pas)\b"
        r"|\bseront (?:inform|avis|contact|prévenu)\w*|\brecevront\b",
        r"\bune? (?:candidat|candidate|personne|candidature)\w* (?:non|pas) retenue?\b",
        r"\bfélicitations\b|\bplaisir de (?:vous|te) proposer\b|\bbienvenue (?:chez|parmi|dans)\b",
        r"\bdont (?:vous|toi|le vôtre|la vôtre|le tien|la tienne)\b|\ben (?:faites|fais) partie\b",
        # an interview called off or moved is not the application refused
        r"(?<![^\n])(?![^\n]*(?:pourvu|supprim|autre candidat|autre profil|autre"
        r" personne|équipe est (?:déjà |maintenant )?(?:complète|au complet)))[^\n]*(?:\b(?:"
        r"(?:annul|décal|déplac|reprogramm|décommand)\w*|report(?:er|ée?s?|ons|ez)\b)[^\n]{0,60}\b"
        + _MEETING
        + r"\b|\b"
        + _MEETING
        + r"\b[^\n]{0,60}\b(?:annulé|reporté|décalé|déplacé|n'aura pas lieu"
        r"))",
    )
)

OFFER = _plain(
    (
        # "le comité a été unanime, et nous aimerions vous confier le contrat en francisation"
        r"\b(?:aimerions|souhaitons|souhaiterions|voudrions|avons décidé de) vous confier (?:le|la|"
        r"ce"
        r"|cette) (?:contrat|poste|mission|remplacement|classe|direction)\b",
        # a selection board's decision: "le jury a décidé de proposer votre recrutement"
        r"\b(?:a|ont) (?:décidé|résolu|retenu) de proposer (?:votre|ton) (?:recrutement|embauche"
        r"|nomination)\b",
        # a small employer's yes: "on aimerait vous prendre pour la saison"
        r"\b(?:on|nous) (?:aimerait|aimerions|voudrait|voudrions|souhaite|souhaitons|va|allons)"
        r" (?:bien |volontiers )?(?:vous|te) prendre (?:pour|comme|en|à partir|dès|chez)\b(?![^\n]*"
        r"\b(?:entretien|essai|rendez-vous|rdv|appel|emplacement|réservation|nuitées?|chambre|cours"
        r"|séjour|mobil-home|location|forfait|tarif)\b)",
        # the client's yes relayed: "le client a décidé de vous confier la mission"
        r"\ba (?:finalement )?décidé de (?:vous|te) (?:confier (?:la|cette) (?:mission|poste|direct"
        r"ion)"
        r"|recruter|embaucher|engager)\b",
        r"\b(?:aimerait|aimerions|aimerais|voudrions|souhaitons|souhaiterions|serions ravis"
        r"|serions heureux) (?:vraiment |beaucoup |vivement )?que (?:tu nous rejoignes|vous nous"
        r" rejoigniez)\b(?![^\n]*\b(?:entretien|entrevue|rencontr|échange)\w*)",
        # an agency relaying the client's yes ("ils te veulent !")
        r"\bils (?:te|vous) veulent\b(?! (?:en entretien|rencontrer|revoir|voir))|\bils veulent (?:"
        r"te|vous)"
        r" (?:recruter|embaucher)\b",
        # "nous souhaitons vous faire une proposition pour le poste"
        r"\b(?:souhaitons|souhaiterions|aimerions|voudrions|allons|pouvons|souhaite|aimerais"
        # (an agency relaying: "ils veulent te faire une offre")
        r"|veulent|veut|vont|va|souhaitent|aimeraient|voudraient|voudrait|aimerait|souhaiterait)"
        r" (?:vous|te) faire une (?:proposition|offre|propal)(?: d'embauche| d'emploi| de poste)?\b"
        r"(?! de (?:rendez-vous|créneaux?|dates?|formation)| d'(?:entretien|échange|rendez-vous))",
        # "nous serions ravis que vous rejoigniez Rhône Mobilités", "a validé votre recrutement"
        r"\b(?:serions|serons|sommes) (?:très |vraiment )?(?:ravie?s|heureux|heureuses|enchantée?s)"
        r" (?:que vous (?:rejoigniez|intégriez)|que tu (?:rejoignes|intègres)|de vous compter parmi"
        r")\b(?![^\n]*\b(?:entretien|entrevue|rencontr|échange|atelier|webinaire|lors|salon|dating"
        r"|événement|soirée|forum)\w*)|\b(?:validé"
        r"|approuvé|confirmé) (?:votre|ta) (?:recrutement|embauche)\b",
        r"\b(?:plaisir|heureux|heureuse|ravis?|ravie|content(?:e|s)?) (?:de |d')(?:vous |te "
        r"|t')(?:annoncer|informer|confirmer)\b[^\n]{0,80}\b(?:retenue? (?:pour|au|à|comme) (?:le"
        r" poste|la fonction|l'emploi|la mission|le stage|l'alternance|ce poste)|engag|recrut"
        r"|embauch|nomm)\w*(?![^\n]*\b(?:entretien|entrevue|étape|tour|rencontr|échange|test)\w*)",
        r"\b(?:décidé|plaisir|heureux|ravis|souhaitons|souhaiterions|aimerions|aimerait|aimerais"
        r"|voudrions|voulons|souhaite) (?:de |d')?(?:beaucoup |vivement |donc )?(?:vous |te "
        r"|t')(?:engager|recruter|embaucher|nommer|offrir le poste|proposer le poste|confier le"
        r" poste|accueillir (?:en stage|en alternance|en cdi|en cdd|dans (?:l'|notre|nos|votre"
        r" future|ta future)|au sein|parmi nous|chez|à bord|en tant que"
        r"|comme))\b(?![^\n]*\b(?:entretien|entrevue|rencontr)\w*)",
        r"\b(?:vous|te) propos\w* (?:une entrée en fonction|un contrat|le poste|un cdi|un cdd|une"
        r" embauche|de (?:nous )?rejoindre (?:l'équipe|notre équipe|l'entreprise|le cabinet)\b)",
        r"\bce qu'on te propose pour le poste\b|\b(?:noir sur blanc|par écrit|formellement"
        r"|officiellement)\b[^\n]{0,40}\b(?:ce qu'on|ce que nous) (?:te |vous )?propos\w*",
        r"\b(?:notre|ma|cette|la|votre|ta) proposition (?:formelle |écrite |officielle |ferme"
        r" )?(?:d'embauche|de contrat|d'engagement|salariale)\b|\bproposition de contrat\b",
        r"\b(?:vous|te) (?:retient|retiennent)(?: ?!|$| pour (?:le poste|la mission|la fonction|ce"
        r" poste|cette mission))",
        r"\bcontrat (?:de travail |de mission |d'engagement )?(?:en (?:deux|double) exemplaires?"
        r"|ci-joint)\b|\bci-joint (?:votre|ton|le) contrat\b|\blettre d'engagement\b",
        r"\ble poste est (?:à (?:vous|toi)|pour (?:vous|toi))\b|\b(?:vous êtes|tu es) pris(?:e"
        r"|\(e\))? ?(?:!|$|\.|,)",
        # welcomed into the team (not "dans nos locaux pour un entretien")
        r"\b(?:ravis?|ravie|heureux|heureuse|plaisir|souhaitons|aimerions"
        r"|aimerait)\b[^\n]{0,30}\b(?:vous |te |t')(?:compter|accueillir|voir rejoindre) (?:parmi"
        r" nous|parmi nos équipes|dans (?:notre|nos|l'|votre future|ta future) ?équipes?|au sein"
        r" de)(?![^\n]*\b(?:entretien|entrevue|rencontr)\w*)",
        r"\bvoici (?:notre|ma) (?:offre|proposition)(?: salariale| ferme| définitive| détaillée|"
        r" écrite)? ?:|\blettre d'embauche\b|\b(?:accord|feu vert) (?:pour|de) (?:votre|ton)"
        r" (?:recrutement|embauche)\b",
        r"\b(?:vous avez|tu as) été (?:sélectionnée?|retenue?|choisie?)(?:\(e\))? pour (?:le poste"
        r"|la fonction|la mission|ce poste|cette mission|le stage"
        r"|l'alternance)\b(?![^\n]*\b(?:entretien|entrevue|étape|tour)\w*)",
    )
)
OFFER_UNLESS = _plain(
    (
        r"\bs'ils? (?:valident|valide|approuvent|confirment)\b|\bconditionnel\w*|\bsous réserve\b"
        r"|\bsi (?:tout|tes|vos|les) (?:se passe|références)\b",
        # chosen for the interview: "votre candidature a été retenue par le jury de recrutement.
        # Vous êtes à ce titre convoquée à un entretien"
        r"\bjury\b|\bconvoqu\w*|\bconvocation\b|\bprésélection\w*",
        r"\b(?:frauduleu\w*|arnaques?|escroquer\w*|usurpation|jamais de paiement|ne vous demandera"
        r" jamais)\b",
        r"\bsi (?:vous êtes|tu es) (?:retenue?|sélectionnée?|prise?)\b|\ben cas de (?:proposition"
        r"|offre)\b|\bavant toute (?:proposition|offre)\b|\ben vue\b",
        r"\b(?:autre|autres) (?:candidat|candidate|personne|profil)\b|\bmalheureusement\b",
        r"\b(?:décrocher|conseils?|astuces?)\b|\bguide (?:pour|de|du|des)\b|\b(?:processus|étapes?"
        r"|déroulé|comprend|comprendra)\b",
        # a reply in the offer's thread names it without making one
        r"^(?:re|tr|fwd?)\s?:[^\n]*\b(?:proposition|promesse) d'embauche\b",
        # a document asked for ("justificatifs de ressources, contrat de travail ou promesse
        # d'embauche"), not an offer made
        r"\b(?:justificatifs?|pièces? justificatives?|avis d'imposition)\b"
        r"[^\n]{0,80}\b(?:contrat de travail|promesse d'embauche)\b|\b(?:contrat de travail"
        r"|bulletins? de salaire) ou (?:une )?promesse d'embauche\b",
    )
)

CONDITIONAL = _plain(
    (
        # (a concessive "même si ..." or "si ..., toutefois" states no condition)
        r"(?<!même )\bsi (?:votre|ton|ta|vos|tes) (?:candidature|profil|dossier|cv|parcours"
        r"|expérience|compétences)\b(?![^\n]*\b(?:toutefois|cependant|néanmoins|malheureusement"
        r"|hélas)\b)|\bs'(?:il|ils|elle) (?:retient|retiennent|correspond|correspondent|répond)\b",
        r"\bdans le cas où\b|\bau cas où\b|\bà défaut de (?:réponse|retour)\b|\bsans (?:réponse"
        r"|retour|nouvelles?) de (?:notre|ma|leur|sa) part\b",
        r"\bsi (?:vous|tu) (?:n'|ne |êtes retenu|es retenu|êtes sélectionn|es sélectionn|êtes"
        r" présélectionn)|\bsi (?:nous|on) (?:ne |n')|\bsi (?:une|un) (?:opportunité|poste"
        r"|offre)\b",
    )
)

__all__ = [
    "ACKNOWLEDGEMENT",
    "ACKNOWLEDGEMENT_UNLESS",
    "AGREED",
    "ASKS_FOR_TIME",
    "ASKS_FOR_TIME_UNLESS",
    "CANCEL",
    "CANCEL_UNLESS",
    "CONDITIONAL",
    "CONFIRM",
    "CONFIRM_SENTENCE",
    "CONFIRM_SENTENCE_UNLESS",
    "CONFIRM_UNLESS",
    "DELAY",
    "DELAY_UNLESS",
    "HIRING_WORDS",
    "HOLDING",
    "HOLDING_UNLESS",
    "INVITATION",
    "JOB_ALERT",
    "NEWSLETTER",
    "NOT_HIRING",
    "OFFER",
    "OFFER_UNLESS",
    "OTHER_APPLICATION",
    "PANEL_MEMBER",
    "REJECTION",
    "REJECTION_UNLESS",
    "REQUEST",
    "REQUEST_UNLESS",
    "RESCHEDULE",
    "THREAD_AGREED",
]
