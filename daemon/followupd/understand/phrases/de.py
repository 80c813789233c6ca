"""German phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail (Germany, Austria,
Switzerland; Sie and du; "ss" for "ß", "ae" for "ä"); never the name of an employer, a product
or a platform. Decisions are read as what they are in language: others chosen ("für eine andere
Kandidatin entschieden", "anders entschieden", "die Wahl fiel auf"), the application not
continued (a negated "berücksichtigen", "einladen", "fortsetzen", with the verb at the end and
the adverbs German puts before it: "leider", "aktuell", "diesmal"), a refusal told to the person
("Ihnen absagen", "sagen Ihnen ab"; a Termin "abgesagt" is a cancellation), the role gone or
the process ended, the candidate judged no fit. Conditionals, receipts that name "Absage" and
meetings called off veto them. Gendered forms are one word (de_words.py).
This module holds the rejections and the conditionals; offers are in de_offers.py, receipts
and waits in de_waits.py, interview logistics in de_logistics.py, what only looks like hiring in
de_traps.py; this module carries all of them into the rule table.
"""

from __future__ import annotations

from followupd.understand.phrases.de_logistics import (
    AGREED,
    ASKS_FOR_TIME,
    ASKS_FOR_TIME_UNLESS,
    CANCEL,
    CANCEL_UNLESS,
    CONFIRM,
    CONFIRM_SENTENCE,
    CONFIRM_SENTENCE_UNLESS,
    CONFIRM_UNLESS,
    INVITATION,
    INVITATION_UNLESS,
    REQUEST,
    REQUEST_UNLESS,
    RESCHEDULE,
    RESCHEDULE_SENTENCE,
    THREAD_AGREED,
    THREAD_MOVED,
)
from followupd.understand.phrases.de_offers import OFFER, OFFER_NAMED, OFFER_UNLESS
from followupd.understand.phrases.de_traps import (
    HIRING_WORDS,
    JOB_ALERT,
    NEWSLETTER,
    NOT_HIRING,
    OTHER_APPLICATION,
    PANEL_MEMBER,
)
from followupd.understand.phrases.de_waits import (
    ACKNOWLEDGEMENT,
    ACKNOWLEDGEMENT_UNLESS,
    DELAY,
    DELAY_UNLESS,
    HOLDING,
    HOLDING_UNLESS,
)
from followupd.understand.phrases.de_words import APPLICATION as _APPLICATION
from followupd.understand.phrases.de_words import GENDER as _GENDER
from followupd.understand.phrases.de_words import MEETING as _MEETING
from followupd.understand.phrases.de_words import OPENING as _OPENING
from followupd.understand.phrases.de_words import PERSON as _PERSON
from followupd.understand.phrases.de_words import spelled

_OTHER = r"(?:ein" + _GENDER + r" )?(?:ander|weiter|intern|extern)" + _GENDER
# who or what was chosen instead: a person, or their application ("eine andere Bewerbung")
_CHOSEN_ONE = r"(?:" + _PERSON + r"|bewerbung(?:en)?|kandidatur(?:en)?)"
# people, plural or one, as the object of a choice ("für eine Person entschieden, die ...")
_CHOSEN = (
    r"(?:person|personen|leute|jemand\w*|bewerber"
    + _GENDER
    + r"|kandidat"
    + _GENDER
    + "|profil\\w*)"
)
_ROLE = (
    r"(?:stelle|position|vakanz|ausbildungsplätze?|praktikumsplätze?|studienplätze?|rolle|job"
    r"|ausschreibung|stellenausschreibung|einsatz|projekt|professur|mandat)\w*"
)
_GONE = (
    r"(?:besetzt|vergeben|gestrichen|zurückgezogen|aufgehoben|gestoppt|storniert|eingefroren"
    r"|weggefallen|nicht mehr (?:verfügbar|vakant|offen|ausgeschrieben|aktuell))"
)
# Words German puts between the parts of a decision without changing it.
_SOFT = (
    r"(?:(?:leider|aktuell|derzeit|momentan|diesmal|dieses mal|in diesem fall|daher|deshalb"
    r"|somit|jedoch|aber|nun|heute|hiermit|bedauerlicherweise|letztlich|letztendlich|final"
    r"|endgültig|schon|bereits|inzwischen|mittlerweile|zwischenzeitlich|anderweitig|dann"
    r"|doch|mehr|weiter|zum jetzigen zeitpunkt) )*"
)
# A stage of selection ("die engere Wahl", "die nächste Runde"): what a decision is about.
_STAGE = (
    r"(?:nächste|weitere|zweite|dritte|finale|letzte|engere)n? (?:runde|auswahlrunde|stufe|phase"
    r"|auswahl|wahl|gesprächsrunde|auswahlstufe)"
)
_NOT_ON = (
    r"(?:einladen|berücksichtigen|berücksichtigt|weiterverfolgen|weiter verfolgen|weiterführen"
    r"|fortsetzen|fortführen|einstellen|anbieten|in betracht|in die engere (?:wahl|auswahl)"
    r"|weiterkommen|weiterempfehlen|vorschlagen|vorstellen)"
)

