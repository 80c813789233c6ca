"""French hiring mail read as classes of language (phrases/fr.py), with phrasings of our own.

Each class comes in several shapes (vous and tu; France, Belgium, Switzerland, Québec; tense,
politeness, the negation "ne ... pas/plus/guère" with adverbs inside it, elision, gendered
forms, a sentence written without its accents), and hard negatives that share the vocabulary
must stay what they are: job alerts, newsletters of interview advice, press, research, reviews
at the user's own job, an employment-agency appointment, conditionals in receipts. None of this
is taken from a fixture or a corpus.
"""

from __future__ import annotations

import pytest
from classify_mail import eml, kind_of

RH = "Claire Dubois <claire.dubois@atelier-brume.example>"
ATS = "Atelier Brume – Recrutement <ne-pas-repondre@careers.atelier-brume.example>"
FOUNDER = "Malik Haddad <malik@pixelfonds.example>"
BOARD = "Le site emploi <alertes@emplois-board.example>"


BULK = (("List-Unsubscribe", "<mailto:stop@emplois-board.example>"),)


def read(body: str, subject: str = "Votre candidature", sender: str = RH) -> str:
    headers = BULK if sender == BOARD else ()
    return kind_of(eml(body, subject, sender, headers=headers))


# the application not continued: a negated decision about it
NOT_CONTINUED = [
    "Après étude attentive de votre dossier, nous avons décidé de ne pas donner suite à votre "
    "candidature.",
    "Nous ne sommes malheureusement pas en mesure de poursuivre le processus avec vous.",
    "À l'issue de nos échanges, nous ne pourrons pas retenir votre candidature pour ce poste.",
    "Nous regrettons de ne pouvoir vous proposer un second entretien.",
    "Suite à ton entretien avec Léo, on a décidé de ne pas aller plus loin avec ta candidature.",
    "Il ne sera pas donné suite à votre demande d'emploi.",
    "Nous ne sommes guère en mesure de vous proposer le poste, le budget ayant été revu.",
    "Apres reflexion, nous n'allons pas poursuivre avec votre candidature.",
    "Franchement on va pas pouvoir te faire d'offre, désolé.",
    "Malheureusement, nous ne pouvons pas répondre favorablement à votre candidature.",
    "Nous ne pouvons malheureusement pas entrer en matière sur votre postulation.",
    "Votre dossier n'a malheureusement pas pu être pris en considération.",
    "Il nous est malheureusement impossible de donner une suite favorable à votre demande.",
    "Malheureusement, ce ne sera pas possible pour nous de continuer avec ta candidature.",
    "Nous ne pouvons pas vous offrir de poste pour le moment.",
]
# others chosen
OTHERS_CHOSEN = [
    "Notre choix s'est finalement porté sur une candidate disposant d'une plus longue expérience "
    "en audit.",
    "Nous avons retenu un profil plus expérimenté sur les sujets de conformité.",
    "Le poste a été attribué à un candidat interne.",
    "On a finalement recruté quelqu'un qui connaissait déjà notre stack.",
    "Nous avons décidé de poursuivre avec d'autres candidat·e·s dont le parcours correspond "
    "davantage à nos besoins.",
    "Nous avons proposé le poste à une autre personne, qui l'a accepté.",
    "Après deux tours d'entretiens, nous avons sélectionné une autre candidature.",
    "Le candidat retenu dispose d'une expérience plus proche de nos besoins.",
    "Hello Julie, après réflexion on part sur un autre profil. Merci encore pour ton temps !",
    "Nous avons arrêté notre choix sur un autre candidat.",
    "Nous avons donné la préférence à un candidat disposant d'une expérience plus longue.",
    "Nous avons finalement décidé de recruter une personne en interne.",
]
# the role gone
ROLE_GONE = [
    "Nous vous informons que le poste de chargé de mission a déjà été pourvu.",
    "Le stage que vous visiez est désormais pourvu, nous en sommes désolés.",
    "Suite à une réorganisation, le poste a été supprimé et le recrutement est clôturé.",
    "Le besoin de notre client n'existe plus, la mission est annulée.",
    "L'offre à laquelle vous avez répondu n'est plus d'actualité.",
    "Le processus s'arrête malheureusement ici pour votre candidature.",
    "Nous avons pourvu le poste.",
    "Le recrutement pour ce poste est terminé.",
    "Nous avons décidé de mettre fin au processus de recrutement vous concernant.",
]
# the candidate judged no fit
NO_FIT = [
    "Votre profil ne correspond malheureusement pas aux exigences du poste.",
    "Après analyse, votre expérience n'est pas suffisamment en adéquation avec nos attentes.",
    "Ton parcours ne colle pas tout à fait à ce que l'équipe recherche pour ce poste.",
    "Votre candidature ne répond pas aux critères de sélection de ce concours.",
    "Les compétences décrites dans votre CV ne correspondent pas à notre besoin actuel.",
]
# an outcome stated, as job boards and ATS templates do
OUTCOME = [
    "Statut de votre candidature : non retenue.",
    "Votre candidature n'a pas été sélectionnée pour la suite du processus.",
    "Nous sommes au regret de vous informer que vous n'avez pas été retenu(e).",
    "Réponse du recruteur : défavorable.",
    "Votre candidature a été classée sans suite.",
    "Votre candidature n'a pas abouti.",
    "Votre profil n'a pas été jugé prioritaire pour ce poste.",
    "Votre candidature n'a malheureusement pas pu être retenue.",
]
REJECTIONS = NOT_CONTINUED + OTHERS_CHOSEN + ROLE_GONE + NO_FIT + OUTCOME


