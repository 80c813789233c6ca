"""Each fast path of header and MIME reading gives exactly what the general path it stands in
for gives: unfolding a whole header block at once, splitting parameters, reading one plain
address, slicing quoted strings and comments, finding the header section, dropping base64
noise."""

from __future__ import annotations

import re

import pytest

from followupd.mail import address_list, mime_params, mime_tree, parse
from followupd.mail.mime_params import split_parameters

HEADER_BLOCKS = [
    "From: Dana <dana@example.com>\r\nSubject: one\r\n two\r\n\tthree",
    "Subject:\r\n folded after an empty first line\r\nTo: sam@example.net",
    "Subject: a\r\n \r\n\t\r\nX-Empty:",
    "X-Odd : spaced name\nTo:\tb@example.com\nX-Tab\t:\tv ",
    "Subject: ends in a carriage return\r",
    'Content-Type: text/plain; name="a:b;c"\r\n\tcharset=utf-8',
    "A: 1\x0b\nB: \x1c2 \x85\n C\x0c",
    "Subject: " + "word " * 400,
    "Zähler: 8-bit name, no field",
    "A: 1\nnot a header line\nB: 2",
    " a continuation first\nA: 1",
    "A: 1\n",
    "",
    "N" * 201 + ": a name too long for a field",
    "A: 1\n\nB: 2",
    "A: 1\r\nFrom nobody Mon Jan  1 00:00:00 2026\r\nB: 2",
]


@pytest.mark.parametrize("text", HEADER_BLOCKS)
def test_header_block_unfolded_at_once_as_line_by_line(text: str) -> None:
    at_once = mime_tree._all_fields(text)
    by_line, body_at = mime_tree._fields_by_line(text)
    if at_once is not None:
        assert (at_once, None) == (by_line, body_at)
    else:  # only a block with some line that is no field goes line by line
        assert body_at is not None or text.count("\n") >= mime_tree.MAX_HEADER_LINES


def test_whole_header_blocks_take_the_fast_path() -> None:
    assert mime_tree._all_fields(HEADER_BLOCKS[0]) == [
        ("From", "Dana <dana@example.com>"),
        ("Subject", "one two three"),
    ]
    assert mime_tree._all_fields(HEADER_BLOCKS[1]) == [
        ("Subject", " folded after an empty first line"),
        ("To", "sam@example.net"),
    ]
    assert mime_tree._all_fields(HEADER_BLOCKS[2]) == [("Subject", "a  "), ("X-Empty", "")]
    assert mime_tree._all_fields("A: 1\nnot a header line\nB: 2") is None


@pytest.mark.parametrize(
    ("raw", "fields", "body"),
    [
        (b"A: 1\rB: two\r three\r\rbody\r", [("A", "1"), ("B", "two three")], "body\n"),
        (b"A: 1\r\nB: 2\r\nbody line, no blank line\r\n", [("A", "1"), ("B", "2")], "body"),
        (b"\r\n\r\nA: 1\n\tfolded\n\nbody", [("A", "1 folded")], "body"),
        (b"From x@y Mon\nA: 1\n\nbody", [("A", "1")], "body"),
        (b"A: 1\r\nB: 2", [("A", "1"), ("B", "2")], ""),
    ],
)
def test_odd_line_ends_and_missing_blank_lines(raw: bytes, fields: list[object], body: str) -> None:
    top = mime_tree.read_top(raw)
    assert top.fields == fields
    assert top.body.decode().startswith(body)


SEMICOLON_LISTS = [
    ' a=1; b="x;y"',
    ' name="a\\"b;c"; x=1',
    ' a="unclosed;x',
    ' a="";b=2',
    ' q="x"y"z;"',
    ' filename*0="a;b"; filename*1=c',
    " a=1;;b=2",
    ' a="b\\\\"; c=d',
    ' a="no semicolon inside"; b="nor here"',
    ' a=b\\; c="d"',
]


