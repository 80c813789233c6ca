"""BODYSTRUCTURE reading, the fetch plan per message, and the message rebuilt from its parts."""

from __future__ import annotations

import base64

from followupd.backends.imap.bodystructure import Leaf, Structure, parse_bodystructures
from followupd.backends.imap.fetch_plan import (
    HEADER_ITEMS,
    SECTION_CAP,
    batches,
    fetch_items,
    plan_for,
    sections_asked,
)
from followupd.backends.imap.slim import answers_by_uid, rebuilt, rebuilt_message
from followupd.mail.parse import parse_message

# Shapes as Gmail, Outlook/Exchange and Dovecot send them (extension data included).
GMAIL = (
    b'12 (UID 4021 BODYSTRUCTURE ((("TEXT" "PLAIN" ("CHARSET" "UTF-8") NIL NIL "QUOTED-PRINTABLE"'
    b' 1204 31 NIL NIL NIL NIL)("TEXT" "HTML" ("CHARSET" "UTF-8") NIL NIL "QUOTED-PRINTABLE" 5301'
    b' 72 NIL NIL NIL NIL) "ALTERNATIVE" ("BOUNDARY" "000000000000a1b2") NIL NIL NIL)'
    b'("APPLICATION" "PDF" ("NAME" "CV.pdf") "<f_l1>" NIL "BASE64" 812340 NIL'
    b' ("ATTACHMENT" ("FILENAME" "CV.pdf")) NIL NIL) "MIXED" ("BOUNDARY" "000000000000c3d4")'
    b" NIL NIL NIL))"
)
OUTLOOK_INVITE = (
    b'3 (UID 77 BODYSTRUCTURE ((("text" "plain" ("charset" "utf-8") NIL NIL "base64" 2210 29'
    b' NIL NIL "en-US" NIL)("text" "html" ("charset" "utf-8") NIL NIL "base64" 9120 117 NIL NIL'
    b' "en-US" NIL)("text" "calendar" ("charset" "utf-8" "method" "REQUEST") NIL NIL "base64"'
    b' 4072 53 NIL NIL "en-US" NIL) "alternative" ("boundary" "_000_alt_") NIL "en-US" NIL)'
    b'("application" "vnd.openxmlformats-officedocument.wordprocessingml.document"'
    b' ("name" "Job description.docx") NIL "Job description.docx" "base64" 601234 NIL'
    b' ("attachment" ("filename" "Job description.docx" "size" "439341")) NIL NIL)'
    b' "mixed" ("boundary" "_004_mixed_") NIL "en-US" NIL))'
)
NESTED = (
    b'5 (UID 9 BODYSTRUCTURE ((("text" "plain" ("charset" "iso-8859-1") NIL NIL "8bit" 300 9'
    b' NIL NIL NIL NIL)(("text" "html" ("charset" "iso-8859-1") NIL NIL "8bit" 900 20 NIL NIL'
    b' NIL NIL)("image" "png" ("name" "logo.png") "<logo>" NIL "base64" 40000 NIL'
    b' ("inline" ("filename" "logo.png")) NIL NIL) "related" ("boundary" "r") NIL NIL NIL)'
    b' "alternative" ("boundary" "a") NIL NIL NIL)("message" "rfc822" NIL NIL NIL "7bit" 5000'
    b' ("Mon, 2 Nov 2026 10:00:00 +0000" "Fwd" NIL NIL NIL NIL NIL NIL NIL NIL)'
    b' ("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 100 3 NIL NIL NIL NIL) 80 NIL'
    b' ("attachment" NIL) NIL NIL)("application" "ics" ("name" "invite.ics") NIL NIL "base64"'
    b' 2000 NIL NIL NIL NIL) "mixed" ("boundary" "m") NIL NIL NIL))'
)


def structure_of(line: bytes) -> Structure:
    (structure,) = parse_bodystructures([line])
    return structure


def test_gmail_alternative_inside_mixed_wants_both_text_parts_not_the_pdf() -> None:
    structure = structure_of(GMAIL)
    assert structure.uid == 4021
    assert [(leaf.section, leaf.content_type) for leaf in structure.leaves] == [
        ("1.1", "text/plain"),
        ("1.2", "text/html"),
        ("2", "application/pdf"),
    ]
    assert structure.sections() == ["1.1", "1.2"]
    assert structure.leaves[2].filename == "CV.pdf"
    assert structure.wanted_bytes() == 1204 + 5301


def test_outlook_invite_keeps_the_calendar_part_and_names_the_attachment() -> None:
    structure = structure_of(OUTLOOK_INVITE)
    assert structure.sections() == ["1.1", "1.2", "1.3"]
    attachment = structure.leaves[3]
    assert attachment.filename == "Job description.docx"
    assert attachment.disposition == "attachment"
    assert not attachment.wanted


def test_nested_related_and_a_forwarded_message_are_numbered_as_imap_does() -> None:
    structure = structure_of(NESTED)
    assert [leaf.section for leaf in structure.leaves] == ["1.1", "1.2.1", "1.2.2", "2", "3"]
    assert structure.sections() == ["1.1", "1.2.1", "3"]  # .ics by name, rfc822 not opened
    assert structure.leaves[3].content_type == "message/rfc822"


