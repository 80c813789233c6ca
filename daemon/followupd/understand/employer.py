"""The employer and the role a hiring message is about, as a person would write them.

Company: a name that matches the sender's domain (from the signature, the display name or the
text) wins; an ATS or platform sender's display name ("Acme Recruiting", "Acme via Tool")
comes next; then "<role> at <Company>" in the subject; then the domain itself. Role: phrases
such as "for the <Role> role/position", "Position: <Role>", subject parts holding a job noun.
Informational only, so the heuristics stay small.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followupd.dates import letter_first
from followupd.model import CONFIDENT, Kind, Mail, Signal
from followupd.understand.people import domain_of, is_person_address, is_person_sender
from followupd.understand.phrases.common import JOB_NOUN
from followupd.understand.prefilter import Gated
from followupd.understand.senders import is_freemail, is_third_party_domain

_LEGAL = re.compile(r",?\s+(?:gmbh|inc\.?|llc|ltd\.?|limited|s\.?a\.?s?|ag|plc|corp\.?)$", re.I)
_NOT_A_NAME = re.compile(r"://|@|www\.|\d{3}")
_SUFFIX = re.compile(
    r"\s+(?:recruiting(?: team)?|careers?|hiring team|talent acquisition|talent|jobs|hr|human "
    r"resources|recruitment|people team|team)$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\||·|,|–|—| - | / |<>|: |\n")
_AT_COMPANY = re.compile(
    letter_first(r"\b(?:at|to|with|from|in|bei|chez)\s+([A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,3})")
)
# An agency writes for its client: the employer is the client it names.
_CLIENT = re.compile(r"\b(?:our|my) client,?\s+([A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,3})")
# "Acme Foods would like to interview you", with Acme Foods in the subject too: the client.
_WANTS_YOU = re.compile(
    r"\b((?!(?:The|Our|We|They|I|You|She|He)\b)[A-Z][\w&'.-]*(?:\s+[A-Z&][\w&'.-]*){0,3})"
    r" (?:would like|would love|wants|is keen|are keen) to (?:interview|meet) you\b"
)
_ROLE_REGEXES = (
    re.compile(
        r"\b(?:for|about|on|as|offer you|the) (?:the |our |this |your |an? )?"
        r"((?:[A-Z][\w,&()/+.-]* ){0,6}[A-Z][\w,&()/+.-]*) ?(?:role|position|opening|job|vacancy)\b"
    ),
    re.compile(r"\b(?:Position|Role|Job title|Stelle|Poste|Puesto):\s*([^\n]{3,80})"),
    re.compile(
        r"\b(?:application|applied|applying) (?:for|to) (?:the |our |a |an )?"
        r"((?:[A-Z][\w&()/+.-]* ){0,6}[A-Z][\w&()/+.-]*)"
    ),
    re.compile(r"\b(?:poste de|puesto de|Stelle als)\s+([^\n.,;]{3,60})"),
)
_ROLE_PATTERNS = tuple(Gated(regex) for regex in _ROLE_REGEXES)  # most mail names no role
_JOB = re.compile(JOB_NOUN, re.IGNORECASE)
_MEETING_TAIL = re.compile(
    r"\s+(?:(?:technical|phone|final|onsite|first|second|video|panel) )?(?:interview|screen|call"
    r"|application|update|role|position|opening)s?$",
    re.IGNORECASE,
)
_SUBJECT_NOISE = re.compile(
    r"^(?:re|fwd?|aw|tr|rv|wg|interview|invitation|updated invitation|canceled|cancelled|"
    r"confirmed|application|your application|update|next steps)\s*:\s*",
    re.IGNORECASE,
)


# ASCII characters that are not [a-z0-9] once lowercased: dropped by a squash
_UNSQUASHED = {c: None for c in range(128) if not re.fullmatch(r"[a-z0-9]", chr(c).lower())}


@lru_cache(maxsize=4096)
def _squash(text: str) -> str:
    """Lowercase letters and digits only, accents taken off ("Café-Nord" -> "cafenord")."""
    if text.isascii():  # (nothing for NFKD to do: most names and lines)
        return text.lower().translate(_UNSQUASHED)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


def _label(address: str) -> str:
    labels = domain_of(address).split(".")
    return labels[-2] if len(labels) >= 2 else labels[0]


def _employer_domain_label(mail: Mail) -> str:
    """The employer's domain label: the sender's, or Reply-To's when a platform sent it; never
    a freemail or platform domain's ("gmail" names everybody's employer)."""
    sender = mail.envelope.sender
    if sender is not None and is_person_sender(mail):
        return "" if is_third_party_domain(domain_of(sender.address)) else _label(sender.address)
    people = [p for p in mail.envelope.reply_to if is_person_address(p.address)]
    people = [p for p in people if not is_third_party_domain(domain_of(p.address))]
    return _label(people[0].address) if people else ""


def _fit_to_domain(name: str, label: str, whole: bool = False) -> str | None:
    """The leading words of `name` that spell the domain label (all of it if `whole`)."""
    domain = _squash(label)
    squashed = _squash(name)
    if (
        len(domain) < 3
        or len(name) > 80
        or (domain[:4] not in squashed and squashed[:4] not in domain)
    ):
        return None
    words = name.split()
    if not 0 < len(words) <= 6 or _NOT_A_NAME.search(name):
        return None
    prefixes = [" ".join(words[: n + 1]) for n in range(len(words))]
    squashed_prefixes = [_squash(p) for p in prefixes]
    covering = [
        p for p, q in zip(prefixes, squashed_prefixes, strict=True) if 0 <= q.find(domain) <= 8
    ]
    inside = [
        p for p, q in zip(prefixes, squashed_prefixes, strict=True) if len(q) >= 4 and q in domain
    ]
    fitted = covering[0] if covering else (inside[-1] if inside else None)
    return name if fitted and whole and len(words) <= 4 else fitted


def own_domain(mail: Mail, company: str | None) -> str | None:
    """The sender's domain when it is the company's own: the company's name, as the mail
    writes it (subject, sender's name, text, signature), spells the domain's label. A name
    only made from the domain ("Friends" for kim@friends.example) is not written there."""
    sender = mail.envelope.sender
    if not company or sender is None:
        return None
    domain = domain_of(sender.address)
    if is_third_party_domain(domain) or _fit_to_domain(company, _label(sender.address)) is None:
        return None
    written = re.compile(rf"(?<!\w){re.escape(company)}(?!\w)")
    places = (mail.envelope.subject, sender.name, mail.text[:6000], mail.signature[:2000])
    found = any(company in place and written.search(place) for place in places)
    return domain if found else None


def employer_keys(sender: str, signal: Signal) -> tuple[str, ...]:
    """What a message vouches for as an employer's, for reading its writer's next messages as
    hiring mail: the sender's address when the message was read, confidently, as hiring news
    written by a person; and the employer's own domain it wrote from (own_domain). A friend's
    or a colleague's domain is nobody's employer because one of their messages was misread."""
    if signal.kind is Kind.OTHER or signal.automated or signal.confidence < CONFIDENT:
        return ()
    own = signal.employer_domain
    return (sender, own) if own and own == domain_of(sender) else (sender,)


def _brand(mail: Mail) -> str:
    sender = mail.envelope.sender
    return _SUFFIX.sub("", sender.name.split(" via ")[0]).strip() if sender else ""


def company_of(mail: Mail) -> str | None:
    client = _client(mail.text[:3000])
    if client and (client.re is _CLIENT or client.group(1) in mail.envelope.subject):
        return _LEGAL.sub("", client.group(1)).strip()
    label = _employer_domain_label(mail)
    if label:
        return _named_like_domain(mail, label) or label.replace("-", " ").title()
    sender = mail.envelope.sender
    brand = _brand(mail)
    if sender is None:
        return None
    if is_freemail(domain_of(sender.address)):
        return _company_in_subject(mail)  # a person's own name is no company
    if brand and _fit_to_domain(brand, _label(sender.address)) is None:
        return brand  # an employer's name on a platform's address
    return (
        _company_in_subject(mail)
        or _named_like_domain(mail, _label(sender.address))
        or brand
        or None
    )


def _client(text: str) -> re.Match[str] | None:
    """_CLIENT's match, else _WANTS_YOU's; each searched for only when the text holds its
    literal words (the searches try every position; `in` is nearly free)."""
    if "client" in text:
        found = _CLIENT.search(text)
        if found:
            return found
    if " to interview you" in text or " to meet you" in text:
        return _WANTS_YOU.search(text)
    return None


def _company_in_subject(mail: Mail) -> str | None:
    """ "Data Analyst at Acme Corp" -> "Acme Corp"."""
    named = _AT_COMPANY.findall(mail.envelope.subject)
    return str(named[-1]).strip() if named else None


def _named_like_domain(mail: Mail, label: str) -> str | None:
    for block, whole in _blocks(mail):
        for segment in _SEGMENT_SPLIT.split(block):
            fitted = _fit_to_domain(segment.strip(" .:()"), label, whole)
            if fitted:
                return _LEGAL.sub("", _SUFFIX.sub("", fitted)).strip() or fitted
    return None


def _blocks(mail: Mail) -> list[tuple[str, bool]]:
    """Where company names are written, best first; True: a whole title|company line."""
    lines = mail.text[:6000].strip().splitlines()
    found = [(mail.signature[:2000], True), *((line, True) for line in reversed(lines))]
    found.append((mail.envelope.subject, False))
    found += [(name, False) for name in _AT_COMPANY.findall(mail.text[:3000])]
    return found


def role_of(mail: Mail, company: str | None = None) -> str | None:
    text = f"{mail.envelope.subject}\n{mail.text[:4000]}"
    for pattern in _ROLE_PATTERNS:
        for found in pattern.finditer(text):
            role = _tidy(found.group(1))
            if _JOB.search(role):
                return role
    return _role_from_subject(mail.envelope.subject, company)


# "Ihre Bewerbung als Data Analyst", "Your application for Data Analyst": the role is what follows
_APPLIED_AS = re.compile(
    r"^\s*(?:(?:your|my) application (?:for|as|to)(?: the| our)?|application for(?: the)?"
    r"|(?:ihre|deine|meine) bewerbung (?:als|für|zum|zur|um)(?: die| den| das| eine| einen)?"
    r"|(?:votre|ta|ma) candidature (?:au|pour|à)(?: la| le| l['’])?|(?:tu|su|mi) candidatura"
    r" (?:al|para|a)(?: la| el)?)\s+(?:(?:position|role|post|poste|fonction|puesto) (?:of|de|d['’])"
    r"\s*)?[«\"“]?",
    re.IGNORECASE,
)
# what a portal's status line adds after the role: "... ha cambiado de estado"
_STATUS_TAIL = re.compile(
    r"\s+(?:ha cambiado de estado|has been updated|has changed|wurde aktualisiert|a été mise à"
    r" jour)\s*$",
    re.IGNORECASE,
)


def _role_from_subject(subject: str, company: str | None) -> str | None:
    cleaned = subject
    while _SUBJECT_NOISE.match(cleaned):
        cleaned = _SUBJECT_NOISE.sub("", cleaned, count=1)
    cleaned = _STATUS_TAIL.sub("", _APPLIED_AS.sub("", cleaned, count=1))
    if company:
        cleaned = cleaned.replace(f", {company}", "").replace(company, " - ")
    for inner in re.findall(r"\(([^()]{3,70})\)", cleaned):
        if _JOB.search(inner):
            return _tidy(inner)
    for raw in re.split(r"\s+(?:-|–|—|\||/|<>|@)\s+|:\s+|\s+at\s+", cleaned):
        part = _tidy(_MEETING_TAIL.sub("", raw))
        if _JOB.search(part.lower().replace("hiring manager", "")) and len(part) <= 70:
            return part
    return None


def _tidy(role: str) -> str:
    role = re.sub(r"\s+", " ", role).strip(" .,:;-–—|")
    if role.startswith("(") and role.endswith(")"):
        role = role[1:-1]
    if role.count("(") > role.count(")"):
        role = role.rsplit("(", 1)[0].strip() if role.endswith("(") else role + ")"
    return role.strip()
