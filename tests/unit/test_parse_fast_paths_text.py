"""Each fast path of calendar and reply reading gives exactly what the general path it stands
in for gives: calendar lines read by one regex (quoted parameters holding ":" and ";", folded
lines), parameters read when asked for, calendar data read once for two parts, and the lines of
a reply looked at only when they can start quoted history, a footer or a sign-off."""

from __future__ import annotations

import re
import sys
import time

import pytest

from followupd.mail import ics_syntax, reply_split
from followupd.mail.ics_syntax import components
from followupd.mail.invitations import CalendarData, read_events
from followupd.mail.parse import parse_message

CALENDAR = (
    "BEGIN:VCALENDAR\r\n"
    "BEGIN:VEVENT\r\n"
    'ORGANIZER;CN="Lee, Dana: HR";SENT-BY="mailto:a@b.c":mailto:dana@example.com\r\n'
    'ATTENDEE;CN="A;B";ROLE=REQ:mailto:a@example.com\r\n'
    "SUMMARY;LANGUAGE=en:Interview: round\r\n  two\r\n"
    "DESCRIPTION:line\\none\r\n\tfolded\r\n"
    "no colon\r\n"
    'ATTENDEE;CN="unclosed:mailto:b@example.com\r\n'
    'X-Q;P="a"b";Q="c:d":v\r\n'
    "DTSTART;VALUE=DATE:20260310\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_calendar_lines_with_quotes_and_folds() -> None:
    (calendar,) = components(CALENDAR)
    (event,) = calendar.children
    assert [(p.name, p.params, p.value) for p in event.props] == [
        (
            "ORGANIZER",
            {"CN": "Lee, Dana: HR", "SENT-BY": "mailto:a@b.c"},
            "mailto:dana@example.com",
        ),
        ("ATTENDEE", {"CN": "A;B", "ROLE": "REQ"}, "mailto:a@example.com"),
        ("SUMMARY", {"LANGUAGE": "en"}, "Interview: round two"),
        ("DESCRIPTION", {}, "line\\nonefolded"),
        ("X-Q", {"P": 'a"b";Q="c'}, 'd":v'),
        ("DTSTART", {"VALUE": "DATE"}, "20260310"),
    ]
    assert event.text("DESCRIPTION") == "line\nonefolded"
    assert event.first("ATTENDEE") is event.props[1]


def test_calendar_names_and_parameters_tidied_as_before() -> None:
    text = "begin:vcalendar\ndtstart ; tzid = Z ;x:1\nend: vcalendar\nBEGIN:VCALENDAR\nA;:2\n"
    first, second = components(text)
    (prop,) = first.props
    assert (first.name, prop.name, prop.params, prop.value) == (
        "VCALENDAR",
        "DTSTART",
        {"TZID": "Z", "X": ""},
        "1",
    )
    (prop,) = second.props  # an empty parameter list is one parameter, empty
    assert (prop.name, prop.params, prop.value) == ("A", {"": ""}, "2")


def _unquoted_colon_by_char(line: str) -> int:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


@pytest.mark.parametrize(
    "line",
    ['A;B="x:y":v', 'A;B="x"', 'A;B="x":"y:z"', '"', '":":', "A:B", 'A;B="x;y";C="p:q";D=1:v', ""],
)
def test_quoted_heads_split_as_char_by_char(line: str) -> None:
    assert ics_syntax._unquoted_colon(line) == _unquoted_colon_by_char(line)
    head = line[: max(0, ics_syntax._unquoted_colon(line))]
    assert ics_syntax._split_params(head) == ics_syntax._split_params_by_char(head)


INVITE = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x-1\r\nSUMMARY:Interview\r\n"
    "DTSTART:20260310T150000Z\r\nDTEND:20260310T160000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_calendar_data_read_once_gives_each_hint_its_events() -> None:
    data = CalendarData(INVITE.encode())
    for hint in ("REQUEST", "", "cancel"):
        assert data.events(hint) == read_events(INVITE.encode(), method_hint=hint)


def test_same_calendar_twice_in_a_message_read_as_two_parts() -> None:
    message = (
        'Subject: Interview\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + INVITE + "--b\r\n"
        'Content-Type: application/ics; name="invite.ics"\r\n\r\n' + INVITE + "--b--\r\n"
    ).encode()
    mail = parse_message(message)
    assert mail.events == tuple(
        dict.fromkeys(read_events(INVITE, "REQUEST") + read_events(INVITE, ""))
    )
    assert [event.method for event in mail.events] == ["REQUEST", ""]


def _letters_agree(lookahead: str, first_letters: str) -> bool:
    """The lookahead class matches (IGNORECASE) exactly what the words' first letters match."""
    words = re.compile("|".join(map(re.escape, first_letters)), re.IGNORECASE)
    kind = re.compile(f"[{lookahead}]", re.IGNORECASE)
    return all(
        bool(kind.fullmatch(char)) == bool(words.fullmatch(char))
        for char in map(chr, range(sys.maxunicode + 1))
    )


def _lookahead(pattern: re.Pattern[str]) -> str:
    found = re.search(r"\(\?=\[([^\]]*)\]\)", pattern.pattern)
    assert found
    return found.group(1)


def test_first_letter_classes_match_what_the_words_match() -> None:
    assert _letters_agree(_lookahead(reply_split._QUOTE_CANDIDATE), "-*bolaeidwfv")
    assert _letters_agree(_lookahead(reply_split._FOOTER_CANDIDATE), "-_sgve")
    words = re.search(r"\]\)\((.*?)\)", reply_split._SIGN_OFF.pattern)
    assert words
    assert _letters_agree(
        _lookahead(reply_split._SIGN_OFF), "".join({w[0] for w in words.group(1).split("|")})
    )


REPLY_LINES = [
    "Thanks for the update.",
    "\u00a0On Mon, 2 Mar 2026, Dana <dana@example.com> wrote:",
    "\u2003-----Original Message-----",
    "ſent from my phone",
    "\u212aind regards,",
    "İl 2 marzo Dana ha scritto:",
    " *From:* Dana",
    "Sent: Monday",
    "To: Sam",
    "Von meinem iPhone gesendet",
    "_" * 30,
    "--",
    "\x1cOn Monday Dana wrote:",
    "",
    "Best,",
    "Sam",
]


def _quote_start_line_by_line(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if reply_split._SEPARATOR.match(stripped) or reply_split._is_attribution(lines, index):
            return index
        if reply_split._FROM_LINE.match(stripped) and reply_split._header_block_follows(
            lines, index
        ):
            return index
    return len(lines)


def _footer_start_line_by_line(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            stripped == "--"
            or reply_split._MOBILE_FOOTER.match(stripped)
            or reply_split._RULE.match(stripped)
        ):
            return index
    return len(lines)


@pytest.mark.parametrize("start", range(len(REPLY_LINES)))
def test_reply_lines_looked_at_as_line_by_line(start: int) -> None:
    lines = REPLY_LINES[start:] + REPLY_LINES[:start]
    text = "\n".join(lines)
    assert reply_split._quote_start(lines, text) == _quote_start_line_by_line(lines)
    assert reply_split._footer_start(lines) == _footer_start_line_by_line(lines)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    assert reply_split._last_filled(lines, 11) == filled[-11:]


@pytest.mark.parametrize(
    "lines",
    [
        ["Hi Sam,", *[""] * 100, "Best,", "Dana"],
        [*[" "] * 200, "Best,", "Dana"],
        [f"line {i}" if i % 7 == 0 else "\t" for i in range(300)],
        ["Thanks!", *["x"] * 80],
        [],
    ],
)
def test_last_filled_lines_and_sign_offs_after_many_lines(lines: list[str]) -> None:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    assert reply_split._last_filled(lines, 11) == filled[-11:]


def test_sign_off_needs_text_before_it_however_far() -> None:
    alone = [*[" "] * 200, "Best,", "Dana"]
    assert reply_split._split_sign_off(alone) == (alone, [])
    far = ["Hi Sam, see you then.", *[""] * 200, "Best,", "Dana"]
    assert reply_split._split_sign_off(far) == (far[:-2], ["Best,", "Dana"])


def test_a_line_of_many_quoted_parameters_is_read_once() -> None:
    line = "ATTENDEE" + ';X="a"' * 140_000 + ":mailto:a@example.com"
    text = f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    started = time.process_time()
    (calendar,) = components(text)
    assert calendar.children[0].props[0].value == "mailto:a@example.com"
    assert time.process_time() - started < 2.0  # one search per quote from its start: minutes