def test_a_filename_sent_as_a_literal_or_in_rfc2231_form_is_read() -> None:
    literal = "Lebenslauf Jürgen.pdf".encode()
    data = [
        (
            b'1 (UID 2 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)'
            b'("application" "pdf" NIL NIL NIL "base64" 900000 NIL ("attachment" ("filename" {'
            + str(len(literal)).encode()
            + b"}",
            literal,
        ),
        b')) NIL NIL) "mixed" ("boundary" "x") NIL NIL NIL))',
        b'2 (UID 3 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)'
        b'("application" "pdf" NIL NIL NIL "base64" 900000 NIL ("attachment"'
        b' ("filename*" "utf-8\'\'Offre%20sign%C3%A9e.pdf")) NIL NIL) "mixed" NIL NIL NIL NIL))',
    ]
    first, second = parse_bodystructures(data)
    assert first.leaves[1].filename == "Lebenslauf Jürgen.pdf"
    assert second.leaves[1].filename == "Offre signée.pdf"


def test_structures_we_cannot_read_are_left_out_so_the_message_is_fetched_whole() -> None:
    data = [
        b'2 (UID 2 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 10 1) "mixed"',  # cut
        b'3 (UID 3 BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" "many" 1) "mixed"))',
        b'4 (BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 10 1) "mixed"))',
        b"5 (UID 5 BODYSTRUCTURE ())",
        GMAIL,
    ]
    assert [structure.uid for structure in parse_bodystructures(data)] == [4021]


def test_a_message_that_is_not_multipart_is_one_leaf_its_body() -> None:
    data = [b'1 (UID 1 BODYSTRUCTURE ("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL))']
    (structure,) = parse_bodystructures(data)
    assert not structure.multipart
    assert [(leaf.section, leaf.content_type, leaf.size) for leaf in structure.leaves] == [
        ("1", "text/plain", 10)
    ]


def test_deep_nesting_is_refused_without_recursion_errors() -> None:
    leaf = b'("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)'
    body = leaf
    for _ in range(500):
        body = b"(" + body + b' "mixed" NIL NIL NIL NIL)'
    assert list(parse_bodystructures([b"1 (UID 1 BODYSTRUCTURE " + body + b")"])) == []


def test_answers_group_the_literals_of_each_message_with_its_date_and_size() -> None:
    data = [
        (
            b'1 (UID 5 RFC822.SIZE 900 INTERNALDATE "02-Nov-2026 10:00:00 +0000"'
            b" BODY[HEADER.FIELDS (FROM SUBJECT)]<0> {9}",
            b"From: a\r\n",
        ),
        (b" BODY[1.MIME] {6}", b"mime1\n"),
        (b" BODY[1]<0> {5}", b"text1"),
        b")",
        (b"2 (UID 6 BODY[HEADER.FIELDS (FROM)] {8}", b"From: b\n"),
        (b" BODY[1.MIME] {6}", b"mime2\n"),
        b' BODY[1]<0> "")',
    ]
    answers = answers_by_uid(data)
    assert answers[5].sections == {
        "HEADER.FIELDS": b"From: a\r\n",
        "1.MIME": b"mime1\n",
        "1": b"text1",
    }
    assert (answers[5].size, answers[5].internal_date) == (900, "02-Nov-2026 10:00:00 +0000")
    assert answers[6].sections == {"HEADER.FIELDS": b"From: b\n", "1.MIME": b"mime2\n"}
    header = answers[5].header_block()
    assert header == b"From: a\r\nReceived: by imap (size 900); 02 Nov 2026 10:00:00 +0000\r\n\r\n"


HEADER = (
    b"From: Dana <dana@employer.example>\r\nTo: me@example.org\r\nSubject: Your interview\r\n"
    b"Message-ID: <slim@employer.example>\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
    b'Content-Type: multipart/mixed;\r\n boundary="orig"\r\nContent-Transfer-Encoding: 7bit\r\n'
    b"\r\n"
)
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:u1@employer\r\n"
    "DTSTAMP:20261102T100000Z\r\nDTSTART:20261110T140000Z\r\nDTEND:20261110T150000Z\r\n"
    "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_the_rebuilt_message_keeps_text_encodings_calendar_and_attachment_names() -> None:
    structure = Structure(
        7,
        (
            Leaf("1", "text/plain", "", "", 100),
            Leaf("2", "application/pdf", 'cv"\r\nBcc: x@evil.example.pdf', "attachment", 900_000),
            Leaf("3", "text/calendar", "invite.ics", "attachment", 500),
        ),
    )
    text = "Grüße, we look forward to meeting you on Tuesday.".encode("iso-8859-1")
    sections = {
        "1": (
            b"Content-Type: text/plain; charset=iso-8859-1\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n",
            base64.encodebytes(text),
        ),
        "3": (
            b'Content-Type: text/calendar; method=REQUEST; name="invite.ics"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n",
            base64.encodebytes(ICS.encode()),
        ),
    }
    data = rebuilt_message(HEADER, structure, sections)
    mail = parse_message(data)
    assert mail.text.startswith("Grüße, we look forward")
    assert mail.envelope.subject == "Your interview"
    assert mail.envelope.message_id == "<slim@employer.example>"
    assert [event.uid for event in mail.events] == ["u1@employer"]
    assert mail.attachments == ("cvBcc: x@evil.example.pdf", "invite.ics")
    assert b'boundary="orig"' not in data and b"\r\nBcc:" not in data
    assert b"X-Followupd-Skipped: 1 part(s) not downloaded" in data


