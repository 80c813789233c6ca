"""The facts a kind calls for: interview time and people, decision date, company, role, contact.

Times come from the invite when there is one (its own zone kept), else from the first time the
new text states; a length written in the text ("45-minute", "about 30 minutes") gives the end
when the text gives none. A decision date is read for holding replies and interview messages
("we aim to decide by May 22"), never for offers: their "answer by Friday" is the
candidate's deadline, not the employer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from followupd.dates import (
    WEEKDAYS,
    TimeMention,
    ZoneContext,
    find_decision_date,
    find_interview_times,
    local_sent,
    same_time_on_day,
)
from followupd.model import ASSUMED_LENGTH, TIMED_KINDS, CalendarEvent, Kind, Mail, Person, Session
from followupd.understand.directory import known_people, named_addresses
from followupd.understand.employer import company_of, own_domain, role_of
from followupd.understand.moved_time import new_time_of_move
from followupd.understand.offer import OfferTerms, offer_terms
from followupd.understand.panel import NO_PANEL, Panel, read_panel
from followupd.understand.panel_people import arranged_by, foreign_words, with_sessions
from followupd.understand.people import (
    MAX_TEXT_CHARS,
    contact_of,
    invite_interviewers,
    prose_interviewers,
    writer_owns_the_meeting,
)
from followupd.understand.shifted_time import clock_on_day, shift_of
from followupd.understand.thread import NO_CONTEXT, ThreadContext
from followupd.understand.titles import titled

_TIMED = TIMED_KINDS
_WITH_PEOPLE = _TIMED | {Kind.INTERVIEW_CANCELLED}
# Kinds where an employer's "we'll decide by ..." sets the check-in clock (POLICY.md). Not an
# offer: its "answer by Friday" is the candidate's deadline, not the employer's.
_WITH_DECISION = _TIMED | {Kind.HOLDING_REPLY, Kind.INTERVIEW_REQUEST, Kind.APPLICATION_RECEIVED}
_LENGTH = re.compile(
    # (not "in zwei Stunden", "dans deux heures": when; nor "à deux heures": a clock time)
    r"(?<!\bin )(?<!\bdans )(?<!\ben )(?<!\bwithin )(?<!\bà )(?<!\bvers )(?<!\bdès )"
    r"\b(?:(?:(?P<n>\d{1,3}(?:\.\d)?)|(?P<word>an|one|half an|one and a half|two|eine|une|una"
    r"|zwei|deux|dos))[- ]?"
    r"(?P<unit>minutes?|mins?|hours?|hrs?|minuten|stunden?|heures?|minutos|horas?)\b"
    r"(?P<more> and a (?:half|quarter)| et (?:demie|quart)| y (?:media|cuarto)| und (?:eine"
    r" )?(?:halbe|viertel))?"
    r"|(?P<half>half[\s-]an?[\s-]hour|half-hour|halbe\s+stunde|demi-heure|media\s+hora)"
    r"|(?P<threequarters>dreiviertelstunde|dreiviertel stunde|three quarters of an hour))\b"
    r"(?! (?:early|before|ahead|prior|late|in advance|beforehand))",
    re.IGNORECASE,
)
_TRAVEL = re.compile(
    r"\b(?:trajet|route|train|voiture|vol|travel|drive|driving|commute|flight|journey|fahrt"
    r"|anreise|anfahrt|zug|auto|viaje|trayecto|camino|vuelo|coche)\w*\b",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|m(?:a|ä)r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-z]*\.?"
# A time that names its date ("Jan 21", "21 January", "21.1.", "1/21"), not a bare weekday.
_DATED = re.compile(
    rf"\d{{1,2}}\s*[./]\s*\d{{1,2}}|\b{_MONTH}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{_MONTH}",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_MEETING_WORDS = re.compile(
    r"\b(?:call|chat|interview|screen|conversation|meeting|catch-up|gespräch|telefonat|kennenlernen"
    r"|entretien|échange|appel|visio|entrevista|llamada|reunión|charla|videollamada|dauer|duration"
    r"|durée|duración)\w*",
    re.IGNORECASE,
)
_NOT_A_MEETING = re.compile(
    r"\b(?:assessment|test|exercise|case study|reply|respond|within|aufgabe|exercice|prueba)\w*",
    re.IGNORECASE,
)
# A time to arrive or check in, before the interview itself starts ("Arrival: please arrive
# for 9:45am", "Bitte finden Sie sich um 9:45 Uhr am Empfang ein").
_ARRIVAL = re.compile(
    r"\b(?:arriv(?:e|al|ing)|check[- ]in|sign in at|report to|einfinden|ankunft|ankommen"
    r"|empfang|arrivée|arriver|présenter à l'accueil|llegada|llegar|presentarte|preséntese)\b",
    re.IGNORECASE,
)
MAX_QUOTED_CHARS = 4000
_WORD_HOURS = {
    **dict.fromkeys(("an", "one", "eine", "une", "una"), 1.0),
    **dict.fromkeys(("two", "zwei", "deux", "dos"), 2.0),
    "half an": 0.5,
    "one and a half": 1.5,
}
MAX_LENGTH = timedelta(hours=8)


@dataclass(frozen=True, slots=True)
class Facts:
    evidence: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    interviewers: tuple[Person, ...] = ()
    decision_by: date | None = None
    company: str | None = None
    role: str | None = None
    contact: Person | None = None
    calendar_uid: str | None = None
    calendar_sequence: int = 0
    reply_by: date | None = None  # an offer's answer-by date (offer.py)
    latest_end: datetime | None = None  # the time's zone is uncertain: the latest end
    length_minutes: int | None = None  # the meeting's length the message states
    sessions: tuple[Session, ...] = ()
    coordinator: Person | None = None
    people: tuple[Person, ...] = ()
    employer_domain: str | None = None


def read_facts(
    kind: Kind,
    mail: Mail,
    me: frozenset[str],
    event: CalendarEvent | None,
    times: Callable[[], list[TimeMention]],
    *,
    thread: ThreadContext = NO_CONTEXT,
    zones: ZoneContext | None = None,
) -> Facts:
    """The facts `kind` calls for; `times` reads the text's interview times (only if needed);
    what the message leaves out, its thread may say (the time proposed, the people met);
    `zones`: what else tells their zone (the quoted proposal a reply agrees to is read so)."""
    evidence: list[str] = []
    company = company_of(mail) or thread.company
    named = named_addresses(mail, me)
    met = Met()
    if kind in _WITH_PEOPLE:
        met = _met(
            kind,
            mail,
            me,
            event,
            times,
            thread=thread,
            evidence=evidence,
            company=company,
            named=named,
            zones=zones,
        )
    decision = _decision(kind, mail, evidence, met.start)
    length = _length_stated(kind, mail, met)
    terms = offer_terms(mail) if kind is Kind.OFFER else OfferTerms()
    evidence += terms.evidence
    return Facts(
        evidence=tuple(evidence),
        start=met.start,
        end=met.end,
        interviewers=met.people,
        decision_by=decision,
        company=company,
        role=terms.role or role_of(mail, company) or thread.role,
        contact=contact_of(mail, me),
        calendar_uid=event.uid if event else None,
        calendar_sequence=event.sequence if event else 0,
        reply_by=terms.reply_by,
        latest_end=met.latest_end,
        length_minutes=length,
        sessions=met.panel.sessions,
        coordinator=met.coordinator,
        employer_domain=own_domain(mail, company),
        people=tuple(named),
    )


@dataclass(frozen=True, slots=True)
class Met:
    """When the interview is and whom it is with, as one message says."""

    start: datetime | None = None
    end: datetime | None = None
    people: tuple[Person, ...] = ()
    panel: Panel = NO_PANEL
    coordinator: Person | None = None
    latest_end: datetime | None = None  # the time's zone is uncertain: the latest end


def _met(
    kind: Kind,
    mail: Mail,
    me: frozenset[str],
    event: CalendarEvent | None,
    times: Callable[[], list[TimeMention]],
    *,
    thread: ThreadContext,
    evidence: list[str],
    company: str | None,
    named: list[Person],
    zones: ZoneContext | None,
) -> Met:
    """The interview's time, people and panel; the evidence for them added to `evidence`."""
    moved = kind is Kind.INTERVIEW_RESCHEDULED
    start = end = latest = None
    if moved and (event is None or event.start is None):
        # "Pushing us to Monday, same time (10 ET / 4pm yours)": the clock time is the one the
        # thread fixed, whatever other zone the text restates it in
        start, end = _same_time(mail, thread, evidence)
    if start is None:
        start, end, latest = _when(mail, event, times, evidence, zones, moved=moved, thread=thread)
    if start is None and kind in _TIMED:
        start, end = _from_thread(mail, thread, evidence)
    people = _interviewers(mail, me, event, evidence)
    if (not people and not _panel_changes(mail, kind)) or (
        kind in _SAME_MEETING and _within_thread_people(people, thread, mail)
    ):
        people = _thread_people(thread, evidence)
    writer = [] if people else writer_owns_the_meeting(mail)
    people = list(titled(people or writer, mail.text))
    panel = read_panel(
        mail,
        me,
        start,
        times,
        foreign=lambda: foreign_words(mail, company),
        people=lambda: known_people(mail, me, named),
    )
    people = with_sessions(people, panel, mail, me, event)
    if writer and any(p.address == writer[0].address for p in people):
        evidence.append("interviewer: the writer, whose meeting it is")
    evidence += panel.evidence
    if panel.end is not None and (end is None or panel.end > end) and kind in _TIMED:
        end = panel.end
    coordinator = arranged_by(mail, me, event, people, panel)
    return Met(start, end, tuple(people), panel, coordinator, latest)


