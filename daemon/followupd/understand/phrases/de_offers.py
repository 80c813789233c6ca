"""German offers added to the shared lists (imported by de.py, which carries them into the
rule table): the job offered ("Ihnen die Stelle anbieten", "bieten Ihnen ... an", "möchten Sie
einstellen"), the decision for the candidate ("für Sie entschieden", "Sie haben die Stelle"), a
contract sent, a welcome into the team, a chair offered ("Ruf"). Not offers: a meeting offered
("ein Vorstellungsgespräch anbieten", "Sie zum Gespräch begrüßen"), a job advert, a conditional,
fraud asking for a fee, a first day at work, a friend's congratulations. Same conventions as
languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import MEETING as _MEETING
from followupd.understand.phrases.de_words import OPENING as _OPENING
from followupd.understand.phrases.de_words import spelled

_JOB = (
    r"(?:stelle|position|job|rolle|vertrag|arbeitsvertrag|anstellung|festanstellung"
    r"|ausbildungsplatz|praktikumsplatz|studienplatz|praktikum|ausbildung|vertragsangebot"
    r"|angebot|zusage)"
)
OFFER = spelled(
    (
        # "Wir möchten Sie sehr gern als Business Analyst bei uns an Bord haben!"
        r"\b(?:möchten|würden|wollen) (?:sie|dich) (?:sehr |wirklich |unbedingt )?gerne? (?:als"
        r" (?:[\w-]+ ){1,6})?(?:bei uns |in unserem team |im team )?an bord (?:haben|holen|begrüßen"
        r")\b"
        r"(?![^\n]*\b(?:gespräch|interview|termin|kennenlern)\w*)",
        # a selection board's decision: "Die Kommission hat beschlossen, Ihre Einstellung
        # vorzuschlagen"
        r"\b(?:beschlossen|entschieden),? (?:ihre|deine) (?:einstellung|ernennung|berufung)"
        r" (?:zu )?(?:vorzuschlagen|zu empfehlen)\b",
        # the client's yes relayed: "Der Kunde hat sich für Sie entschieden!"
        r"\b(?:hat|haben) sich (?:\w+ )?(?:für sie|für dich) entschieden\b(?![^\n]*\b(?:gespräch"
        r"|interview|termin|runde))",
        # "Wir bieten Ihnen die Stelle mit Dienstbeginn 1. Jänner 2027 an"
        r"\b(?:wir bieten (?:ihnen|dir)|bieten wir (?:ihnen|dir)) (?:hiermit |gerne |gern |nun )?"
        r"(?:die|diese) (?:\w+ )?"
        r"(?:stelle|position|anstellung)\b(?:[^\n]{0,80}\ban\b(?! (?:einem|einer|unserem"
        r"|unserer)\b)| (?:mit|ab|zum) (?:dienstbeginn|eintritt|arbeitsbeginn|beginn|\d))",
        # a public employer's decision: "hat die Auswahlkommission beschlossen, Ihnen die Stelle
        # „Sachbearbeitung ...“ anzubieten"
        r"\b(?:beschlossen|entschieden|freuen uns),? (?:ihnen|dir) (?:die (?:stelle|position)|das"
        r" amt|das mandat|den posten)\b[^\n]{0,120}\b(?:anzubieten|anzutragen)\b",
        # "Wir hätten dich sehr gern ab dem 1. Dezember als Werkstudentin bei uns"
        r"\b(?:wir )?hätten (?:dich|sie|euch) (?:sehr |wirklich |total |so )?gerne? (?:\w+ ){0,3}"
        r"(?:ab (?:dem |sofort)|als \w+ (?:bei uns|im team|in unserem))\b(?![^\n]*\b(?:gespräch"
        r"|interview|kennenlern|termin|probetag|speaker|referent|gast|konferenz|vortrag|panel"
        r"|podium|workshop|veranstaltung|event|messe|tagung|keynote)\w*)(?<!speaker bei uns)"
        r"(?<!referentin bei uns)(?<!referent bei uns)(?<!gast bei uns)",
        # an agency relaying the client's yes ("die wollen dich einstellen")
        r"\b(?:sie|die) (?:wollen|möchten) (?:dich|sie) (?:unbedingt |gerne |gern )?(?:einstellen"
        r"|haben"
        r"|an bord holen)\b",
        # the contract sent to sign ("Ihren Dienstvertrag ... zur elektronischen Unterzeichnung")
        r"\b(?:dienst|arbeits|anstellungs)vertrag\w*\b[^\n]{0,80}\bzur (?:elektronischen "
        r"|digitalen )?"
        r"(?:unterzeichnung|unterschrift|signatur)\b",
        # "wir würden uns freuen, wenn Sie unser Team verstärken"
        r"\b(?:würden|werden) uns (?:sehr |riesig )?freuen,? wenn (?:sie|du) (?:unser|unsere|das)"
        r" (?:\w+ )?(?:team|abteilung|unternehmen) (?:verstärken|verstärkst|ergänzen|ergänzt)\b",
        r"\b(?:freuen|freue) (?:uns|mich)\b[^\n]{0,80}\b(?:anbieten|zusagen|zusage|angebot)\b",
        r"\b(?:begrüßen|willkommen heißen)\b[^\n]{0,20}\b(?:im|in unserem|in unserer|ins)"
        r" (?:team|unternehmen|firma|kollegium|mannschaft)\b|\b(?:im|in unserem|in unserer|ins)"
        r" (?:team|unternehmen|kollegium)\b[^\n]{0,30}\b(?:begrüßen|willkommen heißen)\b"
        r"|\bwillkommen (?:an bord|im team)\b",
        r"\b(?:möchten|würden) (?:ihnen|dir|sie|dich) (?:gerne? )?(?:die stelle|die position|einen"
        r" (?:vertrag|arbeitsvertrag|praktikumsplatz|ausbildungsplatz)|ein (?:angebot"
        r"|vertragsangebot))\b",
        r"\b(?:möchten?|würden?|wollen|will|können|dürfen|freuen uns,?|freue mich,?|gerne)\b"
        r"[^\n]{0,30}\b(?:ihnen|dir|euch)\b[^\n]{0,80}\b" + _JOB + r"\b[^\n]{0,60}\b(?:anbieten"
        r"|unterbreiten|machen|geben|erteilen|aussprechen)\b",
        r"\b(?:unser|ihr|dein) vertragsangebot\b|\bangebotsschreiben\b|\bvertragsentwurf\b"
        r"|\bunser angebot (?:als|für die (?:stelle|position)|im überblick)\b",
        r"\b(?:sie|du|ihr) (?:die stelle|den job|die position|den platz|den ausbildungsplatz"
        r"|den praktikumsplatz|die zusage|den zuschlag)\b[^\n]{0,30}\b(?:bekommen|bekommst|bekommt"
        r"|erhalten|erhältst)\b",
        r"\b(?:sie haben|du hast|ihr habt) (?:die stelle|den job|die position|den platz"
        r"|den ausbildungsplatz|den praktikumsplatz|die zusage)\b|\b(?:stelle|job|position) gehört"
        r" (?:ihnen|dir)\b|\b(?:uns|sich|mich) (?:\w+ ){0,3}für (?:sie|dich|euch) entschieden\b",
        r"\b(?:sie sind|du bist) (?:unsere?r? )?wunschkandidat\w*|\b(?:arbeits|ausbildungs"
        r"|anstellungs)?vertrag\w*\b[^\n]{0,20}\b(?:senden|schicken|lassen|stellen) (?:wir|ich)"
        r" (?:ihnen|dir)\b[^\n]{0,40}\bzu\b",
        r"\b(?:ihren|deinen|den|unseren|ihr|dein|der) (?:\w+ )?(?:arbeits|ausbildungs|anstellungs)?"
        r"vertrag\w*\b[^\n]{0,60}\b(?:anbei|im anhang|beigefügt|zur unterschrift|in (?:zweifacher"
        r"|doppelter) ausfertigung|unterschrieben zurück|zukommen lassen|wird erstellt|erstellen"
        r" wir)\b",
        r"\b(?:erteile|erteilen)\b[^\n]{0,30}\bruf\b|\bruf (?:auf|an) die\b",
        # the job offered with the verb split ("bieten Ihnen ... an"), the candidate hired
        r"\b(?:bieten|biete) (?:wir |ich )?(?:ihnen|dir|euch) (?:\w+ ){0,3}?(?:die|eine|den|einen"
        r"|das) (?:\w+ )?" + _JOB + r"\b[^\n]{0,80}\ban\b",
        r"\b(?:schicke|schick|sende|senden|schicken|bekommst|erhalten sie|erhältst)\b[^\n]{0,40}"
        r"\b(?:das|unser|ein|ihr|dein) (?:schriftliche[s]? |offizielle[s]? |finale[s]? )?(?:angebot"
        r"|vertragsangebot|arbeitsvertrag)\b[^\n]{0,40}\b(?:gehalt|konditionen|startdatum"
        r"|eintrittsdatum|unterschrift)\b",
        r"\b(?:möchten|wollen|würden|werden) (?:wir )?(?:sie|dich|euch) (?:\S+ ){0,8}?(?:einstellen"
        r"|anstellen|verpflichten|an bord holen|im team haben)\b",
    )
)
OFFER_UNLESS = spelled(
    (
        r"\b(?:betrug|betrüger|gefälscht|niemals|nie (?:nach|um))\b|\b(?:zahlung|gebühr"
        r"|überweis)\w*",
        r"\b(?:ablauf|schritte?|prozess)\b[^\n]{0,40}\b(?:angebot|vertragsangebot)\b",
        r"\b(?:ausgewählte|erfolgreiche) (?:bewerber|kandidat)\w*\b",
        r"\bkein\w*\b|\bnicht (?:\w+ )?(?:anbieten|machen|geben|für|bekommen|erhalten|einstellen)\b"
        r"|\bgegen (?:sie|dich)\b|\b(?:falls|sofern|ob)\b",
        # a job advert: "Wir bieten Ihnen eine Stelle an – jetzt bewerben!"
        r"\b(?:jetzt|gleich|direkt|einfach) (?:online )?bewerben\b|\bbewerben sie sich\b"
        r"|\bbewirb dich\b",
        # a meeting offered, not the job: "ein Vorstellungsgespräch anbieten", "zum Termin"
        r"\b(?:ein|einen|eine|zum|zu einem|zu einer|zur|auf das|auf den)\b (?:[\w-]+ ){0,2}"
        + _MEETING,
        _OPENING + r"(?:falls|wenn|sofern|sobald|bevor|sollten?)\b",
        r"\bnach (?:erfolgreich|positiv|abschluss)\w*|\bim fall(?:e)? (?:einer|der) zusage\b"
        r"|\bbei (?:einer )?zusage\b|\berste[nr]? arbeitstag\b|\bglückwunsch\w* zu[rm]? (?:neuen"
        r"|deiner|ihrer)\b",
    )
)
OFFER_NAMED = spelled(
    (
        r"(?<![^\n])(?:ihr|dein) (?:arbeits|vertrags)angebot\b",
        # "Anbei erhalten Sie unser überarbeitetes Angebot" (read in hiring mail only)
        r"\b(?:unser|das|ihr|dein) (?:überarbeitete[s]?|angepasste[s]?|aktualisierte[s]?|neue[s]?)"
        r" (?:arbeits|vertrags)?angebot\b",
    )
)