@pytest.mark.parametrize("text", SEMICOLON_LISTS)
def test_parameters_split_at_once_as_char_by_char(text: str) -> None:
    assert mime_params._semicolon_separated(text) == mime_params._semicolon_separated_by_char(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('attachment; filename="a\\"b;c.pdf"', ("attachment", {"filename": 'a"b;c.pdf'})),
        (
            "attachment; filename*0*=utf-8''R%C3%A9sum; filename*1=%C3%A9.pdf",
            ("attachment", {"filename": "Résumé.pdf"}),
        ),
        (
            'text/plain; charset="utf-8"; format=flowed',
            ("text/plain", {"charset": "utf-8", "format": "flowed"}),
        ),
        ('multipart/mixed; boundary="==_a;b=="', ("multipart/mixed", {"boundary": "==_a;b=="})),
        ("", ("", {})),
        (
            "text/plain; name*=iso-8859-1''caf%E9.txt; Name=\"x\"",
            ("text/plain", {"name": "café.txt"}),
        ),
        ('a/b; x="unclosed;y=2', ("a/b", {"x": "unclosed;y=2"})),
    ],
)
def test_parameters(value: str, expected: tuple[str, dict[str, str]]) -> None:
    assert split_parameters(value) == expected


ADDRESS_LISTS = [
    "Dana Lee <dana@example.com>",
    "dana@example.com",
    "  Dana   Lee  <dana@example.com>  trailing words ",
    "<@relay.example:dana@example.com>",
    "Dana <dana@example.com",
    "Dana Lee",
    "",
    "<a@example.com> <c@example.com>",
    "a@example.com c@example.com",
    "Dana <dana<@example.com>",
    '"Lee, Dana" <dana@example.com>',
    "Dana (HR) <dana@example.com>",
    "a@example.com, b@example.com",
]


@pytest.mark.parametrize("text", ADDRESS_LISTS)
def test_one_plain_address_read_as_by_tokens(text: str) -> None:
    assert address_list.address_pairs(text) == address_list._tokenized(text)


@pytest.mark.parametrize(
    "text", ['"Lee, Dana" <d@x>', '"unclosed', '"a\\"b" x', '""', '"x\\', '"a" "b\\""']
)
def test_quoted_string_sliced_as_char_by_char(text: str) -> None:
    assert address_list._quoted(text, 0) == address_list._quoted_by_char(text, 0)


@pytest.mark.parametrize("text", ["(a) b", "(a (b)) c", "(a\\) b) c", "(unclosed", "()", "( x )"])
def test_comment_sliced_as_char_by_char(text: str) -> None:
    assert address_list._comment(text, 0) == address_list._comment_by_char(text, 0)


def _section_by_the_first_definition(raw: bytes) -> bytes:
    raw = raw.lstrip(b"\r\n")
    match = re.compile(rb"\r?\n\r?\n").search(raw, 0, 1_000_000)
    section = (raw[: match.start()] if match else raw[:65_536]).rstrip(b"\r\n")
    return section or raw[:65_536]


@pytest.mark.parametrize(
    "raw",
    [
        b"\r\n\r\nA: 1\r\n\r\nbody",
        b"A: 1\n\nbody",
        b"A: 1\r\rB: 2\r\n\r\nbody",
        b"A: 1\n\r\nbody",
        b"A: 1\r\n\nbody",
        b"A: 1\r\r\n\r\nbody",
        b"A: 1",
        b"A: 1\r\n",
        b"\n\n\n",
        b"A: 1\r" * 10 + b"\n\n",
    ],
)
def test_header_section_as_first_defined(raw: bytes) -> None:
    assert parse._header_section(raw) == _section_by_the_first_definition(raw)


@pytest.mark.parametrize(
    "raw",
    [b"SGVsbG8=\r\n", b"SGV s\x00bG8\r\n=", b"SGVsbG8", b"S", b"SG==VsbG8=", b"\xffSGVs\xfebG8="],
)
def test_base64_noise_dropped_as_by_the_regex(raw: bytes) -> None:
    import binascii

    chars = re.sub(rb"[^A-Za-z0-9+/=]", b"", raw)
    try:
        expected = binascii.a2b_base64(chars)
    except binascii.Error:
        core = chars.replace(b"=", b"")
        core = core[: len(core) - 1] if len(core) % 4 == 1 else core
        expected = binascii.a2b_base64(core + b"=" * (-len(core) % 4))
    assert mime_tree._base64(raw) == expected
