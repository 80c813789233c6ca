"""The pure half of IMAP sync: cursors, STATUS and FETCH parsing, UID sets and batches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.backends.imap.sync import (
    Cursor,
    FolderState,
    ServerResponseError,
    any_header_search,
    batches_by_size,
    decode_cursor,
    imap_quoted,
    message_id_of,
    message_ref,
    next_cursor,
    nothing_new,
    parse_fetch,
    parse_status,
    ref_uid,
    search_since,
    searchable_message_id,
    sizes_from,
    state_from,
    uid_set,
    with_internal_date,
)
from followupd.mail.parse import parse_message


@given(
    st.integers(1, 2**32 - 1),
    st.integers(0, 2**32 - 1),
    st.one_of(st.none(), st.integers(1, 2**63 - 1)),
)
def test_a_cursor_survives_encoding(uidvalidity: int, last: int, modseq: int | None) -> None:
    cursor = Cursor(uidvalidity, last, modseq)
    assert decode_cursor(cursor.encode()) == cursor


@pytest.mark.parametrize(
    "text", [None, "", "imap1:1:2", "imap2:1:2:3", "imap1:x:2:-", "imap1:1:2:-5", "ews:abc"]
)
def test_a_cursor_that_is_not_ours_reads_as_none(text: str | None) -> None:
    assert decode_cursor(text) is None


def test_nothing_new_needs_the_same_uidvalidity_and_no_uid_past_the_cursor() -> None:
    cursor = Cursor(uidvalidity=7, last_uid=41)
    assert nothing_new(cursor, FolderState(7, 42))
    assert nothing_new(cursor, FolderState(7, 30))  # messages deleted: still nothing new
    assert not nothing_new(cursor, FolderState(7, 43))
    assert not nothing_new(cursor, FolderState(8, 42))
    assert not nothing_new(None, FolderState(7, 42))


def test_next_cursor_covers_uidnext_and_whatever_arrived_meanwhile() -> None:
    state = FolderState(uidvalidity=3, uidnext=10, highest_modseq=99)
    assert next_cursor(state, [], None) == Cursor(3, 9, 99)
    assert next_cursor(state, [4, 12], None) == Cursor(3, 12, 99)
    assert next_cursor(state, [], Cursor(3, 15)) == Cursor(3, 15, 99)
    assert next_cursor(state, [], Cursor(2, 15)) == Cursor(3, 9, 99)
    assert next_cursor(FolderState(3, 1), [], None) == Cursor(3, 0, None)


def test_parse_status_reads_the_numbers_whatever_their_order() -> None:
    data = [b'"Sent Items" (HIGHESTMODSEQ 12 UIDNEXT 5 UIDVALIDITY 1700000000)']
    assert parse_status(data) == FolderState(1700000000, 5, 12)
    assert parse_status([b"INBOX (UIDVALIDITY 9 UIDNEXT 1)"]) == FolderState(9, 1, None)
    with pytest.raises(ValueError):
        parse_status([b"INBOX (MESSAGES 3)"])


def test_parse_fetch_finds_uid_before_or_after_the_literal_and_drops_the_rest() -> None:
    data = [
        (b"1 (UID 10 RFC822.SIZE 300 BODY[HEADER]<0> {5}", b"Hdr1\n"),
        b")",
        (b"2 (RFC822.SIZE 400 BODY[HEADER]<0> {5}", b"Hdr2\n"),
        b" UID 11)",
        b"3 (FLAGS (\\Seen))",  # an unsolicited flag update
        (b"4 (BODY[HEADER]<0> {5}", b"Hdr4\n"),  # no UID: dropped
        b")",
    ]
    found = list(parse_fetch(data))
    assert [(f.uid, f.size, f.data) for f in found] == [
        (10, 300, b"Hdr1\n"),
        (11, 400, b"Hdr2\n"),
    ]


def test_sizes_from_reads_a_literal_free_fetch() -> None:
    data = [b"1 (UID 5 RFC822.SIZE 1200)", b"2 (RFC822.SIZE 80 UID 9)", b"3 (FLAGS ())"]
    assert sizes_from(data) == {5: 1200, 9: 80}


@given(st.sets(st.integers(1, 500), min_size=1))
def test_uid_set_names_exactly_the_uids(uids: set[int]) -> None:
    named: set[int] = set()
    for run in uid_set(uids).split(","):
        first, _, last = run.partition(":")
        named |= set(range(int(first), int(last or first) + 1))
    assert named == uids


def test_uid_set_refuses_an_empty_list_which_would_mean_the_whole_folder() -> None:
    assert uid_set([3, 1, 2, 7, 9, 10]) == "1:3,7,9:10"
    with pytest.raises(ValueError):
        uid_set([])


def test_batches_keep_under_the_byte_budget_and_a_big_message_goes_alone() -> None:
    sizes = {1: 400, 2: 400, 3: 400, 4: 5000, 5: 100}
    batches = list(batches_by_size([1, 2, 3, 4, 5], sizes, max_bytes=1000, max_count=10))
    assert batches == [[1, 2], [3], [4], [5]]
    assert list(batches_by_size([1, 2, 3], {}, max_bytes=1000, max_count=10)) == [[1], [2], [3]]
    assert list(batches_by_size([1, 2, 3], sizes, max_bytes=10**6, max_count=2)) == [[1, 2], [3]]


def test_search_since_uses_imap_dates() -> None:
    assert search_since(date(2026, 3, 5)) == "SINCE 5-Mar-2026"


def test_header_search_ors_every_value_and_quotes_them() -> None:
    assert any_header_search("Message-ID", ["<a@x>"]) == 'HEADER Message-ID "<a@x>"'
    assert any_header_search("Message-ID", ["<a@x>", "<b@x>", "<c@x>"]) == (
        'OR HEADER Message-ID "<a@x>" OR HEADER Message-ID "<b@x>" HEADER Message-ID "<c@x>"'
    )


@pytest.mark.parametrize("bad", ["a\r\nb", "é", "x\0"])
def test_imap_quoted_refuses_what_could_break_the_command(bad: str) -> None:
    with pytest.raises(ValueError):
        imap_quoted(bad)
    assert imap_quoted('say "hi" \\o/') == '"say \\"hi\\" \\\\o/"'


def test_message_id_of_reads_a_header_block_or_a_whole_message() -> None:
    assert message_id_of(b"Subject: x\r\nMessage-ID:  <a.1@x.example>\r\n\r\nbody") == (
        "<a.1@x.example>"
    )
    assert message_id_of(b"Subject: no id\n\n") == ""


@pytest.mark.parametrize(
    ("value", "ok"),
    [("<a.1@x.example>", True), ("", False), ('<a"b@x>', False), ("<é@x>", False)],
)
def test_only_plain_message_ids_are_searched_for(value: str, ok: bool) -> None:
    assert searchable_message_id(value) is ok


def test_a_state_without_uidnext_is_an_unreadable_response() -> None:
    with pytest.raises(ServerResponseError):
        state_from({"UIDVALIDITY": "5"})
    assert state_from({"UIDVALIDITY": "5", "UIDNEXT": "9", "HIGHESTMODSEQ": "x"}) == (
        FolderState(5, 9, None)
    )


def test_a_ref_names_its_uid_only_within_its_uidvalidity_epoch() -> None:
    ref = message_ref(1700000000, 42)
    assert ref_uid(ref, 1700000000) == 42
    assert ref_uid(ref, 1800000000) is None  # after a resync the same UID is another message
    assert ref_uid("42", 1700000000) is None
    assert ref_uid("x:42", 1700000000) is None


def test_a_header_without_date_gets_the_internaldate_that_parse_falls_back_to() -> None:
    data = [
        (
            b'1 (UID 4 INTERNALDATE "07-Nov-2026 09:15:00 +0100" BODY[HEADER.FIELDS (FROM)] {9}',
            b"From: a\r\n\r\n",
        ),
        b")",
    ]
    (item,) = parse_fetch(data)
    assert item.internal_date == "07-Nov-2026 09:15:00 +0100"
    header = with_internal_date(item.data, item.internal_date)
    mail = parse_message(header)
    assert mail.envelope.date == datetime(2026, 11, 7, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_an_unreadable_date_falls_back_to_the_internaldate() -> None:
    header = b"Date: sometime soon\r\nFrom: a@b.example\r\n\r\n"
    mail = parse_message(with_internal_date(header, "07-Nov-2026 09:15:00 +0100", 120))
    assert mail.envelope.date == datetime(2026, 11, 7, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_a_readable_date_wins_over_the_internaldate() -> None:
    header = b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nFrom: a@b.example\r\n\r\n"
    mail = parse_message(with_internal_date(header, "07-Nov-2026 09:15:00 +0100", 120))
    assert mail.envelope.date == datetime(2026, 11, 2, 10, tzinfo=UTC)
    assert with_internal_date(b"From: a@b.example\r\n\r\n", "") == b"From: a@b.example\r\n\r\n"


def test_two_messages_without_message_id_keep_apart_by_delivery() -> None:
    header = b"From: a@b.example\r\nSubject: hello\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n\r\n"
    first = parse_message(with_internal_date(header, "02-Nov-2026 10:00:05 +0000", 300))
    second = parse_message(with_internal_date(header, "02-Nov-2026 10:07:41 +0000", 300))
    assert first.envelope.message_id != second.envelope.message_id


def test_search_answers_become_ascending_uids_in_compact_arrays() -> None:
    from followupd.backends.imap.sync import uids_from_esearch, uids_from_search

    assert list(uids_from_search([b"9 3 4"])) == [3, 4, 9]
    assert list(uids_from_search([b""])) == []
    esearch = [b'(TAG "A4") UID ALL 1:4,7,10:12']
    assert list(uids_from_esearch(esearch)) == [1, 2, 3, 4, 7, 10, 11, 12]
    assert list(uids_from_esearch([b'(TAG "A4") UID'])) == []  # nothing matched
    assert uids_from_esearch([b'(TAG "A4") UID ALL 1:60000']).itemsize == 4  # not 60,000 ints


def test_a_first_scan_recorded_page_by_page_keeps_its_look_back_in_the_cursor() -> None:
    from followupd.backends.imap.sync import search_after

    unfinished = Cursor(7, 500, None, date(2026, 9, 1))
    assert unfinished.encode() == "imap1:7:500:-:20260901"
    assert decode_cursor(unfinished.encode()) == unfinished
    assert decode_cursor("imap1:7:500:-:20261399") is None
    assert search_after(unfinished, date(2026, 10, 1)) == (
        "UID 501:* SINCE 1-Sep-2026",
        500,
        date(2026, 9, 1),
    )
    assert search_after(Cursor(7, 500), date(2026, 10, 1)) == ("UID 501:*", 500, None)
    assert search_after(None, date(2026, 10, 1)) == ("SINCE 1-Oct-2026", 0, date(2026, 10, 1))
    state = FolderState(uidvalidity=7, uidnext=1200)
    assert next_cursor(state, [1199], unfinished).since is None  # the scan is finished


@pytest.mark.parametrize(
    "before, now, removed",
    [
        (None, (1, 10, 9), True),  # nothing known: look
        ((1, 10, 9), (1, 10, 9), False),  # unchanged
        ((1, 10, 9), (1, 13, 12), False),  # three added
        ((1, 10, 9), (1, 13, 11), True),  # three added, one gone
        ((1, 10, 9), (1, 10, 8), True),  # one gone
        ((1, 10, 9), (2, 10, 9), True),  # a new UIDVALIDITY
    ],
)
def test_drafts_state_tells_a_removal_from_additions(
    before: tuple[int, int, int] | None, now: tuple[int, int, int], removed: bool
) -> None:
    from followupd.backends.imap.drafts_state import (
        DraftsState,
        decode_drafts_state,
        removed_since,
    )

    earlier = DraftsState(*before) if before else None
    assert removed_since(earlier, DraftsState(*now)) is removed
    if earlier is not None:
        assert decode_drafts_state(earlier.encode()) == earlier
