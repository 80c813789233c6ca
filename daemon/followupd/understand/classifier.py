"""Mail -> Signal: what one message means for a job search, and why.

The rules are data (rules.py, ordered, first match wins); this module computes the facts they
test (is there an invite, is it about hiring, is a time written...), walks the table, and then
reads the facts the kind calls for (extract.py: times, interviewers, decision date, company,
role, contact). Every step that decides something leaves a short reason in `evidence`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import cached_property, partial
from itertools import combinations

from followupd.dates import (
    TimeMention,
    ZoneContext,
    find_days,
    find_interview_times,
    local_sent,
)
from followupd.model import AUTOMATED_RULES, TIMED_KINDS, CalendarEvent, Kind, Mail, Person, Signal
from followupd.understand.confidence import NO_RULE, weigh
from followupd.understand.directory import named_addresses
from followupd.understand.extract import Facts, read_facts, thread_time, zone_context
from followupd.understand.forwarded import with_forwarded
from followupd.understand.gate_sets import forget_shipped
from followupd.understand.language import detect_language
from followupd.understand.people import domain_of, infer_me
from followupd.understand.phrases.common import HIRING_WORDS, JOB_NOUN, TITLE_WITHOUT_NOUN
from followupd.understand.phrases.languages import extended
from followupd.understand.prefilter import (
    Literals,
    PhraseTuple,
    admitted,
    first_match,
    flatten,
    forget_spellings,
    phrases,
)
from followupd.understand.quoted_thread import leans_on_quotes, quoted_context, with_quotes_noted
from followupd.understand.rules import (
    ASKS_FOR_TIME_CHECK,
    COMPILED,
    OTHER_APPLICATION_CHECK,
    RECEIPT_CHECK,
    REFERENCES_CHECK,
    SET_ASIDE,
    STATUS_SAID_CHECK,
    CompiledRule,
)
from followupd.understand.second_opinion import shipped_weights
from followupd.understand.senders import is_freemail, is_no_reply, is_role_mailbox
from followupd.understand.sentences import sentence_lines
from followupd.understand.thread import NO_CONTEXT, ThreadContext
from followupd.understand.triage import (
    account_notice,
    from_hiring_platform,
    relays_a_person,
    sent_by_an_ats,
)

MAX_TEXT_CHARS = 20_000  # rules read the first part of the text only: it is where news is
MAX_BARE_BODY = 300  # below this, an invite's body is bare and its description is read too
_HIRING = phrases(extended("HIRING_WORDS", HIRING_WORDS))
_JOB_TITLE = phrases((JOB_NOUN, TITLE_WITHOUT_NOUN))
_OR = re.compile(r"\s(?:or|ou|oder|o)\s")
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office"
    r"|abwesenheitsnotiz|r(?:é|e)ponse automatique|respuesta autom(?:á|a)tica)\b",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
# A subject about the user's own application, in the four languages (a job board's news of it).
_MY_APPLICATION_SUBJECT = re.compile(
    r"\b(?:your|ihre|deine|votre|ta|tu|su) (?:application|candidacy|bewerbung|candidature"
    r"|candidatura|postulaci[oó]n|solicitud)\b|\b(?:application|bewerbung|candidature|candidatura"
    r"|postulaci[oó]n) (?:submitted|received|sent|update|status|versendet|eingegangen|erhalten"
    r"|envoyée|reçue|transmise|enviada|recibida)\b",
    re.IGNORECASE,
)
_SIGNATURE_READ = 600  # a signature's first lines name the writer's trade
_LEISURE = re.compile(
    r"\b(?:dinner|drinks?|party|snacks|at mine|bbq|barbecue|biergarten|abendessen|grillen|feier"
    r"|dîner|apéro|(?<!en )(?<!de )soirée|chez moi|cena|cervezas?|en mi casa|fiesta)\b"
)
_HIRING_SIGNATURE = re.compile(
    r"\brecruit\w*|\btalent acquisition\b|\bhuman resources\b|\bexecutive search\b|\bheadhunt"
    r"\w*|\bpersonal(?:berat|dienst|vermittl|abteilung|referent|disponent)\w*|\brecrutement\b"
    # staffing and temp agencies
    r"|\bzeitarbeit\w*|\barbeitnehmerüberlassung\b|\bdisponent(?:in)?\b|\bstaffing\b"
    r"|\bemployment (?:business|agency)\b|\bintérim\b|\btravail temporaire\b"
    r"|\btrabajo temporal\b|\bpeople (?:&|and) culture\b|\bhr business partner\b"
    r"|\bressources humaines\b|\bchasseur de têtes\b|\breclutamiento\b|\brecursos humanos\b"
    r"|\bselección de personal\b|\bconsultora de selección\b|\bgestión humana\b"
    r"|\btalento humano\b"
)
_INTERVIEW_TITLE = re.compile(
    r"\b(?:interview|entretien|entrevue|entrevista|vorstellungsgespräch|bewerbungsgespräch"
    r"|kennenlerngespräch)",
    re.IGNORECASE,
)
# Words that say terms changed: "base up to €152,000", "95 €/h statt 92", "58 k au lieu de 55"
_REVISION = re.compile(
    r"\b(?:updated|revised|new|now|up to|increas\w*|improv\w*|rais\w*|stretch\w*|better"
    r"|(?:in the )?middle|halfway|erhöh\w*|angepasst\w*|überarbeitet\w*|neue[snr]?|jetzt|nun"
    r"|statt|mitte|au lieu de|revu\w*|nouve(?:au|lle)|mis à jour|relev\w*|mi-chemin|subi\w*"
    r"|nuev[oa]s?|ahora|en lugar de|mejor\w*|actualiz\w*|medio camino)\b"
)
# The news kept behind a log-in: "log in to see", "in Ihrem Kandidatenprofil einsehen", "rendez-vous
# dans votre espace candidat", "accede a tu cuenta de candidato"
# (a phrase table, gated like the rules' own: most mail never builds its sentences for it)
_LOGIN = phrases(
    (
        r"\b(?:log ?in|sign ?in|candidate (?:portal|account|profile)|einloggen|anmelden"
        r"|kandidatenprofil|bewerberportal|einsehen|espace candidat|connectez-vous|(?:accede|entra)"
        r" a tu (?:cuenta|perfil)|portal de (?:empleo|candidatos))\b",
    )
)
# What a revision changes, in the same sentence: money, or the paperwork ("updated the letter")
_TERMS = re.compile(
    r"\d|\b(?:letter|contract|offer|terms|vertrag\w*|angebot|unterlagen|promesse|contrat|offre"
    r"|lettre|carta|contrato|oferta|propuesta)\b"
)
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>]+")
_REPLY_SUBJECT = re.compile(r"\s*(?:re|fwd?|aw|wg|tr|rv|enc|sv|antw)\s*:", re.IGNORECASE)
# An answer's subject (not a forward's, which may carry news of its own: "Fwd: Your offer")
_ANSWER_SUBJECT = re.compile(r"\s*(?:re|aw|rv|sv|antw)\s*:", re.IGNORECASE)
_CANCEL_SUMMARY = re.compile(r"^\s*(?:cancel+ed|abgesagt|annul(?:é|e)|cancelad[oa])\b", re.I)


def normalise(text: str) -> str:
    """Lowercase, plain apostrophes, links removed (their words are no one's sentences), and
    texting spelled out ("can u do fri 9am?", "pls confirm tmrw"): the phrases read words."""
    if "http" in text or "www." in text:
        text = _LINK.sub(" ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").lower()
    if len(text) > MAX_TEXTING_CHARS or _TEXTING_GATE.search(text) is None:
        return text
    return _TEXTING.sub(_spelled, text)


MAX_TEXTING_CHARS = 1500  # texting is a short message's (and a long text is costly to scan)


# Texting words and what they spell; "u" only after a verb or a preposition ("can u", "for u":
# in Spanish "siete u ocho" it is "or").
_SPELLED = {
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "tmrrw": "tomorrow",
    "thru": "through",
    "thx": "thanks",
    "q": "que",  # (Spanish and French texting: "tenemos q mover", "je pense q"; not "q&a")
    "xq": "porque",
    "tjrs": "toujours",
    "qd": "quand",
    "dsl": "désolé",
    "bjr": "bonjour",
    "jmd": "jemand",
    "mñn": "mañana",
}
_TEXTING_GATE = re.compile(rf"\b(?:u|{'|'.join(_SPELLED)})\b")
_TEXTING = re.compile(
    r"(\b(?:can|could|would|will|do|are|r|thank|for|to|with|sent|send|see|let|tell|call|meet"
    rf"|ping|text|help|get|give|if) )u\b|\b({'|'.join(_SPELLED)})\b(?!&)"
)


def _spelled(found: re.Match[str]) -> str:
    return f"{found.group(1)}you" if found.group(1) else _SPELLED[found.group(2)]


def sentences(text: str) -> str:
    """`text` normalised, one sentence (or list item, or line) per line, hard wraps undone."""
    return sentence_lines(normalise(text))


class Message:
    """One mail as the rules see it: its sentences by place, and facts computed on demand."""

    def __init__(
        self,
        mail: Mail,
        me: frozenset[str],
        thread: ThreadContext = NO_CONTEXT,
        reader_zone: str | None = None,
    ) -> None:
        self.mail = mail
        self.me = me
        self.thread = thread
        self.reader_zone = reader_zone or ""
        self.text = mail.text[:MAX_TEXT_CHARS]
        self._joined: dict[str, str] = {}
        self._literals: dict[str, Literals] = {}
        self._flats: dict[str, str] = {}
        self._normals: dict[str, str] = {}
        self._facts: dict[str, bool] = {}
        self.vetoed: set[Kind] = set()  # kinds of the rules whose words a veto set aside
        self.headers = dict(reversed(mail.headers))  # first occurrence wins

    @cached_property
    def invite(self) -> CalendarEvent | None:
        return next((e for e in self.mail.events if _is_request(e) and e.start), None)

    @cached_property
    def cancellation(self) -> CalendarEvent | None:
        return next((e for e in self.mail.events if _is_cancel(e)), None)

    @cached_property
    def event(self) -> CalendarEvent | None:
        return self.cancellation or self.invite or next(iter(self.mail.events), None)

    @cached_property
    def times(self) -> list[TimeMention]:
        """The text's interview times; else the subject's, when it was written for this message
        ("Interview confirmation - Wed 14 Oct, 2:30pm AEDT"; a reply's subject is the thread's)."""
        sent = local_sent(self.mail)
        if sent is None:
            return []
        found = find_interview_times(self.text, sent, self.zones)
        subject = self.mail.envelope.subject
        if found or _REPLY_SUBJECT.match(subject):
            return found
        return find_interview_times(subject, sent, self.zones)

    @cached_property
    def zones(self) -> ZoneContext:
        return zone_context(self.mail, self.reader_zone)

    @cached_property
    def first_time(self) -> datetime | None:
        """The interview time this message states, or the one the user proposed in the thread."""
        if self.times:
            return self.times[0].start
        return thread_time(self.mail, self.thread)[0] if self.thread.about_an_interview else None

    @cached_property
    def day_mentions(self) -> tuple[tuple[str, date], ...]:
        """The days the text names, as they read in its normalised sentences, with the day."""
        sent = local_sent(self.mail)
        if sent is None:
            return ()
        return tuple(
            (" ".join(normalise(self.text[span.start : span.end]).split()), span.day)
            for span in find_days(self.text, sent)
        )

    @cached_property
    def time_texts(self) -> tuple[str, ...]:
        """The text's interview times as they read in its normalised sentences."""
        return tuple(" ".join(normalise(t.text).split()) for t in self.times)

    def joined(self, where: str) -> str:
        """The sentences of "subject", "text" or "all" (with invite texts), one per line."""
        if where not in self._joined:
            self._joined[where] = self._place(where)
        return self._joined[where]

    def literals(self, where: str) -> Literals:
        """The sentences of `where`, with what phrase gates have found in them so far; the
        sentences themselves are made only for a phrase whose gate lets its regex run."""
        if where not in self._literals:
            # "all" holds every word, but a subject it leaves out (_subject_repeats_thread)
            alone = where == "all" or (where == "subject" and self._subject_repeats_thread())
            wider = None if alone else self.literals("all")
            self._literals[where] = Literals(partial(self.joined, where), wider, self._flat(where))
        return self._literals[where]

    def _flat(self, where: str) -> str:
        """`joined(where)` flattened (prefilter.flatten) without splitting sentences, which
        only turns blanks into other blanks."""
        if where not in self._flats:
            if where in ("subject", "text"):
                flat = flatten(self._normal(where))
            else:
                flats = [self._flat("subject"), self._flat("text")]
                if self._subject_repeats_thread():
                    flats = flats[1:]
                if self.event is not None:
                    flats.append(flatten(normalise(self._invite_text())))
                flat = "".join(flat[:-1] for flat in flats) + " "  # flats joined by a blank
            self._flats[where] = flat
        return self._flats[where]

    def _normal(self, where: str) -> str:
        """The subject or the text normalised (made once: its flat form and its sentences
        are both made from it)."""
        if where not in self._normals:
            self._normals[where] = normalise(
                self.mail.envelope.subject if where == "subject" else self.text
            )
        return self._normals[where]

    def _place(self, where: str) -> str:
        if where in ("subject", "text"):
            return sentence_lines(self._normal(where))
        parts = [self.joined("subject"), self.joined("text")]
        if self._subject_repeats_thread():
            parts = parts[1:]
        if self.event is not None:
            parts.append(sentences(self._invite_text()))
        return "\n".join(parts)

    def _subject_repeats_thread(self) -> bool:
        """A reply's subject in a thread that already speaks of an interview: the subject
        says what the thread began with ("Re: Interview confirmed", "Re: please share your
        availability"), no news of this message."""
        return self.thread.about_an_interview and bool(
            _ANSWER_SUBJECT.match(self.mail.envelope.subject)
        )

    def _invite_text(self) -> str:
        # Invite mail repeats the description as its body; read it only when the body is bare.
        event = self.event
        assert event is not None
        described = len(self.text) < MAX_BARE_BODY
        return f"{event.summary}\n{event.description[:4000] if described else ''}"

    def release(self) -> None:
        """Forget the texts' gates: each refers back to this message (it makes its sentences
        on demand), and without the cycle reference counting frees both at once, not the
        garbage collector some time later."""
        self._literals.clear()

    def fact(self, name: str) -> bool:
        known = self._facts.get(name)
        if known is None:
            known = not self.fact(name[1:]) if name[0] == "!" else FACTS[name](self)
            self._facts[name] = known
        return known


def _is_request(event: CalendarEvent) -> bool:
    return event.method in {"REQUEST", "PUBLISH", ""} and event.status != "CANCELLED"


def _is_cancel(event: CalendarEvent) -> bool:
    return event.method == "CANCEL" or event.status == "CANCELLED"


def _auto_reply(msg: Message) -> bool:
    headers = msg.headers
    return (
        "auto-replied" in headers.get("auto-submitted", "").lower()
        or "x-autoreply" in headers
        or "x-autorespond" in headers
        or _AUTO_REPLY_SUBJECT.search(msg.mail.envelope.subject) is not None
    )


def _bulk(msg: Message) -> bool:
    return "list-unsubscribe" in msg.headers or _list_mail(msg)


def _list_mail(msg: Message) -> bool:
    """Sent to a mailing list (List-Id, or a bulk precedence), not merely unsubscribable:
    mail platforms add List-Unsubscribe to an ATS's invites too."""
    headers = msg.headers
    precedence = headers.get("precedence", "").strip().lower()
    return "list-id" in headers or precedence in _BULK_PRECEDENCE


def _internal(msg: Message) -> bool:
    """Everyone on the invite, the user included, works at the organizer's domain; or the
    organizer works where the user does (an address of the user's own at that domain): a
    colleague's invite, the user on the hiring side of an interview with someone else."""
    event = msg.event
    if event is None or event.organizer is None or not msg.me:
        return False
    domain = domain_of(event.organizer.address)
    people = {p.address for p in event.attendees} | set(msg.me & _recipients(msg.mail))
    colleague = not is_freemail(domain) and any(domain_of(a) == domain for a in msg.me)
    # (someone from outside, not the user, on a colleague's invite: the candidate)
    if colleague and any(domain_of(a) != domain and a not in msg.me for a in people):
        return True
    return bool(people) and all(domain_of(a) == domain for a in people)


def _recipients(mail: Mail) -> set[str]:
    return {p.address for p in (*mail.envelope.to, *mail.envelope.cc)}


def _hiring(msg: Message) -> bool:
    mail = msg.mail
    if msg.thread.hiring or msg.thread.known_employer or _recruiter_writes(mail):
        return True
    if _signed_by_hiring(mail) and not msg.fact("bulk") and not msg.fact("freemail_sender"):
        return True
    if sent_by_an_ats(mail) and not msg.fact("bulk"):
        return True
    if next(first_match(_JOB_TITLE, msg.literals("subject")), None):
        return True
    return next(first_match(_HIRING, msg.literals("all")), None) is not None


def _signed_by_hiring(mail: Mail) -> bool:
    """The writer signs as a recruiter, an agency or HR ("Sterngold Consulting GmbH –
    IT-Personaldienstleistungen", "Recruitment Consultant", "Gestión Humana"), and writes of no
    evening out or course (a recruiter's own dinner is not the user's interview)."""
    if _HIRING_SIGNATURE.search(mail.signature[:_SIGNATURE_READ].lower()) is None:
        return False
    return _LEISURE.search(mail.text[:MAX_TEXT_CHARS].lower()) is None


def _recruiter_writes(mail: Mail) -> bool:
    """A person (not a role mailbox) at a recruiting firm or platform writes: "Melanie Krause
    <melanie.krause@talentbruecke.example>" speaks of hiring though no word of hers says so."""
    sender = mail.envelope.sender
    return (
        sender is not None
        and from_hiring_platform(mail)
        and not is_no_reply(sender.address)
        and not is_role_mailbox(sender.address)
    )


def _from_user(msg: Message) -> bool:
    sender = msg.mail.envelope.sender
    return sender is not None and sender.address in msg.me


def _asks_about_a_time(msg: Message) -> bool:
    """A question naming a time ("How about Tuesday at 2pm?") or two times with an "or" between
    them ("Tuesday at 2pm or Wednesday at 10am"): times proposed, none fixed."""
    mentions = msg.time_texts
    for line in msg.joined("text").splitlines():
        named = [m for m in mentions if m in line]
        if not named:
            continue
        if line.rstrip().endswith("?") or _two_times_or(msg, line):
            return True
    return False


def _offers_a_choice(msg: Message) -> bool:
    """Two times, an "or" between them, in a sentence or the one after ("décaler au jeudi, même
    heure, ou au vendredi à 9h ?", "Thursday 12 March at 2pm? Or Friday 13 March at 9am"):
    times to choose from, not a move."""
    lines = msg.joined("text").splitlines()
    if not lines:  # (a mail that is all quote: no sentence of its own)
        return False
    return any(
        _two_times_or(msg, " ".join(pair)) for pair in zip(lines, [*lines[1:], ""], strict=True)
    )


def _choice_listed(msg: Message) -> bool:
    """Times on two days or more, each a list item of its own, in a message that asks the user
    for a time ("Folgende Zeitfenster könnten wir anbieten: – Mittwoch, 28. Januar, 10.00 Uhr
    – Donnerstag, ..."): slots to choose from, not a booking."""
    days: set[date] = set()
    for line in msg.joined("text").splitlines():
        if _LIST_ITEM.match(line):
            days.update(
                t.start.date()
                for t, said in zip(msg.times, msg.time_texts, strict=True)
                if said in line
            )
    return len(days) > 1 and _matching_sentence(ASKS_FOR_TIME_CHECK, msg) is not None


def _two_times_or(msg: Message, text: str) -> bool:
    """Two times or days in `text`, distinct, with an "or" between them ("jeudi 16 avril, même
    heure, ou vendredi 17 avril à 9h"; one time written in two zones is one: "14h heure de Paris
    (8h à Montréal)")."""
    slots = [  # (where each ends: a mention may run over the one before, "2pm ET or 4pm ET")
        (text.find(shown) + len(shown), slot)
        for shown, slot in (
            *zip(msg.time_texts, (t.start for t in msg.times), strict=True),
            *msg.day_mentions,
        )
        if shown in text
    ]
    slots.sort(key=lambda item: item[0])
    return any(
        a_at < b_at and _differ(a, b) and _OR.search(text, a_at, b_at) is not None
        for (a_at, a), (b_at, b) in combinations(slots, 2)
    )


def _differ(a: datetime | date, b: datetime | date) -> bool:
    """Two slots that differ: two times, or two days (a time and its own day do not)."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a != b
    day_a = a.date() if isinstance(a, datetime) else a
    day_b = b.date() if isinstance(b, datetime) else b
    return day_a != day_b


def _new_time(msg: Message) -> bool:
    """A time stated (or proposed by the user) that is not the one the thread fixed."""
    fixed, stated = msg.thread.interview_start, msg.first_time
    return fixed is not None and stated is not None and stated != fixed


def _off_agreed_time(msg: Message) -> bool:
    """A time stated that is not the one the user agreed to in the thread."""
    agreed, stated = msg.thread.user_agreed, msg.first_time
    return agreed is not None and stated is not None and stated != agreed


def _updated_invite(msg: Message) -> bool:
    """An invite sent again, changed, at another time than the one its thread fixed (a new
    room or panel at the same time moves nothing)."""
    invite, fixed = msg.invite, msg.thread.interview_start
    return invite is not None and invite.sequence > 0 and (fixed is None or invite.start != fixed)


# In order of cost: a rule's facts are tested in this order, and the first false one ends it.
FACTS: dict[str, Callable[[Message], bool]] = {
    "from_user": _from_user,
    "auto_reply": _auto_reply,
    "bulk": _bulk,
    "list_mail": _list_mail,
    # a calendar entry published to whoever reads it (METHOD:PUBLISH), not a meeting request
    "published_event": lambda msg: any(e.method.upper() == "PUBLISH" for e in msg.mail.events),
    "account_notice": lambda msg: account_notice(msg.mail),
    "my_application_subject": lambda msg: (
        _MY_APPLICATION_SUBJECT.search(msg.mail.envelope.subject) is not None
    ),
    # Mail to the user alone, or list mail about their application or relaying a person's words.
    "news_to_me": lambda msg: (
        not msg.fact("bulk") or msg.fact("my_application_subject") or relays_a_person(msg.mail)
    ),
    "invite": lambda msg: msg.invite is not None,
    "cancel_invite": lambda msg: (
        msg.cancellation is not None
        or bool(msg.invite and _CANCEL_SUMMARY.search(msg.invite.summary))
    ),
    "any_invite": lambda msg: bool(msg.mail.events),
    # the subject or an invite's title calls it an interview ("Interview: ...", "Entretien")
    "interview_named": lambda msg: any(
        _INTERVIEW_TITLE.search(title)
        for title in (
            *(e.summary or "" for e in msg.mail.events),
            "" if _REPLY_SUBJECT.match(msg.mail.envelope.subject) else msg.mail.envelope.subject,
        )
    ),
    "recurring_invite": lambda msg: any(event.recurring for event in msg.mail.events),
    "updated_invite": _updated_invite,
    "internal": _internal,
    "freemail_sender": lambda msg: bool(
        msg.mail.envelope.sender and is_freemail(domain_of(msg.mail.envelope.sender.address))
    ),
    "withdrawn": lambda msg: msg.thread.withdrawn,
    # The thread went past a receipt: an interview asked for or fixed, a decision, a withdrawal.
    "thread_past_receipt": lambda msg: (
        msg.thread.about_an_interview or msg.thread.closed or msg.thread.withdrawn
    ),
    "thread_offered": lambda msg: msg.thread.offered,
    "points_to_login": lambda msg: (
        next(first_match(_LOGIN, msg.literals("text")), None) is not None
    ),
    # (after points_to_login: FACTS order is the order a rule's needs are read in, cheap first)
    "status_said": lambda msg: _matching_sentence(STATUS_SAID_CHECK, msg) is not None,
    "revision_said": lambda msg: any(
        _REVISION.search(line) and _TERMS.search(line) for line in msg.joined("text").splitlines()
    ),
    "thread_asked": lambda msg: msg.thread.asked_for_time and not msg.thread.closed,
    "thread_fixed": lambda msg: msg.thread.interview_start is not None and not msg.thread.closed,
    "thread_agreed": lambda msg: msg.thread.user_agreed is not None and not msg.thread.closed,
    "thread_moving": lambda msg: msg.thread.moving is not None and not msg.thread.closed,
    "hiring": _hiring,
    "receipt": lambda msg: _matching_sentence(RECEIPT_CHECK, msg) is not None,
    "other_application": lambda msg: _matching_sentence(OTHER_APPLICATION_CHECK, msg) is not None,
    "time": lambda msg: bool(msg.times),
    # One day named: one interview (an onsite's agenda has several times, all that day).
    "one_day": lambda msg: len({t.start.date() for t in msg.times}) == 1,
    "timed": lambda msg: msg.first_time is not None,
    "new_time": _new_time,
    "offers_a_choice": _offers_a_choice,
    "choice_listed": _choice_listed,
    "off_agreed_time": _off_agreed_time,
    "asks_for_time": lambda msg: (
        _matching_sentence(ASKS_FOR_TIME_CHECK, msg) is not None or _asks_about_a_time(msg)
    ),
}


def _matching_sentence(rule: CompiledRule, msg: Message) -> str | None:
    """The words of the first phrase match whose sentence no `unless` pattern vetoes (and,
    for rules that want one, with a stated time near enough)."""
    assert rule.phrases is not None
    unless, within = rule.unless, rule.rule.time_within
    literals = msg.literals(rule.rule.where)
    vetoes: list[re.Pattern[str]] | None = None  # the `unless` phrases the text may hold
    for found in first_match(rule.phrases, literals):
        text = literals.text
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = end if end >= 0 else len(text)
        if unless is not None:
            if vetoes is None:
                vetoes = [item.regex for item in admitted(unless, literals)]
            veto = next((v for v in vetoes if v.search(text, start, end)), None)
            if veto is not None:
                if rule.rule.kind in TIMED_KINDS or veto.pattern in SET_ASIDE:
                    msg.vetoed.add(rule.rule.kind)
                continue
        if within is not None and not _time_near(msg, text, start, end, within):
            continue
        return found.group(0)
    return None


def _time_near(msg: Message, text: str, start: int, end: int, within: int) -> bool:
    """Whether one of the text's interview times is written in text[start:end] (a sentence)
    or within `within` sentences before or after it."""
    for _ in range(within):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        after = text.find("\n", end + 1) if end < len(text) else -1
        end = after if after >= 0 else len(text)
    window = " ".join(text[start:end].split())  # a time may run over a line ("Date: ...")
    return any(mention in window for mention in msg.time_texts)


def _cheap_first(needs: frozenset[str]) -> tuple[str, ...]:
    """A rule's facts in FACTS order, cheapest first ("hiring" before the time facts)."""
    rank = {name: index for index, name in enumerate(FACTS)}
    return tuple(sorted(needs, key=lambda name: rank[name.lstrip("!")]))


_NEEDS = tuple(_cheap_first(rule.rule.needs) for rule in COMPILED)


def first_rule(msg: Message) -> tuple[CompiledRule | None, str]:
    """The first rule of the table that fires, and the words that fired it."""
    fact = msg.fact
    for rule, needs in zip(COMPILED, _NEEDS, strict=True):
        for name in needs:  # (a plain loop: this runs for every rule of every message)
            if not fact(name):
                break
        else:
            if rule.phrases is None:
                return rule, ""
            words = _matching_sentence(rule, msg)
            if words is not None:
                return rule, words
    return None, ""


def phrase_tables() -> tuple[PhraseTuple, ...]:
    """Every phrase table the classifier reads."""
    checks = (
        ASKS_FOR_TIME_CHECK,
        RECEIPT_CHECK,
        REFERENCES_CHECK,
        OTHER_APPLICATION_CHECK,
        *COMPILED,
    )
    tables = (
        _HIRING,
        _JOB_TITLE,
        _LOGIN,
        *(r.phrases for r in checks),
        *(r.unless for r in checks),
    )
    return tuple(table for table in tables if table is not None)


def prepare_classifier() -> None:
    """Make every phrase gate now and read the second opinion's weights (both are otherwise
    made on first use): before forking helpers, so that each does not make them again."""
    for table in phrase_tables():
        table.candidates(frozenset())
    forget_shipped()
    forget_spellings()
    shipped_weights()


def classify(
    mail: Mail,
    me: frozenset[str] = frozenset(),
    thread: ThreadContext = NO_CONTEXT,
    *,
    reader_zone: str | None = None,
) -> Signal:
    """What `mail` means for the user's job search; `me`: the user's lowercase addresses;
    `thread`: what the earlier messages of its thread established (thread.py); `reader_zone`:
    the user's IANA zone, when known (a time whose zone the mail leaves open may be in it:
    the signal's `latest_end` then allows for it). The rules' reading, weighed with the
    learned second opinion (confidence.py)."""
    me = frozenset(a.lower() for a in me) or infer_me(mail)
    msg = Message(mail, me, thread, reader_zone)
    try:
        signal = read_by_rules(msg)
        if thread == NO_CONTEXT and _settles_nothing(signal, msg):
            again = _read_with_quotes(mail, me, reader_zone)
            if again is not None:
                return again
        if _relays_nothing_yet(signal, msg):
            relayed = _read_with_forwarded(mail, me, thread, reader_zone)
            if relayed is not None:
                return relayed
        return weigh(signal, msg, partial(_read_as, msg))
    finally:
        msg.release()


def _speaks_of_hiring(mail: Mail, me: frozenset[str]) -> bool:
    msg = Message(mail, me, NO_CONTEXT, None)
    try:
        return msg.fact("hiring")
    finally:
        msg.release()


# A reading its thread could change: none, or a time asked about, which in a thread that fixed
# an interview is a move ("on peut décaler à 15h ?").
_OPEN_READINGS = (NO_RULE, "a time asked about, not fixed")


def _relays_nothing_yet(signal: Signal, msg: Message) -> bool:
    """No rule read the message, which quotes what may be a forward, and is no one's own."""
    return (
        signal.kind is Kind.OTHER
        and signal.evidence[:1] == (NO_RULE,)
        and bool(msg.mail.quoted)
        and not msg.fact("from_user")
        and not msg.fact("bulk")
    )


def _read_with_forwarded(
    mail: Mail, me: frozenset[str], thread: ThreadContext, reader_zone: str | None
) -> Signal | None:
    """The message read with the text of the message it forwards (forwarded.py), when that
    reading names a kind; else None."""
    whole = with_forwarded(mail, me)
    if whole is None:
        return None
    signal = classify(whole, me, thread, reader_zone=reader_zone)
    if signal.kind is Kind.OTHER:
        return None
    return replace(signal, evidence=(*signal.evidence, "read with the message it forwards"))


def _settles_nothing(signal: Signal, msg: Message) -> bool:
    """No rule read the message, or only as a question about a time, and it answers quoted
    mail in few words of someone else's."""
    return (
        signal.kind in (Kind.OTHER, Kind.INTERVIEW_REQUEST)
        and signal.evidence[:1] != ()
        and signal.evidence[0].startswith(_OPEN_READINGS)
        and leans_on_quotes(msg.mail)
        and not msg.fact("from_user")
        and not msg.fact("bulk")
    )


def _read_with_quotes(mail: Mail, me: frozenset[str], reader_zone: str | None) -> Signal | None:
    """The message read again in the context its quoted history leaves (quoted_thread.py),
    when that context is about the job search and the reading names a kind; else None."""
    context = quoted_context(
        mail,
        me,
        lambda piece: classify(piece, me, reader_zone=reader_zone),
        lambda piece: _speaks_of_hiring(piece, me),
    )
    if not (context.hiring or context.about_an_interview):
        return None
    signal = classify(mail, me, context, reader_zone=reader_zone)
    return None if signal.kind is Kind.OTHER else with_quotes_noted(signal)


def read_by_rules(msg: Message) -> Signal:
    """What the rule table alone says of `msg`."""
    rule, words = first_rule(msg)
    if rule is None:
        references = _references(msg)
        evidence = (NO_RULE, *references)
        return Signal(Kind.OTHER, evidence, people=_named(msg), asks_references=bool(references))
    kind = rule.rule.kind
    reason = f'{rule.rule.name}: "{words[:80]}"' if words else rule.rule.name
    if kind is Kind.OTHER:
        return _other(msg, rule, reason)
    return _read_as(msg, kind, reason)


def _read_as(msg: Message, kind: Kind, reason: str) -> Signal:
    if kind is Kind.INTERVIEW_SCHEDULED and msg.thread.called_off:
        kind, reason = (
            Kind.INTERVIEW_RESCHEDULED,
            f"{reason}; booked again after the thread's cancellation",
        )
    facts = read_facts(
        kind, msg.mail, msg.me, msg.event, lambda: msg.times, thread=msg.thread, zones=msg.zones
    )
    signal = _signal(kind, reason, facts, _language(msg.mail))
    references = _references(msg)
    if not references:
        return signal
    return replace(signal, evidence=(*signal.evidence, *references), asks_references=True)


def _other(msg: Message, rule: CompiledRule, reason: str) -> Signal:
    """Mail of no hiring kind: automated or not, what the user's own message does, whether the
    employer asks for references."""
    automated = rule.rule.name in AUTOMATED_RULES
    # a time the user proposes or accepts: the thread's next message may confirm it
    proposed = msg.times[0].start if msg.fact("from_user") and msg.times else None
    people = () if automated else _named(msg)
    references = () if automated else _references(msg)
    return Signal(
        Kind.OTHER,
        (reason, *references),
        automated=automated,
        interview_start=proposed,
        people=people,
        user_act=rule.rule.act,
        asks_references=bool(references),
    )


def _references(msg: Message) -> tuple[str, ...]:
    """The evidence that the employer asks for the user's references, if it does."""
    if msg.fact("from_user"):
        return ()
    words = _matching_sentence(REFERENCES_CHECK, msg)
    return () if words is None else (f'{REFERENCES_CHECK.rule.name}: "{words[:80]}"',)


def _named(msg: Message) -> tuple[Person, ...]:
    """People a reply in a hiring thread names with an address (a panel's addresses)."""
    return tuple(named_addresses(msg.mail, msg.me)) if msg.thread.hiring else ()


def _language(mail: Mail) -> str:
    return detect_language(f"{mail.envelope.subject}\n{mail.text}")


def _signal(kind: Kind, reason: str, facts: Facts, language: str) -> Signal:
    return Signal(
        language=language,
        kind=kind,
        evidence=(reason, *facts.evidence),
        interview_start=facts.start,
        interview_end=facts.end,
        interviewers=facts.interviewers,
        decision_by=facts.decision_by,
        company=facts.company,
        role=facts.role,
        contact=facts.contact,
        calendar_uid=facts.calendar_uid,
        calendar_sequence=facts.calendar_sequence,
        reply_by=facts.reply_by,
        latest_end=facts.latest_end,
        length_minutes=facts.length_minutes,
        sessions=facts.sessions,
        coordinator=facts.coordinator,
        people=facts.people,
        employer_domain=facts.employer_domain,
    )


__all__ = [
    "FACTS",
    "Message",
    "classify",
    "first_rule",
    "phrase_tables",
    "prepare_classifier",
    "read_by_rules",
    "sentences",
]
