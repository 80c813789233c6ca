"""German phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail (Sie and du;
Germany, Austria, Switzerland: "ss" for "ß"); never the name of an employer, a product or a
platform. Gendered forms ("Kandidat*in", "Bewerber:innen", "BewerberInnen") are one word.
"""

from __future__ import annotations

_U = r"(?:ü|ue)"
_A = r"(?:ä|ae)"
_O = r"(?:ö|oe)"
_SS = r"(?:ß|ss)"
_PERSON = r"(?:bewerber|kandidat|mitbewerber|person|profil|interessent)[\w*:/_-]*"
_OTHER = r"(?:ein[\w*:/_-]* )?(?:ander|weiter|intern|extern)[\w*:/_-]*"
# people, plural or one, as the object of a choice ("für eine Person entschieden, die ...")
_CHOSEN = r"(?:person|personen|leute|jemand\w*|bewerber[\w*:/_-]*|kandidat[\w*:/_-]*|profil\w*)"
_ROLE = (
    r"(?:stelle|position|vakanz|ausbildungspl" + _A + r"tze?|praktikumspl" + _A + r"tze?|rolle"
    r"|job)\w*"
)
_YOUR = r"(?:ihre?[nmrs]?|deine?[nmrs]?|ihnen|sie|dich|dir|euch)"

