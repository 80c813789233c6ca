"""Who is who in a hiring message: the user, the people they meet, the human to answer.

- The user: the given addresses; else Delivered-To / X-Original-To; else the recipients who are
  not at the sender's domain (a candidate is outside the employer), else all of To.
- Interviewers from an invite: attendees other than the user (rooms are already gone). The
  organizer counts when nobody else is invited (a recruiter or manager booking their own
  call), when the text says the writer takes part ("me and Ines"), or when the text gives
  them a team title ("Engineering Manager") and no recruiting one; otherwise an organizer who
  invites others is taken for a coordinator.
- Interviewers from prose: addresses written in sentences about meeting, not about contacting
  or logistics, plus the writer when the text says they take part; each named by the header
  or calendar name for that address, else the name written just before it when it fits the
  address ("Raj Iyer (raj.iyer@...)").
- An attendee whose name the text gives a coordinating title is dropped, unless no one is left.
- The contact: Reply-To when it names a person, else the sender unless it is a no-reply,
  notification or ATS address, else the first person's address in the text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from followupd.model import CalendarEvent, Mail, Person
from followupd.understand.names import given_name
from followupd.understand.phrases.common import (
    FIRST_PERSON_INTERVIEWER,
    JOB_NOUN,
    WRITER_MEETS_YOU,
    WRITER_OWNS_MEETING,
)
from followupd.understand.senders import (
    is_role_mailbox,
    is_shared_mailbox,
    is_third_party_domain,
)
from followupd.understand.sentences import split_sentences

_ADDRESS = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.ASCII)
MAX_TEXT_CHARS = 20_000  # what is read for people and titles: the news is at the top
_ROLE_LOCAL = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon"
    r"|postmaster|bounces?|jobs?|careers?|recruit(?:ing|ment|er)?s?|talent|hr|hiring|apply"
    r"|applications?|info|hello|team|support|news(?:letter)?|surveys?|sessions?|system"
    r"|automated|updates?|calendar|events?|admin|contact|office|people|service|mail)(?:[-_+].*)?$"
    r"|no-?reply|notification|donotreply|do-not-reply|mailer|bounce",
)
_CONTACT_WORDS = re.compile(
    r"\b(?:contact|reach|questions?|(?:to|need to|want to) reschedule|reply|logistics|send"
    r"|e-?mail (?:me|us)|"
    r"coordinat\w*|kontakt|fragen|r(?:é|e)pondre|contacta\w*)\b",
    re.IGNORECASE,
)
# Someone else the message says takes part: "with Martin", "works for Raj", "Kelsey will send
# the invite" (not "mit", "für": German writes every noun capitalised, "mit Meet-Link")
_NAME = (
    r"(?<![\w'-])([A-ZÀ-Ý][\wÀ-ÿ]*(?:['-][\wÀ-ÿ]+)*+)"  # "O'Brien", "Anne-Marie"; no backtracking
)
_SOMEONE_NAMED = re.compile(
    rf"\b(?:with|for|avec|pour|con|para) {_NAME}|{_NAME} (?:will|wird|va)\b"
    # someone by title: "Herr Kessler ist krank", "M. Garnier sera absent" (not "4:30 P.M.")
    rf"|\b(?:Herr|Frau|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|(?<![.\w])M\.|Mme|Sr\.|Sra\.|Don|Doña) {_NAME}"
)
# The writer says they join: "I'll join too", "will join us", "and myself", "neben mir",
# "moi-même", "y yo misma", "te entrevistaremos".
_WRITER_JOINS = (  # lowercase: run on lowercased text (faster than IGNORECASE)
    r"\b(?:i'll|i will|i'm|i am|we'll|we will)(?: also| both)?(?: be)?"
    r" (?:join(?:ing)?|sit(?:ting)? in|on the (?:call|panel)|in the (?:room|interview)"
    r"|tak(?:e|ing) part|participat\w*)\b"
    r"|\bjoin(?:ing)? us\b|\b(?:and|&) myself\b|\bmyself and\b|\bneben mir\b"
    r"|\b(?:alongside|along with|together with) me\b|\bzusammen mit mir\b|\bjunto a mí\b"
    # the writer last in a list of the people met: "with Dr Yilmaz and me", "avec Amandine et moi"
    r"|\b(?:with|mit|avec|con|panel|jury|tribunal) [^\n;:]{2,100}?\b(?:and|&|und|et|y) (?:me|mir"
    r"|moi|conmigo)\b(?! know)"
    r"|\bich (?:bin|werde)(?: auch| ebenfalls)? (?:dabei|teilnehmen)\b|\bmoi-m(?:ê|e)me\b"
    r"|\bje (?:serai|participerai)(?: également| aussi)?(?: présente?)?\b|\by yo mism[oa]\b"
    r"|\bte entrevistaremos\b|\b(?:la|lo) haremos\b|\bestaremos\b"
)
# The writer says they will not be there: "Je ne serai pas présente moi-même", "I won't be
# joining myself", "ich selbst bin nicht dabei", "yo no estaré".
_STAYS_AWAY = re.compile(
    r"\b(?:je ne (?:serai|pourrai|participerai|suis)|i (?:won't|will not|can't|cannot|am not)"
    r"|i'm not|i'll not|ich (?:selbst )?(?:bin|werde|kann)(?: selbst)? (?:\w+ )?nicht"
    r"|yo no|no (?:estaré|podré|participaré|voy a estar)|not (?:be )?(?:there|joining|attending"
    r"|present|on the call))"
)
# A call that will bring news, not the interview: "en cuanto la tenga te llamo", "I'll call
# you as soon as I hear back", "dès que j'ai leur retour, je vous appelle".
_NEWS_CALL = re.compile(
    r"\b(?:as soon as|once|when|the moment|en cuanto|cuando|apenas|dès que|quand|sobald|wenn"
    r"|sowie)\b[^.!?\n]{0,60}(?:\b(?:hear back|hear from|their decision|the decision|news"
    r"|feedback|an answer|the answer|(?:la|su|una) respuesta|noticias|novedades|(?:leur|une|la)"
    r" (?:réponse|décision)|leur retour|(?:eine|die) (?:rückmeldung|antwort|entscheidung)|mehr"
    r" weiß)\b|\b(?:la|lo) (?:tenga|sepa|reciba)\b)"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` around position `at`."""
    start = max(
        (m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, at - 300), at)),
        default=max(0, at - 300),
    )
    after = _SENTENCE_BREAK.search(text, at)
    return text[start : after.start() if after else len(text)]


