"""Header triage: may this message be hiring mail? Read from the header block alone.

`might_matter` answers False only for mail that certainly is not: delivery reports, account
and shopping chatter by subject ("Verify your email", "Your order..."), and bulk mail unless
it comes from a hiring platform, relays a person's message, or its subject is specific hiring
news (your application, candidacy, interview, offer letter, next steps...): news to one
candidate is rarely list mail, while list mail is full of generic words ("Special offer
on...", "Product update", "The role of...") that say nothing.

Bulk is what a mailing system marks as such: list headers (List-Unsubscribe, List-Id,
List-Unsubscribe-Post), Precedence: bulk/list/junk, a marketing platform's campaign headers
(Mailchimp, Brevo, Constant Contact, Salesforce Marketing Cloud...; not the transactional
relays such as SES or SendGrid, which carry applicant-tracking mail too), newsletter software
in X-Mailer, or a newsletter/marketing sender address. A person's message relayed by a
network ("Katja über LinkedIn", "Gabriela te ha enviado un mensaje") is read as a person's.

`mentions_hiring` reads the start of a long message's text (a fetch brings only the first tens
of KB of a text part): when it speaks of an application, an interview, an offer or a position,
the rest is fetched too.

Everything else is fetched: personal mail, anything from an applicant-tracking or scheduling
platform, any subject about the user's application, interview or offer, any calendar message.
The engine also fetches whatever belongs to a known thread or employer, so a wrong True costs
one fetch and a wrong False could cost a missed rejection: when in doubt, True.
"""

from __future__ import annotations

import re

from followupd.model import Mail

# The header fields triage reads (a header-first poll must fetch them).
TRIAGE_FIELDS = (
    "From",
    "Sender",
    "Subject",
    "Content-Type",
    "List-Id",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
    "Precedence",
    "X-Mailer",
    "X-Campaign",
    "X-Campaign-Id",
    "X-CampaignID",
    "X-MC-User",
    "X-Mailin-Campaign",
    "X-Roving-Id",
    "X-SFMC-Stack",
    "X-Newsletter",
)
_CAMPAIGN_FIELDS = tuple(
    name.lower() for name in TRIAGE_FIELDS[TRIAGE_FIELDS.index("X-Campaign") :]
)
_BULK_MAILER = re.compile(
    r"mailchimp|mailerlite|mailjet|sendinblue|brevo|klaviyo|hubspot|phplist|campaign ?monitor"
    r"|constant ?contact|marketo|acoustic|newsletter|sendy|listmonk|mautic",
    re.IGNORECASE,
)
_BULK_LOCAL_PART = re.compile(
    r"^(?:newsletters?|news|marketing|promo(?:tions?)?|offers|deals|digest|mailings?)[-_.+@]",
    re.IGNORECASE,
)

