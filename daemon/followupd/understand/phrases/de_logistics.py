"""German interview logistics added to the shared lists (imported by de.py, which carries them
into the rule table): requests (times asked for, slots offered to choose from, a booking link, a
call proposed), meetings fixed, moved and called off, and the agreement that fixes a time in a
thread.

German puts the verb at the end and splits verbs ("schlagen ... vor", "sagen ... ab", "rufe
... an", "findet ... statt"): a pattern names the meeting and its verb in either order, with
room between them. Same conventions as languages.py; never the name of an employer, a product
or a platform.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import DAY_NAMES, MEETING, OPENING, OWN, YOU, spelled

_SLOTS = (
    r"(?:termin|termine|tag|tage|zeit|zeiten|uhrzeit|zeitfenster|zeitslots?|slots?|option"
    r"|optionen|datum|wochentag|terminvorschläge?|verfügbarkeiten?|wunschtermine?)"
)
# A meeting someone owns, or named at the start of a sentence: "Ihr Gespräch", "Termin ist ...".
_OWNED = r"(?:" + OPENING + r"|\b" + OWN + r" (?:[\w.,-]+ ){0,3}?)" + MEETING + r"\b"
_FIXED = (
    r"(?:bestätigt|geplant|gebucht|eingetragen|vereinbart|fixiert|angesetzt|festgelegt"
    r"|terminiert|reserviert|eingeplant|fix|notiert|vorgemerkt|bestehen)"
)
_MOVED = (
    r"(?:verschieben|verlegen|verschoben|verlegt|vorziehen|vorgezogen|vorverlegen|vorverlegt"
    r"|umlegen|umgelegt|umplanen|umgeplant|ändern|geändert)"
)
_OFF = (
    r"(?:absagen|abgesagt|ausfallen|entfallen|entfällt|nicht stattfinden|nicht (?:wie (?:geplant"
    r"|vorgesehen|vereinbart) )?(?:durchführen|wahrnehmen)|findet (?:\w+ ){0,3}nicht"
    r" statt|fällt (?:\w+ ){0,4}aus|storniert|stornieren|gecancelt|canceln|streichen|gestrichen)"
)

# Times asked for: read as requests, and as the mark of one (ASKS_FOR_TIME).
_ASKED = (
    r"\bterminvorschläge?\b|\bzeitfenster\b|\bwann (?:es )?" + YOU + r" (?:am besten |gut "
    r"|zeitlich )?(?:passt|passen würde|recht ist|lieber ist)\b|\bwann (?:passt|hättest"
    r"|hätten|haben|hast|könnten|können|kannst|könntest|wäre|würde|ginge|geht|sind|bist|seid)"
    r" (?:es )?(?:ihnen|dir|sie|du|ihr|euch)\b",
    # slots to pick from, a booking link
    r"\b(?:buchen|wählen|reservieren|vereinbaren|suchen|aussuchen|auswählen|buche|buch|wähle"
    r"|wähl|such|reserviere|vereinbare)\b (?:sie |du )?(?:sich |dir |euch )?(?:\S+ ){0,5}?"
    r"(?:\w+ )?(?:termin|slot|zeitslot|zeitfenster|wunschtermin|gesprächstermin|zeitraum)\w*",
    r"\b(?:termin|slot|zeitslot|zeitfenster|wunschtermin|gesprächstermin)\w*\b[^\n]{0,40}"
    r"\b(?:zu )?(?:buchen|auszuwählen|auswählen|aussuchen|auszusuchen|reservieren|vereinbaren"
    r"|wählen|eintragen)\b",
    r"\bwelche[rnms]? (?:\S+ ){0,3}?" + _SLOTS + r"\w*\b[^\n]{0,60}\b(?:passt|passen|würde"
    r"|würden|wäre|wären|käme|kämen|ginge|geht|bevorzugen|bevorzugst|wählen|zusagt|zusagen)\b",
    r"\b(?:folgende|diese|zwei|drei|vier|mehrere|einige|ein paar|verschiedene) (?:\w+ )?"
    r"(?:termine|zeitfenster|slots|optionen|terminvorschläge|zeiten)\b[^\n]{0,60}"
    r"\b(?:anbieten|vorschlagen|zur auswahl|zur wahl|zur verfügung|frei|möglich)\b"
    r"|\b(?:termine|zeitfenster|slots|zeiten) zur (?:auswahl|wahl)\b",
    r"\bschlagen? (?:ich |wir )?(?:ihnen |dir |euch )?(?:\w+ ){0,3}?(?:termin\w*|zeit\w*"
    r"|slots?|tage?|optionen)\b[^\n]{0,40}\bvor\b",
    r"\b(?:buchungslink|buchungsseite|buchungsportal|buchungstool|terminbuchung\w*"
    r"|buchungskalender)\b|\büber (?:den|diesen|folgenden|meinen|unseren|unser) (?:\w+ )?"
    r"(?:link|kalender|buchungs\w*)\b[^\n]{0,60}\b(?:termin|slot|zeit)",
    # availability asked for ("teilen Sie uns ... mit": the verb split)
    r"\b(?:teilen|teilt|teil|geben|gebt|gib|nennen|nennt|nenn|schicken|schickt|schick|senden"
    r"|sendet|sagen|sagt|sag) (?:sie |du |ihr )?(?:uns|mir) (?:\S+ ){0,4}?(?:verfügbarkeit\w*"
    r"|terminvorschläge?|zeitfenster|termine|zeiten|wunschtermin\w*)\b",
    r"\b(?:verfügbarkeit(?:en)?|mögliche termine|" + _SLOTS + r")\b[^\n]{0,40}\b(?:mitteilen"
    r"|angeben|nennen|zukommen|schicken|senden|eintragen|vorschlagen|durchgeben)\b",
    r"\b(?:hätten|haben|hast|hättest|habt|hättet) (?:sie|du|ihr)\b[^\n]{0,60}\b(?:zeit|lust)\b"
    r"[^\n]{0,60}"
    r"\b(?:gespräch|call|telefonat|kennenlernen|austausch|interview|treffen|kaffee|video\w*"
    r"|chat|termin)\w*",
    r"\b(?:sind|wären|seid|bist|wärst) (?:sie|du|ihr)\b[^\n]{0,60}\b(?:verfügbar|frei"
    r"|erreichbar)\b[^\n]*\?",
)
REQUEST = spelled(
    (
        # a day or a time put as a question: "Passt Ihnen Dienstag um 10 Uhr?", "passt dir do
        # 14h?", "Würde Ihnen Donnerstag, 12. März, passen?"
        r"\b(?:passt|geht|klappt|ginge|passen|gehen) (?:es )?(?:ihnen|dir|euch|bei (?:ihnen|dir"
        r"|euch))\b[^\n!?]{0,50}\b(?:" + DAY_NAMES + r"|mo|di|mi|do|fr|\d{1,2}(?:[:.]\d{2})?"
        r" ?(?:uhr|h))\b[^\n!?]{0,30}\?|\b(?:würde|wäre) (?:ihnen|dir|euch) (?:am |der )?(?:"
        + DAY_NAMES
        + r")\b[^\n!?]{0,50}\b(?:passen|recht)\b[^\n!?]{0,10}\?",
        # "Hätten Sie Zeit für ein unverbindliches Telefonat?"
        r"\b(?:hätten|haben) sie (?:\w+ )?zeit für (?:ein|einen|eine) (?:\w+ )?(?:telefonat|gespräc"
        r"h"
        r"|austausch|kennenlernen|call|videocall)\b|\bhättest du (?:\w+ )?zeit für (?:ein|einen"
        r"|eine) (?:\w+ )?(?:telefonat|gespräch|call|kennenlernen)\b",
        r"\blust auf (?:ein(?:en)?|nen|n) (?:kurze[ns]? |ersten )?[\w-]*(?:call|gespräch|telefonat"
        r"|austausch|kennenlernen)\b|\bschlag (?:gern )?(?:was|etwas|einen termin|eine zeit)"
        r" vor\b",
        # "Geht einer dieser Termine?"
        r"\b(?:geht|passt|klappt) (?:ihnen |dir )?(?:einer|eine|eines) (?:dieser|der folgenden|der)"
        r" (?:termine|zeiten|slots|optionen|vorschläge|zeitfenster)\b",
        # "sagen Sie mir, wann Sie nächste Woche Zeit haben", "geben Sie uns Bescheid, wann"
        r"\b(?:sagen sie|sag|teilen sie|teil|geben sie|gib) (?:mir|uns),? (?:doch |gerne |gern )?"
        r"(?:bitte )?(?:bescheid,? |kurz )?(?:mit,? )?(?:(?:wann|an welchen tagen) (?:sie|du|es"
        r" ihnen|es dir) [^\n]{0,30}\b(?:zeit|verfügbar|passt|frei|kannst|können sie|könnten sie)\b"
        r"|welche[rn]? (?:tag|termin|zeit|uhrzeit)|ihre verfügbarkeit|deine verfügbarkeit)",
        *_ASKED,
        r"\b(?:zur|zwecks|für die|für eine) terminvereinbarung\b|\bterminabsprache\b"
        r"|\bterminabstimmung\b|\bterminfindung\b|\bum einen termin (?:zu )?(?:vereinbaren"
        r"|auszumachen|abzustimmen|zu finden)\b",
        # a meeting proposed
        r"\b(?:möchten|möchte|würden|würde|wollen|will|freuen uns|freue mich)\b[^\n]{0,20}\b(?:sie"
        r"|dich|euch)\b[^\n]{0,60}\b(?:kennenlernen|kennen lernen|einladen|treffen|sprechen"
        r"|sehen)\b|\b(?:sie|dich|euch)\b[^\n]{0,60}\beinzuladen\b",
        # ("Wir freuen uns darauf, Sie kennenzulernen" closes receipts too: not a request)
        r"\b(?:würden|würde|möchten|möchte) (?:uns|mich) (?:sehr )?freuen\b[^\n]{0,60}"
        r"\b(?:kennenzulernen|zu sprechen|zu treffen)\b",
        r"\b(?:möchten|würden|wollen|wollen wir|sollen wir|können wir)\b[^\n]{0,60}\b(?:gespräch"
        r"|interview|telefonat|termin|call|austausch|kennenlernen|treffen"
        r"|videocall)\w*\b[^\n]{0,40}"
        r"\b(?:führen|vereinbaren|ausmachen|machen|abstimmen|durchführen|finden|einplanen"
        r"|ansetzen)\b",
        r"\b(?:lass|lasst|lassen sie) uns\b[^\n]{0,30}\b(?:telefonieren|sprechen|quatschen|treffen"
        r"|austauschen|kennenlernen|zusammensetzen)\b|\b(?:kennenlernen|telefonieren|sprechen"
        r"|treffen)\b[^\n]{0,40}\?",
        OPENING + r"einladung (?:zu(?:m|r)?|für) (?:\w+ ){0,2}?(?:\w*gespräch|\w*interview"
        r"|kennenlernen|assessment|probearbeit|hospitation)\w*",
        # "Können Sie am Donnerstag zum Probearbeiten kommen?"
        r"\b(?:können|könnten|kannst|könntest|könnt|magst|möchtest|möchten|willst|wollen)"
        r" (?:sie|du|ihr)\b[^\n?]{0,60}\b(?:zu[mr]?|für"
        r" (?:ein|einen|eine|das|den)) (?:\w+ )?" + MEETING + r"\b[^\n?]{0,30}\b(?:kommen"
        r"|vorbeikommen|vorbeischauen|erscheinen|ins büro kommen)\b[^\n.!]{0,20}\?",
    )
)
REQUEST_UNLESS = spelled(
    (
        # the writer cannot name one yet: "Einen neuen Termin kann ich Ihnen derzeit noch nicht
        # nennen"
        r"\b(?:kann|können|könnte|könnten) (?:ich|wir) (?:ihnen|dir|euch)\b[^\n]{0,40}"
        r"\b(?:nicht|keinen|noch keinen)\b",
        r"\b(?:ausgewählte|geeignete|passende) (?:bewerber|kandidat)\w*\b",
        # (not a willingness asked: "wenn du Lust hast, buch dir einen Slot")
        OPENING + r"(?:falls|wenn|sollten?|sobald|sofern|nach (?:erfolgreicher|positiver))\b"
        r"(?! (?:du|ihr) (?:lust|bock) (?:hast|habt)\b)(?! sie (?:lust|interesse) haben\b)",
        # the employer will be in touch: not a time asked for now
        r"\b(?:melden|kommen|setzen|kontaktieren|werden|teilen|geben|senden|schicken) (?:wir|ich)"
        r"\b|\b(?:wir|ich) (?:melden|werden|kommen|setzen|kontaktieren)\b",
        r"\bbei (?:interesse|eignung|passung|positiver|erfolgreicher)\b|\bggf\b|\bgegebenenfalls\b"
        r"|\beventuell\b|\bevtl\b|\bunverbindlich\w*|\bwechselbereit\w*",
        # friends' plans
        r"\b(?:feiern|party|geburtstag|glückwunsch\w*|gratulier\w*|anstoßen|bier)\b",
        r"\b(?:wenn|falls|sofern|sollte)\b[^\n]{0,60}\b(?:profil|bewerbung|unterlagen|qualifikation"
        r"|erfahrung|sie|du)\w*\b[^\n]{0,40}\b(?:passt|passen|überzeug\w*|interessant|entspricht"
        r"|entsprechen|in frage kommt|infrage kommt|ausgewählt)",
    )
)

# Asking the candidate to choose or give a time (the mark of a request).
ASKS_FOR_TIME = spelled(
    (
        r"\b" + YOU + r" (?:am besten |besser |eher |gut |zeitlich )?(?:passt|passen würde|passen"
        r"|zusagt|lieber wäre)\b",
        *_ASKED,
    )
)
ASKS_FOR_TIME_UNLESS = spelled(
    (
        # (a fallback to the one time given; not "falls nichts davon passt": one of several)
        r"\bnicht (?:passt|passen|können|kannst|klappt|möglich)\b|\bverhindert\b|\b(?:falls|wenn"
        r"|sollte)\b(?! (?:nichts|keiner|keine|keines) (?:davon|der|dabei))[^\n]{0,40}\b(?:nicht"
        r"|andere|anderen|alternativ)",
    )
)

CONFIRM = spelled(
    (
        # "Wie besprochen halten wir Donnerstag, den 30. April, verbindlich fest."
        r"\bhalten (?:wir|ich) (?:[\w.]+,? ){1,6}?(?:verbindlich |so )?fest\b",
        r"\b(?:bestätig(?:en|e|t)|fest(?:gehalten|eingetragen)|eingetragen|gebucht|vereinbart)\b"
        r"[^\n]{0,80}\b" + MEETING,
        r"\b(?:ihr|dein) (?:termin|gesprächstermin|interviewtermin)\b[^\n]{0,20}\b(?:am|für|ist|:)",
        r"\bfreuen (?:uns|mich) auf (?:das|unser|ihr|dein|den|ein) (?:\w+ )?" + MEETING,
        r"\b(?:einladung|laden) (?:sie |dich )?(?:zu(?:m| einem)?) \w*(?:gespräch|interview"
        r"|kennenlernen)\w*\b[^\n]{0,80}\b(?:am|um)\b",
        r"\bterminbestätigung\b|\bbestätigung (?:ihres|deines|des|unseres) (?:\w+ )?" + MEETING,
        OPENING + r"(?:bestätigt|gebucht|geplant|termin bestätigt):? [^\n]{0,40}\b" + MEETING,
        r"\b(?:ihr|dein|euer) (?:\w+ )?" + MEETING + r" (?:ist|wurde) (?:erfolgreich |soeben )?"
        r"(?:geplant|gebucht|bestätigt|eingetragen|vereinbart|reserviert)\b",
        r"\b(?:details|infos|informationen|eckdaten|rahmendaten|zusammenfassung) (?:für|zu|zum"
        r"|zur|über)\b[^\n]{0,30}\b" + MEETING,
    )
)
# The user on the panel; a choice of times; a first day at work; a move or a cancellation
# the candidate might make.
_NOT_FIXED = (
    r"\bsie sind (?:als )?interviewer\b|\bdu bist (?:als )?interviewer\b",
    r"\b(?:einen|eine|einer|welche[nrms]?) (?:der|dieser|von den) (?:\w+ )?(?:termin|zeit|slot"
    r"|option|vorschläg)\w*|\bwelche[nrms]? (?:\w+ )?(?:termin|zeit|tag|uhrzeit)\w*",
    r"\berste[nr]? (?:arbeitstag|tag bei uns)\b|\barbeitsbeginn\b|\bdienstantritt\b"
    r"|\bonboarding\b|\beinarbeitung\b|\bvertragsunterzeichnung\b",
    r"\b(?:falls|wenn|sollten?|sofern)\b[^\n]{0,60}\b(?:verschieben|verlegen|ändern|absagen"
    r"|stornieren|nicht (?:wahrnehmen|können|kannst|passt))\b",
)
# (a reply's subject names the confirmation it answers)
_LABEL = (  # a link's label: "Termin absagen oder verschieben:", "Stornieren:"
    r"(?<![^\n])(?:\w+ ){0,2}(?:absagen|stornieren|verschieben|ändern|umbuchen)(?: oder \w+)?:"
    r"|\b(?:absagen|stornieren|verschieben|ändern) oder (?:absagen|stornieren|verschieben"
    r"|ändern)\b"
)
CONFIRM_UNLESS = spelled(
    (
        *_NOT_FIXED,
        _LABEL,
        r"\bwie geplant\b",
        r"(?<![^\n])(?:aw|re|wg|fw|fwd|antw|wtr): [^\n]*\b(?:terminbestätigung|bestätigung"
        r"|einladung|termin)",
    )
)

CONFIRM_SENTENCE = spelled(
    (
        # "Do 9:30 passt mir super"
        r"\b(?:passt|geht|klappt) (?:mir|uns|bei mir|bei uns|für mich|für uns) (?:sehr |auch )?"
        r"(?:gut|perfekt|prima|bestens|super|wunderbar)\b",
        _OWNED + r"[^\n]{0,80}?\b(?:ist|sind|wurde|wurden|steht|stehen|bleibt|bleiben)\b"
        r"[^\n]{0,40}?\b" + _FIXED + r"\b",
        r"\b" + MEETING + r"\b[^\n]{0,80}\bbestätig(?:en|e|t)\b",
        # "Der Termin steht: Donnerstag, 12. März um 11 Uhr" (not "steht noch aus")
        r"\b(?:der|unser|ihr|dein) termin steht(?: fest)?(?=\s*(?::|am\b|für\b))",
        r"\b(?:habe|haben|hab|hätte) (?:ich |wir )?(?:sie|dich|euch|ihnen|dir|uns)\b[^\n]{0,60}"
        r"\b(?:eingeplant|eingetragen|vorgemerkt|notiert|gebucht|angemeldet|reserviert|geblockt"
        r"|blockiert)\b",
        r"\b(?:sie sind|du bist|ihr seid) (?:\w+ ){0,3}?(?:eingeplant|eingetragen|vorgemerkt"
        r"|angemeldet|gebucht)\b",
    )
)
CONFIRM_SENTENCE_UNLESS = spelled((*_NOT_FIXED, r"\b" + _OFF + r"\b"))

# Agreement on a time, or a meeting described: read only when no choice of times is offered.
AGREED = spelled(
    (
        r"\b(?:ist|sind) (?:fest |jetzt |nun )?(?:eingetragen|notiert|gebucht|geblockt|vorgemerkt"
        r"|fixiert|bestätigt)\b|"
        # someone else booked it: "Frau Kraus hat Sie für Donnerstag bei Herrn Brenner eingeplant"
        r"\bhat (?:sie|dich|euch) [^\n]{0,60}?\b(?:eingeplant|eingetragen|eingeladen|gebucht"
        r"|vorgemerkt)\b|\b(?:halten|halte|legen|lege) (?:wir |ich )?(?:\w+ ){0,2}?(?:den"
        r"|diesen|das) (?:termin|gespräch|zeitpunkt)\b[^\n]{0,60}\bfest\b",
        r"\b"
        + MEETING
        + r"\b[^\n]{0,100}?\b(?:findet|finden)\b[^\n]{0,100}?\bstatt\b|\b"
        + MEETING
        + r"\b[^\n]{0,100}?\bstattfinde[nt]?\b",
        r"\b(?:ich|wir) (?:rufe|rufen) (?:sie|dich|euch)\b[^\n]{0,60}\ban\b|\b(?:rufe|rufen|ruft)"
        r" (?:ich|wir|er|sie) (?:sie|dich|euch)\b[^\n]{0,60}\ban\b|\b(?:wird|werde|werden)"
        r" (?:sie|dich|euch)\b[^\n]{0,80}\banrufen\b",
        r"\b(?:sehen|treffen|sprechen|hören) (?:wir )?uns (?:dann |also )?(?:am|um|dann|"
        + DAY_NAMES
        + r")\b",
        r"\b(?:kalender)?einladung\b[^\n]{0,40}\b(?:folgt|schicke|sende|geschickt|gesendet"
        r"|verschickt|kommt|raus|unterwegs)\b|\b(?:schicke|sende|schick|verschicke|schicken|senden"
        r"|geschickt)\b[^\n]{0,40}\b(?:kalendereinladung|einladung|\w*-?link|einwahldaten)\b"
        r"|\b(?:\w*-?link|einwahldaten|kalendereinladung)\b[^\n]{0,30}\b(?:schicke|sende|schick"
        r"|schicken|senden|folgt|kommt)\b",
        r"\b(?:erwarten|erwarte|empfangen) (?:wir |ich )?(?:sie|dich|euch)\b|\bfreu(?:e)?"
        r" (?:mich|uns) (?:schon )?(?:drauf|darauf)\b",
    )
)
INVITATION = spelled(
    (
        # "Kommen Sie doch am Montag, den 23. März, um 9:30 Uhr bei uns vorbei"
        r"\b(?:kommen sie|komm) (?:doch |gerne |gern )?[^\n!?]{0,120}?\bvorbei\b",
        r"\b(?:sie|dich|euch)\b[^\n]{0,80}\b(?:einladen|einzuladen|begrüßen|kennenzulernen"
        r"|willkommen heißen)\b",
        r"\b(?:ihre|deine) (?:gesprächspartner\w*|interviewer\w*)\b|\b(?:sie|du) (?:treffen|triffst"
        r"|sprechen mit|sprichst mit)\b|\bmit dabei (?:sind|ist|sein werden)\b|\bam gespräch"
        r" (?:nehmen|nimmt)\b",
        r"\bmelden? (?:sie |du )?(?:sich |dich )?(?:bitte )?(?:am|an der|beim|bei der|im)"
        r" (?:empfang|pforte|rezeption|sekretariat|foyer|haupteingang)\b|\btreffpunkt\b",
        r"\b(?:möchte|möchten|will|wollen|würde|würden) (?:sie|dich|euch) (?:gerne |gern )?(?:noch"
        r" einmal |nochmal |erneut |wieder )?(?:sehen|treffen|kennenlernen)\b",
    )
)
INVITATION_UNLESS = spelled((r"\b(?:webinar|veranstaltung|messe|infotag|infoabend)\w*",))

THREAD_AGREED = spelled(
    (
        r"(?<![^\n])(?:alles klar|klingt gut|passt|top|gerne|gern|sehr gut|okay|ok|abgemacht"
        r"|einverstanden|prima|super|perfekt|wunderbar|toll|klasse|genau)\b",
        r"\b(?:passt|geht|klappt) (?:mir |uns |bei mir |bei uns |für mich |für uns )?(?:gut"
        r"|perfekt|prima|bestens|super|wunderbar|klar)\b|\b(?:dann|also) (?:machen wir|nehmen wir"
        r"|halten wir|sagen wir|bleibt es bei)\b",
        r"\b(?:ich|wir) (?:trage|tragen|notiere|notieren|blocke|blocken|blockiere) (?:es|das|den"
        r" termin|sie|dich|ihn|mir|uns)\b",
        # "Termin steht, Raum 3.12"
        r"(?<![^\n])(?:der |unser |ihr |dein )?termin (?:steht|ist fix|ist gebucht)\b(?!(?: \w+)?"
        r" (?:nicht|noch nicht|leider))",
    )
)
# A time the thread fixed, moved: "Können wir auf Donnerstag gehen?" answered "Donnerstag passt".
THREAD_MOVED = (
    *THREAD_AGREED,
    *spelled((r"\b(?:statt|anstatt|lieber|umlegen|verlegen|vorziehen)\b",)),
)

RESCHEDULE = spelled(
    (
        # "leider muss ich unser Gespräch am Donnerstag kurzfristig verschieben"
        r"\b(?:muss|müssen|musste|mussten) (?:ich|wir) (?:leider )?(?:unser|unseren|ihr|ihren|den"
        r"|das"
        r"|dein|deinen) (?:\w+ )?" + MEETING + r"\b[^\n]{0,60}\b(?:verschieben|verlegen)\b",
        r"\b(?:verschieb\w*|verleg\w*|umplan\w*)\b[^\n]{0,60}\b(?:auf|zu|nach)\b",
        # the new day first, the participle last: "auf Dienstag, 1. September, um 16 Uhr verlegt"
        r"\bauf (?:den |dem )?(?:" + DAY_NAMES + r"|\d{1,2}\.)[^\n]{0,60}\b(?:verschoben|verlegt"
        r"|umgelegt|vorgezogen|gelegt|geschoben|schieben|verschieben|verlegen)\b",
        # a replacement date named: "Als Ersatztermin nennt sie Mittwoch, den 1. April"
        r"\bersatztermin\w*|\b(?:kann|wird) (?:das|unser|ihr|dein) (?:\w+ )?(?:gespräch|interview"
        r"|treffen|kennenlernen)\w* (?:\w+ )?nicht wie geplant stattfinden\b",
        # "beginnt nicht mehr um 10, sondern um 11:15 Uhr"
        r"\b(?:beginnt|startet|ist) nicht mehr um\b[^\n]{0,40}\bsondern\b",
        # "um 15 Uhr statt 14 Uhr", not "findet statt am Dienstag"
        r"\b(?!find|fand)\w+ (?:statt|anstatt|anstelle)\b[^\n]{0,30}\b(?:\d{1,2}(?:[:.]\d{2})?"
        r" uhr|" + DAY_NAMES + r")\b",
        r"\b(?:neuer|neue|geänderter|geänderte|aktualisierter|verschobener) (?:termin|zeitpunkt"
        r"|uhrzeit|datum|gesprächstermin|vorschlag)\b|\btermin(?:änderung|verschiebung|verlegung)"
        r"\b|\bverschiebung\b",
        r"\b(?:eine|eine halbe|eine viertel|\d+) (?:stunde|stunden|minuten) (?:später|früher)\b"
        r"(?! (?:da|vor ort|dort|am empfang|anwesend)\b| (?:zu )?(?:kommen|erscheinen|einzutreffen"
        r"|eintreffen))"
        r"|\b(?:vorziehen|vorgezogen|vorverlegen|vorverlegt)\b|\b(?:schieben|verschieben|legen"
        r"|verlegen|rücken)\w*\b[^\n]{0,40}\bnach (?:hinten|vorne)\b",
    )
)
RESCHEDULE_SENTENCE = spelled((_OWNED + r"[^\n]{0,160}?\b" + _MOVED + r"\b",))

CANCEL = spelled(
    (
        r"\b(?:morgen|heute|übermorgen|(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag))"
        r" (?:muss|müssen) (?:ich|wir) (?:leider |kurzfristig |dann )*absagen\b",
        _OWNED + r"[^\n]{0,160}?\b" + _OFF + r"\b",
        r"\babsage (?:des|ihres|deines|unseres|eures|für (?:den|das|ihren|ihr|dein|deinen|unser"
        r"|unseren)) (?:\w+ )?" + MEETING,
        r"\b(?:sagen|sage|sagte|sagten) (?:wir |ich )?(?:ihnen |dir |euch )?(?:\w+ ){0,3}?"
        r"(?:den|das|unser|unseren|ihr|ihren|dein|deinen|diesen|dieses|die) (?:\w+ ){0,2}?"
        + MEETING
        + r"\b[^\n]{0,60}\bab\b",
    )
)
CANCEL_UNLESS = spelled(
    (
        r"\b(?:falls|wenn|sollten?|sofern)\b[^\n]{0,60}\b(?:absagen|stornieren|verschieben"
        r"|verhindert|nicht (?:wahrnehmen|können|kannst))\b|\b(?:rechtzeitig|frühzeitig|vorher"
        r"|im voraus|kostenfrei|kostenlos|spätestens)\b",
        _LABEL,
        # the candidate turned down, not the meeting: "Ihnen nach dem Gespräch absagen"
        r"\b(?:ihnen|dir|euch) (?:\w+ ){0,3}?(?:eine )?absage\b|\b(?:nach|seit) (?:dem|unserem"
        r"|ihrem|deinem|den|unseren|ihren) (?:\w+ )?" + MEETING + r"[^\n]{0,40}\b(?:ihnen|dir)"
        r" (?:\w+ )?absagen\b",
    )
)
