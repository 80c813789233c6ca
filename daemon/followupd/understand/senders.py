"""What kind of address a sender is: a person, a shared or no-reply mailbox, a freemail
account, or a third party's service (applicant-tracking systems, schedulers, e-signature and
job-board services send for many employers, and freemail domains hold everybody).

Understanding reads senders with these predicates; process identity uses them so a third
party's domain never stands for an employer.
"""

from __future__ import annotations

import re

from followupd.model import Person


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
    btinternet.com wanadoo.fr sfr.fr neuf.fr bbox.fr numericable.fr posteo.de posteo.net
    mailbox.org freenet.de arcor.de online.de vodafone.de gmx.at gmx.ch bluewin.ch sunrise.ch
    hispeed.ch aon.at chello.at a1.net skynet.be telenet.be proximus.be videotron.ca
    sympatico.ca telefonica.net terra.es prodigy.net.mx sky.com virginmedia.com ntlworld.com
    talktalk.net eircom.net zoho.com outlook.de outlook.fr outlook.es outlook.it outlook.co.uk
    outlook.com.mx outlook.com.ar outlook.at outlook.be live.fr live.de live.co.uk live.com.mx
    live.com.ar live.at live.be live.ca live.it live.nl live.ie
    """
)
# Webmail brands under every country's domain ("hotmail.fr", "yahoo.es", "live.com.mx").
_FREEMAIL_BRANDS = _words(
    """
    hotmail yahoo ymail rocketmail gmx aol gmail googlemail icloud protonmail yandex
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
    interview scheduling office humanresources ta ats candidates mailrobot robot mailer
    notification notifications system recrutement emploi emplois talents rh candidatures
    karriere bewerbung bewerbungen personal reclutamiento seleccion empleo empleos rrhh
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
    return registrable in THIRD_PARTY_DOMAINS or is_freemail(registrable)


def is_freemail(domain: str) -> bool:
    registrable = registrable_domain(domain)
    return registrable in FREEMAIL_DOMAINS or registrable.partition(".")[0] in _FREEMAIL_BRANDS


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