def _when(
    mail: Mail,
    event: CalendarEvent | None,
    read_times: Callable[[], list[TimeMention]],
    evidence: list[str],
    zones: ZoneContext | None,
    *,
    moved: bool = False,
    thread: ThreadContext = NO_CONTEXT,
) -> tuple[datetime | None, datetime | None, datetime | None]:
    """The interview's start and end, and the latest it may end when its zone is uncertain;
    for a move (`moved`), the new time the text gives, not the old one it names too; a length
    the text leaves out, its thread may state."""
    if event is not None and event.start is not None and not event.all_day:
        evidence.append(
            f"time from the invite ({event.method or 'no method'}, seq {event.sequence})"
        )
        return event.start, event.end, None
    times = read_times()
    if not times:
        return None, None, None
    text = mail.text[:MAX_TEXT_CHARS]
    first = _dated_by_quote(
        new_time_of_move(times, text) if moved else _past_arrival(times, text, evidence),
        mail,
        evidence,
        zones,
    )
    evidence.append(f'time from the text: "{first.text[:60]}"')
    evidence += [note for note in first.notes if note.startswith("zone ")]
    end = first.end or next((t.end for t in times if t.start == first.start and t.end), None)
    if end is None:
        length, where = stated_length(mail.text[:MAX_TEXT_CHARS]), "the text"
        if length is None and mail.quoted:  # "a 30-minute call" in the request it answers
            length, where = _quoted_meeting_length(mail), "the quoted thread"
        # (a booking answering the thread's request, or a move; not the next round's booking)
        if length is None and thread.length_minutes and (moved or thread.asked_for_time):
            length, where = timedelta(minutes=thread.length_minutes), "the thread"
        if length is not None:
            evidence.append(f"length from {where}: {int(length.total_seconds() // 60)} min")
            end = first.start + length
    return first.start, end, _latest_end(first, end, evidence)


