"""Dates written in prose, resolved against the message's own Date (its sender's offset).

Public: find_interview_times, find_decision_date, TimeMention, DateMention, BusinessCalendar.
The reading is split by job: words (date vocabulary), days (days), times (clock times, lengths),
zone_words (the words of zones), zone_phrases (zones as written), zone_choice (the zone of a
time written without one, and how sure it is), writer_clock (the sender's own clock), decision
(decision phrases), periods ("within two weeks"), named_weeks ("KW 17", "the week of July 6"),
after_event ("shortly after that meeting"), week_ends (a week's or a month's last business
day), business_days (working days).

A purpose-built regex reader, not dateparser: measured by bench/dates_speed.py on message-sized
texts, dateparser 1.5's search_dates reads 3-5 texts/s without `languages=` and 40-140 with four,
against about 5,000 here; and it reads "We" as a Wednesday, "May I" as May, "24/7" as 24 July
and "by Friday" (written on a Tuesday) as the Friday before.

Choices (each pinned by tests/unit/test_dates*.py and tests/fixtures/dates/):
- Zones: a zone written in words names a region's clock, not a fixed offset: "EST" written in
  July is New York time (EDT), "GMT" London time (BST in summer), "CET"/"MEZ" Paris time,
  "Pacific", "UK time", "heure de Paris", "hora peninsular", "Berliner Zeit", "10:00 Madrid";
  zoneinfo gives the offset for that very date, so DST boundaries come out right. "UTC"/"UTC+2"
  are fixed. "IST" is India, except from a sender at +0/+1 (Ireland) or +2/+3 (Israel); "CST"
  is US Central except from a sender at +8 (China). Outlook's "(UTC-08:00) Pacific Time" and
  "(UTC+01:00) Amsterdam, Berlin" trust the name; IANA names ("(America/New_York)") and numeric
  offsets ("+0100") are taken as written (zone_phrases.py, zone_words.py).
- No zone written after the time: the zone the writer names elsewhere (the text's other times,
  a zone line such as "All times Eastern", the subject, the signature); else the sender's clock
  (writer_clock.py), a guess: the mention is `uncertain` when another plausible zone (one named
  in the message or its thread, the reader's, UTC for a +00:00 Date) reads it as another instant,
  and `alternatives` holds those readings (zone_choice.py).
- Numeric dates: "10/03/2026" is day-first unless the sender's offset is a US one (-10..-4 h) or a
  US zone is written; dotted dates are day-first; "13/03" is read the only way it can be.
  A bare "3/27" counts only after "on", "by", a weekday...: "24/7" is not a date.
- Month and day without year: the first occurrence on or after `sent` minus 45 days (mail often
  refers back a few weeks; it seldom schedules ten months ahead). "the 14th": the next 14th.
- A weekday alone: the next one after the sent day; naming the sent day itself means next week's
  (writers say "today"), "this Friday" allows today, "next Friday" skips a Friday still ahead this
  week, "last Friday" is the one before. Weekday ranges ("Monday to Friday") are not days.
  Abbreviations count only capitalised and before a date ("Tue, Mar 10") or a time ("Thu 3pm"):
  "sat", "sun", "mon" are words. "Thursday at 3pm" near a dated "Thursday, April 16 at 3pm"
  (same weekday and clock time, either order) is that date: the weekday-alone reading is dropped.
- Weekday and date disagree ("Wednesday, March 10" in 2026): the date wins, a note says so.
- Hours with no am/pm: 7-11 are morning, 12 noon, 1-6 afternoon (interview hours); "Uhr"/"h"
  and 13-23 are a 24-hour clock. "11-1pm" starts at 11 am. A lone hour ("at 11") counts only
  right after its day ("Wednesday at 11").
- A time needs a day: just before it ("Tuesday, March 10 at 2pm"), just after it ("2pm on
  Friday"), or failing both the last day in the 160 characters before (a "Date:" line above a
  "Time:" line; noted). Lengths ("45 minutes", "an hour and a half", "(30 min)") within 200
  characters give the end of a time that has none; "within 48 hours" is no length.
- Decision dates: the contextual filter lives here, because it needs the phrase's surroundings.
  A date counts only in a clause about the employer's answer ("decision", "get back to you",
  "hear from us", "an update", "wrap up"...) or in the clause right after one; never in a clause
  asking the candidate ("please", "your answer", "availability"), about start dates, deadlines,
  applications or meetings, or after "after" (unless a main clause begins in between: "After
  this call we expect to decide by Friday"). "by/before/within/end of" phrases and days
  followed by "at the latest"/"au plus tard"/"como muy tarde" beat bare ones, then the first
  wins; "before Wednesday" is Wednesday, as "by Wednesday" is. "early next week" is Tuesday of
  next week, "mid next week" Wednesday, "(end of) next week"/"this week" the week's last
  business day (Thursday before a Friday holiday or in a Fri-Sat weekend), "end of the month/of
  May"/"bis Monatsende"/"(end of) next month" its last business day, "early May/next month" the
  end of its first week, "mid-April" the 15th, "within two weeks" sent + 14 days, "within 48
  hours" sent + 2 days, "in 5 business days" counts with the BusinessCalendar (weekends only
  when none is given). Named weeks end on their last business day: ISO calendar weeks ("Ende KW
  46", "semaine 46"), "the first week of January" (the week its Thursday is in), "the week of
  July 6"/"la semana del 15". After a dated event (in the sentence or the one before): "shortly
  after" is its day, "the week after" the next week's end, "ten working days after" counts from
  it; a plain "after" gives none. Vague phrases ("in the next few days", "soon", "in the coming
  weeks") give None: they commit to no day.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime

from followupd.dates.business_days import BusinessCalendar
from followupd.dates.days import DaySpan, find_days, prefers_day_first, without_overlaps
from followupd.dates.decision import decision_day
from followupd.dates.times import DurationSpan, TimeSpan, find_durations, find_times
from followupd.dates.word_times import may_say_a_time
from followupd.dates.zone_choice import ZoneChoice, ZoneContext

__all__ = [
    "BusinessCalendar",
    "DateMention",
    "TimeMention",
    "ZoneContext",
    "find_decision_date",
    "find_interview_times",
]

MAX_TEXT = 100_000  # mail is untrusted: only this much of a text is read
NEAR = 60  # a day written this close to its time is found in a first, short scan
LOOK_BACK = 160  # how far before a time its day may be written ("Date: ..." above "Time: ...")
LENGTH_REACH = 200  # how far from a time a "45 minutes" may be written and still belong to it
AGREE_REACH = 500  # how far apart "Thursday at 3pm" and "Thursday, April 16 at 3pm" are one


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A moment written in the text: start (aware), end when a range or length is given."""

    start: datetime
    end: datetime | None
    text: str  # the words it was read from, day and time ("Tuesday, March 10 at 2pm ET")
    start_index: int  # where `text` starts in the text searched
    end_index: int = 0
    notes: tuple[str, ...] = ()  # doubts: weekday/date mismatch, day taken from afar...
    uncertain: bool = False  # its zone is a guess (zone_choice.py)
    alternatives: tuple[datetime, ...] = ()  # the same clock time in other plausible zones