@pytest.mark.parametrize("body", REJECTIONS)
def test_french_rejections(body: str) -> None:
    assert read(f"Bonjour Sam,\n\n{body}\n\nCordialement,\nClaire") == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # a concession does not undo the decision that follows it
        "Même si votre parcours est remarquable, nous ne donnerons pas suite à votre candidature.",
        "Si votre profil a retenu notre attention, nous avons toutefois choisi un autre candidat.",
    ],
)
def test_a_concession_before_a_decision_is_still_a_rejection(body: str) -> None:
    assert read(body) == "rejection"


# Receipts, some full of decision words in conditionals and delays.
RECEIPTS = [
    "Nous avons bien reçu votre candidature au poste de comptable et vous en remercions.",
    "Ta candidature a bien été transmise à l'équipe de recrutement !",
    "Nous accusons bonne réception de votre dossier et l'étudierons avec attention.",
    "Merci d'avoir postulé ! Un membre de notre équipe examinera votre dossier.",
    "Votre postulation a été enregistrée. Si votre profil correspond à nos attentes, nous vous "
    "contacterons afin de convenir d'un entretien.",
    "Merci pour votre candidature. Sans réponse de notre part sous 4 semaines, vous pourrez "
    "considérer que nous ne sommes pas en mesure de donner une suite favorable à votre demande.",
    "Votre candidature a été envoyée. Si votre candidature n'est pas retenue, vous recevrez un "
    "e-mail.",
    "Nous vous confirmons la réception de votre CV. Les candidats non retenus seront informés "
    "par courriel.",
    "Nous avons bien pris connaissance de votre candidature et reviendrons vers vous rapidement.",
    "Ceci est un accusé de réception automatique de votre candidature.",
    "Merci pour votre candidature. En l'absence de réponse sous 3 semaines, considérez que nous ne "
    "donnerons pas suite.",
    "Nous accusons réception de votre candidature. Le processus comprend un entretien RH, un cas "
    "pratique puis une proposition d'embauche.",
]


@pytest.mark.parametrize("body", RECEIPTS)
def test_french_receipts_and_their_conditionals(body: str) -> None:
    assert read(body, "Confirmation", ATS) == "application_received"


