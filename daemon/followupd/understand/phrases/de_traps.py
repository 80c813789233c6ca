"""German mail that shares the words of hiring but is not the user's own application (imported
by de.py, which carries the lists into the rule table): talks at the user's current job
(Jahresgespräch, Mitarbeitergespräch), coaching and practice interviews, press, research and
user studies, surveys and reviews of an interview, events, appointments of daily life (doctor,
town hall), account e-mails, fraud asking for a fee, the user on an interview panel, job alerts
and advice newsletters; and the words that make a message hiring context. Same conventions as
languages.py; never the name of an employer, a product or a platform.
"""

from __future__ import annotations

from followupd.understand.phrases.de_words import spelled

# The user's own meeting or event ("Ihr Jahresgespräch", "zum Webinar"), not the same words in
# a job description that a receipt quotes ("Führung von Mitarbeitergesprächen").
_YOURS = (
    r"(?:ihr|ihrem|ihres|dein|deinem|deines|unser|unserem|unseres|unsere[nm]?|das|dem|des|zum|zur"
    r"|für das|für den|für die|kommende[nms]?|anstehende[nms]?|jährliche[nms]?) (?:\w+ )?"
)
NOT_HIRING = spelled(
    (
        # talks at the user's own job
        r"\b" + _YOURS + r"(?:jahres|mitarbeiter|mitarbeiterjahres|entwicklungs"
        r"|personalentwicklungs|ziel|zielvereinbarungs|beurteilungs|perspektiv|rückkehr"
        r"|krankenrückkehr|bem-|austritts|exit|quartals|halbjahres|eltern)gespräch\w*",
        # coaching, practice, advice
        r"\b" + _YOURS + r"(?:bewerbungs|interview|karriere|job)(?:coaching|training|beratung"
        r"|check)\w*\b|\b(?:probe|übungs|mock)-?(?:interview|vorstellungsgespräch)\w*"
        r"|\b(?:simulier|üben|trainier)\w* (?:wir |sie |du )?(?:gemeinsam |zusammen )?(?:ein|das"
        r"|ihr|dein)\w* (?:\w+ )?(?:vorstellungsgespräch|interview|bewerbungsgespräch)\b",
        # press and research
        r"\b(?:presse|zeitungs|radio|fernseh|tv-|magazin|podcast|experten)(?:interview|gespräch"
        r"|anfrage)\w*|\binterview-?anfrage\b|\b(?:bin|arbeite als) (?:\w+ )?(?:journalist"
        r"|redakteur|reporter)\w*|\b(?:ich|wir) (?:schreibe|schreiben|arbeite|arbeiten|plane"
        r"|planen) (?:gerade |derzeit )?(?:an )?(?:einen|einem|eine|einer) (?:artikel|beitrag"
        r"|bericht|reportage|podcast)\w*|\binterview (?:zu )?geben\b",
        r"\b(?:sie|dich) (?:gerne |gern )?(?:zu|über) (?:ihre[mnrs]?|deine[mnrs]?|dem thema)\b"
        r"[^\n]{0,40}\binterview(?:en)?\b|\bfür (?:unser|unseren|unsere|ein|einen|eine)"
        r" (?:\w+ )?(?:magazin|zeitung|blog|podcast|sendung|reportage|artikel)\b[^\n]{0,80}"
        r"\binterview\w*|\binterview\w*\b[^\n]{0,80}\bfür (?:unser|unseren|unsere|ein|einen|eine)"
        r" (?:\w+ )?(?:magazin|zeitung|blog|podcast|sendung|reportage|artikel)\b",
        r"\b(?:nutzer|user|usability)-?(?:studie|interview|test)s?\b|\bstudienteilnehm\w*"
        r"|\bprobanden?\b|\bgutschein\w*|\baufwandsentschädigung\b|\b(?:teilnahme|teilnehmen"
        r"|mitmachen|teilzunehmen)\b[^\n]{0,30}\b(?:studie|befragung|umfrage)\b",
        # the user as someone else's referee
        r"\b(?:sie|dich) als (?:\w+ )?(?:referenz|referenzperson|referenzgeber\w*|referenzkontakt)"
        r" (?:angegeben|genannt|benannt)\b|\breferenzauskunft (?:zu|über|für|von)\b",
        # surveys and reviews of an interview
        r"\b(?:an|zu|in) (?:unserer|einer|der|dieser) (?:kurzen )?(?:\w+)?(?:umfrage|befragung)\b"
        r"|\b(?:bewerten|beurteilen|bewerte|beurteile) (?:sie |du )?(?:ihr|dein|das|ihre|deine)\w*"
        r" (?:\w+ )?(?:vorstellungsgespräch|interview|bewerbungs\w*|erfahrung)\b|\bbewertung"
        r" abgeben\b",
        # events
        r"\b" + _YOURS + r"(?:webinar|online-seminar|livestream|karrieremesse|jobmesse"
        r"|ausbildungsmesse|recruitingmesse|infoveranstaltung|informationsveranstaltung|infoabend"
        r"|infotag|karrieretag|meetup)\w*|\b(?:anmeldung|registrierung|anmelden) (?:zum|zur|für"
        r" (?:das|den|die|unser|unseren|unsere)) (?:\w+ )?(?:webinar|seminar|messe|veranstaltung"
        r"|event)\w*",
        # daily life and accounts
        r"\bbewerbungsfoto\w*|\bfotostudio\b|\bfotoshooting\b|\b(?:arzt|zahnarzt|hausarzt|facharzt"
        r"|impf|praxis|physio|behörden|amts|bürgeramts)termin"
        r"\w*|\b(?:rezept|medikament)\w* (?:liegt|ist|sind|liegen) (?:\w+ )?(?:zur abholung"
        r"|abholbereit|bereit)\b|\b(?:personalausweis|reisepass)\w* (?:ist |liegt )?(?:abholbereit"
        r"|zur abholung|beantrag\w*)|\b(?:versichertenkarte|krankenversichertenkarte"
        r"|überweisungsschein)\b",
        r"\b(?:bestätigungscode|verifizierungscode|sicherheitscode|einmalcode)\b"
        r"|\b(?:e-mail-adresse"
        r"|e-mail|konto|account) (?:bestätigen|verifizieren|aktivieren)\b|\bpasswort"
        r" (?:zurücksetzen|ändern)\b",
        # fraud: a fee to be paid for an interview or a contract
        r"(?<!keine )(?<!keinerlei )\b(?:bearbeitungs|vermittlungs|anmelde|verwaltungs|schulungs)"
        r"gebühr\w*|\bvorkasse\b|\bvorauszahlung\b|\bzahlungseingang\b|\büberweisen sie\b",
    )
)
PANEL_MEMBER = spelled(
    (
        # the user asked to take part of the questions: "Lea, magst du die Fragen zur
        # Buchhaltung übernehmen?"
        r"\b(?:magst|kannst|könntest|würdest|willst) du (?:die |ein paar |einige )?fragen (?:zu|zur"
        r"|zum|über|im bereich)\b",
        r"\bals (?:interviewer|interviewerin|interviewer\*in|gesprächspartner\w*|jurymitglied"
        r"|bewerter\w*|beobachter\w*|panel\w*)\b[^\n]{0,40}\b(?:eingetragen|hinzugefügt|eingeplant"
        r"|eingeladen|ausgewählt|vorgesehen|nominiert)\b",
        r"\b(?:bewertungsbogen|bewertungsbögen|interviewleitfaden|interviewleitfäden"
        r"|beurteilungsbogen|scorecards?)\b|\b(?:gib"
        r"|geben sie)\b[^\n]{0,40}\bfeedback\b[^\n]{0,40}\bab\b",
    )
)
JOB_ALERT = spelled(
    (
        r"\bneue (?:jobs|stellen|stellenangebote|jobangebote)\b|\b\d+ (?:neue )?(?:jobs|stellen"
        r"|stellenangebote)\b|\bjob-?alarm\b|\bjob-?alert\b|\bjob-?agent\b|\bsuchauftrag\b",
        r"\b(?:jobs|stellen|stellenangebote|jobangebote|jobempfehlungen)\b[^\n]{0,30}\b(?:für sie"
        r"|für dich|die zu (?:ihnen|dir|ihrem profil|deinem profil) passen|die sie interessieren"
        r"|die dich interessieren)",
        r"\b(?:tipps?|ratgeber|checkliste|leitfaden)\b[^\n]{0,30}\b(?:vorstellungsgespräch"
        r"|bewerbung|interview|gehaltsverhandlung|karriere)\w*",
    )
)
NEWSLETTER = spelled(
    (r"\b(?:newsletter|jobletter|karrierebrief)\b|\b(?:bewerbungs|karriere|interview)tipps\b",)
)
HIRING_WORDS = spelled(
    (
        r"\b\w*interview\w*\b",
        r"\bkennenlern\w*\b",
        r"\b(?:für|auf|um|über) die (?:[\w-]+-)?rolle\b|\brolle als\b"
        r"|\b(?:der|die|deine|ihre|eure|unsere|mit der|zur) (?:[\w]+-)*(?:engineer|manager|analyst"
        r"|developer|designer|scientist|lead|führungs|leitungs|senior|junior|head|data|product"
        r"|sales|marketing)-rolle\b",
        r"\b(?:deinen|ihren|den|deinem|ihrem|dem) (?:cv|lebenslauf)\b",
        r"\b(?:bewerber|kandidat)[\w*:/_-]*",
        r"\bpersonal(?:abteilung|referent\w*|leitung|büro|wesen|berat\w*|dienstleist\w*"
        r"|vermittl\w*)\b|\bpersonaler\w*|\barbeitnehmerüberlassung\b",
        r"\b(?:ausbildung|praktikum|trainee|werkstudent)\w*\b",
        r"\bprobe ?arbeit\w*\b|\bassessment\w*\b|\bberufung\w*\b|\bhospitation\b",
        r"\bwir suchen (?:noch |dringend |aktuell |gerade )?(?:jemanden|verstärkung|aushilfen?)"
        r" (?:für (?:unser(?:e|en)? |die |den |das )?(?:team|laden|filiale|küche|service|theke"
        r"|lager|früh\w*|spät\w*|nacht\w*|schicht\w*|wochenende)|als\b)|\bstellen (?:\w+ ){0,2}zu"
        r" besetzen\b",
        r"\b\w+bewerbung\w*|\bbeworben\b|\bstellen(?:anzeige|ausschreibung|angebot)\w*"
        r"|\bausschreibung\b|\bkennziffer\b|\b(?:auswahl|bewerbungs)(?:verfahren|prozess)\w*"
        r"|\bvorstellungs\w*|\b(?:auswahl|bewerbungs|kennenlern|erst|zweit|folge|fach"
        r"|einstellungs)gespräch\w*|\b(?:zweite[ns]?|dritte[ns]?|finale[ns]?) (?:gespräch|runde"
        r"|interview)\b|\b(?:auswahl|gesprächs)runde\b",
        # the terms of a job, as an offer names them ("Jahresfixgehalt 84.000 €", "Ihre
        # Kündigungsfrist", "Eintritt zum 1. März")
        r"\b(?:jahres|fix|grund|brutto|ziel|jahresfix)gehalt\w*|\bkündigungsfrist\w*|\beintritt"
        r" (?:frühestens|zum|am|ab)\b|\b(?:vsop|esop)\b",
        r"\b(?:lebenslauf|anschreiben|arbeitszeugnis\w*|gehaltsvorstellung\w*|eintrittstermin"
        r"|probetag|probezeit)\b",
        # the gender marker of German job titles: "Controller (m/w/d)"
        r"\b[mwdfx]/[mwdfx]/[mwdfx]\b",
    )
)

# An application for something else than a job (rules.py: its news is no hiring news).
OTHER_APPLICATION = spelled(
    (
        r"\b(?:wohnungs|miet)bewerbung\w*|\bmietinteress\w*|\b(?:kredit|darlehens)antrag\w*"
        r"|\bstudienplatz\w*|\bzulassungs(?:antrag|bescheid)\w*|\bwohnungsbesichtigung\w*",
        r"\bcall for (?:papers|proposals)\b|\b(?:ihr|dein|ihren|deinen) vortrag\w*|\bhackathon\b"
        r"|\behrenamt\w*|\b(?:mitglieds|aufnahme)antrag\w*|\bvereinsmitglied\w*",
        r"\bprobetraining\w*|\bmitgliedschaft im (?:verein|club|klub)\b",
        r"\bprogrammkomitee\b|\b(?:speaker|referenten)-?(?:portal|bereich|dashboard)\b"
        r"|\bvortragseinreichung\w*",
        r"\b(?:ihr|ihren|dein|deinen) (?:förder|stipendien)antrag\w*|\b(?:ihr|dein) stipendium\b",
    )
)