# What bulk mail must say in its subject to be fetched (unless a hiring platform sent it).
# Classes of words, in English, German, French and Spanish: the application and its stages,
# the candidate, the interview, the offer, the position, the selection process.
_BULK_HIRING_SUBJECT = re.compile(
    r"\b(?:your (?:application|candidacy|interview|offer|profile|resume|cv)|application\w*"
    r"|applied|applying|candida\w+|interview\w*|(?:offer|employment) letter|job offer"
    r"|offer of employment|next steps?|your interest in|hiring (?:process|manager|team)"
    r"|assessment|coding (?:challenge|exercise)|take-home|recruit\w*|recrut\w*|position"
    r"|job opportunit\w*|career opportunit\w*"
    r"|bewerbung\w*|vorstellungsgespr\w*|auswahl(?:gespr|verfahren)\w*|stellen(?:angebot|anzeige)\w"
    r"*"
    r"|absage|zusage|eingangsbest\w+|zwischenbescheid"
    r"|entretien\w*|votre dossier|(?:offre|promesse) d'(?:emploi|embauche)|embauche|poste d[eu]"
    r"|entrevista\w*|solicitud|postula\w*|inscripci[oó]n|(?:tu|su|de) aplicaci[oó]n"
    r"|hoja de vida|proceso de selecci[oó]n|vacante\w*|oportunidad laboral|oportunidad(?=\s*:)"
    r"|oferta (?:de empleo|de trabajo|laboral))\b",
    re.IGNORECASE,
)
_STATUS_SUBJECT = re.compile(
    r"\b(?:your application|interview|candidacy|offer letter|your offer|next steps)\b", re.I
)
# A person's message relayed by a professional network: said by the subject or by the
# sender's name ("Katja Reimann über LinkedIn", "Jo Mensah via Wellfound").
_RELAYED_SUBJECT = re.compile(
    r"\b(?:sent you (?:a |an )?(?:new )?(?:message|inmail)|new message from|messaged you"
    r"|hat (?:ihnen|dir) eine (?:neue )?nachricht|neue nachricht von"
    r"|vous a envoy[ée] un (?:nouveau )?message|t'a envoy[ée] un message|nouveau message de"
    r"|te ha enviado un mensaje|le ha enviado un mensaje|te envi[oó] un mensaje"
    r"|nuevo mensaje de"
    # a client or employer met through a platform asks to talk ("Sophie (Quaterna) souhaite
    # échanger avec vous sur une mission")
    r"|(?:wants|would like|wishes) to (?:talk|chat|speak|connect) (?:with|to) you"
    r"|souhaite (?:échanger|discuter|s'entretenir) avec vous|souhaite vous (?:parler|rencontrer"
    r"|contacter)|m[öo]chte (?:sich )?mit (?:ihnen|dir) (?:sprechen|austauschen|reden)"
    r"|(?:quiere|desea|quisiera) (?:hablar|conversar|charlar) (?:contigo|con usted))\b",
    re.IGNORECASE,
)
_RELAYED_SENDER_NAME = re.compile(r"\s(?:via|vía|über|par)\s+\S", re.IGNORECASE)
_ALERT_SUBJECT = re.compile(
    r"\b(?:new jobs?|jobs? (?:for you|matching|alert)|job alert|(?:jobs|roles|positions|openings)"
    r" (?:picked|recommended|selected|chosen) for you|jobs you may|recommended jobs"
    r"|weekly (?:digest|picks|roundup)|newsletter|issue #?\d+|vol\.? \d+"
    r"|(?<!req)(?<!requisition)(?<!job)(?<!position)(?<!ref)(?<!id)(?<!case)(?<!ticket) #\d+:)",
    re.IGNORECASE,
)
_ACCOUNT_CHATTER = re.compile(
    r"^(?:verify your (?:e-?mail|account)|confirm your e-?mail|reset your password|your "
    r"(?:verification|security|one-time) code|your (?:order|receipt|invoice|package|delivery|"
    r"tickets?)\b|order (?:confirmation|#)|(?:security|sign-?in) alert"
    r"|passwort zur[uü]cksetzen|best[aä]tigen sie ihre e-?mail|ihre bestellung\b"
    r"|ihr (?:best[aä]tigungs|sicherheits)code|r[ée]initialis(?:er|ez) votre mot de passe"
    r"|confirmez votre (?:adresse|e-?mail)|votre commande\b|votre code de (?:v[ée]rification|"
    r"s[ée]curit[ée])|restablece[r]? (?:tu|su) contrase[nñ]a|confirma (?:tu|su) (?:correo|"
    r"e-?mail)|tu pedido\b|su pedido\b|tu c[oó]digo de (?:verificaci[oó]n|seguridad)"
    r"|your password (?:was|has been) (?:changed|reset)|ihr passwort wurde (?:ge[aä]ndert"
    r"|zur[uü]ckgesetzt)|votre mot de passe a [ée]t[ée] (?:modifi[ée]|r[ée]initialis[ée])"
    r"|tu contrase[nñ]a (?:ha sido|fue) (?:cambiada|modificada|restablecida)"
    r"|your (?:(?!interview|entretien|gespräch|entrevista)[\w-]+ ){0,2}(?:sign-?in|log-?in|magic)"
    r" (?:link|code)|(?:dein|ihr) (?:anmelde|login)"
    r"-?link|votre lien de connexion|tu enlace de (?:acceso|inicio de sesi[oó]n))",
    re.IGNORECASE,
)
_ATS_SENDER = re.compile(
    r"greenhouse|lever\.co|workday|myworkday|smartrecruiters|icims|taleo|jobvite|ashbyhq|"
    r"bamboohr|recruitee|workable|teamtailor|personio|successfactors|breezy|jazzhr|applytojob|"
    r"calendly|goodtime|paradox|hirevue|docusign|adobesign|hellosign|talent|recruit|career|hiring|"
    r"jobs?\b|apply|candidate|bewerb|karriere|stellen|emplois?\b|recrut|carri[eè]re|empleo|"
    r"trabajo|seleccion|selecci[oó]n|rrhh|recursos-?humanos|ressources-?humaines|headhunt"
    r"|staffing|personalberatung|personaldienst",
    re.IGNORECASE,
)