REJECTION = (
    # others chosen; the choice fell elsewhere
    r"\bf" + _U + r"r " + _OTHER + r" " + _PERSON + r"\b[^\n]{0,40}\bentschieden\b",
    r"\bentschieden\b[^\n]{0,60}\b(?:f" + _U + r"r|zugunsten) " + _OTHER + r" " + _PERSON,
    r"\bwahl (?:ist |fiel )?(?:auf )?(?:eine?[nmrs]? )?(?:andere|mitbewerber|weitere)\w*",
    r"\bmit (?:jemand(?:em)? anderem|einer anderen person|einem anderen kandidat\w*) (?:weiter|fort"
    r")",
    r"\bf" + _U + r"r (?:ein[\w*:/_-]* )?" + _CHOSEN + r"(?: und " + _CHOSEN + r")? entschieden,? "
    r"(?:die|der|deren|dessen|welche)\b",
    r"\bgegen (?:sie|dich|ihre bewerbung|deine bewerbung|ihre kandidatur|eine (?:einladung|weitere"
    r" ber" + _U + r"cksichtigung|zusammenarbeit|fortsetzung|weiterf" + _U + r"hrung))\b[^\n]{0,40}"
    r"\bentschieden\b",
    r"\b(?:prozess|verfahren|auswahlprozess|auswahlverfahren)\w* mit\b[^\n]{0,40}\b(?:kandidat"
    r"|bewerber|person|anderen)[\w*:/_-]*\b[^\n]{0,20}\b(?:fort|weiter)\w*",
    r"\b" + _ROLE + r"\b[^\n]{0,60}\bmit (?:ein[\w*:/_-]* )?(?:intern|extern|ander)[\w*:/_-]* "
    r"[^\n]{0,30}(?:zu )?besetzen\b|\bintern (?:zu )?besetzen\b",
    r"\bkein (?:stellen|vertrags)?angebot (?:machen|unterbreiten|anbieten)\b",
    r"\bkeine (?:position|stelle|vakanz)\b[^\n]{0,30}\bzu besetzen\b",
    r"\bleider nicht (?:die|das|der)\b[^\n]{0,50}\bgehofft\b",
    r"\b(?:hat|hat es) (?:leider )?(?:f" + _U + r"r (?:sie|dich) )?(?:leider )?nicht geklappt\b",
    r"\bzugunsten (?:eine?[nmrs]? )?(?:andere|mitbewerber|weitere|interne)\w*",
    # the application not continued
    _YOUR + r"\b[^\n]{0,60}\bnicht (?:mehr |weiter )?(?:zu )?ber" + _U + r"cksichtig\w*"
    r"|\bnicht weiter(?:verfolg|zuverfolg)\w*|\bnicht weiter zu verfolgen\b"
    r"|\bnicht (?:mehr )?(?:in das|ins) (?:weitere )?auswahlverfahren\b",
    r"\b(?:prozess|verfahren|bewerbungsprozess|auswahlprozess)\b[^\n]{0,60}\bnicht (?:mit "
    + _YOUR
    + r" )?(?:fort(?:zu)?(?:setzen|f"
    + _U
    + r"hren)|weiter(?:zu)?f"
    + _U
    + r"hren)\w*",
    r"\bnicht (?:mit " + _YOUR + r" )?(?:fortsetzen|fortf" + _U + r"hren|weiterf" + _U + r"hren)\b",
    r"\bkeine[nr]? (?:zusage|positiv\w* (?:r" + _U + r"ckmeldung|nachricht|bescheid|antwort)"
    r"|gute[nr]? nachricht)\b",
    r"\b(?:ihnen|dir) (?:leider |heute )*(?:eine )?absage (?:erteilen|geben|mitteilen|senden)\b"
    r"|\b(?:m"
    + _U
    + r"ssen|muss) (?:ihnen|dir) (?:leider )?(?:eine )?absage\b|\babsage (?:auf|f"
    + _U
    + r"r) (?:ihre|deine) bewerbung\b",
    r"\bpasst\b[^\n]{0,40}\b(?:leider |aktuell |derzeit )*nicht\b(?![^\n]*\?)",
    r"\b(?:leider|bedauer\w*)\b[^\n]{0,80}\b(?:nicht (?:ber" + _U + r"cksichtig|weiter"
    r"|in die engere|f" + _U + r"r sie|zum zug|passend)|keine (?:zusage|m" + _O + r"glichkeit)"
    r"|nicht (?:anbieten|einstellen|ber" + _U + r"cksichtigen))",
    r"\bnicht (?:das )?passende\b",
    r"\bnicht in die engere (?:wahl|auswahl)\b|\bnicht (?:zum zug|weiterkommen|ber"
    + _U
    + r"cksichtigt)\b",
    # the role gone
    r"\b" + _ROLE + r"\b[^\n]{0,60}\b(?<!nicht )(?<!vorerst )(?<!vorläufig )(?<!vorlaeufig )"
    r"(?:bereits |inzwischen |zwischenzeitlich |anderweitig |intern |schon )*"
    r"(?:besetzt|vergeben|gestrichen|zur"
    + _U
    + r"ckgezogen|nicht mehr (?:verf"
    + _U
    + r"gbar|vakant|offen|ausgeschrieben))\b",
    r"\bkeine (?:offene|freie|passende|vakante) (?:stelle|position|vakanz)\b|\bkeine vakanz\b",
    r"\b(?:stelle|position) (?:wird|wurde) nicht (?:besetzt|nachbesetzt)\b",
    # judged no fit
    r"\b" + _U + r"berqualifiziert\b|\bnicht (?:ausreichend|hinreichend|ganz) (?:qualifiziert|"
    r"passend|erf" + _U + r"llt)\b",
    r"\b(?:anforderungen|anforderungsprofil|profil)\b[^\n]{0,40}\bnicht (?:ganz |vollst"
    + _A
    + r"ndig )?(?:erf"
    + _U
    + r"llt|entspricht|"
    + _U
    + r"berein)",
    r"\bkeine (?:weitere |feste )?(?:festanstellung|" + _U + r"bernahme|einstellung)\b",
)
REJECTION_UNLESS = (
    r"\bohne\b|\bunvollst"
    + _A
    + r"ndig\w*|\bnachreichen\b|\bnur (?:vollst"
    + _A
    + r"ndige|bewerbungen)",
    r"(?<![^\n])[\s*•·>–-]*(?:falls|wenn|sollten?|sobald|sofern)\b",
    r"\bsollten (?:sie|wir|du) (?:nichts|keine)\b|\bfalls (?:sie|du) (?:nichts|keine)\b",
    r"\bkein urteil\b|\bkeine absage\b|\bbedeutet (?:keine|nicht)\b",
)

