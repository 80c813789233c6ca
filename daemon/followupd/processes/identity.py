"""Who is the employer behind a message, and which addresses are people one can write to.

A process is keyed by its employer's identity, so a third party's domain must never stand
for the employer: applicant-tracking systems, schedulers, e-signature and job-board services
send for many employers, and freemail domains hold everybody. Known ones are listed; an
unknown one is recognised by its shape: a no-reply, role or company-named mailbox on a
domain that does not resemble the company the message names ("Tidewater Bank
<no-reply@hiretrack.example>", "Cobalt Freight <cobaltfreight@myworkwell.example>").
"""

from __future__ import annotations

import re
import unicodedata

from followupd.model.domain import Observation, Person


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


THIRD_PARTY_DOMAINS = _words(
    """
    greenhouse.io greenhouse-mail.io lever.co ashbyhq.com ashby.io myworkday.com
    workday.com myworkdayjobs.com icims.com smartrecruiters.com smartrecruiters-mail.com
    calendly.com goodtime.io jobvite.com taleo.net bamboohr.com teamtailor.com
    teamtailor-mail.com workable.com workablemail.com recruitee.com personio.de
    personio.com successfactors.com successfactors.eu sapsf.com sapsf.eu gem.com
    jazzhr.com applytojob.com breezy.hr bullhorn.com jobdiva.com paylocity.com
    ultipro.com ukg.com adp.com indeed.com indeedemail.com linkedin.com glassdoor.com
    ziprecruiter.com hirevue.com codility.com hackerrank.com codesignal.com karat.com
    docusign.net docusign.com hellosign.com dropboxsign.com adobesign.com echosign.com
    rippling.com pinpointhq.com comeet.co homerun.co welcometothejungle.com otta.com
    wellfound.com hired.com recruiterbox.com zohorecruit.com freshteam.com jobscore.com
    applicantpro.com clearcompany.com phenompeople.com eightfold.ai avature.net
    beamery.com paradox.ai yello.co cronofy.com prelude.co modernloop.io doodle.com
    youcanbook.me acuityscheduling.com zoom.us
    """
)

FREEMAIL_DOMAINS = _words(
    """
    gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com
    ymail.com aol.com icloud.com me.com mac.com proton.me protonmail.com pm.me gmx.com
    gmx.de gmx.net web.de mail.com yandex.ru yandex.com fastmail.com hey.com
    tutanota.com qq.com 163.com orange.fr free.fr laposte.net t-online.de libero.it
    btinternet.com
    """
)

_TWO_PART_SUFFIXES = _words(
    """
    co.uk org.uk ac.uk gov.uk com.au net.au co.nz co.jp co.in co.za com.br com.mx com.sg
    com.cn com.hk co.kr com.tr com.ar
    """
)

_NO_REPLY = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|notif|mailer-daemon|postmaster|bounce|alert"
    r"|newsletter|automated|^auto|^system$|^dse$|^surveys?$|^news$|^marketing$|^updates?$"
)
_ROLE_WORDS = _words(
    """
    recruiting recruitment recruiter recruiters talent careers career jobs job hr hiring
    people team info hello contact admin support apply applications staffing interviews
    interview scheduling office humanresources ta ats candidates
    """
)
_COMPANY_NOISE = re.compile(
    r"\b(?:hiring team|recruiting team|recruitment team|talent acquisition|talent team"
    r"|careers?|recruiting|recruitment|hiring|jobs|team|hr|people)\b"
    r"|\bvia\b.*$|\bon behalf of\b",
    re.IGNORECASE,
)
_LEGAL_SUFFIXES = _words(
    """
    inc incorporated llc ltd limited gmbh corp corporation co plc sa ag bv nv sas srl
    the
    """
)


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


def registrable_domain(domain: str) -> str:
    """ "mail.northbeam.example" -> "northbeam.example"; "jobs.acme.co.uk" -> "acme.co.uk"."""
    labels = domain.lower().strip(".").split(".")
    keep = 3 if ".".join(labels[-2:]) in _TWO_PART_SUFFIXES else 2
    return ".".join(labels[-keep:])


def is_third_party_domain(domain: str) -> bool:
    registrable = registrable_domain(domain)
    return registrable in THIRD_PARTY_DOMAINS or registrable in FREEMAIL_DOMAINS


def is_freemail(domain: str) -> bool:
    return registrable_domain(domain) in FREEMAIL_DOMAINS


def is_no_reply(address: str) -> bool:
    return bool(_NO_REPLY.search(address.partition("@")[0].lower()))


def is_role_mailbox(address: str) -> bool:
    """A shared mailbox ("recruiting@", "careers@", "jobs-team@") rather than a person."""
    local = address.partition("@")[0].lower()
    return any(token in _ROLE_WORDS for token in re.split(r"[._+\-]", local))