HOLDING = [
    "Le processus de recrutement a pris un peu de retard : nous reviendrons vers vous d'ici la "
    "fin du mois.",
    "Nous n'avons pas encore pris de décision, la directrice est en congés jusqu'au 20 mars.",
    "Petit point d'étape : ta candidature est toujours à l'étude, on te fait un retour "
    "vendredi au plus tard.",
    "Nous rencontrons encore deux derniers candidats cette semaine, merci pour votre patience.",
    "Désolée pour ce long silence ! Le comité se réunira le 12 mars pour arrêter son choix.",
    "Le client n'a pas encore tranché, je vous tiens au courant dès que j'ai du nouveau.",
    "Nous sommes toujours en processus d'entrevues; vous aurez une réponse d'ici le 15 avril.",
    "La procédure est légèrement prolongée et votre candidature reste bien sûr d'actualité.",
    "Le recrutement est suspendu quelques semaines le temps de valider le budget, nous revenons "
    "vers vous début avril.",
    "Le manager rentre de vacances lundi, je lui en parle et je reviens vers toi.",
    "Je ne manquerai pas de vous tenir informée d'ici la fin de la semaine prochaine.",
    "Nous organisons les derniers entretiens cette semaine.",
    "Je n'ai pas oublié votre candidature, le manager doit encore rencontrer deux personnes.",
    "Le processus est en stand-by le temps de valider le budget.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_french_holding_replies(body: str) -> None:
    assert read(body, "Point sur votre candidature") == "holding_reply"


REQUESTS = [
    "Nous aimerions vous rencontrer. Vous pouvez réserver directement un créneau via ce lien.",
    "Votre profil nous intéresse : merci de choisir l'un des créneaux proposés pour un entretien "
    "téléphonique.",
    "Pourriez-vous m'indiquer vos disponibilités pour un premier échange la semaine prochaine ?",
    "Ça te dit qu'on s'appelle pour parler du poste ? Dis-moi tes dispos.",
    "Je vous propose un entretien en visio de 30 minutes ; quelles sont vos disponibilités ?",
    "Seriez-vous disponible jeudi ou vendredi pour une entrevue d'une heure ?",
    "Prenez rendez-vous pour votre entretien RH en cliquant sur le lien ci-dessous.",
    "Merci de nous faire part de vos disponibilités pour un entretien avec notre directeur.",
    "Est-ce que vous seriez disponible pour un échange téléphonique cette semaine ?",
    "Auriez-vous un moment la semaine prochaine pour un entretien en visio ?",
    "Quel jour vous arrangerait pour passer nous voir ?",
    "Pourrions-nous décaler l'entretien de mardi ? Nous vous proposons plutôt jeudi 5 mars à 10h.",
    "Planifie ton entretien avec Sarah en cliquant ici.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_french_requests_to_book_an_interview(body: str) -> None:
    assert read(body, "Entretien – Chargé de projet") == "interview_request"


CONFIRMED = [
    "Votre entretien avec Paul Martin, directeur financier, est confirmé le jeudi 5 mars à 14h.",
    "J'ai le plaisir de vous confirmer votre entrevue le mardi 10 mars à 10 h 30.",
    "Top, je t'ai bloqué mercredi 4 mars à 18h pour le call avec l'équipe.",
    "C'est noté pour jeudi 5 mars à 9h30, je vous appellerai sur votre portable pour l'entretien.",
    "Récapitulatif de votre entretien : vendredi 6 mars 2026 de 10h à 11h30, 12 rue des Lilas.",
    "Nous vous attendons le lundi 9 mars à 11h à l'accueil pour votre entretien.",
    "Vous êtes convoqué(e) à un entretien le mercredi 11 mars à 9h30.",
    "Parfait, on se dit jeudi 5 mars à 16h pour le call !",
    "Je t'envoie l'invitation pour jeudi 5 mars à 11h, on fera l'entretien en visio.",
]


@pytest.mark.parametrize("body", CONFIRMED)
def test_french_confirmed_interviews(body: str) -> None:
    assert read(body, "Entretien") == "interview_scheduled"


MOVED = [
    "Nous devons décaler votre entretien : il aura lieu le jeudi 5 mars à 15h au lieu de 10h.",
    "Votre entrevue est reportée au vendredi 6 mars à 9h.",
    "Petit changement : on a déplacé notre call au mercredi 4 mars à 17h.",
    "Nous devons modifier l'heure de votre entretien, qui se tiendra le mardi 10 mars à 16h.",
    "L'entretien initialement prévu lundi aura lieu le mardi 10 mars à 11h.",
    "Nous sommes contraints de reporter votre entretien au lundi 9 mars à 14h.",
]


@pytest.mark.parametrize("body", MOVED)
def test_french_moved_interviews(body: str) -> None:
    assert read(body, "Entretien") == "interview_rescheduled"


CANCELLED = [
    "Je suis désolé mais je dois annuler notre entretien de jeudi, le poste reste ouvert et je "
    "reviens vers vous.",
    "Nous sommes au regret de devoir annuler votre entretien prévu demain.",
    "Suite à votre désistement, nous annulons l'entretien du 5 mars.",
    "L'entrevue de mardi n'aura pas lieu : notre directrice est souffrante.",
    "Ton entretien est annulé, Julie te proposera une nouvelle date dès son retour.",
    "Votre entretien avec Paul Girard (paul.girard@atelier-brume.example), responsable RH, prévu "
    "le jeudi 5 mars à 10h, est malheureusement annulé.",
    "Nous devons malheureusement décommander l'entretien de mercredi.",
]


@pytest.mark.parametrize("body", CANCELLED)
def test_french_cancelled_interviews_are_not_refusals(body: str) -> None:
    assert read(body, "Votre entretien") == "interview_cancelled"


OFFERS = [
    "Nous avons le plaisir de vous proposer le poste de responsable logistique en CDI.",
    "J'ai le plaisir de vous annoncer que votre candidature a été retenue pour le poste de "
    "contrôleuse de gestion.",
    "Bonne nouvelle : on aimerait beaucoup t'accueillir dans l'équipe dès septembre !",
    "Vous trouverez ci-joint votre promesse d'embauche, à nous retourner signée.",
    "La direction a décidé de vous engager en qualité d'adjoint administratif dès le 1er mai.",
    "Comme convenu au téléphone, voici par écrit ce que nous vous proposons : 48 k€ brut et "
    "deux jours de télétravail.",
    "Le client vous retient pour la mission de six mois, démarrage lundi !",
    "Félicitations ! Nous sommes heureux de vous proposer le poste de chef de projet.",
    "Veuillez trouver en pièce jointe notre proposition de contrat.",
    "Suite à vos entretiens, nous souhaitons vous recruter au poste de comptable.",
    "Bonne nouvelle : vous êtes pris ! Le contrat suit par e-mail.",
    "Nous serions ravis de vous compter parmi nous en tant que comptable.",
    "Voici notre offre : CDI, 50 k€ brut annuel, démarrage le 1er avril. Dis-moi ce que tu en "
    "penses !",
    "Je vous confirme notre accord pour votre recrutement en CDI à compter du 1er mai.",
    "Nous vous adressons ci-joint votre lettre d'embauche.",
    "Nous avons le plaisir de vous informer que vous avez été sélectionné pour le poste de chargé "
    "d'affaires.",
]


@pytest.mark.parametrize("body", OFFERS)
def test_french_offers(body: str) -> None:
    assert read(body, "Bonne nouvelle") == "offer"


OTHER = [
    # job alerts and newsletters quoting the vocabulary
    (
        "Nouvelles offres pour vous",
        BOARD,
        "Développeur Python H/F – recrute activement. Chef de projet – entretiens cette semaine.",
    ),
    (
        "Nos conseils pour réussir votre entretien d'embauche",
        BOARD,
        "Cette newsletter vous aide : comment répondre à « pourquoi devrions-nous vous recruter "
        "? » et rebondir après un « nous ne donnerons pas suite ».",
    ),
    # press and research
    (
        "Demande d'interview",
        "Léa Roux <lea.roux@quotidien-eco.example>",
        "Je suis journaliste et je prépare un article sur l'emploi des jeunes. Seriez-vous "
        "disponible jeudi 5 mars à 15h pour un entretien téléphonique ?",
    ),
    (
        "Participez à un entretien utilisateur",
        "Équipe produit <recherche@appli-banque.example>",
        "Choisissez votre créneau pour un entretien utilisateur de 30 minutes, une carte cadeau "
        "de 20 € vous sera offerte.",
    ),
    # reviews at the user's own job, an employment-agency appointment, a webinar
    (
        "Entretien annuel",
        "Sophie Lenoir <sophie.lenoir@mon-employeur.example>",
        "Je te propose ce créneau pour ton entretien annuel d'évaluation : jeudi 5 mars à 10h.",
    ),
    (
        "Rappel : votre rendez-vous",
        "Agence pour l'emploi <ne-pas-repondre@agence-emploi.example>",
        "Nous vous rappelons votre entretien de suivi avec votre conseillère le lundi 9 mars à "
        "10h00.",
    ),
    (
        "Webinaire : réussir son entretien",
        BOARD,
        "Rendez-vous mardi 10 mars à 12h30 pour notre webinaire gratuit. Réservez votre place.",
    ),
    # an internal meeting, the user on a jury
    (
        "Jury d'entretien",
        "Marc Petit <marc.petit@mon-employeur.example>",
        "Est-ce que tu pourrais faire partie du jury d'entretien jeudi 5 mars à 14h pour le poste "
        "d'assistant ?",
    ),
    # a promotion and a survey
    (
        "Offre spéciale CV",
        "Promo <promo@cv-express.example>",
        "Offre spéciale : -50 % sur la relecture de votre CV et une simulation d'entretien.",
    ),
    (
        "Votre avis sur notre processus",
        "Enquête <survey@avis-candidats.example>",
        "Quelle que soit l'issue, votre avis nous aide : recommanderiez-vous notre processus de "
        "recrutement ?",
    ),
]


@pytest.mark.parametrize(("subject", "sender", "body"), OTHER)
def test_french_hard_negatives_stay_other(subject: str, sender: str, body: str) -> None:
    assert read(body, subject, sender) == "other"


@pytest.mark.parametrize(
    "body",
    [
        # decisions promised or described, not made
        "Quelle que soit la décision, positive ou négative, vous recevrez une réponse.",
        "Cela ne signifie pas que votre candidature n'est pas retenue.",
        "Le poste n'est pas encore pourvu et nous continuons nos entretiens.",
        "Nous n'avons pas encore retenu de date pour les entretiens.",
        "Lorsque le poste sera pourvu, nous fermerons l'annonce.",
        "Nous avons présélectionné des candidats pour la suite, dont vous faites partie.",
        "Afin de ne pas vous faire attendre, voici où nous en sommes.",
        "Nous avons le plaisir de donner une suite favorable à votre candidature.",
    ],
)
def test_french_decision_words_that_decide_nothing_are_no_rejection(body: str) -> None:
    assert read(body) != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Nous avons le plaisir de vous informer que votre candidature a été retenue pour un "
        "entretien avec notre directrice.",
        "Nous aimerions vous accueillir pour un entretien dans nos locaux.",
        "Vous avez une proposition d'embauche en vue ? Voici comment négocier.",
        "Si vous êtes pris, le contrat vous sera envoyé par la direction.",
        "Nous serions ravis de vous accueillir dans notre équipe pour un entretien jeudi.",
    ],
)
def test_french_good_news_that_is_not_an_offer(body: str) -> None:
    assert read(body) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Votre entretien est confirmé le jeudi 5 mars à 14h. Pour annuler, merci de prévenir au "
        "moins 24 h à l'avance.",
        "Merci pour vos disponibilités : votre entretien est confirmé le mardi 10 mars à 10h.",
    ],
)
def test_french_confirmations_with_cancellation_words_stay_confirmations(body: str) -> None:
    assert read(body, "Entretien") == "interview_scheduled"