_COORDINATOR = re.compile(
    r"\b(?:coordinat\w*|coordinador\w*|koordinat\w*|scheduler|scheduling|terminplanung"
    r"|assistant\w*|assistenz\w*|asistente)\b",
    re.IGNORECASE,
)
_RECRUITING_TITLE = re.compile(
    r"\b(?:coordinat\w*|schedul\w*|organi[sz]ed by|assistant|recruit\w*|talent|people (?:ops"
    r"|operations|team|partner)|human resources|hr)\b",
    re.IGNORECASE,
)
_TEAM_TITLE = re.compile(JOB_NOUN + r"|\b(?:head of|vp|cto|ceo|founder|co-founder|lead)\b", re.I)
_NAME_BEFORE = re.compile(
    r"((?:[A-ZÀ-Ý][\w'À-ÿ-]+ ){1,3}[A-ZÀ-Ý][\w'À-ÿ-]+)(?:,[^,(<\n]{0,60})?\s*[(<]?\s*$"
)
NAME_LINE = re.compile(r"^(?:[A-ZÀ-Ý][\w'À-ÿ.-]+ ){1,3}[A-ZÀ-Ý][\w'À-ÿ-]+$")


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()


def addresses_in(text: str) -> list[str]:
    if "@" not in text:
        return []
    return [a.lower().rstrip(".") for a in _ADDRESS.findall(text[:MAX_TEXT_CHARS])]


def infer_me(mail: Mail) -> frozenset[str]:
    delivered = [v for k, v in mail.headers if k in {"delivered-to", "x-original-to"}]
    found = frozenset(a for value in delivered for a in addresses_in(value))
    if found:
        return found
    sender = mail.envelope.sender
    recipients = [p.address for p in (*mail.envelope.to, *mail.envelope.cc)]
    if sender is not None:
        outside = [a for a in recipients if domain_of(a) != domain_of(sender.address)]
        if outside:
            return frozenset(outside)
    return frozenset(p.address for p in mail.envelope.to)


def is_person_address(address: str) -> bool:
    return _ROLE_LOCAL.search(address.partition("@")[0].lower()) is None


def is_person_sender(mail: Mail) -> bool:
    sender = mail.envelope.sender
    if sender is None or not is_person_address(sender.address):
        return False
    if " via " in sender.name.lower():
        return False
    return mail.header("auto-submitted") in (None, "no")