# The search goes on without the user ("wir werden aber weitersuchen, weil wir jemanden mit
# mehr Erfahrung brauchen"), not a search that keeps the user's application open.
_GOES_ON = (
    r"(?![^\n]{0,80}\b(?:melden (?:uns|wir uns)|auf dem laufenden|informieren (?:sie|dich)"
    r"|weiterhin (?:im|in der) (?:rennen|auswahl|verfahren)|parallel|informieren|melden mich))"
)
REJECTION = spelled(
    (
        r"\bwir (?:werden |wollen |möchten |müssen )?(?:\w+ )?(?:aber|jedoch|daher|deshalb|leider)"
        r" (?:\w+ )?(?:weiter ?suchen|die suche fortsetzen|unsere suche fortsetzen)\b" + _GOES_ON,
        r"\b(?:entschieden|entschlossen),? (?:\w+ )?(?:weiter ?zu ?suchen|die suche fortzusetzen"
        r"|unsere suche fortzusetzen)\b" + _GOES_ON,
        r"\bwir\b[^\n]{0,40}\b(?:weiter ?suchen|suche fortsetzen)\b[^\n]{0,40}\b(?:jemand\w*"
        r"|eine[nm]? (?:\w+ )?(?:kandidat|bewerber|person|profil)\w*) (?:mit|der|die|das)\b"
        + _GOES_ON,
        # the post offered to another ("die Stelle einer anderen Kandidatin anzubieten")
        r"\b(?:stelle|position|rolle|vakanz)\b[^\n]{0,40}\b(?:einer|einem) (?:anderen|weiteren"
        r"|internen"
        r"|externen) (?:\w+ )?(?:kandidat|bewerber|person|finalist)\w*[^\n]{0,20}\b(?:anzubieten"
        r"|angeboten|anbieten|zu geben|gegeben|zu vergeben|vergeben)\b",
        # someone from inside chosen ("für eine interne Lösung entschieden")
        r"\b(?:für|zu) (?:eine|einer) interne(?:n)? (?:lösung|besetzung|nachfolge|kandidat\w*"
        r"|bewerber\w*) (?:entschieden|entschlossen)\b",
        # a table's status cell after a number, at its line's end
        # ("Controller 4017 Nicht berücksichtigt")
        r"(?<=[\d)|][ \t])(?:nicht berücksichtigt|stelle besetzt|absage erteilt)[ \t.]*(?![^\n])",
        # a status set to a refusal ("Neuer Status: Absage"), the process ended for the user
        r"\bstatus\b[^\n]{0,30}?:\s*(?:absage|abgesagt|abgelehnt|nicht berücksichtigt"
        r"|nicht ausgewählt|ausgeschieden|beendet)\b",
        r"\b(?:verfahren|prozess|auswahlverfahren|bewerbungsprozess|bewerbung)\b[^\n]{0,80}\bfür"
        r" (?:sie|dich) (?:leider )?(?:beendet|abgeschlossen|zu ende)\b",
        # the choice fell on, or the post went to, someone described ("..., die bereits ...")
        r"\bwahl\b[^\n]{0,30}\bauf (?:ein\w* )?(?:\w+ )?(?:bewerber|kandidat|person)"
        + _GENDER
        + r" (?:gefallen|getroffen)\b,? (?:die|der|deren|dessen|welche)\b",
        r"\b"
        + _ROLE
        + r"\b[^\n]{0,40}\bmit (?:ein\w* )?(?:\w+ )?(?:bewerber|kandidat|person)"
        + _GENDER
        + r" (?:zu )?besetzen\b,? (?:die|der|deren|dessen|welche)\b",
        # others chosen; the choice fell elsewhere
        r"\bfür " + _OTHER + r" " + _CHOSEN_ONE + r"\b[^\n]{0,40}\bentschieden\b",
        r"\bentschieden\b[^\n]{0,60}\b(?:für|zugunsten) " + _OTHER + r" " + _CHOSEN_ONE,
        r"\bwahl (?:ist |fiel )?(?:auf )?(?:eine?[nmrs]? )?(?:andere|mitbewerber|weitere)\w*"
        r"|\bwahl\b[^\n]{0,30}\b(?:fiel|ist|war|fällt)\b[^\n]{0,30}\bauf (?:ein\w* )?(?:andere"
        r"|mitbewerber|weitere|interne|externe)\w*",
        r"\bmit (?:jemand(?:em)? anderem|jemand anderes|ein\w* (?:anderen|internen|externen"
        r"|weiteren) (?:kandidat|bewerber|person|profil)"
        + _GENDER
        + r"|anderen (?:kandidat|bewerber"
        r"|personen|profilen|leuten)" + _GENDER + r")\b[^\n]{0,40}\b(?:weiter|fort)\w*",
        r"\bfür (?:ein" + _GENDER + r" )?" + _CHOSEN + r"(?: und " + _CHOSEN + r")? entschieden,? "
        r"(?:die|der|deren|dessen|welche)\b|\bfür jemand\w*\b[^\n]{0,60}\bentschieden\b",
        r"\bgegen (?:sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|eine (?:einladung"
        r"|weitere berücksichtigung|zusammenarbeit|fortsetzung|weiterführung))\b[^\n]{0,40}"
        r"\bentsch(?:ieden|eiden)\b|\bnicht für (?:sie|dich|ihre bewerbung|deine bewerbung)"
        r" entsch(?:ieden|eiden)\b",
        r"\b(?:uns|sich|mich)\b[^\n]{0,40}\b(?:anders|anderweitig|dagegen) entsch(?:ieden|eiden)\b",
        r"\b(?:prozess|verfahren|auswahlprozess|auswahlverfahren)\w* mit\b[^\n]{0,40}\b(?:"
        + _PERSON
        + r"|anderen"
        + _GENDER
        + r")\b[^\n]{0,20}\b(?:fort|weiter)\w*",
        r"\b"
        + _ROLE
        + r"\b[^\n]{0,60}\bmit (?:ein"
        + _GENDER
        + r" )?(?:intern|extern|ander)"
        + _GENDER
        + r" [^\n]{0,30}(?:zu )?besetzen\b|\bintern (?:zu )?besetzen\b",
        r"\bzugunsten (?:eine?[nmrs]? )?(?:andere|mitbewerber|weitere|interne)\w*",
        r"\b(?:andere|interne|externe|weitere)" + _GENDER + r" (?:kandidat|bewerber|person|lösung"
        r"|besetzung|profil)" + _GENDER + r"\b[^\n]{0,60}\b(?:ausgewählt|gewählt|eingestellt"
        r"|vorgezogen|bevorzugt|den vorzug|zugesagt|überzeugt|besser gepasst|geeigneter|passender"
        r"|qualifizierter|besser geeignet|überzeugender)\b",
        r"\bvorzug\b[^\n]{0,40}\b(?:andere|interne|externe|mitbewerber|weitere)\w*|\b(?:andere"
        r"|interne|externe|mitbewerber|weitere)\w*\b[^\n]{0,40}\bden vorzug\b",
        r"\b(?:andere|weitere|mitbewerber)\w*\b[^\n]{0,60}\b(?:mehr|umfangreichere|passendere"
        r"|einschlägigere|stärkere|bessere|größere)\b[^\n]{0,20}\b(?:erfahrung|kenntnisse"
        r"|qualifikation|passung|übereinstimmung)\w*",
        r"\b(?:haben|hat) (?:\w+ ){0,2}jemand\w* (?:anderen |anderes )?gefunden\b|\bjemand\w*"
        r" (?:anderen |anderes )?(?:eingestellt|ausgewählt|genommen)\b",
        r"\b(?:eine?n?|andere) (?:\w+ )?(?:bewerber|kandidat|person)" + _GENDER + r"\b[^\n]{0,30}"
        r"\b(?:ausgewählt|gewählt|eingestellt|genommen),? (?:die|der|deren|dessen|welche)\b",
        # the application not continued, the verb at the end
        r"\b"
        + _APPLICATION
        + r"\b[^\n]{0,50}\bnicht "
        + _SOFT
        + r"(?:\w+ ){0,4}?(?:zu )?"
        + _NOT_ON
        + r"\b",
        _APPLICATION + r"\b[^\n]{0,60}\bnicht (?:mehr |weiter )?(?:zu )?berücksichtig\w*"
        r"|\bnicht weiter(?:verfolg|zuverfolg)\w*|\bnicht weiter zu verfolgen\b"
        r"|\bnicht (?:mehr )?(?:in das|ins) (?:weitere )?auswahlverfahren\b",
        r"\bnicht\b[^\n]{0,40}\b" + _STAGE + r"\b",
        r"\b(?:wurden?|wurdest|sind|bist|haben|hat) (?:\w+ ){0,3}nicht (?:\w+ ){0,2}(?:ausgewählt"
        r"|berücksichtigt|eingeladen|vorgeschlagen)\b",
        r"\b(?:prozess|verfahren|bewerbungsprozess|auswahlprozess)\b[^\n]{0,60}\bnicht (?:mit "
        r"(?:ihnen|dir|euch) )?(?:fort(?:zu)?(?:setzen|führen)|weiter(?:zu)?führen)\w*",
        r"\bnicht (?:mit (?:ihnen|dir|euch) )?(?:fortsetzen|fortführen|weiterführen)\b",
        r"\b(?:sie|dich) (?:\w+ ){0,3}nicht (?:\w+ ){0,3}übernehmen\b",
        r"\b(?:kommen|kommst|kommt|kamen)\b[^\n]{0,40}\bnicht (?:in frage|infrage|in betracht)\b"
        r"|\bnicht (?:in frage|infrage|in betracht) (?:kommen|gezogen)\b",
        # an outcome stated
        r"\b(?:bewerbung|kandidatur)\w*\b[^\n]{0,60}\b(?:war|ist|wurde|wurden|waren|blieb|bleibt)"
        r"\b[^\n]{0,20}\b(?:nicht erfolgreich|erfolglos|ohne erfolg|abgelehnt|abgesagt"
        r"|zurückgewiesen)\b|\bstatus\b[^\n]{0,30}: ?(?:abgelehnt|absage|abgesagt|nicht"
        r" (?:berücksichtigt|erfolgreich|ausgewählt))\b",
        r"\bkeine[nr]? (?:zusage|positiv\w* (?:rückmeldung|nachricht|bescheid|antwort)|gute[nr]?"
        r" nachricht(?:en)?)\b",
        r"\bnicht (?:die|das|der|den) (?:\w+ )?(?:nachricht|antwort|rückmeldung|ergebnis)\b"
        r"[^\n]{0,40}\b(?:erhofft|gehofft|gewünscht|erwartet)\w*|\bleider nicht (?:die|das"
        r"|der)\b[^\n]{0,50}\bgehofft\b",
        r"\b(?:hat|hats|hat's) (?:es )?(?:\w+ ){0,3}nicht (?:ganz )?(?:geklappt|gereicht|gepasst"
        r"|sollen sein)\b|\breicht(?:e)? es (?:leider |diesmal |dieses mal |knapp )*nicht\b(?! aus)"
        r"|\bknapp nicht\b",
        # an agency relaying the client's no ("Leider Absage vom Kunden für die Backend-Stelle")
        r"\b(?:leider )?(?:eine )?absage (?:vom|von unserem|von meinem|des) (?:kunden|mandanten"
        r"|client|unternehmen)\b",
        # a refusal told to the person ("Ihnen absagen"), not a Termin called off
        r"\b(?:ihnen|dir|euch) (?:(?!\w*(?:termin|gespräch|interview|treffen|telefonat|call"
        r"|kennenlern))\S+ ){0,6}?(?:eine )?(?:absage (?:zu )?(?:erteilen|geben|mitteilen"
        r"|senden|schicken|aussprechen|zukommen lassen)|absagen|abzusagen)\b|\b(?:müssen|muss)"
        r" (?:ihnen|dir) (?:leider )?(?:eine )?absage\b|\babsage (?:auf|für) (?:ihre|deine)"
        r" (?:\w+)?bewerbung\b",
        r"\b(?:ihnen|dir|euch) (?:leider |heute |nun )*(?:nach|im anschluss an|seit) (?:dem|unserem"
        r"|ihrem|deinem|den|unseren|ihren|deinen) (?:\w+ )?"
        + _MEETING
        + r" (?:leider |heute |nun )*"
        r"(?:eine )?(?:absage|absagen|abzusagen)\b",
        r"\b(?:negative[nr]?|abschlägige[nr]?|ablehnende[nr]?) (?:rückmeldung|nachricht|antwort"
        r"|entscheidung|bescheid)\b|\b(?:die stelle|den job|die position|den platz|die zusage)\b"
        r"[^\n]{0,20}\bnicht (?:bekommen|erhalten|bekommst)\b",
        r"\b(?:sagen|sage|müssen|muss) (?:wir |ich )?(?:ihnen|dir|euch) (?:(?!(?:den|das|unser"
        r"|unseren|ihren|deinen|die) )\w+ ){0,4}?ab\b",
        r"\bkeine?n? (?:[\w-]+ ){0,3}?(?:stelle|position|zusage|angebot|vertragsangebot|job"
        r"|anstellung|festanstellung|platz|ausbildungsplatz|praktikumsplatz|studienplatz"
        r"|einladung)\b[^\n]{0,40}\b(?:anbieten|machen|unterbreiten|geben|aussprechen|erteilen)\b",
        r"\bpasst\b[^\n]{0,40}\b(?:leider |aktuell |derzeit )*nicht\b(?![^\n]*\?)|\b(?:es|das"
        r"|profil|sie|du)\b[^\n]{0,30}\bnicht (?:ganz |so ganz |wirklich |richtig )?(?:passt"
        r"|gepasst hat|zusammenpasst)\b",
        r"\b(?:leider|bedauer\w*)\b[^\n]{0,80}\b(?:nicht (?:berücksichtig|weiter|in die engere"
        r"|für sie|zum zug|passend)|keine (?:zusage|möglichkeit)|nicht (?:anbieten|einstellen"
        r"|berücksichtigen))",
        r"\bnicht (?:das )?passende\b|\bnicht in die engere (?:wahl|auswahl)\b|\bnicht (?:zum zug"
        r"|weiterkommen|berücksichtigt)\b",
        # documents returned: the letter of refusal
        r"\b(?:senden|schicken|reichen|geben) (?:wir|ich) (?:ihnen|dir) (?:ihre|deine|die) (?:\w+"
        r" )?(?:unterlagen|bewerbungsunterlagen|bewerbungsmappe|dokumente)\b[^\n]{0,30}\bzurück\b"
        r"|\b(?:unterlagen|bewerbungsunterlagen|bewerbungsmappe)\b[^\n]{0,40}\b(?:anbei|beiliegend"
        r"|hiermit)\b[^\n]{0,20}\bzurück\b",
        # the role gone, the process ended ("soll ... besetzt werden" is still open)
        # (nor what someone says will happen: "ausgeschriebene Stellen würden besetzt")
        r"\b" + _ROLE + r"\b[^\n]{0,60}\b(?<!nicht )(?<!vorerst )(?<!vorl\wufig )(?<!vorl\w\wufig )"
        r"(?<!w\wrden )(?<!w\w\wrden )(?<!w\wrde )(?<!w\w\wrde )(?<!werden )"
        r"(?:bereits |inzwischen |zwischenzeitlich |anderweitig |intern |schon |leider |nun )*"
        + _GONE
        + r"\b(?! (?:werden|wird|würde|sollte?|soll|kann|könnte|sein|ist\?))",
        # filled by the employer, a modal's infinitive ("die Position konnten wir zwischenzeitlich
        # besetzen", "haben wir die Stelle inzwischen anderweitig besetzt")
        # (the post right before its verb: not "die Interviewtermine für die Position haben wir
        # vergeben"; never with "nicht": "bislang haben wir die Stelle nicht besetzt")
        r"(?:(?<![^\n])|(?<=[,:;] )|\b(?:leider|jedoch|aber|inzwischen|nun|mittlerweile) )(?:die"
        r"|diese"
        r"|unsere|ihre) (?:\w+ )?" + _ROLE + r"\b,? (?:konnten|haben"
        r"|hatten) wir (?:bereits |inzwischen |zwischenzeitlich |anderweitig |intern |schon |nun"
        r" |erfolgreich |mittlerweile )*(?:besetzen|besetzt|vergeben)\b|\b(?:konnten|haben|hatten)"
        r" wir (?:die|diese|unsere|eine) (?:\w+ )?"
        + _ROLE
        + r"\b(?:(?!nicht|kein)[^\n]){0,30}\b(?:besetzen"
        r"|besetzt|vergeben)\b(?! (?:werden|zu können))",
        r"\bkeine (?:offene|freie|passende|vakante) (?:stelle|position|vakanz)\b|\bkeine vakanz\b",
        r"\b(?:stelle|position) (?:wird|wurde) (?:vorerst |vorläufig |zunächst |bis auf weiteres"
        r" |aktuell |derzeit |doch )?nicht (?:besetzt|nachbesetzt|weiter ausgeschrieben)\b"
        r"|\b(?:wird|wurde) (?:die|diese) (?:stelle|position)\b[^\n]{0,20}\bnicht (?:\w+ )?"
        r"(?:besetzt|nachbesetzt)\b",
        r"\b(?:auswahlverfahren|bewerbungsverfahren|besetzungsverfahren|stellenbesetzungsverfahren"
        r"|verfahren|auswahlprozess|bewerbungsprozess|rekrutierungsprozess|berufungsverfahren)\b"
        r"[^\n]{0,60}\b(?:beendet|eingestellt|abgebrochen|gestoppt|aufgehoben)\b(?! (?:sein|werden"
        r"|wird))",
        # judged no fit
        r"\büberqualifiziert\b|\bnicht (?:ausreichend|hinreichend|ganz) (?:qualifiziert|passend"
        r"|erfüllt)\b",
        r"\b(?:anforderungen|anforderungsprofil|profil|erwartungen|kriterien|voraussetzungen)\b"
        r"[^\n]{0,40}\bnicht (?:ganz |vollständig |ausreichend |genau )?(?:erfüllt|entspricht"
        r"|entsprechen|entsprach|überein|gerecht)",
        r"\b(?:entspricht|entsprechen|entsprach|entsprachen|erfüllt|erfüllen|erfüllte)\b[^\n]{0,30}"
        r"\bnicht\b[^\n]{0,40}\b(?:anforderung|erwartung|profil|vorstellung|kriterien"
        r"|voraussetzung)\w*|\b(?:entspricht|entsprechen|entsprach|erfüllt|erfüllen|erfüllte)\b"
        r"[^\n]{0,60}\b(?:anforderung|erwartung|vorstellung|kriterien"
        r"|voraussetzung)\w*\b[^\n]{0,30}"
        r"\bnicht\b",
        r"\bkeine (?:weitere |feste )?(?:festanstellung|übernahme|einstellung)\b",
    )
)
REJECTION_UNLESS = spelled(
    (
        # not ruled out: "Ihre Bewerbung ist damit nicht abgelehnt", "nicht aus dem Rennen"
        r"\b(?:ist|wurde|sind|wurden) (?:damit |also |keineswegs |ausdrücklich )?(?:nicht|keinesweg"
        r"s)"
        r" (?:abgelehnt|aussortiert|ausgeschieden|beendet|abgesagt)\b|\bnicht aus dem rennen\b"
        r"|\bweiterhin im rennen\b",
        # others still to be met: "Der Kunde spricht am Montag noch mit einer weiteren Kandidatin"
        r"\b(?:spricht|sprechen|trifft|treffen|führt|führen|sieht|sehen)\b[^\n]{0,40}\bnoch mit"
        r" (?:eine[rm]? |zwei |drei )?(?:weiteren|anderen)\b",
        # "morgen muss ich leider absagen": a meeting called off, not the application
        r"(?<!ihnen )(?<!dir )(?<!euch )\b(?:morgen|heute|übermorgen|montag|dienstag|mittwoch"
        r"|donnerstag|freitag) (?:(?!ihnen|dir|euch)\w+ ){0,3}(?:leider |kurzfristig )*absagen\b",
        # a condition, not news: "Ohne Abschluss können wir Ihre Bewerbung nicht berücksichtigen"
        r"\bohne (?:\w+ ){0,2}(?:abschluss|vervollständigung|absenden|lebenslauf|unterlagen|einwill"
        r"igung)\b",
        # appointments given away, not the post ("die Interviewtermine ... haben wir vergeben")
        r"\b\w*termine\b[^\n]{0,60}\bvergeben\b",
        # an interview called off is not the application refused
        r"(?<![^\n])(?![^\n]*\b(?:andere[nrs]? (?:kandidat|bewerber|person)|anderweitig|nicht"
        r" weiter|gegen sie|team (?:\w+ )?(?:komplett|voll))\w*)[^\n]*?"
        r"\b(?:gespräch|termin|interview|vorstellungsgespräch|telefonat|kennenlernen)\w*\b[^\n]"
        r"{0,160}"
        r"\b(?:abgesagt|verschoben|verlegt|storniert|entfällt|entfallen)\b",
        r"\bohne (?:\w+ ){0,2}(?:anschreiben|lebenslauf|cv|zeugnis\w*|unterlagen|nachweis\w*"
        r"|angabe\w*|gehaltsvorstellung\w*|foto|dokument\w*)\b|\bunvollständig\w*|\bnachreichen\b"
        r"|\bnur (?:vollständige|bewerbungen)",
        # the applicants not chosen as a group ("Unterlagen nicht berücksichtigter Bewerber")
        r"\bnicht berücksichtigte[nr]? (?:bewerber|kandidat|person|interessent)\w*",
        _OPENING + r"(?:falls|wenn|sollten?|sobald|sofern|bis|bevor|im fall|im falle)\b",
        r"\bsollte(?:n|st)? (?:sie|du|wir|ihre?|deine?|es|die|der|das|uns)\b|\bfalls (?:sie|du)"
        r" (?:nichts|keine)\b",
        r"\bkein urteil\b|\bkeine absage\b|\bbedeutet (?:keine|nicht)\b|\b(?:ihre|deine) absage\b",
        # receipts and notices that name the outcomes without stating one
        r"\b(?:im|für den) fall(?:e)? (?:einer|der)\b|\bauch bei einer\b|\bzu- oder absage\b"
        r"|\bzusage oder absage\b|\bpositiv(?:e|en)? (?:oder|wie) negativ\b|\bob positiv\b|\bin"
        r" jedem fall\b|\bunabhängig (?:davon|vom ergebnis)\b|\bso oder so\b|\b(?:betrachten"
        r"|werten|verstehen) (?:sie|du) (?:dies|das)\b",
        r"(?<![^\n])[^\n]{0,30}: ?(?:falls|wenn|sollten?|sofern)\b|\bwenn (?:sie|du|ihr|wir)\b"
        r"[^\n]{0,60}\b(?:nichts|keine|keinen)\b",
        r"\b(?:ihre|deine) (?:\w+)?bewerbung\b[^\n]{0,60}\bzurückgezogen\b|\bzurückgezogen"
        r" (?:haben|hast|hat)\b|\bdarunter\b|\bzu denen\b|\bdazu gehören\b",
        r"\b(?:wird|werden|soll|sollen)\b[^\n]{0,40}\b(?:voraussichtlich|schnellstmöglich|zeitnah"
        r"|baldmöglichst|zum|ab|bis zum|im|möglichst)\b[^\n]{0,30}\b(?:besetzt|vergeben)\b",
        r"\bnicht (?:alle|allen|jede[nmrs]?)\b|\bnoch nicht\b|\b(?:bewerbungen|unterlagen|bewerber"
        r"\w*|kandidat\w*),? (?:die|deren|welche) [^\n]{0,80}\bnicht\b|\bbewerbungen\b[^\n]{0,80}"
        r"\b(?:können|werden|dürfen|kann|wird)\b[^\n]{0,40}\bnicht\b[^\n]{0,30}\b(?:berücksichtigt"
        r"|bearbeitet|angenommen)\b",
        # "Leider müssen wir Ihnen mitteilen, ..." says nothing about hiring by itself
        r"(?<![^\n])(?![^\n]*(?:bewerb|stelle|position|kandidat|auswahl|vakanz|job|einstell"
        r"|berücksichtig|absage|zusage|entsch|besetz|vergeben|ausbildung|praktikum|anforderung"
        r"|profil|angebot|vertrag|prozess|verfahren|" + _STAGE + r"))(?=[^\n]*\bmitteilen\b)",
        r"\b(?:sobald|bis|wenn|falls|bevor|ehe|sofern)\b[^\n]{0,50}\b(?:besetzt|vergeben|beendet"
        r"|abgeschlossen)\b",
        # a time or a Termin that does not suit is no verdict on the candidate
        r"\b(?:termin|uhrzeit|zeit|tag|datum|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
        r"|morgen|vormittag|nachmittag|woche|uhr)\w*\b[^\n]{0,40}\bpasst\b|\bpasst\b[^\n]{0,20}"
        r"\b(?:zeitlich|terminlich)\b|\b(?:wenn|falls|ob|au(?:ß|ss)er|es sei denn)\b[^\n]{0,40}"
        r"\b(?:nicht (?:\w+ )?passt|passt\b[^\n]{0,20}\bnicht)\b",
        # an interview called off or moved is not the application refused
        r"(?<![^\n])(?![^\n]*(?:besetzt|vergeben|team (?:\w+ )?(?:komplett|voll)|andere[nr]?"
        r" (?:kandidat|bewerber|person)|anders"
        r" entschieden|(?:ihnen|dir|euch) (?:\w+ ){0,3}?(?:eine )?absage))[^\n]*(?:\b"
        + _MEETING
        + r"\b[^\n]{0,120}\b(?:absagen|abgesagt|verschieben|verschoben|verlegen|verlegt|ausfallen"
        r"|fällt\b[^\n]{0,40}\baus|entfällt|entfallen|nicht stattfinden|storniert)\b|\babsage"
        r" (?:des|ihres|deines|unseres|eures|für (?:den|das|ihren|ihr|dein|deinen)) \w*(?:termin"
        r"|gespräch|interview)\w*)",
    )
)

CONDITIONAL = spelled((r"\b(?:falls|sofern) (?:sie|du|ihre|deine)\b",))

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
    "INVITATION_UNLESS",
    "JOB_ALERT",
    "NEWSLETTER",
    "NOT_HIRING",
    "OFFER",
    "OFFER_NAMED",
    "OFFER_UNLESS",
    "OTHER_APPLICATION",
    "PANEL_MEMBER",
    "REJECTION",
    "REJECTION_UNLESS",
    "REQUEST",
    "REQUEST_UNLESS",
    "RESCHEDULE",
    "RESCHEDULE_SENTENCE",
    "THREAD_AGREED",
    "THREAD_MOVED",
]