# The mail domains of applicant-tracking systems that write only to candidates, on an
# employer's behalf ("no-reply@hire.lever.co"). Not the HR suites that also write to a company's
# own staff (Workday, BambooHR, Personio, SuccessFactors): a review at work is no hiring mail.
_ATS_DOMAIN = re.compile(
    r"@(?:[\w-]+\.)*(?:greenhouse-mail\.io|greenhouse\.io|lever\.co|smartrecruiters\.com|icims\.com"
    r"|taleo\.net|ashbyhq\.com|jobvite\.com|recruitee\.com|workablemail\.com|teamtailor-mail\.com"
    r"|softgarden\.(?:io|de)|breezy\.hr|applytojob\.com|pinpointhq\.com|join\.com|d\.vinci\.de"
    r"|onlyfy\.jobs)$",
    re.IGNORECASE,
)


def sent_by_an_ats(mail: Mail) -> bool:
    """The sender's address is an applicant-tracking system's (_ATS_DOMAIN)."""
    sender = mail.envelope.sender
    return sender is not None and _ATS_DOMAIN.search(sender.address) is not None


def account_notice(mail: Mail) -> bool:
    """Account and shopping chatter, by its subject ("Verify your email", "Your order...")."""
    return _ACCOUNT_CHATTER.search(mail.envelope.subject.strip()) is not None


def _is_bulk(mail: Mail) -> bool:
    precedence = (mail.header("precedence") or "").lower()
    if (
        mail.header("list-unsubscribe") is not None
        or mail.header("list-id") is not None
        or mail.header("list-unsubscribe-post") is not None
        or precedence in {"bulk", "list", "junk"}
        or any(mail.header(name) is not None for name in _CAMPAIGN_FIELDS)
        or _BULK_MAILER.search(mail.header("x-mailer") or "") is not None
    ):
        return True
    sender = mail.envelope.sender
    return sender is not None and _BULK_LOCAL_PART.match(sender.address) is not None


def _is_delivery_report(mail: Mail) -> bool:
    content_type = (mail.header("content-type") or "").lower()
    return content_type.startswith("multipart/report")


def from_hiring_platform(mail: Mail) -> bool:
    """The sender is a recruiter, an agency or a hiring platform by address or name."""
    sender = mail.envelope.sender
    if sender is None:
        return False
    return _ATS_SENDER.search(f"{sender.address} {sender.name}") is not None


def relays_a_person(mail: Mail) -> bool:
    """A professional network's or job board's notice that carries a person's message."""
    sender = mail.envelope.sender
    named = sender is not None and _RELAYED_SENDER_NAME.search(sender.name) is not None
    return named or _RELAYED_SUBJECT.search(mail.envelope.subject) is not None


def might_matter(mail: Mail) -> bool:
    """False only for mail that certainly is not hiring mail (see the module docstring)."""
    if _is_delivery_report(mail):
        return False
    subject = mail.envelope.subject
    if _STATUS_SUBJECT.search(subject):
        return True
    if account_notice(mail):
        return False
    if not _is_bulk(mail):
        return True
    if _ALERT_SUBJECT.search(subject):
        return False
    return (
        _BULK_HIRING_SUBJECT.search(subject) is not None
        or from_hiring_platform(mail)
        or relays_a_person(mail)
    )


_HIRING_WORDS = re.compile(
    r"\b(?:appl(?:y|ied|ying|ication\w*)|candida\w+|interview\w*|offer\w*|position\w*"
    r"|recruit\w*|hiring|hire[sd]?|role|vacanc\w+|r[eé]sum[eé]|cv"
    r"|bewerb\w+|vorstellungsgespr\w*|stelle\w*|absage|zusage|einstellung\w*"
    r"|entretien\w*|poste|embauche\w*|recrut\w*|offre\w*"
    r"|entrevista\w*|solicitud\w*|postula\w*|vacante\w*|oferta\w*|selecci[oó]n)\b",
    re.IGNORECASE,
)


def mentions_hiring(text: str) -> bool:
    """Does this text (a long message's start) speak of applying, interviews or offers?"""
    return _HIRING_WORDS.search(text) is not None
