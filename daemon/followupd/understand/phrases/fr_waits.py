"""French receipts and waits added to the shared lists (imported by fr.py, which carries them
into the rule table): acknowledgements of an application, and holding replies that describe a
delay in any words (no decision yet, the process still running or slowed, a person away, an
answer promised for a time). Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.fr_logistics import OPENING
from followupd.understand.phrases.fr_logistics import plain as _plain

_DOC = r"(?:candidature|dossier|cv|postulation|profil|demande d'emploi|lettre de motivation)"
ACKNOWLEDGEMENT = _plain(
    (
        r"\b" + _DOC + r"s?\b[^\n]{0,80}\b(?:a|ont|est|sont) (?:bien |correctement )?(?:été )?"
        r"(?:bien )?(?:reçue?s?|enregistrée?s?|transmise?s?|envoyée?s?|prise?s? en compte"
        r"|soumise?s?|déposée?s?|réceptionnée?s?|partagée?s?|parvenue?s?)\b",
        r"\b(?:avons|ai|a) (?:bien |bel et bien )?(?:reçu|enregistré|réceptionné"
        r"|pris connaissance de)"
        r" (?:votre|ta|ton|vos|tes) " + _DOC + r"|\b(?:a|ont) (?:bien )?été (?:soumise?|transmise?"
        r"|envoyée?|enregistrée?|reçue?)s? avec succès\b",
        r"\b(?:accus\w*|confirm\w*) (?:la |de la )?(?:bonne )?\b(?:réception|l'enregistrement|le"
        r" dépôt|l'envoi)\b|\bconfirmation de (?:réception de )?(?:votre|ta) candidature\b",
        r"\bcandidature (?:bien )?(?:envoyée|transmise|reçue|enregistrée|déposée|soumise)\b",
        r"\bmerci (?:beaucoup |encore )?(?:pour|de) (?:ta|ton) (?:candidature|postulation)\b"
        r"|\bmerci (?:beaucoup )?d'avoir (?:postulé|candidaté|pris le temps de postuler)\b"
        r"|\b(?:ravie?s?|heureu(?:x|se|ses)|content(?:e|s|es)?) (?:que vous ayez|que tu aies)"
        r" (?:postulé|candidaté)\b"
        r"|\b(?:vous|te) remerci\w* (?:pour|de) (?:votre|ta) (?:candidature|postulation)\b",
        r"\b(?:sera|seront|va être|vont être) (?:étudiée?s?|examinée?s?|analysée?s?|lue?s?"
        r"|évaluée?s?|traitée?s?)\b|\b(?:nous|on) (?:l'|la |le |les )?(?:étudier|examiner|analyser"
        r"|évaluer)(?:ons|a)\b|\bexaminera (?:votre|ta|ton) (?:dossier|candidature)\b",
        r"\b(?:contacterons|recontacterons|reviendrons vers|communiquerons avec|prendrons contact"
        r"|ne manquerons pas de vous (?:contacter|recontacter)|communiquera (?:directement"
        r" )?avec)\b[^\n]{0,80}\b(?:si|s'il|s'ils|dans le cas où|au cas où)\b|\b(?:si|s'il|dans le"
        r" cas où|au cas où) (?:votre|ton|ta|vos|tes|une?) (?:profil|candidature|dossier"
        r"|compétences|expérience|parcours|opportunité|poste)\b[^\n]{0,100}\b(?:contact|reviendr"
        r"|recontact|communiquer|convier|inviter)\w*",
        r"\b(?:serez|seras) (?:informée?|notifiée?|prévenue?)(?:\(e\))? (?:par e-?mail |par"
        r" courriel )?(?:dès que|lorsque|quand|à chaque)\b|\brecevr(?:ez|as) une (?:notification"
        r"|réponse)\b[^\n]{0,20}\b(?:dès que|quelle qu'elle soit|dans tous les cas)\b",
        r"\bsuivre (?:ma|ta|votre|mes|tes|vos) candidatures?\b|\bsuivi de (?:toutes )?(?:vos|tes)"
        r" candidatures\b|\bsuivre l'avancement de (?:ta|votre) candidature\b",
        r"\bon revient vers toi dans tous les cas\b|\bque la réponse soit positive ou non\b",
    )
)
ACKNOWLEDGEMENT_UNLESS = _plain(
    (
        r"\bpas (?:encore )?(?:été )?(?:soumise?|envoyée?|finalisée?|terminée?|complète)\b"
        r"|\bfinaliser\b|\bcomplét(?:er|ez)\b|\breprendre\b|\benquête\b|\bquestionnaire\b",
    )
)

# A wait described: no decision yet, the process still running or slowed, a person away, an
# answer promised for a time.
_ANSWER = r"(?:retour|réponse|décision|nouvelles|du nouveau|choix|feedback|verdict)"
_BY = (
    r"(?:au plus tard|d'ici|dans la semaine|la semaine prochaine|avant (?:le|la|fin)|en début de"
    r"|en fin de|fin (?:de (?:la|cette) semaine|du mois)|dans les (?:prochains|prochaines)"
    r" (?:jours|semaines)|sous (?:\d+|huitaine|quinzaine|quinze|dix|deux|trois|une)|(?:début|fin"
    r"|mi-?|courant) (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|de semaine|de mois|de la semaine)|dès (?:que|qu'|son|sa|leur|réception|le"
    r" retour))"
)
HOLDING = _plain(
    (
        r"\b(?:offre|proposition|recrutement|processus)\b[^\n]{0,30}\b(?:est|a été) (?:suspendue?"
        r"|mise? en pause|gelée?)\b|\belle est (?:suspendue|en pause)\b",
        r"\btoujours (?:en lice|dans la course|en course)\b",
        # the application kept open: "votre candidature reste ouverte"
        r"\b(?:votre|ta) candidature\b[^\n]{0,40}\b(?:reste|restera|demeure) (?:ouverte|active"
        r"|en (?:cours|lice))\b",
        # the answer still to come: "la réponse définitive arrivera à la rentrée"
        r"\b(?:la|une) (?:réponse|décision) (?:définitive |finale )?(?:arrivera|tombera|sera prise"
        r"|ne sera pas prise avant|n'arrivera pas avant|ne tombera pas avant)\b",
        # a decision still to be made, by a day: "et décidera d'ici la fin de la semaine prochaine"
        r"\b(?:décidera|décideront|déciderons|tranchera|trancheront|trancherons|prendra sa"
        r" décision|prendront (?:leur|une) décision|prendrons (?:notre|une) décision)\b[^\n]{0,40}"
        r"\b(?:d'ici|avant|au plus tard|cette semaine|la semaine|début|fin|courant|lundi|mardi"
        r"|mercredi|jeudi|vendredi|sous)\b",
        r"\b(?:attendre|patienter)\b[^\n]{0,60}\bavant de (?:prendre (?:une|sa|leur|notre)"
        r" décision|se décider|trancher|décider)\b",
        r"\b(?:reviens|revenons|reviendr\w*|revenir|(?:tiens|tiendr\w*|tenir) (?:au courant"
        r"|inform\w*)|répondre|répondr\w*)\b[^\n]{0,50}?\b" + _BY,
        r"\b(?:reviens|revenons|reviendr\w*) vers (?:vous|toi)\b",
        r"\b(?:recrutement|processus|procédure|poste)\b[^\n]{0,30}\b(?:suspendue?|en pause|en"
        r" suspens|gelée?|mise? en attente)s?\b[^\n]{0,40}\b(?:quelques|temporairement|pour le"
        r" moment|provisoirement|jusqu'|le temps)",
        r"\bdès (?:que|qu') (?:j'ai|j'aurai|nous avons|nous aurons|on a|on aura|j'en sais|j'en"
        r" saurai|nous en saurons) (?:leur |son |un |du |des |plus |une )?(?:retour|réponse"
        r"|décision|nouvelles|nouveau|plus)\b",
        r"\b" + _ANSWER + r"\b[^\n]{0,40}?\b" + _BY + r"|\b(?:d'ici|au plus tard)\b[^\n]{0,40}"
        r"\bavec (?:une|notre|la) (?:décision|réponse)\b",
        r"\bpas encore (?:de |pris (?:de |notre |la |une )?|arrêté (?:de |notre |la )?|fait"
        r" (?:notre "
        r"|de )?|eu (?:de |le |leur )?)" + _ANSWER + r"\b|\baucune décision n'a (?:encore )?été "
        r"prise\b|\b(?:décision|choix) (?:n'est|n'a) pas encore\b|\bpas (?:encore )?tranché\b",
        r"\bn'(?:ai|avons|a|aurai|aurons|ont) (?:pas|toujours pas) (?:encore )?(?:de |eu de |reçu"
        r" de |leur |son )?retour\b(?! de (?:votre|ta) part)",
        r"\btoujours pas (?:de |eu de )?(?:retour|réponse|nouvelles|décision)\b",
        r"\b(?:toujours|encore) (?:en (?:cours|processus|phase|lice|course|réflexion|discussion)"
        r"|dans la course|à l'étude|en cours d'(?:examen|étude|évaluation|analyse))\b"
        r"|\b(?:toujours|encore) (?:très )?(?:bien )?positionnée?\b|\breste (?:\w+"
        r" ){0,2}d'actualité\b",
        r"\b(?:procédure|processus|recrutement|sélection)\b[^\n]{0,30}\ben stand-?by\b",
        # "la décision sera prise mardi": to be made
        r"\b(?:décision|réponse) (?:finale |définitive )?(?:sera|devrait être|va être|doit être)"
        r" (?:prise|rendue|communiquée|connue|arrêtée)\b",
        r"\b(?:procédure|processus|recrutement|sélection)\b[^\n]{0,60}\b(?:se poursuit\b(?! (?:par"
        r"|avec))|(?:est |a été )?(?:légèrement |un peu )?(?:prolongée?|retardée?|repoussée?"
        r"|ralentie?)\b)",
        r"\b(?:pris|prend|prendre) (?:un peu |beaucoup |légèrement )?(?:de |du )?retard\b|\bprend"
        r" (?:un peu |légèrement )?plus de temps\b",
        r"\b(?:voir|voyons|voit|voient|rencontr\w*|recev\w*|reçoi\w*|entendre|auditionn\w*|caler"
        r"|mener|passer|organis\w*)\b[^\n]{0,30}\b(?:dernier|dernière|derniers|dernières|autres)"
        r" (?:candidat|profil|personne|entretien|entrevue|rencontre|finaliste)\w*|\b(?:candidat"
        r"|profil|personne)s? supplémentaires?\b|\bautres (?:profils|candidats|candidatures"
        r"|personnes) à (?:voir|rencontrer|recevoir|étudier)\b",
        r"\b(?:termin|finalis|boucl|achev)\w* (?:les|nos) (?:entretiens|entrevues|rencontres)\b",
        r"\b(?:désolée?|excuse\w*|pardon)\b[^\n]{0,40}\b(?:silence|délai|attente|retard|plus tôt"
        r"|lenteur)\b|\b(?:merci|remercie\w*) (?:pour|de) (?:ta|votre) patience\b|\bje ne (?:vous"
        r"|t') oublie pas\b|\bn'(?:ai|avons) pas oublié (?:votre|ta|ton|vous|toi)\b",
        r"\ben attente (?:du|de|d'un|de la|des) (?:retour|validation|réponse|décision|avis"
        r"|feedback|accord)\b|\battend\w* (?:le|leur|son|un|la) (?:retour|validation|réponse"
        r"|décision|avis|feedback|accord)\b",
        r"\b(?:manager|drh|direction|client|comité|jury|responsable|directeur|directrice"
        r"|associée?s?|fondat(?:eur|rice)s?|ceo|cto|dg)\b[^\n]{0,60}\b(?:en (?:congés?|vacances"
        r"|déplacement|arrêt|voyage|tournage)|absente?|indisponible|se réuni(?:ra|t)|doit"
        r" (?:encore |d'abord )?(?:valider|trancher|décider|rencontrer)|souhaite (?:rencontrer"
        r"|entendre|voir))\b",
    )
)
HOLDING_UNLESS = _plain(
    (
        r"\bdès mon retour\b|\bje (?:suis|serai) (?:actuellement )?(?:absente?|en congés?|en"
        r" vacances)\b|\b(?:pourvu|supprimé|clôturé)e?\b",
    )
)

# The process delayed, or the review still going on: news past a receipt (rules.py).
DELAY = _plain(
    (
        r"\bprend(?:ra)? (?:un peu )?plus de temps (?:que (?:prévu|nous ne l'avions prévu)"
        r"|qu'initialement prévu)\b",
        r"\b(?:a pris|prend) du retard\b|\b(?:est|a été) (?:retardée?|prolongée?|repoussée?)\b",
        r"\b(?:encore|toujours) en (?:train d'(?:étudier|évaluer|examiner|analyser)|cours"
        r" d'(?:étude|évaluation|examen))\b|\b(?:sommes|suis) (?:encore|toujours) en train de\b",
        r"\btoujours (?:dans|en) (?:le processus|course)\b",
        r"\b(?:client|manager|équipe)\b[^\n]{0,20}\bn'(?:est|a) pas encore (?:revenue?|répondu"
        r"|décidé|tranché)\b",
        r"\b(?:pas encore|toujours pas) pourvue?\b|\b(?:continuons|poursuivons) (?:nos|les)"
        r" (?:entretiens|rencontres|échanges)\b",
        r"\b(?:reste|demeure|est toujours) (?:bien )?(?:à l'étude|en cours d'examen|en cours"
        r" d'évaluation|en lice)\b",
        # more people still to meet ("nous rencontrons encore deux candidats")
        r"\b(?:encore|reste|restent) (?:à rencontrer )?(?:deux|trois|quatre|quelques|plusieurs|\d+)"
        r" (?:autres )?(?:candidat\w*|entretiens|personnes)\b",
    )
)
DELAY_UNLESS = _plain((OPENING + r"(?:si|s'il|au cas|dans le cas|lorsque)\b",))