def test_the_plan_asks_for_the_text_and_calendar_parts_only_text_capped() -> None:
    plan = plan_for(structure_of(OUTLOOK_INVITE), text_cap=4096)
    assert plan.items == (
        "BODY.PEEK[1.1.MIME]",
        "BODY.PEEK[1.1]<0.4096>",
        "BODY.PEEK[1.2.MIME]",
        "BODY.PEEK[1.2]<0.4096>",
        "BODY.PEEK[1.3.MIME]",
        f"BODY.PEEK[1.3]<0.{SECTION_CAP}>",  # a calendar part is never cut short
    )
    assert plan.cut  # the HTML part (9,120 bytes) is longer than 4 KB
    assert sections_asked(plan) == ["1.1.MIME", "1.1", "1.2.MIME", "1.2", "1.3.MIME", "1.3"]
    assert plan.expected < 20_000  # not the 601 KB attachment
    whole = plan_for(structure_of(OUTLOOK_INVITE), text_cap=None)
    assert not whole.cut and whole.items[1] == f"BODY.PEEK[1.1]<0.{SECTION_CAP}>"
    assert fetch_items(plan.items).startswith(f"({HEADER_ITEMS} BODY.PEEK[1.1.MIME]")


def test_a_single_part_message_is_its_header_fields_and_the_start_of_its_body() -> None:
    single = Structure(9, (Leaf("1", "text/plain", "", "", 50_000),), multipart=False)
    plan = plan_for(single, text_cap=8192)
    assert plan.items == ("BODY.PEEK[TEXT]<0.8192>",) and plan.cut
    pdf = Structure(9, (Leaf("1", "application/pdf", "cv.pdf", "", 800_000),), multipart=False)
    assert plan_for(pdf, text_cap=8192).items == ()


def test_plans_alike_are_fetched_together_in_batches_bounded_by_their_bytes() -> None:
    small = [
        plan_for(Structure(n, (Leaf("1", "text/plain", "", "", 3000),), False), 65536)
        for n in range(600)
    ]
    other = plan_for(structure_of(GMAIL), 65536)
    found = list(batches([*small[:300], other, *small[300:]]))
    assert [len(batch) for batch in found] == [250, 250, 100, 1]
    assert all(len({plan.items for plan in batch}) == 1 for batch in found)


def test_a_single_part_message_is_rebuilt_as_the_poll_saw_its_header() -> None:
    single = Structure(5, (Leaf("1", "text/plain", "", "", 10),), multipart=False)
    data = [
        (
            b'1 (UID 5 RFC822.SIZE 120 INTERNALDATE "02-Nov-2026 10:00:00 +0000"'
            b" BODY[HEADER.FIELDS (FROM SUBJECT CONTENT-TYPE)]<0> {77}",
            b"From: a@b.example\r\nSubject: Hi\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n",
        ),
        (b" BODY[TEXT]<0> {12}", b"Hello there\n"),
        b")",
    ]
    plan = plan_for(single, 65536)
    message = rebuilt(answers_by_uid(data)[5], single, sections_asked(plan))
    assert message is not None
    mail = parse_message(message)
    assert mail.text == "Hello there" and mail.envelope.subject == "Hi"
    assert b"Received: by imap (size 120); 02 Nov 2026 10:00:00 +0000\r\n\r\nHello" in message


def test_a_part_not_sent_as_a_literal_leaves_the_message_to_be_fetched_whole() -> None:
    simple = structure_of(
        b'1 (UID 5 BODYSTRUCTURE (("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 5 1 NIL NIL'
        b' NIL NIL)("application" "pdf" ("name" "a.pdf") NIL NIL "base64" 900000 NIL NIL NIL NIL)'
        b' "mixed" ("boundary" "m") NIL NIL NIL))'
    )
    literal = [
        (b"1 (UID 5 BODY[HEADER.FIELDS (FROM)]<0> {8}", b"From: a\n"),
        (b" BODY[1.MIME] {6}", b"mime1\n"),
        (b" BODY[1]<0> {5}", b"text1"),
        b")",
    ]
    quoted = [*literal[:2], b' BODY[1]<0> "text1")']
    asked = sections_asked(plan_for(simple, 65536))
    assert rebuilt(answers_by_uid(literal)[5], simple, asked) is not None
    assert rebuilt(answers_by_uid(quoted)[5], simple, asked) is None
