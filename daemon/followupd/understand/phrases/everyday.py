"""News that people write in everyday words, in the four languages, added to the shared lists
(languages.py reads this module beside en.py, de.py, fr.py and es.py): a meeting taken off the
calendar ("I've cancelled Thursday", "aus dem Kalender nehmen"), days asked for ("dime qué
días te van mejor"), a time booked in a reply ("you're in with Ruth on Tuesday"), a few more
days needed ("necesitamos unos días más"), a hire said plainly ("we want you in the studio",
"queremos que te vengas con nosotras"), a person's two-word receipt ("Recibido, gracias"), the
user asked to help interview someone else, a flat let, a move asked as a question ("pasar la
entrevista al lunes"); and what names these words without saying them: a mail's own footer
("this email was sent to ..."), a status that changed behind a log-in, decision words
quoted, an offer that is not guaranteed, a trip not gone ahead with, a meetup where people
met. Same conventions as languages.py: normalised text, one sentence per line.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import DAYS as _DE_DAY
from followupd.understand.phrases.de_words import spelled
from followupd.understand.phrases.es_logistics import DAYS as _ES_DAYS
from followupd.understand.phrases.es_logistics import plain as _plain_es
from followupd.understand.phrases.fr_logistics import DAY as _FR_DAY
from followupd.understand.phrases.fr_logistics import plain as _plain_fr
from followupd.understand.phrases.notices import NO_NEWS

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ES_DAY = f"(?:{_ES_DAYS})"
_EN_MEETING = (
    r"(?:interview|call|chat|meeting|conversation|session|screen|catch-?up|slot|trial shift"
    r"|trial day)"
)

# Words that make a person's mail about hiring though it names no job: the team to meet,
# a CV or a name passed on, someone sought "pour tenir tout le back-end".
HIRING_WORDS = (
    r"\bpassed (?:along|on) your (?:name|details|cv|resume|profile)\b",
    # a job's contract and season: "Den Dienstvertrag schick ich dir", "le contrat vendanges",
    # "contrato de temporada", "seasonal staff"
    # (not a plain "employment contract": a landlord asks for it too)
    r"\b(?:seasonal (?:job|role|staff|position|work|worker)s?|zero[- ]hours? contract)\b",
    *spelled(
        (
            r"\b(?:dienst|saison)vertrag\w*|\bsaison(?:stelle|kraft|kräfte|arbeit\w*"
            r"|job\w*)\b|\b(?:winter|sommer)saison\b",
        )
    ),
    *_plain_fr(
        (
            r"\bcontrat (?:saisonnier|de saison|vendanges?|d'extra|d'intérim|de mission)\b"
            r"|\b(?:emploi|poste|job|travail) saisonnier\b|\bsaisonniers?\b",
        )
    ),
    *_plain_es(
        (
            r"\bcontrato (?:de temporada|por obra)\b|\b(?:trabajo|puesto|empleo) de"
            r" temporada\b|\btemporada de (?:verano|invierno|vendimia)\b",
        )
    ),
    # the terms of a job, as EN's salary words: "62.000 brutto", "48k brut annuel", "38.000
    # brutos al año"
    r"\b\d[\d.,]*\s?(?:k|k€|€|eur|tsd\.?)?\s?(?:brutto|brut|bruts|brutos|brutas)\b",
    r"\b(?:jahresgehalt|bruttojahresgehalt|gehaltsband|eintrittsdatum|salaire annuel|date de"
    r" démarrage|salario anual|sueldo bruto|fecha de incorporación)\b",
    # a next round of interviews: "pour un deuxième tour", "zweite Runde", "segunda ronda"
    r"\b(?:second|final|next|third) round of interviews?\b|\b(?:deuxième|second|troisième|dernier)"
    r" tour\b(?! des élections| de l'élection| de scrutin| de financement| de table| de manège"
    r"| de piste| de la coupe| du championnat| de levée)|\b(?:zweite|dritte|finale|letzte)"
    r" (?:gesprächsrunde|interviewrunde)\b|\b(?:segunda|tercera|última) ronda de entrevistas?\b",
    # a take-home reviewed: "team went thru ur take-home today" (not take-home pay)
    r"\b(?:your|ur|the) take-?home(?! pay\b)\b|\btake-?home (?:test|exercise|assignment|task"
    r"|challenge|project|case)\b",
    # a startup's hire: "First data hire at Kestrel", "our founding engineer hire"
    r"\b(?:first|founding|next|second|senior|key|early) (?!(?:bike|car|van|boat|equipment|venue"
    r"|tool|kayak|ski|cycle|scooter|camper|trailer|suit|dress|tux|costume|canoe|room)\b)(?:[\w-]+"
    r" )?hires?\b(?! (?:car|van|bike|equipment|from|with us|offsite|onboarding|lunch|dinner"
    r"|party|training|welcome|cohort|social))",
    # the writer's department: "Lena Hoffmann, People & Culture"
    r"\bpeople (?:&|and) culture\b|\bhr business partner\b",
    *spelled((r"\bpersonalabteilung\b|\bpersonalreferent\w*",)),
    # a founder's informal hiring: "no formal process, no CV needed"
    r"\bno formal (?:process|interviews?|application)\b|\bno (?:cv|resume) (?:needed|required)\b",
    *spelled(
        (
            r"\bdir (?:gerne? )?(?:das|unser) team vorstellen\b|\bkein (?:formaler|offizieller)"
            r" prozess\b"
            r"|\bkein (?:lebenslauf|cv) nötig\b",
        )
    ),
    *_plain_fr(
        (
            r"\bte présenter (?:l'équipe|le reste de l'équipe)\b"
            r"|\b(?:on|nous) cherch(?:e|ons) (?:quelqu'un|une personne|un profil) pour\b"
            r"|\bpas (?:de|besoin de) (?:process|processus) formel\b|\bpas besoin de cv\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:me pas(?:ó|aron)|me han pasado|recibí|recibimos|he recibido|hemos recibido) tu"
            r" (?:cv|currículum)\b|\bsi hay encaje\b|\bsin proceso formal\b|\bno hace falta"
            r" (?:el |tu |un )?cv\b",
        )
    ),
)

CANCEL = (
    # "On annule demain, je te recontacte", "on doit annuler jeudi"
    *_plain_fr(
        (
            r"(?<![^\n])(?:(?:salut|bonjour|hello|coucou) \w+,? )?(?:bon,? |alors,? |désolée?,? )?o"
            r"n"
            r" (?:doit |va devoir )?annul(?:e|er) (?:demain|aujourd'hui|ce soir|" + _FR_DAY + r")\b"
            r"(?![^\n]*\b(?:si|seulement|sauf|plutôt|propose)\b)",
        )
    ),
    # "I have to take Thursday off the calendar", "I'll take tomorrow's chat out"
    r"\b(?:take|taking|took|taken|pull|pulling|pulled|remove|removing|removed) (?:our |your |the"
    r" |this |today's |tomorrow's |"
    + _WEEKDAY
    + r"'s )?(?:"
    + _EN_MEETING
    + r" |"
    + _WEEKDAY
    + r" )?(?:off|out of) (?:the|my|our|your|his|her|their) (?:calendars?|diary|diaries"
    r"|schedule)\b",
    r"\b(?:take|taking) (?:today's|tomorrow's|"
    + _WEEKDAY
    + r"'s|our|your|the) (?:[\w-]+ )?"
    + _EN_MEETING
    + r" out\b",
    # "I've cancelled Thursday with Rachel and Ken"
    r"\b(?:i've|i have|we've|we have|i|we|i've had to|we've had to|i had to|we had to)"
    r" (?:now |just |already )?(?:cancel+ed|cancel|called off|call off|scrapped|scrap)"
    r" (?:our |your |the |this )?" + _WEEKDAY + r"(?:'s)?\b(?!'s)(?! (?:deadline|delivery|order"
    r"|class|game|match|dinner|lunch|flight|booking|reservation|party|shift)\b)",
    *spelled(
        (
            r"\b(?:aus dem|aus unserem|aus meinem|aus ihrem|aus deinem) kalender (?:nehmen"
            r"|genommen|streichen|gestrichen|löschen|gelöscht|entfernen|entfernt)\b",
            r"\b(?:den|unseren|unser|das|ihren|deinen|ihr|dein) (?:termin|gespräch|call|telefonat"
            r"|interview) (?:am|vom|für) " + _DE_DAY + r"\b[^\n]{0,40}\b(?:streichen|gestrichen"
            r"|rausnehmen|herausnehmen|canceln|gecancelt)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:retirer|retiré|enlever|enlevé|supprimer|supprimé) (?:le rendez-vous |l'entretien"
            r" |notre entretien |votre entretien |ton entretien |notre échange |notre rdv |le rdv"
            r" |notre appel )?(?:de " + _FR_DAY + r" )?(?:de"
            r"|du|des) (?:l'agenda|mon agenda|notre agenda|votre agenda|ton agenda|calendrier"
            r"|planning)\b",
            r"\b(?:j'ai|on a|nous avons|je dois|on doit|nous devons) (?:dû |du )?(?:annuler"
            r"|annulé|décommander|décommandé) (?:notre |votre |ton |le )?" + _FR_DAY + r"\b"
            r"(?! (?:ma|mon|mes|notre|nos|le|la|les|un|une|ce|cette)\b)",
        )
    ),
    *_plain_es(
        (
            r"\b(?:quitar|quitado|quito|sacar|sacado|borrar|borrado) (?:la entrevista|la llamada"
            r"|la reunión|la cita|lo del " + _ES_DAY + r"|el " + _ES_DAY + r") (?:del|de la|de mi"
            r"|de nuestra|de tu|de su) (?:calendario|agenda)\b",
            r"\b(?:he|hemos|tengo que|tenemos que) (?:cancelado|cancelar|anulado|anular"
            r"|suspendido|suspender) (?:lo del|el) " + _ES_DAY + r"\b",
            # "tenemos que dejarlo para otra semana": put off, no new time given
            r"\b(?:tenemos|tengo) que (?:dejarlo|dejarla|aplazarlo|aplazarla|posponerlo|posponerla)"
            r" (?:para (?:otra semana|otro día|más adelante|la semana que viene)|hasta nuevo aviso)"
            r"\b",
            # "lo de mañana a las 10 lo tenemos que suspender"
            r"\blo de (?:hoy|mañana|esta tarde|esta mañana|el " + _ES_DAY + r")\b[^\n]{0,40}\b(?:lo"
            r" )?(?:tenemos|tengo) que (?:suspender|cancelar|anular|dejar para otro día)\b",
        )
    ),
    # "demain tombe à l'eau", "heute Nachmittag wird das leider nix, lass uns das canceln"
    *_plain_fr(
        (
            r"\b(?:demain|aujourd'hui|cet après-midi|ce matin|"
            + _FR_DAY
            + r"|notre (?:rendez-vous|rdv"
            r"|entretien|échange|appel)|l'entretien|le rendez-vous)\b[^\n]{0,30}\btombe (?:\w+ )?à"
            r" l'eau\b",
        )
    ),
    *spelled(
        (
            r"\b(?:lass|lassen) (?:uns|wir) (?:das|es|den termin|das gespräch|unser treffen|unseren"
            r" termin) (?:bitte |leider )?(?:canceln|absagen|streichen|ausfallen lassen)\b",
            r"\b(?:heute|morgen|heute nachmittag|heute vormittag|morgen früh|am " + _DE_DAY + r")"
            r" (?:wird|klappt) (?:das|es) (?:leider |doch )?(?:nix|nichts|nicht)\b",
            r"\b(?:das gespräch|der termin|unser treffen|unser gespräch|das interview)"
            r" (?:heute |morgen |am " + _DE_DAY + r" )?(?:wird|klappt) (?:leider |doch )?(?:nix"
            r"|nichts|nicht)\b",
        )
    ),
)

# The same words of an answer put off, not a meeting: "Heute wird das leider nix mit der
# Rückmeldung", "sobre la oferta: tenemos que dejarlo para la semana que viene".
CANCEL_UNLESS = (
    r"\b(?:with|on) (?:the|your|our) (?:feedback|decision|answer|offer)\b",
    *spelled(
        (
            r"\bmit (?:der|dem|unserer|unserem) (?:rückmeldung|feedback|entscheidung|antwort|ange"
            r"bot)\b",
        )
    ),
    *_plain_fr(
        (r"\b(?:pour|concernant|sur) (?:la|notre|votre) (?:décision|réponse|offre|retour)\b",)
    ),
    *_plain_es(
        (
            r"\bsobre la (?:oferta|decisión|respuesta)\b|\bla (?:decisión|respuesta|oferta) (?:"
            r"de|del)\b",
        )
    ),
)

REQUEST = (
    # "can u do fri 9am PT?": one day and time offered as a question
    r"\b(?:can|could) you do (?:mon|tue|wed|thu|fri|sat|sun)\w* (?:the \d|at \d|\d|morning"
    r"|afternoon|evening)",
    # "Could you let me have a couple of windows that suit you next week?"
    r"\b(?:let me have|let us have|send me|send us|give me|give us|throw me|shoot me|drop me)"
    r" (?:a couple of|a few|some"
    r"|two or three|\d(?:-| or | to )\d|your) (?:windows|slots|times|dates|options)\b",
    r"\bwhich (?:days?|times?|slots?|mornings?|afternoons?) (?:next week |this week )?(?:suits?"
    r"|works?|would suit|would work|are good|is good) (?:for )?you\b",
    *spelled(
        (
            r"\b(?:sag|sagen sie|schreib|schreiben sie|nenn|nennen sie) (?:mir|uns),? (?:doch )?"
            r"(?:gerne? )?(?:kurz )?,? ?(?:welche|wann|an welchen)\b[^\n]{0,30}\b(?:passen|passt"
            r"|geht|gehen|klappt|klappen|am besten)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:dis-moi|dites-moi|indique-moi|indiquez-moi|dis moi|dites moi)\b[^\n]{0,20}"
            r"\b(?:ce qui (?:t'|vous )arrange|quels? (?:jours?|créneaux|moments?|horaires?)"
            r" (?:t'|vous )(?:arrange|arrangent|conviennent|convient|irait|iraient))",
        )
    ),
    # "Any chance you're free Thursday or Friday?", "would love to do a quick 30 min video chat"
    r"\b(?:any chance|by any chance|is there a chance) (?:you're|you are|you'd be|you would be"
    r"|you might be) (?:free|around|available)\b|\b(?:would|'d) love to (?:do|have|set up|grab)"
    r" (?:a |an )?(?:quick |short |brief )?(?:\d+[- ]?min(?:ute)?s? )?(?:video |phone |zoom )?"
    r"(?:chat|call|conversation)\b",
    # "here are a few times", "she'll come back to you with some options"
    r"\bhere are (?:a few|some|the|my|our|his|her) (?:times|slots|options|dates)\b|\b(?:will|'ll)"
    r" (?:come back|get back|revert) to you with (?:a few |some )?(?:times|slots|options|dates)\b",
    *spelled(
        (
            r"\bhier (?:sind )?(?:ein paar|einige|drei|zwei) (?:terminvorschläge|termine"
            r"|zeitfenster)\b|\bmeldet sich (?:bei ihnen |bei dir )?mit terminvorschlägen\b",
        )
    ),
    *_plain_fr(
        (
            r"\bvoici (?:les|mes|nos|ses|quelques) (?:disponibilités|créneaux|propositions)\b"
            r"|\b(?:merci de|pourriez-vous|pouvez-vous|peux-tu) (?:me |nous )?(?:indiquer"
            r"|confirmer|communiquer|donner) (?:le|les|vos|tes|quel) (?:créneau|créneaux"
            r"|disponibilités|horaire)\b",
            r"\b(?:aimerais|aimerions|souhaiterais|souhaiterions|voudrais|voudrions)\b[^\n]{0,30}"
            r"\b(?:nous )?rencontrer\b|\breviendra vers (?:vous|toi) avec (?:quelques )?"
            r"(?:propositions|créneaux|dates)\b",
        )
    ),
    *_plain_es(
        (
            r"\bte paso (?:algunas|unas|varias) (?:opciones|fechas|horas)\b|\bestas son (?:las|mis"
            r"|nuestras) (?:opciones|disponibilidades)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:dime|dígame|dígannos|dinos|indícame|avísame) (?:qué|cuándo|cuáles|qué días"
            r"|qué día)\b[^\n]{0,40}\b(?:te|le|os) (?:van|va|vienen|viene|cuadra|cuadran|encaja"
            r"|encajan) (?:mejor|bien)\b",
        )
    ),
)

# A meeting named by its length, where a question offers times: "Could you do thu 11am or fri
# 10am ET? 30 min, super informal".
MEETING_NAMED = (
    r"\b\d{2,3} ?(?:min|mins|minutes|minuten|minutos)\b|\bhalf an hour\b|\bhalbe stunde\b"
    r"|\bdemi-heure\b|\bmedia hora\b",
)

# A reply that books the time the user offered: "Lovely, you're in with Ruth on Tuesday".
THREAD_AGREED = (
    r"\byou(?:'re| are) (?:all )?in with (?!(?:a|an|every|no|some) (?:\w+ )?(?:chance|shot|hope))\w"
    r"+",
    # "...so I've pencilled: Monday, May 18, 2:30 pm"
    r"\b(?:i've|i have|we've|we have) (?:now |just )?(?:pencil+ed|provisionally booked|held"
    r"|blocked out)(?: (?:you |it )?in)?\s*(?::|for\b)",
    *spelled(
        (
            r"\b(?:du bist|sie sind)\b(?![^\n]*\b(?:talentpool|pool|verteiler|newsletter|datenbank)"
            r")"
            r"[^\n]{0,40}\b(?:bei|mit) \w+ (?:eingeplant|eingetragen|eingebucht)\b",
        )
    ),
    *_plain_fr((r"\b(?:c'est|tout est) calé avec\b|\btu es calée? avec\b",)),
    *_plain_es((r"\b(?:quedas|queda usted|te he apuntado|te apunto) con \w+ (?:el|para el)\b",)),
)

# "Transportes Llanogrande te ha citado a una entrevista" (with its time nearby); a labelled
# line that fixes the time ("Wann:  Montag, 28. September 2026, 14:00-15:30 Uhr", Outlook's
# "When:").
CONFIRM = (
    r"(?<![^\n])[\s*•·>–-]*(?:when|wann|quand|cuándo|cuando)\s?:(?![^\n]*\(utc)",
    # "Ihr Vorstellungsgespräch ist am Dienstag, 10. März um 10 Uhr"
    *spelled(
        (
            r"\b(?:ihr|dein|unser) (?:vorstellungs|bewerbungs|kennenlern|erst|zweit|final)?gespräch"
            r"(?:stermin)? ist (?:am|für|auf)\b",
        )
    ),
    # "se le convoca a la fase de entrevista personal"
    *_plain_es(
        (
            r"\b(?:se (?:le|te|les) convoca|(?:le|te) cita|queda(?:s)? (?:usted )?citad[oa]) (?:a|p"
            r"ara)"
            r" (?:la |una )?(?:fase de )?(?:entrevista|prueba)",
        )
    ),
    # "Locking this in: Thursday 12 Feb, 2pm UK time"
    r"(?<![^\n])(?:ok,? |great,? |so,? )?locking (?:this|it|that) in\b(?! is| once| when| after"
    r"| as soon)",
    # "Below is your itinerary for the virtual onsite on Thursday 7 May"; "I've blocked a slot
    # that suits the team", "habe ich direkt einen Termin geblockt"
    r"\b(?:your|the) (?:interview )?(?:itinerary|schedule|agenda) for (?:the|your) (?:virtual |fina"
    r"l"
    r" |on-?site )?(?:onsite|on-site|interview|visit|day|loop|panel)\b|\b(?:i've|i have|we've|we"
    r" have) (?:gone ahead and |already |just )?(?:blocked|booked|held|reserved) (?:a|the|you a)"
    r" (?:slot|time)\b|\b(?:the |our )?(?:panel|slot|calendar|time|interviewers?)(?:'s| is| are| ha"
    r"s"
    r" been| have been) (?:already )?(?:blocked|booked|reserved|held) for you\b",
    *spelled(
        (
            r"\b(?:habe|haben) (?:ich|wir) (?:\w+ ){0,2}(?:einen|den|ihren|deinen) termin"
            r" (?:geblockt|eingetragen|reserviert|festgehalten|eingeplant|gebucht)\b",
        )
    ),
    *_plain_fr(
        (
            r"\bj'ai (?:directement |déjà )?(?:bloqué|réservé|calé) (?:un|le) créneau\b|\b(?:votre"
            r"|ton) (?:programme|planning|déroulé) (?:de la|du|pour la) (?:journée|matinée"
            r"|après-midi) d'entretiens?\b",
        )
    ),
    *_plain_es(
        (
            r"\bte he (?:reservado|bloqueado|agendado) (?:un hueco|una hora|la entrevista)\b"
            r"|\b(?:tu|su) (?:agenda|itinerario|programa) (?:para|de) (?:la|tu|su) (?:jornada"
            r"|entrevista|visita)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:vous|t') (?:a|ont) (?:convoquée?|invitée?) (?:à|pour) (?:un|votre|ton)"
            r" entretien\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:te|le|os) (?:ha|han) (?:citado|convocado) (?:a|para) (?:una|la|tu|su)"
            r" (?:entrevista|reunión|cita|prueba)\b",
        )
    ),
)

# "Voici la suite : un entretien avec Karim Benali", the day and time on the next lines.
INVITATION = (
    r"\b(?:the )?next step (?:is|will be) (?:an?|your) (?:[\w-]+ ){0,2}(?:interview|call|meeting"
    r"|conversation|session) with\b",
    *spelled(
        (
            r"\b(?:der )?nächste schritt (?:ist|wäre|wird) (?:ein|das|ihr|dein) (?:\w+)?gespräch"
            r" mit\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:la suite|la prochaine étape)\s?(?::|est|sera) (?:un|une|votre|ton) (?:\w+ )?"
            r"(?:entretien|rencontre|échange|rendez-vous) avec\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:el )?(?:siguiente|próximo) paso (?:es|será) (?:una|la|tu|su) (?:entrevista"
            r"|reunión|llamada) con\b",
        )
    ),
    # an invitation to meet others at the time it names: "On aimerait te faire rencontrer
    # l'équipe pour un deuxième tour : jeudi 19 novembre à 15h", "we'd like you to meet the team"
    r"\b(?:we'd|we would|i'd|i would) (?:love|like) (?:for )?you to (?:meet|come (?:in|by|and meet)"
    r"|visit)\b",
    *_plain_fr(
        (
            r"\b(?:aimerait|aimerions|aimerais|souhaite|souhaitons|souhaiterions|voudrions|voudrait"
            r")"
            r" (?:te|vous) faire (?:rencontrer|venir|passer)\b",
        )
    ),
    *spelled((r"\b(?:möchten|würden) (?:sie|dich) (?:gerne? )?(?:dem|unserem) team vorstellen\b",)),
    *_plain_es((r"\b(?:queremos|nos gustaría) que conozcas (?:al|a nuestro|a todo el) equipo\b",)),
    # to meet in a named meeting at its day: "Nos gustaría conocerte en una primera entrevista
    # por Teams el miércoles 30 de septiembre a las 11:00"
    r"\b(?:we'd|we would) (?:like|love) to meet you (?:for|in) (?:a|an|your) (?:[\w-]+ )?(?:intervi"
    r"ew"
    r"|call|conversation) on\b",
    *_plain_es(
        (
            r"\bnos gustaría (?:conocerte|conocerle|verte) en (?:una|la) (?:primera |segunda )?(?:e"
            r"ntrevista"
            r"|reunión|llamada|videollamada)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:nous aimerions|j'aimerais) vous rencontrer (?:pour|lors d') ?(?:un|une|le) (?:pr"
            r"emier"
            r" |second )?(?:entretien|échange|rendez-vous) (?:le|ce)\b",
        )
    ),
    # one time proposed, as a statement: "te proponemos una entrevista el miércoles 11 a las 16:00"
    r"\b(?:we'd like to|we would like to|i'd like to|we|i) propose (?:(?:an?|the|a first)"
    r" (?:[\w-]+ )?(?:interview|call|meeting|chat) (?:on|for)\b"
    r"|(?:mon|tues|wednes|thurs|fri)day\b)",
    *_plain_fr(
        (
            r"\b(?:je|nous|on) (?:vous|te) propos(?:e|ons) (?:un|le|notre|une|la) (?:\w+ )?"
            r"(?:entretien|rendez-vous|échange|appel|journée d'(?:essai|immersion)|quart d'essai"
            r"|essai)"
            r" (?:le |pour le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\b",
        )
    ),
    *spelled(
        (
            r"\b(?:wir|ich) (?:schlagen|schlage) (?:ihnen|dir) (?:ein|einen|das|den) (?:\w+)?"
            r"(?:gespräch|termin|interview) am\b|\b(?:wir|ich) (?:schlagen|schlage) (?:ihnen|dir)"
            r" (?:für (?:ein|einen|das|den) (?:\w+ )?(?:\w+)?(?:gespräch|termin|interview) )?"
            r"(?:montag|dienstag|mittwoch|donnerstag|freitag)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:te|le|os) propon(?:emos|go) (?:una|la|nuestra|un|el) (?:\w+ )?(?:entrevista"
            r"|reunión|llamada|videollamada|día de prueba|jornada de prueba) (?:el|para el|por"
            r" [\w ]{2,20} el)\b",
        )
    ),
)

# A first day at work, after the offer: "On your first day you'll meet the team at 9am", "Für
# Ihren ersten Tag schicke ich Ihnen gleich einen Termin mit".
FIRST_DAY = (
    r"\b(?:your|his|her|their) first day\b",
    *spelled((r"\b(?:ihr|dein|ihren|deinen|ihrem|deinem) ersten? (?:arbeits)?tag\b",)),
    *_plain_fr((r"\b(?:votre|ton) premier jour\b",)),
    *_plain_es((r"\b(?:tu|su) primer día\b",)),
)

# A test taken online by a deadline, not a meeting at a time: "laden wir Sie zu einem
# Online-Assessment ein ... Bearbeitung möglich bis Sonntag, 23:59 Uhr".
INVITATION_UNLESS = (
    r"\bonline[- ]?(?:assessment|test|aufgabe|übung|prüfung|evaluation|évaluation|prueba)\w*"
    r"|\bonline (?:test|challenge|exercise)\b|\btest en ligne\b|\bprueba en línea\b",
    r"\bfirst day\b|\bonboarding\b",
    *spelled((r"\bersten? (?:arbeits)?tag\b",)),
    *_plain_fr((r"\bpremier jour\b",)),
    *_plain_es((r"\bprimer día\b",)),
    # "come by to pick up your laptop", "zur Vertragsunterzeichnung", drinks among friends
    r"\b(?:pick up|collect|get|recoger|abholen|récupérer) (?:your|tu"
    r"|dein(?:en)?|ihr(?:en)?|ton|votre) (?:new )?(?:laptop|portátil|ordinateur|equipment|badge"
    r"|ausweis|equipo)\b|\bvertragsunterzeichnung\b|\bsignature (?:du|de votre|de ton) contrat\b"
    r"|\bfirmar (?:el|tu|su) contrato\b|\bdrinks?\b|\bapéro\b|\bcervezas?\b|\bbirthday\b"
    r"|\bgeburtstag\b|\banniversaire\b|\bcumpleaños\b|\bparty\b|\bfeier\b|\bsommerfest\b"
    r"|\bfiesta\b|\bsoirée\b",
    # a deadline's hour: "avant le mardi 24 février, 23h59", "by 11:59pm on Friday"
    r"\b(?:23[:h.]59|11[:.]59 ?pm|midnight|minuit|mitternacht|medianoche)\b",
)

# Features named for a recruiter's audience ("candidates pick a slot"), not asked of the user.
REQUEST_UNLESS = (
    r"\bcandidates (?:can |may |will |then )?(?:pick|choose|select|book|schedule)\b",
    # a time fixed, its attendance to confirm: "Kindly confirm your availability at the earliest
    # by revert mail" (not "confirm your availability for a first-round interview this week")
    r"\b(?:confirm|acknowledge) your (?:attendance|presence|participation)\b|\bconfirm your"
    r" availability (?:at the earliest|by (?:revert|return)|for the (?:above|same|said|scheduled)"
    r"|as per)\b",
    # a test to take, not a meeting: "we'd like to invite you to complete a take-home exercise"
    r"\binvit(?:e|ing) you to\b[^\n]{0,60}\b(?:take-home|assessment|test|exercise|case"
    r" study|questionnaire)\b(?![^\n]*\b(?:interview|call|meeting)\b)",
    r"\binvit(?:e|ing) you to (?:complete|take|do|work on|sit) (?:a|an|the|our) (?:short |brief"
    r" |online |technical |coding )?(?:take-home|assessment|test|exercise|challenge|case study"
    r"|task|questionnaire)\b",
    # the team's own calendar: "die Terminfindung im Team ist nicht einfacher"
    *spelled((r"\bterminfindung (?:im team|intern|bei uns)\b",)),
    # a product shown, not the user interviewed: "walk you through it in a 15-min demo",
    # "¿qué día te viene mejor para una demo?", "eine kurze Produktdemo", "une démo de 20 min"
    r"\b(?:a|an|the|our|quick|short|live|free|personal|product|\d+[- ]?min(?:ute)?s?) demo\b"
    r"|\bdemo (?:call|session|meeting|slot)\b|\bproduct tour\b|\buna demo\b|\bune démo\b"
    r"|\beine (?:kurze )?(?:produkt)?demo\b|\bproduktdemo\b",
)

# The same words book a new time in a thread that had fixed one.
THREAD_MOVED = THREAD_AGREED

HOLDING = (
    # "position's been put on hold ... I'll ping you if it opens back up"
    r"\b(?:has|'s|have|'ve|had) been put on hold\b(?![^\n]{0,40}\bindefinitely\b)",
    r"\bneed (?:a few|a couple of|a couple|some|two|three) more (?:days|weeks)\b",
    # a decision planned ("the idea is to have a decision before Friday", "la idea es tener una
    # decisión antes del viernes", "Ziel ist, bis Freitag zu entscheiden")
    r"\bthe (?:idea|plan|aim|goal|hope) is to (?:have a decision|decide|make (?:a|our|the)"
    r" (?:final )?(?:decision|call))\b",
    *spelled((r"\b(?:ziel|plan|idee) ist(?:,| es,?)? (?:\w+ ){0,4}?(?:zu )?entscheiden\b",)),
    *_plain_fr((r"\bl'(?:idée|objectif) est (?:de prendre|d'avoir|de trancher|de décider)\b",)),
    *_plain_es(
        (
            r"\btener (?:ya )?una decisión (?:final |definitiva )?(?:antes del?|para el|a más"
            r" tardar|esta semana|la (?:próxima )?semana)\b",
        )
    ),
    # "you'll be the first to know", "still in the running", "give me until Monday"
    r"\byou(?:'ll| will) be the first (?:to know|i call|person i call|one i call)\b|\bstill in the"
    r" running\b|\bgive me (?:until|till) (?:mon|tues|wednes|thurs|fri)day\b",
    # "I'll know more by the end of the month", "bis Ende Oktober weiß ich mehr"
    r"\b(?:i|we)(?:'ll| will| should) know more (?:by|after|at|in|next|once)\b",
    *spelled(
        (r"\bweiß (?:ich|wir) (?:\w+ ){0,3}?mehr\b|\bwissen wir (?:\w+ )?(?:mehr|genaueres)\b",)
    ),
    *_plain_fr(
        (
            r"\b(?:j'en|nous en|on en) saur(?:ai|ons|a) (?:plus|davantage)\b|\ben savoir (?:plus"
            r"|davantage) (?:d'ici|fin|début|la semaine)\b",
        )
    ),
    *_plain_es((r"\b(?:sabré|sabremos) (?:algo )?más\b|\b(?:tendré|tendremos) más información\b",)),
    *spelled(
        (
            r"\b(?:sie|du) (?:erfahren|erfährst) es als (?:erste|erster)\b|\b(?:nach wie vor"
            r"|weiterhin|noch) im rennen\b|\b(?:gib mir|geben sie mir) bis\b[^\n]{0,25}\bzeit\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:tu seras|vous serez) (?:le premier|la première) (?:à le savoir|informée?|au"
            r" courant)\b|\btoujours dans la course\b|\blaisse(?:z)?-moi jusqu'à\b",
        )
    ),
    *_plain_es(
        (
            r"\bserás (?:la primera|el primero) en (?:saberlo|enterarte)\b|\bsigues (?:en carrera"
            r"|en el proceso|en la recta final)\b|\bd(?:a|é)me hasta el\b",
        )
    ),
    r"\b(?:still|are still) (?:talking it over|talking it through|mulling it over|going back"
    r" and forth)\b",
    *spelled(
        (
            r"\bbrauchen (?:noch )?(?:ein paar|einige|wenige|zwei|drei) (?:tage|wochen)"
            r"(?: länger| mehr)?\b",
            r"\b(?:sind|bin) (?:noch|immer noch) (?:am überlegen|am abwägen|in der abstimmung)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:il nous faut|on a besoin de|nous avons besoin de|j'ai besoin de) (?:encore )?"
            r"(?:quelques|deux|trois) (?:jours|semaines)\b",
            r"\bon (?:en )?(?:discute|parle|réfléchit) encore\b",
        )
    ),
    *_plain_es(
        (
            r"\bnecesit(?:amos|o) (?:unos|algunos|un par de|dos|tres) (?:días|semanas) más\b",
            r"\b(?:todavía|aún) lo estamos (?:hablando|valorando|pensando|mirando|decidiendo)\b",
            r"\bseguimos (?:dándole vueltas|valorándolo|pensándolo|hablándolo)\b",
        )
    ),
)

# "Received, thanks. I'll pass it to Andrés": a person's receipt, read only before any interview.
RECEIPT = (
    *spelled(
        (
            r"(?<![^\n])(?:danke,? |vielen dank,? )?(?:ist |sind )?(?:gut |gerade )?angekommen\b",
            r"\b(?:gebe|leite|reiche) (?:sie|es|ihre unterlagen|deine unterlagen|ihren lebenslauf"
            r"|deinen lebenslauf|ihre bewerbung|deine bewerbung) (?:gerne |direkt )?(?:an|weiter"
            r" an) \w+\b[^\n]{0,20}\bweiter\b",
        )
    ),
    *_plain_fr(
        (
            r"(?<![^\n])(?:bien reçu|reçu|c'est noté)\b[,!.]? ?(?:merci|avec mes remerciements)\b",
            r"\b(?:je|nous) (?:transmets|transmettons|fais suivre|faisons suivre) (?:ton|votre)"
            r" (?:cv|dossier|candidature)\b",
        )
    ),
    *_plain_es(
        (
            r"(?<![^\n])(?:recibido|recibida|recibidos)\b[,!.]? ?(?:muchas )?gracias\b",
            r"\bse (?:lo|la) (?:paso|pasamos|reenvío|he pasado|hemos pasado) a \w+,? que\b",
        )
    ),
)

# The user asked to help interview someone else ("tengo la entrevista con una candidata").
PANEL_MEMBER = (
    *spelled(
        (
            r"\bich (?:habe|hab) (?:ein|das|heute ein|morgen ein) (?:vorstellungs)?gespräch mit"
            r" (?:einem|einer|dem|der) (?:bewerber|kandidat)\w*",
        )
    ),
    *_plain_fr(
        (
            r"\bj'ai (?:un|l') entretien avec (?:un|une|le|la) candidate?\b"
            r"|\bje fais passer (?:un|l') entretien\b",
        )
    ),
    *_plain_es(
        (r"\btengo (?:la|una) entrevista con (?:un|una|el|la) (?:candidat[oa]|aspirante)\b",)
    ),
)

# A flat let, not a job: "Den Mietvertrag senden wir Ihnen zu", "le bail", "contrato de
# alquiler".
OTHER_APPLICATION = (
    # an insurer's: "Ihr Antrag wurde angenommen", "Versicherungsbeginn"
    *spelled(
        (
            r"\b(?:ihr|dein) (?:versicherungs)?antrag (?:wurde|ist) (?:angenommen|bewilligt)\b"
            r"|\bversicherungs(?:schein|beginn)\b",
        )
    ),
    # a flat: "Einladung zur Besichtigung", a co-owners' meeting: "convocation à l'assemblée
    # générale de la copropriété"
    *spelled(
        (
            r"\bwohnungsbesichtigung\w*|\bbesichtigung\b[^\n]{0,60}\bwohnung|\bwohnung\b[^\n]{0,80}"
            r"\bbesichtigung|\bmietinteress\w*",
            # what only a tenant is asked for (a relocation offer names rents and portals too)
            r"\b(?:mieterselbstauskunft|mietschuldenfreiheitsbescheinigung|sammelbesichtigung"
            r"|wg-gesucht|flatfox)\b|\bbewerbung (?:für|um) (?:die |eine |«)?[^\n]{0,12}zimmer-?"
            r"wohnung\b",
        )
    ),
    r"\b(?:tenant referencing|holding deposit|rental application|right to rent check)\b",
    *_plain_fr(
        (
            r"\bassemblée générale (?:des copropriétaires|de la copropriété)\b|\bsyndic de"
            r" copropriété\b",
            r"\b(?:visite groupée|garant visale|quittances? de loyer)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:aval bancario para el alquiler|visita (?:al|del) (?:departamento"
            r"|apartamento|piso))\b|\b(?:solicitud de visita|posibles inquilin[oa]s)\b",
        )
    ),
    # an interview for a place on a course or at a school ("your admissions interview",
    # "Auswahlgespräch für den Masterstudiengang", "entretien d'admission", "entrevista de
    # admisión")
    r"\badmissions? (?:interview|call|chat|conversation)s?\b",
    *spelled(
        (
            r"\b(?:auswahlgespräch|aufnahmegespräch|zulassungsgespräch)\w* (?:\w+ ){0,2}?(?:für|zum"
            r")"
            r" (?:den |das |die )?(?!dual)(?:\w+ )?(?:master|bachelor|studiengang|studium"
            r"|studienplatz|mba|bootcamp|weiterbildung|kurs|lehrgang)\w*",
        )
    ),
    *_plain_fr((r"\b(?:entretien|jury|oral) d'admission\b",)),
    *_plain_es((r"\b(?:entrevistas?|pruebas?) de admisión\b(?![^\n]{0,40}\bpuesto\b)",)),
    r"\b(?:tenancy agreement|lease agreement|your tenancy|the viewing of the (?:flat"
    r"|apartment))\b",
    r"\b(?:applying|application|apply) to rent\b|\bholding deposit\b|\bguarantee a tenancy\b",
    # a quote or a bid decided, not a job: "your quote for the redesign", "votre devis"
    r"\b(?:your|the) (?:quote|quotation|estimate|bid|tender|pitch)\b(?! (?:from|of the week))",
    *_plain_fr((r"\b(?:votre|ton) (?:devis|appel d'offres|offre de prestation)\b",)),
    *spelled(
        (
            r"\b(?:ihr|dein|ihren|deinen) (?:kostenvoranschlag|kostenangebot|angebot für die"
            r" (?:umsetzung|erstellung|gestaltung|entwicklung))\b",
        )
    ),
    *_plain_es((r"\b(?:tu|su|vuestro) presupuesto\b",)),
    # a practice interview, not one: "could you do a mock interview with me?"
    r"\b(?:mock|practice|practise) interview\b|\bprobe-?interview\b|\bübungs-?(?:interview"
    r"|gespräch)\b|\bentretien blanc\b|\bsimulation d'entretien\b|\bsimulacro(?: de entrevista)?"
    r"\b|\bentrevista de (?:práctica|prueba|ensayo)\b",
    # insurance, a loan, a card: "We've received your application for car insurance"
    r"\b(?:application|applying) for (?:[\w-]+ ){0,2}(?:car|home|life|travel|pet|health|contents"
    r"|motor|dental|building|income protection) (?:insurance|cover|policy)\b(?! (?:analyst|role"
    r"|position|job|specialist|manager|underwriter|adviser|advisor|consultant|broker|assistant))"
    r"|\b(?:application|applying) for (?:insurance|cover|a (?:loan|mortgage|credit card|current"
    r" account))\b|(?<!proof of )(?<!copy of )\byour (?:insurance|loan|mortgage|credit card|visa"
    r"|passport) application\b",
    # an immigration file acknowledged (an offer may offer help with a permit: not this)
    r"\b(?:received|receipt of|acknowledge) your (?:residence permit|work permit|permanent"
    r" residence|citizenship|immigration) application\b",
    # a card applied for ("Thank you for applying for the Lakeshore Cash Rewards Visa card")
    r"\b(?:applying|application|applied) for (?:the |a |your )?(?![\w®()-]+ (?:[\w®()-]+ ){0,4}?"
    r"(?:manager|analyst|developer|engineer|lead|specialist|designer|owner|director|head"
    r"|consultant|intern|officer|associate)\b)(?:[\w®()-]+ ){0,5}?(?:credit |debit"
    r" |rewards |charge )?card\b(?! (?:services|operations|analyst|product|team|payments|issuing"
    r"|role|position|job))",
    # an admissions panel or office decides on a course, not a job
    r"\badmissions? (?:panel|team|office|committee|decision|process)\b|\b(?:application|admission) "
    r"to (?:the|our)"
    r" (?:master's|masters|msc|mba|phd|ma|ba|bsc) (?:programme|program|course|degree)\b",
    # a place on a course or at a school, not a job (a graduate programme's place is one)
    r"\boffer you a place (?:on|in|at) (?:the|our|this) (?:[\w-]+ ){0,3}(?:course|bootcamp"
    r"|school)\b",
    *spelled(
        (
            # an application in German is a "Bewerbung": an "Antrag" of these kinds is not
            r"\bantrag(?:s|es)? auf (?:eine?n? |die |den |das )?(?:mitgliedschaft|\w*versicherung"
            r"|\w*kredit|\w*darlehen|kontoeröffnung"
            r"|elterngeld|wohngeld|kindergeld|aufnahme)\b|\b(?:ihr|ihres|ihren|dein|deines|deinen)"
            r" (?:mitglieds|versicherungs|kredit|darlehens|aufnahme)antrag(?:s|es)?\b"
            r"|\bantragsnummer\b|"
            r"\b(?:ihr|dein) (?:versicherungs|kfz-versicherungs|kredit|visums?)antrag\w*"
            r"|\bantrag(?:s|es)? auf (?:eine?n? |die |den )?(?:aufenthaltserlaubnis"
            r"|aufenthaltstitel|niederlassungserlaubnis|einbürgerung|blaue karte"
            r"|arbeitserlaubnis)\b[^\n]{0,30}\b(?:eingegangen|erhalten|registriert)\b"
            r"|\b(?:kita|schul|betreuungs|ganztags|kurs)platz\w*|\b(?:ihr|dein) kind\b[^\n]{0,60}"
            r"\bplatz\b|\bbesichtigungstermin\w*",
        )
    ),
    *spelled(
        (
            r"\bmietvertrag\w*|\bmietbeginn\b|\bwohnungsübergabe\b|\bnach den besichtigungen\b"
            r"|\bdie wohnung\b[^\n]{0,40}\b(?:vergeben|vermietet|anderweitig)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:candidature|admission|inscription) (?:au|en) (?:master|mastère|licence|m1|m2"
            r"|doctorat|mba|bachelor)\b|\b(?:décision|entretien|jury|commission) d'admission\b|\bju"
            r"ry d'admission\b|\bcommission pédagogique\b|\becandidat\b",
            # (not a document to bring: "la preuve de votre demande de visa")
            r"(?<!preuve de )(?<!copie de )(?<!justificatif de )\b(?:votre|ta) demande"
            r" (?:d'assurance|de carte|de crédit|de visa)\b|\b(?:accus\w+"
            r" réception de|avons (?:bien )?reçu) (?:votre|ta) demande de (?:résidence"
            r"|naturalisation|citoyenneté|permis de travail|certificat de sélection)\b"
            r"|\b(?:votre|ta) déclaration d'intérêt\b"
            r"|\bsouscription (?:à|de) (?:votre|ton|l') (?:assurance|contrat d'assurance)\b",
            r"\b(?:votre|le|ton|du) bail\b|\bdossier de location\b|\b(?:candidature|dossier)"
            r" (?:de candidature )?pour (?:l'appartement|le logement|le studio|la maison|la locatio"
            r"n)"
            r"\b|\bétat des lieux (?:d'entrée|de sor"
            r"tie)\b|\bremise des"
            r" clés\b|\bvisite de l'appartement\b",
        )
    ),
    *_plain_es(
        (
            r"\bpréstamo (?:personal|preconcedido|preaprobado|rápido)\b|\boferta (?:preaprobada"
            r"|preconcedida)\b|"
            r"\b(?:solicitud|proceso|resolución|oficina|comité) de admisi(?:ón|ones)\b[^\n]{0,80}"
            r"\b(?:máster|master|grado|doctorado|programa|curso|escuela|universidad|colegio"
            r"|diplomado)\b|"
            r"\b(?:tu|su) solicitud de (?:seguro|préstamo|tarjeta|hipoteca|visado)\b|\b(?:recibido"
            r"|recibimos|registrado) (?:tu|su) solicitud de (?:residencia|nacionalidad|permiso de"
            r" trabajo|visa)\b|\badmisión"
            r" (?:al|en el) (?:máster|grado|doctorado)\b",
            r"\bcontrato de (?:alquiler|arrendamiento)\b|\balquiler del piso\b|\bvisita al piso\b"
            r"|\bla fianza\b|\bentrega de (?:las )?llaves\b",
        )
    ),
)

# A move in everyday words, with its new time: "wir müssen das Zweitgespräch von 10 auf 13 Uhr
# schieben", "please find below the revised schedule for your Technical Round".
# "Nueva fecha para tu entrevista: jueves 12 a las 10", "Nouvelle date pour votre entretien :
# jeudi 12 à 10h": the new time in the same sentence (a cancellation promising a new date,
# or refusing one, names none).
RESCHEDULE_SENTENCE = (
    *_plain_es(
        (
            r"(?<!una )(?<!ninguna )(?<!otra )(?<!la )\b(?:nueva|nuevo) (?:fecha|hora|horario|día)"
            r" (?:para|de) (?:tu|su|la|el|vuestra) (?:\w+ )?(?:entrevista|llamada|reunión|cita"
            r"|videollamada)\s?:",
        )
    ),
    *_plain_fr(
        (
            r"(?<!une )(?<!de )(?<!aucune )(?<!autre )(?<!la )\b(?:nouvelle|nouvel) (?:date"
            r"|horaire|créneau|heure) (?:pour|de) (?:votre|ton|ta|notre|l') ?(?:\w+ )?(?:entretien"
            r"|entrevue|rendez-vous|échange|appel)\s?:",
        )
    ),
)

RESCHEDULE = (
    r"\b(?:the |your |a |our )?revised (?:schedule|timing|time|slot|date)s? (?:for|of) (?:the |your"
    r" |our )?(?:[\w-]+ ){0,2}(?:interview|round|call|meeting|discussion)\b",
    *spelled(
        (
            r"\bvon \d{1,2}(?:[:.]\d\d)? (?:uhr )?(?:auf|nach) \d{1,2}(?:[:.]\d\d)? ?(?:uhr )?(?:zu"
            r" )?"
            r"(?:schieben|verschieben|verlegen)\b",
        )
    ),
)

# "¿Te vendría bien pasar la entrevista al lunes 13?": a move asked in a thread.
MOVE_WORDS = (
    *_plain_es(
        (
            r"\bpasar (?:la|nuestra|tu|su) (?:entrevista|llamada|reunión|cita|charla|videollamada)"
            r" (?:al|a el|para el)\b",
            # "Lo paso al lunes 26, misma hora"
            r"\b(?:te |os )?(?:lo|la) (?:paso|muevo|cambio|corro|adelanto|atraso|dejo) (?:al|para e"
            r"l"
            r"|a la|para la) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|día|semana"
            r"|tarde|mañana|\d)",
        )
    ),
    *_plain_fr((r"\bpasser (?:l'entretien|notre échange|le rendez-vous|notre appel) (?:à|au)\b",)),
)

# A mail's own footer names the user's address ("Diese E-Mail wurde an lea@... gesendet"):
# no application was sent; a status that changed is behind a log-in, not a receipt.
ACKNOWLEDGEMENT_UNLESS = (
    # a message about the application left in the account, not the application received
    r"\bnew message (?:concerning|about|regarding|on) your application\b|\bnouveau message"
    r" concernant (?:votre|ta) candidature\b|\bneue nachricht zu (?:ihrer|deiner) bewerbung\b"
    r"|\bnuevo mensaje (?:sobre|relativo a|acerca de) (?:su|tu) candidatura\b",
    r"\b(?:this|the) (?:e-?mail|message|notification) (?:was|has been) (?:sent|delivered"
    r"|addressed) to \S*@",
    r"(?<![^\n])to (?:view|see) (?:the|your) (?:current |latest |new )?status\b",
    *NO_NEWS,
    # an application recalled, not received ("du hast dich vor Kurzem bei Kiezkraft beworben.
    # Magst du uns erzählen, wie du unseren Bewerbungsprozess erlebt hast?")
    *spelled((r"\b(?:du hast|sie haben) (?:dich|sich) (?:vor kurzem|kürzlich|neulich)\b",)),
    *_plain_fr((r"\bvous avez récemment postulé\b",)),
    *_plain_es((r"\b(?:te postulaste|postulaste|aplicaste) recientemente\b",)),
    *spelled(
        (
            r"\b(?:diese|die) (?:e-?mail|nachricht|benachrichtigung|mail) wurde (?:an|für) \S*@"
            r"|(?<![^\n])(?:diese|die) (?:e-?mail|nachricht|benachrichtigung|mail) wurde\b[^\n]"
            r"{0,60}"
            r"\b(?:versendet|verschickt|gesendet|erstellt|generiert)\.?(?![^\n])",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:cet|ce) (?:e-?mail|courriel|message) (?:vous )?(?:a été|est) (?:envoyé|adressé"
            r"|destiné) à \S*@",
        )
    ),
    *_plain_es(
        (
            r"\b(?:este|el) (?:correo|e-?mail|mensaje) (?:se )?(?:ha sido |fue |ha )?(?:enviado"
            r"|dirigido) a \S*@",
        )
    ),
    # a registration long past, recalled ("Hace dos años te registraste en la base de datos de
    # candidatos"; a consent renewal, "you joined our talent pool two years ago")
    r"\b(?:a|an|one|two|three|four|five|several|a few|\d+) (?:years?|months?) ago\b",
    *spelled((r"\bvor (?:einem|einigen|zwei|drei|vier|fünf|\d+) (?:jahren|monaten)\b",)),
    *_plain_fr((r"\bil y a (?:un|une|deux|trois|quatre|cinq|quelques|\d+) (?:ans?|mois)\b",)),
    *_plain_es((r"\bhace (?:un|una|dos|tres|cuatro|cinco|unos|varios|\d+) (?:años?|meses)\b",)),
)

# An agency's news that the user's CV is with its client: the process under way, the
# client's answer awaited ("your CV went over to my client this morning", "habe ich Ihre
# Unterlagen unserem Mandanten vorgestellt", "j'ai présenté votre candidature à notre client",
# "hemos presentado tu candidatura a nuestro cliente"); read before an acknowledgement.
DELAY = (
    r"(?<!before )(?<!once )(?<!when )(?<!after )\b(?:(?:i've|i have|we've|we have) (?:just |now"
    r" |today |this morning )?(?:submitted|sent|put|passed|forwarded|presented|introduced"
    r"|shared)|(?:i|we) (?:just |today |this morning )?(?:submitted|sent|passed|forwarded"
    r"|presented|introduced|shared)) (?:you|your (?:cv|resume|profile|application|details))"
    r"(?: forward| over| across| on| through)? (?:to|with) (?:my|our|the) client\b",
    r"\byour (?:cv|resume|profile|application|details) (?:went|has gone|have gone|is now|are now"
    r"|is|are) (?:over |across |through )?(?:to|with) (?:my|our|the) client\b",
    *spelled(
        (
            r"\b(?:ihre|deine) (?:bewerbungsunterlagen|unterlagen|bewerbung|kandidatur|lebenslauf"
            r"|profil)\b[^\n]{0,40}\b(?:unserem|meinem|dem|unserer|meiner|der) (?:mandant(?:en"
            r"|in)|kunden|kundin|auftraggeber(?:in)?)\b[^\n]{0,20}\b(?:vorgestellt|weitergeleitet"
            r"|präsentiert|übermittelt|weitergegeben|zukommen lassen)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:j'ai|nous avons) (?:\w+ ){0,2}?(?:présenté|transmis|envoyé|soumis|proposé"
            r"|partagé) (?:votre|ta|ton) (?:candidature|cv|profil|dossier)\b[^\n]{0,30}\bà"
            r" (?:notre|mon|ma|le|la) client",
        )
    ),
    *_plain_es(
        (
            r"\b(?:he|hemos|ya he|ya hemos) (?:presentado|enviado|trasladado|pasado|compartido"
            r"|mandado) (?:tu|su) (?:candidatura|cv|perfil|currículum)\b[^\n]{0,30}\b(?:a|con)"
            r" (?:nuestro|mi|el|nuestra|la) cliente\b",
        )
    ),
)

# The client wants to meet, or the CV is not with it yet: no waiting on it ("they'd like to
# meet you: are you free Tuesday?", "sobald Sie mir Ihr Okay geben, werden Ihre Unterlagen
# vorgestellt").
DELAY_UNLESS = (
    r"\b(?:like|love|want|keen) to (?:meet|interview|speak|talk)\b|\bwant you in\b|\bare you"
    r" (?:free|available)\b",
    *spelled((r"\bsobald\b|\bverfügbar\b|\bkennenlernen\b",)),
    *_plain_fr((r"\bdisponible\b|\brencontrer\b|\bdès que (?:vous|tu)\b",)),
    *_plain_es((r"\bdisponible\b|\bconocerte\b|\ben cuanto (?:me )?(?:des|confirmes)\b",)),
)

# A choice left to the user ("Tell me which one works and I'll lock it in"): no time fixed.
_CHOICE_LEFT = (
    r"\b(?:tell me|let me know|say|confirm|choose|pick) which (?:one|slot|time|day|option|of"
    r" (?:these|them|those))\b|\b(?:tell me|let me know|say) what (?:suits|works)\b",
    *spelled(
        (
            r"\b(?:sag|sagen sie|gib|geben sie)(?: mir| uns)?(?: bitte)?(?: kurz)?(?: bescheid)?,?"
            r" (?:welcher|welche|welches|wann)\b",
        )
    ),
    *_plain_fr((r"\b(?:dis|dites)(?:-moi|-nous| moi| nous)? (?:lequel|laquelle|quel|quelle)\b",)),
    *_plain_es(
        (
            r"\b(?:dime|dígame|indícame|indíqueme|avísame) (?:cuál|qué (?:hueco|horario|día"
            r"|opción))\b",
        )
    ),
    # a window left to fill ("pick a half hour", "grab any 30 minutes"), or times offered with
    # others welcome ("if none of those work, send me a couple of other times")
    r"\b(?:throw|shoot) (?:me|us) a (?:time|slot|couple of times) that (?:suits|works)\b"
    r"|\b(?:pick|choose|grab|take|book) (?:a|any|whichever) (?:half[ -]hour|30[ -]min\w*|thirty"
    r" minutes|slot|time|spot)\b|\bif none of (?:those|these|them|the above) (?:work|suit|fit)"
    r"|\bif (?:nothing|neither) (?:there |here )?(?:works|suits|fits)\b|\bany ?time between\b"
    r"[^\n]{0,30}\b(?:works|suits|is (?:fine|good|ok))\b",
    *spelled(
        (
            r"\bsuch(?:en sie)? (?:dir|euch|sich)? ?(?:eine halbe stunde|einen (?:termin|slot)"
            r"|eine zeit|etwas) aus\b|\b(?:falls|wenn) (?:nichts|keiner|keine?s?) (?:davon"
            r"|der termine|der zeiten|dabei ist|passt)\b|\bjederzeit zwischen\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:choisis|choisissez|prends|prenez|réserve|réservez) (?:une demi-heure|un"
            r" créneau|un horaire|ce qui (?:te|vous) (?:va|arrange))\b|\bsi (?:rien|aucun"
            r"|aucune)(?: de ces (?:créneaux|horaires|dates))? ne (?:vous |te )?(?:colle|convient|v"
            r"a"
            r"|marche|arrange)\b"
            r"|\bn'importe quand entre\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:elige|escoge|elija|escoja|coge|pilla|reserva) (?:media hora|un hueco|un horario"
            r"|una hora|el (?:hueco|horario|día) que|la hora que|el que (?:te|le) (?:venga|vaya))\b"
            r"|\bsi (?:ninguno|ninguna|nada)(?: de"
            r" (?:estos|estas|esos|esas)(?: \w+)?)? (?:te |le )?(?:encaja|va bien|viene bien"
            r"|cuadra|sirve)\b|\b(?:cuando quieras|en cualquier momento) entre\b",
        )
    ),
)
# A clock difference told, not a meeting moved: "Pacific is only 7 hours behind Lisbon instead
# of 8", "nur 7 statt 8 Stunden Unterschied", "6 heures de décalage au lieu de 7".
_CLOCK_GAP = (
    r"\bhours? (?:ahead|behind|apart|difference)\b[^\n]{0,40}\binstead of\b",
    *spelled(
        (
            r"\bstunden? (?:voraus|zurück|unterschied|zeitunterschied|zeitverschiebung)\b"
            r"[^\n]{0,40}\b(?:statt|anstatt)\b|\b(?:statt|anstatt) \d{1,2} stunden\b",
        )
    ),
    *_plain_fr(
        (
            r"\bheures? (?:d'avance|de retard|de décalage|d'écart)\b[^\n]{0,40}\bau lieu"
            r" de\b|\bau lieu de \d{1,2} heures? de décalage\b",
        )
    ),
    *_plain_es(
        (
            r"\bhoras? (?:de diferencia|por delante|por detrás|antes|después)\b[^\n]{0,40}"
            r"\b(?:en lugar de|en vez de)\b",
        )
    ),
)
CONFIRM_UNLESS = (*_CHOICE_LEFT, *_CLOCK_GAP)
CONFIRM_SENTENCE_UNLESS = _CHOICE_LEFT

# Not the user's own application: an appointment with a public employment service's adviser,
# a guest slot on a show, a job fair, the user as a referee, a request for consent to keep a CV
# on file.
NOT_HIRING = (
    # an adviser's appointment at a youth or job information centre
    *_plain_fr(
        (
            r"\binformat(?:eur|rice)s? jeunesse\b|\bmission locale\b|\bentretien (?:individuel )?"
            r"(?:d'orientation|d'information|d'accompagnement|de conseil)\b",
        )
    ),
    # a candidacy for an elected office: a club's or a society's board, a council, a union
    r"\b(?:candidacy|candidature|nomination|running) for (?:the )?(?:board|committee|council"
    r"|(?:club |society |student )?(?:president|treasurer|secretary|chair))\b|\b(?:ballot"
    r"|hustings|board elections?|committee elections?)\b",
    *spelled(
        (
            r"\bkandidatur (?:für|zum|zur) (?:das |den |die )?(?:vorstand\w*|vorsitz\w*|amt des|kas"
            r"sen"
            r"wart\w*|schatzmeister\w*|präsidium|beirat)|\bvorstandsamt\b|\bvorstandswahl\w*"
            r"|\bliebe vorstandsmitglieder\b|\bwahlvorschl\w*|\bwahlleitung\b",
        )
    ),
    *_plain_fr(
        (
            r"\bcandidature (?:au|pour le|à la) (?:bureau|conseil d'administration|présidence"
            r"|poste de (?:trésorier|secrétaire|président)\w*)\b"
            r"|\bélections? (?:du bureau|au conseil|des délégués)\b",
        )
    ),
    *_plain_es(
        (
            r"\bcandidatura (?:a|para) la (?:junta|presidencia|tesorería|secretaría)\b"
            r"|\belecciones (?:a|de) (?:la junta|delegados|representantes)\b",
        )
    ),
    # an interview for a student's research ("para mi TFM", "for my master's thesis")
    r"\bfor my (?:master'?s? |bachelor'?s? |phd |doctoral )?(?:thesis|dissertation|research"
    r" project)\b",
    *spelled((r"\bfür meine (?:master|bachelor|doktor|abschluss)arbeit\b",)),
    *_plain_fr((r"\bpour mon (?:mémoire|projet de fin d'études|doctorat|étude)\b",)),
    *_plain_es((r"\bmi (?:tfm|tfg|tesis|trabajo de fin de (?:máster|grado))\b",)),
    # a bank's or an insurer's adviser: "Confirmation de votre entretien avec votre conseiller"
    *_plain_fr(
        (
            r"\bavec votre conseill(?:er|ère)\b(?![^\n]{0,80}\b(?:poste|mission|candidature"
            r"|recrutement|embauche)\b)",
        )
    ),
    # the user interviewed by the press, as an expert: the piece, the quote
    r"\b(?:for|in) (?:my|our) (?:piece|article|story|feature|column) (?:on|about)\b|\bi(?:'d"
    r"| would) (?:like to )?quote you\b|\bon the record\b",
    *spelled(
        (
            r"\bfür (?:meinen|unseren) (?:artikel|beitrag|bericht) (?:über|zu|zum)\b"
            r"|\b(?:sie|dich) (?:namentlich )?zitieren\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:l'article|mon article|notre article|mon papier|le papier) (?:porte|portera)"
            r" sur\b|\bciter(?:ais|ai|ions)? vos propos\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:el|mi|nuestro) (?:artículo|reportaje) (?:trata|tratará|va) (?:sobre|de)\b"
            r"|\bcitar(?:te|la|le) (?:con|por) (?:tu|su) nombre\b",
        )
    ),
    # an appointment with the user's own adviser at a public employment service
    r"\byour (?:work coach|jobcentre (?:plus )?(?:appointment|adviser|advisor)|employment"
    r" (?:adviser|advisor|counsel+or)|unemployment (?:claim|benefits?|insurance))\b",
    *spelled(
        (
            r"\b(?:einladung zu(?:m| einem) (?:beratungsgespräch|vermittlungsgespräch)|meldetermin"
            r"|arbeitsuchendmeldung|arbeitslosmeldung)\w*|\b(?:beratungsgespräch|vermittlungsgesprä"
            r"ch)"
            r"\w*\b[^\n]{0,80}\b(?:agentur für arbeit|arbeitsagentur|jobcenter|arbeitsvermittlung)"
            r"|\b(?:ihre?|deine?) (?:persönliche[nr]? )"
            r"?"
            r"(?:ansprechpartner(?:in)?|arbeitsvermittler(?:in)?|berater(?:in)?) (?:in der"
            r" arbeitsvermittlung|bei der agentur für arbeit|im jobcenter)\b",
            # the user's own search reviewed: "ein Gespräch über Ihre berufliche Situation und
            # Ihre bisherigen Bewerbungsaktivitäten" (not a headhunter's "Ihre berufliche
            # Situation" alone)
            r"\b(?:ihre|deine) bisherigen (?:bewerbungsaktivitäten|bewerbungsbemühungen)\b"
            r"|\b(?:ihre|deine|nachweise über (?:ihre|deine)) eigenbemühungen\b"
            r"|\b(?:ihr|dein) bewerberangebot\b|\brechtsfolgenbelehrung\b",
        )
    ),
    r"\b(?:evidence|proof|record) of your job ?search\b|\byour claimant commitment\b",
    *_plain_fr(
        (
            r"\b(?:votre|ton|ta|avec votre|avec ton|avec ta) (?:conseill(?:er|ère)|référent(?:e)?)"
            r" (?:france travail|pôle emploi|emploi|apec|mission locale|cap emploi)\b|\bentretien"
            r" (?:de situation|de suivi|d'inscription)\b|\bprojet personnalisé d'accès"
            r" à l'emploi\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:su|tu) demanda de empleo\b|\bestimad[oa](?:/[oa])?"
            r" demandante\b|\bderecho a (?:la )?prestación\b|\bcita (?:previa )?con (?:su|tu)"
            r" (?:orientador|orientadora|tutor|tutora)(?: laboral)?\b",
        )
    ),
    # a guest on a show or a portrait for a publication, not a job interview
    r"\bguest (?:recording|appearance|episode|spot)\b|\b(?:come|coming|be|appear|appearing)"
    r" on (?:the|our|my) (?:show|podcast|programme|program)\b|\b(?:portrait|profile|interview"
    r"|feature|article|story)\b[^\n]{0,60}\b(?:will|to) (?:appear|be published|run|go live) in"
    r" (?:our|the) (?:\w+ )?(?:newsletter|magazine|blog|journal)\b",
    *spelled(
        (
            r"\b(?:gast|zu gast) (?:in|bei) (?:unserer|unserem|der|dem) (?:sendung|show|podcast)\b"
            r"|\b(?:porträt|interview|artikel|beitrag)\b[^\n]{0,60}\berscheint (?:im|in unserem"
            r"|in unserer) (?:\w+ )?(?:newsletter|magazin|blog|zeitung)\b",
        )
    ),
    *_plain_fr(
        (
            r"\binvitée? (?:de|dans) (?:notre|l'|mon) ?(?:émission|podcast|show)\b|\b(?:portrait"
            r"|interview|article|entretien)\b[^\n]{0,60}\b(?:paraîtra|sera publiée?) dans (?:la"
            r"|notre|le) (?:\w+ )?(?:newsletter|magazine|revue|blog|journal)\b",
        )
    ),
    *_plain_es(
        (
            r"\binvitad[oa] (?:de|en) (?:nuestro|el|mi) (?:programa|podcast|show)\b|\b(?:retrato"
            r"|entrevista|artículo|reportaje)\b[^\n]{0,60}\bse publicará en (?:la|nuestra|el"
            r"|nuestro) (?:\w+ )?(?:newsletter|revista|blog|boletín)\b",
        )
    ),
    # a consulate's visa interview, a teacher meeting a child's parents (strong words only: a
    # job at Visa, "we'll help you prepare for your visa interview", a Kita's role-play of an
    # "Elterngespräch" in a teacher's interview stay hiring mail)
    r"\bentrevista consular\b|\bds-160\b|\bnon-?immigrant visa\b|\bvisa class\b|\bconsular"
    r" section\b|\bparent-teacher (?:conference|evening|meeting)\b",
    *_plain_es(
        (
            r"\bvisado de no inmigrante\b|\btipo de visado\b|\bentrevista individual de"
            r" seguimiento\b",
        )
    ),
    # a fair many employers attend, or one the user registered for ("12 entreprises seront
    # présentes", "votre inscription au Carrefour Emploi")
    *_plain_fr(
        (
            # (not "12 entreprises seront présentes, dont la nôtre: nous aimerions vous y
            # rencontrer", nor "suite à votre inscription au job dating, vous êtes convoqué")
            r"\b\d+ (?:entreprises|exposants|employeurs|recruteurs) (?:seront |sont )?(?:présentes?"
            r"|présents|là)\b(?![^\n]*\b(?:dont la nôtre|nous|entretien|rencontrer))|\binscription "
            r"(?:au"
            r"|à la|à l'|pour le) (?:\w+ )?(?:carrefour|salon|forum|job ?dating)\b(?![^\n]*\b(?:con"
            r"voqu"
            r"|entretien))",
        )
    ),
    *_plain_es(
        (
            r"\b\d+ (?:empresas|expositores|empleadores) (?:estarán |están )?(?:presentes|allí)\b(?"
            r"![^\n]*\b(?:entre ellas|nosotros|entrevista))"
            r"|\binscripción (?:a la|al|en la) (?:\w+ )?(?:feria|foro|jornada)\b(?![^\n]*\bentrevis"
            r"ta)",
        )
    ),
    # the user as a referee of someone else ("Jonas has nominated you as a referee")
    r"\b(?:nominated|suggested) you as (?:a |an |his |her |their )?"
    r"(?:\w+ )?(?:references?|referees?)\b",
)

# "Submitting an application does not guarantee an interview or an offer of employment."
OFFER_UNLESS = (
    r"\b(?:does not|doesn't|do not|don't|will not|won't|cannot|can't|is not|isn't)\b[^\n]{0,30}"
    r"\bguarantee\b|\bno guarantee\b",
    # "Please note this is not an offer of employment"; "stellt kein Angebot dar"
    r"\b(?:is not|isn't|does not constitute|do not constitute|not to be taken as|not)(?: yet| in"
    r" itself| as such)? an?"
    r" (?:formal |firm )?offer of employment\b",
    *spelled(
        (
            r"\bkeine garantie\b|\bgarantiert (?:nicht|keine?n?)\b|\b(?:stellt|ist) (?:noch )?kein"
            r" (?:verbindliches |formelles )?(?:stellen|arbeits|vertrags)?angebot\b",
        )
    ),
    *_plain_fr((r"\bne (?:garantit|constitue|vaut) pas\b",)),
    *_plain_es((r"\bno (?:garantiza|supone|constituye)\b",)),
    # an offer not made yet: "hasta que no tengamos esa firma no puedo hacerte una propuesta formal"
    r"\b(?:can't|cannot|can not|unable to|not (?:yet )?able to|not in a position to) (?:yet )?(?:ma"
    r"ke"
    r"|extend|send) (?:you )?(?:a|an|the) (?:formal |written |official )?offer\b",
    *spelled((r"\b(?:kann|können) (?:ihnen|dir) (?:noch )?kein(?:en)? (?:formales )?angebot\b",)),
    *_plain_fr(
        (
            r"\bne (?:peux|pouvons) pas (?:encore )?vous faire (?:une |d')(?:offre|proposition)"
            r"\b",
        )
    ),
    *_plain_es(
        (
            r"\bno (?:puedo|podemos) (?:hacerte|hacerle|enviarte) (?:todavía )?una (?:propuesta"
            r"|oferta)\b",
        )
    ),
)

# The role given to no one or to someone else, said plainly: "wir besetzen sie vorerst gar
# nicht - weder mit dir noch mit jemand anderem", "no se va a cubrir, ni contigo ni con nadie",
# "el proceso se cierra aquí", "wir besetzen die Stelle mit einer Kollegin", an experience
# "beyond what the role offers".
REJECTION = (
    # a selection's next stage closed to the user (a score under the pass mark): "Sie können
    # daher am weiteren Verfahren nicht teilnehmen"
    r"\byou (?:will not|won't|cannot|can't|are not able to|will be unable to) (?:be able to )?"
    r"(?:progress|proceed|continue|go forward|move forward) (?:to|in|with) (?:the next stage|the"
    r" (?:rest|remainder) of the (?:process|campaign|competition))\b",
    *spelled(
        (
            r"\b(?:(?:können|dürfen) (?:sie|du)|sie (?:können|dürfen)|du (?:kannst|darfst))"
            r" (?:daher |somit |deshalb |leider |folglich )*(?:am|an"
            r" dem|an den) weiteren (?:auswahl|bewerbungs|prüfungs)?(?:verfahren|schritten|runden)"
            r" nicht (?:mehr )?teilnehmen\b",
        )
    ),
    *_plain_fr(
        (
            r"\bvous ne (?:pouvez|pourrez) (?:donc |malheureusement |par conséquent )*pas"
            r" (?:poursuivre (?:la procédure|le concours|le processus)|participer à la suite)\b",
        )
    ),
    *_plain_es(
        (
            r"\bno (?:puede|podrá|puedes|podrás) (?:por tanto |por ello )?(?:continuar|seguir"
            r"|participar) en (?:el proceso|la siguiente fase|las siguientes (?:fases|pruebas))\b",
        )
    ),
    # the team full before the user's turn: "the bar is full for 2026", "das Team ist schon
    # komplett", "l'équipe est déjà complète", "ya tenemos el equipo completo"
    r"\b(?:the|our) (?:team|bar|kitchen|crew|roster|rota|summer team|floor team|staff)"
    r" (?:is|'s|are) (?:now |already |all )?(?:full|fully staffed|complete)\b(?! (?:of|with)\b)"
    r"|\ball (?:the |our )?(?:spots|positions|roles|places|vacancies|openings|shifts) (?:are|have"
    r" been) (?:now |already )?(?:filled|taken)\b",
    # "the weekend contracts went to two people who can also cover weekday shifts"
    r"\b(?:the |our )?(?:[\w-]+ )?(?:contracts|positions|roles|places|jobs|spots|posts) went to"
    r" (?:two|three|other|another|someone|somebody|people|candidates|a candidate)\b",
    *spelled(
        (
            r"\b(?:das|unser) team ist (?:jetzt |schon |bereits )?(?:komplett|voll(?:ständig)?)\b"
            r"|\bist (?:das|unser) team (?:jetzt |schon |bereits )?(?:komplett|voll(?:ständig)?)\b"
            r"|\balle (?:stellen|plätze|schichten) sind (?:jetzt |schon |bereits )?(?:besetzt"
            r"|vergeben)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:l'|notre )équipe est (?:maintenant |déjà |désormais )?(?:complète|au complet)\b"
            r"|\btous (?:les|nos) postes (?:sont|ont été) (?:déjà |maintenant )?pourvus\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:ya )?(?:tenemos|está) (?:el|nuestro) equipo (?:ya )?completo\b|\b(?:todas las"
            r" plazas|todos los puestos) (?:están|han sido|ya están) (?:ya )?(?:cubiert|ocupad)"
            r"[oa]s\b",
        )
    ),
    # "on a finalement pris un profil plus orienté data pour le poste"
    *_plain_fr(
        (
            # (for this post: not "on a pris un candidat de ton école l'an dernier")
            r"\b(?:on a|nous avons|(?:il|elle|le comité|la direction|le client) a) finalement"
            r" (?:pris|choisi|retenu|embauché|recruté) (?:un|une) (?:autre |\w+ )?(?:profil|candida"
            r"t"
            r"|candidate|personne|collaboratrice|collaborateur)\b|\b(?:on a|nous avons) (?:finaleme"
            r"nt"
            r" |donc |plutôt )?(?:pris|choisi|retenu|embauché"
            r"|recruté) (?:un|une) (?:autre )?(?:profil|candidat|candidate|personne)\b(?=[^\n]*\b"
            r"(?:pour (?:le|ce) poste|à (?:ta|votre) place|plutôt))|\b(?:on a|nous avons) finalemen"
            r"t"
            r" (?:pris|choisi|retenu|embauché|recruté) (?:un|une) (?:autre )?(?:profil|candidat"
            r"|candidate|personne)\b",
        )
    ),
    # "aquí cerramos tu proceso", "we're closing your application here"
    r"\b(?:we're|we are|we'll be|we will be|i'm|i am) (?:closing|ending) (?:your|the) (?:applicatio"
    r"n"
    r"|process|candidacy)(?: with us)? here\b",
    *_plain_es((r"\b(?:aquí )?cerramos tu (?:proceso|candidatura)(?: aquí)?\b",)),
    *_plain_fr(
        (
            r"\bnous (?:clôturons|clôturerons|fermons) (?:ici )?votre (?:candidature|processus)"
            r"\b",
        )
    ),
    *spelled(
        (
            r"\bschließen (?:wir )?(?:ihre|deine|den) (?:bewerbung|prozess) (?:hiermit |an dieser"
            r" stelle )?ab\b",
        )
    ),
    # "the shortlist we've now closed doesn't include your application"
    r"\bshortlist\b[^\n]{0,60}\b(?:doesn't|does not|didn't|did not|won't|will not) include"
    r" (?:you|your (?:application|profile|cv|candidacy))\b",
    *_plain_fr(
        (r"\bne figure(?:z)? pas (?:dans|sur) (?:la|notre) (?:liste restreinte|shortlist)\b",)
    ),
    *_plain_es(
        (
            r"\bno (?:estás|está|quedaste|quedó) (?:en|entre) (?:la|nuestra) (?:lista corta|terna|s"
            r"hortlist)\b",
        )
    ),
    # the role closed to the user's application: "We are no longer reviewing applicants for this
    # particular position"
    r"\b(?:we are|we're) no longer (?:reviewing|considering|accepting) (?:applicants|applications"
    r"|candidates) for (?:this|the) (?:particular )?(?:position|role|opening|requisition|job)\b",
    *spelled(
        (
            r"\bwir (?:berücksichtigen|prüfen|nehmen) (?:für diese stelle )?keine (?:weiteren )?"
            r"bewerbungen mehr\b",
        )
    ),
    *_plain_fr(
        (
            r"\bnous ne (?:considérons|étudions|acceptons|retenons) plus de candidatures pour (?:ce"
            r"|le) poste\b",
        )
    ),
    *_plain_es(
        (
            r"\bya no (?:estamos|seguimos) (?:revisando|considerando|aceptando) (?:candidaturas"
            r"|postulaciones|solicitudes) para (?:este|el) puesto\b",
        )
    ),
    # an offer withdrawn after it was made ("Unser Angebot müssen wir deshalb zurückziehen")
    r"(?<!not )(?<!n't )\b(?:rescind|withdraw|retract|pull)(?:ing)? (?:the|our|your|this) (?:job"
    r" )?offer\b|\b(?:can't|cannot|can not|unable to|won't be able to) (?:proceed|go ahead|move"
    r" forward) with (?:the|your|our) (?:job )?offer\b(?![^\n]*\b(?:until|till|before|unless)\b)",
    *spelled(
        (
            r"\b(?:angebot|zusage|vertragsangebot)\w* (?:(?!nicht|kein)\w+ ){0,4}zurück(?:ziehen"
            r"|zuziehen|gezogen)\b|\bziehen (?:wir )?(?:unser|das|unsere|die) (?:angebot|zusage)"
            r" (?:\w+ )?zurück\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:retirons|retirer|devons retirer|avons retiré) (?:la|notre|l'|votre)"
            r" (?:proposition|offre|promesse)\b",
        )
    ),
    *_plain_es((r"(?<!no )\b(?:retirar|retiramos|retirado) (?:la|nuestra) oferta\b",)),
    # the post closed to outsiders ("the req is closing without an outside hire", "decided to
    # convert a contractor"), another profile taken ("vamos a tirar por otro perfil", "on part sur
    # un autre profil", "wir gehen mit einem anderen Profil weiter")
    r"\b(?:req|requisition) is closing\b(?! (?:on|at|by|this|next|end|soon|in|after)\b)|\bwithout a"
    r"n"
    r" (?:outside|external) hire\b|\bdecided to (?:convert|promote) (?:a|an|their|the) (?:contracto"
    r"r"
    r"|intern|temp|internal)\b",
    *_plain_es(
        (
            r"\b(?:vamos a|hemos decidido|preferimos|vamos) (?:tirar|ir|apostar|irnos) por otro"
            r" (?:tipo de )?(?:perfil|candidat[oa])\b",
            # "Al final no va a poder ser": the soft no
            r"\b(?:al final|finalmente|lamentablemente|por desgracia|esta vez) no va a poder ser\b",
            # "al final nos hemos quedado con una chica que ya había trabajado con nosotros"
            r"(?<!si )(?<!si al final )(?<!si finalmente )\b(?:al final|finalmente|ya) nos"
            r" (?:hemos )?quedado con (?:otra persona|otro (?:candidato|perfil|chico)|otra"
            r" (?:candidata|chica)|una (?:chica|persona|candidata)|un (?:chico|candidato))\b",
        )
    ),
    *_plain_fr((r"\b(?:on|nous) (?:part|partons|va partir|allons partir) sur un autre profil\b",)),
    *spelled(
        (
            r"\b(?:gehen|machen) (?:wir )?mit (?:einem|einer) anderen (?:profil|kandidat\w*)"
            r" weiter\b",
        )
    ),
    # not among those invited ("votre candidature ne fait pas partie de celles que nous invitons
    # en entretien"), the place given to another ("la plaza se la hemos dado a otra persona")
    r"\byour application (?:is not|isn't) (?:one of those|among those) (?:we(?:'re| are)"
    r" )?invit\w*",
    *_plain_fr(
        (
            r"\bne fait pas partie de (?:celles|ceux) (?:que nous (?:invitons|retenons|convoquons)"
            r"|retenue?s)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:la plaza|el puesto|la vacante|el puesto) (?:se (?:la|lo) )?hemos dado a otra"
            r" persona\b|\bse (?:la|lo) hemos dado a otr[oa] (?:persona|candidat[oa])\b",
        )
    ),
    *spelled(
        (
            r"\bnicht (?:zu (?:denen|den kandidat\w*)|unter (?:denen|den kandidat\w*)), die wir"
            r" (?:zum gespräch )?einladen\b",
        )
    ),
    # the road ends for the user, said of them ("it won't be going any further for you", "für
    # diese Position geht es für Sie nicht weiter"), or the post given to someone from inside
    r"\b(?:it|this|things) (?:won't|will not|isn't going to|is not going to) (?:be going|go"
    r"|move|progress) (?:any )?further for you\b|\b(?:role|position|job|post) is (?:now |going"
    r" )?(?:going|to go) to (?:an internal candidate|someone (?:internal|from inside|in the team)"
    r"|a colleague|one of our own)\b",
    *spelled(
        (
            r"\bgeht es für (?:sie|dich) (?:\w+ ){0,2}nicht (?:mehr )?weiter\b|\bfür (?:sie|dich)"
            r" geht es (?:\w+ ){0,2}nicht (?:mehr )?weiter\b",
            r"\b(?:stelle|position|rolle|vakanz)\b[^\n]{0,40}\bwird (?:jetzt |nun |aber |doch )*"
            r"intern (?:mit (?:einer|einem) (?:\w+ ){1,5})?(?:besetzt|vergeben)\b",
            # an agency's no before the client meets the user; another direction taken
            r"\b(?:kann|werde|können|werden) (?:ich |wir )?(?:sie|dich) (?:(?!noch|erst)\w+ ){0,3}"
            r"nicht (?:beim kunden |dem kunden )?(?:vorstellen|präsentieren|vorschlagen"
            r"|einreichen)\b(?![^\n]*\b(?:bevor|bis|solange|sobald|ohne)\b)",
            r"\b(?:entschieden|entschlossen),? (?:\w+ ){0,3}(?:eine andere|in eine andere) richtung"
            r" (?:einzuschlagen|zu gehen)\b(?=[^\n]{0,80}\b(?:besetz\w*|einstell\w*|stelle|position"
            r"|kandidat\w*|bewerb\w*))",
        )
    ),
    *_plain_fr(
        (
            r"\bla suite ne se fera pas avec (?:vous|toi)\b|\b(?:ça|cela) s'arrête (?:donc )?là"
            r" pour (?:vous|toi)\b",
            r"\b(?:ne vais|ne pourrai|ne pourrons|n'allons|ne vais donc|ne pourrai donc) pas"
            r" (?:présenter|proposer|soumettre|transmettre) (?:votre|ta) (?:candidature|profil"
            r"|dossier|cv)\b(?![^\n]{0,60}\b(?:avant (?:lundi|mardi|mercredi|jeudi|vendredi|la"
            r" semaine|d'avoir)|tant que|d'ici|cette semaine|aujourd'hui|demain|je le ferai)\b)",
            r"\b(?:décidé|choisi)e?s? de (?:prendre|partir (?:sur|dans)) une (?:autre|nouvelle)"
            r" direction\b(?=[^\n]{0,80}\b(?:recrut\w*|embauch\w*|poste|profil|candidat\w*))",
        )
    ),
    *_plain_es(
        (
            r"\bno (?:voy a|vamos a|podré|podremos|puedo|podemos) (?:presentar|proponer|enviar"
            r"|mandar) (?:tu|su) (?:candidatura|perfil|cv)\b(?![^\n]{0,60}\b(?:hasta (?:que|el|la|e"
            r"l"
            r" lunes)|todavía|aún|esta semana|hoy|mañana)\b)|\b(?:decidido|optado por) (?:tomar|ir"
            r" en|irse por) (?:otra dirección|una dirección distinta)\b(?=[^\n]{0,80}\b(?:contrat\w"
            r"*"
            r"|puesto|perfil|candidat\w*|incorpor\w*))",
            r"\b(?:puesto|vacante|plaza) lo va a (?:ocupar|cubrir) (?:una persona|alguien) (?:de"
            r" dentro|de la casa|interna|del equipo)\b|\bno sigue tu (?:proceso|candidatura)\b"
            r"|\btu (?:proceso|candidatura) no sigue\b",
        )
    ),
    r"\b(?:fill|filling|hire|hiring|go ahead)\b[^\n]{0,60}\bwith you or (?:with )?anyone else\b"
    r"|\b(?:the|this) process (?:ends|stops|closes) here\b|\b(?:we're|we are|we'll be|we will be)"
    r" filling (?:the|this) (?:role|position) with (?:someone else|another candidate|an internal"
    r" candidate)\b|\byou(?:'d| would|'re| are) (?:be )?(?:rather |a bit |somewhat )?"
    r"(?:over-?qualified|too senior) for (?:this|the) (?:role|position)\b",
    *spelled(
        (
            r"\bbesetz\w*\b[^\n]{0,60}\bweder mit (?:dir|ihnen) noch mit (?:jemand|einer?m?)"
            r" (?:anderem|anderen|anderer)\b",
            r"\b(?:besetzen|besetzt|vergeben) (?:die|diese) (?:stelle|position) (?:daher |deshalb"
            r" |nun |jetzt )?(?:mit|an) (?:einer anderen|einem anderen|jemand anderem|einer"
            r" kollegin|einem kollegen|einer internen|einem internen)\b",
            # filled from inside: "konnten wir die Position mit einer Kandidatin aus den eigenen
            # Reihen besetzen" (the post, not a policy: "70 % besetzen wir aus den eigenen Reihen")
            r"\b(?:konnten|haben|hat|wurde|ist) (?:wir )?(?:die|diese) (?:stelle|position|vakanz)\b"
            r"[^\n]{0,80}\baus (?:den |unseren )?eigenen reihen\b",
            r"\b(?:die|diese) (?:stelle|position|vakanz) (?:wurde|ist) (?:\w+ ){0,2}aus (?:den"
            r" |unseren )?eigenen reihen (?:besetzt|vergeben)\b",
            r"\b(?:ihre|deine) erfahrung geht (?:deutlich |weit )?über das hinaus\b"
            r"|\b(?:sie wären|du wärst|sie sind|du bist) (?:\w+ )?überqualifiziert\b",
        )
    ),
    *_plain_fr(
        (
            r"\bpourvu\w*\b[^\n]{0,40}\bni (?:avec|par) (?:toi|vous) ni (?:avec|par) (?:personne"
            r"|quelqu'un d'autre)\b|\ble processus (?:s'arrête|se termine|prend fin) ici\b",
            r"\b(?:pourvoir|pourvoyons|confions|confier) (?:le|ce) poste (?:avec|par|à) (?:un autre"
            r"|une autre|quelqu'un d'autre|une personne de l'équipe|une personne en interne"
            r"|quelqu'un en interne)\b|\b(?:vous êtes|tu es|vous seriez|tu serais) (?:\w+ )?"
            r"surqualifiée?\b",
        )
    ),
    *_plain_es(
        (
            r"\bcubr\w*\b[^\n]{0,40}\bni contigo ni con (?:nadie|otra persona|otro candidato)\b"
            r"|\bcubr\w*\b[^\n]{0,40}\bni con usted ni con (?:nadie|otra persona)\b|\bel proceso"
            r" (?:se cierra|termina|acaba) aquí\b",
            r"\bcubri(?:mos|remos|r) (?:el|la|este|esta) (?:puesto|posición|plaza|vacante) con"
            r" (?:otra persona|otro candidato|otra candidata|alguien (?:de dentro|interno|de la"
            r" casa))\b|\b(?:estás|estarías|eres|serías) (?:\w+ )?sobrecualificad[oa]\b",
        )
    ),
)

# Decision words quoted or about something else: a vendor's 'personalised "we've decided to
# move forward with other candidates" emails'; "no seguir adelante con lo del viaje".
_LIFE = (
    r"(?:trip|holiday|vacation|journey|flight|renovation|wedding|party|purchase|house|flat"
    r"|apartment|car|viaje|vacaciones|reforma|boda|fiesta|compra|casa|coche)"
)
REJECTION_UNLESS = (
    # a step closed only on a condition: "Ohne gültigen Ausweis können Sie am weiteren Verfahren
    # nicht teilnehmen", "you cannot proceed with the rest of the process until you sign"
    r"\b(?:ohne|without|sans(?! doute)|sin(?! embargo)|unless|until|bis (?:sie|du)|jusqu'à ce"
    r" que|hasta que|tant que)"
    r"\b[^\n]{0,80}\b(?:weiteren (?:auswahl|bewerbungs|prüfungs)?(?:verfahren|schritten|runden)"
    r"|proceed|progress|continue|poursuivre|participer|continuar|seguir)\b|\b(?:weiteren"
    r" (?:auswahl|bewerbungs|prüfungs)?verfahren|proceed|progress|continue|poursuivre|continuar)"
    r"\b[^\n]{0,60}\b(?:until|unless|bis (?:sie|du)|jusqu'à ce que|tant que|hasta que|sans(?!"
    r" doute)|sin(?! embargo)|ohne)\b",
    # a hypothesis or a doubt about who was taken: "si al final no nos hemos quedado con alguien"
    r"\btodav[ií]a no sabemos si\b|\bsi (?:al final |finalmente )?no nos (?:hemos )?quedado\b",
    # an offer said NOT to be withdrawn ("we won't rescind the offer", "no vamos a retirar la
    # oferta", "wir ziehen das Angebot nicht zurück", "nous ne retirons pas notre offre")
    r"\b(?:won't|will not|wouldn't|would not|not going to|aren't going to|are not going to|no"
    r" intention of|never) (?:\w+ )?(?:rescind|withdraw|pull|retract)\w*|\bnot (?:being )?"
    r"(?:rescinded|withdrawn|retracted)\b|\bnicht zurück(?:ziehen|gezogen)\b|\b(?:angebot|zusage)"
    r" (?:\w+ ){0,2}nicht zurück\b|\bne (?:retirons|retirerons|retire|retirerai) pas\b|\bn'allons"
    r" pas retirer\b|\bno (?:\w+ ){0,2}retir\w*",
    # a freeze told as past, over now ("The requisition was frozen while finance closed out the
    # budgets. It was released again Monday")
    r"\b(?:was|had been) (?:frozen|paused|on hold|put on hold) (?:while|whilst|during|for (?:a few"
    r"|several|some|two|three) (?:weeks|months))\b(?![^\n]{0,120}\b(?:indefinitely|cancel\w*"
    r"|withdrawn|no longer|unable|not (?:be )?(?:moving|able)))",
    # a freeze for a time, not the role closed: "frozen until after the Q2 reforecast, I'll ping
    # you if it opens back up"
    r"\b(?:frozen|on hold|paused)\b[^\n]{0,60}\b(?:until|till|for now|for the moment"
    r"|temporarily)\b(?![^\n]{0,30}\bindefinitely\b)",
    # "don't worry about being overqualified"
    r"\b(?:don't|do not) worry about (?:being )?(?:over-?qualified|too senior)\b|\bno te preocupes"
    r" por (?:estar|ser) (?:sobrecualificad|demasiado senior)|\bkeine sorge wegen (?:der )?"
    r"überqualifi|\bne t'inquiète pas (?:d'être|pour) (?:surqualifi|trop senior)",
    r"[\"“„«](?:we(?:'ve| have)? |unfortunately,? )?(?:decided|move forward with other|moving"
    r" forward with other|not (?:to )?(?:move|proceed|progress)|pursue other)\b[^\"”“„«»\n]{0,80}"
    r"[\"”“»]",
    r"\b(?:go ahead|move forward|proceed) with (?:the|our|that|this) " + _LIFE + r"\b",
    # an offer not made yet is no refusal: "ich kann Ihnen noch kein Angebot machen"
    *spelled((r"\bnoch kein(?:en)? (?:formales |schriftliches )?angebot\b",)),
    # a role frozen that says it is no "no": "die Stelle ist also nicht weg, aber eingefroren"
    # (the role's, never the candidate's profile: "your profile is not gone from our pool")
    r"\b(?:role|position|job|opening|vacancy)\b[^\n]{0,30}\b(?:is not|isn't) (?:gone|dead|off the"
    r" table)\b|\b(?:it's|this is|that's) not a no\b",
    *spelled(
        (
            r"\b(?:stelle|position|vakanz)\b[^\n]{0,30}\b(?:ist|wäre) (?:also |aber |noch )?(?:nich"
            r"t"
            r" weg|nicht vom tisch|kein nein)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:poste|recrutement)\b[^\n]{0,30}\bn'est pas (?:enterré|abandonné|annulé)e?\b"
            r"|\b(?:ce n'est|c'est) pas un non\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:puesto|vacante|posición|plaza)\b[^\n]{0,30}\bno (?:está|queda) (?:descartad"
            r"|cancelad|muert)[oa]\b|\bno es un no\b",
        )
    ),
    *_plain_es(
        (
            r"\badelante con (?:lo de|lo del|lo que)\b|\badelante con (?:el|la|los|las) "
            + _LIFE
            + r"\b",
        )
    ),
    *spelled(
        (
            r"\b(?:mit|bei) (?:der|dem|unserer|unserem) (?:reise|urlaub|renovierung|hochzeit|feier"
            r"|hauskauf|autokauf|wohnungskauf)\b",
        )
    ),
    *_plain_fr(
        (
            r"\b(?:donner suite|poursuivre|continuer|aller plus loin) (?:à|avec) (?:le|la|l'|notre"
            r"|ce|cette|nos) (?:projet de )?(?:voyage|vacances|travaux|mariage|fête)\b",
        )
    ),
)

# A time still to be found, with a deadline that is no interview time: "she will reach out by
# Friday at 5pm to find a time", "d'ici vendredi 17h pour fixer un créneau".
ASKS_FOR_TIME = (
    r"\bto (?:find|agree|set up|arrange|pick) a (?:time|slot)\b",
    # a choice left to the user asks for one ("Dime cuál te encaja mejor y te mando la invitación")
    *_CHOICE_LEFT,
    *spelled((r"\bum einen termin (?:zu finden|zu vereinbaren|auszumachen)\b",)),
    *_plain_fr((r"\bpour (?:fixer|trouver|caler) un (?:créneau|rendez-vous|horaire)\b",)),
    *_plain_es((r"\bpara (?:encontrar|buscar|cuadrar) (?:un hueco|una hora|un horario)\b",)),
)

# A meeting that needs the user to decide a time only asks to confirm the one it gives:
# "Merci de me confirmer que ce créneau vous convient."
ASKS_FOR_TIME_UNLESS = (
    r"\b(?:confirm|let (?:me|us) know) (?:that |if |whether )?(?:this|the|that) (?:time|slot|date)"
    r" (?:works|suits)\b",
    *spelled(
        (
            r"\bbestätigen sie mir,? (?:dass|ob) (?:der|dieser) termin\b|\bbescheid,? ob (?:der"
            r"|dieser) termin\b",
        )
    ),
    *_plain_fr(
        (
            r"\bconfirmer que (?:ce|le) (?:créneau|rendez-vous|horaire)\b|\b(?:dites|dis)-moi si ce"
            r" (?:créneau|rendez-vous|horaire) (?:vous|te) (?:convient|va)\b",
        )
    ),
    *_plain_es(
        (
            r"\b(?:confírma(?:me|nos)|me confirmas|nos confirmas) (?:que|si) (?:te|le) (?:va bien"
            r"|viene bien|encaja)\b",
        )
    ),
)
