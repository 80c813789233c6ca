"""German hiring mail read as classes of language (phrases/de*.py), with phrasings of our own.

Each class comes in several shapes: Sie and du; Germany, Austria and Switzerland ("ss" for
"ß", "Jänner"); the verb at the end and split verbs ("sagen ... ab", "schlagen ... vor",
"findet ... statt"); gendered forms as one word; a sentence typed without umlauts. Hard
negatives that share the vocabulary must stay what they are: job alerts, advice newsletters,
talks at the user's current job, a doctor's appointment, press, user studies, webinars, a test
link alone, coaching, fraud; a Termin called off is a cancellation, not a rejection; "Absage" in
a receipt's conditional is neither. None of this is taken from a fixture or a corpus.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from classify_mail import DEFAULT_DATE, ME, eml

from followupd.mail import parse_message
from followupd.model import Envelope, Kind, Person, Signal
from followupd.understand import Earlier, classify, thread_context

HR = "Jana Weber <jana.weber@nordwerk.example>"
ATS = "Nordwerk Karriere <no-reply@karriere.nordwerk.example>"
FOUNDER = "Timo Brandt <timo@kleinfabrik.example>"
BOARD = "Jobportal <alerts@jobportal.example>"
BULK = (("List-Unsubscribe", "<mailto:stop@jobportal.example>"),)


def read(body: str, subject: str = "Ihre Bewerbung", sender: str = HR) -> str:
    headers = BULK if sender == BOARD else ()
    text = f"Guten Tag Frau Lehmann,\n\n{body}\n\nMit freundlichen Grüßen\nJana Weber"
    return classify(parse_message(eml(text, subject, sender, headers=headers))).kind.value


# others chosen
OTHERS_CHOSEN = [
    "Nach sorgfältiger Prüfung haben wir uns für eine Bewerberin entschieden, deren Erfahrung "
    "noch besser zu unseren Anforderungen passt.",
    "Wir haben uns leider anders entschieden.",
    "Der Kunde hat sich nach der zweiten Runde für einen anderen Kandidaten entschieden.",
    "Unsere Wahl fiel am Ende auf eine interne Kandidatin.",
    "Wir gehen mit jemand anderem weiter, sorry!",
    "Eine andere Bewerberin hat uns im Gespräch noch ein Stück mehr überzeugt.",
    "Wir haben der Kandidatur einer internen Mitarbeiterin den Vorzug gegeben.",
    "Wir haben uns für Kandidat:innen entschieden, die mehr Erfahrung im Vertrieb mitbringen.",
    "Ehrlich gesagt haben wir jemanden gefunden, der schon länger mit Kubernetes arbeitet.",
    "Andere Bewerber bringen für diese Position mehr Erfahrung in der Führung mit.",
    "Die Stelle werden wir mit einem internen Kollegen besetzen.",
    "Bedauerlicherweise müssen wir Ihnen mitteilen, dass die Wahl auf einen anderen Kandidaten "
    "gefallen ist.",
    "Im Rahmen des Auswahlverfahrens haben sich andere Bewerber als geeigneter herausgestellt.",
    "Ihre Bewerbung hat uns gefallen, jedoch haben wir eine Bewerberin ausgewählt, deren Profil "
    "noch genauer passt.",
    "Leider hat es diesmal nicht gepasst – wir haben jemanden eingestellt, der schon SAP kennt.",
    "Die Entscheidung ist zugunsten einer Mitbewerberin ausgefallen.",
    "Grüezi Frau Meier. Leider müssen wir Ihnen mitteilen, dass wir uns für eine Kandidatin "
    "entschieden haben, welche dem Anforderungsprofil noch besser entspricht.",
]
# the application not continued, the verb at the end
NOT_CONTINUED = [
    "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
    "Wir werden Sie leider nicht zu einem Vorstellungsgespräch einladen.",
    "Ihre Unterlagen konnten wir diesmal leider nicht in die engere Auswahl nehmen.",
    "Deine Bewerbung werden wir nicht weiterverfolgen.",
    "Nach reiflicher Überlegung möchten wir den Prozess nicht mit Ihnen fortsetzen.",
    "Sie wurden leider nicht für die nächste Runde ausgewählt.",
    "Wir muessen Ihnen mitteilen, dass wir Ihre Bewerbung nicht beruecksichtigen koennen.",
    "Für die ausgeschriebene Stelle kommen Sie leider nicht in Frage.",
    "Wir haben uns nicht für Sie entschieden.",
    "Leider mussten wir uns nach sorgfältiger Prüfung gegen Sie entscheiden.",
    "Leider hat sich die Fachabteilung gegen eine weitere Berücksichtigung Ihrer Bewerbung "
    "entschieden.",
    "Leider konnten wir Sie für die ausgeschriebene Position nicht berücksichtigen.",
    "Wir haben die Position intern besetzt und können Ihre Bewerbung daher nicht weiter verfolgen.",
]
# a refusal told to the person
REFUSED = [
    "Nach dem Gespräch mit unserem Team müssen wir Ihnen heute leider absagen.",
    "Leider müssen wir dir für die Stelle als Werkstudent absagen.",
    "Wir sagen Ihnen für diese Position leider ab.",
    "Schweren Herzens haben wir uns entschieden, Ihnen abzusagen.",
    "Wir können Ihnen leider keine Stelle anbieten.",
    "Leider ist es diesmal nicht die Nachricht, die Sie sich erhofft haben.",
    "Es hat leider knapp nicht gereicht.",
    "Leider müssen wir Ihnen nach dem Vorstellungsgespräch absagen.",
    "Nach dem zweiten Gespräch haben wir entschieden, Ihnen eine Absage zu erteilen.",
    "Wir müssen Ihnen leider eine negative Rückmeldung geben.",
    "Wir haben uns deine Unterlagen angeschaut und müssen dir leider sagen, dass es diesmal "
    "nicht passt.",
]
# the role gone, the process ended
ROLE_GONE = [
    "Die Stelle wurde inzwischen anderweitig vergeben.",
    "Die Ausschreibung wurde aufgrund einer Umstrukturierung zurückgezogen.",
    "Die Position wird vorerst nicht besetzt.",
    "Das Auswahlverfahren wurde für alle Bewerberinnen und Bewerber beendet.",
    "Alle Ausbildungsplätze für 2027 sind bereits vergeben.",
    "Das Projekt ist leider schon an einen anderen Freelancer gegangen, die Stelle ist besetzt.",
    "Aufgrund eines Einstellungsstopps wird die Stelle nicht nachbesetzt.",
    "Der Mandant hat die Suche eingestellt, die Position wird nicht besetzt.",
    "Leider ist die Stelle nicht mehr verfügbar.",
    "Zu unserem Bedauern müssen wir Ihnen mitteilen, dass die Stelle bereits anderweitig "
    "besetzt wurde.",
    "Leider müssen wir Ihnen mitteilen, dass das Gespräch am Montag nicht stattfinden kann, da "
    "die Stelle zwischenzeitlich besetzt wurde.",
]
# the candidate judged no fit
NO_FIT = [
    "Ihr Profil entspricht leider nicht den Anforderungen der Stelle.",
    "Für diese Rolle passt dein Profil aktuell leider nicht.",
    "Ihre Qualifikationen erfüllen die Voraussetzungen für die Professur nicht vollständig.",
    "Sie sind für diese Position leider überqualifiziert.",
    "Ihr Hintergrund passt nicht ganz zu dem, was das Team sucht.",
]
# an outcome stated, as job portals do
OUTCOME = [
    "Status Ihrer Bewerbung: Abgelehnt",
    "Ihre Bewerbung war leider nicht erfolgreich.",
    "Leider können wir Ihnen keine positive Rückmeldung geben.",
    "Ihre Bewerbungsunterlagen senden wir Ihnen anbei zurück.",
    "Deine Bewerbung wurde abgelehnt.",
]
# told ("mitteilen") with a stage of selection and no other hiring word in the sentence
STAGE_TOLD = [
    "Leider müssen wir Ihnen mitteilen, dass Sie nicht in die engere Wahl gekommen sind.",
    "Leider muss ich dir mitteilen, dass du es nicht in die nächste Runde geschafft hast.",
    "Wir müssen Ihnen leider mitteilen, dass Sie für die zweite Gesprächsrunde nicht vorgesehen "
    "sind.",
]
REJECTIONS = OTHERS_CHOSEN + NOT_CONTINUED + REFUSED + ROLE_GONE + NO_FIT + OUTCOME + STAGE_TOLD


@pytest.mark.parametrize("body", REJECTIONS)
def test_german_rejections(body: str) -> None:
    assert read(body) == "rejection"


RECEIPTS = [
    "Ihre Bewerbung ist bei uns eingegangen. Wir prüfen Ihre Unterlagen sorgfältig.",
    "Vielen Dank für Ihre Initiativbewerbung, die heute bei uns eingegangen ist.",
    "Du hast dich erfolgreich als Werkstudentin Marketing beworben!",
    "Ihre Unterlagen haben wir erhalten und an die Fachabteilung weitergeleitet.",
    "Wir bedanken uns herzlich für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen.",
    "Ihre Bewerbung ist unterwegs! Das Unternehmen kann jetzt Ihr Profil sehen.",
    "Den Status Ihrer Bewerbung können Sie jederzeit in unserem Portal einsehen.",
    # receipts that name refusals in conditionals and promises
    "Vielen Dank für Ihre Bewerbung. Sollten Sie innerhalb von vier Wochen nichts von uns hören, "
    "betrachten Sie dies bitte als Absage.",
    "Danke für deine Bewerbung! Du erhältst in jedem Fall eine Rückmeldung von uns, auch im Falle "
    "einer Absage.",
    "Wir bestätigen den Eingang Ihrer Bewerbung. Bitte haben Sie Verständnis, dass wir nicht alle "
    "Bewerberinnen und Bewerber zu einem Gespräch einladen können.",
    "Vielen Dank fuer Ihre Bewerbung. Wir melden uns, sobald die Stelle besetzt ist.",
    "Eingangsbestätigung: Ihre Bewerbung als Sachbearbeiter (m/w/d). Die Position soll "
    "schnellstmöglich besetzt werden.",
    "Ihre Bewerbung ist eingegangen. Die Stelle wird voraussichtlich zum 1. Juli besetzt.",
    "Wir bestätigen den Eingang Ihrer Unterlagen. Bewerbungen, die nach dem 31. März eingehen, "
    "können leider nicht berücksichtigt werden.",
    "Danke für deine Bewerbung! Bitte beachte: Wenn du nach drei Wochen nichts von uns gehört "
    "hast, konnten wir dich leider nicht berücksichtigen.",
    "Wir haben Ihre Bewerbung erhalten. Im Falle einer Absage werden Ihre Daten nach sechs "
    "Monaten gelöscht.",
    "Ihre Bewerbung wurde erfolgreich an die Firma Hansa Logistik übermittelt. Viel Erfolg!",
    "Deine Bewerbung ist da – danke dafür! Wir lesen jede Bewerbung persönlich.",
    "Danke für deine Bewerbung! So geht es weiter: Sichtung, Telefoninterview, Kennenlernen vor "
    "Ort, Vertragsangebot. Bei einer Absage melden wir uns natürlich auch.",
    "Wir haben Ihre Bewerbung erhalten.\n\nAchtung Betrug: Wir verlangen niemals Gebühren und "
    "machen kein Jobangebot per WhatsApp.",
]


@pytest.mark.parametrize("body", RECEIPTS)
def test_german_receipts_and_their_conditionals(body: str) -> None:
    assert read(body, "Eingangsbestätigung", ATS) == "application_received"


HOLDING = [
    "Wir befinden uns noch mitten im Auswahlprozess und melden uns bis Ende nächster Woche.",
    "Der Kunde braucht leider noch etwas Zeit, ich halte Sie auf dem Laufenden.",
    "Wir führen diese Woche noch Gespräche mit zwei weiteren Kandidatinnen.",
    "Unser Geschäftsführer ist bis Montag im Urlaub und möchte die Entscheidung selbst treffen.",
    "Eine Entscheidung erwarten wir spätestens Mitte April.",
    "Die Freigabe des Budgets steht noch aus, daher verzögert sich das Verfahren.",
    "Sorry, dass es so lange dauert! Du bist weiterhin im Rennen.",
    "Die Berufungskommission tagt erst wieder im Jänner.",
    "Wir haben noch keine Entscheidung getroffen und bitten um etwas Geduld.",
    "Wir sichten derzeit noch alle Bewerbungen und kommen Anfang Mai auf Sie zu.",
    "Ihre Bewerbung befindet sich weiterhin in der engeren Auswahl, wir benötigen noch etwas Zeit.",
    "Die Besetzung der Stelle ist vorübergehend pausiert, wir kommen im April auf Sie zu.",
    "Kurzes Lebenszeichen: Wir haben dich nicht vergessen! Das Team entscheidet Ende der Woche.",
    "Leider können wir Ihnen noch keine Rückmeldung geben, die Gespräche laufen noch.",
]


@pytest.mark.parametrize("body", HOLDING)
def test_german_holding_replies(body: str) -> None:
    assert read(body, "Zwischenstand zu Ihrer Bewerbung") == "holding_reply"


REQUESTS = [
    "Wir würden Sie gerne persönlich kennenlernen. Bitte buchen Sie über den folgenden Link einen "
    "Termin.",
    "Wann hätten Sie nächste Woche Zeit für ein erstes Telefonat?",
    "Hast du diese Woche Zeit für einen kurzen Call? Schick mir einfach zwei, drei Zeitfenster.",
    "Folgende Termine kann ich Ihnen anbieten: Dienstag, 10. März, 10 Uhr oder Mittwoch, 11. März, "
    "14 Uhr. Welcher Termin passt Ihnen besser?",
    "Bitte teilen Sie uns Ihre Verfügbarkeiten für ein Vorstellungsgespräch mit.",
    "Wir schlagen Ihnen folgende Termine vor: Montag, 9. März, 9 Uhr oder Freitag, 13. März, "
    "11 Uhr.",
    "Bitte rufen Sie uns zur Terminvereinbarung an.",
    "Welche Tage würden Ihnen in der kommenden Woche für ein Kennenlernen passen?",
    "Gerne würden wir ein zweites Gespräch mit Ihnen führen, wann passt es Ihnen?",
    "Lass uns doch mal telefonieren – wann passt es dir?",
    "Bitte wählen Sie bis Freitag einen passenden Termin in unserem Buchungsportal.",
    "Wären Sie am Donnerstagnachmittag für ein Videointerview verfügbar?",
    "Hättest du Lust auf einen kurzen Videocall? Hier kannst du dir direkt einen Slot buchen.",
    "Wir haben uns entschieden, Sie zu einem Vorstellungsgespräch einzuladen. Bitte wählen Sie "
    "über den Link einen Termin aus.",
    "Sie haben es in die nächste Runde geschafft! Bitte buchen Sie sich über den folgenden Link "
    "einen Termin für das Zweitgespräch.",
    "Wir laden Sie herzlich zu einem Vorstellungsgespräch ein. Zur Terminabstimmung melden Sie "
    "sich bitte unter 030 1234567.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_german_requests_to_book_an_interview(body: str) -> None:
    assert read(body, "Ihre Bewerbung – nächste Schritte") == "interview_request"


CONFIRMED = [
    "Gerne bestätigen wir Ihnen das Vorstellungsgespräch am Donnerstag, 5. März, um 14 Uhr.",
    "Ich darf Ihnen hiermit den Termin für Ihr Telefoninterview bestätigen:\n\nMittwoch, "
    "4. März 2026, 9:30 Uhr",
    "Ihr Gespräch findet am Dienstag, 10. März, um 10:00 Uhr in unserem Büro in Wien statt.",
    "Wir laden Sie herzlich zu einem Vorstellungsgespräch am Freitag, 6. März 2026, um 11 Uhr ein.",
    "Dann habe ich Sie für Donnerstag, 5. März, um 15 Uhr eingeplant.",
    "Ihr Termin wurde gebucht: Montag, 9. März 2026, 16:00 - 16:30 Uhr.",
    "Hier die Details für unser Kennenlernen:\n\nMittwoch, 11. März, 13.30 Uhr\nOrt: "
    "Bahnhofstrasse 12, Zürich",
    "Wir freuen uns, Sie am Dienstag, 10. März, um 9 Uhr bei uns begrüßen zu dürfen. Bitte melden "
    "Sie sich am Empfang.",
    "Herr Kühn wird Sie am Donnerstag, 5. März, um 10 Uhr auf Ihrem Handy anrufen.",
    "Ich schicke dir gleich noch die Kalendereinladung für Freitag, 6. März, 17 Uhr.",
    "Danke für die schnelle Antwort – dann sehen wir uns am Mittwoch, 11. März, um 14 Uhr.",
    "Wie besprochen erwarten wir dich am Freitag, 13. März, um 8 Uhr zum Probearbeiten.",
    "Dann halten wir den Termin am Mittwoch, 11. März, um 15:30 Uhr fest.",
    "Hiermit laden wir Sie zum Vorstellungsgespräch ein.\n\nTermin: Montag, 9. März 2026, "
    "10:30 Uhr\nOrt: Raum 2.14\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.",
]


@pytest.mark.parametrize("body", CONFIRMED)
def test_german_confirmed_interviews(body: str) -> None:
    assert read(body, "Ihr Vorstellungsgespräch") == "interview_scheduled"


MOVED = [
    "Wir müssen unser Gespräch leider verschieben: neuer Termin ist Mittwoch, 11. März, um 15 Uhr.",
    "Ihr Vorstellungsgespräch wurde auf Donnerstag, 12. März, 10 Uhr verlegt.",
    "Wir müssten statt 14 Uhr erst um 15 Uhr beginnen, also Donnerstag, 5. März, um 15 Uhr.",
    "Kleine Änderung: Das Interview findet eine Stunde später statt, also am Freitag, 6. März, "
    "um 11 Uhr.",
    "Leider müssen wir unseren Termin am Montag verschieben. Neuer Vorschlag, mit allen "
    "abgestimmt: Dienstag, 10. März, 16:00 Uhr.",
    "Wir müssen das Gespräch vorziehen, es findet nun am Mittwoch, 4. März, um 9 Uhr statt.",
    "Wir müssen leider eine Terminänderung vornehmen: Das Gespräch findet nun am Freitag, "
    "13. März, um 9:00 Uhr statt.",
    "Kleine Planänderung: Wir verschieben unser Gespräch auf Freitag, 13. März, 16 Uhr.",
]


@pytest.mark.parametrize("body", MOVED)
def test_german_moved_interviews(body: str) -> None:
    assert read(body, "Ihre Bewerbung als Controllerin") == "interview_rescheduled"


CANCELLED = [
    "Leider muss ich Ihnen mitteilen, dass unser für Montag geplantes Kennenlerngespräch nicht "
    "stattfinden kann. Ihre Bewerbung ist davon nicht berührt.",
    "Wegen des Warnstreiks müssen wir die für Donnerstag geplanten Vorstellungsgespräche leider "
    "absagen.",
    "Der Termin morgen fällt leider aus, Frau Huber ist erkrankt.",
    "Hiermit sagen wir Ihnen den Termin am 12. März leider ab, einen Ersatztermin nennen wir "
    "Ihnen gesondert.",
    "Unser Telefonat am Freitag muss ich leider absagen, ich melde mich mit neuen Vorschlägen.",
    "Absage des Vorstellungsgesprächs am 10. März: Die Geschäftsführung ist verhindert.",
    "Das Interview am Dienstag entfällt leider.",
    "Aus organisatorischen Gründen müssen wir den geplanten Termin am 10. März leider stornieren.",
    "Leider können wir unser Gespräch morgen nicht wie geplant durchführen.",
]


@pytest.mark.parametrize("body", CANCELLED)
def test_german_cancelled_interviews_are_not_refusals(body: str) -> None:
    assert read(body, "Ihre Bewerbung als Controllerin") == "interview_cancelled"


OFFERS = [
    "Wir freuen uns sehr, Ihnen die Stelle als Projektleiterin anbieten zu können.",
    "Die Domstadt Energie AG möchte Ihnen die Position als Teamleitung Kundenservice anbieten!",
    "Wir haben uns für dich entschieden – herzlich willkommen im Team!",
    "Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung zur Unterschrift.",
    "Gerne möchten wir Ihnen einen unbefristeten Arbeitsvertrag ab 1. Mai anbieten.",
    "Sie haben die Stelle! Den Vertragsentwurf schicke ich Ihnen morgen.",
    "Wir freuen uns, Sie bald in unserem Team begrüßen zu dürfen.",
    "Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Konditionen.",
    "Wir möchten dir gerne eine Zusage für den Ausbildungsplatz als Tischler geben.",
    "Wir freuen uns, Ihnen mitteilen zu dürfen, dass Sie die Stelle bekommen!",
    "Der Vorstand hat zugestimmt: Wir möchten Sie gerne zum 1. Juni als Controllerin einstellen.",
    "Gerne bieten wir Ihnen die Stelle als Controllerin per 1. Mai an.",
    "Wir wollen dich! Ich schick dir heute noch das Angebot mit Gehalt und Startdatum.",
    "Sie sind unsere Wunschkandidatin! Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen "
    "zu.",
]


@pytest.mark.parametrize("body", OFFERS)
def test_german_offers(body: str) -> None:
    assert read(body, "Gute Nachrichten") == "offer"


OTHER = [
    # job alerts and advice newsletters
    (
        "5 neue Jobs für Sie",
        BOARD,
        "Controller (m/w/d) – Einladung zum Vorstellungsgespräch innerhalb von 48 Stunden!",
    ),
    (
        "Tipps fürs Vorstellungsgespräch",
        BOARD,
        "In unserem Newsletter: So meistern Sie die Frage nach Ihren Schwächen im "
        "Vorstellungsgespräch.",
    ),
    # talks at the user's current job
    (
        "Dein Jahresgespräch",
        "Petra Vogel <petra.vogel@mein-arbeitgeber.example>",
        "Ich würde gerne dein Jahresgespräch am Donnerstag, 5. März, um 10 Uhr mit dir führen.",
    ),
    (
        "Mitarbeitergespräch",
        "Personalabteilung <hr@mein-arbeitgeber.example>",
        "Ihr Mitarbeitergespräch findet am Dienstag, 10. März, um 14 Uhr statt.",
    ),
    # daily life, press, research
    (
        "Terminbestätigung",
        "Praxis Dr. Lang <termine@praxis-lang.example>",
        "Ihr Arzttermin ist bestätigt: Mittwoch, 11. März, 8:15 Uhr.",
    ),
    (
        "Interviewanfrage",
        "Katrin Böhme <k.boehme@stadtzeitung.example>",
        "Ich bin Redakteurin bei der Stadtzeitung und würde Sie gerne für ein Presseinterview "
        "über Ihre Gründung sprechen. Wann passt es Ihnen?",
    ),
    (
        "Nutzerstudie",
        "Mara <mara@ux-research.example>",
        "Für unsere Nutzerstudie suchen wir Teilnehmende für ein 45-minütiges Interview, als "
        "Dankeschön gibt es einen Gutschein. Wähl einfach einen Termin.",
    ),
    # events, tests, coaching, fraud
    (
        "Webinar: Gehaltsverhandlung",
        BOARD,
        "Melden Sie sich jetzt zum Webinar am Dienstag, 10. März, um 18 Uhr an.",
    ),
    (
        "Ihr Online-Assessment",
        "Nordwerk Karriere <no-reply@assessment.nordwerk.example>",
        "Bitte absolvieren Sie das Online-Assessment innerhalb von 5 Tagen über den Link.",
    ),
    (
        "Buchungsbestätigung",
        "Karriere-Coaching <termine@coaching.example>",
        "Dein Termin für das Bewerbungscoaching ist gebucht: Dienstag, 10. März, 18 Uhr.",
    ),
    (
        "Einladung zum Vorstellungsgespräch",
        "Global Jobs <hr@mail-service.example>",
        "Um Ihren Interviewtermin zu reservieren, überweisen Sie bitte die Bearbeitungsgebühr "
        "von 89 €.",
    ),
    # the user on the panel, an office visit, a survey
    (
        "Du wurdest als Interviewer eingetragen",
        "HR-Tool <notifications@hr-tool.example>",
        "Du wurdest als Interviewer eingetragen. Termin: Donnerstag, 5. März, 10:00 Uhr. Bitte "
        "gib danach dein Feedback im Bewertungsbogen ab.",
    ),
    (
        "Ihr Termin im Bürgeramt",
        "Bürgeramt <termine@stadt.example>",
        "Ihr Termin zur Beantragung eines Personalausweises ist am Montag, 9. März, um 8 Uhr.",
    ),
    (
        "Wie war Ihr Vorstellungsgespräch?",
        BOARD,
        "Bewerten Sie Ihr Vorstellungsgespräch und helfen Sie anderen Bewerbern.",
    ),
    # the words of decisions and logistics outside hiring
    ("Kündigung Ihres Abos", BOARD, "Leider müssen wir Ihnen mitteilen, dass Ihr Abo endet."),
    (
        "Mietvertrag",
        "Hausverwaltung <info@hausverwaltung.example>",
        "Anbei erhalten Sie Ihren Mietvertrag in zweifacher Ausfertigung zur Unterschrift.",
    ),
    (
        "Glückwunsch!",
        "Kim <kim.privat@mailbox.example>",
        "Glückwunsch zur neuen Stelle!! Wir müssen feiern, wann hast du Zeit?",
    ),
    (
        "Jobangebote",
        BOARD,
        "Wir bieten Ihnen eine spannende Stelle als Controller (m/w/d) an – jetzt bewerben!",
    ),
    (
        "Ihr Bewerbungsfoto-Termin",
        "Fotostudio Licht <termine@fotostudio.example>",
        "Ihr Termin im Fotostudio für Bewerbungsfotos ist bestätigt: Dienstag, 10. März, 15 Uhr.",
    ),
    (
        "Anfrage Interview",
        "Tom Berg <t.berg@magazin.example>",
        "Für unser Magazin würden wir Sie gerne zu Ihrem Gründungsweg interviewen. Hätten Sie "
        "nächste Woche Zeit für ein Telefonat?",
    ),
    (
        "Newsletter März",
        BOARD,
        "In dieser Ausgabe: warum die Stelle schon besetzt sein kann, bevor sie ausgeschrieben "
        "ist.",
    ),
]


@pytest.mark.parametrize(("subject", "sender", "body"), OTHER)
def test_german_hard_negatives_stay_other(subject: str, sender: str, body: str) -> None:
    assert read(body, subject, sender) == "other"


@pytest.mark.parametrize(
    "body",
    [
        # decisions promised, described or conditional, not made
        "Sobald die Stelle besetzt ist, informieren wir alle Bewerberinnen und Bewerber.",
        "Die Stelle ist noch nicht besetzt, wir führen weiter Gespräche.",
        "Unvollständige Bewerbungen können leider nicht berücksichtigt werden.",
        "Ob positiv oder negativ: Sie erhalten in jedem Fall eine Rückmeldung.",
        "Der vorgeschlagene Termin passt uns leider nicht, ginge auch Mittwoch?",
        "Die Reisekosten können wir leider nicht übernehmen.",
        "Vielen Dank für Ihre Absage des Termins, wir wünschen Ihnen alles Gute.",
        "Ihre Bewerbung für die Stelle wurde zurückgezogen. Sie haben Ihre Bewerbung am 2. März "
        "zurückgezogen.",
        "Leider haben wir noch keine Entscheidung getroffen. Wir bitten um etwas Geduld.",
    ],
)
def test_german_decision_words_that_decide_nothing_are_no_rejection(body: str) -> None:
    assert read(body) != "rejection"


@pytest.mark.parametrize(
    "body",
    [
        "Wir freuen uns, Sie am Dienstag, 10. März, um 10 Uhr zum Gespräch begrüßen zu dürfen.",
        "Gerne möchten wir Ihnen ein Vorstellungsgespräch für die Stelle als Controller anbieten.",
        "Nach erfolgreichem Abschluss des Verfahrens erhalten Sie den Arbeitsvertrag zur "
        "Unterschrift.",
        "Herzlichen Glückwunsch! Ihr Profil wurde ausgewählt. Nach Zahlungseingang erhalten Sie "
        "sofort Ihren Vertrag.",
        "Wir freuen uns auf Ihre Zusage zum Termin am Dienstag.",
    ],
)
def test_german_good_news_that_is_not_an_offer(body: str) -> None:
    assert read(body) != "offer"


@pytest.mark.parametrize(
    "body",
    [
        "Ihr Vorstellungsgespräch ist für Dienstag, 10. März, 14 Uhr bestätigt. Sollten Sie den "
        "Termin absagen müssen, geben Sie uns bitte rechtzeitig Bescheid.",
        "Ihr Termin: Donnerstag, 5. März, 10:00 Uhr. Termin absagen oder verschieben: über den "
        "Link in dieser E-Mail.",
        "Ihr Gespräch findet wie geplant am Mittwoch, 4. März, um 14 Uhr statt, allerdings per "
        "Teams statt vor Ort.",
    ],
)
def test_german_confirmations_with_cancellation_words_stay_confirmations(body: str) -> None:
    assert read(body, "Ihr Vorstellungsgespräch") == "interview_scheduled"


def test_slots_to_choose_under_an_invitation_subject_are_a_request() -> None:
    body = (
        "Gerne würden wir Sie zu einem persönlichen Gespräch einladen. Bitte teilen Sie uns mit, "
        "welcher der folgenden Termine Ihnen passt:\n\n- Dienstag, 10. März, 13.30 Uhr\n"
        "- Mittwoch, 11. März, 08.30 Uhr"
    )
    assert read(body, "Einladung zum Vorstellungsgespräch") == "interview_request"


def test_a_meeting_named_in_a_reply_subject_is_not_its_confirmation() -> None:
    body = (
        "Für den Nachholtermin könnte ich Ihnen folgende Zeiten anbieten:\n\n- Montag, 9. März, "
        "15:00 Uhr\n- Dienstag, 10. März, 09:00 Uhr\n\nWelcher Termin passt Ihnen besser?"
    )
    assert read(body, "AW: Terminbestätigung – Einkäuferin (m/w/d)") == "interview_request"


FIONA = Person("fiona@kleinfabrik.example", "Fiona Engel")


def _asked() -> Earlier:
    envelope = Envelope(
        message_id="<m1@test.example>", subject="Ihre Bewerbung", sender=FIONA, date=DEFAULT_DATE
    )
    return Earlier(envelope, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)), from_user=False)


@pytest.mark.parametrize(
    "body",
    [
        "Donnerstag, 5. März, 14 Uhr passt, bis dann!",
        "Perfekt, dann Donnerstag, 5. März, um 14 Uhr. Den Meet-Link schicke ich gleich.",
        "Alles klar, ich trage es ein: Donnerstag, 5. März, 14 Uhr.",
        "Prima, dann habe ich Sie für Donnerstag, den 5. März, um 14 Uhr eingeplant.",
        "Geht klar, wir sehen uns am Donnerstag, 5. März, um 14 Uhr.",
    ],
)
def test_a_german_reply_agreeing_to_a_time_in_a_request_thread_is_a_booking(body: str) -> None:
    data = eml(
        body,
        "AW: Ihre Bewerbung",
        "Fiona Engel <fiona@kleinfabrik.example>",
        date=DEFAULT_DATE + timedelta(hours=5),
    )
    signal = classify(parse_message(data), frozenset({ME}), thread_context([_asked()]))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # English mail that shares a word with the German lists keeps its reading
        (
            "Interview",
            "Your interview is confirmed for Thursday, March 5 at 2pm.",
            "interview_scheduled",
        ),
        ("Update", "We have decided to move forward with other candidates.", "rejection"),
        (
            "Application received",
            "Thanks for applying! Our team will review your application.",
            "application_received",
        ),
    ],
)
def test_english_mail_keeps_its_reading(subject: str, body: str, kind: str) -> None:
    assert read(body, subject) == kind