def _writer_takes_part(mail: Mail, writer: Person | None) -> bool:
    """The text says its writer joins the interview: in so many words ("I'll join too"), or
    in the first person ("with me", "our call") when the writer is no coordinator."""
    if writer is None:
        return False
    text = mail.text[:MAX_TEXT_CHARS]
    joins, first_person, meets_you = _writer_words(text)
    if joins:
        return True
    if not first_person and not (meets_you and not _names_someone_else(mail, text, writer)):
        return False
    return not any(_COORDINATOR.search(line) for line in _title_lines(mail, writer))


@lru_cache(maxsize=8)
def _writer_words(text: str) -> tuple[bool, bool, bool]:
    """Whether `text` says its writer joins, whether it speaks of the interview in the first
    person, and whether its writer says they will see the candidate (asked for each writer of
    a message: read once)."""
    low = text.lower()
    joins, first_person, meets_you = _writer_patterns()
    return (
        any(
            not _STAYS_AWAY.search(_sentence_at(low, found.start()))
            for found in joins.finditer(low)
        ),
        any(
            not _NEWS_CALL.search(_sentence_at(low, found.start()))
            for found in first_person.finditer(low)
        ),
        bool(meets_you.search(low)),
    )


@lru_cache(maxsize=1)
def _writer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """_WRITER_JOINS, FIRST_PERSON_INTERVIEWER and WRITER_MEETS_YOU, made on first use."""
    return _grouped(_WRITER_JOINS), _grouped(FIRST_PERSON_INTERVIEWER), _grouped(WRITER_MEETS_YOU)


def _grouped(pattern: str) -> re.Pattern[str]:
    """`pattern` with its \\b-led alternatives grouped by first letter (one scan of the text,
    not one per alternative: re tries a \\b-led pattern at every position). Imported here,
    on first use: the dates package is slow to load, and most commands read no mail."""
    from followupd.dates import by_first_letter, split_alternatives

    alternatives = split_alternatives(pattern)
    led = [a.removeprefix(r"\b") for a in alternatives if a.startswith(r"\b")]
    others = [a for a in alternatives if not a.startswith(r"\b")]
    return re.compile("|".join([rf"\b{by_first_letter(led)}", *others]))


def _names_someone_else(mail: Mail, text: str, writer: Person) -> bool:
    """The text gives someone but its writer an address, or names another person with the
    candidate or doing something ("checked with Martin", "Kelsey will send the invite"), or by
    title ("Herr Kessler ist krank"; not the candidate greeted, "Sehr geehrte Frau Hartmann")."""
    if any(address != writer.address for address in addresses_in(text)):
        return True
    own = {word.lower() for word in writer.name.split()}
    # the candidate greeted ("Sehr geehrter Herr Lee"), by the name or the address To gives
    own |= {word.lower() for person in mail.envelope.to for word in person.name.split()}
    own |= {
        part
        for person in mail.envelope.to
        for part in re.split(r"[._+-]", person.address.partition("@")[0].lower())
    }
    if any(
        next(name for name in found.groups() if name).lower() not in own | _NOT_NAMES
        for found in _SOMEONE_NAMED.finditer(text)
    ):
        return True
    return _names_an_attendee(mail, text, writer)


def _names_an_attendee(mail: Mail, text: str, writer: Person) -> bool:
    """The text names another of the invitation's attendees by their first name ("Jorge
    vuelve antes de lo previsto y le encaja el jueves")."""
    mine = {person.address for person in mail.envelope.to}
    for event in mail.events:
        for person in event.attendees:
            if person.address in (writer.address, *mine) or not person.name:
                continue
            first = person.name.split()[0].strip(",.'\"")
            if len(first) > 2 and re.search(rf"\b{re.escape(first)}\b", text):
                return True
    return False


# Capitalised words _SOMEONE_NAMED takes for names that are none
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """i we you it this that there they he she it's which who the our your my us
        monday tuesday wednesday thursday friday saturday sunday zoom teams meet google
        microsoft""",
    )
)


def takes_part(mail: Mail, person: Person) -> bool:
    """The text says `person` (who wrote or organised it) joins the interview."""
    return _writer_takes_part(mail, person)