def test_a_postponed_interview_without_a_new_time_is_a_cancellation() -> None:
    body = (
        "Nous devons malheureusement annuler l'entretien prévu demain à 11h. Nous reviendrons "
        "vers vous pour fixer une nouvelle date."
    )
    assert read(body, "Entretien") == "interview_cancelled"


def test_a_reply_in_an_offer_thread_naming_the_offer_is_not_a_new_offer() -> None:
    body = "Bienvenue ! Votre premier jour : lundi 7 septembre à 9h30."
    assert read(body, "Re: Proposition d'embauche – Data Engineer") != "offer"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # something else than the candidate "not retained", or a candidate in general
        ("Nous n'avons pas retenu de date précise pour les entretiens.", "other"),
        ("Vous n'avez pas sélectionné de créneau, merci de le faire avant vendredi.", "other"),
        ("Un candidat non retenu peut de nouveau postuler après six mois.", "other"),
        # a first day at work, a doctor's appointment
        (
            "Bienvenue ! Nous vous attendons le lundi 7 septembre à 9h pour votre premier jour.",
            "other",
        ),
        ("Votre rendez-vous chez le dentiste est confirmé le mardi 10 mars à 14h.", "other"),
    ],
)
def test_french_look_alikes(body: str, kind: str) -> None:
    assert read(body, "Votre candidature") == kind


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # English words that French patterns also use ("report", "guide") keep their meaning
        (
            "Your offer",
            "We're delighted to offer you the Data Engineer position. Your offer letter and our "
            "onboarding guide are attached.",
            "offer",
        ),
        (
            "Update",
            "After our call, the reporting line for the role changed and we have decided not to "
            "move forward with your application.",
            "rejection",
        ),
        (
            "Interview",
            "Our reporter Anna will call you on Thursday, March 5 at 2pm for the feature.",
            "other",
        ),
    ],
)
def test_english_mail_keeps_its_reading(subject: str, body: str, kind: str) -> None:
    assert read(body, subject) == kind