def _past_arrival(times: list[TimeMention], text: str, evidence: list[str]) -> TimeMention:
    """The first time, unless it is when to arrive ("please arrive for 9:45am": the arrival
    word just before its clock time, which ends the mention) and a time within the hour after
    it follows (the interview's own start)."""
    first = times[0]
    clock = max(first.end_index - 12, first.start_index)
    before = text[max(0, clock - 40) : first.end_index]
    if not _ARRIVAL.search(before.rsplit("\n", 1)[-1]):
        return first
    for later in times[1:]:
        if timedelta(0) < later.start - first.start <= timedelta(hours=1):
            evidence.append(f'arrival time "{first.text[:30]}" left out')
            return later
    return first


def thread_time(mail: Mail, thread: ThreadContext) -> tuple[datetime | None, str]:
    """A time the message leaves to its thread: a day "at the same time" as the interview the
    thread fixed (or the time the user agreed to), or that time shifted by an amount ("push it
    back an hour"), else the time the user proposed; with the evidence saying which."""
    sent = local_sent(mail)
    fixed = thread.interview_start or thread.user_agreed
    if fixed is not None and sent is not None:
        moved = same_time_on_day(mail.text[:MAX_TEXT_CHARS], sent, fixed)
        if moved is not None:
            return moved, "time from the thread: the same time on the day written"
    if fixed is not None:
        shift = shift_of(mail.text[:MAX_TEXT_CHARS])
        if shift is not None:
            minutes = int(shift.total_seconds() // 60)
            return fixed + shift, f"time from the thread: moved by {minutes:+d} minutes"
        hour = clock_on_day(mail.text[:MAX_TEXT_CHARS], fixed)
        if hour is not None:
            return hour, "time from the thread: a new hour on the same day"
    if thread.proposed:
        return thread.proposed[-1], "time from the thread: the one you proposed"
    return None, ""


def _same_time(
    mail: Mail, thread: ThreadContext, evidence: list[str]
) -> tuple[datetime | None, datetime | None]:
    """The thread's interview (or the time the user agreed to) moved to the day written "at the
    same time", lasting as long."""
    fixed, sent = thread.interview_start or thread.user_agreed, local_sent(mail)
    if fixed is None or sent is None:
        return None, None
    start = same_time_on_day(mail.text[:MAX_TEXT_CHARS], sent, fixed)
    if start is None:
        return None, None
    evidence.append("time from the thread: the same time on the day written")
    return _lasting_as_before(start, thread)


def _from_thread(
    mail: Mail, thread: ThreadContext, evidence: list[str]
) -> tuple[datetime | None, datetime | None]:
    """The time this reply agrees to from its thread; it lasts as long as the interview the
    thread fixed before, if one was."""
    start, how = thread_time(mail, thread)
    if start is None:
        return None, None
    evidence.append(how)
    return _lasting_as_before(start, thread)


def _lasting_as_before(start: datetime, thread: ThreadContext) -> tuple[datetime, datetime | None]:
    """`start`, and its end when the interview the thread fixed before had one (as long), or
    when the thread stated how long it would be."""
    before, before_end = thread.interview_start, thread.interview_end
    if before and before_end:
        return start, start + (before_end - before)
    minutes = thread.length_minutes
    return start, start + timedelta(minutes=minutes) if minutes is not None else None


_SAME_MEETING = frozenset({Kind.INTERVIEW_RESCHEDULED, Kind.INTERVIEW_CANCELLED})
# The panel changes ("it will be just you and Tom", "Ben will take her place", "one-to-one
# with Tom"), or the message books another round with its own panel: the thread's panel is
# not this meeting's.
_PANEL_CHANGES = re.compile(
    r"\b(?:just you and|only you and|just \w+(?: \w+)? this time|only \w+ (?:this time|will join)"
    r"|one-to-one|one on one|on (?:his|her|their) own|take (?:his|her|their) place|no longer"
    r" (?:available|part of|on the panel)|replac\w+|remplac\w+|à (?:sa|leur) place|en su lugar"
    r"|sustitu\w+|nur noch|statt (?:ihr|ihm|seiner|ihrer)|(?:final|next|second|third|last) round"
    r"|nächste runde|finale runde|prochain tour|dernier tour|siguiente (?:ronda|fase)|última"
    r" (?:ronda|fase))\b",
    re.IGNORECASE,
)
# Someone of the panel away ("Priya is off sick"): on a booking, they are not met; on a move,
# it is why the meeting moves, and they come to the new time.
_SOMEONE_AWAY = re.compile(
    r"\b(?:off sick|is sick|is ill|on leave|can't make it|cannot make it|won't be (?:able|joining"
    r"|there)|ist krank|fällt aus|nicht dabei|ne pourra pas|malade|no podrá|enferm[oa])\b",
    re.IGNORECASE,
)


def _within_thread_people(people: list[Person], thread: ThreadContext, mail: Mail) -> bool:
    """Everyone a move names was among the thread's interviewers ("toujours avec Nathalie"
    restates part of the panel), and no one is said to drop out: the thread's panel stands."""
    known = {person.address for person in thread.interviewers}
    if not known or not all(person.address in known for person in people):
        return False
    return not _panel_changes(mail, Kind.INTERVIEW_RESCHEDULED)


def _panel_changes(mail: Mail, kind: Kind) -> bool:
    text = mail.text[:MAX_TEXT_CHARS]
    if _PANEL_CHANGES.search(text):
        return True
    return kind not in _SAME_MEETING and _SOMEONE_AWAY.search(text) is not None


def _thread_people(thread: ThreadContext, evidence: list[str]) -> list[Person]:
    if thread.interviewers:
        evidence.append("interviewers from the thread")
    return list(thread.interviewers)


def _latest_end(first: TimeMention, end: datetime | None, evidence: list[str]) -> datetime | None:
    """When the time's zone is uncertain, the latest it may end: its latest plausible start
    plus its length (ASSUMED_LENGTH when none is given)."""
    if not first.uncertain:
        return None
    latest = max((first.start, *first.alternatives)) + (
        end - first.start if end is not None else ASSUMED_LENGTH
    )
    evidence.append(f"it may end as late as {latest.isoformat()}: no thank-you before then")
    return latest


def _dated_by_quote(
    first: TimeMention, mail: Mail, evidence: list[str], zones: ZoneContext | None
) -> TimeMention:
    """A bare weekday agreed in a reply ("Wednesday at 2pm works") is the day the quoted
    message proposed for that weekday and hour ("Wednesday, January 21 at 2pm") or a window
    holding that hour ("Thursday 18.6., between 9 and 11"), which need not be the next such
    weekday."""
    sent = local_sent(mail) if mail.quoted and not _DATED.search(first.text) else None
    if sent is None:
        return first
    quoted = _QUOTE_MARK.sub("", mail.quoted[:MAX_QUOTED_CHARS])
    for mention in find_interview_times(quoted, sent, zones):
        start = mention.start
        if _in_slot(first.start, mention) and start.date() != first.start.date() and start > sent:
            evidence.append(f'date from the quoted proposal: "{mention.text[:60]}"')
            if mention.end is None:  # the proposed time itself
                return mention
            return _moved_by(first, start.date() - first.start.date())  # an hour of a window
    return first


def _moved_by(mention: TimeMention, days: timedelta) -> TimeMention:
    return replace(
        mention,
        start=mention.start + days,
        end=mention.end + days if mention.end else None,
        alternatives=tuple(moment + days for moment in mention.alternatives),
    )


def _quoted_meeting_length(mail: Mail) -> timedelta | None:
    """A meeting's length the quoted thread states, in a line that names the meeting ("Could we
    set up a 30-minute phone screen?"), not an assessment's or a reply time's."""
    quoted = _QUOTE_MARK.sub("", mail.quoted[:MAX_QUOTED_CHARS])
    for line in quoted.splitlines():
        if _MEETING_WORDS.search(line) and not _NOT_A_MEETING.search(line):
            length = stated_length(line)
            if length is not None:
                return length
    return None


def _in_slot(agreed: datetime, proposed: TimeMention) -> bool:
    """Whether a time agreed by weekday and hour is the proposed one: the same weekday, at its
    start or within the window it gives."""
    start, end = proposed.start, proposed.end
    if start.weekday() != agreed.weekday():
        return False
    at = (agreed.hour, agreed.minute)
    if end is None or end.date() != start.date():
        return at == (start.hour, start.minute)
    return (start.hour, start.minute) <= at < (end.hour, end.minute)


def zone_context(mail: Mail, reader_zone: str) -> ZoneContext:
    """What besides the text may say which zone its times are in: the subject, signature and
    quoted thread, the reader's zone, and whether the Date's +00:00 may be a server's."""
    date = mail.envelope.date
    return ZoneContext(
        subject=mail.envelope.subject,
        signature=mail.signature,
        thread=mail.quoted,
        reader_zone=reader_zone,
        server_clock=date is not None and date.utcoffset() == timedelta(0),
    )


def stated_length(text: str) -> timedelta | None:
    """The first meeting length written in `text`, if a plausible one is."""
    for found in _LENGTH.finditer(text):
        if _TRAVEL.search(text, max(0, found.start() - 40), found.start()):
            continue  # "le trajet est d'environ deux heures": the journey's, not the meeting's
        minutes = _minutes(found)
        if minutes >= 10 and timedelta(minutes=minutes) <= MAX_LENGTH:
            return timedelta(minutes=minutes)
    return None


def _length_stated(kind: Kind, mail: Mail, met: Met) -> int | None:
    """The length in minutes a request or a booking states (or its start and end give)."""
    if met.start is not None and met.end is not None:
        return int((met.end - met.start).total_seconds() // 60)
    if kind is not Kind.INTERVIEW_REQUEST:
        return None
    length = stated_length(mail.text[:MAX_TEXT_CHARS])
    return None if length is None else int(length.total_seconds() // 60)


def _minutes(found: re.Match[str]) -> float:
    """The minutes of "30 minutes", "an hour and a half", "une heure et quart"."""
    if found.group("half") or found.group("threequarters"):
        return 30.0 if found.group("half") else 45.0
    if found.group("n"):
        amount = float(found.group("n"))
    else:
        amount = _WORD_HOURS[found.group("word").lower()]
    if found.group("unit").lower().startswith("m"):
        return amount
    more = (found.group("more") or "").lower()
    quarter = any(word in more for word in ("quarter", "quart", "cuarto", "viertel"))
    return amount * 60 + (15 if quarter else 30 if more else 0)


def _interviewers(
    mail: Mail, me: frozenset[str], event: CalendarEvent | None, evidence: list[str]
) -> list[Person]:
    if event is not None and (event.attendees or event.organizer):
        people = invite_interviewers(event, mail, me)
        evidence.append("interviewers from the invite's attendees")
        return people
    people = prose_interviewers(mail, me)
    if people:
        evidence.append("interviewers from addresses in the text")
    return people


def _decision(
    kind: Kind, mail: Mail, evidence: list[str], interview: datetime | None
) -> date | None:
    sent = mail.envelope.date
    if kind not in _WITH_DECISION or sent is None:
        return None
    found = find_decision_date(mail.text[:MAX_TEXT_CHARS], sent)
    if found is None:
        return None
    evidence.append(f'decision date from "{found.text[:60]}"')
    return _after_the_interview(found.day, found.text, interview)


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")


def _after_the_interview(day: date, written: str, interview: datetime | None) -> date:
    """A decision "by Friday" in the message that books the interview it decides on, that
    Friday coming before the interview: the Friday after it (a decision follows what it
    decides on). Dates written with a number stay as written."""
    if interview is None or day >= interview.date():
        return day
    if any(c.isdigit() for c in written) or not _WEEKDAY.search(written.lower()):
        return day
    while day < interview.date():
        day += timedelta(days=7)
    return day