def writer_owns_the_meeting(mail: Mail) -> list[Person]:
    """The writer, when the text names the meeting as theirs ("unser Gespräch am Freitag",
    "our 3pm"), names nobody else and gives them no coordinating title: a last resort, where
    neither the message nor its thread names who the candidate meets."""
    sender = mail.envelope.sender
    if (
        sender is None
        or not is_person_sender(mail)
        or is_role_mailbox(sender.address)
        or is_third_party_domain(sender.address.rpartition("@")[2])  # a platform relays it
    ):
        return []
    text = mail.text[:MAX_TEXT_CHARS]
    if _writer_owns().search(text.lower()) is None or _names_someone_else(mail, text, sender):
        return []
    if any(_COORDINATOR.search(line) for line in _title_lines(mail, sender)):
        return []
    return [Person(sender.address, name_for(sender.address, mail))]


@lru_cache(maxsize=1)
def _writer_owns() -> re.Pattern[str]:
    return re.compile(WRITER_OWNS_MEETING)  # (a last resort: read seldom, made on first use)


def coordinates(mail: Mail, person: Person) -> bool:
    """The text or signature gives `person` a coordinating title ("Recruiting Coordinator")."""
    return any(_COORDINATOR.search(line) for line in _title_lines(mail, person))


def _organizer_interviews(mail: Mail, organizer: Person) -> bool:
    """An organizer who invited others joins them if they say so, if the text names them among
    the people met ("Échange avec Bastien et Amandine"), or if they hold a non-hiring title."""
    if _writer_takes_part(mail, organizer) or _named_among_met(mail, organizer):
        return True
    titles = _title_lines(mail, organizer)
    if any(_RECRUITING_TITLE.search(line) for line in titles):
        return False
    return any(_TEAM_TITLE.search(line) for line in titles)


_MET_WITH = re.compile(r"\b(?:with|avec|mit|con)\b[^\n.;:?!]{0,100}", re.IGNORECASE)


def _named_among_met(mail: Mail, person: Person) -> bool:
    """The text names `person` (first name or full name) in a "with ..." list."""
    return _named_in(_MET_WITH, mail, person)


def _named_in(lists: re.Pattern[str], mail: Mail, person: Person) -> bool:
    """The text names `person` by their given name in one of the spans `lists` finds."""
    first = given_name(person.name)
    if len(first) < 3:
        return False
    found = re.compile(rf"\b{re.escape(first)}\b")
    return any(found.search(m.group()) for m in lists.finditer(mail.text[:MAX_TEXT_CHARS]))


# "with Priya (cc'd) and me", "mit Jonas Albrecht (Head of Product, in CC) und mir", "avec
# Hugo (en copie) et moi", "con Lucía (en copia) y conmigo": a list of the people met that
# ends with the writer
_WITH_THE_WRITER = re.compile(
    r"\b(?:with|avec|mit|con)\b[^\n.;:?!]{0,80}?\b(?:and|&|und|et|y) (?:me|myself|mir|moi|conmigo"
    r"|yo)\b",
    re.IGNORECASE,
)


# (who referred the user is no one they meet: "a great chat with Maria (cc'd), who referred you")
_REFERRED = re.compile(
    r"\b(?:referr\w*|recommend\w*|introduc\w*|told me about|empfohlen|vorgestellt|recommandé\w*"
    r"|présenté\w*|recomend\w*|present(?:ó|ado))\b",
    re.IGNORECASE,
)


def _named_with_the_writer(mail: Mail, person: Person) -> bool:
    return _named_in(_WITH_THE_WRITER, mail, person)


def _title_lines(mail: Mail, writer: Person) -> list[str]:
    """The signature, and lines of the text that hold or follow the writer's name."""
    found = [mail.signature[:2000]]
    names = {writer.name, writer.name.split(" ")[0]} - {""}
    lines = mail.text[:MAX_TEXT_CHARS].splitlines()
    for index, line in enumerate(lines):
        if any(name in line for name in names):
            found += lines[index : index + 2]
    return found


def invite_interviewers(event: CalendarEvent, mail: Mail, me: frozenset[str]) -> list[Person]:
    organizer = event.organizer
    people = [p for p in event.attendees if p.address not in me and not is_shared_mailbox(p)]
    others = [p for p in people if organizer is None or p.address != organizer.address]
    if not others:
        usable = organizer and organizer.address not in me and is_person_address(organizer.address)
        return [organizer] if organizer and usable else []
    in_invite = organizer is not None and any(p.address == organizer.address for p in people)
    # an organizer the text says joins is met, listed as an attendee or not (Outlook omits them)
    joins = (
        organizer is not None
        and organizer.address not in me
        and not in_invite
        and _writer_takes_part(mail, organizer)
    )
    if organizer and (in_invite or joins) and _organizer_interviews(mail, organizer):
        others = [*others, organizer]
    meeting = [p for p in others if not _titled_coordinator(mail, p)]
    return meeting or others


