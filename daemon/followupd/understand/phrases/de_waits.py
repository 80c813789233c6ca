"""German receipts and waits added to the shared lists (imported by de.py, which carries them
into the rule table): acknowledgements of an application (the application arrived, was sent
through a job board, will be read), and holding replies that describe a delay in any words (no
decision yet, the process still running or slowed, other candidates still to be met, the one
who decides away, an answer promised for a time). Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import OPENING, spelled

_DOCS = (
    r"(?:\w*bewerbung|\w*unterlagen|dossier|lebenslauf|cv|anfrage|nachricht|e-mail|email|mail"
    r"|zuschrift|kandidatur)"
)
_ARRIVED = (
    r"(?:eingegangen|angekommen|erhalten|empfangen|registriert|gespeichert|erfasst|eingereicht"
    r"|übermittelt|gesendet|versendet|verschickt|abgeschickt|weitergeleitet|zugestellt"
    r"|unterwegs)"
)
_READ = (
    r"(?:prüfen|sichten|ansehen|anschauen|durchsehen|durchlesen|bearbeiten|bewerten|begutachten"
    r"|gesichtet|geprüft|bearbeitet|weitergeleitet|weiterleiten|weitergegeben)"
)
ACKNOWLEDGEMENT = spelled(
    (
        # "deine Unterlagen sind sicher bei uns gelandet"
        r"\b(?:unterlagen|bewerbung)\w*\b[^\n]{0,60}\b(?:sind|ist) (?:\w+ )?(?:bei uns )?(?:gut |si"
        r"cher |heil"
        r" |wohlbehalten )?(?:angekommen|gelandet|eingetroffen)\b",
        # the application arrived, whatever the word order ("..., die heute eingegangen ist")
        r"\b" + _DOCS + r"\b[^\n]{0,60}\b(?:(?:ist|sind|wurde|wurden|haben wir|habe ich|hat)\b"
        r"[^\n]{0,60}\b" + _ARRIVED + r"|" + _ARRIVED + r" (?:ist|sind|wurde|wurden|haben))\b",
        r"\b(?:haben|hat|habe)\b (?:wir |ich )?(?:\w+ ){0,2}?(?:ihre?|deine?|eure?) (?:\w+ )?"
        + _DOCS
        + r"\b[^\n]{0,40}\b"
        + _ARRIVED
        + r"\b",
        r"\b(?:eingang|erhalt|empfang) (?:ihrer|deiner|der|ihres|deines|eurer) (?:\w+)?(?:bewerbung"
        r"|unterlagen|nachricht|kandidatur)\b|\beingangsbestätigung\b|\bbewerbungseingang\b"
        r"|\bbestätigung (?:ihrer|deiner|der) (?:\w+)?bewerbung\b",
        r"\b\w*bewerbung (?:ist|sind) (?:jetzt |nun )?(?:da|bei uns)\b|\b\w*bewerbung"
        r" (?:erfolgreich |wurde |ist )*(?:gesendet|übermittelt|versendet"
        r"|abgeschickt|eingereicht|eingegangen|angekommen|verschickt|unterwegs|zugestellt)\b",
        # thanks for applying
        r"\b(?:vielen |herzlichen |besten )?dank(?:e)?(?: schön| sehr)?,? (?:für (?:ihre?|deine?"
        r"|das|eure?) (?:\w+)?(?:bewerbung|interesse|vertrauen|unterlagen)|dass (?:sie|du)"
        r" (?:sich|dich) (?:für|bei|um)\b)",
        r"\b(?:bedanken|bedanke) (?:uns|mich) (?:\w+ ){0,2}für (?:ihre?|deine?|das) (?:\w+)?"
        r"(?:bewerbung|interesse|unterlagen)\b",
        r"\b(?:sie haben|du hast|ihr habt) (?:sich|dich|euch)\b[^\n]{0,80}\bbeworben\b",
        r"\b(?:schön|toll|wunderbar|freuen uns|freue mich|freut uns),? dass (?:sie|du|ihr)"
        r" (?:sich|dich|euch)\b[^\n]{0,80}\bbeworben\b",
        # it will be read
        r"\b(?:wir )?(?:prüfen|sichten|schauen uns|sehen uns)\b[^\n]{0,50}\b(?:\w*bewerbung"
        r"|unterlagen|bewerbungen|profil)\b",
        r"\b(?:\w*bewerbung|\w*unterlagen|profil|lebenslauf)\b[^\n]{0,60}\b" + _READ + r"\b",
        r"\b(?:melden uns|kommen auf (?:sie|dich) zu|hören von uns)\b[^\n]{0,60}\b(?:falls|wenn"
        r"|sofern)\b",
        # where to follow it
        r"\b(?:status|stand)\b[^\n]{0,30}\b(?:ihrer|deiner) bewerbung\b[^\n]{0,60}\b(?:einsehen"
        r"|verfolgen|abrufen|ansehen|nachverfolgen|prüfen)\b|\bbewerbungsstatus\b[^\n]{0,40}"
        r"\b(?:einsehen|verfolgen|abrufen|ansehen|nachverfolgen)\b|\b(?:an den arbeitgeber|an das"
        r" unternehmen) (?:gesendet|übermittelt|weitergeleitet)\b",
        r"\bhiermit bestätigen wir (?:den eingang|den erhalt|ihre bewerbung|deine bewerbung)",
    )
)
# A receipt's words in a sentence that says the reading goes on: a wait, not a receipt.
ACKNOWLEDGEMENT_UNLESS = spelled(
    (
        # an application not sent yet: a draft the board reminds of
        r"\bnoch nicht (?:abgeschickt|abgesendet|eingereicht|versendet|versandt|vollständig"
        r"|abgeschlossen)\b|\b(?:entwurf|unvollständig)\w*",
        r"\b(?:prüfen|sichten|bearbeiten|sind|ist|befinden uns|befindet sich) (?:\w+ ){0,2}"
        r"(?:noch|weiterhin|immer noch)\b",
        # an application recalled from weeks ago: "Sie haben sich vor einigen Wochen / im
        # Februar bei uns beworben" opens an interim notice, no receipt
        r"\bvor (?:einigen|ein paar|zwei|drei|vier|mehreren|gut \w+) (?:wochen|monaten)\b|\bim"
        r" (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
        r"|dezember) (?:bei uns )?beworben\b",
    )
)

_BY = (
    r"(?:bis (?:spätestens |ende |anfang |mitte |zum |zur )?(?:\d|nächste|kommende|diese|morgen"
    r"|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|kw|januar|jänner|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember)|spätestens|(?:ende"
    r"|anfang|mitte) (?:der |nächster |kommender |dieser )?(?:woche|monats?|kw)|in der kw"
    r"|(?:nächste|kommende)[nr]? woche|in (?:den nächsten |ca\. |etwa |rund )?(?:\d+|zwei|drei"
    r"|vier|wenigen|einigen) (?:tagen|wochen))"
)
_OTHERS = (
    r"(?:weiteren|anderen|letzten|übrigen|restlichen) (?:[\w*:/_-]+ )?(?:kandidat|bewerber|leute"
    r"|person|finalist|interessent)\w*"
)
_DECIDER = (
    r"\w*(?:geschäftsführ|kunde|kundin|fachbereich|fachabteilung|vorstand|abteilungsleit"
    r"|bereichsleit"
    r"|teamleit|chef|hiring manager|entscheider|gremium|kommission|betriebsrat|personalrat"
    r"|inhaber|gründer|ceo|cto)\w*"
)
HOLDING = spelled(
    (
        # the application kept open: "Ihre Bewerbung bleibt weiterhin im Verfahren"
        r"\b(?:ihre|deine) bewerbung (?:bleibt|ist) (?:(?!nicht\b|mehr\b|kein)\w+ ){0,2}?(?:offen"
        r"|aktiv|im (?:verfahren|rennen))\b",
        # the answer still to come: "die endgültige Entscheidung fällt erst nach der Sommerpause"
        r"\b(?:die|eine) (?:endgültige |finale )?(?:entscheidung|antwort|rückmeldung) (?:fällt|wird"
        r" (?:erst )?(?:\w+ ){0,4}?fallen|kommt erst|gibt es erst)\b",
        r"\b(?:eine|unsere|meine|die) (?:antwort|rückmeldung|entscheidung) (?:bekommen|erhalten"
        r"|haben) (?:sie|du) (?:spätestens|bis)\b",
        r"\b(?:noch|weiterhin|definitiv noch|nach wie vor|auf jeden fall noch) im rennen\b",
        r"\babzuwarten\b[^\n]{0,40}\bbevor\b|\berst (?:noch )?[^\n]{0,60}\babwarten\b[^\n]{0,20}"
        r"\bbevor\b[^\n]{0,40}\bentscheid",
        r"\bmelde(?:n)? (?:mich|uns) (?:spätestens|bis spätestens) [^\n]{0,30}\bmit (?:einer"
        r" rückmeldung|den nächsten schritten|einer entscheidung|einer antwort)\b",
        r"\bzwischenbescheid\b|\bzwischenstand\b|\bsachstand\b|\bzwischeninfo\w*",
        r"\b(?:noch|weiterhin|aktuell|derzeit|momentan) (?:in der (?:auswahl|entscheidungsfindung"
        r"|prüfung)|im (?:verfahren|prozess|rennen|auswahlverfahren|auswahlprozess)|in prüfung)\b",
        r"\b(?:bleibt|ist|bist|sind|seid|befindet sich|befinden sich|befindest dich)"
        r" (?:weiterhin |noch |nach wie vor )?(?:im (?:prozess"
        r"|verfahren|rennen)|in der (?:auswahl|engeren wahl|engeren auswahl))\b|\bklar im rennen\b",
        r"\bverzöger\w*|\bdauert (?:noch |leider |etwas |ein wenig )*(?:länger|an)\b|\bgeduld\b",
        r"\b(?:braucht|brauchen|benötigt|benötigen) (?:\w+ ){0,3}?(?:noch )?(?:etwas "
        r"|ein wenig |ein bisschen |ein paar tage |einige tage )?(?:mehr |länger )?zeit\b",
        # an answer promised for a time
        r"\b(?:melden uns|melde mich|rückmeldung (?:erhalten|bekommen|geben)|entscheidung (?:fällt"
        r"|treffen|fallen))\b[^\n]{0,60}\b(?:bis (?:spätestens |ende )?|spätestens|in der \d+|kw"
        r"|nächste|kommende|sobald|nach (?:ostern|pfingsten|weihnachten|neujahr|den feiertagen|den"
        r" ferien|dem urlaub|der sommerpause))",
        # "Die Entscheidung fällt am Dienstag nach Ostern": the day it will be made
        r"\b(?:die |eine |unsere |ihre )?(?:finale |endgültige )?entscheidung (?:fällt|wird|soll"
        r"|werden wir)\b[^\n]{0,30}\b(?:am (?:montag|dienstag|mittwoch|donnerstag|freitag"
        r"|samstag|sonntag|\d)|nach (?:ostern|pfingsten|weihnachten|neujahr|den feiertagen|den"
        r" ferien|abschluss)|(?:anfang|mitte|ende) (?:der|nächster|kommender|des|januar|februar"
        r"|märz|april|mai|juni|juli|august|september|oktober|november|dezember))",
        r"\b(?:entscheid\w*|klarheit|bescheid|ergebnis|neuigkeiten)\b[^\n]{0,60}\b" + _BY,
        r"\b(?:bis|spätestens)\b[^\n]{0,40}\b(?:klarheit|eine entscheidung|die entscheidung"
        r"|unsere entscheidung|ein ergebnis)\b",
        r"\b(?:laufen|finden|führen)\b[^\n]{0,40}\bnoch\b[^\n]{0,40}\b(?:gespräche|interviews"
        r"|zweitgespräche|auswahlgespräche)\b",
        # others still to be met
        r"\bnoch\b[^\n]{0,60}\bmit (?:ein\w* |zwei |drei |vier |einige\w* |mehreren |den )?"
        + _OTHERS,
        r"\bnoch (?:\w+ ){0,3}?(?:weitere|zwei|drei|vier|einige|andere|letzte|mehrere) (?:\w+ )?"
        r"(?:gespräche|interviews|vorstellungsgespräche|kandidat\w*|bewerber\w*|finalist\w*)\b",
        r"\b(?:neuer )?status: (?:in prüfung|in bearbeitung|in der auswahl)\b",
        r"\b(?:noch )?keine (?:entscheidung|neuigkeiten|rückmeldung)\b(?! erhalten haben)",
        r"\b(?:auf eis|pausiert|ruht|on hold)\b[^\n]{0,40}\b(?:vorübergehend|bis|derzeit|vorerst)\b"
        r"|\b(?:vorübergehend|vorerst|zunächst|derzeit|aktuell|momentan)\b[^\n]{0,30}\b(?:auf eis"
        r"|pausiert|ruht|on hold)\b",
        r"\b(?:haben|habe) (?:sie|dich|euch|ihre bewerbung|deine bewerbung) nicht vergessen\b",
        # nothing decided yet; waiting for a sign-off
        r"\b(?:entscheidung|auswahl)\w*\b[^\n]{0,40}\b(?:steht noch aus|noch nicht (?:gefallen"
        r"|getroffen|final|abgeschlossen)|noch offen|ausstehend)\b|\bnoch nicht (?:endgültig "
        r"|abschließend )?entschieden\b",
        r"\b(?:freigabe|budgetfreigabe|zustimmung|genehmigung)\w*\b[^\n]{0,40}\b(?:steht noch aus"
        r"|noch nicht|fehlt noch)\b|\b(?:warten|wartet|warte) (?:\w+ ){0,3}(?:noch )?auf (?:die"
        r"|das|den|eine) (?:\w+ )?(?:freigabe|rückmeldung|entscheidung|feedback|zustimmung"
        r"|genehmigung|budget)\w*",
        r"\b" + _DECIDER + r"[^\n]{0,60}\b(?:im urlaub|verreist|erkrankt|krank|abwesend|nicht im"
        r" haus|auf (?:dienstreise|geschäftsreise|einer messe)|tagt|tagen|trifft sich|zurück"
        r" ist)\b",
        r"\b(?:halte|halten) (?:sie|dich|euch) (?:\w+ ){0,3}(?:auf dem laufenden|informiert)\b",
        r"\b(?:hören|hörst|hört) (?:\w+ ){0,3}von (?:uns|mir)\b[^\n]{0,30}"
        + _BY
        + r"|\bnoch nicht (?:ganz )?(?:durch|fertig)\b",
        r"\b(?:entschuldig\w*|sorry|tut (?:mir|uns) leid)\b[^\n]{0,60}\b(?:wartezeit|verzögerung"
        r"|lange dauert|so lange|funkstille|geduld)\b",
        r"\b(?:prüfen|sichten|bearbeiten|bewerten|lesen) (?:\w+ )?(?:noch|weiterhin|gerade|aktuell"
        r"|derzeit|momentan)\b[^\n]{0,40}\b(?:bewerbungen|unterlagen|profile|kandidat|bewerber)",
    )
)
# Asking the candidate for an answer by a date, or the writer away: no wait on the employer.
HOLDING_UNLESS = spelled(
    (
        r"\b(?:geben|gebt|gib|teilen|teil|lassen|lass|sagen|sag|schicken|schick|senden)"
        r" (?:sie |du )?(?:uns|mir) (?:bitte )?(?:bis|spätestens)\b(?![^\n]{0,25}\bzeit\b)"
        r"|\bum (?:ihre|deine)"
        r" rückmeldung\b|\b(?:ihre|deine) (?:entscheidung|antwort|zusage|rückmeldung)"
        r" (?:\w+ ){0,2}bis\b|\brückmeldung von (?:ihnen|dir)\b",
        r"\b(?:bin|sind) (?:\w+ ){0,3}(?:im urlaub|abwesend|nicht im büro)\b",
    )
)

# The process delayed, or the review still going on: news past a receipt (rules.py).
DELAY = spelled(
    (
        r"\b(?:dauert|dauern|braucht|benötigt) (?:\w+ ){0,3}?(?:länger|mehr zeit) als (?:erwartet"
        r"|geplant|gedacht|vorgesehen)\b",
        r"\b(?:verzögert sich|verzögern sich|hat sich verzögert|haben sich verzögert|verlängert"
        r" sich|hat sich verlängert)\b",
        # a client or a manager not heard from yet ("der Kunde hat sich noch nicht gemeldet")
        r"\b(?:hat|haben) sich (?:leider )?(?:noch nicht|bisher nicht|bislang nicht)"
        r" (?:gemeldet|entschieden|zurückgemeldet)\b|\bhake\b[^\n]{0,40}\bnach\b",
        r"\bmehr zeit in anspruch\b|\b(?:noch|weiterhin) (?:im|in unserem) (?:prozess|verfahren"
        r"|auswahlverfahren|rennen)\b",
        r"\b(?:noch nicht|bislang nicht|derzeit noch nicht) besetzt\b|\bführen (?:noch|weiterhin)"
        r" (?:\w+ )?gespräche\b",
        r"\b(?:noch|weiterhin|nach wie vor) (?:in der|mitten in der|in) (?:prüfung|sichtung"
        r"|auswahl|auswahlphase|entscheidungsphase|abstimmung)\b|\b(?:prüfen|sichten) (?:\w+ )?"
        r"(?:noch|weiterhin)\b",
        # more people still to meet ("wir führen noch zwei weitere Gespräche")
        r"\b(?:noch|weitere) (?:zwei|drei|vier|einige|ein paar|mehrere|\d+) (?:weitere |andere )?"
        r"(?:kandidat\w*|bewerber\w*|gespräche|interviews|vorstellungsgespräche)\b",
    )
)
DELAY_UNLESS = spelled((OPENING + r"(?:falls|wenn|sofern|sollte[n]?)\b",))