@dataclass(frozen=True, slots=True)
class DateMention:
    """A decision date: the day by which the employer said it would decide or get back."""

    day: date
    text: str  # the phrase it was read from ("by Friday", "end of next week")
    start_index: int = 0
    notes: tuple[str, ...] = ()


_DIGIT = re.compile(r"\d")  # (one class: re skips to it without trying every position)
_NOON_WORDS = ("noon", "midday", "mittag", "midi", "mediod")
_CONNECTIVE = re.compile(
    r"[\s,⋅·@|(\-–:]*(?:(?:morning|afternoon|evening|vormittag|nachmittag|matin|après-midi)\s+)?"
    r"(?:(?:at|from|between|starting\s+at|um|von|ab|à|de|a\s+las|entre|dalle)[\s,⋅·@(:]*)?",
    re.IGNORECASE,
)
_BEFORE_DAY = re.compile(r"[\s,)(\-–]*(?:(?:on|this|next|am|le|el|del|the)\s+)?", re.IGNORECASE)
# "On Mon, Mar 16, 2026 at 9:31 AM Alex wrote:", "Sent: Monday, ...": quoted history, not a plan.
_ATTRIBUTION = re.compile(
    r"[ \t>]*(?:(?:on|am|le|el)\b[^\n]*(?:wrote|schrieb|a\s+écrit|escribió)\s*:"
    r"|(?:sent|gesendet|envoyé|enviado(?:\s+el)?)\s*:)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def find_interview_times(
    text: str, sent: datetime, context: ZoneContext | None = None
) -> list[TimeMention]:
    """Every day-and-time written in `text` (a meeting moment), in order of appearance.

    `sent` is the message's Date with the sender's offset: relative words resolve against it.
    A time written without a zone is in the zone the text names, else the sender's; `context`
    (the subject, signature, quoted thread, the reader's zone) may name it or make it doubtful.
    """
    text = text[:MAX_TEXT]
    if not _has_time_words(text):
        return []
    times = [t for t in find_times(text, sent) if not _deadline_before(text, t.start)]
    if not times:
        return []
    day_first = prefers_day_first(sent, (t.zone_name for t in times if t.zone is not None))
    days = find_days(text, sent, day_first, _around(times, NEAR, NEAR, len(text)))
    unlinked = [t for t in times if not t.bare and _day_for(text, t, days) is None]
    if unlinked:  # look further back only where needed: the day patterns are the costly part
        far = _around(unlinked, LOOK_BACK, 0, len(text))
        days = without_overlaps(days + find_days(text, sent, day_first, far))
    durations = [  # (not the hours of a time said in words: "à trois heures et demie")
        length
        for length in find_durations(text, _around(times, LENGTH_REACH, LENGTH_REACH, len(text)))
        if not any(t.start < length.end and length.start < t.end for t in times)
    ]
    choice = ZoneChoice(text, sent, times, context or _NO_CONTEXT)
    return _mentions(text, choice, times, days, durations)


