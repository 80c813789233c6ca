"""Header triage: may this message be hiring mail? Read from the header block alone.

`might_matter` answers False only for mail that certainly is not: delivery reports, account
and shopping chatter by subject ("Verify your email", "Your order..."), and bulk mail
(List-Unsubscribe, List-Id, Precedence: bulk) unless it comes from a hiring platform or its
subject is specific hiring news (your application, candidacy, interview, offer letter, next
steps...): news to one candidate is rarely list mail, while list mail is full of generic words
("Special offer on...", "Product update", "The role of...") that say nothing. Everything else
is fetched: personal mail, anything from an applicant-tracking or scheduling platform, any
subject about the user's application, interview or offer, any calendar message. The engine
also fetches whatever belongs to a known thread or employer, so a wrong True costs one fetch
and a wrong False could cost a missed rejection: when in doubt, True.
"""

from __future__ import annotations

import re

from followupd.model import Mail

# What bulk mail must say in its subject to be fetched (unless a hiring platform sent it).
_BULK_HIRING_SUBJECT = re.compile(
    r"\b(?:your (?:application|candidacy|interview|offer|profile|resume|cv)|application\w*"
    r"|applied|applying|candida\w+|interview\w*|(?:offer|employment) letter|job offer"
    r"|offer of employment|next steps?|your interest in|hiring (?:process|manager|team)"
    r"|assessment|coding (?:challenge|exercise)|take-home|recruit\w*|position"
    r"|bewerbung\w*|vorstellungsgespr\w*|absage|zusage|entretien|entrevista|solicitud"
    r"|proposition d'embauche|oferta (?:de empleo|laboral))\b",
    re.IGNORECASE,
)
_STATUS_SUBJECT = re.compile(
    r"\b(?:your application|interview|candidacy|offer letter|your offer|next steps)\b", re.I
)
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
    r"tickets?)\b|order (?:confirmation|#)|(?:security|sign-?in) alert)",
    re.IGNORECASE,
)
_ATS_SENDER = re.compile(
    r"greenhouse|lever\.co|workday|myworkday|smartrecruiters|icims|taleo|jobvite|ashbyhq|"
    r"bamboohr|recruitee|workable|teamtailor|personio|successfactors|breezy|jazzhr|applytojob|"
    r"calendly|goodtime|paradox|hirevue|docusign|adobesign|hellosign|talent|recruit|career|hiring|"
    r"jobs?\b|apply|candidate",
    re.IGNORECASE,
)


def _is_bulk(mail: Mail) -> bool:
    precedence = (mail.header("precedence") or "").lower()
    return (
        mail.header("list-unsubscribe") is not None
        or mail.header("list-id") is not None
        or precedence in {"bulk", "list", "junk"}
    )


def _is_delivery_report(mail: Mail) -> bool:
    content_type = (mail.header("content-type") or "").lower()
    return content_type.startswith("multipart/report")


def _from_hiring_platform(mail: Mail) -> bool:
    sender = mail.envelope.sender
    if sender is None:
        return False
    return _ATS_SENDER.search(f"{sender.address} {sender.name}") is not None


def might_matter(mail: Mail) -> bool:
    """False only for mail that certainly is not hiring mail (see the module docstring)."""
    if _is_delivery_report(mail):
        return False
    subject = mail.envelope.subject
    if _STATUS_SUBJECT.search(subject):
        return True
    if _ACCOUNT_CHATTER.search(subject.strip()):
        return False
    if not _is_bulk(mail):
        return True
    if _ALERT_SUBJECT.search(subject):
        return False
    return _BULK_HIRING_SUBJECT.search(subject) is not None or _from_hiring_platform(mail)