ACKNOWLEDGEMENT = (
    r"\b(?:bewerbung|unterlagen|dossier|lebenslauf|anfrage|nachricht)\b[^\n]{0,40}\b(?:ist|sind|wur"
    r"de"
    r"|wurden)\b[^\n]{0,30}\b(?:eingegangen|angekommen|erhalten|"
    + _U
    + r"bermittelt|gesendet|versendet|verschickt|abgeschickt|weitergeleitet)\b",
    r"\b(?:eingang|erhalt) (?:ihrer|deiner) (?:bewerbung|unterlagen|nachricht)\b",
    r"\beingangsbest"
    + _A
    + r"tigung\b|\bbewerbung (?:erfolgreich )?(?:gesendet|"
    + _U
    + r"bermittelt|versendet|abgeschickt|eingereicht|eingegangen|angekommen)\b",
    r"\b(?:vielen )?dank(?:e)?,? (?:f" + _U + r"r (?:ihre?|deine?|das) (?:bewerbung|interesse|"
    r"vertrauen|online-bewerbung|unterlagen)|dass (?:sie|du) (?:sich|dich) (?:f"
    + _U
    + r"r|bei)\b)",
    r"\b(?:wir )?(?:pr" + _U + r"fen|sichten|schauen uns|sehen uns)\b[^\n]{0,50}\b(?:bewerbung|"
    r"unterlagen|bewerbungen|profil)\b",
    r"\b(?:melden uns|kommen auf (?:sie|dich) zu|h" + _O + r"ren von uns)\b[^\n]{0,60}\b(?:falls"
    r"|wenn|sofern)\b",
    r"\bstatus (?:ihrer|deiner) bewerbung\b|\b(?:an den arbeitgeber|an das unternehmen) "
    r"(?:gesendet|" + _U + r"bermittelt|weitergeleitet)\b",
    r"\bhiermit best" + _A + r"tigen wir (?:den eingang|den erhalt|ihre bewerbung|deine bewerbung)",
)

HOLDING = (
    r"\bzwischenbescheid\b|\bzwischenstand\b|\bsachstand\b",
    r"\b(?:noch|weiterhin|aktuell|derzeit|momentan) (?:in der (?:auswahl|entscheidungsfindung|"
    r"pr" + _U + r"fung)|im (?:verfahren|prozess|rennen|auswahlverfahren|auswahlprozess)|in "
    r"pr" + _U + r"fung)\b",
    r"\b(?:bleibt|ist|bist) (?:weiterhin |noch )?(?:im (?:prozess|verfahren|rennen)|in der "
    r"(?:auswahl|engeren wahl))\b|\bklar im rennen\b",
    r"\bverz" + _O + r"ger\w*|\bdauert (?:noch |leider |etwas )*(?:l" + _A + r"nger|an)\b|\bgeduld"
    r"\b",
    r"\b(?:melden uns|melde mich|r" + _U + r"ckmeldung (?:erhalten|bekommen|geben)|entscheidung "
    r"(?:f" + _A + r"llt|treffen|fallen))\b[^\n]{0,60}\b(?:bis (?:sp" + _A + r"testens |ende )?|"
    r"sp" + _A + r"testens|in der \d+|kw|n" + _A + r"chste|kommende|sobald)",
    r"\b(?:laufen|finden|f"
    + _U
    + r"hren)\b[^\n]{0,40}\bnoch\b[^\n]{0,40}\b(?:gespr"
    + _A
    + r"che|interviews|zweitgespr"
    + _A
    + r"che|auswahlgespr"
    + _A
    + r"che)\b",
    r"\b(?:neuer )?status: (?:in pr" + _U + r"fung|in bearbeitung|in der auswahl)\b",
    r"\b(?:noch )?keine (?:entscheidung|neuigkeiten|r" + _U + r"ckmeldung)\b(?! erhalten haben)",
    r"\b(?:auf eis|pausiert|ruht)\b[^\n]{0,40}\b(?:vor" + _U + r"bergehend|bis|derzeit)\b",
)

OFFER = (
    r"\b(?:freuen|freue) (?:uns|mich)\b[^\n]{0,80}\b(?:anbieten|zusagen|zusage|angebot|begr"
    r"" + _U + r"" + _SS + r"en|willkommen)\b",
    r"\b(?:m" + _O + r"chten|w" + _U + r"rden) (?:ihnen|dir|sie|dich) (?:gerne? )?(?:die stelle|"
    r"die position|einen (?:vertrag|arbeitsvertrag|praktikumsplatz|ausbildungsplatz)|ein "
    r"(?:angebot|vertragsangebot))\b",
    r"\b(?:unser|ihr|dein) vertragsangebot\b|\bangebotsschreiben\b|\bvertragsentwurf\b"
    r"|\bunser angebot (?:als|f" + _U + r"r die (?:stelle|position)|im " + _U + r"berblick)\b",
    r"\bim (?:team|unternehmen) (?:begr" + _U + _SS + r"en|willkommen hei" + _SS + r"en)\b",
    r"\b(?:erteile|erteilen)\b[^\n]{0,30}\bruf\b|\bruf (?:auf|an) die\b",
)
OFFER_UNLESS = (
    r"\b(?:betrug|betr" + _U + r"ger|gef" + _A + r"lscht|niemals|nie (?:nach|um))\b",
    r"\b(?:ablauf|schritte?|prozess)\b[^\n]{0,40}\b(?:angebot|vertragsangebot)\b",
    r"\b(?:ausgew" + _A + r"hlte|erfolgreiche) (?:bewerber|kandidat)\w*\b",
)