def _titled_coordinator(mail: Mail, person: Person) -> bool:
    """The text gives this person a coordinating title ("Ann Lee, Recruiting Coordinator")."""
    if not person.name or " " not in person.name:
        return False
    return any(person.name in line and _COORDINATOR.search(line) for line in mail.text.splitlines())


def prose_interviewers(mail: Mail, me: frozenset[str]) -> list[Person]:
    sender = mail.envelope.sender
    own = sender.address if sender else ""
    found: dict[str, str] = {}  # address -> name written before it
    for line in split_sentences(mail.text[:MAX_TEXT_CHARS]):
        if "@" not in line or _CONTACT_WORDS.search(line):
            continue  # (no address, or one to contact: the costlier test second)
        for address in addresses_in(line):
            if address not in me and address != own and is_person_address(address):
                found.setdefault(address, written_name(line, address))
    for person in mail.envelope.cc:
        # a colleague copied in and named with the writer among the people met ("avec Hugo (en
        # copie) et moi"), not a coordinator or a referrer ("Maria in cc will send the invite")
        if (
            person.address not in me
            and person.address not in (own, *found)
            and domain_of(person.address) == domain_of(own)
            and is_person_address(person.address)
            and (
                _named_with_the_writer(mail, person)
                or (_named_among_met(mail, person) and _writer_takes_part(mail, sender))
            )
            and not _REFERRED.search(mail.text[:MAX_TEXT_CHARS])
        ):
            found[person.address] = person.name
    if sender and is_person_sender(mail) and _writer_takes_part(mail, sender):
        found.setdefault(own, "")
    return [Person(a, name_for(a, mail, written)) for a, written in found.items()]


def written_name(line: str, address: str) -> str:
    """The name written just before `address` ("Raj Iyer (raj.iyer@...)"), if it fits it."""
    at = line.lower().find(address)
    before = _NAME_BEFORE.search(line[max(0, at - 120) : max(at, 0)])
    if before is None:
        return ""
    name = before.group(1)
    return name if fits(name, address) else ""


def fits(name: str, address: str) -> bool:
    """A name the address is made of ("Raj Iyer" and raj.iyer@, r.iyer@, iyer.raj@)."""
    local = a_to_z(address.partition("@")[0])
    words = [a_to_z(plain(w)) for w in name.split()]
    return any(len(w) >= 3 and w in local for w in words)


_NOT_A_TO_Z = {c: None for c in range(128) if not "a" <= chr(c) <= "z"}


def a_to_z(text: str) -> str:
    """Only the letters a-z of `text` (re.sub(r"[^a-z]", "", text), faster for ASCII)."""
    return text.translate(_NOT_A_TO_Z) if text.isascii() else re.sub(r"[^a-z]", "", text)


def plain(word: str) -> str:
    if word.isascii():  # (nothing for NFKD to do)
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def name_for(address: str, mail: Mail, fallback: str = "") -> str:
    """The best display name for `address`: header names, calendar CNs, then `fallback`."""
    envelope = mail.envelope
    header_people = (envelope.sender, *envelope.reply_to, *envelope.to, *envelope.cc)
    event_people = [p for e in mail.events for p in (e.organizer, *e.attendees)]
    for person in (*header_people, *event_people):
        if person and person.address == address and is_name(person.name, address):
            return person.name
    return fallback


def is_name(name: str, address: str) -> bool:
    return bool(name) and "@" not in name and name.lower() != address


def signature_name(mail: Mail) -> str:
    """A line of the signature block that reads like a person's name."""
    block = mail.signature[:2000] or "\n".join(mail.text[-2000:].strip().splitlines()[-6:])
    for line in block.splitlines():
        candidate = line.strip().split(",")[0].split("|")[0].strip()
        if NAME_LINE.match(candidate) and " via " not in candidate:
            return candidate
    return ""


def contact_of(mail: Mail, me: frozenset[str]) -> Person | None:
    for person in mail.envelope.reply_to:
        if is_person_address(person.address) and person.address not in me:
            return Person(person.address, name_for(person.address, mail, person.name))
    sender = mail.envelope.sender
    if sender and is_person_sender(mail) and sender.address not in me:
        return Person(sender.address, name_for(sender.address, mail, signature_name(mail)))
    for address in addresses_in(mail.text):
        if address not in me and is_person_address(address):
            return Person(address, name_for(address, mail))
    return None