_NO_CONTEXT = ZoneContext()

# A time said as a deadline ("reply no later than 12 noon on Friday", "spätestens um 12 Uhr",
# "au plus tard à midi", "a más tardar a las 12"): the user's to meet, no meeting's.
_DEADLINE_BEFORE = re.compile(
    r"(?:no later than|not later than|(?:at the )?latest by|deadline(?: is| of)?:?|spätestens"
    r"(?: bis| um)?|au plus tard(?: à| pour)?|a más tardar(?: a las| a la)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# (not the time to arrive by: "spätestens um 9:45 Uhr am Empfang", "join at the latest by 10am")
_ARRIVAL = re.compile(
    r"\b(?:empfang|rezeption|pforte|accueil|recepción|reception|einfinden|eintreffen|da sein|vor"
    r" ort|arrive|arrival|be there|présente[rz]?|presentarse|preséntese|llegar|join|login|log in"
    r"|connect\w*|einwählen)\b",
    re.IGNORECASE,
)


def _deadline_before(text: str, start: int) -> bool:
    if _DEADLINE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    return _ARRIVAL.search(text, max(0, start - 60), min(len(text), start + 60)) is None


def _has_time_words(text: str) -> bool:
    """A digit, a word for noon or an hour said in words: without one, no time is written."""
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return any(map(low.__contains__, _NOON_WORDS)) or may_say_a_time(low)


def _mentions(
    text: str,
    choice: ZoneChoice,
    times: list[TimeSpan],
    days: list[DaySpan],
    durations: list[DurationSpan],
) -> list[TimeMention]:
    """The times that have a day, one per moment (the reading with an end kept), in order."""
    found: dict[datetime, TimeMention] = {}
    weekday_only: set[int] = set()  # start_index of mentions whose day is a weekday alone
    for time_span in times:
        mention = _mention(text, choice, time_span, days, durations)
        if mention is None:
            continue
        known = found.get(mention.start)
        if known is None or (known.end is None and mention.end is not None):
            found[mention.start] = mention
        linked = _day_for(text, time_span, days)
        if linked is not None and linked[0].weekday_only:
            weekday_only.add(mention.start_index)
    mentions = sorted(found.values(), key=lambda m: m.start_index)
    return _without_contradicted(mentions, weekday_only)


def _without_contradicted(mentions: list[TimeMention], weekday_only: set[int]) -> list[TimeMention]:
    """Drop a weekday-alone reading ("Thursday at 3pm", taken as the next Thursday) when a
    dated mention of the same weekday and clock time is written nearby ("Thursday, April 16 at
    3pm"): the writer means that date, whichever of the two comes first."""
    dated = [m for m in mentions if m.start_index not in weekday_only]
    return [
        m
        for m in mentions
        if m.start_index not in weekday_only or not any(_same_slot(m, d) for d in dated)
    ]


def _same_slot(bare: TimeMention, dated: TimeMention) -> bool:
    return (
        abs(dated.start_index - bare.start_index) <= AGREE_REACH
        and bare.start.weekday() == dated.start.weekday()
        and bare.start.time() == dated.start.time()
    )


def _around(spans: list[TimeSpan], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """The stretches of text near any of the spans, merged: only there can their days be."""
    windows: list[tuple[int, int]] = []
    for span in spans:
        start, end = max(0, span.start - before), min(length, span.end + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _mention(
    text: str,
    choice: ZoneChoice,
    span: TimeSpan,
    days: list[DaySpan],
    durations: list[DurationSpan],
) -> TimeMention | None:
    linked = _day_for(text, span, days)
    if linked is None or _ATTRIBUTION.match(text, text.rfind("\n", 0, span.start) + 1):
        return None
    day, far = linked
    moment = choice.read(day.day, span)
    start, zone = moment.start, moment.zone
    notes = day.notes + (("day written in an earlier sentence",) if far else ()) + moment.notes
    end = datetime.combine(day.day, span.finish, tzinfo=zone) if span.finish else None
    if end is None:
        length = _nearest_length(text, span, durations)
        end = start + length.length if length else None
    first, last = min(day.start, span.start), max(day.end, span.end)
    if far:
        first, last = span.start, span.end
    return TimeMention(
        start, end, text[first:last], first, last, notes, moment.uncertain, moment.alternatives
    )


def _day_for(text: str, span: TimeSpan, days: list[DaySpan]) -> tuple[DaySpan, bool] | None:
    """The day a time belongs to, and whether it was found beyond the time's own sentence.

    `days` are in order and do not overlap, so the nearest ones are found by bisection."""
    index = bisect_right(days, span.start, key=_day_end)
    before = days[index - 1] if index > 0 else None
    following = bisect_left(days, span.end, key=_day_start)
    after = days[following] if following < len(days) else None
    if before and _CONNECTIVE.fullmatch(text, before.end, span.start):
        return before, False
    if span.bare:
        return None
    if after and _BEFORE_DAY.fullmatch(text, span.end, after.start):
        return after, False
    if before and span.start - before.end <= LOOK_BACK:
        gap = text[before.end : span.start]
        return before, bool(_SENTENCE_BREAK.search(gap))
    return None


def _day_end(day: DaySpan) -> int:
    return day.end


def _day_start(day: DaySpan) -> int:
    return day.start


def _nearest_length(
    text: str, span: TimeSpan, durations: list[DurationSpan]
) -> DurationSpan | None:
    def distance(length: DurationSpan) -> int:
        return length.start - span.end if length.start >= span.end else span.start - length.end

    near = [d for d in durations if distance(d) <= LENGTH_REACH]
    near = [d for d in near if "\n\n" not in text[min(d.end, span.end) : max(d.start, span.start)]]
    return min(near, key=distance, default=None)


_WEEKDAYS_ONLY = BusinessCalendar()


def find_decision_date(
    text: str, sent: datetime, calendar: BusinessCalendar | None = None
) -> DateMention | None:
    """The day by which the employer says it will decide or get back, if the text says so.

    Only dates in a clause about the employer's decision or answer count; vague phrases
    ("in the next few days") give None. Business-day phrases use `calendar` (weekends only
    when None).
    """
    found = decision_day(text[:MAX_TEXT], sent, calendar or _WEEKDAYS_ONLY)
    if found is None:
        return None
    day, start, end, notes = found
    return DateMention(day, text[start:end], start, notes)