REQUEST = (
    r"\bterminvorschl"
    + _A
    + r"ge?\b|\bzeitfenster\b|\bwann (?:passt|h"
    + _A
    + r"ttest|h"
    + _A
    + r"tten|haben|hast) (?:es )?(?:ihnen|dir|sie|du)\b",
    r"\b(?:bitte )?(?:w" + _A + r"hlen|buchen|suchen) (?:sie|du)? ?(?:sich |dir )?(?:einen|ihren"
    r"|deinen|den) (?:termin|wunschtermin|zeitraum|slot)\b",
    r"\b(?:verf" + _U + r"gbarkeit(?:en)?|m" + _O + r"gliche termine)\b[^\n]{0,40}\b(?:mitteilen|"
    r"angeben|nennen|zukommen|schicken|eintragen)\b",
    r"\b(?:m" + _O + r"chten|w" + _U + r"rden|w" + _U + r"rde) (?:sie|dich) (?:gerne? )?(?:kennen"
    r"lernen|einladen|sprechen|zu einem)\b",
    r"\b(?:kennenlernen|telefonieren|sprechen|treffen)\b[^\n]{0,40}\?",
)
REQUEST_UNLESS = (
    r"\b(?:ausgew" + _A + r"hlte|geeignete|passende) (?:bewerber|kandidat)\w*\b",
    r"(?<![^\n])[\s*•·>–-]*(?:falls|wenn|sollten?|sobald|sofern)\b",
)

CONFIRM = (
    r"\b(?:best" + _A + r"tig(?:en|e|t)|fest(?:gehalten|eingetragen)|eingetragen|gebucht|"
    r"vereinbart)\b[^\n]{0,80}\b(?:termin|gespr" + _A + r"ch|interview|kennenlernen)\w*",
    r"\b(?:ihr|dein) (?:termin|gespr" + _A + r"chstermin|interviewtermin)\b[^\n]{0,20}"
    r"\b(?:am|f" + _U + r"r|ist|:)",
    r"\bfreuen (?:uns|mich) auf (?:das|unser|ihr|dein|den) (?:gespr"
    + _A
    + r"ch|kennenlernen|treffen|interview|telefonat|austausch)\b",
    r"\b(?:einladung|laden) (?:sie |dich )?(?:zu(?:m| einem)?) \w*(?:gespr"
    + _A
    + r"ch|interview|kennenlernen)\w*\b[^\n]{0,80}\b(?:am|um)\b",
)
CONFIRM_UNLESS = (r"\bsie sind (?:als )?interviewer\b|\bdu bist (?:als )?interviewer\b",)

RESCHEDULE = (
    r"\b(?:verschieb\w*|verleg\w*|umplan\w*)\b[^\n]{0,60}\b(?:auf|zu|nach)\b",
    r"\b(?:statt|anstatt|anstelle)\b[^\n]{0,30}\b(?:\d{1,2}(?::\d{2})? uhr|montag|dienstag|mittwoch"
    r"|donnerstag|freitag)\b",
    r"\b(?:neuer|ge"
    + _A
    + r"nderter|verschobener) termin\b|\beine stunde (?:sp"
    + _A
    + r"ter|fr"
    + _U
    + r"her)\b",
)
CANCEL = (
    r"\b(?:termin|gespr"
    + _A
    + r"ch|interview|treffen)\w*\b[^\n]{0,40}\b(?:f"
    + _A
    + r"llt|muss|m"
    + _U
    + r"ssen)\b[^\n]{0,20}\b(?:aus|ausfallen|abgesagt werden|entfallen)\b",
    r"\b(?:termin|gespr" + _A + r"ch|interview)\w* (?:absagen|entf" + _A + r"llt)\b",
)

HIRING_WORDS = (
    r"\b\w*interview\w*\b",
    r"\bkennenlern\w*\b",
    r"\b(?:bewerber|kandidat)[\w*:/_-]*",
    r"\bpersonal(?:abteilung|referent\w*|leitung)\b",
    r"\b(?:ausbildung|praktikum|trainee)\w*\b",
    r"\bprobearbeit\w*\b|\bassessment\w*\b|\bberufung\w*\b",
)
CONDITIONAL = (r"\b(?:falls|sofern) (?:sie|du|ihre|deine)\b",)