def is_shared_mailbox(person: Person) -> bool:
    """A no-reply, calendar or team address on a guest list ("Interviews Calendar
    <interviews@acme>"), not a person: a role-like address counts as a person's when the name
    given for it is a person's ("Jane Whitfield <jane.whitfield.talent@gmail.com>")."""
    if is_no_reply(person.address):
        return True
    if not is_role_mailbox(person.address):
        return False
    words = re.findall(r"[^\W\d_]+", person.name)
    named = 2 <= len(words) <= 4 and not any(is_role_mailbox(w) for w in words)
    return not named


def company_key(name: str | None) -> str:
    """A comparable form of a company name: "Harbor & Finch, Inc." -> "harborfinch"."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", folded) if w not in _LEGAL_SUFFIXES]
    return "".join(words)


def company_from_display_name(display: str) -> str:
    """The company a service's display name speaks for: "Tidewater Bank Hiring Team" ->
    "Tidewater Bank"; "Olivia Grant via InkSign" -> "" (a person's name, not a company)."""
    if " via " in f" {display.lower()} ":
        return ""
    return _COMPANY_NOISE.sub(" ", display).strip(" -|,:")


def resembles(label_or_key: str, key: str) -> bool:
    """Whether a domain label and a company key name the same thing ("prairiewind" and
    "prairiewindenergy"); short keys must match whole to avoid chance overlaps."""
    a = label_or_key.replace("-", "").lower()
    b = key.lower()
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and shorter in longer


def domain_label(domain: str) -> str:
    return registrable_domain(domain).split(".")[0]


_KEY_SUFFIXES = _words(
    """
    group holdings holding labs lab technologies technology tech systems solutions software
    energy bank health healthcare partners consulting capital global international industries
    company careers jobs hiring recruiting talent hr hq team security sec services digital
    media studios studio ventures networks inc corp llc ltd gmbh
    """
)
_KEY_PREFIXES = ("the", "get", "join", "careers", "jobs")


def _core_of(key: str) -> str:
    """A squashed company key or domain label without trailing industry or legal words and
    leading noise ("prairiewindenergy" -> "prairiewind", "joinacmehq" -> "acme")."""
    core = key.replace("-", "").lower()
    changed = True
    while changed:
        changed = False
        for word in sorted(_KEY_SUFFIXES, key=len, reverse=True):
            if core.endswith(word) and len(core) - len(word) >= 3:
                core, changed = core[: -len(word)], True
                break
        for word in _KEY_PREFIXES:
            if core.startswith(word) and len(core) - len(word) >= 3:
                core, changed = core[len(word) :], True
                break
    return core


def same_company(label_or_key: str, key: str) -> bool:
    """Whether a domain label or company key and a company key name one employer: equal once
    legal, industry and noise words are gone ("prairiewind" and "prairiewindenergy"), never one
    name merely inside another ("meta" and "metabase")."""
    a, b = _core_of(label_or_key), _core_of(key)
    return bool(a) and a == b


def speaks_for_employer(person: Person, company: str, me_domains: frozenset[str]) -> bool:
    """Whether this sender's domain is the employer's own (and so an identity of it)."""
    domain = domain_of(person.address)
    if not domain or is_third_party_domain(domain) or registrable_domain(domain) in me_domains:
        return False
    if not company or resembles(domain_label(domain), company):
        return not (is_no_reply(person.address) and not company and not person.name)
    local = person.address.partition("@")[0]
    automated = is_no_reply(person.address) or is_role_mailbox(person.address)
    named_after_company = resembles(local, company) or resembles(company_key(person.name), company)
    return not (automated or named_after_company)


def is_reachable_person(
    person: Person, company: str, me: frozenset[str], me_domains: frozenset[str]
) -> bool:
    """An address a follow-up may go to: a person, at the employer's own domain or freemail."""
    address = person.address
    if "@" not in address or address in me or is_shared_mailbox(person):
        return False
    return is_freemail(domain_of(address)) or speaks_for_employer(person, company, me_domains)


def is_reachable_mailbox(
    person: Person, company: str, me: frozenset[str], me_domains: frozenset[str]
) -> bool:
    """A shared but answered mailbox of the employer ("recruiting@acme"): a last resort."""
    address = person.address
    if "@" not in address or address in me or is_no_reply(address):
        return False
    domain = domain_of(address)
    if is_third_party_domain(domain) or registrable_domain(domain) in me_domains:
        return False
    return not company or resembles(domain_label(domain), company)


def employer_company_key(observation: Observation) -> str:
    """The company an employer message speaks for: Signal.company, else the display name of
    a service or shared mailbox sending for it ("Tidewater Bank Hiring Team")."""
    stated = company_key(observation.signal.company)
    if stated:
        return stated
    sender = observation.envelope.sender
    if sender is None or not sender.name:
        return ""
    automated = is_no_reply(sender.address) or is_role_mailbox(sender.address)
    if automated or is_third_party_domain(domain_of(sender.address)):
        return company_key(company_from_display_name(sender.name))
    return ""  # "Rachel Kim <rachel.kim@...>": a person's name, not a company's
